// The tag and attribute lists of the HTML5 tree-construction rules, as
// gumbo 0.10.1 has them (htmltreerules.h).
#include "compare/htmltreerules.h"

#include "compare/asciitext.h"

#include <string_view>

namespace sslrec::treerules {

using namespace ascii;

namespace {

// "adjust SVG attributes": the names the tree builder gives their case back.
constexpr std::string_view kSvgAttributes[] = {
    "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode", "clipPathUnits",
    "contentScriptType", "contentStyleType", "diffuseConstant", "edgeMode", "externalResourcesRequired",
    "filterRes", "filterUnits", "glyphRef", "gradientTransform", "gradientUnits", "kernelMatrix",
    "kernelUnitLength", "keyPoints", "keySplines", "keyTimes", "lengthAdjust", "limitingConeAngle",
    "markerHeight", "markerUnits", "markerWidth", "maskContentUnits", "maskUnits", "numOctaves", "pathLength",
    "patternContentUnits", "patternTransform", "patternUnits", "pointsAtX", "pointsAtY", "pointsAtZ",
    "preserveAlpha", "preserveAspectRatio", "primitiveUnits", "refX", "refY", "repeatCount", "repeatDur",
    "requiredExtensions", "requiredFeatures", "specularConstant", "specularExponent", "spreadMethod",
    "startOffset", "stdDeviation", "stitchTiles", "surfaceScale", "systemLanguage", "tableValues", "targetX",
    "targetY", "textLength", "viewBox", "viewTarget", "xChannelSelector", "yChannelSelector", "zoomAndPan",
};

// "adjust foreign attributes", for the prefixed names gumbo 0.10 adjusts;
// any other name with a colon declines.
struct ForeignAttribute
{
    std::string_view name;
    GumboAttributeNamespaceEnum ns;
    std::string_view local;
};
constexpr ForeignAttribute kForeignAttributes[] = {
    {"xlink:actuate", GUMBO_ATTR_NAMESPACE_XLINK, "actuate"}, {"xlink:href", GUMBO_ATTR_NAMESPACE_XLINK, "href"},
    {"xlink:role", GUMBO_ATTR_NAMESPACE_XLINK, "role"},       {"xlink:show", GUMBO_ATTR_NAMESPACE_XLINK, "show"},
    {"xlink:title", GUMBO_ATTR_NAMESPACE_XLINK, "title"},     {"xlink:type", GUMBO_ATTR_NAMESPACE_XLINK, "type"},
    {"xml:lang", GUMBO_ATTR_NAMESPACE_XML, "lang"},           {"xml:space", GUMBO_ATTR_NAMESPACE_XML, "space"},
    {"xmlns", GUMBO_ATTR_NAMESPACE_XMLNS, "xmlns"},           {"xmlns:xlink", GUMBO_ATTR_NAMESPACE_XMLNS, "xlink"},
};

} // namespace

bool isHeading(GumboTag tag)
{
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4
           || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool hasImpliedEndTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_P: case GUMBO_TAG_RB: case GUMBO_TAG_RP: case GUMBO_TAG_RT: case GUMBO_TAG_RTC:
        return true;
    default:
        return false;
    }
}

bool isTableSection(GumboTag tag)
{
    return tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT;
}

bool isUnsettled(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_MAIN: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_MENU: case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_DIR: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HGROUP:
        return true;
    default:
        return false;
    }
}

bool reconstructsFormatting(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM: case GUMBO_TAG_LI: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_TABLE: case GUMBO_TAG_HR: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
        return false;
    default:
        return !isUnsettled(tag); // whether gumbo 0.10 reconstructs before them: startInBody() declines
    }
}

bool isSpecial(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_APPLET: case GUMBO_TAG_AREA: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR: case GUMBO_TAG_BUTTON: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP: case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEAD: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_IFRAME: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_LI: case GUMBO_TAG_LINK: case GUMBO_TAG_LISTING: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_META:
    case GUMBO_TAG_NAV: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PARAM: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_SECTION: case GUMBO_TAG_SELECT: case GUMBO_TAG_SOURCE: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_UL: case GUMBO_TAG_WBR: case GUMBO_TAG_XMP:
    // gumbo 0.10's list has these too (not main); where the rules differ
    // for them, isUnsettled() declines first.
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_MENU: case GUMBO_TAG_MENUITEM: case GUMBO_TAG_SUMMARY:
        return true;
    default:
        return false;
    }
}

bool isScopeBoundary(GumboTag tag, Scope scope)
{
    switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE: case GUMBO_TAG_TEMPLATE:
        return true;
    case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
        return scope != Scope::Table;
    case GUMBO_TAG_OL: case GUMBO_TAG_UL:
        return scope == Scope::ListItem;
    case GUMBO_TAG_BUTTON:
        return scope == Scope::Button;
    default:
        return false;
    }
}

bool adjustForeignAttribute(GumboNamespaceEnum ns, GumboAttribute *attribute)
{
    const std::string_view name(attribute->name);
    for (const ForeignAttribute &f : kForeignAttributes) {
        if (name == f.name) {
            attribute->attr_namespace = f.ns;
            attribute->name = f.local.data(); // NUL-terminated: a literal
            return true;
        }
    }
    if (name.find(':') != std::string_view::npos)
        return false;
    if (ns == GUMBO_NAMESPACE_MATHML) {
        if (name == "definitionurl")
            attribute->name = "definitionURL";
        return true;
    }
    for (const std::string_view adjusted : kSvgAttributes) {
        if (sameFolded(name, adjusted)) {
            attribute->name = adjusted.data();
            return true;
        }
    }
    return true;
}

} // namespace sslrec::treerules
