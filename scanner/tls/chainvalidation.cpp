#include "tls/chainvalidation.h"

#include "core/logging.h"
#include "tls/x509reader_p.h"
#include "tls/x509verifier_p.h"

#include <QHostAddress>

#include <algorithm>

namespace sslrec {

namespace {

using ossl::X509Ptr;

QString isoDate(const QDateTime &t)
{
    return t.toUTC().date().toString(Qt::ISODate);
}

QString dayCount(qint64 days)
{
    return days == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days);
}

int servedIndexOf(const std::vector<X509Ptr> &served, X509 *cert)
{
    if (!cert)
        return -1;
    for (size_t i = 0; i < served.size(); ++i) {
        if (X509_cmp(served[i].get(), cert) == 0)
            return int(i);
    }
    return -1;
}

QString coveredNames(const CertificateDetails &leaf)
{
    QStringList names = leaf.dnsNames + leaf.ipAddresses;
    if (names.isEmpty())
        return leaf.commonName.isEmpty() ? QStringLiteral("no name at all")
                                         : QStringLiteral("only its subject CN %1 (no subjectAltName)").arg(leaf.commonName);
    return names.join(QStringLiteral(", "));
}

struct FindingBuilder
{
    FindingBuilder(const QList<CertificateDetails> &chain, const QDateTime &ref, const QString &trustSummary)
        : m_chain(chain), m_ref(ref), m_trustSummary(trustSummary) {}

    void add(const QString &code, Severity severity, const QString &message, int index)
    {
        for (TlsFinding &f : m_findings) {
            if (f.code == code && f.certificateIndex == index) {
                f.severity = std::max(f.severity, severity);
                return;
            }
        }
        m_findings.append(TlsFinding{code, severity, message, index});
    }

    bool has(const QString &code, int index) const
    {
        return std::any_of(m_findings.begin(), m_findings.end(),
                           [&](const TlsFinding &f) { return f.code == code && f.certificateIndex == index; });
    }

    // One OpenSSL complaint, in sslrec's words. \a cert describes the concerned
    // certificate (served or from the trust store), \a index its served position.
    void addVerifyIssue(int error, const CertificateDetails &cert, int index, const QString &hostname)
    {
        const QString who = index >= 0 ? QString() : QStringLiteral("trusted certificate %1: ").arg(cert.subject);
        switch (error) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            add(findingcode::CertExpired, Severity::Error,
                who + QStringLiteral("expired %1 ago (%2)").arg(dayCount(m_ref.secsTo(cert.notAfter) / -86400), isoDate(cert.notAfter)),
                index);
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            add(findingcode::CertNotYetValid, Severity::Error,
                who + QStringLiteral("not valid until %1 (in %2)").arg(isoDate(cert.notBefore), dayCount((m_ref.secsTo(cert.notBefore) + 86399) / 86400)),
                index);
            break;
        case X509_V_ERR_HOSTNAME_MISMATCH:
        case X509_V_ERR_IP_ADDRESS_MISMATCH:
            add(findingcode::CertHostnameMismatch, Severity::Error,
                QStringLiteral("not valid for %1; it covers %2").arg(hostname, coveredNames(cert)), index);
            break;
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
            add(findingcode::CertSelfSigned, Severity::Error,
                QStringLiteral("self-signed, and not in the trust set (%1); give it with --ca-file if you trust it").arg(m_trustSummary),
                index);
            break;
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
            add(findingcode::CertUntrustedRoot, Severity::Error,
                QStringLiteral("root %1 is served but not trusted (%2)").arg(cert.subject, m_trustSummary), index);
            break;
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            if (cert.selfSigned && index == 0) {
                add(findingcode::CertSelfSigned, Severity::Error,
                    QStringLiteral("self-signed, and not in the trust set (%1); give it with --ca-file if you trust it").arg(m_trustSummary),
                    index);
            } else if (cert.isCa) {
                add(findingcode::CertUntrustedRoot, Severity::Error,
                    QStringLiteral("issued by %1, which is not in the trust set (%2)").arg(cert.issuer, m_trustSummary), index);
            } else {
                // A leaf whose issuer is neither served nor trusted: almost always
                // the origin forgot its intermediate. Browsers may fetch it via
                // AIA or have it cached; a proxy does not.
                add(findingcode::ChainIncomplete, Severity::Error,
                    QStringLiteral("the server does not send the certificate of its issuer %1 and no trusted root "
                                   "issued it; serve the intermediate certificate(s) after the leaf")
                        .arg(cert.issuer),
                    index);
            }
            break;
        case X509_V_ERR_EE_KEY_TOO_SMALL:
        case X509_V_ERR_CA_KEY_TOO_SMALL:
            add(findingcode::KeyWeak, Severity::Error,
                who + QStringLiteral("%1 %2-bit key is too weak for OpenSSL's default security level %3")
                          .arg(cert.keyType).arg(cert.keyBits).arg(ossl::defaultClientSecurityLevel()),
                index);
            break;
        case X509_V_ERR_CA_MD_TOO_WEAK:
            add(findingcode::SignatureWeak, Severity::Error,
                who + QStringLiteral("signed with %1, rejected at OpenSSL's default security level %2")
                          .arg(cert.signatureAlgorithm).arg(ossl::defaultClientSecurityLevel()),
                index);
            break;
        case X509_V_ERR_INVALID_CA:
            add(findingcode::CertNotCa, Severity::Error,
                who + QStringLiteral("%1 is used as an issuer but is not a CA certificate").arg(cert.subject), index);
            break;
        default:
            add(findingcode::CertInvalid, Severity::Error,
                who + QString::fromLatin1(X509_verify_cert_error_string(error)), index);
        }
    }

