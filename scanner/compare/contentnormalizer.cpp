#include "compare/contentnormalizer.h"

#include "compare/contenthash.h"
#include "compare/htmlnormalizer.h"
#include "compare/imageinfo.h"
#include "compare/parsedhtml.h"
#include "compare/shingleset.h"
#include "compare/tokenmasker.h"
#include "tls/digest.h"

#include <string_view>

namespace sslrec {

namespace {

std::string_view view(const QByteArray &b)
{
    return {b.constData(), std::size_t(b.size())};
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
           || head.contains("<body") || head.contains("<title");
}

bool looksLikeText(const QByteArray &body)
{
    // Text has no NUL and hardly any other control characters.
    const QByteArray head = body.left(4096);
    int control = 0;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return false;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f')
            ++control;
    }
    return control * 20 <= head.size();
}

bool isTextMediaType(const QString &m)
{
    return m.startsWith(QLatin1String("text/")) || m.endsWith(QLatin1String("+json"))
           || m.endsWith(QLatin1String("+xml")) || m == QLatin1String("application/json")
           || m == QLatin1String("application/javascript") || m == QLatin1String("application/x-javascript")
           || m == QLatin1String("application/ecmascript") || m == QLatin1String("application/xml")
           || m == QLatin1String("image/svg+xml") || m == QLatin1String("application/manifest+json");
}

QByteArray sha256(const QByteArray &body)
{
    return sha256Digest(body);
}

void normalizeText(const QByteArray &body, const NormalizeOptions &options, NormalizedContent *out)
{
    std::vector<std::uint64_t> masked;
    std::vector<std::uint64_t> raw;
    std::string display;
    if (options.displayText)
        display.reserve(std::size_t(body.size()));
    MaskOutput mo;
    mo.maskedWords = &masked;
    mo.rawWords = options.rawShingles ? &raw : nullptr;
    mo.tokens = &out->maskedTokens;
    mo.display = options.displayText ? &display : nullptr;
    // Lines keep their identity (for the differ); inside a line only words
    // matter, so CRLF, indentation and runs of blanks disappear.
    const std::string_view all = view(body);
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string_view::npos)
            end = all.size();
        const std::size_t before = display.size();
        if (TokenMasker::maskText(all.substr(start, end - start), mo) > 0) {
            if (mo.display)
                display.push_back('\n');
        } else {
            display.resize(before);
        }
        start = end + 1;
    }
    out->wordCount = int(masked.size());
    out->mainWordCount = out->wordCount;
    out->textShingles = ShingleSet::build(masked);
    out->mainShingles = out->textShingles;
    if (options.rawShingles)
        out->rawShingles = ShingleSet::build(raw);
    out->hasRawShingles = options.rawShingles;
    std::uint64_t h = 0x74657874ULL;
    for (const std::uint64_t w : masked)
        h = combineHash(h, w);
    out->normalizedHash = h;
    out->text = QString::fromUtf8(display.data(), qsizetype(display.size()));
}

} // namespace

ContentKind ContentNormalizer::kindOf(const QByteArray &body, const QString &contentType, QString *mediaType)
{
    QString m = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    ContentKind kind = ContentKind::Binary;
    if (body.isEmpty()) {
        kind = ContentKind::Empty;
    } else if (m == QLatin1String("text/html") || m == QLatin1String("application/xhtml+xml")) {
        kind = ContentKind::Html;
    } else if (isTextMediaType(m)) {
        kind = ContentKind::Text;
    } else if (!ImageInfo::sniff(QByteArrayView(body).first(std::min<qsizetype>(body.size(), 64 * 1024))).type.isEmpty()) {
        kind = ContentKind::Image;
        if (!m.startsWith(QLatin1String("image/")))
            m = QStringLiteral("image/") + ImageInfo::sniff(QByteArrayView(body).first(std::min<qsizetype>(body.size(), 64))).type;
    } else if (m.isEmpty() || m == QLatin1String("application/octet-stream")) {
        if (looksLikeHtml(body)) {
            kind = ContentKind::Html;
            m = QStringLiteral("text/html");
        } else if (looksLikeText(body)) {
            kind = ContentKind::Text;
            m = QStringLiteral("text/plain");
        }
    }
    if (mediaType)
        *mediaType = m;
    return kind;
}

NormalizedContent ContentNormalizer::normalize(const QByteArray &body, const QString &contentType, const QString &host,
                                               const NormalizeOptions &options, const ParsedHtml *parsed)
{
    NormalizedContent out;
    out.kind = kindOf(body, contentType, &out.mimeType);
    out.byteSize = body.size();
    // HTML and text are told apart by their normal forms, and byte-identical
    // bodies never get here (Comparator::compare checks the bytes first):
    // hashing them would cost as much as a third of the parse.
    if (out.kind != ContentKind::Html && out.kind != ContentKind::Text)
        out.sha256 = sha256(body);
    switch (out.kind) {
    case ContentKind::Empty:
        out.normalizedHash = 0;
        out.hasRawShingles = true;
        break;
    case ContentKind::Html: {
        const QByteArray hostUtf8 = host.toUtf8();
        if (parsed && parsed->original().data() == body.constData() && parsed->original().size() == std::size_t(body.size()))
            HtmlNormalizer::normalize(*parsed, view(hostUtf8), options, &out);
        else
            HtmlNormalizer::normalize(view(body), view(hostUtf8), options, &out);
        break;
    }
    case ContentKind::Text:
        normalizeText(body, options, &out);
        break;
    case ContentKind::Image: {
        const ImageInfo info = ImageInfo::sniff(QByteArrayView(body).first(std::min<qsizetype>(body.size(), 64 * 1024)));
        out.imageType = info.type;
        out.imageWidth = info.width;
        out.imageHeight = info.height;
        out.normalizedHash = mixHash(fnv(view(out.sha256)));
        out.hasRawShingles = true;
        break;
    }
    case ContentKind::Binary:
        out.normalizedHash = mixHash(fnv(view(out.sha256)));
        out.hasRawShingles = true;
        break;
    }
    return out;
}

} // namespace sslrec
