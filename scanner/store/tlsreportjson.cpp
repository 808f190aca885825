#include "store/tlsreportjson.h"

#include <QJsonArray>

namespace sslrec {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QDateTime dateFrom(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QList<CertificateDetails> certificates(const QJsonValue &value)
{
    QList<CertificateDetails> out;
    for (const QJsonValue &v : value.toArray())
        out.append(certificateFromJson(v.toObject()));
    return out;
}

Severity severityFrom(const QString &name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(s) == name)
            return s;
    }
    return Severity::Info;
}

} // namespace

CertificateDetails certificateFromJson(const QJsonObject &o)
{
    CertificateDetails c;
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.issuer = o.value(QStringLiteral("issuer")).toString();
    c.commonName = o.value(QStringLiteral("common_name")).toString();
    c.serial = o.value(QStringLiteral("serial")).toString();
    c.notBefore = dateFrom(o.value(QStringLiteral("not_before")));
    c.notAfter = dateFrom(o.value(QStringLiteral("not_after")));
    c.daysLeft = o.value(QStringLiteral("days_left")).toInt();
    c.dnsNames = strings(o.value(QStringLiteral("dns_names")));
    c.ipAddresses = strings(o.value(QStringLiteral("ip_addresses")));
    c.hasSubjectAltName = o.value(QStringLiteral("has_subject_alt_name")).toBool();
    c.keyType = o.value(QStringLiteral("key_type")).toString();
    c.keyBits = o.value(QStringLiteral("key_bits")).toInt();
    c.curve = o.value(QStringLiteral("curve")).toString();
    c.signatureAlgorithm = o.value(QStringLiteral("signature_algorithm")).toString();
    c.signatureDigest = o.value(QStringLiteral("signature_digest")).toString();
    c.sha256Fingerprint = o.value(QStringLiteral("sha256_fingerprint")).toString();
    c.sha1Fingerprint = o.value(QStringLiteral("sha1_fingerprint")).toString();
    c.isCa = o.value(QStringLiteral("is_ca")).toBool();
    c.selfSigned = o.value(QStringLiteral("self_signed")).toBool();
    c.pem = o.value(QStringLiteral("pem")).toString().toLatin1();
    return c;
}

TlsFinding findingFromJson(const QJsonObject &o)
{
    TlsFinding f;
    f.code = o.value(QStringLiteral("code")).toString();
    f.severity = severityFrom(o.value(QStringLiteral("severity")).toString());
    f.message = o.value(QStringLiteral("message")).toString();
    f.certificateIndex = o.value(QStringLiteral("certificate_index")).toInt(-1);
    return f;
}

ProxyPrediction proxyPredictionFromJson(const QJsonObject &o)
{
    ProxyPrediction p;
    p.mode = parseMode(o.value(QStringLiteral("mode")).toString()).value_or(Mode::Full);
    p.works = o.value(QStringLiteral("works")).toBool();
    p.statusCode = o.value(QStringLiteral("status_code")).toInt();
    p.statusText = o.value(QStringLiteral("status_text")).toString();
    p.reason = o.value(QStringLiteral("reason")).toString();
    return p;
}

TlsReport tlsReportFromJson(const QJsonObject &o)
{
    TlsReport r;
    r.hostname = o.value(QStringLiteral("hostname")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.port = quint16(o.value(QStringLiteral("port")).toInt(443));
    r.connected = o.value(QStringLiteral("connected")).toBool();
    r.handshakeOk = o.value(QStringLiteral("handshake_ok")).toBool();
    r.handshakeError = o.value(QStringLiteral("handshake_error")).toString();
    r.protocol = o.value(QStringLiteral("protocol")).toString();
    r.cipher = o.value(QStringLiteral("cipher")).toString();
    r.alpn = o.value(QStringLiteral("alpn")).toString();
    r.keyExchangeGroup = o.value(QStringLiteral("key_exchange_group")).toString();
    r.ocspStapled = o.value(QStringLiteral("ocsp_stapled")).toBool();
    r.chain = certificates(o.value(QStringLiteral("chain")));
    r.verifiedPath = certificates(o.value(QStringLiteral("verified_path")));
    r.certificateValid = o.value(QStringLiteral("valid")).toBool();
    r.verifyErrorCode = o.value(QStringLiteral("verify_error_code")).toInt();
    r.verifyError = o.value(QStringLiteral("verify_error")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray())
        r.findings.append(findingFromJson(v.toObject()));
    r.trustSummary = o.value(QStringLiteral("trust")).toString();
    r.elapsedMs = qint64(o.value(QStringLiteral("elapsed_ms")).toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("proxy")).toArray())
        r.proxy.append(proxyPredictionFromJson(v.toObject()));
    return r;
}

} // namespace sslrec
