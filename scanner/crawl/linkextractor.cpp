#include "crawl/linkextractor.h"

#include "compare/gumboarena.h"
#include "compare/htmlcondenser.h"
#include "compare/parsedhtml.h"
#include "crawl/htmllinkscan.h"

#include <gumbo.h>

#include <QSet>

#include <vector>

namespace sslrec {

namespace {

constexpr int kMaxTitle = 1024;

// WHATWG URL parsing strips leading/trailing C0 and space and drops tabs and
// newlines anywhere; browsers follow such hrefs, so the crawler must too.
QString cleanReference(QString value)
{
    value = value.trimmed();
    value.remove(u'\t');
    value.remove(u'\n');
    value.remove(u'\r');
    return value;
}

bool isHttp(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString collapseWhitespace(const QString &text)
{
    return text.simplified().left(kMaxTitle);
}

LinkElements readTree(const GumboOutput *output);
void readElement(const GumboElement &e, LinkElements *found);
void collectLinks(const LinkElements &found, const QUrl &pageUrl, const LinkExtractorOptions &options, PageLinks *out);

} // namespace

PageLinks extractLinks(const QByteArray &html, const QUrl &pageUrl, const LinkExtractorOptions &options)
{
    PageLinks page;
    page.baseUrl = pageUrl.adjusted(QUrl::RemoveFragment);
    QByteArray input = html;
    if (options.maxInputBytes >= 0 && input.size() > options.maxInputBytes) {
        input.truncate(options.maxInputBytes);
        page.inputTruncated = true;
    }
    if (options.tokenizerFirst) {
        LinkElements found;
        if (scanLinkElements(std::string_view(input.constData(), std::size_t(input.size())), &found)) {
            collectLinks(found, pageUrl, options, &page);
            return page;
        }
    }
    // The condensed copy outlives the parse; input only borrows its bytes.
    HtmlCondenser::Output condensed;
    if (options.condense && HtmlCondenser::condense(std::string_view(input.constData(), std::size_t(input.size())), &condensed))
        input = QByteArray::fromRawData(condensed.html.data(), qsizetype(condensed.html.size()));
    input = limitNesting(input, options.maxNesting, &page.depthLimited);

    GumboArena arena;
    const GumboOptions gumboOptions = arena.options();
    GumboOutput *output = gumbo_parse_with_options(&gumboOptions, input.constData(), static_cast<size_t>(input.size()));
    if (output && output->document)
        collectLinks(readTree(output), pageUrl, options, &page);
    return page;
}

PageLinks extractLinks(const ParsedHtml &parsed, const QUrl &pageUrl, const LinkExtractorOptions &options)
{
    const QByteArray original = QByteArray::fromRawData(parsed.original().data(), qsizetype(parsed.original().size()));
    // The shared tree is the one extractLinks() would build only when its
    // own input cap and nesting pre-scan leave the condensed copy as it is.
    if (!options.condense || (options.maxInputBytes >= 0 && original.size() > options.maxInputBytes))
        return extractLinks(original, pageUrl, options);
    bool limited = false;
    limitNesting(QByteArray::fromRawData(parsed.condensed().data(), qsizetype(parsed.condensed().size())),
                 options.maxNesting, &limited);
    if (limited)
        return extractLinks(original, pageUrl, options);
    PageLinks page;
    page.baseUrl = pageUrl.adjusted(QUrl::RemoveFragment);
    collectLinks(readTree(parsed.tree()), pageUrl, options, &page);
    return page;
}

namespace {

// The link elements and title of gumbo's tree, in document order.
LinkElements readTree(const GumboOutput *output)
{
    LinkElements found;
    // Document order walk with an explicit stack: depth costs heap, not stack.
    std::vector<const GumboNode *> pending{output->document};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            children = &node->v.element.children;
            readElement(node->v.element, &found);
        }
        if (!children)
            continue;
        for (unsigned int k = children->length; k > 0; --k)
            pending.push_back(static_cast<const GumboNode *>(children->data[k - 1]));
    }
    return found;
}

void readElement(const GumboElement &e, LinkElements *found)
{
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML)
        return;
    if (e.tag == GUMBO_TAG_TITLE) {
        if (found->titleSeen)
            return;
        found->titleSeen = true;
        for (unsigned int k = 0; k < e.children.length; ++k) {
            const auto *child = static_cast<const GumboNode *>(e.children.data[k]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                found->title += child->v.text.text;
        }
        return;
    }
    const char *referenceName = nullptr;
    switch (e.tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_AREA: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: referenceName = "href"; break;
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME: referenceName = "src"; break;
    default: return;
    }
    const GumboAttribute *reference = gumbo_get_attribute(&e.attributes, referenceName);
    if (!reference)
        return;
    LinkElement element;
    element.tag = e.tag;
    element.reference = reference->value;
    if (const GumboAttribute *rel = gumbo_get_attribute(&e.attributes, "rel"))
        element.rel = rel->value;
    if (const GumboAttribute *type = gumbo_get_attribute(&e.attributes, "type"))
        element.type = type->value;
    found->elements.push_back(std::move(element));
}

QString elementName(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: return QStringLiteral("a");
    case GUMBO_TAG_AREA: return QStringLiteral("area");
    case GUMBO_TAG_LINK: return QStringLiteral("link");
    case GUMBO_TAG_IFRAME: return QStringLiteral("iframe");
    case GUMBO_TAG_FRAME: return QStringLiteral("frame");
    default: return QString();
    }
}

