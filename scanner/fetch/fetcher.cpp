#include "fetch/fetcher.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace sslrec {

struct Fetcher::Active
{
    quint64 id = 0;
    QString key;
    FetchRequest request;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    qint64 bodyBytes = 0;
    bool truncated = false;
    bool gotMetaData = false;
    bool contentEncoded = false; // a Content-Encoding other than identity: Qt inflates the body
    bool encrypted = false;
    FetchError forcedError = FetchError::None;
    QString forcedMessage;
    QElapsedTimer clock;
    QDateTime startedAt;
    qint64 lastProgressMs = 0; // clock time of the headers or the last body bytes
};

namespace {

// How much Qt may read ahead of us per reply: large enough for full-speed
// transfers, small enough that a body past the cap costs little memory.
constexpr qint64 kReadBufferBytes = 256 * 1024;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.elapsed();
}

QString hostForUrl(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
               : address.toString();
}

QUrl makeUrl(Scheme scheme, const QString &host, quint16 port, const QString &pathAndQuery)
{
    const quint16 defaultPort = scheme == Scheme::Https ? 443 : 80;
    QString text = schemeName(scheme) + QStringLiteral("://") + host;
    if (port != defaultPort)
        text += QLatin1Char(':') + QString::number(port);
    text += pathAndQuery.startsWith(QLatin1Char('/')) ? pathAndQuery : QLatin1Char('/') + pathAndQuery;
    return QUrl(text, QUrl::TolerantMode);
}

class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

FetchError classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError: return FetchError::None;
    case QNetworkReply::HostNotFoundError: return FetchError::Dns;
    case QNetworkReply::ConnectionRefusedError: return FetchError::Refused;
    case QNetworkReply::TimeoutError: return FetchError::Timeout;
    case QNetworkReply::SslHandshakeFailedError: return FetchError::TlsHandshake;
    case QNetworkReply::RemoteHostClosedError: return FetchError::Closed;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return FetchError::HttpProtocol;
    case QNetworkReply::OperationCanceledError: return FetchError::Cancelled;
    default: return FetchError::Network;
    }
}