    QList<TlsFinding> take()
    {
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const TlsFinding &a, const TlsFinding &b) { return a.certificateIndex < b.certificateIndex; });
        return std::move(m_findings);
    }

    const QList<CertificateDetails> &m_chain;
    QDateTime m_ref;
    QString m_trustSummary;
    QList<TlsFinding> m_findings;
};

bool weakKey(const CertificateDetails &c)
{
    if (c.keyType == QLatin1String("RSA") || c.keyType == QLatin1String("DSA"))
        return c.keyBits < 2048;
    if (c.keyType == QLatin1String("EC"))
        return c.keyBits < 256;
    return false;
}

bool weakDigest(const CertificateDetails &c)
{
    return c.signatureDigest == QLatin1String("MD5") || c.signatureDigest == QLatin1String("SHA1")
        || c.signatureDigest == QLatin1String("MD2") || c.signatureDigest == QLatin1String("MD4");
}

// What sslrec sees beyond OpenSSL's verdict: weak but accepted material, soon
// expiry, chain hygiene. Severity Warning/Info: none of these fail a proxy.
void addOwnFindings(FindingBuilder &b, const std::vector<X509Ptr> &served, const std::vector<X509Ptr> &path,
                    const TrustSettings &trust, bool hostIsIp)
{
    const QList<CertificateDetails> &chain = b.m_chain;
    const CertificateDetails &leaf = chain.front();
    for (int i = 0; i < chain.size(); ++i) {
        const CertificateDetails &c = chain[i];
        const bool inPath = std::any_of(path.begin(), path.end(),
                                        [&](const X509Ptr &p) { return X509_cmp(p.get(), served[size_t(i)].get()) == 0; });
        if (i > 0 && !inPath) {
            b.add(findingcode::ChainExtraCertificates, Severity::Warning,
                  QStringLiteral("%1 is served but is not part of the path to the root; remove it").arg(c.subject), i);
            continue;
        }
        if (i > 0 && c.selfSigned && !b.has(findingcode::CertUntrustedRoot, i))
            b.add(findingcode::ChainRootServed, Severity::Info,
                  QStringLiteral("the root %1 is served; harmless, clients use their own copy").arg(c.subject), i);
        if (weakKey(c) && !b.has(findingcode::KeyWeak, i))
            b.add(findingcode::KeyWeak, Severity::Warning,
                  QStringLiteral("%1 %2-bit key is weak (want RSA >= 2048 or EC >= 256)").arg(c.keyType).arg(c.keyBits), i);
        if (weakDigest(c) && !c.selfSigned && !b.has(findingcode::SignatureWeak, i))
            b.add(findingcode::SignatureWeak, Severity::Warning,
                  QStringLiteral("signed with %1, a broken digest").arg(c.signatureAlgorithm), i);
        const qint64 secsLeft = b.m_ref.secsTo(c.notAfter);
        if (secsLeft > 0 && secsLeft < qint64(trust.expiryWarningDays) * 86400 && c.notBefore <= b.m_ref)
            b.add(findingcode::CertExpiresSoon, Severity::Warning,
                  QStringLiteral("expires in %1 (%2)").arg(dayCount(c.daysLeft), isoDate(c.notAfter)), i);
    }
    // X509_check_host only falls back to the CN when there is no DNS SAN (an
    // IP SAN does not stop it); browsers never fall back. Say so whenever the
    // fallback is in play for a DNS name.
    if (leaf.dnsNames.isEmpty() && !(hostIsIp && !leaf.ipAddresses.isEmpty())) {
        const Severity sev = b.has(findingcode::CertHostnameMismatch, 0) ? Severity::Error : Severity::Warning;
        b.add(findingcode::CertNoSan, sev,
              leaf.commonName.isEmpty()
                  ? QStringLiteral("has no subjectAltName and no CN; no hostname can match")
                  : QStringLiteral("has no DNS subjectAltName; OpenSSL falls back to its CN %1, browsers reject it").arg(leaf.commonName),
              0);
    }
    if (leaf.selfSigned && !b.has(findingcode::CertSelfSigned, 0))
        b.add(findingcode::CertSelfSigned, Severity::Info, QStringLiteral("self-signed, trusted directly by the trust set"), 0);

    // Order: each certificate should be followed by its issuer.
    for (size_t i = 0; i + 1 < served.size(); ++i) {
        if (chain[int(i)].selfSigned || X509_check_issued(served[i + 1].get(), served[i].get()) == X509_V_OK)
            continue;
        for (size_t j = 0; j < served.size(); ++j) {
            if (j != i && j != i + 1 && X509_check_issued(served[j].get(), served[i].get()) == X509_V_OK) {
                b.add(findingcode::ChainOutOfOrder, Severity::Warning,
                      QStringLiteral("served at position %1, but its issuer %2 comes at position %3, not right after it")
                          .arg(i).arg(chain[int(j)].subject).arg(j),
                      int(i));
                break;
            }
        }
    }
    ERR_clear_error();
}

} // namespace

