#include "compare/htmlwalker.h"

#include "compare/contenthash.h"
#include "compare/htmlinputguard.h"
#include "compare/htmlnormalizer.h"
#include "compare/htmltextblocks.h"
#include "compare/placeholderdetector.h"
#include "compare/shingleset.h"
#include "compare/tokenmasker.h"

#include <gumbo.h>

#include <algorithm>
#include <string>

namespace sslrec {

namespace {

using enum HtmlTextBlocks::TagFlag;

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
    Walker(const HtmlWalker::Input &input, NormalizedContent *out)
        : m_in(input), m_selfHost(input.selfHost), m_out(out), m_text(input, &out->maskedTokens) {}
    void run(const GumboNode *document);

private:
    void visitElement(const GumboNode *node);
    void handleAttributes(GumboTag tag, const GumboElement &element, bool *hidden, unsigned *flags, bool *mainTag);
    void addLink(const char *url);
    void headLine(std::string_view label, std::string_view value, bool csrf);
    void leave(const Frame &frame);
    void finish();

    const HtmlWalker::Input &m_in;
    std::string_view m_selfHost;
    NormalizedContent *m_out;
    HtmlTextBlocks m_text;
    std::vector<Frame> m_stack;
    std::vector<std::uint64_t> m_tags;
    std::vector<std::uint64_t> m_links;
    int m_elements = 0;
    bool m_haveTitle = false;
    std::string m_titleText;
    std::string m_rawTitle;   // as written, for placeholder detection
    std::string m_headText;   // head fields: part of the hash, so always built
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
            m_text.appendText(child->v.text.text);
            break;
        case GUMBO_NODE_WHITESPACE:
            m_text.appendWhitespace(child->v.text.text);
            break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            visitElement(child);
            break;
        default: // comments, and the document node cannot be a child
            break;
        }
    }
    m_text.flush();
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
        m_text.flush();
        return;
    }
    if (hidden || (flags & Skip))
        return;
    const int record = m_text.enter(flags, mainTag, tag == GUMBO_TAG_ARTICLE);
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
                m_text.appendSpace();
                m_text.appendText(value);
                m_text.appendSpace();
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

void Walker::leave(const Frame &frame)
{
    if (frame.record >= 0)
        m_text.leave(frame.record, frame.flags);
}

void Walker::finish()
{
    NormalizedContent &out = *m_out;
    m_text.finish(&out);
    out.tagShingles = ShingleSet::build(m_tags);
    std::sort(m_links.begin(), m_links.end());
    m_links.erase(std::unique(m_links.begin(), m_links.end()), m_links.end());

    out.title = QString::fromUtf8(m_titleText.data(), qsizetype(m_titleText.size()));
    out.titleHash = mixHash(fnv(m_titleText));

    std::uint64_t h = combineHash(0x68746d6cULL, out.titleHash);
    for (const std::uint64_t w : m_text.maskedWords())
        h = combineHash(h, w);
    for (const std::uint64_t t : m_tags)
        h = combineHash(h, t);
    for (const std::uint64_t l : m_links)
        h = combineHash(h, l);
    h = combineHash(h, fnv(m_headText));
    out.normalizedHash = h;
    out.links = std::move(m_links);

    const PlaceholderDetector::Match match = PlaceholderDetector::detect(m_rawTitle, m_text.rawPrefix(), out.wordCount);
    out.placeholder = match.kind;
    out.placeholderName = match.name;

    if (!m_in.displayText)
        return;
    std::string text;
    text.reserve(m_headText.size() + m_text.bodyText().size() + m_titleText.size() + 16);
    if (!m_titleText.empty())
        text.append("[title] ").append(m_titleText).append("\n");
    text.append(m_headText);
    text.append(m_text.bodyText());
    out.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

void HtmlWalker::walk(const GumboInternalNode *document, const Input &input, NormalizedContent *out)
{
    Walker walker(input, out);
    walker.run(document);
}

} // namespace sslrec
