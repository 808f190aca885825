#include "tls/tlsjson.h"

#include <QJsonArray>

namespace sslrec {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray certificates(const QList<CertificateDetails> &chain)
{
    QJsonArray out;
    for (const CertificateDetails &c : chain)
        out.append(toJson(c));
    return out;
}

} // namespace

QJsonObject toJson(const CertificateDetails &c)
{
    return QJsonObject{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("common_name"), c.commonName},
        {QStringLiteral("serial"), c.serial},
        {QStringLiteral("not_before"), isoUtc(c.notBefore)},
        {QStringLiteral("not_after"), isoUtc(c.notAfter)},
        {QStringLiteral("days_left"), c.daysLeft},
        {QStringLiteral("dns_names"), strings(c.dnsNames)},
        {QStringLiteral("ip_addresses"), strings(c.ipAddresses)},
        {QStringLiteral("has_subject_alt_name"), c.hasSubjectAltName},
        {QStringLiteral("key_type"), c.keyType},
        {QStringLiteral("key_bits"), c.keyBits},
        {QStringLiteral("curve"), c.curve},
        {QStringLiteral("signature_algorithm"), c.signatureAlgorithm},
        {QStringLiteral("signature_digest"), c.signatureDigest},
        {QStringLiteral("sha256_fingerprint"), c.sha256Fingerprint},
        {QStringLiteral("sha1_fingerprint"), c.sha1Fingerprint},
        {QStringLiteral("is_ca"), c.isCa},
        {QStringLiteral("self_signed"), c.selfSigned},
        {QStringLiteral("pem"), QString::fromLatin1(c.pem)},
    };
}

QJsonObject toJson(const TlsFinding &f)
{
    return QJsonObject{
        {QStringLiteral("code"), f.code},
        {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("certificate_index"), f.certificateIndex},
    };
}

QJsonObject toJson(const ProxyPrediction &p)
{
    return QJsonObject{
        {QStringLiteral("mode"), modeName(p.mode)},
        {QStringLiteral("works"), p.works},
        {QStringLiteral("status_code"), p.statusCode},
        {QStringLiteral("status_text"), p.statusText},
        {QStringLiteral("reason"), p.reason},
    };
}

QJsonObject toJson(const TlsReport &r)
{
    QJsonArray findings;
    QJsonArray errors;
    for (const TlsFinding &f : r.findings) {
        findings.append(toJson(f));
        if (f.severity == Severity::Error) {
            errors.append(QJsonObject{{QStringLiteral("code"), f.code},
                                      {QStringLiteral("message"), f.message},
                                      {QStringLiteral("certificate_index"), f.certificateIndex}});
        }
    }
    QJsonArray proxy;
    for (const ProxyPrediction &p : r.proxy)
        proxy.append(toJson(p));
    return QJsonObject{
        {QStringLiteral("hostname"), r.hostname},
        {QStringLiteral("address"), r.address},
        {QStringLiteral("port"), int(r.port)},
        {QStringLiteral("connected"), r.connected},
        {QStringLiteral("handshake_ok"), r.handshakeOk},
        {QStringLiteral("handshake_error"), r.handshakeError},
        {QStringLiteral("protocol"), r.protocol},
        {QStringLiteral("cipher"), r.cipher},
        {QStringLiteral("alpn"), r.alpn},
        {QStringLiteral("key_exchange_group"), r.keyExchangeGroup},
        {QStringLiteral("ocsp_stapled"), r.ocspStapled},
        {QStringLiteral("chain"), certificates(r.chain)},
        {QStringLiteral("verified_path"), certificates(r.verifiedPath)},
        {QStringLiteral("valid"), r.certificateValid},
        {QStringLiteral("verify_error_code"), r.verifyErrorCode},
        {QStringLiteral("verify_error"), r.verifyError},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("trust"), r.trustSummary},
        {QStringLiteral("elapsed_ms"), r.elapsedMs},
        {QStringLiteral("proxy"), proxy},
    };
}

} // namespace sslrec
