#include "export/csvexport.h"

#include "export/exportfile.h"
#include "tls/tlsreport.h"

#include <optional>

namespace sslrec {

namespace {

const QString kCrLf = QStringLiteral("\r\n");

// Builds one record; text and numbers are kept apart so only text is
// neutralised (a negative number is not a formula).
class CsvRow
{
public:
    explicit CsvRow(bool neutralize) : m_neutralize(neutralize) {}
    CsvRow &text(const QString &value)
    {
        m_cells << csvTextCell(value, m_neutralize);
        return *this;
    }
    CsvRow &number(qint64 value)
    {
        m_cells << QString::number(value);
        return *this;
    }
    // 0 means "no such value" for statuses and is left empty.
    CsvRow &positive(qint64 value)
    {
        m_cells << (value > 0 ? QString::number(value) : QString());
        return *this;
    }
    CsvRow &decimal(std::optional<double> value)
    {
        m_cells << (value ? QString::number(*value, 'f', 4) : QString());
        return *this;
    }
    CsvRow &boolean(bool value)
    {
        m_cells << (value ? QStringLiteral("true") : QStringLiteral("false"));
        return *this;
    }
    QString line() const { return m_cells.join(QLatin1Char(',')) + kCrLf; }

private:
    bool m_neutralize;
    QStringList m_cells;
};

QString headerLine(const QStringList &names)
{
    return names.join(QLatin1Char(',')) + kCrLf;
}

QString fetchErrorText(const FetchResult &r)
{
    if (r.answered())
        return {};
    const QString code = fetchErrorCode(r.error);
    return r.errorMessage.isEmpty() ? code : code + QStringLiteral(": ") + r.errorMessage;
}

QString schemeFailure(const SchemeEvidence &e)
{
    if (e.answered)
        return {};
    if (e.failureCode.isEmpty())
        return e.failureMessage;
    return e.failureMessage.isEmpty() ? e.failureCode : e.failureCode + QStringLiteral(": ") + e.failureMessage;
}

std::optional<double> similarity(const PagePair &p)
{
    // A pending or unjudgeable pair has no meaningful score; 0 would read as "nothing alike".
    if (p.verdict == PageVerdict::Pending || p.verdict == PageVerdict::Error)
        return std::nullopt;
    return p.score;
}

std::optional<Mode> currentModeOf(const ScanResult &scan, const OriginResult &origin)
{
    return origin.evidence.currentMode ? origin.evidence.currentMode : scan.settings.currentMode;
}

QByteArray fileBytes(const QString &text, const CsvOptions &options)
{
    QByteArray bytes = text.toUtf8();
    if (options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (QChar c : value) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString csvTextCell(const QString &value, bool neutralizeFormulas)
{
    // OWASP "CSV injection": spreadsheets evaluate cells starting with these.
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (neutralizeFormulas && !value.isEmpty() && formulaStart.contains(value.front()))
        return csvField(QLatin1Char('\'') + value);
    return csvField(value);
}

QString pagesCsv(const ScanResult &scan, const CsvOptions &options)
{
    QString out = headerLine({QStringLiteral("origin"), QStringLiteral("url"), QStringLiteral("path"),
                              QStringLiteral("source"), QStringLiteral("title"), QStringLiteral("http_status"),
                              QStringLiteral("https_status"), QStringLiteral("http_content_type"),
                              QStringLiteral("https_content_type"), QStringLiteral("similarity"),
                              QStringLiteral("verdict"), QStringLiteral("reason_code"), QStringLiteral("reason"),
                              QStringLiteral("http_error"), QStringLiteral("https_error"),
                              QStringLiteral("http_truncated"), QStringLiteral("https_truncated")});
    for (const OriginResult &origin : scan.origins) {
        for (const PagePair &p : origin.pages) {
            out += CsvRow(options.neutralizeFormulas)
                       .text(origin.host)
                       .text(QStringLiteral("//%1%2").arg(p.host.isEmpty() ? origin.host : p.host, p.pathAndQuery))
                       .text(p.pathAndQuery)
                       .text(pageSourceName(p.source))
                       .text(p.title)
                       .positive(p.http.status)
                       .positive(p.https.status)
                       .text(p.http.contentType)
                       .text(p.https.contentType)
                       .decimal(similarity(p))
                       .text(pageVerdictName(p.verdict))
                       .text(p.reasonCode)
                       .text(p.reason)
                       .text(fetchErrorText(p.http))
                       .text(fetchErrorText(p.https))
                       .boolean(p.http.truncated)
                       .boolean(p.https.truncated)
                       .line();
        }
    }
    return out;
}

QString originsCsv(const ScanResult &scan, const CsvOptions &options)
{
    QString out = headerLine({QStringLiteral("origin"), QStringLiteral("addresses"), QStringLiteral("current_mode"),
                              QStringLiteral("recommended_mode"), QStringLiteral("cloudflare_value"),
                              QStringLiteral("certificate_valid"), QStringLiteral("certificate_errors"),
                              QStringLiteral("http_error"), QStringLiteral("https_error"), QStringLiteral("tls_error"),
                              QStringLiteral("pages_compared"), QStringLiteral("pages_same"),
                              QStringLiteral("pages_equivalent_redirect"), QStringLiteral("pages_different"),
                              QStringLiteral("pages_error"), QStringLiteral("main_reason"), QStringLiteral("reasons")});
    for (const OriginResult &origin : scan.origins) {
        QStringList addresses;
        for (const QHostAddress &a : origin.addresses)
            addresses << a.toString();
        QStringList certificateErrors;
        for (const TlsFinding &f : errorFindings(origin.tls))
            certificateErrors << f.message;
        const std::optional<Mode> current = currentModeOf(scan, origin);
        const OriginEvidence &e = origin.evidence;
        // Lists go into one cell, one item per line: spreadsheets show them as a wrapped cell.
        out += CsvRow(options.neutralizeFormulas)
                   .text(origin.host)
                   .text(addresses.join(QLatin1Char(' ')))
                   .text(current ? modeName(*current) : QString())
                   .text(modeName(origin.verdict.recommended))
                   .text(cloudflareValue(origin.verdict.recommended))
                   .boolean(origin.tls.certificateValid)
                   .text(certificateErrors.join(QLatin1Char('\n')))
                   .text(schemeFailure(e.http))
                   .text(schemeFailure(e.https))
                   .text(origin.tls.handshakeOk ? QString() : origin.tls.handshakeError)
                   .number(e.pagesCompared)
                   .number(e.pagesSame)
                   .number(e.pagesEquivalentRedirect)
                   .number(e.pagesDifferent)
                   .number(e.pagesError)
                   .text(origin.verdict.reasons.value(0))
                   .text(origin.verdict.reasons.join(QLatin1Char('\n')))
                   .line();
    }
    return out;
}

QString originsCsvPath(const QString &pagesPath)
{
    if (pagesPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return pagesPath.left(pagesPath.size() - 4) + QStringLiteral("-origins") + pagesPath.right(4);
    return pagesPath + QStringLiteral("-origins.csv");
}

Status writeScanCsv(const ScanResult &scan, const QString &pagesPath, const QString &originsPath,
                    const CsvOptions &options)
{
    if (pagesPath == originsPath)
        return Status::failure(QStringLiteral("export.csv_paths"),
                               QStringLiteral("the pages and origins CSV files must differ (both are %1)").arg(pagesPath));
    if (auto s = writeExportFile(fileBytes(pagesCsv(scan, options), options), pagesPath, QStringLiteral("the pages CSV")); !s)
        return s;
    return writeExportFile(fileBytes(originsCsv(scan, options), options), originsPath, QStringLiteral("the origins CSV"));
}

} // namespace sslrec
