#pragma once

#include "scan/scanresult.h"

namespace sslrec::ui {

class OriginsModel;
class PagesModel;
class SiteTreeModel;

// Fills the models with a saved scan the way a live scan would have left
// them: each origin with its TLS report, its pages in one batch per origin,
// then its verdict. Origins the scan never finished keep their pages and
// certificate but no verdict. The models must be empty (cleared) before.
void feedSavedScan(const ScanResult &scan, OriginsModel &origins, PagesModel &pages, SiteTreeModel &tree);

} // namespace sslrec::ui