QString mediaType(const QByteArray &contentType)
{
    const int semicolon = contentType.indexOf(';');
    return QString::fromLatin1(semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

} // namespace

Fetcher::Fetcher(FetchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_direct(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_direct->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Hosts reached by name honour --proxy, else the system's proxy settings
    // (environment, desktop); a pinned address is by definition reached directly.
    if (m_options.proxy)
        m_nam->setProxy(*m_options.proxy);
    else
        m_nam->setProxyFactory(new SystemProxyFactory);
    m_direct->setProxy(QNetworkProxy::NoProxy);
    // Content is compared whatever the certificate: the certificate is
    // judged separately, exactly, by scanner/tls. Old protocols and weak
    // keys must still be reachable here, as a proxy in Full mode reaches them.
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls.setProtocol(QSsl::AnyProtocol);
    m_tls.setBackendConfigurationOption("CipherString", QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    m_tls.setBackendConfigurationOption("MinProtocol", QByteArrayLiteral("TLSv1"));
    // One timer checks every request's deadlines, instead of two timers per
    // request restarted on every read: a tick of an eighth of the shortest
    // timeout (5..100 ms) keeps each within 12.5% of its value.
    m_timeouts = new QTimer(this);
    const int shortest = std::min({m_options.connectTimeoutMs, m_options.idleTimeoutMs, m_options.totalTimeoutMs});
    m_timeouts->setInterval(std::clamp(shortest / 8, 5, 100));
    connect(m_timeouts, &QTimer::timeout, this, &Fetcher::checkTimeouts);
}

Fetcher::~Fetcher()
{
    // Replies are children of the manager; make sure none calls back into us.
    for (const auto &active : std::as_const(m_active)) {
        if (active->reply) {
            active->reply->disconnect(this);
            active->reply->abort();
        }
    }
}

void Fetcher::setConcurrency(int perHostAndScheme)
{
    m_concurrency = std::max(1, perHostAndScheme);
}

void Fetcher::setDelay(int milliseconds)
{
    m_delayMs = std::max(0, milliseconds);
}

QString Fetcher::queueKey(const FetchRequest &request)
{
    return schemeName(request.scheme) + QLatin1Char(' ') + request.host;
}

quint64 Fetcher::enqueue(const FetchRequest &request)
{
    const quint64 id = m_nextId++;
    const QString key = queueKey(request);
    m_queues[key].waiting.push_back({id, request});
    // Start from the event loop, never re-entrantly from the caller's stack.
    QMetaObject::invokeMethod(this, [this, key] { pump(key); }, Qt::QueuedConnection);
    return id;
}

void Fetcher::pause()
{
    m_paused = true;
}

void Fetcher::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    const QStringList keys = m_queues.keys();
    for (const QString &key : keys)
        pump(key);
}

void Fetcher::cancelAll()
{
    // Queued requests finish as cancelled without touching the network.
    QList<Pending> dropped;
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        for (Pending &p : it->waiting)
            dropped.append(std::move(p));
        it->waiting.clear();
    }
    for (const Pending &p : std::as_const(dropped)) {
        FetchResult r;
        r.host = p.request.host;
        r.scheme = p.request.scheme;
        r.pathAndQuery = p.request.pathAndQuery;
        r.error = FetchError::Cancelled;
        r.errorMessage = tr("cancelled before it was sent");
        emit finished(p.id, r);
    }
    const auto running = m_active.values();
    for (const auto &active : running)
        abortWith(active.get(), FetchError::Cancelled, tr("the scan was cancelled"));
}

int Fetcher::queuedCount() const
{
    int n = 0;
    for (const HostQueue &q : m_queues)
        n += int(q.waiting.size());
    return n;
}

void Fetcher::pump(const QString &key)
{
    auto it = m_queues.find(key);
    if (it == m_queues.end())
        return;
    HostQueue &queue = *it;
    while (!m_paused && !queue.waiting.empty() && queue.running < m_concurrency) {
        if (m_delayMs > 0 && queue.lastStartMs >= 0) {
            const qint64 wait = queue.lastStartMs + m_delayMs - monotonicMs();
            if (wait > 0) {
                if (!queue.delayTimerArmed) {
                    queue.delayTimerArmed = true;
                    QTimer::singleShot(int(wait), this, [this, key] {
                        m_queues[key].delayTimerArmed = false;
                        pump(key);
                    });
                }
                return;
            }
        }
        Pending next = std::move(queue.waiting.front());
        queue.waiting.pop_front();
        ++queue.running;
        queue.lastStartMs = monotonicMs();
        start(key, std::move(next));
    }
}

void Fetcher::start(const QString &key, Pending pending)
{
    const FetchRequest &req = pending.request;
    const quint16 port = req.scheme == Scheme::Https ? m_options.httpsPort : m_options.httpPort;
    const bool pinned = !req.pinnedAddress.isNull();

    QNetworkRequest nr(makeUrl(req.scheme, pinned ? hostForUrl(req.pinnedAddress) : req.host, port, req.pathAndQuery));
    if (pinned) {
        const quint16 defaultPort = req.scheme == Scheme::Https ? 443 : 80;
        nr.setRawHeader("Host", (port == defaultPort ? req.host : req.host + QLatin1Char(':') + QString::number(port)).toUtf8());
        nr.setPeerVerifyName(req.host);
        // HTTP/2 takes :authority from the URL (the address), which would
        // send the request to the wrong virtual host.
        nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    nr.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    nr.setRawHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (req.scheme == Scheme::Https)
        nr.setSslConfiguration(m_tls);

    auto active = std::make_shared<Active>();
    active->id = pending.id;
    active->key = key;
    active->request = req;
    active->clock.start();
    active->startedAt = QDateTime::currentDateTimeUtc();
    ++m_started;

    QNetworkReply *reply = (pinned ? m_direct : m_nam)->get(nr);
    // Qt reads the socket on its own thread and queues what it read to this
    // one; unbounded, a fast endless body piles up hundreds of megabytes
    // before onReadyRead() sees the cap. onMetaData() lifts the bound for
    // compressed bodies, which Qt 6.4 stalls on when they inflate past it.
    reply->setReadBufferSize(kReadBufferBytes);
    active->reply = reply;
    Active *raw = active.get();
    m_active.insert(reply, active);

    if (!m_timeouts->isActive())
        m_timeouts->start();

    connect(reply, &QNetworkReply::encrypted, this, [raw] { raw->encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, raw] { onMetaData(raw); });
    connect(reply, &QNetworkReply::readyRead, this, [this, raw] { onReadyRead(raw); });
    connect(reply, &QNetworkReply::finished, this, [this, raw] { onReplyFinished(raw); });
}

void Fetcher::onMetaData(Active *active)
{
    active->gotMetaData = true;
    // A compressed body is still bounded: Qt refuses to inflate past its
    // compression-bomb ratio, and onReadyRead() aborts at the body cap.
    const QByteArray encoding = active->reply->rawHeader("Content-Encoding").trimmed().toLower();
    active->contentEncoded = !encoding.isEmpty() && encoding != "identity";
    if (active->contentEncoded)
        active->reply->setReadBufferSize(0);
    active->lastProgressMs = active->clock.elapsed();
    const auto &pairs = active->reply->rawHeaderPairs();
    qsizetype bytes = 0;
    for (const auto &p : pairs)
        bytes += p.first.size() + p.second.size() + 4;
    if (pairs.size() > m_options.maxHeaderCount)
        abortWith(active, FetchError::TooLarge, tr("the response has %1 header fields, more than the limit of %2")
                                                    .arg(pairs.size()).arg(m_options.maxHeaderCount));
    else if (bytes > m_options.maxHeaderBytes)
        abortWith(active, FetchError::TooLarge, tr("the response headers take %1 bytes, more than the limit of %2")
                                                    .arg(bytes).arg(m_options.maxHeaderBytes));
}

void Fetcher::onReadyRead(Active *active)
{
    QNetworkReply *reply = active->reply;
    if (!reply)
        return;
    active->lastProgressMs = active->clock.elapsed();
    const QByteArray chunk = reply->readAll();
    active->bodyBytes += chunk.size();
    const qint64 room = m_options.maxBodyBytes - active->body.size();
    if (chunk.size() <= room) {
        active->body.append(chunk);
        return;
    }
    active->body.append(chunk.left(room));
    active->truncated = true;
    // Enough to judge the page: stop downloading instead of reading an
    // endless or decompression-bomb body. The response itself counts as received.
    active->forcedError = FetchError::None;
    active->forcedMessage = tr("body truncated at %1 bytes").arg(m_options.maxBodyBytes);
    reply->abort();
}

void Fetcher::checkTimeouts()
{
    if (m_active.isEmpty()) {
        m_timeouts->stop();
        return;
    }
    // Aborting finishes a reply at once (and takes it out of m_active): decide first, abort after.
    std::vector<std::pair<std::shared_ptr<Active>, QString>> expired;
    for (const auto &active : std::as_const(m_active)) {
        const qint64 now = active->clock.elapsed();
        if (now >= m_options.totalTimeoutMs) {
            expired.emplace_back(active, tr("the response took longer than %n ms in total", nullptr, m_options.totalTimeoutMs));
        } else if (!active->gotMetaData && now >= m_options.connectTimeoutMs) {
            const bool tlsPending = active->request.scheme == Scheme::Https && !active->encrypted;
            expired.emplace_back(active, tlsPending ? tr("no TLS handshake completed within %n ms", nullptr, m_options.connectTimeoutMs)
                                                    : tr("no response within %n ms", nullptr, m_options.connectTimeoutMs));
        } else if (active->gotMetaData && now - active->lastProgressMs >= m_options.idleTimeoutMs) {
            expired.emplace_back(active, tr("the response stalled for %n ms", nullptr, m_options.idleTimeoutMs));
        }
    }
    for (const auto &[active, message] : expired)
        abortWith(active.get(), FetchError::Timeout, message);
}

void Fetcher::abortWith(Active *active, FetchError error, const QString &message)
{
    if (!active->reply || active->forcedError != FetchError::None || active->truncated)
        return;
    active->forcedError = error;
    active->forcedMessage = message;
    active->reply->abort();
}

void Fetcher::onReplyFinished(Active *active)
{
    QNetworkReply *reply = active->reply;
    FetchResult r;
    r.host = active->request.host;
    r.scheme = active->request.scheme;
    r.pathAndQuery = active->request.pathAndQuery;
    r.url = makeUrl(r.scheme, r.host,
                    r.scheme == Scheme::Https ? m_options.httpsPort : m_options.httpPort, r.pathAndQuery);
    r.startedAt = active->startedAt;
    r.elapsedMs = active->clock.elapsed();

    if (reply->bytesAvailable() > 0 && !active->truncated)
        onReadyRead(active);

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    r.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    r.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    r.headers = reply->rawHeaderPairs();
    r.contentType = mediaType(reply->rawHeader("Content-Type"));
    if (r.status >= 300 && r.status < 400 && reply->hasRawHeader("Location"))
        r.redirectTarget = r.url.resolved(QUrl::fromEncoded(reply->rawHeader("Location"))).toString(QUrl::FullyEncoded);
    r.body = std::move(active->body);
    r.bodyBytes = active->bodyBytes;
    r.truncated = active->truncated;

    if (active->truncated) {
        r.error = FetchError::None;
        r.errorMessage = active->forcedMessage;
    } else if (active->forcedError != FetchError::None) {
        r.error = active->forcedError;
        r.errorMessage = active->forcedMessage;
    } else if (reply->error() != QNetworkReply::NoError && r.status == 0) {
        r.error = classify(reply->error());
        r.errorMessage = reply->errorString();
    } else if (reply->error() != QNetworkReply::NoError && r.status > 0 && r.status < 400) {
        // Headers arrived, then the connection broke mid-body.
        r.error = classify(reply->error());
        r.errorMessage = tr("the body was cut off: %1").arg(reply->errorString());
        // Qt refuses to inflate a body that expands far past its compressed
        // size and says only "Decompression failed"; name what that means.
        const QByteArray encoding = r.header("Content-Encoding");
        if (!encoding.isEmpty() && reply->errorString().startsWith(QLatin1String("Decompression failed")))
            r.errorMessage = tr("the %1-encoded body could not be decompressed: it expands far beyond its compressed size "
                                "(a compression bomb) or is corrupt (%2)")
                                 .arg(QString::fromLatin1(encoding), reply->errorString().trimmed());
    } else if (r.error == FetchError::None && r.status >= 200 && r.status != 204 && r.status != 304) {
        // Qt usually reports a connection closed before Content-Length bytes
        // arrived, but not when the close comes with the last bytes it reads
        // (a race in its channel): check the count for identity bodies.
        bool ok = false;
        const qint64 declared = r.header("Content-Length").trimmed().toLongLong(&ok);
        if (ok && declared > r.bodyBytes && !active->contentEncoded) {
            r.error = FetchError::Closed;
            r.errorMessage = tr("the body was cut off: the connection closed after %1 of the %2 bytes the server announced")
                                 .arg(r.bodyBytes)
                                 .arg(declared);
        }
    }
    if (r.error != FetchError::None)
        qCDebug(lcFetch) << r.url << fetchErrorCode(r.error) << r.errorMessage;
    complete(active, std::move(r));
}

void Fetcher::complete(Active *active, FetchResult result)
{
    QNetworkReply *reply = active->reply;
    const quint64 id = active->id;
    const QString key = active->key;
    auto holder = m_active.take(reply); // keeps *active alive to the end of this scope
    if (reply) {
        reply->disconnect(this);
        reply->deleteLater();
    }
    auto it = m_queues.find(key);
    if (it != m_queues.end())
        --it->running;
    emit finished(id, result);
    pump(key);
}

} // namespace sslrec
