#include "crawl/linkextractor.h"

#include "compare/gumboarena.h"
#include "compare/htmlcondenser.h"
#include "compare/parsedhtml.h"

#include <gumbo.h>

#include <QSet>

#include <vector>

namespace sslrec {

namespace {

constexpr int kMaxTitle = 1024;

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

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

// Reads links and title from a parsed page into *out (baseUrl already set).
void readTree(const GumboOutput *output, const QUrl &pageUrl, const LinkExtractorOptions &options, PageLinks *out);

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
    // The condensed copy outlives the parse; input only borrows its bytes.
    HtmlCondenser::Output condensed;
    if (options.condense && HtmlCondenser::condense(std::string_view(input.constData(), std::size_t(input.size())), &condensed))
        input = QByteArray::fromRawData(condensed.html.data(), qsizetype(condensed.html.size()));
    input = limitNesting(input, options.maxNesting, &page.depthLimited);

    GumboArena arena;
    const GumboOptions gumboOptions = arena.options();
    GumboOutput *output = gumbo_parse_with_options(&gumboOptions, input.constData(), static_cast<size_t>(input.size()));
    if (output && output->document)
        readTree(output, pageUrl, options, &page);
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
    readTree(parsed.tree(), pageUrl, options, &page);
    return page;
}

namespace {

void readTree(const GumboOutput *output, const QUrl &pageUrl, const LinkExtractorOptions &options, PageLinks *out)
{
    PageLinks &page = *out;
    // Document order walk with an explicit stack: depth costs heap, not stack.
    std::vector<const GumboNode *> pending{output->document};
    std::vector<const GumboNode *> elements;
    elements.reserve(1024);
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
            elements.push_back(node);
            children = &node->v.element.children;
        }
        if (!children)
            continue;
        for (unsigned int k = children->length; k > 0; --k)
            pending.push_back(static_cast<const GumboNode *>(children->data[k - 1]));
    }

    // <base href> applies to every reference in the document, even earlier ones.
    for (const GumboNode *node : elements) {
        const GumboElement &e = node->v.element;
        if (e.tag != GUMBO_TAG_BASE || e.tag_namespace != GUMBO_NAMESPACE_HTML || !hasAttribute(e, "href"))
            continue;
        const QUrl base = page.baseUrl.resolved(QUrl(cleanReference(attribute(e, "href"))));
        if (isHttp(base))
            page.baseUrl = base.adjusted(QUrl::RemoveFragment);
        break;
    }

    const QUrl self = pageUrl.adjusted(QUrl::RemoveFragment);
    QSet<QString> seen;
    bool titleSeen = false;
    for (const GumboNode *node : elements) {
        const GumboElement &e = node->v.element;
        if (e.tag_namespace != GUMBO_NAMESPACE_HTML)
            continue;
        if (e.tag == GUMBO_TAG_TITLE && !titleSeen) {
            titleSeen = true;
            QString text;
            for (unsigned int k = 0; k < e.children.length && text.size() < kMaxTitle * 4; ++k) {
                const auto *child = static_cast<const GumboNode *>(e.children.data[k]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                    text += QString::fromUtf8(child->v.text.text);
            }
            page.title = collapseWhitespace(text);
            continue;
        }

        const char *attributeName = nullptr;
        QString element;
        switch (e.tag) {
        case GUMBO_TAG_A: attributeName = "href"; element = QStringLiteral("a"); break;
        case GUMBO_TAG_AREA: attributeName = "href"; element = QStringLiteral("area"); break;
        case GUMBO_TAG_LINK: attributeName = "href"; element = QStringLiteral("link"); break;
        case GUMBO_TAG_IFRAME: attributeName = "src"; element = QStringLiteral("iframe"); break;
        case GUMBO_TAG_FRAME: attributeName = "src"; element = QStringLiteral("frame"); break;
        default: break;
        }
        if (!attributeName || !hasAttribute(e, attributeName))
            continue;
        const QStringList rel = attribute(e, "rel").toLower().simplified().split(u' ', Qt::SkipEmptyParts);
        if (e.tag == GUMBO_TAG_LINK) {
            const bool pageRel = rel.contains(QLatin1String("canonical")) || rel.contains(QLatin1String("alternate"));
            if (!pageRel || rel.contains(QLatin1String("stylesheet")))
                continue;
        }
        const QString reference = cleanReference(attribute(e, attributeName));
        if (reference.isEmpty() || reference.startsWith(u'#'))
            continue;
        const QUrl url = page.baseUrl.resolved(QUrl(reference)).adjusted(QUrl::RemoveFragment);
        if (!isHttp(url)) {
            ++page.skipped;
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
        link.element = element;
        link.rel = rel.join(u' ');
        link.typeHint = attribute(e, "type").trimmed();
        link.nofollow = rel.contains(QLatin1String("nofollow"));
        page.links.append(link);
    }
}

} // namespace

} // namespace sslrec
