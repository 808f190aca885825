#include "compare/responserules.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <vector>

namespace sslrec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::Comparator", text);
}

bool isRedirect(int status)
{
    return status >= 300 && status < 400 && status != 304;
}

// Host, path and query without scheme or fragment: where a redirect goes,
// regardless of http/https and default ports.
QString neutralTarget(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveScheme | QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (u.port() == 80 || u.port() == 443)
        u.setPort(-1);
    QString s = u.toString(QUrl::FullyEncoded);
    if (s.endsWith(QLatin1Char('/')) && s.size() > 1)
        s.chop(1);
    return s.toLower();
}

QString javascriptAlias(const QString &m)
{
    if (m == QLatin1String("application/javascript") || m == QLatin1String("application/x-javascript")
        || m == QLatin1String("text/javascript") || m == QLatin1String("application/ecmascript")
        || m == QLatin1String("text/ecmascript"))
        return QStringLiteral("javascript");
    if (m == QLatin1String("application/xml") || m == QLatin1String("text/xml"))
        return QStringLiteral("xml");
    return m;
}

} // namespace

QString verdictName(Verdict verdict)
{
    return verdict == Verdict::Same ? QStringLiteral("same") : QStringLiteral("different");
}

PageComparison ResponseRules::different(QString reason, QString code, double score)
{
    PageComparison c;
    c.verdict = Verdict::Different;
    c.score = std::clamp(score, 0.0, 0.49);
    c.reason = std::move(reason);
    c.reasonCode = std::move(code);
    return c;
}

PageComparison ResponseRules::same(QString reason, QString code, double score)
{
    PageComparison c;
    c.verdict = Verdict::Same;
    c.score = std::clamp(score, 0.5, 1.0);
    c.reason = std::move(reason);
    c.reasonCode = std::move(code);
    return c;
}

std::optional<PageComparison> ResponseRules::byStatus(const ComparedResponse &http, const ComparedResponse &https)
{
    const int hs = http.status;
    const int ss = https.status;
    if (ss == 0 && hs == 0)
        return different(tr("neither HTTP nor HTTPS answered"), QStringLiteral("no-response"));
    if (ss == 0)
        return different(tr("HTTPS did not answer where HTTP answers %1").arg(hs), QStringLiteral("https-no-response"));
    if (hs == 0)
        return different(tr("HTTP did not answer where HTTPS answers %1").arg(ss), QStringLiteral("http-no-response"));

    if (isRedirect(hs) && isRedirect(ss)) {
        if (!http.location.isEmpty() && neutralTarget(http.location) == neutralTarget(https.location))
            return same(tr("both redirect to %1").arg(https.location.toString()), QStringLiteral("same-redirect"));
        return different(tr("HTTP redirects to %1 but HTTPS to %2")
                             .arg(http.location.toString(), https.location.toString()),
                         QStringLiteral("redirect-differs"));
    }
    if (isRedirect(hs)) {
        // The usual "force HTTPS" setup: HTTP only sends visitors to this very page over HTTPS.
        if (http.location.scheme() == QLatin1String("https") && https.url.isValid()
            && neutralTarget(http.location) == neutralTarget(https.url) && ss >= 200 && ss < 300)
            return same(tr("HTTP redirects to this page over HTTPS"), QStringLiteral("http-redirects-to-https"));
        return different(tr("HTTP redirects to %1 where HTTPS answers %2").arg(http.location.toString()).arg(ss),
                         QStringLiteral("http-redirects"));
    }
    if (isRedirect(ss))
        return different(tr("HTTPS redirects to %1 where HTTP answers %2").arg(https.location.toString()).arg(hs),
                         QStringLiteral("https-redirects"));

    const int hc = hs / 100;
    const int sc = ss / 100;
    if (hc == sc)
        return std::nullopt;
    if (sc == 5)
        return different(tr("HTTPS answers %1 (server error) where HTTP answers %2").arg(ss).arg(hs),
                         QStringLiteral("https-server-error"));
    if (sc == 4)
        return different(tr("HTTPS answers %1 where HTTP answers %2").arg(ss).arg(hs), QStringLiteral("https-client-error"));
    return different(tr("HTTPS answers %1 where HTTP answers %2").arg(ss).arg(hs), QStringLiteral("status-differs"));
}

std::optional<PageComparison> ResponseRules::byMediaType(const NormalizedContent &http, const NormalizedContent &https)
{
    if (http.kind == ContentKind::Empty && https.kind == ContentKind::Empty)
        return std::nullopt;
    if (https.kind == ContentKind::Empty)
        return different(tr("HTTPS sends an empty body where HTTP sends %1 bytes").arg(http.byteSize),
                         QStringLiteral("https-empty"));
    if (http.kind == ContentKind::Empty)
        return different(tr("HTTP sends an empty body where HTTPS sends %1 bytes").arg(https.byteSize),
                         QStringLiteral("http-empty"));
    if (http.kind != https.kind || javascriptAlias(http.mimeType) != javascriptAlias(https.mimeType)) {
        const QString h = http.mimeType.isEmpty() ? tr("no content type") : http.mimeType;
        const QString s = https.mimeType.isEmpty() ? tr("no content type") : https.mimeType;
        return different(tr("HTTPS serves %1 where HTTP serves %2").arg(s, h), QStringLiteral("content-type-differs"));
    }
    return std::nullopt;
}

QString ResponseRules::noiseDescription(const NormalizedContent &a, const NormalizedContent &b)
{
    static constexpr std::array<const char *, int(MaskCategory::Count)> kNames = {
        QT_TRANSLATE_NOOP("sslrec::Comparator", "a number"),
        QT_TRANSLATE_NOOP("sslrec::Comparator", "a timestamp"),
        QT_TRANSLATE_NOOP("sslrec::Comparator", "a hex id"),
        QT_TRANSLATE_NOOP("sslrec::Comparator", "a token"),
        QT_TRANSLATE_NOOP("sslrec::Comparator", "a UUID"),
        QT_TRANSLATE_NOOP("sslrec::Comparator", "a CSRF token"),
        QT_TRANSLATE_NOOP("sslrec::Comparator", "a nonce"),
    };
    QStringList differing;
    for (int c = 0; c < int(MaskCategory::Count); ++c) {
        std::vector<std::uint64_t> va, vb;
        for (const MaskedToken &t : a.maskedTokens) {
            if (int(t.category) == c)
                va.push_back(t.rawHash);
        }
        for (const MaskedToken &t : b.maskedTokens) {
            if (int(t.category) == c)
                vb.push_back(t.rawHash);
        }
        std::sort(va.begin(), va.end());
        std::sort(vb.begin(), vb.end());
        if (va != vb)
            differing << tr(kNames[std::size_t(c)]);
    }
    if (differing.isEmpty())
        return tr("only formatting differs (whitespace, attribute order, link schemes)");
    if (differing.size() == 1)
        return tr("only %1 differs").arg(differing.first());
    const QString last = differing.takeLast();
    return tr("only %1 and %2 differ").arg(differing.join(QLatin1String(", ")), last);
}

} // namespace sslrec
