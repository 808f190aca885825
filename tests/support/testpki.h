#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace sslrec::test {

// Which key a leaf certificate gets.
enum class KeyType {
    EcP256, // fast; the default
    Rsa,    // size from LeafSpec::rsaBits (1024 is creatable for weak-key cases)
};

// Who signs a leaf certificate.
enum class Issuer {
    Intermediate,  // root -> intermediate -> leaf: the normal, valid case
    Root,          // signed directly by the trusted root
    UntrustedRoot, // signed by a second root the tests never trust
    SelfSigned,    // signed by its own key
};

// What leaf certificate to issue. Offsets are days relative to now, so an
// expired certificate is {-400, -10} and a not-yet-valid one {+10, +400}.
// Wildcards are just dnsNames such as "*.example.test".
struct LeafSpec
{
    QString name;                    // file stem inside the PKI directory; unique per TestPki
    QStringList dnsNames;            // subjectAltName DNS entries
    QStringList ipAddresses;         // subjectAltName IP entries
    QString commonName;              // subject CN; empty = first dnsName, else name
    bool includeSan = true;          // false = no subjectAltName extension at all
    KeyType key = KeyType::EcP256;   // key algorithm
    int rsaBits = 2048;              // RSA modulus size when key == KeyType::Rsa
    QString digest = QStringLiteral("sha256"); // signature digest: "sha256", "sha384", "sha1", ...
    Issuer issuer = Issuer::Intermediate; // who signs it
    qint64 notBeforeOffsetDays = -1; // notBefore = now + this many days
    qint64 notAfterOffsetDays = 90;  // notAfter = now + this many days
};

// The files (and their PEM bytes) of one issued leaf. "Chain" files follow
// what nginx's ssl_certificate expects: the leaf first.
struct IssuedLeaf
{
    QString name;                  // LeafSpec::name
    QString certificateFile;       // the leaf certificate alone (PEM)
    QString keyFile;               // its private key (PKCS#8 PEM, unencrypted)
    QString chainFile;             // leaf + intermediate (leaf alone unless issued by the intermediate)
    QString fullChainFile;         // leaf + intermediate + root (leaf alone when self-signed)
    QString leafOnlyFile;          // leaf alone, for "server omits its intermediate" cases
    QString outOfOrderChainFile;   // leaf, root, intermediate: wrong order, complete set
    QByteArray certificatePem;     // contents of certificateFile (== leafOnlyFile)
    QByteArray keyPem;             // contents of keyFile
    QByteArray chainPem;           // contents of chainFile
    QByteArray fullChainPem;       // contents of fullChainFile
    QByteArray outOfOrderChainPem; // contents of outOfOrderChainFile
};

// A throw-away PKI made at test time in a directory (e.g. a QTemporaryDir):
// a trusted root, an intermediate under it, and a second root nobody trusts.
// CA keys are EC P-256. Weak leaves (SHA-1, RSA-1024) are creatable on
// purpose: libcrypto signs whatever it is asked to, security levels only
// apply to TLS.
class TestPki
{
public:
    explicit TestPki(const QString &directory);
    ~TestPki();
    TestPki(const TestPki &) = delete;
    TestPki &operator=(const TestPki &) = delete;

    // False when the CAs could not be created; errorString() says why.
    bool isValid() const;
    QString errorString() const;

    QString directory() const;
    QString rootCaFile() const;          // trust anchor for --ca-file
    QString intermediateCaFile() const;  // the intermediate certificate alone
    QString untrustedRootCaFile() const; // a root that is never a trust anchor
    QByteArray rootCaPem() const;
    QByteArray intermediateCaPem() const;
    QByteArray untrustedRootCaPem() const;

    // Issues a leaf and writes its files to directory()/leaves/<name>/.
    Result<IssuedLeaf> issue(const LeafSpec &spec);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sslrec::test
