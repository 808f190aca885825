// HtmlTreeBuilder: the HTML5 tree construction rules that push and pop in
// token order, on the tokenizer of htmlscan. Section names in comments are
// those of the WHATWG parsing specification ("in body", "in table", ...).
#include "compare/htmltreebuilder.h"

#include "compare/asciitext.h"
#include "compare/htmlscan.h"
#include "compare/htmltreerules.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace sslrec {

namespace {

using namespace ascii;
using namespace htmlscan;
using namespace treerules;

constexpr std::size_t npos = std::string_view::npos;

enum class Mode : char {
    Initial, // "initial" and "before html"
    BeforeHead,
    InHead,
    InHeadNoscript,
    AfterHead,
    InBody, // also "after body" and "after after body": everything there is reprocessed in body
    InTable,
    InTableBody,
    InRow,
    InCell,
    InCaption,
    InColumnGroup,
    InSelect, // also "in select in table": the table tags that differ there decline
};

// The tokenizer state a raw-text element's content is read in.
enum class Content : char { RawText, RcData, Script };

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
}

std::size_t leadingWhitespace(std::string_view t)
{
    std::size_t i = 0;
    while (i < t.size() && isWhitespace(t[i]))
        ++i;
    return i;
}

// A tag as the tokenizer read it.
struct Tag
{
    std::size_t lt = 0;  // its '<'
    std::size_t end = 0; // one past its '>'
    std::string_view name;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
};

// An entry of the list of active formatting elements; a null node is a marker.
struct Formatting
{
    GumboNode *node;
    bool open; // still on the stack of open elements
};

// An element on the stack of open elements; m_open[0] holds the document.
struct Open
{
    GumboNode *node;
    GumboTag tag;
    std::string_view name; // as written, to match the end tag of an unknown element
    std::uint32_t children; // its children so far: m_childLists[children]
};

class TreeBuilder
{
public:
    TreeBuilder(std::string_view in, GumboArena *arena) : m_in(in), m_arena(arena) {}
    GumboOutput *run();

private:
    // Tokens
    bool text(std::size_t from, std::size_t to);
    bool characters(std::string_view t);
    bool startTag(const Tag &t);
    bool endTag(const Tag &t);
    bool comment();
    bool endOfFile();

    // Insertion modes
    bool startInBody(const Tag &t);
    bool startInTable(const Tag &t);
    bool endInBody(const Tag &t);
    bool endInTable(const Tag &t);
    bool anyOtherEndTag(const Tag &t);

    // The tree
    GumboNode *element(GumboTag tag, const Tag *t, GumboNamespaceEnum ns = GUMBO_NAMESPACE_HTML);
    bool foreignContent(const Tag &t);
    bool insert(GumboTag tag, const Tag *t, GumboNamespaceEnum ns = GUMBO_NAMESPACE_HTML);
    bool insertVoid(const Tag &t) { return insert(t.tag, &t) && pop(); }
    bool rawElement(const Tag &t, Content content);
    void appendChild(GumboNode *node) { appendTo(m_open.back(), node); }
    void appendTo(const Open &parent, GumboNode *node);
    Open open(GumboNode *node, GumboTag tag, std::string_view name);
    void close(const Open &o);
    void removeFromParent(GumboNode *node);
    std::size_t stackIndex(const GumboNode *node) const;
    std::size_t listIndex(const GumboNode *node) const;
    void eraseFormatting(std::size_t index);
    GumboNode *clone(const GumboNode *node);
    bool reconstruct();
    bool adoptionAgency(GumboTag subject);
    void buffer(std::string_view t);
    void flush();
    bool pop(bool flushText = true);
    bool popClosed();
    bool popUntil(GumboTag tag);
    void generateImpliedEndTags(GumboTag except = GUMBO_TAG_LAST);
    bool closePInButtonScope();
    bool closeCell();
    bool inScope(GumboTag tag, Scope scope) const;
    GumboTag current() const { return m_open.back().tag; }
    bool clearTo(std::initializer_list<GumboTag> context) const;
    bool resetMode();
    bool pushFormatting();
    void clearToMarker();

    template<typename T>
    T *make()
    {
        void *p = m_arena->allocate(sizeof(T));
        std::memset(p, 0, sizeof(T));
        return static_cast<T *>(p);
    }
    const char *copy(std::string_view s);

    bool decline()
    {
        m_declined = true;
        return false;
    }

    std::string_view m_in;
    GumboArena *m_arena;
    Mode m_mode = Mode::Initial;
    std::vector<Open> m_open;
    // The children of open elements, one list each (the adoption agency moves
    // them between elements); lists are reused once their element is closed.
    std::vector<std::vector<GumboNode *>> m_childLists;
    std::vector<std::uint32_t> m_freeChildLists;
    std::vector<Formatting> m_formatting; // the list of active formatting elements
    // Entries of m_formatting whose element was popped by something else
    // than its end tag: the tree builder would recreate them at the next
    // text or inline element ("reconstruct the active formatting
    // elements"); the builder declines there while any is left.
    int m_closedFormatting = 0;
    std::vector<AttributeSpan> m_attributes; // of the current tag
    std::string m_text;    // characters not yet in a text node
    bool m_textIsWhitespace = true;
    std::string m_scratch;
    GumboNode *m_form = nullptr;
    std::size_t m_next = 0;     // where the tokenizer goes on after the current tag
    bool m_selfClosing = false; // the current tag ends in "/>"
    bool m_dropNewline = false; // just after <pre> or <listing>
    bool m_hasDoctype = false;
    bool m_declined = false;
};

const char *TreeBuilder::copy(std::string_view s)
{
    char *p = static_cast<char *>(m_arena->allocate(s.size() + 1));
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
}

