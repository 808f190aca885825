#pragma once

#include "export/htmlexport.h"

#include <QString>

// The section writers of the HTML report (htmlexport.cpp puts them together).
namespace sslrec::html {

/// What every section writer reads.
struct ReportContext
{
    const ScanResult &scan;            ///< the scan being reported
    const HtmlReportOptions &options;  ///< how

    /// Escaped text; breakable in the RichText flavour.
    QString text(const QString &value) const;
};

/// One origin: verdict, reasons, ladder, evidence, TLS, chain, pages, diffs.
QString originSection(const ReportContext &context, int originIndex);

/// The TLS connection, the proxy predictions, the findings and the chain.
QString tlsSection(const ReportContext &context, const TlsReport &tls);

/// Every page pair that differs, each with its side-by-side diff.
QString differencesSection(const ReportContext &context, const OriginResult &origin, int originIndex);

} // namespace sslrec::html
