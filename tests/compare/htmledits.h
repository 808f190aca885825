#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sslrec::corpus {

/// Deterministic pseudo-random numbers (splitmix64): the corpus must be the
/// same on every machine and standard library.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next();
    int below(int n); ///< 0 <= value < n (n > 0)
    bool chance(int percent) { return below(100) < percent; }
    QByteArray hex(int length);
    QByteArray base64ish(int length);
    QByteArray uuid();
    /// A random date/time in one of several common formats; a site uses one
    /// format everywhere, so callers pass the page's @p format (0..3).
    QByteArray timestamp(int format);

private:
    quint64 m_state;
};

/// Text-level edits of real HTML pages, the way a server, a CDN or a broken
/// vhost would change them. Case-insensitive where tags are concerned.
class HtmlEdits
{
public:
    static qsizetype indexOfFolded(const QByteArray &html, const QByteArray &lowerNeedle, qsizetype from = 0);
    static qsizetype lastIndexOfFolded(const QByteArray &html, const QByteArray &lowerNeedle);
    /// After the start tag <tag ...>; at the very start when there is none.
    static void insertAfterStartTag(QByteArray &html, const QByteArray &tag, const QByteArray &snippet);
    /// Before the last </body>; appended when there is none.
    static void insertBeforeBodyEnd(QByteArray &html, const QByteArray &snippet);
    /// Inside the main text: after the first </h1>, </h2> or </p>.
    static void insertInMain(QByteArray &html, const QByteArray &snippet);
    /// Removes every <tag ...>...</tag> (not nested-aware); returns bytes removed.
    static qsizetype removeElements(QByteArray &html, const QByteArray &tag);
    /// Removes the second half of the <p> elements; returns bytes removed.
    static qsizetype removeSecondHalfOfParagraphs(QByteArray &html);
    /// Relative href/src values prefixed with @p base ("http://host/dir/").
    static QByteArray absolutizeLinks(const QByteArray &html, const QByteArray &base);
    /// Attributes of every simple start tag in reverse order.
    static QByteArray reverseAttributes(const QByteArray &html);
    /// CRLF line ends, wider existing gaps between tags, doubled sentence spaces.
    static QByteArray reflowWhitespace(const QByteArray &html);
    /// The <title> text, or empty.
    static QByteArray title(const QByteArray &html);
    /// Plain-text paragraphs (no markup inside) of 80..400 bytes.
    static QList<QByteArray> plainParagraphs(const QByteArray &html);
};

} // namespace sslrec::corpus
