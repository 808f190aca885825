#include "compare/htmltextblocks.h"

#include "compare/asciitext.h"
#include "compare/htmlcondenser.h"
#include "compare/shingleset.h"
#include "compare/tokenmasker.h"

#include <algorithm>

namespace sslrec {

// Text from a condensed document: markers stand for runs of the original.
void HtmlTextBlocks::appendDecoded(std::string_view text)
{
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::uint32_t index = 0;
        if ((c == 0xF3 || c == 0xF4) && HtmlCondenser::markerAt(text, i, &index) && index < m_in.runs->size()) {
            m_block.append(text.substr(from, i - from));
            HtmlCondenser::appendRun(m_in.original, (*m_in.runs)[index], &m_block);
            i += HtmlCondenser::kMarkerBytes;
            from = i;
        } else {
            ++i;
        }
    }
    m_block.append(text.substr(from));
}

void HtmlTextBlocks::flush()
{
    if (m_block.empty())
        return;
    if (m_rawPrefix.size() < 4096) {
        // As written, with each run of whitespace as one space: a condensed
        // document shortens the runs between tags, and the 4 KB cut must
        // fall on the same text either way.
        bool space = false;
        bool any = false;
        for (const char c : m_block) {
            if (ascii::isHtmlSpace(static_cast<unsigned char>(c))) {
                space = true;
                continue;
            }
            if (space && any)
                m_rawPrefix.push_back(' ');
            m_rawPrefix.push_back(c);
            space = false;
            any = true;
        }
        if (any)
            m_rawPrefix.push_back('\n');
    }
    const std::size_t before = m_masked.size();
    if (m_blockPre) {
        std::size_t start = 0;
        while (start <= m_block.size()) {
            std::size_t end = m_block.find('\n', start);
            if (end == std::string::npos)
                end = m_block.size();
            emitLine(std::string_view(m_block).substr(start, end - start));
            start = end + 1;
        }
    } else {
        emitLine(m_block);
    }
    const std::size_t words = m_masked.size() - before;
    if (words > 0) {
        // Whitespace does not count: how much of it a page carries says
        // nothing about links, and the condensed parse shortens it.
        const std::size_t chars = std::max<std::size_t>(1, visibleChars(m_block));
        const double linkFraction = double(std::min(m_linkChars, chars)) / double(chars);
        const bool templ = m_blockBoiler || linkFraction > 0.5;
        m_template.resize(m_masked.size(), templ ? 1 : 0);
        if (!templ)
            credit(float(double(words) * (1.0 - linkFraction)));
    }
    m_block.clear();
    m_linkChars = 0;
    m_blockPre = false;
    m_blockBoiler = false;
}

void HtmlTextBlocks::emitLine(std::string_view line)
{
    MaskOutput out;
    out.maskedWords = &m_masked;
    out.rawWords = m_in.rawShingles ? &m_raw : nullptr;
    out.tokens = m_tokens;
    if (!m_in.displayText) {
        TokenMasker::maskText(line, out);
        return;
    }
    m_line.clear();
    out.display = &m_line;
    if (TokenMasker::maskText(line, out) > 0) {
        m_bodyText.append(m_line);
        m_bodyText.push_back('\n');
    }
}

void HtmlTextBlocks::credit(float score)
{
    int owner = m_open.empty() ? -1 : m_open.back();
    if (owner >= 0 && m_records[std::size_t(owner)].paragraph)
        owner = m_records[std::size_t(owner)].parent;
    if (owner < 0)
        return;
    m_records[std::size_t(owner)].score += score;
}

int HtmlTextBlocks::enter(unsigned flags, bool mainTag, bool article)
{
    if (flags & Block)
        flush();
    const int parent = m_open.empty() ? -1 : m_open.back();
    const int record = int(m_records.size());
    m_records.push_back({parent, int(m_masked.size()), int(m_masked.size()), 0.0f, (flags & Paragraph) != 0,
                         mainTag, article});
    m_open.push_back(record);
    if (flags & LinkTag)
        ++m_linkDepth;
    if (flags & Pre)
        ++m_preDepth;
    if (flags & Boiler)
        ++m_boilerDepth;
    return record;
}

