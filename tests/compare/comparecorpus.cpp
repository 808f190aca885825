#include "comparecorpus.h"

#include "corpusmutations.h"
#include "htmledits.h"
#include "stockpages.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <functional>

namespace sslrec::corpus {

namespace {

const QByteArray kHost = "docs.example.test";

enum Noise : unsigned {
    Timestamp = 1, RequestId = 2, Csrf = 4, Nonce = 8, Rotating = 16, Counter = 32, CacheBuster = 64,
    SchemeLinks = 128, Whitespace = 256, AttrOrder = 512, TipInMain = 1024,
};
constexpr unsigned kSiteNoise[] = {Timestamp, RequestId, Csrf, Nonce, CacheBuster, Counter};
constexpr unsigned kAllNoise[] = {Timestamp, RequestId, Csrf, Nonce, Rotating, Counter, CacheBuster,
                                  SchemeLinks, Whitespace, AttrOrder};

enum class Side { Http, Https };

struct DocSet
{
    QString name;
    QStringList files;
};

struct Page
{
    int set = -1;
    QString file;
    QByteArray html;
    QByteArray path; // "/pg/sql-select.html"
};

class Builder
{
public:
    explicit Builder(quint64 seed) : m_rng(seed) {}
    bool loadSets(QString *problem);
    void buildAll();
    QList<CorpusPair> pairs;

private:
    QByteArray read(const QString &file);
    Page pick(int set = -1, const std::function<bool(const Page &)> &accept = {});
    QByteArray render(const Page &page, QByteArray html, unsigned noise, Side side, Rng &rng);
    unsigned randomSiteNoise();
    void add(const QString &kind, bool same, const Page &page, const QByteArray &httpBody, const QByteArray &httpsBody,
             const QByteArray &refetchBody, int httpStatus = 200, int httpsStatus = 200,
             const QString &httpsType = QStringLiteral("text/html; charset=utf-8"));
    void noisePair(const QString &kind, unsigned noise, int count, int minBytes = 3000);
    void replacedPair(const QString &kind, int count, const std::function<QByteArray(const Page &, Rng &)> &https,
                      int httpsStatus = 200, const QString &type = QStringLiteral("text/html; charset=utf-8"));
    void derivedPair(const QString &kind, int count, const std::function<bool(QByteArray &, Rng &)> &mutate);
    void samePair(const QString &kind, int count, const std::function<QByteArray(const QByteArray &, Rng &, Side)> &mutate);
    void hardDifferent();
    void hardSame();
    void redirectPairs();
    void textPairs();
    void imagePairs();

