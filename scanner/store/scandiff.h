#pragma once

#include "scan/scanresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sslrec {

/// An origin whose recommended mode differs between two scans.
struct RecommendationChange
{
    QString host;          ///< the origin
    Mode from = Mode::None;///< recommendation in the older scan
    Mode to = Mode::None;  ///< recommendation in the newer scan
};

/// An origin whose served certificate or its validity differs.
struct CertificateChange
{
    QString host;              ///< the origin
    QString fromFingerprint;   ///< SHA-256 of the older leaf, empty when none was served
    QString toFingerprint;     ///< SHA-256 of the newer leaf, empty when none was served
    QDateTime fromNotBefore;   ///< older leaf's validity start
    QDateTime toNotBefore;     ///< newer leaf's validity start
    QDateTime fromNotAfter;    ///< older leaf's expiry
    QDateTime toNotAfter;      ///< newer leaf's expiry
    bool fromValid = false;    ///< a validating proxy accepted the older certificate
    bool toValid = false;      ///< a validating proxy accepts the newer certificate
};

/// A page sampled by both scans whose verdict differs.
struct PageVerdictChange
{
    QString host;                             ///< the origin
    QString pathAndQuery;                     ///< the page
    PageVerdict from = PageVerdict::Pending;  ///< verdict in the older scan
    PageVerdict to = PageVerdict::Pending;    ///< verdict in the newer scan
    QString reason;                           ///< the newer scan's reason
};

/// What changed from one scan of a domain to a later one. Pages only one
/// scan sampled are counted, not listed as changes: samples may differ.
struct ScanDiff
{
    QStringList originsAppeared;             ///< hosts only in the newer scan
    QStringList originsDisappeared;          ///< hosts only in the older scan
    QList<RecommendationChange> recommendations; ///< origins in both whose recommendation changed
    QList<CertificateChange> certificates;   ///< origins in both whose certificate changed
    QList<PageVerdictChange> pages;          ///< pages in both whose verdict changed
    int pagesOnlyBefore = 0;                 ///< pages only the older scan sampled (origins in both)
    int pagesOnlyAfter = 0;                  ///< pages only the newer scan sampled (origins in both)

    /// True when any list above is non-empty (sample differences alone are no change).
    bool hasChanges() const;
};

/// Compares two scans, typically of the same domain at different times.
/// Pure; lists follow the newer scan's origin and page order.
ScanDiff diffScans(const ScanResult &before, const ScanResult &after);

/// The diff as JSON: {changed, origins_appeared[], origins_disappeared[],
/// recommendations[], certificates[], pages[], pages_only_before, pages_only_after}.
QJsonObject scanDiffToJson(const ScanDiff &diff);

} // namespace sslrec