void HtmlTextBlocks::leave(int record, unsigned flags)
{
    if (flags & Block)
        flush();
    m_records[std::size_t(record)].wordEnd = int(m_masked.size());
    m_open.pop_back();
    if (flags & LinkTag)
        --m_linkDepth;
    if (flags & Pre)
        --m_preDepth;
    if (flags & Boiler)
        --m_boilerDepth;
}

void HtmlTextBlocks::finish(NormalizedContent *out)
{
    const auto words = [this](int r) { return m_records[std::size_t(r)].wordEnd - m_records[std::size_t(r)].wordStart; };

    // Main content: an explicit <main>/role=main, else a lone <article>,
    // else the deepest element holding most of the page's prose (non-link,
    // non-navigation text). A page that is mostly link lists (an index, a
    // table of contents) has no such block: all of its text is main then.
    int best = -1;
    int articles = 0;
    int article = -1;
    for (int r = 0; r < int(m_records.size()); ++r) {
        const Record &rec = m_records[std::size_t(r)];
        if (rec.mainTag && words(r) > 0 && (best < 0 || words(r) > words(best)))
            best = r;
        if (rec.article && words(r) > 0) {
            ++articles;
            article = r;
        }
    }
    if (best < 0 && articles == 1)
        best = article;
    if (best < 0) {
        // Records are in document order, parents first: a reverse pass sums subtrees.
        double total = 0;
        for (int r = int(m_records.size()) - 1; r >= 0; --r) {
            const Record &rec = m_records[std::size_t(r)];
            if (rec.parent >= 0)
                m_records[std::size_t(rec.parent)].score += rec.score;
            else
                total += rec.score;
        }
        const double prose = std::max(30.0, 0.15 * double(m_masked.size()));
        if (total >= prose) {
            for (int r = 0; r < int(m_records.size()); ++r) {
                if (m_records[std::size_t(r)].score >= 0.6 * total)
                    best = r; // later in document order = deeper on the qualifying chain
            }
        }
    }
    int mainStart = 0;
    int mainEnd = int(m_masked.size());
    bool allText = best < 0;
    if (best >= 0) {
        mainStart = m_records[std::size_t(best)].wordStart;
        mainEnd = m_records[std::size_t(best)].wordEnd;
    }
    m_template.resize(m_masked.size(), 0);
    // The page's shingles in order, hashed once: the text's set, and the
    // main block's when it is a run of the page's words, are taken from them.
    const int k = ShingleSet::kDefaultSize;
    const std::vector<std::uint64_t> sequence = ShingleSet::sequence(m_masked);
    out->wordCount = int(m_masked.size());
    out->textShingles = ShingleSet::sortedUnique(sequence);
    const bool mainIsRun = !allText && mainEnd - mainStart >= k
                           && std::none_of(m_template.begin() + mainStart, m_template.begin() + mainEnd,
                                           [](auto templ) { return templ != 0; });
    if (allText) {
        out->mainWordCount = out->wordCount;
        out->mainShingles = out->textShingles;
    } else if (mainIsRun) {
        out->mainWordCount = mainEnd - mainStart;
        out->mainShingles = ShingleSet::sortedUnique(
            std::vector<std::uint64_t>(sequence.begin() + mainStart, sequence.begin() + (mainEnd - k + 1)));
    } else {
        std::vector<std::uint64_t> mainWords;
        mainWords.reserve(std::size_t(std::max(0, mainEnd - mainStart)));
        for (int i = mainStart; i < mainEnd; ++i) {
            if (!m_template[std::size_t(i)])
                mainWords.push_back(m_masked[std::size_t(i)]);
        }
        // A main block made only of link lists still is the page's main content.
        if (mainWords.empty()) {
            for (int i = mainStart; i < mainEnd; ++i)
                mainWords.push_back(m_masked[std::size_t(i)]);
        }
        out->mainWordCount = int(mainWords.size());
        out->mainShingles = ShingleSet::build(mainWords);
    }
    // Those starting outside navigation and link lists: a block removed from
    // the page's prose shows as a run of them missing, even where the
    // main-content guess did not reach.
    out->contentSequence = sequence;
    if (!allText) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < out->contentSequence.size(); ++i) {
            if (!m_template[i])
                out->contentSequence[kept++] = out->contentSequence[i];
        }
        out->contentSequence.resize(kept);
    }
    if (m_in.rawShingles)
        out->rawShingles = ShingleSet::build(m_raw);
    out->hasRawShingles = m_in.rawShingles;
}

} // namespace sslrec
