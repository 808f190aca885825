#include "core/logging.h"

Q_LOGGING_CATEGORY(lcFetch, "sslrec.fetch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrawl, "sslrec.crawl", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "sslrec.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCompare, "sslrec.compare", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRecommend, "sslrec.recommend", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "sslrec.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "sslrec.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcScan, "sslrec.scan", QtWarningMsg)
