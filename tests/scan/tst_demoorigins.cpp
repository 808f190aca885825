#include <QTest>
class tst_DemoOrigins : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_DemoOrigins)
#include "tst_demoorigins.moc"
