#include "corpusmutations.h"

#include <QRegularExpression>

namespace sslrec::corpus {

namespace {

QString utf8(const QByteArray &b) { return QString::fromUtf8(b); }

qsizetype textLength(QStringView html)
{
    qsizetype n = 0;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag && !c.isSpace())
            ++n;
    }
    return n;
}

// Images and scripts with a relative src, stylesheets with a relative href.
const QRegularExpression &assetRe()
{
    static const QRegularExpression re(
        QStringLiteral(R"re((<(?:img|script)\b[^>]*?\bsrc="|<link\b[^>]*?\bhref=")(?!https?:|//|data:|#)([^"?]+\.(?:png|gif|jpe?g|svg|js|css))")re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QByteArray withAssets(QByteArray html)
{
    HtmlEdits::insertAfterStartTag(html, "head", "<link rel=\"stylesheet\" href=\"/static/site.css\">"
                                                 "<script src=\"/static/site.js\" defer></script>");
    HtmlEdits::insertAfterStartTag(html, "body", "<div class=\"brand\"><img src=\"/static/logo.png\" alt=\"\"></div>");
    return html;
}

} // namespace

bool CorpusMutations::removeSection(QByteArray &html, Rng &rng, int minPercent, int maxPercent)
{
    static const QRegularExpression blockRe(QStringLiteral(R"re(<(p|pre|table|dl|ul)\b[^>]*>.*?</\1\s*>)re"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    QString text = utf8(html);
    struct Span
    {
        qsizetype start, length, text;
    };
    QList<Span> spans;
    qsizetype total = 0;
    for (auto it = blockRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype t = textLength(m.capturedView());
        spans.append({m.capturedStart(), m.capturedLength(), t});
        total += t;
    }
    if (spans.size() < 6 || total < 1500)
        return false;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const int first = rng.below(int(spans.size()));
        qsizetype removed = 0;
        int last = first;
        while (last < spans.size() && removed * 100 < total * minPercent)
            removed += spans[last++].text;
        if (removed * 100 < total * minPercent || removed * 100 > total * maxPercent)
            continue;
        for (int i = last - 1; i >= first; --i)
            text.remove(spans[i].start, spans[i].length);
        html = text.toUtf8();
        return true;
    }
    return false;
}

bool CorpusMutations::replaceParagraph(QByteArray &html, const QByteArray &donor, Rng &rng)
{
    static const QRegularExpression re(QStringLiteral("<p>([^<]{150,})</p>"), QRegularExpression::CaseInsensitiveOption);
    QString text = utf8(html);
    QList<QRegularExpressionMatch> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next());
    if (found.isEmpty() || donor.size() < 80)
        return false;
    const auto &m = found[rng.below(int(found.size()))];
    text.replace(m.capturedStart(1), m.capturedLength(1), utf8(donor));
    html = text.toUtf8();
    return true;
}

bool CorpusMutations::replaceMain(QByteArray &html, const QByteArray &title, const QByteArray &message)
{
    const qsizetype size = html.size();
    qsizetype removed = 0;
    for (const char *tag : {"p", "pre", "table", "dl", "ul"})
        removed += HtmlEdits::removeElements(html, tag);
    if (removed * 10 < size * 4)
        return false;
    const QByteArray old = HtmlEdits::title(html);
    if (!old.isEmpty()) {
        const qsizetype at = HtmlEdits::indexOfFolded(html, "<title");
        const qsizetype open = html.indexOf('>', at);
        const qsizetype close = HtmlEdits::indexOfFolded(html, "</title", open);
        if (open >= 0 && close > open)
            html.replace(open + 1, close - open - 1, title);
    }
    HtmlEdits::insertInMain(html, message);
    return true;
}

bool CorpusMutations::truncateAt(QByteArray &html, int percent)
{
    html.truncate(html.size() * percent / 100);
    return HtmlEdits::indexOfFolded(html, "</body") < 0;
}

QByteArray CorpusMutations::onCdn(const QByteArray &html, const QByteArray &host)
{
    QString text = utf8(withAssets(html));
    text.replace(assetRe(), QStringLiteral("\\1https://%1/assets/\\2\"").arg(utf8(host)));
    return text.toUtf8();
}

QByteArray CorpusMutations::cacheBusted(const QByteArray &html, Rng &rng)
{
    const QString text = utf8(withAssets(html));
    QString out;
    qsizetype last = 0;
    for (auto it = assetRe().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).sliced(last, m.capturedEnd(2) - last);
        out += rng.chance(50) ? QStringLiteral("?v=") + QString::fromLatin1(rng.hex(8))
                              : QStringLiteral("?ver=20%1").arg(rng.below(1000000), 6, 10, QLatin1Char('0'));
        last = m.capturedEnd(2);
    }
    out += QStringView(text).sliced(last);
    return out.toUtf8();
}

QByteArray CorpusMutations::withAdsAndAnalytics(const QByteArray &html, Rng &rng, int variant)
{
    static const char *sponsors[] = {"Acme Hosting", "Globex Cloud", "Initech Backups", "Umbrella CDN"};
    QByteArray out = html;
    const QByteArray id = rng.hex(10).toUpper();
    const QByteArray analytics = variant % 2 == 0
        ? "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-" + id + "\"></script>"
          "<script>window.dataLayer=window.dataLayer||[];gtag('config','G-" + id + "');</script>"
        : "<script>var _paq=window._paq=[];_paq.push(['trackPageView']);_paq.push(['setSiteId','" + QByteArray::number(rng.below(90) + 1)
              + "']);</script><script src=\"https://stats.example.net/matomo.js?r=" + rng.hex(12) + "\" async></script>";
    HtmlEdits::insertAfterStartTag(out, "head", analytics);
    HtmlEdits::insertAfterStartTag(out, "body", "<aside class=\"ad-slot\"><span>Advertisement</span>"
                                                "<iframe src=\"https://ads.example.net/serve?slot=top&amp;cb=" + rng.hex(16)
                                                    + "\" width=\"728\" height=\"90\"></iframe><p>Sponsored by "
                                                    + sponsors[rng.below(4)] + "</p></aside>");
    return out;
}

QByteArray CorpusMutations::withTimestamps(const QByteArray &html, Rng &rng)
{
    QByteArray out = html;
    HtmlEdits::insertInMain(out, "<p class=\"updated\">Last updated " + rng.timestamp(1) + " (" + rng.timestamp(3)
                                     + "); printed " + rng.timestamp(2) + ", cached " + QByteArray::number(1 + rng.below(59))
                                     + " minutes ago from build " + QByteArray::number(1700000000 + rng.below(90000000))
                                     + " on " + rng.timestamp(0) + ".</p>");
    return out;
}

} // namespace sslrec::corpus
