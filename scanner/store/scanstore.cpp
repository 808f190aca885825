#include "store/scanstore.h"

#include "core/logging.h"
#include "core/version.h"
#include "scan/scanengine.h"
#include "store/storeconnection.h"
#include "store/storejson.h"
#include "store/storestatements.h"
#include "store/storevalues.h"
#include "tls/tlsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace sslrec {

namespace {

// QSQLITE binds a null QString or QByteArray as SQL NULL; columns that are
// NOT NULL get the empty value instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<std::unique_ptr<ScanStore>> ScanStore::create(const QString &path, bool replace)
{
    auto connection = StoreConnection::open(path, replace ? StoreAccess::CreateReplace : StoreAccess::Create);
    if (!connection)
        return connection.error();
    std::unique_ptr<ScanStore> store(new ScanStore(std::move(connection).value()));
    if (!store->m_sql)
        return Error{QStringLiteral("store.sql"), QStringLiteral("cannot prepare writing to the scan file %1").arg(path)};
    return store;
}

Result<std::unique_ptr<ScanStore>> ScanStore::openForAppend(const QString &path)
{
    auto connection = StoreConnection::open(path, StoreAccess::ReadWrite);
    if (!connection)
        return connection.error();
    std::unique_ptr<ScanStore> store(new ScanStore(std::move(connection).value()));
    if (!store->m_sql)
        return Error{QStringLiteral("store.sql"), QStringLiteral("cannot prepare writing to the scan file %1").arg(path)};
    return store;
}

ScanStore::ScanStore(std::unique_ptr<StoreConnection> connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_encoding(std::make_unique<EncodingQueue>())
{
    auto sql = std::make_unique<StoreStatements>(m_connection->db());
    if (sql->prepare())
        m_sql = std::move(sql);
    else
        qCWarning(lcStore) << "cannot prepare statements for" << m_connection->path() << sql->error();
    m_commitTimer = new QTimer(this);
    m_commitTimer->setSingleShot(true);
    connect(m_commitTimer, &QTimer::timeout, this, &ScanStore::commit);
}

ScanStore::~ScanStore()
{
    if (m_inTransaction)
        commit();
    m_sql.reset();
}

const QString &ScanStore::path() const
{
    return m_connection->path();
}

void ScanStore::setCommitPolicy(CommitPolicy policy)
{
    m_policy = policy;
}

void ScanStore::attach(ScanEngine *engine)
{
    Q_ASSERT(engine->thread() == thread());
    m_engine = engine;
    connect(engine, &ScanEngine::originAdded, this, &ScanStore::recordOrigin);
    connect(engine, &ScanEngine::pageDiscovered, this, &ScanStore::recordDiscovered);
    connect(engine, &ScanEngine::pagePairCompleted, this, &ScanStore::recordPagePair);
    connect(engine, &ScanEngine::tlsReportReady, this, &ScanStore::recordTlsReport);
    connect(engine, &ScanEngine::originFinished, this, &ScanStore::recordOriginFinished);
    connect(engine, &ScanEngine::finished, this, &ScanStore::recordScanFinished);
    recordScanStarted(engine->settings(), engine->result().toolVersion);
}

Status ScanStore::flush()
{
    if (m_inTransaction)
        commit();
    if (m_failed)
        return Status::failure(QStringLiteral("store.write"), QStringLiteral("the scan file %1 could not be written").arg(path()));
    return Ok{};
}

bool ScanStore::begin()
{
    if (m_failed || !m_sql)
        return false;
    if (m_inTransaction)
        return true;
    if (!m_connection->db().transaction()) {
        fail(QStringLiteral("starting a transaction"), m_connection->db().lastError().text());
        return false;
    }
    m_inTransaction = true;
    m_commitTimer->start(m_policy.maxDelayMs);
    return true;
}

void ScanStore::commit()
{
    m_commitTimer->stop();
    if (!m_inTransaction)
        return;
    writeEncoded(true);
    if (m_failed)
        return;
    m_inTransaction = false;
    if (!m_connection->db().commit()) {
        fail(QStringLiteral("committing"), m_connection->db().lastError().text());
        return;
    }
    if (m_pendingPairs > 0) {
        m_committedPairs += m_pendingPairs;
        m_pendingPairs = 0;
        emit pairsCommitted(m_committedPairs);
    }
}

void ScanStore::afterWrite()
{
    if (m_pendingPairs >= m_policy.maxPairs)
        commit();
}

void ScanStore::fail(const QString &what, const QString &driverText)
{
    if (m_failed)
        return;
    m_failed = true;
    m_pendingPairs = 0; // rolled back with the transaction
    m_encoding->clear();
    if (m_inTransaction) {
        m_connection->db().rollback();
        m_inTransaction = false;
    }
    m_commitTimer->stop();
    const QString message = QStringLiteral("cannot write the scan file %1 (%2: %3); the scan goes on but is no longer saved. "
                                           "Check free disk space, that the file is still there and that no other program writes to it")
                                .arg(path(), what, driverText);
    qCWarning(lcStore).noquote() << message;
    emit failed(message);
}

qint64 ScanStore::originId(const QString &host)
{
    if (auto it = m_originIds.constFind(host); it != m_originIds.cend())
        return *it;
    QSqlQuery &insert = m_sql->originInsert;
    insert.bindValue(0, text(host));
    insert.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec()) {
        fail(QStringLiteral("adding the origin %1").arg(host), insert.lastError().text());
        return 0;
    }
    QSqlQuery &select = m_sql->originSelect;
    select.bindValue(0, host);
    if (!select.exec() || !select.next()) {
        fail(QStringLiteral("finding the origin %1").arg(host), select.lastError().text());
        return 0;
    }
    const qint64 id = select.value(0).toLongLong();
    select.finish();
    m_originIds.insert(host, id);
    return id;
}

void ScanStore::recordScanStarted(const ScanSettings &settings, const QString &toolVersion)
{
    if (!begin())
        return;
    QSqlDatabase &db = m_connection->db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE scan SET domain = ?, settings_json = ?, tool_version = ? WHERE id = 1"));
    q.addBindValue(text(settings.domain));
    q.addBindValue(jsonText(settingsToJson(settings)));
    q.addBindValue(text(toolVersion));
    if (!q.exec())
        return fail(QStringLiteral("saving the scan settings"), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO runs (tool_version, started_at) VALUES (?, ?)"));
    q.addBindValue(QString::fromLatin1(kVersion));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return fail(QStringLiteral("recording the run"), q.lastError().text());
    m_runId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('writer_version', ?)"));
    q.addBindValue(QString::fromLatin1(kVersion));
    if (!q.exec())
        return fail(QStringLiteral("recording the writer"), q.lastError().text());
    commit(); // the settings are what --resume needs first
}

void ScanStore::recordOrigin(const QString &host)
{
    if (!begin())
        return;
    originId(host);
    if (m_failed)
        return;
    if (m_engine && m_engine->result().startedAt.isValid()) {
        // First writer wins: a resumed scan keeps the original start.
        QSqlQuery q(m_connection->db());
        q.prepare(QStringLiteral("UPDATE scan SET started_at = coalesce(started_at, ?) WHERE id = 1"));
        q.addBindValue(timeColumn(m_engine->result().startedAt));
        if (!q.exec())
            return fail(QStringLiteral("saving the start time"), q.lastError().text());
    }
    afterWrite();
}

void ScanStore::recordDiscovered(const QString &host, const QString &pathAndQuery, PageSource source)
{
    if (!begin())
        return;
    const qint64 origin = originId(host);
    if (m_failed)
        return;
    SqliteStatement &q = m_sql->discoveredInsert;
    q.bind(0, origin);
    q.bind(1, pathAndQuery);
    q.bind(2, pageSourceName(source));
    q.bind(3, QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return fail(QStringLiteral("saving a discovered URL"), q.error());
    afterWrite();
}

void ScanStore::recordPagePair(const PagePair &pair)
{
    if (!begin())
        return;
    // Written in order once its bodies are compressed (on the thread pool);
    // commit() waits for the rest, so a batch is complete when committed.
    m_encoding->push(pair);
    ++m_pendingPairs;
    writeEncoded(false);
    afterWrite();
}

void ScanStore::writeEncoded(bool wait)
{
    while (!m_failed) {
        auto next = m_encoding->takeNext(wait);
        if (!next)
            return;
        writePagePair(*next);
    }
}

void ScanStore::writePagePair(const EncodingQueue::Encoded &encoded)
{
    const PagePair &pair = encoded.pair;
    const qint64 origin = originId(pair.host);
    if (m_failed)
        return;
    StoreStatements &s = *m_sql;
    s.pageDelete.bind(0, origin);
    s.pageDelete.bind(1, pair.pathAndQuery);
    if (!s.pageDelete.exec())
        return fail(QStringLiteral("replacing the page %1").arg(pair.pathAndQuery), s.pageDelete.error());

    SqliteStatement &page = s.pageInsert;
    page.bind(0, origin);
    page.bind(1, pair.pathAndQuery);
    page.bind(2, pageSourceName(pair.source));
    page.bind(3, pageVerdictName(pair.verdict));
    page.bind(4, pair.score);
    page.bind(5, pair.reason);
    page.bind(6, pair.reasonCode);
    page.bind(7, pair.title);
    page.bind(8, pair.httpRefetched ? 1 : 0);
    page.bind(9, pair.noiseScore);
    page.bind(10, QDateTime::currentMSecsSinceEpoch());
    if (!page.exec())
        return fail(QStringLiteral("saving the page %1").arg(pair.pathAndQuery), page.error());
    const qint64 pageId = page.lastInsertId();

    for (const FetchResult *r : {&pair.http, &pair.https}) {
        const QString scheme = r == &pair.http ? QStringLiteral("http") : QStringLiteral("https");
        SqliteStatement &resp = s.responseInsert;
        resp.bind(0, pageId);
        resp.bind(1, scheme);
        resp.bind(2, r->url.toString(QUrl::FullyEncoded));
        resp.bind(3, fetchErrorCode(r->error));
        resp.bind(4, r->errorMessage);
        resp.bind(5, r->status);
        resp.bindBlob(6, r->reasonPhrase);
        resp.bindBlob(7, headersToColumn(r->headers));
        resp.bind(8, r->contentType);
        resp.bind(9, r->redirectTarget);
        resp.bind(10, r->bodyBytes);
        resp.bind(11, r->truncated ? 1 : 0);
        resp.bind(12, r->http2 ? 1 : 0);
        resp.bind(13, r->peerAddress.isNull() ? QString() : r->peerAddress.toString());
        resp.bind(14, timeMillis(r->startedAt));
        resp.bind(15, r->elapsedMs);
        if (!resp.exec())
            return fail(QStringLiteral("saving the %1 response of %2").arg(scheme, pair.pathAndQuery), resp.error());

        const StoredBody &body = r == &pair.http ? encoded.http : encoded.https;
        SqliteStatement &b = s.bodyInsert;
        b.bind(0, pageId);
        b.bind(1, scheme);
        b.bind(2, body.size);
        b.bind(3, qint64(body.crc32));
        b.bindBlob(4, body.data);
        if (!b.exec())
            return fail(QStringLiteral("saving the %1 body of %2").arg(scheme, pair.pathAndQuery), b.error());
    }
}

void ScanStore::recordTlsReport(const QString &host, const TlsReport &report)
{
    if (!begin())
        return;
    const qint64 origin = originId(host);
    if (m_failed)
        return;
    StoreStatements &s = *m_sql;
    s.tlsUpdate.bindValue(0, jsonText(toJson(report)));
    s.tlsUpdate.bindValue(1, origin);
    if (!s.tlsUpdate.exec())
        return fail(QStringLiteral("saving the TLS report of %1").arg(host), s.tlsUpdate.lastError().text());
    // The served chain again as plain columns, for people querying with sqlite3.
    s.certDelete.bindValue(0, origin);
    if (!s.certDelete.exec())
        return fail(QStringLiteral("replacing the chain of %1").arg(host), s.certDelete.lastError().text());
    for (qsizetype i = 0; i < report.chain.size(); ++i) {
        const CertificateDetails &c = report.chain.at(i);
        QSqlQuery &q = s.certInsert;
        q.bindValue(0, origin);
        q.bindValue(1, int(i));
        q.bindValue(2, text(c.subject));
        q.bindValue(3, text(c.issuer));
        q.bindValue(4, timeColumn(c.notBefore));
        q.bindValue(5, timeColumn(c.notAfter));
        q.bindValue(6, text(c.sha256Fingerprint));
        q.bindValue(7, text(QString::fromLatin1(c.pem)));
        if (!q.exec())
            return fail(QStringLiteral("saving the chain of %1").arg(host), q.lastError().text());
    }
    afterWrite();
}

void ScanStore::recordOriginFinished(const OriginResult &result)
{
    recordTlsReport(result.host, result.tls);
    if (!begin())
        return;
    const qint64 origin = originId(result.host);
    if (m_failed)
        return;
    QStringList addresses;
    for (const QHostAddress &a : result.addresses)
        addresses << a.toString();
    QSqlQuery &q = m_sql->originFinish;
    q.bindValue(0, QDateTime::currentMSecsSinceEpoch());
    q.bindValue(1, modeName(result.verdict.recommended));
    q.bindValue(2, jsonList(addresses));
    q.bindValue(3, result.pinned ? 1 : 0);
    q.bindValue(4, jsonList(result.robotsNotes));
    q.bindValue(5, jsonText(evidenceToJson(result.evidence)));
    q.bindValue(6, jsonText(verdictToJson(result.verdict)));
    q.bindValue(7, jsonText(progressToJson(result.progress)));
    q.bindValue(8, jsonText(toJson(result.tls)));
    q.bindValue(9, origin);
    if (!q.exec())
        return fail(QStringLiteral("saving the verdict of %1").arg(result.host), q.lastError().text());
    afterWrite();
}

void ScanStore::recordScanFinished(const ScanResult &result)
{
    if (!begin())
        return;
    QSqlQuery q(m_connection->db());
    q.prepare(QStringLiteral("UPDATE scan SET started_at = coalesce(started_at, ?), finished_at = ?, cancelled = ?, "
                             "notes_json = ?, tool_version = ? WHERE id = 1"));
    q.addBindValue(timeColumn(result.startedAt));
    q.addBindValue(timeColumn(result.finishedAt));
    q.addBindValue(result.cancelled ? 1 : 0);
    q.addBindValue(jsonList(result.notes));
    q.addBindValue(text(result.toolVersion));
    if (!q.exec())
        return fail(QStringLiteral("saving the end of the scan"), q.lastError().text());
    if (m_runId > 0) {
        q.prepare(QStringLiteral("UPDATE runs SET finished_at = ?, cancelled = ?, pairs_written = ? WHERE id = ?"));
        q.addBindValue(timeColumn(result.finishedAt));
        q.addBindValue(result.cancelled ? 1 : 0);
        q.addBindValue(m_committedPairs + m_pendingPairs);
        q.addBindValue(m_runId);
        if (!q.exec())
            return fail(QStringLiteral("saving the end of the run"), q.lastError().text());
    }
    commit();
}

} // namespace sslrec