// Turns the elements found (by gumbo or by the tokenizer) into the page's
// links; page.baseUrl is the page's URL on entry.
void collectLinks(const LinkElements &found, const QUrl &pageUrl, const LinkExtractorOptions &options, PageLinks *out)
{
    PageLinks &page = *out;
    if (found.titleSeen)
        page.title = collapseWhitespace(QString::fromUtf8(found.title));

    // <base href> applies to every reference in the document, even earlier ones.
    for (const LinkElement &e : found.elements) {
        if (e.tag != GUMBO_TAG_BASE)
            continue;
        const QUrl base = page.baseUrl.resolved(QUrl(cleanReference(QString::fromUtf8(e.reference))));
        if (isHttp(base))
            page.baseUrl = base.adjusted(QUrl::RemoveFragment);
        break;
    }

    const QUrl self = pageUrl.adjusted(QUrl::RemoveFragment);
    QSet<QString> seen;
    QSet<QString> skipped;
    for (const LinkElement &e : found.elements) {
        if (e.tag == GUMBO_TAG_BASE)
            continue;
        const QStringList rel = QString::fromUtf8(e.rel).toLower().simplified().split(u' ', Qt::SkipEmptyParts);
        if (e.tag == GUMBO_TAG_LINK) {
            const bool pageRel = rel.contains(QLatin1String("canonical")) || rel.contains(QLatin1String("alternate"));
            if (!pageRel || rel.contains(QLatin1String("stylesheet")))
                continue;
        }
        const QString reference = cleanReference(QString::fromUtf8(e.reference));
        if (reference.isEmpty() || reference.startsWith(u'#'))
            continue;
        const QUrl url = page.baseUrl.resolved(QUrl(reference)).adjusted(QUrl::RemoveFragment);
        if (!isHttp(url)) {
            // Counted once per reference: the tree builder clones an open
            // <a> where formatting is reconstructed ("<li><a href=s:><li>f"
            // has two), and those copies are no references of the page's.
            if (!skipped.contains(reference)) {
                skipped.insert(reference);
                ++page.skipped;
            }
            continue;
        }
        if (url == self)
            continue;
        const QString key = url.toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            continue;
        if (page.links.size() >= options.maxLinks) {
            page.linkCapHit = true;
            break;
        }
        seen.insert(key);
        ExtractedLink link;
        link.url = url;
        link.element = elementName(e.tag);
        link.rel = rel.join(u' ');
        link.typeHint = QString::fromUtf8(e.type).trimmed();
        link.nofollow = rel.contains(QLatin1String("nofollow"));
        page.links.append(link);
    }
}

} // namespace

} // namespace sslrec