    Rng m_rng;
    QList<DocSet> m_sets;
    QHash<QString, QByteArray> m_cache;
    int m_serial = 0;
};

bool Builder::loadSets(QString *problem)
{
    const QList<QPair<QString, QString>> dirs = {
        {QStringLiteral("pg"), QStringLiteral("/usr/share/doc/postgresql-doc-15/html")},
        {QStringLiteral("git"), QStringLiteral("/usr/share/doc/git-doc")},
        {QStringLiteral("sqlite"), QStringLiteral("/usr/share/doc/sqlite3")},
        {QStringLiteral("debref"), QStringLiteral("/usr/share/debian-reference")},
    };
    for (const auto &[name, dir] : dirs) {
        DocSet set{name, {}};
        const QFileInfoList infos = QDir(dir).entryInfoList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
        for (const QFileInfo &fi : infos) {
            if (fi.size() >= 3000 && fi.size() <= 2 * 1024 * 1024)
                set.files << fi.absoluteFilePath();
        }
        if (set.files.size() >= 8)
            m_sets << set;
    }
    if (m_sets.size() < 2) {
        if (problem)
            *problem = QStringLiteral("too few documentation HTML pages installed; install postgresql-doc-15, "
                                      "git-doc, sqlite3-doc and debian-reference-en (packaging/install-deps.sh)");
        return false;
    }
    return true;
}

QByteArray Builder::read(const QString &file)
{
    auto it = m_cache.find(file);
    if (it == m_cache.end()) {
        QFile f(file);
        it = m_cache.insert(file, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    return *it;
}

Page Builder::pick(int set, const std::function<bool(const Page &)> &accept)
{
    Page page;
    for (int attempt = 0; attempt < 200; ++attempt) {
        page.set = set >= 0 ? set : m_rng.below(int(m_sets.size()));
        const DocSet &s = m_sets[page.set];
        page.file = s.files[m_rng.below(int(s.files.size()))];
        page.html = read(page.file);
        page.path = "/" + s.name.toUtf8() + "/" + QFileInfo(page.file).fileName().toUtf8();
        if (!accept || accept(page))
            return page;
    }
    return page;
}

unsigned Builder::randomSiteNoise()
{
    unsigned noise = 0;
    for (const unsigned n : kSiteNoise) {
        if (m_rng.chance(40))
            noise |= n;
    }
    return noise;
}

QByteArray Builder::render(const Page &page, QByteArray html, unsigned noise, Side side, Rng &rng)
{
    const QByteArray dir = "/" + m_sets[page.set].name.toUtf8() + "/";
    if (noise & SchemeLinks) {
        const QByteArray scheme = side == Side::Http ? "http:" : (rng.chance(50) ? "https:" : "");
        html = HtmlEdits::absolutizeLinks(html, scheme + "//" + kHost + dir);
    }
    if (noise & CacheBuster)
        HtmlEdits::insertAfterStartTag(html, "head", "<link rel=\"stylesheet\" href=\"/static/site.css?v=" + rng.hex(8)
                                                         + "\"><script src=\"/static/app.js?v=" + rng.hex(10) + "\" defer></script>");
    if (noise & Csrf) {
        const QByteArray token = rng.base64ish(40);
        HtmlEdits::insertAfterStartTag(html, "head", "<meta name=\"csrf-token\" content=\"" + token + "\">");
        HtmlEdits::insertAfterStartTag(html, "body", "<form class=\"search\" action=\"/search\" method=\"post\">"
                                                     "<input type=\"hidden\" name=\"csrf_token\" value=\"" + token + "\">"
                                                     "<input type=\"text\" name=\"q\"><input type=\"submit\" value=\"Search\"></form>");
    }
    if (noise & Nonce) {
        const QByteArray nonce = rng.base64ish(22);
        HtmlEdits::insertAfterStartTag(html, "head", "<script nonce=\"" + nonce + "\">window.__cfg={\"t\":\"" + rng.base64ish(32) + "\"};</script>");
        HtmlEdits::insertBeforeBodyEnd(html, "<script nonce=\"" + nonce + "\">track(\"" + rng.hex(16) + "\");</script>");
    }
    if (noise & Rotating) {
        QByteArray block = "<aside class=\"related\"><h3>Related pages</h3><ul>";
        const DocSet &s = m_sets[page.set];
        for (int i = 0; i < 5; ++i) {
            const QString other = s.files[rng.below(int(s.files.size()))];
            block += "<li><a href=\"" + dir + QFileInfo(other).fileName().toUtf8() + "\">" + HtmlEdits::title(read(other)) + "</a></li>";
        }
        block += "</ul></aside>";
        HtmlEdits::insertAfterStartTag(html, "body", block);
    }
    if (noise & TipInMain) {
        const Page donor = pick(page.set, [](const Page &p) { return !HtmlEdits::plainParagraphs(p.html).isEmpty(); });
        const QList<QByteArray> paragraphs = HtmlEdits::plainParagraphs(donor.html);
        const QByteArray tip = paragraphs.isEmpty() ? rng.hex(12) : paragraphs[rng.below(int(paragraphs.size()))];
        HtmlEdits::insertInMain(html, "<div class=\"tip\"><p>Did you know? " + tip + "</p></div>");
    }
    if (noise & Counter)
        HtmlEdits::insertBeforeBodyEnd(html, "<p class=\"stats\">This page has been viewed " + QByteArray::number(1000 + rng.below(90000))
                                                 + " times; " + QByteArray::number(rng.below(500)) + " readers found it helpful.</p>");
    if (noise & RequestId)
        HtmlEdits::insertBeforeBodyEnd(html, "<!-- served by node-" + rng.hex(8) + " in " + QByteArray::number(rng.below(900))
                                                 + " ms --><div class=\"reqid\">Request ID: " + rng.uuid() + "</div>");
    if (noise & Timestamp)
        HtmlEdits::insertBeforeBodyEnd(html, "<div class=\"generated\">Page generated " + rng.timestamp(int(qHash(page.path) % 4)) + "</div>");
    if (side == Side::Https && (noise & Whitespace))
        html = HtmlEdits::reflowWhitespace(html);
    if (side == Side::Https && (noise & AttrOrder))
        html = HtmlEdits::reverseAttributes(html);
    return html;
}

void Builder::add(const QString &kind, bool same, const Page &page, const QByteArray &httpBody, const QByteArray &httpsBody,
                  const QByteArray &refetchBody, int httpStatus, int httpsStatus, const QString &httpsType)
{
    CorpusPair p;
    p.kind = kind;
    p.expectSame = same;
    p.id = QStringLiteral("%1%2:%3#%4").arg(m_sets[page.set].name, QString::fromUtf8(page.path.mid(page.path.lastIndexOf('/'))),
                                            kind).arg(++m_serial);
    const QString path = QString::fromUtf8(page.path);
    p.http.url = QUrl(QStringLiteral("http://") + QString::fromUtf8(kHost) + path);
    p.https.url = QUrl(QStringLiteral("https://") + QString::fromUtf8(kHost) + path);
    p.http.status = httpStatus;
    p.https.status = httpsStatus;
    p.http.contentType = QStringLiteral("text/html; charset=utf-8");
    p.https.contentType = httpsType;
    p.http.body = httpBody;
    p.https.body = httpsBody;
    p.httpRefetch = p.http;
    p.httpRefetch.body = refetchBody;
    pairs.append(p);
}

void Builder::noisePair(const QString &kind, unsigned noise, int count, int minBytes)
{
    for (int i = 0; i < count; ++i) {
        const Page page = pick(-1, [&](const Page &p) { return p.html.size() >= minBytes; });
        add(kind, true, page, render(page, page.html, noise, Side::Http, m_rng),
            render(page, page.html, noise, Side::Https, m_rng), render(page, page.html, noise, Side::Http, m_rng));
    }
}

void Builder::replacedPair(const QString &kind, int count, const std::function<QByteArray(const Page &, Rng &)> &https,
                           int httpsStatus, const QString &type)
{
    for (int i = 0; i < count; ++i) {
        const Page page = pick();
        const unsigned noise = randomSiteNoise();
        const int status = httpsStatus != 0 ? httpsStatus : (i % 4 == 0 ? 500 : i % 4 == 1 ? 502 : i % 4 == 2 ? 503 : 504);
        add(kind, false, page, render(page, page.html, noise, Side::Http, m_rng), https(page, m_rng),
            render(page, page.html, noise, Side::Http, m_rng), 200, status, type);
    }
}

void Builder::derivedPair(const QString &kind, int count, const std::function<bool(QByteArray &, Rng &)> &mutate)
{
    for (int i = 0; i < count; ++i) {
        QByteArray changed;
        bool accepted = false;
        const Page page = pick(-1, [&](const Page &p) {
            changed = p.html;
            accepted = mutate(changed, m_rng);
            return accepted;
        });
        if (!accepted)
            continue;
        const unsigned noise = randomSiteNoise();
        add(kind, false, page, render(page, page.html, noise, Side::Http, m_rng), render(page, changed, noise, Side::Https, m_rng),
            render(page, page.html, noise, Side::Http, m_rng));
    }
}

// The page as each side serves it after a per-fetch edit, plus site noise.
void Builder::samePair(const QString &kind, int count, const std::function<QByteArray(const QByteArray &, Rng &, Side)> &mutate)
{
    for (int i = 0; i < count; ++i) {
        const Page page = pick(-1, [](const Page &p) { return p.html.size() >= 3000; });
        const unsigned noise = randomSiteNoise();
        add(kind, true, page, render(page, mutate(page.html, m_rng, Side::Http), noise, Side::Http, m_rng),
            render(page, mutate(page.html, m_rng, Side::Https), noise, Side::Https, m_rng),
            render(page, mutate(page.html, m_rng, Side::Http), noise, Side::Http, m_rng));
    }
}

void Builder::hardDifferent()
{
    derivedPair(QStringLiteral("section-removed"), 20, [](QByteArray &html, Rng &rng) {
        return CorpusMutations::removeSection(html, rng, 10, 20);
    });
    for (int i = 0; i < 20; ++i) {
        QByteArray changed;
        const Page page = pick(-1, [&](const Page &p) {
            const Page donor = pick(p.set, [&](const Page &d) { return d.file != p.file && !HtmlEdits::plainParagraphs(d.html).isEmpty(); });
            const QList<QByteArray> paragraphs = HtmlEdits::plainParagraphs(donor.html);
            changed = p.html;
            return !paragraphs.isEmpty() && donor.file != p.file
                   && CorpusMutations::replaceParagraph(changed, paragraphs[m_rng.below(int(paragraphs.size()))], m_rng);
        });
        const unsigned noise = randomSiteNoise();
        add(QStringLiteral("paragraph-replaced"), false, page, render(page, page.html, noise, Side::Http, m_rng),
            render(page, changed, noise, Side::Https, m_rng), render(page, page.html, noise, Side::Http, m_rng));
    }
    // Reference pages of one manual share their headings (Synopsis,
    // Description, Parameters, Examples, See Also) and their template.
    for (int set = 0; set < int(m_sets.size()); ++set) {
        const QString prefix = m_sets[set].name == QLatin1String("pg") ? QStringLiteral("sql-")
                               : m_sets[set].name == QLatin1String("git") ? QStringLiteral("git-") : QString();
        if (prefix.isEmpty())
            continue;
        const auto reference = [&](const Page &p) { return QFileInfo(p.file).fileName().startsWith(prefix); };
        for (int i = 0; i < 8; ++i) {
            const Page page = pick(set, reference);
            const Page other = pick(set, [&](const Page &p) { return reference(p) && p.file != page.file; });
            const unsigned noise = randomSiteNoise();
            add(QStringLiteral("shared-headings"), false, page, render(page, page.html, noise, Side::Http, m_rng),
                render(page, other.html, noise, Side::Https, m_rng), render(page, page.html, noise, Side::Http, m_rng));
        }
    }
    derivedPair(QStringLiteral("soft-404"), 12, [](QByteArray &html, Rng &) {
        return CorpusMutations::replaceMain(html, "Page not found",
                                            "<h1>Page not found</h1><p>The page you requested could not be found. "
                                            "It may have been moved or deleted.</p>");
    });
    derivedPair(QStringLiteral("login-wall"), 12, [](QByteArray &html, Rng &rng) {
        return CorpusMutations::replaceMain(html, "Sign in",
                                            "<h1>Sign in</h1><p>You need to sign in to read this page.</p>"
                                            "<form action=\"/login\" method=\"post\"><input type=\"hidden\" name=\"csrf_token\" value=\""
                                                + rng.base64ish(40) + "\"><input name=\"user\"><input type=\"password\" name=\"password\">"
                                                "<input type=\"submit\" value=\"Sign in\"></form>");
    });
    derivedPair(QStringLiteral("truncated-50"), 10, [](QByteArray &html, Rng &) { return CorpusMutations::truncateAt(html, 50); });
    derivedPair(QStringLiteral("truncated-90"), 10, [](QByteArray &html, Rng &) { return CorpusMutations::truncateAt(html, 90); });
}

void Builder::hardSame()
{
    samePair(QStringLiteral("cdn-swap"), 15, [](const QByteArray &html, Rng &rng, Side) {
        return CorpusMutations::onCdn(html, rng.chance(50) ? "cdn-eu.example.net" : "cdn-us.example.net");
    });
    samePair(QStringLiteral("asset-cache-buster"), 15, [](const QByteArray &html, Rng &rng, Side) {
        return CorpusMutations::cacheBusted(html, rng);
    });
    samePair(QStringLiteral("ads-analytics"), 15, [](const QByteArray &html, Rng &rng, Side) {
        return CorpusMutations::withAdsAndAnalytics(html, rng, rng.below(2));
    });
    samePair(QStringLiteral("timestamp-formats"), 15, [](const QByteArray &html, Rng &rng, Side) {
        return CorpusMutations::withTimestamps(html, rng);
    });
}

void Builder::redirectPairs()
{
    for (int i = 0; i < 8; ++i) {
        const Page page = pick();
        const QByteArray body = StockPages::nginxError(301).replace("301 Error", "301 Moved Permanently");
        add(QStringLiteral("redirect-to-https"), true, page, body, render(page, page.html, randomSiteNoise(), Side::Https, m_rng), body, 301, 200);
        CorpusPair &p = pairs.last();
        p.http.location = p.https.url;
        p.httpRefetch.location = p.https.url;
    }
    for (int i = 0; i < 6; ++i) {
        const Page page = pick();
        const QByteArray body = StockPages::nginxError(302).replace("302 Error", "302 Found");
        add(QStringLiteral("same-redirect"), true, page, body, body, body, 302, 302);
        CorpusPair &p = pairs.last();
        p.http.location = QUrl(QStringLiteral("http://%1/login?next=%2").arg(QString::fromUtf8(kHost), QString::fromUtf8(page.path)));
        p.https.location = QUrl(QStringLiteral("https://%1/login?next=%2").arg(QString::fromUtf8(kHost), QString::fromUtf8(page.path)));
        p.httpRefetch.location = p.http.location;
    }
    for (int i = 0; i < 8; ++i) {
        const Page page = pick();
        const QByteArray body = StockPages::nginxError(302).replace("302 Error", "302 Found");
        const unsigned noise = randomSiteNoise();
        add(QStringLiteral("https-redirect"), false, page, render(page, page.html, noise, Side::Http, m_rng), body,
            render(page, page.html, noise, Side::Http, m_rng), 200, 302);
        pairs.last().https.location = QUrl(QStringLiteral("https://%1/").arg(QString::fromUtf8(kHost)));
    }
}

void Builder::textPairs()
{
    const auto json = [&](const Page &page, int items, Rng &rng, int offset) {
        QByteArray out = "{\n  \"generated_at\": \"" + rng.timestamp(offset) + "\",\n  \"request_id\": \"" + rng.uuid()
                         + "\",\n  \"items\": [\n";
        const DocSet &s = m_sets[page.set];
        for (int i = 0; i < items; ++i) {
            const QString f = s.files[(offset + i * 7) % s.files.size()];
            out += "    {\"title\": \"" + HtmlEdits::title(read(f)).replace('"', '\'') + "\", \"url\": \"/"
                   + s.name.toUtf8() + "/" + QFileInfo(f).fileName().toUtf8() + "\"}" + (i + 1 < items ? ",\n" : "\n");
        }
        return out + "  ]\n}\n";
    };
    const QString jsonType = QStringLiteral("application/json");
    for (int i = 0; i < 8; ++i) {
        const Page page = pick();
        const int offset = m_rng.below(1000);
        add(QStringLiteral("json-noise"), true, page, json(page, 10, m_rng, offset), json(page, 10, m_rng, offset),
            json(page, 10, m_rng, offset), 200, 200, jsonType);
        pairs.last().http.contentType = pairs.last().httpRefetch.contentType = jsonType;
    }
    for (int i = 0; i < 8; ++i) {
        const Page page = pick();
        const int offset = m_rng.below(1000);
        add(QStringLiteral("json-differs"), false, page, json(page, 10, m_rng, offset), json(page, 10, m_rng, offset + 3),
            json(page, 10, m_rng, offset), 200, 200, jsonType);
        pairs.last().http.contentType = pairs.last().httpRefetch.contentType = jsonType;
    }
    QList<QByteArray> sheets;
    for (const char *path : {"/usr/share/doc/postgresql-doc-15/html/stylesheet.css", "/usr/share/debian-reference/debian-reference.css"}) {
        const QByteArray css = read(QString::fromLatin1(path));
        if (!css.isEmpty())
            sheets << css;
    }
    const QString cssType = QStringLiteral("text/css");
    const auto stamp = [](const QByteArray &css, Rng &rng) {
        return "/* built " + rng.timestamp(1) + ", revision " + rng.hex(12) + " */\n" + css;
    };
    for (int i = 0; i < 4 && !sheets.isEmpty(); ++i) {
        const QByteArray css = sheets[i % sheets.size()];
        add(QStringLiteral("css-noise"), true, pick(), stamp(css, m_rng), stamp(css, m_rng), stamp(css, m_rng), 200, 200, cssType);
        pairs.last().http.contentType = pairs.last().httpRefetch.contentType = cssType;
    }
    for (int i = 0; i < 2 && sheets.size() >= 2; ++i) {
        add(QStringLiteral("css-differs"), false, pick(), stamp(sheets[i], m_rng), stamp(sheets[1 - i], m_rng),
            stamp(sheets[i], m_rng), 200, 200, cssType);
        pairs.last().http.contentType = pairs.last().httpRefetch.contentType = cssType;
    }
}

void Builder::imagePairs()
{
    const QFileInfoList icons = QDir(QStringLiteral("/usr/share/debian-reference/images"))
                                    .entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    if (icons.size() < 2)
        return;
    const QString type = QStringLiteral("image/png");
    for (int i = 0; i < 4; ++i) {
        const QByteArray a = read(icons[i % icons.size()].absoluteFilePath());
        const QByteArray b = read(icons[(i + 1) % icons.size()].absoluteFilePath());
        add(QStringLiteral("image-identical"), true, pick(), a, a, a, 200, 200, type);
        pairs.last().http.contentType = pairs.last().httpRefetch.contentType = type;
        add(QStringLiteral("image-differs"), false, pick(), a, b, a, 200, 200, type);
        pairs.last().http.contentType = pairs.last().httpRefetch.contentType = type;
    }
}

void Builder::buildAll()
{
    // --- must stay "same": the page's own noise ---
    for (int i = 0; i < 8; ++i) {
        const Page page = pick();
        const QByteArray body = render(page, page.html, randomSiteNoise(), Side::Http, m_rng);
        add(QStringLiteral("identical"), true, page, body, body, body);
    }
    const QList<QPair<QString, unsigned>> single = {
        {QStringLiteral("timestamp"), Timestamp}, {QStringLiteral("request-id"), RequestId},
        {QStringLiteral("csrf"), Csrf}, {QStringLiteral("nonce"), Nonce},
        {QStringLiteral("rotating-block"), Rotating}, {QStringLiteral("scheme-links"), SchemeLinks},
        {QStringLiteral("whitespace"), Whitespace}, {QStringLiteral("attribute-order"), AttrOrder},
        {QStringLiteral("counter"), Counter}, {QStringLiteral("cache-buster"), CacheBuster},
    };
    for (const auto &[kind, noise] : single)
        noisePair(kind, noise, 20);
    for (int i = 0; i < 30; ++i) {
        unsigned noise = 0;
        while (__builtin_popcount(noise) < 3)
            noise |= kAllNoise[m_rng.below(int(std::size(kAllNoise)))];
        noisePair(QStringLiteral("combo"), noise, 1);
    }
    noisePair(QStringLiteral("tip-in-main"), TipInMain | Timestamp, 20, 8000);
    for (int i = 0; i < 6; ++i) {
        const Page page = pick();
        QByteArray missing = page.html;
        HtmlEdits::removeElements(missing, "p");
        HtmlEdits::removeElements(missing, "pre");
        HtmlEdits::insertAfterStartTag(missing, "body", "<h1>Page not found</h1><p>Sorry, the page you are looking for does not exist.</p>");
        const unsigned noise = Timestamp | RequestId;
        add(QStringLiteral("error-both"), true, page, render(page, missing, noise, Side::Http, m_rng),
            render(page, missing, noise, Side::Https, m_rng), render(page, missing, noise, Side::Http, m_rng), 404, 404);
    }
    redirectPairs();

    // --- must be "different": HTTPS serves something else ---
    replacedPair(QStringLiteral("nginx-default"), 12, [](const Page &, Rng &) { return StockPages::nginxWelcome(); });
    replacedPair(QStringLiteral("apache-default"), 12, [](const Page &, Rng &) { return StockPages::apacheDebianDefault(); });
    replacedPair(QStringLiteral("iis-default"), 8, [](const Page &, Rng &) { return StockPages::iisWelcome(); });
    replacedPair(QStringLiteral("parked"), 15, [](const Page &, Rng &rng) {
        return StockPages::parked(rng.below(3), QString::fromUtf8(kHost));
    });
    replacedPair(QStringLiteral("error-5xx"), 15, [](const Page &, Rng &rng) {
        static const int codes[] = {500, 502, 503, 504};
        return StockPages::nginxError(codes[rng.below(4)]);
    }, 0);
    replacedPair(QStringLiteral("soft-error-stock"), 10, [](const Page &, Rng &rng) {
        static const int codes[] = {404, 502, 503, 500};
        return StockPages::nginxError(codes[rng.below(4)]);
    });
    replacedPair(QStringLiteral("not-found"), 10, [](const Page &, Rng &) { return StockPages::nginxError(404); }, 404);
    replacedPair(QStringLiteral("content-type"), 5, [](const Page &p, Rng &) { return p.html; }, 200, QStringLiteral("text/plain"));
    replacedPair(QStringLiteral("content-type"), 5, [](const Page &, Rng &) { return QByteArray("{\"error\":\"not_found\"}\n"); },
                 200, QStringLiteral("application/json"));
    replacedPair(QStringLiteral("empty"), 6, [](const Page &, Rng &) { return QByteArray(); });

    for (int i = 0; i < 40; ++i) {
        const Page page = pick();
        const QByteArray title = HtmlEdits::title(page.html);
        const Page other = pick(page.set, [&](const Page &p) { return p.file != page.file && HtmlEdits::title(p.html) != title; });
        const unsigned noise = randomSiteNoise();
        add(QStringLiteral("other-article"), false, page, render(page, page.html, noise, Side::Http, m_rng),
            render(page, other.html, noise, Side::Https, m_rng), render(page, page.html, noise, Side::Http, m_rng));
    }
    for (int i = 0; i < 15; ++i) {
        const Page page = pick();
        const Page other = pick((page.set + 1 + m_rng.below(int(m_sets.size()) - 1)) % int(m_sets.size()));
        add(QStringLiteral("other-site"), false, page, page.html, other.html, page.html);
    }
    derivedPair(QStringLiteral("truncated"), 25, [](QByteArray &html, Rng &rng) {
        html.truncate(html.size() * (30 + rng.below(61)) / 100);
        return HtmlEdits::indexOfFolded(html, "</body") < 0;
    });
    derivedPair(QStringLiteral("main-removed"), 25, [](QByteArray &html, Rng &) {
        const qsizetype size = html.size();
        qsizetype removed = 0;
        for (const char *tag : {"p", "pre", "table", "dl", "blockquote"})
            removed += HtmlEdits::removeElements(html, tag);
        return removed * 10 >= size * 4;
    });
    derivedPair(QStringLiteral("half-removed"), 20, [](QByteArray &html, Rng &) {
        const qsizetype size = html.size();
        return HtmlEdits::removeSecondHalfOfParagraphs(html) * 10 >= size * 2;
    });
    derivedPair(QStringLiteral("soft-error-template"), 15, [](QByteArray &html, Rng &) {
        const qsizetype size = html.size();
        qsizetype removed = 0;
        for (const char *tag : {"p", "pre", "table", "dl"})
            removed += HtmlEdits::removeElements(html, tag);
        HtmlEdits::insertInMain(html, "<p>Sorry, the page you are looking for could not be found. "
                                      "Try the search box above or go back to the home page.</p>");
        return removed * 10 >= size * 4;
    });
    textPairs();
    imagePairs();
    hardDifferent();
    hardSame();
}

} // namespace

QStringList CompareCorpus::sourceDirectories()
{
    return {QStringLiteral("/usr/share/doc/postgresql-doc-15/html"), QStringLiteral("/usr/share/doc/git-doc"),
            QStringLiteral("/usr/share/doc/sqlite3"), QStringLiteral("/usr/share/debian-reference"),
            QStringLiteral("/usr/share/nginx/html")};
}

QList<CorpusPair> CompareCorpus::build(quint64 seed, QString *problem)
{
    Builder builder(seed);
    if (!builder.loadSets(problem))
        return {};
    builder.buildAll();
    return builder.pairs;
}

} // namespace sslrec::corpus
