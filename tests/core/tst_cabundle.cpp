// The bundled Origin CA roots are what a proxy in strict modes trusts beyond
// the public roots; a wrong or swapped file silently changes verdicts, so the
// fingerprints are pinned here to the published values (shared/data/origin-ca).
#include "core/originca.h"

#include <QSslCertificate>
#include <QTest>

using namespace sslrec;

class tst_CaBundle : public QObject
{
    Q_OBJECT

private slots:
    void fingerprints_data();
    void fingerprints();
    void exactlyTheTwoRoots();
};

void tst_CaBundle::fingerprints_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("organizationalUnit");
    QTest::newRow("rsa") << "cloudflare_origin_ca_rsa_root.pem"
                         << "D3:C7:E8:5C:91:70:7F:C0:A1:2A:BC:5D:88:26:67:47:AA:4F:A8:E7:B1:62:F6:33:FF:B3:C9:D9:89:94:76:20"
                         << "CloudFlare Origin SSL Certificate Authority";
    QTest::newRow("ecc") << "cloudflare_origin_ca_ecc_root.pem"
                         << "AA:63:69:7A:22:76:4B:67:B2:13:4C:E1:4C:B5:69:0E:A3:36:94:0B:93:98:61:13:F4:95:45:91:78:32:D8:0D"
                         << "CloudFlare Origin SSL ECC Certificate Authority";
}

void tst_CaBundle::fingerprints()
{
    QFETCH(QString, file);
    QFETCH(QString, sha256);
    QFETCH(QString, organizationalUnit);

    const auto roots = bundledOriginCaRoots();
    const auto it = std::find_if(roots.begin(), roots.end(), [&](const BundledRoot &r) { return r.name == file; });
    QVERIFY2(it != roots.end(), qPrintable(file + QStringLiteral(" is not among the bundled resources")));

    const auto certs = QSslCertificate::fromData(it->pem, QSsl::Pem);
    QCOMPARE(certs.size(), 1);
    const QSslCertificate &cert = certs.first();
    QCOMPARE(QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()), sha256);
    QCOMPARE(cert.subjectInfo(QSslCertificate::OrganizationalUnitName).value(0), organizationalUnit);
    QVERIFY(cert.isSelfSigned());
    QCOMPARE(cert.expiryDate().date(), QDate(2029, 8, 15));
}

void tst_CaBundle::exactlyTheTwoRoots()
{
    QCOMPARE(bundledOriginCaRoots().size(), 2);
}

QTEST_GUILESS_MAIN(tst_CaBundle)
#include "tst_cabundle.moc"
