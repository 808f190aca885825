#pragma once

#include "core/mode.h"
#include "scan/scantypes.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace sslrec::ui {

// What a page (or a site-tree node) looks like to the user: a live state
// before its verdict, then the verdict.
enum class NodeState { None, Queued, Fetching, Comparing, Same, Different, Error };

// Colours chosen to read on light and dark palettes: badges are solid with a
// text colour picked for contrast; verdict text colours are shifted to the
// palette's lightness.
namespace verdictstyle {

// Badge background for a mode (strongest green, weakest red, none grey).
QColor modeBadgeColor(Mode mode);
// Black or white, whichever reads better on \a background.
QColor textOn(const QColor &background);
// Foreground for a node state on \a palette; invalid QColor = default text.
QColor stateColor(NodeState state, const QPalette &palette);
// "same", "different", "fetching"... for people.
QString stateText(NodeState state);
// The verdict as a node state (Pending maps to None).
NodeState stateOf(PageVerdict verdict);
NodeState stateOf(PageState state);
// Which of two states should show on a parent node (the worse news wins).
int severity(NodeState state);

} // namespace verdictstyle

} // namespace sslrec::ui
