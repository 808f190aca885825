#include "store/scanfile.h"

#include "store/bodycodec.h"
#include "store/storeconnection.h"
#include "store/storejson.h"
#include "store/storevalues.h"
#include "store/tlsreportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sslrec {

namespace {

QStringList jsonStrings(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

// Column order of kResponseColumns, read by readResponse().
const QString kResponseColumns = QStringLiteral(
    "page_id, scheme, url, error, error_message, status, reason_phrase, headers, content_type, redirect_target, "
    "body_bytes, truncated, http2, peer_address, started_at, elapsed_ms");

// Most responses of a scan come from a handful of addresses: parse each
// once; and their header fields mostly repeat the previous response's.
struct ReadCache
{
    QString text;
    QHostAddress address;
    QList<HeaderField> lastHeaders; // of the response read last
    const QHostAddress &get(const QString &t)
    {
        if (t != text) {
            text = t;
            address = t.isEmpty() ? QHostAddress() : QHostAddress(t);
        }
        return address;
    }
};

void readResponse(const QSqlQuery &q, FetchResult &r, ReadCache &addresses)
{
    r.url = QUrl::fromEncoded(q.value(2).toString().toUtf8());
    r.error = fetchErrorFromCode(q.value(3).toString());
    r.errorMessage = q.value(4).toString();
    r.status = q.value(5).toInt();
    r.reasonPhrase = q.value(6).toByteArray();
    r.headers = headersFromColumn(q.value(7).toByteArray(), addresses.lastHeaders);
    addresses.lastHeaders = r.headers;
    r.contentType = q.value(8).toString();
    r.redirectTarget = q.value(9).toString();
    r.bodyBytes = q.value(10).toLongLong();
    r.truncated = q.value(11).toInt() != 0;
    r.http2 = q.value(12).toInt() != 0;
    r.peerAddress = addresses.get(q.value(13).toString());
    r.startedAt = timeFromColumn(q.value(14));
    r.elapsedMs = q.value(15).toLongLong();
}

// Counters of an origin the scan did not finish, from what is stored.
OriginProgress countPages(const QList<PagePair> &pages, int discovered)
{
    OriginProgress p;
    p.discovered = std::max(discovered, int(pages.size()));
    p.sampled = p.httpFetched = p.httpsFetched = p.compared = int(pages.size());
    for (const PagePair &pair : pages) {
        switch (pair.verdict) {
        case PageVerdict::Same:
        case PageVerdict::EquivalentRedirect: ++p.same; break;
        case PageVerdict::Different: ++p.different; break;
        default: ++p.errors; break;
        }
    }
    return p;
}

} // namespace

ScanFile::ScanFile(std::unique_ptr<StoreConnection> connection)
    : m_connection(std::move(connection))
{
}

ScanFile::~ScanFile() = default;

Result<std::unique_ptr<ScanFile>> ScanFile::open(const QString &path)
{
    auto connection = StoreConnection::open(path, StoreAccess::ReadOnly);
    if (!connection)
        return connection.error();
    return std::unique_ptr<ScanFile>(new ScanFile(std::move(connection).value()));
}

const QString &ScanFile::path() const
{
    return m_connection->path();
}

int ScanFile::schemaVersion() const
{
    return m_connection->schemaVersion();
}

Result<ScanResult> ScanFile::result()
{
    return read(false);
}

Result<ScanResult> ScanFile::read(bool forResume)
{
    QSqlDatabase &db = m_connection->db();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failure = [this, &q](const QString &what) {
        return Result<ScanResult>(m_connection->queryError(what, q.lastError()));
    };

    ScanResult scan;
    if (!q.exec(QStringLiteral("SELECT settings_json, tool_version, started_at, finished_at, cancelled, notes_json FROM scan WHERE id = 1")))
        return failure(QStringLiteral("reading the scan"));
    if (!q.next())
        return Error{QStringLiteral("store.damaged"), QStringLiteral("the scan file %1 is damaged (its scan record is missing); "
                                                                     "it cannot be read. Open a backup copy, or scan again").arg(path())};
    scan.settings = settingsFromJson(parseJsonObject(q.value(0).toString()));
    scan.toolVersion = q.value(1).toString();
    scan.startedAt = timeFromColumn(q.value(2));
    scan.finishedAt = timeFromColumn(q.value(3));
    scan.cancelled = q.value(4).toInt() != 0;
    scan.notes = jsonStrings(q.value(5).toString());
    q.finish();

    QHash<qint64, qsizetype> originIndex;
    if (!q.exec(QStringLiteral("SELECT o.id, o.host, o.finished, o.addresses_json, o.pinned, o.robots_json, o.evidence_json, "
                               "o.verdict_json, o.progress_json, o.tls_json, "
                               "(SELECT count(*) FROM discovered d WHERE d.origin_id = o.id) "
                               "FROM origins o ORDER BY o.position")))
        return failure(QStringLiteral("reading the origins"));
    QHash<qint64, int> discoveredCount;
    while (q.next()) {
        OriginResult o;
        const qint64 id = q.value(0).toLongLong();
        o.host = q.value(1).toString();
        const bool finished = q.value(2).toInt() != 0;
        for (const QString &a : jsonStrings(q.value(3).toString()))
            o.addresses << QHostAddress(a);
        o.pinned = q.value(4).toInt() != 0;
        o.robotsNotes = jsonStrings(q.value(5).toString());
        if (!q.value(9).isNull())
            o.tls = tlsReportFromJson(parseJsonObject(q.value(9).toString()));
        if (finished) {
            o.evidence = evidenceFromJson(parseJsonObject(q.value(6).toString()));
            o.verdict = verdictFromJson(parseJsonObject(q.value(7).toString()));
            o.progress = progressFromJson(parseJsonObject(q.value(8).toString()));
            o.progress.finished = true;
        } else {
            o.evidence.host = o.verdict.host = o.host;
            o.evidence.currentMode = scan.settings.currentMode;
            if (!forResume)
                o.verdict.reasons << QStringLiteral("the scan stopped before this origin was finished; continue it with "
                                                    "'sslrec-cli scan --resume %1'").arg(path());
        }
        discoveredCount.insert(id, q.value(10).toInt());
        originIndex.insert(id, scan.origins.size());
        scan.origins.append(std::move(o));
    }
    if (q.lastError().isValid())
        return failure(QStringLiteral("reading the origins"));
    q.finish();

    // Pages and responses, both in page id order, merged in one pass.
    QSqlQuery responses(db);
    responses.setForwardOnly(true);
    if (!responses.exec(QStringLiteral("SELECT %1 FROM responses ORDER BY page_id, scheme").arg(kResponseColumns)))
        return Result<ScanResult>(m_connection->queryError(QStringLiteral("reading the responses"), responses.lastError()));
    bool haveResponse = responses.next();
    ReadCache addresses;
    if (!q.exec(QStringLiteral("SELECT id, origin_id, path, source, verdict, score, reason, reason_code, title, http_refetched, "
                               "noise_score FROM pages ORDER BY id")))
        return failure(QStringLiteral("reading the pages"));
    while (q.next()) {
        const qint64 pageId = q.value(0).toLongLong();
        const auto origin = originIndex.constFind(q.value(1).toLongLong());
        PagePair p;
        p.pathAndQuery = q.value(2).toString();
        p.source = pageSourceFromName(q.value(3).toString());
        p.verdict = pageVerdictFromName(q.value(4).toString());
        p.score = q.value(5).toDouble();
        p.reason = q.value(6).toString();
        p.reasonCode = q.value(7).toString();
        p.title = q.value(8).toString();
        p.httpRefetched = q.value(9).toInt() != 0;
        p.noiseScore = q.value(10).toDouble();
        while (haveResponse && responses.value(0).toLongLong() < pageId)
            haveResponse = responses.next();
        while (haveResponse && responses.value(0).toLongLong() == pageId) {
            const bool https = responses.value(1).toString() == QLatin1String("https");
            readResponse(responses, https ? p.https : p.http, addresses);
            haveResponse = responses.next();
        }
        if (origin == originIndex.cend())
            continue; // no origin row: cannot happen with foreign keys on
        OriginResult &o = scan.origins[*origin];
        p.host = o.host;
        p.http.host = p.https.host = o.host;
        p.http.pathAndQuery = p.https.pathAndQuery = p.pathAndQuery;
        p.http.scheme = Scheme::Http;
        p.https.scheme = Scheme::Https;
        o.pages.append(std::move(p));
    }
    if (q.lastError().isValid())
        return failure(QStringLiteral("reading the pages"));
    if (responses.lastError().isValid())
        return Result<ScanResult>(m_connection->queryError(QStringLiteral("reading the responses"), responses.lastError()));

    for (auto it = originIndex.cbegin(); it != originIndex.cend(); ++it) {
        OriginResult &o = scan.origins[*it];
        if (!o.progress.finished)
            o.progress = countPages(o.pages, discoveredCount.value(it.key()));
    }
    if (!forResume && !scan.finishedAt.isValid())
        scan.notes << QStringLiteral("the scan stopped before it finished (killed or crashed); what was saved until then is shown. "
                                     "Continue it with 'sslrec-cli scan --resume %1'").arg(path());
    return scan;
}

Result<StoredBodies> ScanFile::bodies(const QString &host, const QString &pathAndQuery)
{
    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.scheme, b.size, b.crc32, b.data FROM bodies b "
                             "JOIN pages p ON p.id = b.page_id JOIN origins o ON o.id = p.origin_id "
                             "WHERE o.host = ? AND p.path = ?"));
    q.addBindValue(host);
    q.addBindValue(pathAndQuery);
    if (!q.exec())
        return m_connection->queryError(QStringLiteral("reading the bodies of %1%2").arg(host, pathAndQuery), q.lastError());
    StoredBodies bodies;
    int found = 0;
    while (q.next()) {
        StoredBody stored;
        stored.size = q.value(1).toLongLong();
        stored.crc32 = quint32(q.value(2).toLongLong());
        stored.data = q.value(3).toByteArray();
        auto body = decodeBody(stored);
        if (!body)
            return Error{QStringLiteral("store.damaged"),
                         QStringLiteral("the scan file %1 is damaged: the %2 body of %3%4 cannot be read (%5); the rest of the "
                                        "scan is unaffected").arg(path(), q.value(0).toString(), host, pathAndQuery, body.error().message)};
        (q.value(0).toString() == QLatin1String("https") ? bodies.https : bodies.http) = std::move(body).value();
        ++found;
    }
    if (q.lastError().isValid())
        return m_connection->queryError(QStringLiteral("reading the bodies of %1%2").arg(host, pathAndQuery), q.lastError());
    if (found == 0)
        return Error{QStringLiteral("store.not-found"),
                     QStringLiteral("the scan file %1 has no page %2%3").arg(path(), host, pathAndQuery)};
    return bodies;
}

