#pragma once

#include "scan/scantypes.h"

#include <QList>
#include <QString>

namespace sslrec::ui {

// One live page event from the engine, batched by ScanController so models
// update a few times a second instead of once per URL.
struct PageEvent
{
    enum class Kind { Discovered, StateChanged };
    Kind kind = Kind::Discovered;           // which engine signal it came from
    QString host;                           // the origin's hostname
    QString pathAndQuery;                   // the page
    PageSource source = PageSource::Crawl;  // Discovered: how it was found
    PageState state = PageState::Queued;    // StateChanged: the new state
};

using PageEventBatch = QList<PageEvent>;

} // namespace sslrec::ui
