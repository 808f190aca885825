// scanDifference(): field-by-field comparison of two ScanResults, so a
// failing round trip names the field instead of "not equal".
#include "syntheticscan.h"

#include <QDebug>

namespace sslrec::test {

namespace {

class Differ
{
public:
    template<typename T>
    void check(const QString &where, const T &expected, const T &actual)
    {
        if (!m_first.isEmpty() || expected == actual)
            return;
        QString e, a;
        QDebug(&e) << expected;
        QDebug(&a) << actual;
        m_first = QStringLiteral("%1: expected %2, got %3").arg(where, e, a);
    }
    QString first() const { return m_first; }

private:
    QString m_first;
};

void compareResponse(Differ &d, const QString &w, const FetchResult &e, const FetchResult &a)
{
    d.check(w + QStringLiteral(".host"), e.host, a.host);
    d.check(w + QStringLiteral(".scheme"), int(e.scheme), int(a.scheme));
    d.check(w + QStringLiteral(".pathAndQuery"), e.pathAndQuery, a.pathAndQuery);
    d.check(w + QStringLiteral(".url"), e.url, a.url);
    d.check(w + QStringLiteral(".error"), int(e.error), int(a.error));
    d.check(w + QStringLiteral(".errorMessage"), e.errorMessage, a.errorMessage);
    d.check(w + QStringLiteral(".status"), e.status, a.status);
    d.check(w + QStringLiteral(".reasonPhrase"), e.reasonPhrase, a.reasonPhrase);
    d.check(w + QStringLiteral(".headers"), e.headers, a.headers);
    d.check(w + QStringLiteral(".contentType"), e.contentType, a.contentType);
    d.check(w + QStringLiteral(".redirectTarget"), e.redirectTarget, a.redirectTarget);
    d.check(w + QStringLiteral(".bodyBytes"), e.bodyBytes, a.bodyBytes);
    d.check(w + QStringLiteral(".truncated"), e.truncated, a.truncated);
    d.check(w + QStringLiteral(".http2"), e.http2, a.http2);
    d.check(w + QStringLiteral(".peerAddress"), e.peerAddress, a.peerAddress);
    d.check(w + QStringLiteral(".startedAt"), e.startedAt, a.startedAt);
    d.check(w + QStringLiteral(".elapsedMs"), e.elapsedMs, a.elapsedMs);
}

void compareCertificates(Differ &d, const QString &w, const QList<CertificateDetails> &e, const QList<CertificateDetails> &a)
{
    d.check(w + QStringLiteral(".size"), e.size(), a.size());
    for (qsizetype i = 0; i < std::min(e.size(), a.size()); ++i) {
        const QString c = QStringLiteral("%1[%2]").arg(w).arg(i);
        const CertificateDetails &x = e.at(i), &y = a.at(i);
        d.check(c + QStringLiteral(".subject"), x.subject, y.subject);
        d.check(c + QStringLiteral(".issuer"), x.issuer, y.issuer);
        d.check(c + QStringLiteral(".commonName"), x.commonName, y.commonName);
        d.check(c + QStringLiteral(".serial"), x.serial, y.serial);
        d.check(c + QStringLiteral(".notBefore"), x.notBefore, y.notBefore);
        d.check(c + QStringLiteral(".notAfter"), x.notAfter, y.notAfter);
        d.check(c + QStringLiteral(".daysLeft"), x.daysLeft, y.daysLeft);
        d.check(c + QStringLiteral(".dnsNames"), x.dnsNames, y.dnsNames);
        d.check(c + QStringLiteral(".ipAddresses"), x.ipAddresses, y.ipAddresses);
        d.check(c + QStringLiteral(".hasSubjectAltName"), x.hasSubjectAltName, y.hasSubjectAltName);
        d.check(c + QStringLiteral(".keyType"), x.keyType, y.keyType);
        d.check(c + QStringLiteral(".keyBits"), x.keyBits, y.keyBits);
        d.check(c + QStringLiteral(".curve"), x.curve, y.curve);
        d.check(c + QStringLiteral(".signatureAlgorithm"), x.signatureAlgorithm, y.signatureAlgorithm);
        d.check(c + QStringLiteral(".signatureDigest"), x.signatureDigest, y.signatureDigest);
        d.check(c + QStringLiteral(".sha256Fingerprint"), x.sha256Fingerprint, y.sha256Fingerprint);
        d.check(c + QStringLiteral(".sha1Fingerprint"), x.sha1Fingerprint, y.sha1Fingerprint);
        d.check(c + QStringLiteral(".isCa"), x.isCa, y.isCa);
        d.check(c + QStringLiteral(".selfSigned"), x.selfSigned, y.selfSigned);
        d.check(c + QStringLiteral(".pem"), x.pem, y.pem);
    }
}

void compareTls(Differ &d, const QString &w, const TlsReport &e, const TlsReport &a)
{
    d.check(w + QStringLiteral(".hostname"), e.hostname, a.hostname);
    d.check(w + QStringLiteral(".address"), e.address, a.address);
    d.check(w + QStringLiteral(".port"), e.port, a.port);
    d.check(w + QStringLiteral(".connected"), e.connected, a.connected);
    d.check(w + QStringLiteral(".handshakeOk"), e.handshakeOk, a.handshakeOk);
    d.check(w + QStringLiteral(".handshakeError"), e.handshakeError, a.handshakeError);
    d.check(w + QStringLiteral(".protocol"), e.protocol, a.protocol);
    d.check(w + QStringLiteral(".cipher"), e.cipher, a.cipher);
    d.check(w + QStringLiteral(".alpn"), e.alpn, a.alpn);
    d.check(w + QStringLiteral(".keyExchangeGroup"), e.keyExchangeGroup, a.keyExchangeGroup);
    d.check(w + QStringLiteral(".ocspStapled"), e.ocspStapled, a.ocspStapled);
    compareCertificates(d, w + QStringLiteral(".chain"), e.chain, a.chain);
    compareCertificates(d, w + QStringLiteral(".verifiedPath"), e.verifiedPath, a.verifiedPath);
    d.check(w + QStringLiteral(".certificateValid"), e.certificateValid, a.certificateValid);
    d.check(w + QStringLiteral(".verifyErrorCode"), e.verifyErrorCode, a.verifyErrorCode);
    d.check(w + QStringLiteral(".verifyError"), e.verifyError, a.verifyError);
    d.check(w + QStringLiteral(".findings.size"), e.findings.size(), a.findings.size());
    for (qsizetype i = 0; i < std::min(e.findings.size(), a.findings.size()); ++i) {
        const QString f = QStringLiteral("%1.findings[%2]").arg(w).arg(i);
        d.check(f + QStringLiteral(".code"), e.findings.at(i).code, a.findings.at(i).code);
        d.check(f + QStringLiteral(".severity"), int(e.findings.at(i).severity), int(a.findings.at(i).severity));
        d.check(f + QStringLiteral(".message"), e.findings.at(i).message, a.findings.at(i).message);
        d.check(f + QStringLiteral(".certificateIndex"), e.findings.at(i).certificateIndex, a.findings.at(i).certificateIndex);
    }
    d.check(w + QStringLiteral(".trustSummary"), e.trustSummary, a.trustSummary);
    d.check(w + QStringLiteral(".elapsedMs"), e.elapsedMs, a.elapsedMs);
    d.check(w + QStringLiteral(".proxy.size"), e.proxy.size(), a.proxy.size());
    for (qsizetype i = 0; i < std::min(e.proxy.size(), a.proxy.size()); ++i) {
        const QString p = QStringLiteral("%1.proxy[%2]").arg(w).arg(i);
        d.check(p + QStringLiteral(".mode"), int(e.proxy.at(i).mode), int(a.proxy.at(i).mode));
        d.check(p + QStringLiteral(".works"), e.proxy.at(i).works, a.proxy.at(i).works);
        d.check(p + QStringLiteral(".statusCode"), e.proxy.at(i).statusCode, a.proxy.at(i).statusCode);
        d.check(p + QStringLiteral(".statusText"), e.proxy.at(i).statusText, a.proxy.at(i).statusText);
        d.check(p + QStringLiteral(".reason"), e.proxy.at(i).reason, a.proxy.at(i).reason);
    }
}

void compareEvidence(Differ &d, const QString &w, const OriginEvidence &e, const OriginEvidence &a)
{
    d.check(w + QStringLiteral(".host"), e.host, a.host);
    d.check(w + QStringLiteral(".currentMode"), e.currentMode.has_value() ? int(*e.currentMode) : -1,
            a.currentMode.has_value() ? int(*a.currentMode) : -1);
    d.check(w + QStringLiteral(".optedOut"), e.optedOut, a.optedOut);
    d.check(w + QStringLiteral(".optOutReason"), e.optOutReason, a.optOutReason);
    d.check(w + QStringLiteral(".blocked"), e.blocked, a.blocked);
    d.check(w + QStringLiteral(".blockedReason"), e.blockedReason, a.blockedReason);
    for (auto [name, x, y] : {std::tuple{QStringLiteral("http"), &e.http, &a.http}, std::tuple{QStringLiteral("https"), &e.https, &a.https}}) {
        d.check(w + QLatin1Char('.') + name + QStringLiteral(".answered"), x->answered, y->answered);
        d.check(w + QLatin1Char('.') + name + QStringLiteral(".failureCode"), x->failureCode, y->failureCode);
        d.check(w + QLatin1Char('.') + name + QStringLiteral(".failureMessage"), x->failureMessage, y->failureMessage);
    }
    d.check(w + QStringLiteral(".tlsHandshakeOk"), e.tlsHandshakeOk, a.tlsHandshakeOk);
    d.check(w + QStringLiteral(".tlsFailure"), e.tlsFailure, a.tlsFailure);
    d.check(w + QStringLiteral(".certificateValid"), e.certificateValid, a.certificateValid);
    d.check(w + QStringLiteral(".certificateProblems"), e.certificateProblems, a.certificateProblems);
    d.check(w + QStringLiteral(".pagesCompared"), e.pagesCompared, a.pagesCompared);
    d.check(w + QStringLiteral(".pagesSame"), e.pagesSame, a.pagesSame);
    d.check(w + QStringLiteral(".pagesEquivalentRedirect"), e.pagesEquivalentRedirect, a.pagesEquivalentRedirect);
    d.check(w + QStringLiteral(".pagesDifferent"), e.pagesDifferent, a.pagesDifferent);
    d.check(w + QStringLiteral(".pagesError"), e.pagesError, a.pagesError);
    d.check(w + QStringLiteral(".differenceExamples"), e.differenceExamples, a.differenceExamples);
}

void compareSettings(Differ &d, const ScanSettings &e, const ScanSettings &a)
{
    d.check(QStringLiteral("settings.domain"), e.domain, a.domain);
    d.check(QStringLiteral("settings.startPath"), e.startPath, a.startPath);
    d.check(QStringLiteral("settings.resolve"), e.resolve, a.resolve);
    d.check(QStringLiteral("settings.dnsEnabled"), e.dnsEnabled, a.dnsEnabled);
    d.check(QStringLiteral("settings.includeSubdomains"), e.includeSubdomains, a.includeSubdomains);
    d.check(QStringLiteral("settings.maxOrigins"), e.maxOrigins, a.maxOrigins);
    d.check(QStringLiteral("settings.maxPages"), e.maxPages, a.maxPages);
    d.check(QStringLiteral("settings.concurrency"), e.concurrency, a.concurrency);
    d.check(QStringLiteral("settings.delayMs"), e.delayMs, a.delayMs);
    d.check(QStringLiteral("settings.currentMode"), e.currentMode.has_value() ? int(*e.currentMode) : -1,
            a.currentMode.has_value() ? int(*a.currentMode) : -1);
    d.check(QStringLiteral("settings.robotsPolicy"), int(e.robotsPolicy), int(a.robotsPolicy));
    d.check(QStringLiteral("settings.caFiles"), e.caFiles, a.caFiles);
    d.check(QStringLiteral("settings.useOriginCa"), e.useOriginCa, a.useOriginCa);
    d.check(QStringLiteral("settings.useSystemRoots"), e.useSystemRoots, a.useSystemRoots);
    d.check(QStringLiteral("settings.expiryWarningDays"), e.expiryWarningDays, a.expiryWarningDays);
    d.check(QStringLiteral("settings.seedUrlsFile"), e.seedUrlsFile, a.seedUrlsFile);
    d.check(QStringLiteral("settings.accessLogFile"), e.accessLogFile, a.accessLogFile);
    d.check(QStringLiteral("settings.refetchNearThreshold"), e.refetchNearThreshold, a.refetchNearThreshold);
    d.check(QStringLiteral("settings.maxScanSeconds"), e.maxScanSeconds, a.maxScanSeconds);
    const FetchOptions &x = e.fetch, &y = a.fetch;
    d.check(QStringLiteral("settings.fetch.userAgent"), x.userAgent, y.userAgent);
    d.check(QStringLiteral("settings.fetch.connectTimeoutMs"), x.connectTimeoutMs, y.connectTimeoutMs);
    d.check(QStringLiteral("settings.fetch.idleTimeoutMs"), x.idleTimeoutMs, y.idleTimeoutMs);
    d.check(QStringLiteral("settings.fetch.totalTimeoutMs"), x.totalTimeoutMs, y.totalTimeoutMs);
    d.check(QStringLiteral("settings.fetch.maxBodyBytes"), x.maxBodyBytes, y.maxBodyBytes);
    d.check(QStringLiteral("settings.fetch.maxHeaderBytes"), x.maxHeaderBytes, y.maxHeaderBytes);
    d.check(QStringLiteral("settings.fetch.maxHeaderCount"), x.maxHeaderCount, y.maxHeaderCount);
    d.check(QStringLiteral("settings.fetch.httpPort"), x.httpPort, y.httpPort);
    d.check(QStringLiteral("settings.fetch.httpsPort"), x.httpsPort, y.httpsPort);
    d.check(QStringLiteral("settings.fetch.proxy"), x.proxy.has_value(), y.proxy.has_value());
    if (x.proxy && y.proxy)
        d.check(QStringLiteral("settings.fetch.proxy"), *x.proxy, *y.proxy);
}

} // namespace

QString scanDifference(const ScanResult &e, const ScanResult &a)
{
    Differ d;
    compareSettings(d, e.settings, a.settings);
    d.check(QStringLiteral("toolVersion"), e.toolVersion, a.toolVersion);
    d.check(QStringLiteral("startedAt"), e.startedAt, a.startedAt);
    d.check(QStringLiteral("finishedAt"), e.finishedAt, a.finishedAt);
    d.check(QStringLiteral("cancelled"), e.cancelled, a.cancelled);
    d.check(QStringLiteral("notes"), e.notes, a.notes);
    d.check(QStringLiteral("origins.size"), e.origins.size(), a.origins.size());
    for (qsizetype i = 0; i < std::min(e.origins.size(), a.origins.size()); ++i) {
        const OriginResult &x = e.origins.at(i), &y = a.origins.at(i);
        const QString w = QStringLiteral("origins[%1 %2]").arg(i).arg(x.host);
        d.check(w + QStringLiteral(".host"), x.host, y.host);
        d.check(w + QStringLiteral(".addresses"), x.addresses, y.addresses);
        d.check(w + QStringLiteral(".pinned"), x.pinned, y.pinned);
        d.check(w + QStringLiteral(".robotsNotes"), x.robotsNotes, y.robotsNotes);
        compareTls(d, w + QStringLiteral(".tls"), x.tls, y.tls);
        compareEvidence(d, w + QStringLiteral(".evidence"), x.evidence, y.evidence);
        d.check(w + QStringLiteral(".verdict.host"), x.verdict.host, y.verdict.host);
        d.check(w + QStringLiteral(".verdict.recommended"), int(x.verdict.recommended), int(y.verdict.recommended));
        d.check(w + QStringLiteral(".verdict.reasons"), x.verdict.reasons, y.verdict.reasons);
        d.check(w + QStringLiteral(".verdict.adviseEdgeRedirect"), x.verdict.adviseEdgeRedirect, y.verdict.adviseEdgeRedirect);
        d.check(w + QStringLiteral(".verdict.ladder.size"), x.verdict.ladder.size(), y.verdict.ladder.size());
        for (qsizetype k = 0; k < std::min(x.verdict.ladder.size(), y.verdict.ladder.size()); ++k) {
            const ModeAssessment &m = x.verdict.ladder.at(k), &n = y.verdict.ladder.at(k);
            const QString l = QStringLiteral("%1.verdict.ladder[%2]").arg(w).arg(k);
            d.check(l + QStringLiteral(".mode"), int(m.mode), int(n.mode));
            d.check(l + QStringLiteral(".safe"), m.safe, n.safe);
            d.check(l + QStringLiteral(".why"), m.why, n.why);
            d.check(l + QStringLiteral(".proxyError"), m.proxyError, n.proxyError);
        }
        const OriginProgress &p = x.progress, &q = y.progress;
        d.check(w + QStringLiteral(".progress"),
                QList<int>{p.discovered, p.sampled, p.httpFetched, p.httpsFetched, p.compared, p.same, p.different, p.errors, p.finished},
                QList<int>{q.discovered, q.sampled, q.httpFetched, q.httpsFetched, q.compared, q.same, q.different, q.errors, q.finished});
        d.check(w + QStringLiteral(".pages.size"), x.pages.size(), y.pages.size());
        for (qsizetype k = 0; k < std::min(x.pages.size(), y.pages.size()); ++k) {
            const PagePair &m = x.pages.at(k), &n = y.pages.at(k);
            const QString pw = QStringLiteral("%1.pages[%2 %3]").arg(w).arg(k).arg(m.pathAndQuery);
            d.check(pw + QStringLiteral(".host"), m.host, n.host);
            d.check(pw + QStringLiteral(".pathAndQuery"), m.pathAndQuery, n.pathAndQuery);
            d.check(pw + QStringLiteral(".source"), int(m.source), int(n.source));
            compareResponse(d, pw + QStringLiteral(".http"), m.http, n.http);
            compareResponse(d, pw + QStringLiteral(".https"), m.https, n.https);
            d.check(pw + QStringLiteral(".httpRefetched"), m.httpRefetched, n.httpRefetched);
            d.check(pw + QStringLiteral(".noiseScore"), m.noiseScore, n.noiseScore);
            d.check(pw + QStringLiteral(".verdict"), int(m.verdict), int(n.verdict));
            d.check(pw + QStringLiteral(".score"), m.score, n.score);
            d.check(pw + QStringLiteral(".reason"), m.reason, n.reason);
            d.check(pw + QStringLiteral(".reasonCode"), m.reasonCode, n.reasonCode);
            d.check(pw + QStringLiteral(".title"), m.title, n.title);
        }
    }
    return d.first();
}

} // namespace sslrec::test
