// CertificateDetails is what people read in the chain view and the JSON
// export; every field is checked against Qt's independent decoder or the
// issuing spec, so a wrong fingerprint or key size cannot slip through.
#include "tls/certificatedetails.h"

#include "testpki.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_CertificateDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leafFields_data();
    void leafFields();
    void caFlags();
    void derInput();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
};

void tst_CertificateDetails::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.path());
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

void tst_CertificateDetails::leafFields_data()
{
    QTest::addColumn<int>("key"); // KeyType
    QTest::addColumn<int>("rsaBits");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("keyBits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("signatureDigest");
    QTest::newRow("EC P-256") << int(KeyType::EcP256) << 0 << "sha256" << "EC" << 256 << "P-256" << "SHA256";
    QTest::newRow("RSA 2048") << int(KeyType::Rsa) << 2048 << "sha384" << "RSA" << 2048 << "" << "SHA384";
    QTest::newRow("RSA 1024 SHA-1") << int(KeyType::Rsa) << 1024 << "sha1" << "RSA" << 1024 << "" << "SHA1";
}

void tst_CertificateDetails::leafFields()
{
    QFETCH(int, key);
    QFETCH(int, rsaBits);
    QFETCH(QString, digest);
    QFETCH(QString, keyType);
    QFETCH(int, keyBits);
    QFETCH(QString, curve);
    QFETCH(QString, signatureDigest);

    LeafSpec spec;
    spec.name = QStringLiteral("leaf_%1_%2").arg(key).arg(rsaBits);
    spec.dnsNames = {QStringLiteral("www.example.test"), QStringLiteral("*.example.test")};
    spec.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    spec.key = KeyType(key);
    spec.rsaBits = rsaBits;
    spec.digest = digest;
    spec.notAfterOffsetDays = 60;
    const auto leaf = m_pki->issue(spec);
    QVERIFY(leaf.ok());

    const auto parsed = parseCertificates(leaf->chainPem);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 2);
    const CertificateDetails &d = parsed->front();
    const QSslCertificate qt = QSslCertificate::fromData(leaf->certificatePem).front();

    QVERIFY2(d.subject.contains(QLatin1String("CN=www.example.test")), qPrintable(d.subject));
    QCOMPARE(d.commonName, QStringLiteral("www.example.test"));
    QCOMPARE(d.issuer, parsed->at(1).subject);
    QCOMPARE(QString::fromLatin1(QByteArray::fromHex(d.serial.toLatin1()).toHex()),
             QString::fromLatin1(qt.serialNumber()).remove(QLatin1Char(':')));
    QCOMPARE(d.notBefore, qt.effectiveDate());
    QCOMPARE(d.notAfter, qt.expiryDate());
    QCOMPARE(d.notAfter.timeSpec(), Qt::UTC);
    QCOMPARE(d.daysLeft, 59);
    QCOMPARE(d.dnsNames, spec.dnsNames);
    QCOMPARE(d.ipAddresses, spec.ipAddresses);
    QVERIFY(d.hasSubjectAltName);
    QCOMPARE(d.keyType, keyType);
    QCOMPARE(d.keyBits, keyBits);
    QCOMPARE(d.curve, curve);
    QCOMPARE(d.signatureDigest, signatureDigest);
    // The leaf is signed by the intermediate, whose key is EC.
    QCOMPARE(d.signatureAlgorithm, QStringLiteral("ecdsa-with-") + signatureDigest);
    QCOMPARE(d.sha256Fingerprint, QString::fromLatin1(qt.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QCOMPARE(d.sha1Fingerprint, QString::fromLatin1(qt.digest(QCryptographicHash::Sha1).toHex(':').toUpper()));
    QVERIFY(!d.isCa);
    QVERIFY(!d.selfSigned);
    QCOMPARE(d.pem, leaf->certificatePem);
}

void tst_CertificateDetails::caFlags()
{
    const auto root = parseCertificates(m_pki->rootCaPem());
    const auto intermediate = parseCertificates(m_pki->intermediateCaPem());
    QVERIFY(root.ok() && intermediate.ok());
    QVERIFY(root->front().isCa);
    QVERIFY(root->front().selfSigned);
    QVERIFY(intermediate->front().isCa);
    QVERIFY(!intermediate->front().selfSigned);
    QCOMPARE(intermediate->front().issuer, root->front().subject);

    LeafSpec spec;
    spec.name = QStringLiteral("self");
    spec.dnsNames = {QStringLiteral("self.example.test")};
    spec.issuer = Issuer::SelfSigned;
    const auto leaf = m_pki->issue(spec);
    QVERIFY(leaf.ok());
    const auto self = parseCertificates(leaf->certificatePem);
    QVERIFY(self.ok());
    QVERIFY(self->front().selfSigned);
    QVERIFY(!self->front().isCa);
}

void tst_CertificateDetails::derInput()
{
    const QSslCertificate qt = QSslCertificate::fromData(m_pki->intermediateCaPem()).front();
    const auto fromDer = parseCertificates(qt.toDer());
    QVERIFY(fromDer.ok());
    QCOMPARE(fromDer->size(), 1);
    QCOMPARE(fromDer->front().pem, m_pki->intermediateCaPem());
    QCOMPARE(fromDer->front().daysLeft, int(QDateTime::currentDateTimeUtc().secsTo(qt.expiryDate()) / 86400));
}

QTEST_GUILESS_MAIN(tst_CertificateDetails)
#include "tst_certificatedetails.moc"