// A new element for @p tag, with the attributes of @p t (nullptr: implied).
GumboNode *TreeBuilder::element(GumboTag tag, const Tag *t, GumboNamespaceEnum ns)
{
    auto *node = make<GumboNode>();
    node->type = GUMBO_NODE_ELEMENT;
    GumboElement &e = node->v.element;
    e.tag = tag;
    e.tag_namespace = ns;
    e.original_tag = kGumboEmptyString;
    e.original_end_tag = kGumboEmptyString;
    if (!t)
        return node;
    e.original_tag = {m_in.data() + t->lt, t->end - t->lt};
    if (m_attributes.empty())
        return node;
    auto **attributes = static_cast<void **>(m_arena->allocate(sizeof(void *) * m_attributes.size()));
    for (std::size_t i = 0; i < m_attributes.size(); ++i) {
        const AttributeSpan &a = m_attributes[i];
        // gumbo 0.10 loses the value of the attribute after a repeated one;
        // a repeated name is rare enough to leave to it.
        for (std::size_t k = 0; k < i; ++k) {
            if (sameFolded(m_attributes[k].name, a.name))
                return decline(), nullptr;
        }
        m_scratch.clear();
        if (!decode(m_in, a.start, a.start + a.name.size(), Decode::RawText, &m_scratch))
            return decline(), nullptr;
        for (char &c : m_scratch)
            c = char(fold(static_cast<unsigned char>(c)));
        auto *attribute = make<GumboAttribute>();
        attribute->attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
        attribute->name = copy(m_scratch);
        if (ns != GUMBO_NAMESPACE_HTML && !adjustForeignAttribute(ns, attribute))
            return decline(), nullptr;
        m_scratch.clear();
        if (!decode(m_in, a.valueStart, a.valueEnd, Decode::AttributeValue, &m_scratch))
            return decline(), nullptr;
        attribute->value = copy(m_scratch);
        attribute->original_name = kGumboEmptyString;
        attribute->original_value = kGumboEmptyString;
        attributes[i] = attribute;
    }
    e.attributes = {attributes, unsigned(m_attributes.size()), unsigned(m_attributes.size())};
    return node;
}

void TreeBuilder::appendTo(const Open &parent, GumboNode *node)
{
    std::vector<GumboNode *> &children = m_childLists[parent.children];
    node->parent = parent.node;
    node->index_within_parent = children.size();
    children.push_back(node);
}

// A stack entry for @p node, with an empty child list.
Open TreeBuilder::open(GumboNode *node, GumboTag tag, std::string_view name)
{
    std::uint32_t list;
    if (m_freeChildLists.empty()) {
        list = std::uint32_t(m_childLists.size());
        m_childLists.emplace_back();
    } else {
        list = m_freeChildLists.back();
        m_freeChildLists.pop_back();
    }
    return {node, tag, name, list};
}

// The element of @p o leaves the stack: its children go to the arena.
void TreeBuilder::close(const Open &o)
{
    std::vector<GumboNode *> &list = m_childLists[o.children];
    GumboVector &children = o.node->type == GUMBO_NODE_DOCUMENT ? o.node->v.document.children : o.node->v.element.children;
    if (!list.empty()) {
        auto **data = static_cast<void **>(m_arena->allocate(sizeof(void *) * list.size()));
        std::memcpy(data, list.data(), sizeof(void *) * list.size());
        children = {data, unsigned(list.size()), unsigned(list.size())};
    } else {
        children = {nullptr, 0, 0};
    }
    list.clear();
    m_freeChildLists.push_back(o.children);
}

// Takes @p node out of its parent's children, open or closed.
void TreeBuilder::removeFromParent(GumboNode *node)
{
    GumboNode *parent = node->parent;
    if (!parent)
        return; // a new clone
    const std::size_t at = stackIndex(parent);
    if (at != npos) {
        std::vector<GumboNode *> &children = m_childLists[m_open[at].children];
        children.erase(children.begin() + std::ptrdiff_t(node->index_within_parent));
        for (std::size_t i = node->index_within_parent; i < children.size(); ++i)
            children[i]->index_within_parent = i;
    } else {
        GumboVector &children = parent->v.element.children;
        for (std::size_t i = node->index_within_parent; i + 1 < children.length; ++i) {
            children.data[i] = children.data[i + 1];
            static_cast<GumboNode *>(children.data[i])->index_within_parent = i;
        }
        --children.length;
    }
    node->parent = nullptr;
}

std::size_t TreeBuilder::stackIndex(const GumboNode *node) const
{
    for (std::size_t i = m_open.size(); i-- > 0;) {
        if (m_open[i].node == node)
            return i;
    }
    return npos;
}

std::size_t TreeBuilder::listIndex(const GumboNode *node) const
{
    for (std::size_t i = m_formatting.size(); i-- > 0;) {
        if (m_formatting[i].node == node)
            return i;
    }
    return npos;
}

void TreeBuilder::eraseFormatting(std::size_t index)
{
    m_closedFormatting -= m_formatting[index].node && !m_formatting[index].open;
    m_formatting.erase(m_formatting.begin() + std::ptrdiff_t(index));
}

// A new element like @p node: its tag, namespace, start tag and attributes.
GumboNode *TreeBuilder::clone(const GumboNode *node)
{
    auto *copy = make<GumboNode>();
    copy->type = GUMBO_NODE_ELEMENT;
    copy->v.element = node->v.element;
    copy->v.element.children = {nullptr, 0, 0};
    copy->index_within_parent = npos;
    return copy;
}

// "reconstruct the active formatting elements": the entries after the last
// marker or open element get a clone each, opened at the current node.
bool TreeBuilder::reconstruct()
{
    if (m_closedFormatting == 0)
        return true;
    std::size_t i = m_formatting.size();
    while (i > 0 && m_formatting[i - 1].node && !m_formatting[i - 1].open)
        --i;
    for (; i < m_formatting.size(); ++i) {
        Formatting &entry = m_formatting[i];
        flush();
        GumboNode *copy = clone(entry.node);
        appendChild(copy);
        m_open.push_back(open(copy, copy->v.element.tag, {})); // formatting elements have known names
        entry = {copy, true};
        --m_closedFormatting;
    }
    return true;
}

// "insert an HTML element", at the current node: every insertion this
// builder makes is there (foster parenting declines).
bool TreeBuilder::insert(GumboTag tag, const Tag *t, GumboNamespaceEnum ns)
{
    flush();
    GumboNode *node = element(tag, t, ns);
    if (!node)
        return false;
    appendChild(node);
    m_open.push_back(open(node, tag, t ? t->name : std::string_view()));
    return true;
}

void TreeBuilder::buffer(std::string_view t)
{
    if (t.empty())
        return;
    if (m_textIsWhitespace && leadingWhitespace(t) < t.size())
        m_textIsWhitespace = false;
    m_text.append(t);
}

