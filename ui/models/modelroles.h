#pragma once

#include <Qt>

namespace sslrec::ui {

// Custom item roles shared by the models and their delegates and filters.
enum ModelRole {
    HostRole = Qt::UserRole + 1, // QString: the origin's hostname
    PathRole,                    // QString: path and query of a page
    ModeRole,                    // int(sslrec::Mode): a recommended or ladder mode
    StateRole,                   // int(NodeState): live state or verdict
    SortRole,                    // numbers for numeric columns, text otherwise
    FinishedRole,                // bool: the origin has its verdict
};

} // namespace sslrec::ui
