// The scanner library must stay usable without a display: no file under
// scanner/ may include QtGui or QtWidgets, and sslrec-cli links only the
// scanner. This test reads the real source tree, so it fails the moment
// someone adds such an include.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_Architecture : public QObject
{
    Q_OBJECT

private slots:
    void scannerHasNoGuiIncludes();
    void detectsGuiIncludes_data();
    void detectsGuiIncludes();

private:
    static bool includesGui(const QByteArray &source);
};

bool tst_Architecture::includesGui(const QByteArray &source)
{
    // <QtGui/...>, <QtWidgets/...>, or a class header that lives in those modules.
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](QtGui|QtWidgets|QtPrintSupport|QtSvg)(/|[>"]))"
        R"(|^\s*#\s*include\s*[<"](QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QIcon|QColor|QFont|QTextDocument|QPdfWriter|QMainWindow|QDialog)[>"])"),
        QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(source)).hasMatch();
}

void tst_Architecture::scannerHasNoGuiIncludes()
{
    const QString root = QStringLiteral(SSLREC_SOURCE_DIR "/scanner");
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.in")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    QStringList offenders;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        if (includesGui(f.readAll()))
            offenders << path;
    }
    QVERIFY2(files > 0, "no scanner sources found; SSLREC_SOURCE_DIR is wrong");
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("scanner files include QtGui/QtWidgets: ") + offenders.join(QLatin1String(", "))));
}

void tst_Architecture::detectsGuiIncludes_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("gui");
    QTest::newRow("module header") << QByteArray("#include <QtGui/QImage>\n") << true;
    QTest::newRow("widgets module") << QByteArray("#include <QtWidgets>\n") << true;
    QTest::newRow("class header") << QByteArray("  #  include <QWidget>\n") << true;
    QTest::newRow("quoted") << QByteArray("#include \"QPainter\"\n") << true;
    QTest::newRow("core only") << QByteArray("#include <QString>\n#include <QtNetwork/QSslSocket>\n") << false;
    QTest::newRow("comment mention") << QByteArray("// not QWidget here\n") << false;
}

void tst_Architecture::detectsGuiIncludes()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, gui);
    QCOMPARE(includesGui(source), gui);
}

QTEST_GUILESS_MAIN(tst_Architecture)
#include "tst_architecture.moc"