// gumbo gathers characters until an element or comment is inserted or the
// current node is popped, then appends one text node: whitespace when every
// character was whitespace.
void TreeBuilder::flush()
{
    if (m_text.empty())
        return;
    auto *node = make<GumboNode>();
    node->type = m_textIsWhitespace ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT;
    node->v.text.text = copy(m_text);
    node->v.text.original_text = kGumboEmptyString;
    appendChild(node);
    m_text.clear();
    m_textIsWhitespace = true;
}

bool TreeBuilder::pop(bool flushText)
{
    if (flushText)
        flush();
    const Open o = m_open.back();
    close(o);
    m_open.pop_back();
    if (isFormattingElement(o.tag)) {
        for (auto it = m_formatting.rbegin(); it != m_formatting.rend(); ++it) {
            if (it->node == o.node) {
                it->open = false; // still active, no longer open
                ++m_closedFormatting;
                break;
            }
        }
    }
    return true;
}

// Pops an element closed by something other than its own end tag; the
// html element is never popped so.
bool TreeBuilder::popClosed()
{
    if (current() == GUMBO_TAG_HTML)
        return decline();
    return pop();
}

bool TreeBuilder::popUntil(GumboTag tag)
{
    for (;;) {
        const bool done = current() == tag;
        if (!popClosed())
            return false;
        if (done)
            return true;
    }
}

void TreeBuilder::generateImpliedEndTags(GumboTag except)
{
    while (hasImpliedEndTag(current()) && current() != except)
        pop();
}

bool TreeBuilder::inScope(GumboTag tag, Scope scope) const
{
    for (std::size_t i = m_open.size() - 1; i > 0; --i) {
        if (m_open[i].tag == tag)
            return true;
        if (isScopeBoundary(m_open[i].tag, scope))
            return false;
    }
    return false;
}

// "close a p element", where a start tag asks for it.
bool TreeBuilder::closePInButtonScope()
{
    if (!inScope(GUMBO_TAG_P, Scope::Button))
        return true;
    generateImpliedEndTags(GUMBO_TAG_P);
    return popUntil(GUMBO_TAG_P);
}

// "clear the stack back to a ... context": here the current node must
// already be one (anything else was declined on the way in).
bool TreeBuilder::clearTo(std::initializer_list<GumboTag> context) const
{
    for (const GumboTag tag : context) {
        if (current() == tag)
            return true;
    }
    return false;
}

// "reset the insertion mode appropriately", after a table closes.
bool TreeBuilder::resetMode()
{
    for (std::size_t i = m_open.size() - 1; i > 0; --i) {
        switch (m_open[i].tag) {
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: m_mode = Mode::InCell; return true;
        case GUMBO_TAG_TR: m_mode = Mode::InRow; return true;
        case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: m_mode = Mode::InTableBody; return true;
        case GUMBO_TAG_CAPTION: m_mode = Mode::InCaption; return true;
        case GUMBO_TAG_COLGROUP: m_mode = Mode::InColumnGroup; return true;
        case GUMBO_TAG_TABLE: m_mode = Mode::InTable; return true;
        case GUMBO_TAG_BODY: m_mode = Mode::InBody; return true;
        case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_HTML:
            return decline();
        default:
            break;
        }
    }
    return decline();
}

// Pushes the element just inserted onto the list of active formatting
// elements. The list then mirrors the open formatting elements exactly
// (popClosed() and the end tags keep it so), which makes "reconstruct the
// active formatting elements" a no-op wherever the builder goes on.
bool TreeBuilder::pushFormatting()
{
    int same = 0;
    for (auto it = m_formatting.rbegin(); it != m_formatting.rend() && it->node; ++it)
        same += it->node->v.element.tag == current();
    if (same >= 3)
        return decline(); // the "Noah's Ark" clause compares attributes
    m_formatting.push_back({m_open.back().node, true});
    return true;
}

void TreeBuilder::clearToMarker()
{
    while (!m_formatting.empty()) {
        const Formatting entry = m_formatting.back();
        m_formatting.pop_back();
        if (!entry.node)
            break;
        m_closedFormatting -= !entry.open;
    }
}

// "close the cell"
bool TreeBuilder::closeCell()
{
    generateImpliedEndTags();
    while (current() != GUMBO_TAG_TD && current() != GUMBO_TAG_TH) {
        if (!popClosed())
            return false;
    }
    pop();
    clearToMarker();
    m_mode = Mode::InRow;
    return true;
}

// A raw-text, RCDATA or script element at the current node, with its text;
// the tokenizer goes on after its end tag.
bool TreeBuilder::rawElement(const Tag &t, Content content)
{
    if (!insert(t.tag, &t))
        return false;
    std::size_t end = content == Content::Script ? scriptDataEnd(m_in, t.end)
                                                 : rawTextEnd(m_in, t.end, gumbo_normalized_tagname(t.tag));
    m_scratch.clear();
    if (!decode(m_in, t.end, end, content == Content::RcData ? Decode::Data : Decode::RawText, &m_scratch))
        return decline();
    std::string_view body = m_scratch;
    if (t.tag == GUMBO_TAG_TEXTAREA && !body.empty() && body.front() == '\n')
        body.remove_prefix(1);
    buffer(body);
    if (end < m_in.size()) {
        const std::size_t nameEnd = tagNameEnd(m_in, end + 2);
        bool selfClosing = false;
        const std::size_t close = splitAttributes(m_in, nameEnd, &selfClosing, [](const AttributeSpan &) {});
        end = close == npos ? m_in.size() : close;
    }
    m_next = end;
    return pop();
}

bool TreeBuilder::text(std::size_t from, std::size_t to)
{
    m_scratch.clear();
    if (!decode(m_in, from, to, Decode::Data, &m_scratch))
        return decline();
    std::string_view t = m_scratch;
    if (m_dropNewline) {
        m_dropNewline = false;
        if (!t.empty() && t.front() == '\n')
            t.remove_prefix(1);
    }
    return characters(t);
}

