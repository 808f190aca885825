#include "models/verdictstyle.h"

#include <QCoreApplication>

namespace sslrec::ui::verdictstyle {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::ui::verdictstyle", text);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}
} // namespace

QColor modeBadgeColor(Mode mode)
{
    switch (mode) {
    case Mode::Strict: return QColor(0x1b, 0x7f, 0x3b);
    case Mode::FullStrict: return QColor(0x2e, 0x8b, 0x57);
    case Mode::Full: return QColor(0xe0, 0xa1, 0x00);
    case Mode::Flexible: return QColor(0xe0, 0x6c, 0x00);
    case Mode::Off: return QColor(0xc6, 0x28, 0x28);
    case Mode::None: break;
    }
    return QColor(0x70, 0x70, 0x78);
}

QColor textOn(const QColor &background)
{
    // Relative luminance, sRGB weights; 0.55 keeps amber with black text.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor stateColor(NodeState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case NodeState::Same: return dark ? QColor(0x7c, 0xd9, 0x92) : QColor(0x1b, 0x7f, 0x3b);
    case NodeState::Different: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case NodeState::Error: return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x9a, 0x5b, 0x00);
    case NodeState::Fetching:
    case NodeState::Comparing: return palette.color(QPalette::Link);
    case NodeState::Queued: return palette.color(QPalette::Disabled, QPalette::Text);
    case NodeState::None: break;
    }
    return {};
}

QString stateText(NodeState state)
{
    //: States of a page pair in the site tree: the HTTP and HTTPS pages are the "same" or "different"
    switch (state) {
    case NodeState::None: return tr("not sampled");
    case NodeState::Queued: return tr("queued");
    case NodeState::Fetching: return tr("fetching");
    case NodeState::Comparing: return tr("comparing");
    case NodeState::Same: return tr("same");
    case NodeState::Different: return tr("different");
    case NodeState::Error: return tr("error");
    }
    return {};
}

NodeState stateOf(PageVerdict verdict)
{
    switch (verdict) {
    case PageVerdict::Pending: return NodeState::None;
    case PageVerdict::Same:
    case PageVerdict::EquivalentRedirect: return NodeState::Same;
    case PageVerdict::Different: return NodeState::Different;
    case PageVerdict::Error: return NodeState::Error;
    }
    return NodeState::None;
}

NodeState stateOf(PageState state)
{
    switch (state) {
    case PageState::Queued: return NodeState::Queued;
    case PageState::Fetching: return NodeState::Fetching;
    case PageState::Comparing: return NodeState::Comparing;
    case PageState::Done: return NodeState::None; // the verdict follows with the pair
    }
    return NodeState::None;
}

int severity(NodeState state)
{
    switch (state) {
    case NodeState::None: return 0;
    case NodeState::Same: return 1;
    case NodeState::Queued: return 2;
    case NodeState::Comparing: return 3;
    case NodeState::Fetching: return 4;
    case NodeState::Error: return 5;
    case NodeState::Different: return 6;
    }
    return 0;
}

} // namespace sslrec::ui::verdictstyle
