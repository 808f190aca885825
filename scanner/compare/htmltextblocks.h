#pragma once

#include "compare/htmlwalker.h"
#include "compare/normalizedcontent.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sslrec {

// The text side of HtmlWalker's walk (htmlwalker.cpp): text nodes gathered
// into blocks, one display line each, masked into words; each block's words
// scored for the element holding them, for the main-content guess; the raw
// prefix for placeholder detection. The walker feeds it text and element
// boundaries in document order. Internal to scanner/compare.
class HtmlTextBlocks
{
public:
    // What a tag is to the walk; htmlwalker.cpp's tag table sets them, the
    // text blocks read all but Skip.
    enum TagFlag : unsigned {
        Block = 1,      // starts and ends a text block (one display line)
        Paragraph = 2,  // a text block whose score belongs to its container
        Skip = 4,       // contents never visible as text
        Boiler = 8,     // navigation/template region: not main content
        LinkTag = 16,   // <a href>: its text counts toward link density
        Pre = 32,       // keep line breaks
    };

    HtmlTextBlocks(const HtmlWalker::Input &input, std::vector<MaskedToken> *tokens) : m_in(input), m_tokens(tokens) {}

    void appendText(std::string_view text);
    // A whitespace node: as written inside <pre>, one space elsewhere.
    void appendWhitespace(std::string_view text)
    {
        if (m_preDepth > 0)
            appendText(text);
        else
            appendSpace();
    }
    void appendSpace()
    {
        if (!m_block.empty() && m_block.back() != ' ')
            m_block.push_back(' ');
    }
    void flush();

    // An element that is not skipped, with its TagFlags; returns its record
    // for leave().
    int enter(unsigned flags, bool mainTag, bool article);
    void leave(int record, unsigned flags);

    // Word counts, main content, shingles and the content sequence, once
    // the last block is flushed.
    void finish(NormalizedContent *out);

    const std::vector<std::uint64_t> &maskedWords() const { return m_masked; }
    const std::string &rawPrefix() const { return m_rawPrefix; }
    const std::string &bodyText() const { return m_bodyText; }

private:
    struct Record
    {
        int parent;       // index of the enclosing record, -1 at the top
        int wordStart;    // first masked word inside this element
        int wordEnd;      // one past the last
        float score;      // readability-style text score
        bool paragraph;   // scores go to the container
        bool mainTag;     // <main> or role=main
        bool article;     // <article>
    };

    static std::size_t visibleChars(std::string_view s)
    {
        std::size_t n = 0;
        for (const char c : s)
            n += !(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v');
        return n;
    }

    void appendDecoded(std::string_view text);
    void emitLine(std::string_view line);
    void credit(float score);

    const HtmlWalker::Input &m_in;
    std::vector<MaskedToken> *m_tokens;
    std::vector<Record> m_records;
    std::vector<int> m_open;
    std::vector<std::uint64_t> m_masked;
    std::vector<std::uint64_t> m_raw;
    std::vector<std::uint8_t> m_template; // per masked word: 1 = boilerplate or link list
    std::string m_block;
    std::size_t m_linkChars = 0;
    bool m_blockPre = false;
    bool m_blockBoiler = false;
    int m_linkDepth = 0;
    int m_preDepth = 0;
    int m_boilerDepth = 0;
    std::string m_rawPrefix;  // first few KB of visible text as written, for placeholder detection
    std::string m_bodyText;   // display only
    std::string m_line;
};

inline void HtmlTextBlocks::appendText(std::string_view text)
{
    const std::size_t before = m_block.size();
    if (m_in.runs)
        appendDecoded(text);
    else
        m_block.append(text);
    if (m_linkDepth > 0)
        m_linkChars += visibleChars(std::string_view(m_block).substr(before));
    if (m_preDepth > 0)
        m_blockPre = true;
    if (m_boilerDepth > 0)
        m_blockBoiler = true;
}

} // namespace sslrec
