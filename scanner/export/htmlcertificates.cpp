#include "export/htmlsections.h"
#include "export/htmltext.h"

#include <QStringList>

namespace sslrec::html {

namespace {

QString fieldRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(label, valueHtml);
}

QString orDash(const QString &escaped)
{
    return escaped.isEmpty() ? QStringLiteral("-") : escaped;
}

QString certificateRole(const QList<CertificateDetails> &chain, int index)
{
    if (index == 0)
        return QStringLiteral("leaf");
    if (chain.at(index).selfSigned)
        return QStringLiteral("root");
    return QStringLiteral("intermediate");
}

QString connectionTable(const ReportContext &c, const TlsReport &t)
{
    QString out = QStringLiteral("<h3>TLS</h3>\n<table class=\"fields\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    out += fieldRow(QStringLiteral("Host (SNI)"), c.text(t.hostname));
    out += fieldRow(QStringLiteral("Address"), orDash(c.text(t.address)) + QStringLiteral(" port %1").arg(t.port));
    out += fieldRow(QStringLiteral("Connected"), yesNo(t.connected));
    out += fieldRow(QStringLiteral("Handshake"), yesNo(t.handshakeOk)
                                                     + (t.handshakeError.isEmpty() ? QString() : QStringLiteral(" &ndash; ") + c.text(t.handshakeError)));
    out += fieldRow(QStringLiteral("Protocol"), orDash(c.text(t.protocol)));
    out += fieldRow(QStringLiteral("Cipher"), orDash(c.text(t.cipher)));
    out += fieldRow(QStringLiteral("ALPN"), orDash(c.text(t.alpn)));
    out += fieldRow(QStringLiteral("Key exchange group"), orDash(c.text(t.keyExchangeGroup)));
    out += fieldRow(QStringLiteral("OCSP stapled"), yesNo(t.ocspStapled));
    out += fieldRow(QStringLiteral("Certificate valid"), yesNo(t.certificateValid));
    if (t.verifyErrorCode != 0)
        out += fieldRow(QStringLiteral("Verify error"), QStringLiteral("%1 (X509_V error %2)").arg(c.text(t.verifyError), QString::number(t.verifyErrorCode)));
    out += fieldRow(QStringLiteral("Trusted roots"), orDash(c.text(t.trustSummary)));
    out += fieldRow(QStringLiteral("Probe time"), QStringLiteral("%1 ms").arg(t.elapsedMs));
    return out + QStringLiteral("</table>\n");
}

QString predictionTable(const ReportContext &c, const TlsReport &t)
{
    if (t.proxy.isEmpty())
        return {};
    QString out = QStringLiteral("<h3>What a proxy would see over HTTPS</h3>\n"
                                 "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                                 "<tr><th>Mode</th><th>Works</th><th>Visitor error</th><th>Why</th></tr>\n");
    for (const ProxyPrediction &p : t.proxy) {
        const QString error = p.works ? QStringLiteral("-")
                                      : QStringLiteral("%1 %2").arg(QString::number(p.statusCode), c.text(p.statusText));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                   .arg(escape(modeDisplayName(p.mode)), yesNo(p.works), error, c.text(p.reason));
    }
    return out + QStringLiteral("</table>\n");
}

QString findingsTable(const ReportContext &c, const TlsReport &t)
{
    if (t.findings.isEmpty())
        return QStringLiteral("<h3>Findings</h3>\n<p>None.</p>\n");
    QString out = QStringLiteral("<h3>Findings</h3>\n"
                                 "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                                 "<tr><th>Severity</th><th>Code</th><th>Certificate</th><th>Message</th></tr>\n");
    for (const TlsFinding &f : t.findings) {
        const QString cert = f.certificateIndex < 0 ? QStringLiteral("connection") : QStringLiteral("#%1").arg(f.certificateIndex);
        out += QStringLiteral("<tr class=\"sev-%1\"><td>%1</td><td><code>%2</code></td><td>%3</td><td>%4</td></tr>\n")
                   .arg(escape(severityName(f.severity)), c.text(f.code), cert, c.text(f.message));
    }
    return out + QStringLiteral("</table>\n");
}

QString certificateTable(const ReportContext &c, const QList<CertificateDetails> &chain, int index,
                         const QList<TlsFinding> &findings)
{
    const CertificateDetails &d = chain.at(index);
    QString out = QStringLiteral("<h4>Certificate #%1 (%2): %3</h4>\n")
                      .arg(QString::number(index), certificateRole(chain, index), c.text(d.subject));
    out += QStringLiteral("<table class=\"fields cert\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n");
    out += fieldRow(QStringLiteral("Subject"), c.text(d.subject));
    out += fieldRow(QStringLiteral("Issuer"), c.text(d.issuer));
    out += fieldRow(QStringLiteral("Common name"), orDash(c.text(d.commonName)));
    out += fieldRow(QStringLiteral("DNS names"), d.hasSubjectAltName ? orDash(c.text(d.dnsNames.join(QStringLiteral(", "))))
                                                                     : QStringLiteral("no subjectAltName extension"));
    out += fieldRow(QStringLiteral("IP addresses"), orDash(c.text(d.ipAddresses.join(QStringLiteral(", ")))));
    out += fieldRow(QStringLiteral("Serial"), c.text(d.serial));
    out += fieldRow(QStringLiteral("Valid from"), timeText(d.notBefore));
    out += fieldRow(QStringLiteral("Valid until"), QStringLiteral("%1 (<span class=\"%2\">%3 days left</span>)")
                                                       .arg(timeText(d.notAfter), d.daysLeft < 0 ? QStringLiteral("bad") : QStringLiteral("good"),
                                                            QString::number(d.daysLeft)));
    QString key = c.text(d.keyType);
    if (d.keyBits > 0)
        key += QStringLiteral(" %1 bits").arg(d.keyBits);
    if (!d.curve.isEmpty())
        key += QStringLiteral(" (%1)").arg(c.text(d.curve));
    out += fieldRow(QStringLiteral("Key"), key);
    out += fieldRow(QStringLiteral("Signature"), c.text(d.signatureAlgorithm)
                                                     + (d.signatureDigest.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.text(d.signatureDigest))));
    out += fieldRow(QStringLiteral("SHA-256 fingerprint"), QStringLiteral("<code>%1</code>").arg(c.text(d.sha256Fingerprint)));
    out += fieldRow(QStringLiteral("SHA-1 fingerprint"), QStringLiteral("<code>%1</code>").arg(c.text(d.sha1Fingerprint)));
    out += fieldRow(QStringLiteral("CA"), yesNo(d.isCa, index != 0));
    out += fieldRow(QStringLiteral("Self-signed"), yesNo(d.selfSigned, false));
    for (const TlsFinding &f : findings) {
        if (f.certificateIndex == index)
            out += fieldRow(QStringLiteral("Finding (%1)").arg(escape(severityName(f.severity))), c.text(f.message));
    }
    out += QStringLiteral("</table>\n");
    if (c.options.includePem && !d.pem.isEmpty())
        out += QStringLiteral("<pre class=\"pem\">%1</pre>\n").arg(escape(QString::fromLatin1(d.pem).trimmed()));
    return out;
}

} // namespace

QString tlsSection(const ReportContext &c, const TlsReport &t)
{
    QString out = connectionTable(c, t);
    out += predictionTable(c, t);
    out += findingsTable(c, t);
    out += QStringLiteral("<h3>Certificate chain as served (%1)</h3>\n").arg(t.chain.size());
    if (t.chain.isEmpty())
        out += QStringLiteral("<p>No certificate was received.</p>\n");
    for (int i = 0; i < t.chain.size(); ++i)
        out += certificateTable(c, t.chain, i, t.findings);
    if (!t.verifiedPath.isEmpty()) {
        out += QStringLiteral("<h4>Path built to a trusted root</h4>\n<ol class=\"path\">\n");
        for (const CertificateDetails &d : t.verifiedPath)
            out += QStringLiteral("<li>%1 <span class=\"muted\">(SHA-256 %2)</span></li>\n").arg(c.text(d.subject), c.text(d.sha256Fingerprint));
        out += QStringLiteral("</ol>\n");
    }
    return out;
}

} // namespace sslrec::html