bool TreeBuilder::characters(std::string_view t)
{
    while (!t.empty()) {
        const std::size_t space = leadingWhitespace(t);
        switch (m_mode) {
        case Mode::Initial:
            t.remove_prefix(space);
            if (t.empty())
                return true;
            if (!insert(GUMBO_TAG_HTML, nullptr))
                return false;
            m_mode = Mode::BeforeHead;
            break;
        case Mode::BeforeHead:
            t.remove_prefix(space);
            if (t.empty())
                return true;
            if (!insert(GUMBO_TAG_HEAD, nullptr))
                return false;
            m_mode = Mode::InHead;
            break;
        case Mode::InHead:
        case Mode::AfterHead:
            buffer(t.substr(0, space));
            t.remove_prefix(space);
            if (t.empty())
                return true;
            if (m_mode == Mode::InHead) {
                pop(); // the head
                m_mode = Mode::AfterHead;
            } else {
                if (!insert(GUMBO_TAG_BODY, nullptr))
                    return false;
                m_mode = Mode::InBody;
            }
            break;
        case Mode::InBody:
        case Mode::InCell:
        case Mode::InCaption:
            if (!reconstruct())
                return false;
            buffer(t);
            return true;
        case Mode::InSelect:
            buffer(t);
            return true;
        case Mode::InHeadNoscript:
        case Mode::InTable:
        case Mode::InTableBody:
        case Mode::InRow:
        case Mode::InColumnGroup:
            if (space < t.size())
                return decline(); // leaves the noscript, or is foster-parented
            buffer(t);
            return true;
        }
    }
    return true;
}

bool TreeBuilder::comment()
{
    flush(); // gumbo ends the text node before a comment node
    return true;
}

bool TreeBuilder::startTag(const Tag &t)
{
    for (;;) {
        switch (m_mode) {
        case Mode::Initial:
            if (t.tag == GUMBO_TAG_HTML) {
                m_mode = Mode::BeforeHead;
                return insert(GUMBO_TAG_HTML, &t);
            }
            if (!insert(GUMBO_TAG_HTML, nullptr))
                return false;
            m_mode = Mode::BeforeHead;
            break;
        case Mode::BeforeHead:
            if (t.tag == GUMBO_TAG_HEAD) {
                m_mode = Mode::InHead;
                return insert(GUMBO_TAG_HEAD, &t);
            }
            if (t.tag == GUMBO_TAG_HTML || !insert(GUMBO_TAG_HEAD, nullptr))
                return decline();
            m_mode = Mode::InHead;
            break;
        case Mode::InHead:
            switch (t.tag) {
            case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
                return insertVoid(t);
            case GUMBO_TAG_TITLE:
                return rawElement(t, Content::RcData);
            case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_STYLE:
                return rawElement(t, Content::RawText);
            case GUMBO_TAG_SCRIPT:
                return rawElement(t, Content::Script);
            case GUMBO_TAG_NOSCRIPT:
                m_mode = Mode::InHeadNoscript;
                return insert(t.tag, &t);
            case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_TEMPLATE:
                return decline();
            default:
                pop(); // the head
                m_mode = Mode::AfterHead;
                break;
            }
            break;
        case Mode::InHeadNoscript:
            switch (t.tag) {
            case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
                return insertVoid(t);
            case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_STYLE:
                return rawElement(t, Content::RawText);
            default:
                return decline(); // leaves the noscript and the head
            }
        case Mode::AfterHead:
            switch (t.tag) {
            case GUMBO_TAG_BODY:
                m_mode = Mode::InBody;
                return insert(GUMBO_TAG_BODY, &t);
            case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_BASE:
            case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
            case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
            case GUMBO_TAG_TITLE:
                return decline(); // goes back into the head
            default:
                if (!insert(GUMBO_TAG_BODY, nullptr))
                    return false;
                m_mode = Mode::InBody;
                break;
            }
            break;
        case Mode::InBody:
            return startInBody(t);
        case Mode::InCell:
        case Mode::InCaption:
            switch (t.tag) {
            case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD:
            case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
                if (m_mode == Mode::InCaption) {
                    generateImpliedEndTags();
                    if (!popUntil(GUMBO_TAG_CAPTION))
                        return false;
                    clearToMarker();
                    m_mode = Mode::InTable;
                } else if (!closeCell()) {
                    return false;
                }
                break;
            default:
                return startInBody(t);
            }
            break;
        case Mode::InTable:
            switch (t.tag) {
            case GUMBO_TAG_CAPTION:
                if (!clearTo({GUMBO_TAG_TABLE}) || !insert(t.tag, &t))
                    return decline();
                m_formatting.push_back({nullptr, false});
                m_mode = Mode::InCaption;
                return true;
            case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL:
                if (!clearTo({GUMBO_TAG_TABLE}))
                    return decline();
                m_mode = Mode::InColumnGroup;
                if (t.tag == GUMBO_TAG_COLGROUP)
                    return insert(t.tag, &t);
                if (!insert(GUMBO_TAG_COLGROUP, nullptr))
                    return false;
                break;
            case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            case GUMBO_TAG_TR:
                if (!clearTo({GUMBO_TAG_TABLE}))
                    return decline();
                m_mode = Mode::InTableBody;
                if (isTableSection(t.tag))
                    return insert(t.tag, &t);
                if (!insert(GUMBO_TAG_TBODY, nullptr))
                    return false;
                break;
            default:
                return startInTable(t);
            }
            break;
        case Mode::InTableBody:
            switch (t.tag) {
            case GUMBO_TAG_TR:
                if (!clearTo({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}))
                    return decline();
                m_mode = Mode::InRow;
                return insert(t.tag, &t);
            case GUMBO_TAG_TD: case GUMBO_TAG_TH:
                if (!clearTo({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}) || !insert(GUMBO_TAG_TR, nullptr))
                    return decline();
                m_mode = Mode::InRow;
                break;
            case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY:
            case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD:
                if (!clearTo({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}))
                    return decline();
                pop();
                m_mode = Mode::InTable;
                break;
            default:
                return startInTable(t);
            }
            break;
        case Mode::InRow:
            switch (t.tag) {
            case GUMBO_TAG_TD: case GUMBO_TAG_TH:
                if (!clearTo({GUMBO_TAG_TR}) || !insert(t.tag, &t))
                    return decline();
                m_formatting.push_back({nullptr, false});
                m_mode = Mode::InCell;
                return true;
            case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY:
            case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
                if (!clearTo({GUMBO_TAG_TR}))
                    return decline();
                pop();
                m_mode = Mode::InTableBody;
                break;
            default:
                return startInTable(t);
            }
            break;
        case Mode::InSelect:
            switch (t.tag) {
            case GUMBO_TAG_OPTION:
                if (current() == GUMBO_TAG_OPTION)
                    pop();
                return insert(t.tag, &t);
            case GUMBO_TAG_OPTGROUP:
                if (current() == GUMBO_TAG_OPTION)
                    pop();
                if (current() == GUMBO_TAG_OPTGROUP)
                    pop();
                return insert(t.tag, &t);
            case GUMBO_TAG_SCRIPT:
                return rawElement(t, Content::Script);
            default:
                return decline(); // ignored, or ends the select
            }
        case Mode::InColumnGroup:
            if (t.tag == GUMBO_TAG_COL)
                return insertVoid(t);
            if (current() != GUMBO_TAG_COLGROUP || t.tag == GUMBO_TAG_HTML || t.tag == GUMBO_TAG_TEMPLATE)
                return decline();
            pop();
            m_mode = Mode::InTable;
            break;
        }
    }
}

