#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace sslrec {

/// What a body is, as far as comparison cares.
enum class ContentKind {
    Empty,  ///< no bytes at all
    Html,   ///< parsed with gumbo: text, skeleton, main content
    Text,   ///< CSS, JS, JSON, XML, plain text: normalised lines
    Image,  ///< PNG, JPEG, GIF, WebP, ... compared by hash, then type + size
    Binary, ///< anything else: exact hash only
};

/// Kinds of volatile tokens the normaliser masks, so a comparison can say
/// which of them was the only difference.
enum class MaskCategory : std::uint8_t {
    Number,    ///< digit runs inside words ("1234", "v15" -> "v#")
    DateTime,  ///< dates, times, month and weekday names, time zones
    Hex,       ///< hexadecimal ids and hashes
    Token,     ///< long base64-ish random strings
    Uuid,      ///< 8-4-4-4-12 UUIDs
    Csrf,      ///< CSRF token values (form fields, meta csrf-token)
    Nonce,     ///< nonce= attribute values
    Count      ///< number of categories (not a category)
};

/// One masked token: which category and a hash of its original bytes.
struct MaskedToken
{
    MaskCategory category; ///< what the token looked like
    std::uint64_t rawHash; ///< FNV-1a of the original text
};

/// A known default, placeholder or error page (see placeholderdetector.h).
enum class PlaceholderKind {
    None,          ///< a real page, as far as we can tell
    NginxDefault,  ///< "Welcome to nginx!"
    ApacheDefault, ///< Apache2 Debian/Ubuntu default page, "It works!", test pages
    IisDefault,    ///< IIS welcome page
    OtherDefault,  ///< other server or hosting-panel default pages
    ParkedDomain,  ///< parked / for-sale domain page
    ErrorPage,     ///< a stock error page ("502 Bad Gateway", "404 Not Found")
};

/// A body reduced to what matters for comparison; computed once per fetched
/// body (possibly on a worker thread) and reused for every comparison.
struct NormalizedContent
{
    ContentKind kind = ContentKind::Empty;   ///< how the body was interpreted
    QString mimeType;                        ///< media type used, lower-case ("text/html")
    qint64 byteSize = 0;                     ///< size of the raw body
    QByteArray sha256;                       ///< SHA-256 of the raw body (exact identity); empty for Html and Text
    std::uint64_t normalizedHash = 0;        ///< hash of everything below (noise masked)
    QString title;                           ///< masked, whitespace-collapsed <title>
    std::uint64_t titleHash = 0;             ///< hash of the masked title
    QString text;                            ///< normalised text: HTML head lines, then one text block per line (NormalizeOptions::displayText)
    int wordCount = 0;                       ///< visible (masked) words
    int mainWordCount = 0;                   ///< words in the main-content block
    std::vector<std::uint64_t> textShingles; ///< sorted unique 5-shingles of masked visible words
    std::vector<std::uint64_t> mainShingles; ///< sorted unique 5-shingles of main-content words
    std::vector<std::uint64_t> contentSequence; ///< 5-shingles of the words outside navigation and link lists, in document order (finds removed blocks)
    std::vector<std::uint64_t> rawShingles;  ///< sorted unique 5-shingles of unmasked words (baseline)
    bool hasRawShingles = false;             ///< rawShingles were computed (NormalizeOptions::rawShingles)
    std::vector<std::uint64_t> tagShingles;  ///< sorted unique 5-shingles of the start-tag sequence
    std::vector<std::uint64_t> links;        ///< sorted unique scheme-neutral link targets (HTML)
    std::vector<MaskedToken> maskedTokens;   ///< every masked token, in document order
    PlaceholderKind placeholder = PlaceholderKind::None; ///< known default/error page, if any
    QString placeholderName;                 ///< "the nginx welcome page", when placeholder != None
    bool endsCleanly = true;                 ///< HTML: closing </html> or </body> present near the end
    bool workCapped = false;                 ///< input exceeded a size/depth/node cap; tail ignored
    QString imageType;                       ///< Image: "png", "jpeg", "gif", "webp", ...
    int imageWidth = 0;                      ///< Image: pixels, 0 when unknown
    int imageHeight = 0;                     ///< Image: pixels, 0 when unknown
};

} // namespace sslrec