ChainValidation validateChain(const QList<QByteArray> &pemOrDerChain, const QString &hostname, const TrustSettings &trust)
{
    ChainValidation result;
    result.trustSummary = trustSummary(trust);
    const QDateTime ref = trust.verificationTime.value_or(QDateTime::currentDateTimeUtc());

    std::vector<X509Ptr> served;
    QList<TlsFinding> readProblems;
    for (int i = 0; i < pemOrDerChain.size(); ++i) {
        auto certs = ossl::readCertificates(pemOrDerChain[i]);
        if (certs.empty())
            readProblems.append({QString(findingcode::CertUnreadable), Severity::Warning,
                                 QStringLiteral("entry %1 of the chain is not a certificate and was skipped").arg(i), -1});
        for (auto &c : certs)
            served.push_back(std::move(c));
    }
    if (served.empty()) {
        result.verifyErrorCode = X509_V_ERR_UNSPECIFIED;
        result.verifyError = QStringLiteral("no certificate");
        result.findings = readProblems;
        result.findings.append({QString(findingcode::ChainEmpty), Severity::Error,
                                QStringLiteral("no certificate was presented"), -1});
        return result;
    }
    for (const auto &c : served)
        result.chain.append(ossl::describe(c.get(), ref));

    QStringList trustProblems;
    const ossl::StorePtr store = ossl::buildTrustStore(trust, &trustProblems);
    // Two runs: the first is s_client's (stops at the first error, gives the
    // verdict); the second goes on past errors to explain every certificate.
    const ossl::VerifyRun verdict = ossl::verify(store.get(), served, hostname, trust.verificationTime, false);
    const ossl::VerifyRun explained = ossl::verify(store.get(), served, hostname, trust.verificationTime, true);

    result.valid = verdict.ok;
    result.verifyErrorCode = verdict.error;
    result.verifyError = QString::fromLatin1(X509_verify_cert_error_string(verdict.error));
    result.verifyErrorDepth = verdict.errorDepth;
    for (const auto &c : explained.path)
        result.verifiedPath.append(ossl::describe(c.get(), ref));

    FindingBuilder builder(result.chain, ref, result.trustSummary);
    for (const TlsFinding &f : readProblems)
        builder.add(f.code, f.severity, f.message, f.certificateIndex);
    for (const QString &p : trustProblems)
        builder.add(findingcode::TrustCaFileUnreadable, Severity::Warning, p, -1);
    for (const ossl::VerifyIssue &issue : explained.issues) {
        const int index = servedIndexOf(served, issue.cert.get());
        const CertificateDetails details = index >= 0 ? result.chain[index]
                                           : issue.cert ? ossl::describe(issue.cert.get(), ref)
                                                        : CertificateDetails{};
        builder.addVerifyIssue(issue.error, details, index, hostname);
    }
    // Should the collecting run ever see nothing while the verdict failed,
    // the verdict's own error still has to be explained.
    if (!verdict.ok && explained.issues.empty())
        builder.addVerifyIssue(verdict.error, result.chain.front(), 0, hostname);
    const bool hostIsIp = !QHostAddress(QString(hostname).remove(QLatin1Char('[')).remove(QLatin1Char(']'))).isNull();
    addOwnFindings(builder, served, explained.path, trust, hostIsIp);
    result.findings = builder.take();
    qCDebug(lcTls) << "validated" << hostname << "valid:" << result.valid << result.verifyError;
    return result;
}

} // namespace sslrec