// An svg or math element and its content, when the content is plain (the
// condenser's rule, htmlcondenser.cpp): elements in its namespace, none that
// breaks out into HTML, text alone in integration points, each closed by its
// exact "</name>", no CDATA. Anything else declines.
bool TreeBuilder::foreignContent(const Tag &t)
{
    const GumboNamespaceEnum ns = t.tag == GUMBO_TAG_SVG ? GUMBO_NAMESPACE_SVG : GUMBO_NAMESPACE_MATHML;
    const std::size_t depth = m_open.size();
    if (!insert(t.tag, &t, ns))
        return false;
    if (m_selfClosing)
        return pop();
    const std::size_t n = m_in.size();
    bool textOnly = false; // inside an integration point
    std::size_t k = t.end;
    while (m_open.size() > depth) {
        const std::size_t lt = m_in.find('<', k);
        if (lt > k && !text(k, std::min(lt, n)))
            return false;
        if (lt == npos || lt + 2 >= n)
            return decline(); // the input ends inside
        const auto c = static_cast<unsigned char>(m_in[lt + 1]);
        if (isAlpha(c)) {
            Tag inner;
            inner.lt = lt;
            const std::size_t nameEnd = tagNameEnd(m_in, lt + 1);
            inner.name = m_in.substr(lt + 1, nameEnd - lt - 1);
            inner.tag = tagOf(inner.name);
            if (textOnly || breaksForeignContent(inner.name))
                return decline();
            bool selfClosing = false;
            m_attributes.clear();
            inner.end = splitAttributes(m_in, nameEnd, &selfClosing, [this](const AttributeSpan &a) { m_attributes.push_back(a); });
            if (inner.end == npos || !insert(inner.tag, &inner, ns))
                return decline();
            if (selfClosing)
                pop();
            else
                textOnly = integrationPoint(inner.name);
            k = inner.end;
        } else if (c == '/' && isAlpha(static_cast<unsigned char>(m_in[lt + 2]))) {
            const std::size_t nameEnd = tagNameEnd(m_in, lt + 2);
            // gumbo 0.10 matches an end tag in foreign content by its source
            // text: "</g >" closes nothing there.
            if (nameEnd >= n || m_in[nameEnd] != '>' || !sameFolded(m_in.substr(lt + 2, nameEnd - lt - 2), m_open.back().name))
                return decline();
            pop();
            textOnly = false;
            k = nameEnd + 1;
        } else if (c == '!' && m_in.compare(lt, 4, "<!--") == 0) {
            k = commentEnd(m_in, lt);
            comment();
        } else if (c == '!' || c == '?' || c == '/') {
            return decline(); // CDATA, or a bogus comment
        } else {
            if (!text(lt, lt + 1)) // a '<' that starts nothing is text
                return false;
            k = lt + 1;
        }
    }
    m_next = k;
    return true;
}

// "in table", for the start tags that are not table structure.
bool TreeBuilder::startInTable(const Tag &t)
{
    switch (t.tag) {
    case GUMBO_TAG_STYLE:
        return rawElement(t, Content::RawText);
    case GUMBO_TAG_SCRIPT:
        return rawElement(t, Content::Script);
    default:
        return decline(); // another table, a template, a form, hidden inputs, or foster parenting
    }
}

