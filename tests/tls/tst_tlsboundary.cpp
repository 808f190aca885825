// Only scanner/tls may name OpenSSL, and only in its internal *_p.h headers
// and sources: everything else in sslrec sees Qt and std types. A stray
// include would leak OpenSSL into the GUI and every other part.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_TlsBoundary : public QObject
{
    Q_OBJECT

private slots:
    void openSslStaysInsideScannerTls();
};

void tst_TlsBoundary::openSslStaysInsideScannerTls()
{
    const QString root = QStringLiteral(SSLREC_SOURCE_DIR);
    const QRegularExpression openssl(QStringLiteral(R"(^\s*#\s*include\s*[<"]openssl/)"), QRegularExpression::MultilineOption);
    const QRegularExpression internal(QStringLiteral(R"(^\s*#\s*include\s*"tls/\w+_p\.h")"), QRegularExpression::MultilineOption);
    int checked = 0;
    for (const QString &top : {QStringLiteral("scanner"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const bool inTls = path.contains(QLatin1String("/scanner/tls/"));
            const bool privateOrSource = path.endsWith(QLatin1String("_p.h")) || path.endsWith(QLatin1String(".cpp"));
            if (!(inTls && privateOrSource))
                QVERIFY2(!openssl.match(text).hasMatch(), qPrintable(path + QStringLiteral(" includes an OpenSSL header")));
            if (!inTls)
                QVERIFY2(!internal.match(text).hasMatch(), qPrintable(path + QStringLiteral(" includes a tls-internal header")));
            ++checked;
        }
    }
    QVERIFY(checked > 10);
}

QTEST_GUILESS_MAIN(tst_TlsBoundary)
#include "tst_tlsboundary.moc"