Result<ResumeState> ScanFile::resumeState()
{
    auto partial = read(true);
    if (!partial)
        return partial.error();
    ResumeState state;
    state.partial = std::move(partial).value();
    state.settings = state.partial.settings;
    const bool cleanEnd = state.partial.finishedAt.isValid() && !state.partial.cancelled;
    state.complete = cleanEnd;

    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.host, d.path FROM discovered d JOIN origins o ON o.id = d.origin_id "
                               "WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.origin_id = d.origin_id AND p.path = d.path) "
                               "ORDER BY d.id")))
        return m_connection->queryError(QStringLiteral("reading the discovered URLs"), q.lastError());
    QHash<QString, QStringList> unfetched;
    while (q.next())
        unfetched[q.value(0).toString()] << q.value(1).toString();

    for (OriginResult &o : state.partial.origins) {
        // After a cancel or a crash a "finished" origin may have been cut
        // short: it is complete only when its sample is full or nothing it
        // found is left to fetch.
        const bool complete = o.progress.finished
                              && (cleanEnd || o.pages.size() >= state.settings.maxPages || !unfetched.contains(o.host));
        o.progress.finished = complete;
        if (!complete && unfetched.contains(o.host))
            state.discovered.insert(o.host, unfetched.value(o.host));
    }
    return state;
}

Result<ScanResult> ScanFile::load(const QString &path)
{
    auto file = open(path);
    if (!file)
        return file.error();
    return file.value()->result();
}

Result<StoredBodies> ScanFile::loadBodies(const QString &path, const QString &host, const QString &pathAndQuery)
{
    auto file = open(path);
    if (!file)
        return file.error();
    return file.value()->bodies(host, pathAndQuery);
}

Result<ResumeState> ScanFile::loadForResume(const QString &path)
{
    auto file = open(path);
    if (!file)
        return file.error();
    return file.value()->resumeState();
}

} // namespace sslrec