bool TreeBuilder::startInBody(const Tag &t)
{
    const GumboTag tag = t.tag;
    if (tag != GUMBO_TAG_A && tag != GUMBO_TAG_XMP && reconstructsFormatting(tag) && !reconstruct())
        return false;
    switch (tag) {
    case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
        return insertVoid(t);
    case GUMBO_TAG_TITLE:
        return rawElement(t, Content::RcData);
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_STYLE:
        return rawElement(t, Content::RawText);
    case GUMBO_TAG_SCRIPT:
        return rawElement(t, Content::Script);
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL:
        return closePInButtonScope() && insert(tag, &t);
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        if (!closePInButtonScope())
            return false;
        if (isHeading(current()))
            pop();
        return insert(tag, &t);
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING:
        if (!closePInButtonScope() || !insert(tag, &t))
            return false;
        m_dropNewline = true;
        return true;
    case GUMBO_TAG_FORM:
        if (m_form || !closePInButtonScope() || !insert(tag, &t))
            return decline();
        m_form = m_open.back().node;
        return true;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        for (std::size_t i = m_open.size() - 1; i > 0; --i) {
            const GumboTag open = m_open[i].tag;
            const bool closes = tag == GUMBO_TAG_LI ? open == GUMBO_TAG_LI : (open == GUMBO_TAG_DD || open == GUMBO_TAG_DT);
            if (closes) {
                generateImpliedEndTags(open);
                if (!popUntil(open))
                    return false;
                break;
            }
            if (isUnsettled(open))
                return decline();
            if (isSpecial(open) && open != GUMBO_TAG_ADDRESS && open != GUMBO_TAG_DIV && open != GUMBO_TAG_P)
                break;
        }
        return closePInButtonScope() && insert(tag, &t);
    case GUMBO_TAG_BUTTON:
        if (inScope(GUMBO_TAG_BUTTON, Scope::Default))
            return decline();
        return insert(tag, &t);
    case GUMBO_TAG_A:
        // An a still active: the adoption agency closes it first, and what
        // it leaves of it goes.
        for (int pass = 0; pass < 2; ++pass) {
            std::size_t k = m_formatting.size();
            while (k > 0 && m_formatting[k - 1].node && m_formatting[k - 1].node->v.element.tag != GUMBO_TAG_A)
                --k;
            if (k == 0 || !m_formatting[k - 1].node)
                break;
            if (pass == 0) {
                if (!adoptionAgency(GUMBO_TAG_A))
                    return false;
                continue;
            }
            GumboNode *left = m_formatting[k - 1].node;
            eraseFormatting(k - 1);
            if (const std::size_t at = stackIndex(left); at != npos) {
                close(m_open[at]);
                m_open.erase(m_open.begin() + std::ptrdiff_t(at));
            }
        }
        return reconstruct() && insert(tag, &t) && pushFormatting();
    case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE: case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
        return insert(tag, &t) && pushFormatting();
    case GUMBO_TAG_TABLE:
        // Whether a table closes an open p depends on the quirks mode.
        if (inScope(GUMBO_TAG_P, Scope::Button) || !insert(tag, &t))
            return decline();
        m_mode = Mode::InTable;
        return true;
    case GUMBO_TAG_AREA: case GUMBO_TAG_BR: case GUMBO_TAG_EMBED: case GUMBO_TAG_IMG: case GUMBO_TAG_WBR:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
        return insertVoid(t);
    case GUMBO_TAG_HR:
        return closePInButtonScope() && insertVoid(t);
    case GUMBO_TAG_TEXTAREA:
        return rawElement(t, Content::RcData);
    case GUMBO_TAG_XMP:
        return closePInButtonScope() && reconstruct() && rawElement(t, Content::RawText);
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED:
        return rawElement(t, Content::RawText);
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OPTION:
        if (current() == GUMBO_TAG_OPTION)
            pop();
        return insert(tag, &t);
    case GUMBO_TAG_SELECT:
        if (!insert(tag, &t))
            return false;
        m_mode = Mode::InSelect;
        return true;
    case GUMBO_TAG_MATH: case GUMBO_TAG_SVG:
        return foreignContent(t);
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_HEAD: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_NOBR: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_IMAGE: case GUMBO_TAG_ISINDEX: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_RB: case GUMBO_TAG_RP: case GUMBO_TAG_RT: case GUMBO_TAG_RTC:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
        return decline();
    default:
        if (isUnsettled(tag)) {
            // Closes an open p, or reconstructs formatting first, in one
            // version of the rules and not in the other.
            if (inScope(GUMBO_TAG_P, Scope::Button) || m_closedFormatting > 0)
                return decline();
            return insert(tag, &t);
        }
        return insert(tag, &t); // an ordinary element; "/>" does not close it
    }
}

bool TreeBuilder::endTag(const Tag &t)
{
    for (;;) {
        switch (m_mode) {
        case Mode::InHead:
            if (t.tag != GUMBO_TAG_HEAD)
                return decline();
            pop();
            m_mode = Mode::AfterHead;
            return true;
        case Mode::InHeadNoscript:
            if (t.tag != GUMBO_TAG_NOSCRIPT)
                return decline();
            pop();
            m_mode = Mode::InHead;
            return true;
        case Mode::Initial:
        case Mode::BeforeHead:
        case Mode::AfterHead:
            return decline();
        case Mode::InBody:
            return endInBody(t);
        case Mode::InCell:
            switch (t.tag) {
            case GUMBO_TAG_TD: case GUMBO_TAG_TH:
                if (!inScope(t.tag, Scope::Table))
                    return decline();
                generateImpliedEndTags();
                if (!popUntil(t.tag))
                    return false;
                clearToMarker();
                m_mode = Mode::InRow;
                return true;
            case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
                if (!inScope(t.tag, Scope::Table) || !closeCell())
                    return decline();
                break;
            case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_HTML:
                return decline();
            default:
                return endInBody(t);
            }
            break;
        case Mode::InCaption:
            switch (t.tag) {
            case GUMBO_TAG_CAPTION: case GUMBO_TAG_TABLE:
                if (!inScope(GUMBO_TAG_CAPTION, Scope::Table))
                    return decline();
                generateImpliedEndTags();
                if (!popUntil(GUMBO_TAG_CAPTION))
                    return false;
                clearToMarker();
                m_mode = Mode::InTable;
                if (t.tag == GUMBO_TAG_CAPTION)
                    return true;
                break;
            case GUMBO_TAG_BODY: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_HTML: case GUMBO_TAG_TBODY:
            case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
                return decline();
            default:
                return endInBody(t);
            }
            break;
        case Mode::InTable:
            return endInTable(t);
        case Mode::InTableBody:
            if (isTableSection(t.tag)) {
                if (current() != t.tag)
                    return decline();
                pop();
                m_mode = Mode::InTable;
                return true;
            }
            if (t.tag != GUMBO_TAG_TABLE)
                return endInTable(t);
            if (!clearTo({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT}))
                return decline();
            pop();
            m_mode = Mode::InTable;
            break;
        case Mode::InRow:
            if (t.tag == GUMBO_TAG_TR) {
                if (current() != GUMBO_TAG_TR)
                    return decline();
                pop();
                m_mode = Mode::InTableBody;
                return true;
            }
            if (t.tag != GUMBO_TAG_TABLE && !isTableSection(t.tag))
                return endInTable(t);
            if (current() != GUMBO_TAG_TR || !inScope(t.tag, Scope::Table))
                return decline();
            pop();
            m_mode = Mode::InTableBody;
            break;
        case Mode::InSelect:
            switch (t.tag) {
            case GUMBO_TAG_OPTGROUP:
                if (current() == GUMBO_TAG_OPTION && m_open.size() > 2 && m_open[m_open.size() - 2].tag == GUMBO_TAG_OPTGROUP)
                    pop();
                [[fallthrough]];
            case GUMBO_TAG_OPTION:
                if (current() != t.tag)
                    return decline();
                return pop();
            case GUMBO_TAG_SELECT:
                while (current() != GUMBO_TAG_SELECT) {
                    if (current() != GUMBO_TAG_OPTION && current() != GUMBO_TAG_OPTGROUP)
                        return decline();
                    pop();
                }
                pop();
                return resetMode();
            default:
                return decline();
            }
        case Mode::InColumnGroup:
            if (current() != GUMBO_TAG_COLGROUP || t.tag == GUMBO_TAG_COL || t.tag == GUMBO_TAG_TEMPLATE)
                return decline();
            pop();
            m_mode = Mode::InTable;
            if (t.tag == GUMBO_TAG_COLGROUP)
                return true;
            break;
        }
    }
}

