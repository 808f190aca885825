#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sslrec {

/// Gumbo spends its time on every byte, one code point at a time; most bytes
/// of a page are text and attributes the normaliser never reads. The
/// condenser tokenises the document the way an HTML5 tokenizer does (tags,
/// quoted attribute values, comments, raw-text, RCDATA and script-data
/// elements) and hands gumbo a smaller document with the same tree:
/// - each run of text becomes one marker character (a code point of the
///   supplementary private-use planes that encodes the run's index); the
///   walker puts the original text back when it meets the marker;
/// - attributes neither the walker nor extractLinks() reads (class, id, data-*, ...) are dropped,
///   except on formatting elements (b, a, font, ...), which the tree builder
///   compares by their attributes;
/// - the bodies of script, style, iframe and textarea elements (never
///   visible text) are dropped, comments emptied;
/// - runs of whitespace between tags shrink to one character (a newline if
///   they held one), which changes no word and no line.
/// svg, math and select elements with plain content (icons, option lists)
/// keep their tags and text, their inner tags only the attributes above
/// (gumbo looks up some sixty names in every SVG start tag); where the tree builder could leave the condenser's
/// idea of the tokenizer state (other foreign content, framesets, "</>"),
/// the rest of the document is copied as it is. Text a marker cannot
/// stand for exactly (numeric references without ';', references to
/// whitespace or controls, NUL, control characters, invalid UTF-8) is copied
/// as is too. Thread-safe.
class HtmlCondenser
{
public:
    /// A text run replaced by a marker: a slice of the original document.
    struct Run
    {
        std::uint32_t offset; ///< first byte in the original document
        std::uint32_t length; ///< bytes
        bool decode;          ///< holds character references or CR: appendRun() must decode
    };

    /// The condensed document and its runs, by marker index.
    struct Output
    {
        std::string html;      ///< what gumbo parses
        std::vector<Run> runs; ///< text runs the markers stand for
    };

    static constexpr std::size_t kMarkerBytes = 4; ///< UTF-8 length of every marker
    static constexpr std::size_t kMaxRuns = 2 * 0xFFFE; ///< runs past this stay text

    /// Condenses @p html into @p out. Returns false (and leaves @p out
    /// unusable) when the document itself contains characters that look like
    /// markers, or a NUL byte; parse the original then.
    static bool condense(std::string_view html, Output *out);

    /// When a marker starts at text[i], its run index.
    static bool markerAt(std::string_view text, std::size_t i, std::uint32_t *index);

    /// Appends the text @p run stands for, as gumbo would have decoded it.
    static void appendRun(std::string_view original, const Run &run, std::string *out);
};

} // namespace sslrec
