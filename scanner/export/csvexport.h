#pragma once

#include "core/result.h"
#include "scan/scanresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sslrec {

/// How the CSV files are written (docs/reports.md, "CSV").
struct CsvOptions
{
    bool byteOrderMark = true;      ///< start each file with a UTF-8 BOM so spreadsheets detect UTF-8
    bool neutralizeFormulas = true; ///< prefix text cells starting with = + - @ TAB CR with ' (CSV injection)
};

/// One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF;
/// quotes doubled. No formula neutralisation (see csvTextCell()).
QString csvField(const QString &value);

/// A text cell as the exports write it: csvField() of \a value, with a
/// leading ' added first when \a neutralizeFormulas and the text starts
/// with a character a spreadsheet reads as a formula.
QString csvTextCell(const QString &value, bool neutralizeFormulas);

/// The pages table: a header row, then one row per page pair of every
/// origin, CRLF line ends, no BOM.
QString pagesCsv(const ScanResult &scan, const CsvOptions &options = {});
/// The origins table: a header row, then one row per origin.
QString originsCsv(const ScanResult &scan, const CsvOptions &options = {});

/// The origins file that goes with \a pagesPath: "report.csv" gives
/// "report-origins.csv", "report" gives "report-origins.csv".
QString originsCsvPath(const QString &pagesPath);

/// Writes pagesCsv() to \a pagesPath and originsCsv() to \a originsPath
/// (atomically, each file complete or untouched).
Status writeScanCsv(const ScanResult &scan, const QString &pagesPath, const QString &originsPath,
                    const CsvOptions &options = {});

} // namespace sslrec