bool TreeBuilder::endInTable(const Tag &t)
{
    if (t.tag != GUMBO_TAG_TABLE || current() != GUMBO_TAG_TABLE)
        return decline(); // ignored, or foster-parented
    pop();
    return resetMode();
}

bool TreeBuilder::endInBody(const Tag &t)
{
    const GumboTag tag = t.tag;
    switch (tag) {
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
        // "after body": what follows is reprocessed in body
        return inScope(GUMBO_TAG_BODY, Scope::Default) || decline();
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_LISTING: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_UL:
        if (!inScope(tag, Scope::Default))
            return decline();
        generateImpliedEndTags();
        return popUntil(tag);
    case GUMBO_TAG_FORM:
        if (current() != GUMBO_TAG_FORM || m_open.back().node != m_form)
            return decline();
        m_form = nullptr;
        // gumbo removes the form from the stack without ending the text
        // node: text gathered at the form's end goes to its parent.
        return pop(false);
    case GUMBO_TAG_P:
        if (!inScope(GUMBO_TAG_P, Scope::Button)) {
            // A p end tag without a p makes an empty one. Whether the active
            // formatting elements are reconstructed first differs between
            // gumbo's versions (Debian's does not): declined where it matters.
            if (m_closedFormatting > 0 || !insert(GUMBO_TAG_P, nullptr))
                return false;
        }
        generateImpliedEndTags(GUMBO_TAG_P);
        return popUntil(GUMBO_TAG_P);
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        if (!inScope(tag, tag == GUMBO_TAG_LI ? Scope::ListItem : Scope::Default))
            return decline();
        generateImpliedEndTags(tag);
        return popUntil(tag);
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: {
        bool open = false;
        for (const GumboTag heading : {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6})
            open = open || inScope(heading, Scope::Default);
        if (!open)
            return true; // ignored
        generateImpliedEndTags();
        for (;;) {
            const GumboTag popped = current();
            if (!popClosed())
                return false;
            if (isHeading(popped))
                return true;
        }
    }
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE: case GUMBO_TAG_EM: case GUMBO_TAG_FONT:
    case GUMBO_TAG_I: case GUMBO_TAG_NOBR: case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_TT: case GUMBO_TAG_U:
        return adoptionAgency(t.tag);
    case GUMBO_TAG_BR:
        // "</br>" is read as "<br>" without attributes (whether after
        // reconstructing formatting: see "</p>").
        if (m_closedFormatting > 0)
            return decline();
        return insert(GUMBO_TAG_BR, nullptr) && pop();
    default:
        return anyOtherEndTag(t);
    }
}

// The adoption agency algorithm as gumbo 0.10.1 runs it: the current
// specification's, with its inner loop, where a node past the third round
// leaves the list of active formatting elements but stays on the stack; an
// end tag whose formatting element it cannot find is ignored. False only
// where the builder declines: moving a node into a table would
// foster-parent it.
bool TreeBuilder::adoptionAgency(GumboTag subject)
{
    if (current() == subject && listIndex(m_open.back().node) == npos) {
        pop(); // the current node, no longer active
        return true;
    }
    for (int round = 0; round < 8; ++round) {
        std::size_t k = m_formatting.size();
        while (k > 0 && m_formatting[k - 1].node && m_formatting[k - 1].node->v.element.tag != subject)
            --k;
        if (k == 0 || !m_formatting[k - 1].node)
            return true; // none after the last marker: ignored
        GumboNode *const formatting = m_formatting[k - 1].node;
        const std::size_t formattingAt = stackIndex(formatting);
        if (formattingAt == npos) {
            eraseFormatting(k - 1);
            return true;
        }
        if (!inScope(subject, Scope::Default))
            return true; // ignored
        std::size_t furthest = npos;
        for (std::size_t j = formattingAt; j < m_open.size(); ++j) {
            if (isSpecial(m_open[j].tag)) {
                furthest = j;
                break;
            }
        }
        if (furthest == npos) {
            while (m_open.back().node != formatting)
                pop(); // formatting elements among them stay active, closed
            pop();
            eraseFormatting(listIndex(formatting));
            return true;
        }
        GumboNode *const furthestBlock = m_open[furthest].node;
        GumboNode *const commonAncestor = m_open[formattingAt - 1].node;
        std::size_t bookmark = listIndex(formatting) + 1;
        GumboNode *node = furthestBlock;
        GumboNode *lastNode = furthestBlock;
        std::size_t savedIndex = furthest;
        for (int inner = 1;; ++inner) {
            std::size_t nodeAt = stackIndex(node);
            if (nodeAt == npos)
                nodeAt = savedIndex;
            savedIndex = --nodeAt;
            node = m_open[nodeAt].node;
            if (node == formatting)
                break;
            const std::size_t entry = listIndex(node);
            if (inner > 3 && entry != npos) {
                eraseFormatting(entry); // it stays on the stack (as gumbo 0.10.1 has it)
                if (entry < bookmark)
                    --bookmark;
                continue;
            }
            if (entry == npos) {
                close(m_open[nodeAt]);
                m_open.erase(m_open.begin() + std::ptrdiff_t(nodeAt));
                continue;
            }
            GumboNode *copy = clone(node);
            m_formatting[entry].node = copy;
            const Open replaced = m_open[nodeAt];
            close(replaced);
            m_open[nodeAt] = open(copy, replaced.tag, replaced.name);
            node = copy;
            if (lastNode == furthestBlock)
                bookmark = entry + 1;
            removeFromParent(lastNode);
            appendTo(m_open[nodeAt], lastNode);
            lastNode = node;
        }
        removeFromParent(lastNode);
        const std::size_t ancestorAt = stackIndex(commonAncestor);
        switch (m_open[ancestorAt].tag) {
        case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
            return decline(); // foster parenting
        default:
            break;
        }
        appendTo(m_open[ancestorAt], lastNode);

        // The furthest block's children move into a clone of the formatting
        // element, which becomes its only child.
        GumboNode *copy = clone(formatting);
        const std::size_t blockAt = stackIndex(furthestBlock);
        Open moved = open(copy, subject, {});
        std::swap(moved.children, m_open[blockAt].children);
        for (GumboNode *child : m_childLists[moved.children])
            child->parent = copy;
        appendTo(m_open[blockAt], copy);

        const std::size_t formattingEntry = listIndex(formatting);
        if (formattingEntry < bookmark)
            --bookmark;
        m_formatting.erase(m_formatting.begin() + std::ptrdiff_t(formattingEntry));
        m_formatting.insert(m_formatting.begin() + std::ptrdiff_t(bookmark), {copy, true});

        const std::size_t oldAt = stackIndex(formatting);
        close(m_open[oldAt]);
        m_open.erase(m_open.begin() + std::ptrdiff_t(oldAt));
        m_open.insert(m_open.begin() + std::ptrdiff_t(stackIndex(furthestBlock) + 1), moved);
    }
    return true;
}

