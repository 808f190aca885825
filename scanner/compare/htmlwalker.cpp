#include "compare/htmlwalker.h"

#include "compare/asciitext.h"
#include "compare/contenthash.h"
#include "compare/htmlinputguard.h"
#include "compare/htmlnormalizer.h"
#include "compare/placeholderdetector.h"
#include "compare/shingleset.h"
#include "compare/tokenmasker.h"

#include <gumbo.h>

#include <algorithm>
#include <string>

namespace sslrec {

namespace {

enum TagFlag : unsigned {
    Block = 1,      // starts and ends a text block (one display line)
    Paragraph = 2,  // a text block whose score belongs to its container
    Skip = 4,       // contents never visible as text
    Boiler = 8,     // navigation/template region: not main content
    LinkTag = 16,   // <a href>: its text counts toward link density
    Pre = 32,       // keep line breaks
};

unsigned tagFlags(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_TITLE: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
        return Skip;
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_TH: case GUMBO_TAG_TR:
        return Block | Paragraph;
    case GUMBO_TAG_PRE:
        return Block | Paragraph | Pre;
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
        return Block | Boiler;
    case GUMBO_TAG_A:
        return LinkTag;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_HR: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TD:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_OPTION:
        return Block;
    default:
        return 0;
    }
}


std::size_t visibleChars(std::string_view s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += !(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v');
    return n;
}

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

struct Frame
{
    const GumboNode *node;
    unsigned next;  // next child to visit
    int record;     // Record index, -1 for the document
    unsigned flags; // TagFlag of the element
};

class Walker
{
public:
    Walker(const HtmlWalker::Input &input, NormalizedContent *out) : m_in(input), m_selfHost(input.selfHost), m_out(out) {}
    void run(const GumboNode *document);

private:
    void visitElement(const GumboNode *node);
    void handleAttributes(GumboTag tag, const GumboElement &element, bool *hidden, unsigned *flags, bool *mainTag);
    void addLink(const char *url);
    void appendDecoded(std::string_view text);
    void headLine(std::string_view label, std::string_view value, bool csrf);
    void appendText(std::string_view text);
    void appendSpace();
    void flush();
    void emitLine(std::string_view line);
    void credit(float score);
    void leave(const Frame &frame);
    void finish();

    const HtmlWalker::Input &m_in;
    std::string_view m_selfHost;
    NormalizedContent *m_out;
    std::vector<Frame> m_stack;
    std::vector<Record> m_records;
    std::vector<int> m_open;
    std::vector<std::uint64_t> m_masked;
    std::vector<std::uint64_t> m_raw;
    std::vector<std::uint8_t> m_template; // per masked word: 1 = boilerplate or link list
    std::vector<std::uint64_t> m_tags;
    std::vector<std::uint64_t> m_links;
    std::string m_block;
    std::size_t m_linkChars = 0;
    bool m_blockPre = false;
    bool m_blockBoiler = false;
    int m_linkDepth = 0;
    int m_preDepth = 0;
    int m_boilerDepth = 0;
    int m_elements = 0;
    bool m_haveTitle = false;
    std::string m_titleText;
    std::string m_rawTitle;   // as written, for placeholder detection
    std::string m_rawPrefix;  // first few KB of visible text as written, likewise
    std::string m_headText;   // head fields: part of the hash, so always built
    std::string m_bodyText;   // display only
    std::string m_line;
    std::string m_url;        // scratch for scheme-neutral links
};

void Walker::run(const GumboNode *document)
{
    m_stack.push_back({document, 0, -1, 0});
    while (!m_stack.empty()) {
        Frame &f = m_stack.back();
        const GumboVector *children = f.node->type == GUMBO_NODE_DOCUMENT ? &f.node->v.document.children
                                                                          : &f.node->v.element.children;
        if (f.next >= children->length) {
            const Frame done = f;
            m_stack.pop_back();
            leave(done);
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children->data[f.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
            appendText(child->v.text.text);
            break;
        case GUMBO_NODE_WHITESPACE:
            if (m_preDepth > 0)
                appendText(child->v.text.text);
            else
                appendSpace();
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            visitElement(child);
            break;
        default: // comments, and the document node cannot be a child
            break;
        }
    }
    flush();
    finish();
}

void Walker::visitElement(const GumboNode *node)
{
    if (int(m_stack.size()) > HtmlNormalizer::kMaxDepth || m_elements >= HtmlNormalizer::kMaxElements) {
        m_out->workCapped = true;
        return;
    }
    ++m_elements;
    const GumboElement &element = node->v.element;
    const GumboTag tag = element.tag;
    if (tag == GUMBO_TAG_UNKNOWN) {
        GumboStringPiece name = element.original_tag;
        gumbo_tag_from_original_text(&name);
        std::uint64_t h = kFnvOffset;
        for (std::size_t i = 0; i < name.length; ++i) {
            char c = name.data[i];
            h = fnvByte(h, static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        m_tags.push_back(mixHash(h));
    } else {
        m_tags.push_back(mixHash(std::uint64_t(tag) + 1));
    }

    unsigned flags = tagFlags(tag);
    bool hidden = false;
    bool mainTag = tag == GUMBO_TAG_MAIN;
    handleAttributes(tag, element, &hidden, &flags, &mainTag);

    if (tag == GUMBO_TAG_TITLE && !m_haveTitle) {
        m_haveTitle = true;
        std::string title;
        for (unsigned i = 0; i < element.children.length; ++i) {
            const auto *c = static_cast<const GumboNode *>(element.children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE)
                title.append(c->v.text.text);
        }
        MaskOutput out;
        out.display = &m_titleText;
        out.tokens = &m_out->maskedTokens;
        TokenMasker::maskText(title, out);
        m_rawTitle = title;
        return;
    }
    if (tag == GUMBO_TAG_BR) {
        flush();
        return;
    }
    if (hidden || (flags & Skip))
        return;
    if (flags & Block)
        flush();

    const int parent = m_open.empty() ? -1 : m_open.back();
    const int record = int(m_records.size());
    m_records.push_back({parent, int(m_masked.size()), int(m_masked.size()), 0.0f, (flags & Paragraph) != 0,
                         mainTag, tag == GUMBO_TAG_ARTICLE});
    m_open.push_back(record);
    if (flags & LinkTag)
        ++m_linkDepth;
    if (flags & Pre)
        ++m_preDepth;
    if (flags & Boiler)
        ++m_boilerDepth;
    m_stack.push_back({node, 0, record, flags});
}

void Walker::handleAttributes(GumboTag tag, const GumboElement &element, bool *hidden, unsigned *flags, bool *mainTag)
{
    if (element.attributes.length == 0) {
        if (tag == GUMBO_TAG_A)
            *flags &= ~unsigned(LinkTag);
        return;
    }
    // One pass over the attributes (gumbo has lower-cased their names and
    // kept the first of duplicates); gumbo_get_attribute() per name was a
    // strcasecmp() scan each.
    const char *nonce = nullptr, *style = nullptr, *role = nullptr, *href = nullptr, *src = nullptr;
    const char *action = nullptr, *name = nullptr, *property = nullptr, *httpEquiv = nullptr;
    const char *content = nullptr, *type = nullptr, *value = nullptr;
    bool hiddenAttr = false;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *a = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const std::string_view n(a->name);
        const char **slot = nullptr;
        switch (n.size()) {
        case 3: slot = n == "src" ? &src : nullptr; break;
        case 4: slot = n == "href" ? &href : n == "role" ? &role : n == "name" ? &name : n == "type" ? &type : nullptr; break;
        case 5: slot = n == "nonce" ? &nonce : n == "style" ? &style : n == "value" ? &value : nullptr; break;
        case 6:
            if (n == "hidden")
                hiddenAttr = true;
            slot = n == "action" ? &action : nullptr;
            break;
        case 7: slot = n == "content" ? &content : nullptr; break;
        case 8: slot = n == "property" ? &property : nullptr; break;
        case 10: slot = n == "http-equiv" ? &httpEquiv : nullptr; break;
        default: break;
        }
        if (slot && !*slot)
            *slot = a->value;
    }
    if (nonce)
        m_out->maskedTokens.push_back({MaskCategory::Nonce, fnv(nonce)});
    if (hiddenAttr)
        *hidden = true;
    if (style && (HtmlInputGuard::containsFolded(style, "display:none") || HtmlInputGuard::containsFolded(style, "display: none")))
        *hidden = true;
    if (role) {
        const std::string_view r(role);
        if (r == "main")
            *mainTag = true;
        else if (r == "navigation" || r == "complementary" || r == "banner" || r == "contentinfo")
            *flags |= Boiler | Block;
    }

    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_AREA: case GUMBO_TAG_LINK:
        addLink(href);
        // An anchor without href is no link; XHTML's "<a id="x"/>" read as
        // HTML even stays open over the text that follows it.
        if (tag == GUMBO_TAG_A && !href)
            *flags &= ~unsigned(LinkTag);
        break;
    case GUMBO_TAG_IMG: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_EMBED:
        addLink(src);
        break;
    case GUMBO_TAG_FORM:
        if (action) {
            addLink(action);
            m_url.clear();
            appendSchemeNeutralUrl(action, m_selfHost, &m_url);
            headLine("form", m_url, false);
        }
        break;
    case GUMBO_TAG_META: {
        const char *metaName = name ? name : property ? property : httpEquiv;
        if (!metaName || !content)
            break;
        const std::string_view c(content);
        std::string label = "meta ";
        label += metaName;
        if (TokenMasker::isCsrfName(metaName)) {
            m_out->maskedTokens.push_back({MaskCategory::Csrf, fnv(c)});
            headLine(label, {}, true);
        } else if (c.substr(0, 4) == "http" || c.substr(0, 2) == "//") {
            m_url.clear();
            appendSchemeNeutralUrl(c, m_selfHost, &m_url);
            headLine(label, m_url, false);
        } else {
            headLine(label, c, false);
        }
        break;
    }
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON: {
        const std::string_view t(type ? type : "");
        if (t == "submit" || t == "button" || t == "reset") {
            if (value && tag == GUMBO_TAG_INPUT) {
                appendSpace();
                appendText(value);
                appendSpace();
            }
            break;
        }
        if (!name || !value)
            break;
        const bool csrf = TokenMasker::isCsrfName(name);
        if (csrf)
            m_out->maskedTokens.push_back({MaskCategory::Csrf, fnv(value)});
        headLine(std::string("input ") + name, value, csrf);
        break;
    }
    default:
        break;
    }
}

void Walker::addLink(const char *url)
{
    if (!url || !*url)
        return;
    m_url.clear();
    appendSchemeNeutralUrl(url, m_selfHost, &m_url);
    m_links.push_back(mixHash(fnv(m_url)));
}

void Walker::headLine(std::string_view label, std::string_view value, bool csrf)
{
    m_headText.push_back('[');
    m_headText.append(label);
    m_headText.append("] ");
    if (csrf) {
        m_headText.append("<csrf>");
    } else {
        MaskOutput out;
        out.display = &m_headText;
        out.tokens = &m_out->maskedTokens;
        TokenMasker::maskText(value, out);
    }
    m_headText.push_back('\n');
}

void Walker::appendText(std::string_view text)
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

// Text from a condensed document: markers stand for runs of the original.
void Walker::appendDecoded(std::string_view text)
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

void Walker::appendSpace()
{
    if (!m_block.empty() && m_block.back() != ' ')
        m_block.push_back(' ');
}

void Walker::flush()
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

void Walker::emitLine(std::string_view line)
{
    MaskOutput out;
    out.maskedWords = &m_masked;
    out.rawWords = m_in.rawShingles ? &m_raw : nullptr;
    out.tokens = &m_out->maskedTokens;
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

void Walker::credit(float score)
{
    int owner = m_open.empty() ? -1 : m_open.back();
    if (owner >= 0 && m_records[std::size_t(owner)].paragraph)
        owner = m_records[std::size_t(owner)].parent;
    if (owner < 0)
        return;
    m_records[std::size_t(owner)].score += score;
}

void Walker::leave(const Frame &frame)
{
    if (frame.record < 0)
        return;
    if (frame.flags & Block)
        flush();
    m_records[std::size_t(frame.record)].wordEnd = int(m_masked.size());
    m_open.pop_back();
    if (frame.flags & LinkTag)
        --m_linkDepth;
    if (frame.flags & Pre)
        --m_preDepth;
    if (frame.flags & Boiler)
        --m_boilerDepth;
}

void Walker::finish()
{
    NormalizedContent &out = *m_out;
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
    std::vector<std::uint64_t> mainWords;
    mainWords.reserve(std::size_t(std::max(0, mainEnd - mainStart)));
    for (int i = mainStart; i < mainEnd; ++i) {
        if (allText || !m_template[std::size_t(i)])
            mainWords.push_back(m_masked[std::size_t(i)]);
    }
    // A main block made only of link lists still is the page's main content.
    if (mainWords.empty()) {
        for (int i = mainStart; i < mainEnd; ++i)
            mainWords.push_back(m_masked[std::size_t(i)]);
    }

    out.wordCount = int(m_masked.size());
    out.mainWordCount = int(mainWords.size());
    out.textShingles = ShingleSet::build(m_masked);
    out.mainShingles = ShingleSet::build(mainWords);
    // The page's shingles in order, those starting outside navigation and
    // link lists: a block removed from the page's prose shows as a run of
    // them missing, even where the main-content guess did not reach.
    out.contentSequence = ShingleSet::sequence(m_masked);
    if (!allText) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < out.contentSequence.size(); ++i) {
            if (!m_template[i])
                out.contentSequence[kept++] = out.contentSequence[i];
        }
        out.contentSequence.resize(kept);
    }
    if (m_in.rawShingles)
        out.rawShingles = ShingleSet::build(m_raw);
    out.hasRawShingles = m_in.rawShingles;
    out.tagShingles = ShingleSet::build(m_tags);
    std::sort(m_links.begin(), m_links.end());
    m_links.erase(std::unique(m_links.begin(), m_links.end()), m_links.end());

    out.title = QString::fromUtf8(m_titleText.data(), qsizetype(m_titleText.size()));
    out.titleHash = mixHash(fnv(m_titleText));

    std::uint64_t h = combineHash(0x68746d6cULL, out.titleHash);
    for (const std::uint64_t w : m_masked)
        h = combineHash(h, w);
    for (const std::uint64_t t : m_tags)
        h = combineHash(h, t);
    for (const std::uint64_t l : m_links)
        h = combineHash(h, l);
    h = combineHash(h, fnv(m_headText));
    out.normalizedHash = h;
    out.links = std::move(m_links);

    const PlaceholderDetector::Match match = PlaceholderDetector::detect(m_rawTitle, m_rawPrefix, out.wordCount);
    out.placeholder = match.kind;
    out.placeholderName = match.name;

    if (!m_in.displayText)
        return;
    std::string text;
    text.reserve(m_headText.size() + m_bodyText.size() + m_titleText.size() + 16);
    if (!m_titleText.empty())
        text.append("[title] ").append(m_titleText).append("\n");
    text.append(m_headText);
    text.append(m_bodyText);
    out.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

void HtmlWalker::walk(const GumboInternalNode *document, const Input &input, NormalizedContent *out)
{
    Walker walker(input, out);
    walker.run(document);
}

} // namespace sslrec
