#pragma once

#include "crawl/scope.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace sslrec {

/// What AccessLogParser keeps.
struct AccessLogOptions
{
    bool includeHead = false;       ///< count HEAD requests as well as GET
    qint64 maxLines = 2'000'000;    ///< lines read at most; the rest is ignored (capHit)
    qsizetype maxLineLength = 16384; ///< longer lines are malformed
    int maxDistinctPaths = 200'000; ///< distinct paths remembered; later new paths are not counted (capHit)
    Scope scope;                    ///< hosts whose absolute-URI requests (proxy logs) are kept; empty scope keeps none
};

/// One request line of a log, as parsed.
struct AccessLogRequest
{
    QString method; ///< as logged, e.g. "GET"
    QString target; ///< request target as logged: "/path?q" or "http://host/path"
    int status = 0; ///< HTTP status code
};

/// A distinct path and how often it was requested.
struct AccessLogPath
{
    QString pathAndQuery; ///< "/path?query" as requested (fragment dropped)
    qint64 count = 0;     ///< accepted requests for it
};

/// Totals and the paths found, most requested first.
struct AccessLogSummary
{
    QList<AccessLogPath> paths; ///< by count descending, ties by first appearance
    qint64 lines = 0;           ///< non-empty lines read
    qint64 accepted = 0;        ///< requests counted
    qint64 malformed = 0;       ///< lines that are not common/combined log format
    qint64 ignored = 0;         ///< well-formed lines skipped: method, status, out-of-scope host, odd target
    bool capHit = false;        ///< maxLines or maxDistinctPaths stopped counting
};

/// Reads web server access logs in the NCSA common and combined formats (the
/// default of Apache and nginx):
/// `host ident user [time] "METHOD target HTTP/x" status bytes ["referer" "agent"]`.
/// Only GET (and HEAD if enabled) with a 2xx or 3xx status count. Targets
/// must be origin-form ("/path?q"); absolute-form targets (proxy logs) are
/// reduced to path and query when their host is in the scope, else ignored.
/// Quotes escaped with a backslash (Apache) and \xHH escapes (nginx) inside
/// the request are handled. Feed it lines with addLine() or a whole buffer
/// with parse(). Not thread-safe: one instance per thread; parse() and
/// parseLine() are re-entrant.
class AccessLogParser
{
public:
    explicit AccessLogParser(AccessLogOptions options = {});

    /// Adds one line (with or without its line ending). Returns false once
    /// maxLines was reached; further lines are ignored.
    bool addLine(QByteArrayView line);
    /// Reads a device line by line until its end or the line cap.
    void addDevice(QIODevice &device);
    /// The summary so far.
    AccessLogSummary summary() const;

    /// Parses a whole log held in memory.
    static AccessLogSummary parse(const QByteArray &log, const AccessLogOptions &options = {});
    /// Parses one line; nullopt when it is not a common/combined log line.
    static std::optional<AccessLogRequest> parseLine(QByteArrayView line);

private:
    AccessLogOptions m_options;
    AccessLogSummary m_totals;
    QHash<QString, qsizetype> m_index; // path -> position in m_paths
    QList<AccessLogPath> m_paths;      // first-appearance order
};

} // namespace sslrec