bool TreeBuilder::anyOtherEndTag(const Tag &t)
{
    if (isUnsettled(t.tag) && current() != t.tag)
        return decline(); // gumbo 0.10 may close it as a block (it does for main)
    // "any other end tag": the nearest open element of that name, unless a
    // special element comes first (the end tag is ignored then).
    for (std::size_t i = m_open.size() - 1; i > 0; --i) {
        const Open &open = m_open[i];
        // gumbo 0.10 tells elements apart by their tag enum alone: an end
        // tag of one unknown name closes an element of another.
        if (open.tag == t.tag && t.tag == GUMBO_TAG_UNKNOWN && !sameFolded(open.name, t.name))
            return decline();
        if (open.tag == t.tag) {
            generateImpliedEndTags(t.tag);
            while (m_open.size() - 1 > i) {
                if (!popClosed())
                    return false;
            }
            return pop();
        }
        if (isUnsettled(open.tag))
            return decline();
        if (isSpecial(open.tag))
            return true; // ignored (the text around it stays one node)
    }
    return true;
}

bool TreeBuilder::endOfFile()
{
    for (;;) {
        switch (m_mode) {
        case Mode::Initial:
            if (!insert(GUMBO_TAG_HTML, nullptr))
                return false;
            m_mode = Mode::BeforeHead;
            break;
        case Mode::BeforeHead:
            if (!insert(GUMBO_TAG_HEAD, nullptr))
                return false;
            m_mode = Mode::InHead;
            break;
        case Mode::InHeadNoscript:
            return decline();
        case Mode::InHead:
            pop();
            m_mode = Mode::AfterHead;
            break;
        case Mode::AfterHead:
            if (!insert(GUMBO_TAG_BODY, nullptr))
                return false;
            m_mode = Mode::InBody;
            break;
        default:
            while (!m_open.empty())
                pop(); // the document last: its children are set when it is popped
            return true;
        }
    }
}

GumboOutput *TreeBuilder::run()
{
    if (m_in.find('\0') != npos)
        return nullptr; // gumbo replaces it, in names as in text
    auto *document = make<GumboNode>();
    document->type = GUMBO_NODE_DOCUMENT;
    document->index_within_parent = unsigned(-1);
    m_open.push_back(open(document, GUMBO_TAG_UNKNOWN, {}));

    const std::size_t n = m_in.size();
    std::size_t pos = 0;
    while (pos < n && !m_declined) {
        const std::size_t lt = m_in.find('<', pos);
        if (lt == npos) {
            m_declined |= !text(pos, n);
            break;
        }
        if (lt > pos && !text(pos, lt)) {
            m_declined = true;
            break;
        }
        if (lt + 1 >= n) {
            m_declined |= !text(lt, n);
            break;
        }
        const auto c = static_cast<unsigned char>(m_in[lt + 1]);
        const bool start = isAlpha(c);
        const bool end = c == '/' && lt + 2 < n && isAlpha(static_cast<unsigned char>(m_in[lt + 2]));
        if (start || end) {
            Tag t;
            t.lt = lt;
            const std::size_t nameStart = lt + (start ? 1 : 2);
            const std::size_t nameEnd = tagNameEnd(m_in, nameStart);
            t.name = m_in.substr(nameStart, nameEnd - nameStart);
            t.tag = tagOf(t.name);
            bool selfClosing = false;
            m_attributes.clear();
            t.end = splitAttributes(m_in, nameEnd, &selfClosing, [this](const AttributeSpan &a) { m_attributes.push_back(a); });
            if (t.end == npos)
                break; // the input ends inside the tag: the tokenizer drops it
            m_selfClosing = selfClosing;
            m_dropNewline = false;
            m_next = t.end;
            if (start ? !startTag(t) : !endTag(t)) {
                m_declined = true; // every false return declines
                break;
            }
            pos = m_next;
            continue;
        }
        if (c == '/' && lt + 2 >= n) {
            m_declined |= !text(lt, n); // "</" at the end is text
            break;
        }
        m_dropNewline = false;
        if (c == '/' && m_in[lt + 2] == '>')
            return nullptr; // gumbo 0.10 parses what follows "</>" with state left over from it
        if (c == '!' && m_in.compare(lt, 4, "<!--") == 0) {
            pos = commentEnd(m_in, lt);
            comment();
        } else if (c == '!' && lt + 9 <= n && equalsFolded(m_in.substr(lt + 2, 7), "doctype")) {
            if (m_mode != Mode::Initial || m_hasDoctype)
                return nullptr;
            m_hasDoctype = true;
            pos = skipTo(m_in, lt + 2, '>');
        } else if (c == '!' || c == '?' || c == '/') {
            pos = skipTo(m_in, lt + 2, '>'); // a bogus comment
            comment();
        } else {
            if (!text(lt, lt + 1)) { // a '<' that starts nothing is text
                m_declined = true;
                break;
            }
            pos = lt + 1;
        }
    }
    if (m_declined || !endOfFile())
        return nullptr;
    auto *output = make<GumboOutput>();
    output->document = document;
    output->root = document->v.document.children.length > 0 ? static_cast<GumboNode *>(document->v.document.children.data[0])
                                                            : nullptr;
    document->v.document.has_doctype = m_hasDoctype;
    document->v.document.name = "";
    document->v.document.public_identifier = "";
    document->v.document.system_identifier = "";
    return output;
}

} // namespace

GumboOutput *HtmlTreeBuilder::build(std::string_view html, GumboArena *arena)
{
    return TreeBuilder(html, arena).run();
}

} // namespace sslrec
