#include "crawl/sitemapparser.h"

#include <QUrl>
#include <QXmlStreamReader>

#include <zlib.h>

namespace sslrec {

namespace {

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Adds one <loc> or text line; returns false when the URL cap is reached.
bool addLocation(SitemapContent &out, QSet<QString> &seen, const QString &text, bool child, int maxUrls)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!isHttpUrl(url)) {
        ++out.skipped;
        return true;
    }
    if (out.urls.size() + out.sitemaps.size() >= maxUrls) {
        out.capHit = true;
        return false;
    }
    const QString key = url.toString(QUrl::FullyEncoded);
    if (seen.contains(key))
        return true;
    seen.insert(key);
    (child ? out.sitemaps : out.urls).append(key);
    return true;
}

Result<SitemapContent> parseText(const QByteArray &data, SitemapContent out, const SitemapLimits &limits)
{
    out.kind = SitemapContent::Kind::Text;
    QSet<QString> seen;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        // A line cut by the byte cap is not a URL the site listed.
        if (end == data.size() && out.capHit)
            break;
        if (!addLocation(out, seen, QString::fromUtf8(line), false, limits.maxUrls))
            break;
    }
    return out;
}

Result<SitemapContent> parseXml(const QByteArray &data, SitemapContent out, const SitemapLimits &limits)
{
    QXmlStreamReader xml(data);
    xml.setNamespaceProcessing(true);
    xml.setEntityResolver(nullptr);
    QSet<QString> seen;
    bool rootSeen = false;
    bool inEntry = false; // inside <url> or <sitemap>
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return Result<SitemapContent>::failure(QStringLiteral("sitemap.dtd"),
                QStringLiteral("The sitemap declares a document type (DTD), which sitemaps never need: it was not read, for safety."));
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!rootSeen) {
                rootSeen = true;
                if (name == u"urlset")
                    out.kind = SitemapContent::Kind::UrlSet;
                else if (name == u"sitemapindex")
                    out.kind = SitemapContent::Kind::SitemapIndex;
                else
                    return Result<SitemapContent>::failure(QStringLiteral("sitemap.format"),
                        QStringLiteral("The document's root element is <%1>, not <urlset> or <sitemapindex>: it is not a sitemap.").arg(name.left(64)));
                continue;
            }
            if (name == u"url" || name == u"sitemap") {
                inEntry = true;
            } else if (name == u"loc" && inEntry) {
                const QString loc = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (xml.hasError())
                    break;
                const bool child = out.kind == SitemapContent::Kind::SitemapIndex;
                if (!addLocation(out, seen, loc, child, limits.maxUrls))
                    return out;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"url" || xml.name() == u"sitemap")
                inEntry = false;
        }
    }
    if (xml.hasError()) {
        const bool truncatedByUs = out.capHit && xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        if (out.urls.isEmpty() && out.sitemaps.isEmpty() && !truncatedByUs) {
            return Result<SitemapContent>::failure(QStringLiteral("sitemap.malformed"),
                QStringLiteral("The sitemap is not well-formed XML (line %1: %2).").arg(xml.lineNumber()).arg(xml.errorString()));
        }
        if (!truncatedByUs)
            out.warning = QStringLiteral("The sitemap's XML breaks at line %1 (%2); the entries before it were used.").arg(xml.lineNumber()).arg(xml.errorString());
    } else if (!rootSeen) {
        return Result<SitemapContent>::failure(QStringLiteral("sitemap.format"), QStringLiteral("The sitemap is empty."));
    }
    return out;
}

} // namespace

Result<QByteArray> gunzipCapped(const QByteArray &data, qsizetype maxBytes, bool *capHit)
{
    if (capHit)
        *capHit = false;
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return Result<QByteArray>::failure(QStringLiteral("sitemap.gzip"), QStringLiteral("zlib could not be initialised."));
    QByteArray out;
    constexpr qsizetype kChunk = 64 * 1024;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    int status = Z_OK;
    while (true) {
        const qsizetype room = std::min<qsizetype>(kChunk, maxBytes - out.size());
        if (room <= 0) {
            if (capHit)
                *capHit = true;
            break;
        }
        const qsizetype before = out.size();
        out.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = static_cast<uInt>(room);
        status = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + room - static_cast<qsizetype>(stream.avail_out));
        if (status == Z_STREAM_END) {
            // Concatenated gzip members are one file (gzip -c a b).
            if (stream.avail_in > 0 && stream.next_in[0] == 0x1f) {
                inflateReset(&stream);
                continue;
            }
            break;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            inflateEnd(&stream);
            return Result<QByteArray>::failure(QStringLiteral("sitemap.gzip"), QStringLiteral("The gzip-compressed sitemap is corrupt (%1).").arg(QString::fromLatin1(stream.msg ? stream.msg : "unknown error")));
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            inflateEnd(&stream);
            return Result<QByteArray>::failure(QStringLiteral("sitemap.gzip"), QStringLiteral("The gzip-compressed sitemap ends early: it was cut off in transfer."));
        }
    }
    inflateEnd(&stream);
    return out;
}

Result<SitemapContent> parseSitemap(const QByteArray &data, const SitemapLimits &limits)
{
    SitemapContent out;
    QByteArray text;
    if (data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f && static_cast<unsigned char>(data[1]) == 0x8b) {
        out.compressed = true;
        bool cut = false;
        Result<QByteArray> inflated = gunzipCapped(data, limits.maxBytes, &cut);
        if (!inflated.ok())
            return inflated.error();
        text = std::move(inflated).value();
        out.capHit = cut;
    } else if (data.size() > limits.maxBytes) {
        text = data.left(limits.maxBytes);
        out.capHit = true;
    } else {
        text = data;
    }
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    qsizetype first = 0;
    while (first < text.size() && QChar::isSpace(static_cast<unsigned char>(text[first])))
        ++first;
    if (first == text.size())
        return Result<SitemapContent>::failure(QStringLiteral("sitemap.format"), QStringLiteral("The sitemap is empty."));
    if (text[first] != '<')
        return parseText(text, out, limits);
    return parseXml(text, out, limits);
}

SitemapVisitTracker::SitemapVisitTracker(int maxSitemaps) : m_max(maxSitemaps) {}

bool SitemapVisitTracker::tryVisit(const QString &url)
{
    // QUrl lower-cases scheme and host itself.
    const QString key = QUrl(url.trimmed()).adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    const QMutexLocker lock(&m_mutex);
    if (m_seen.contains(key))
        return false;
    if (m_seen.size() >= m_max) {
        m_exhausted = true;
        return false;
    }
    m_seen.insert(key);
    return true;
}

int SitemapVisitTracker::visitedCount() const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_seen.size());
}

bool SitemapVisitTracker::budgetExhausted() const
{
    const QMutexLocker lock(&m_mutex);
    return m_exhausted;
}

} // namespace sslrec
