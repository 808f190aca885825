#include "models/savedscanfeed.h"

#include "models/originsmodel.h"
#include "models/pagesmodel.h"
#include "models/sitetreemodel.h"

namespace sslrec::ui {

void feedSavedScan(const ScanResult &scan, OriginsModel &origins, PagesModel &pages, SiteTreeModel &tree)
{
    for (const OriginResult &origin : scan.origins) {
        origins.addOrigin(origin.host);
        tree.addOrigin(origin.host, origin.pages);
        if (!origin.tls.hostname.isEmpty())
            origins.setTlsReport(origin.host, origin.tls);
        pages.addPairs(origin.pages);
        if (origin.progress.finished) {
            origins.setOriginResult(origin);
            tree.finishOrigin(origin.host);
        } else {
            origins.addPairs(origin.pages);
        }
    }
}

} // namespace sslrec::ui
