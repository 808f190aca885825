#include "fetch/fetcher.h"

#include "core/logging.h"
#include "fetch/incomingresponse.h"

#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace sslrec {

struct Fetcher::Active
{
    quint64 id = 0;
    QString key;
    FetchRequest request;
    const FetchOptions *options = nullptr;
    CURL *easy = nullptr;
    curl_slist *connectTo = nullptr; // the --resolve pin, for this request only
    char curlError[CURL_ERROR_SIZE] = {};

    QUrl url; // the logical URL (hostname, not address)
    IncomingResponse response; // filled by curl's callbacks, on this thread
    FetchError forcedError = FetchError::None; // a timeout or cancellation
    QString forcedMessage;

    QElapsedTimer clock;
    QDateTime startedAt;
    qint64 lastProgressMs = 0; // clock time of the headers or the last body bytes
};

// The multi handle and what connects it to the event loop: a notifier per
// socket curl watches (created on demand, reused while curl keeps the socket
// open) and one single-shot timer for curl's own deadlines.
struct Fetcher::Curl
{
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    CURLM *multi = nullptr;
    curl_slist *requestHeaders = nullptr; // Accept; shared by every request
    QTimer *timer = nullptr;
    std::unordered_map<curl_socket_t, Watch> watches;

    ~Curl()
    {
        if (multi)
            curl_multi_cleanup(multi);
        curl_slist_free_all(requestHeaders);
    }
};

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.elapsed();
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

// "http://host:port", "socks5h://host:port", or "" (no proxy) for curl.
QByteArray proxyUrl(const QNetworkProxy &proxy)
{
    QByteArray scheme;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy: scheme = "http"; break;
    case QNetworkProxy::Socks5Proxy: scheme = "socks5h"; break;
    default: return {};
    }
    QByteArray url = scheme + "://";
    if (!proxy.user().isEmpty())
        url += QUrl::toPercentEncoding(proxy.user()) + ':' + QUrl::toPercentEncoding(proxy.password()) + '@';
    const QString host = proxy.hostName().contains(QLatin1Char(':')) ? QLatin1Char('[') + proxy.hostName() + QLatin1Char(']')
                                                                      : proxy.hostName();
    return url + host.toUtf8() + ':' + QByteArray::number(proxy.port());
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
    , m_curl(std::make_unique<Curl>())
{
    static std::once_flag curlReady;
    std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    m_curl->multi = curl_multi_init();
    m_curl->requestHeaders = curl_slist_append(nullptr, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    m_curl->timer = new QTimer(this);
    m_curl->timer->setSingleShot(true);
    connect(m_curl->timer, &QTimer::timeout, this, [this] { driveCurl(CURL_SOCKET_TIMEOUT, 0); });

    auto socketCallback = +[](CURL *, curl_socket_t socket, int what, void *user, void *) -> int {
        auto *self = static_cast<Fetcher *>(user);
        auto &watches = self->m_curl->watches;
        if (what == CURL_POLL_REMOVE) {
            const auto it = watches.find(socket);
            if (it == watches.end())
                return 0;
            // Possibly called from inside this notifier's own signal: retire it later.
            for (QSocketNotifier *n : {it->second.read, it->second.write}) {
                if (n) {
                    n->setEnabled(false);
                    n->deleteLater();
                }
            }
            watches.erase(it);
            return 0;
        }
        Curl::Watch &watch = watches[socket];
        const auto ensure = [self, socket](QSocketNotifier *&n, QSocketNotifier::Type type, int event) {
            if (!n) {
                n = new QSocketNotifier(qintptr(socket), type, self);
                QObject::connect(n, &QSocketNotifier::activated, self, [self, socket, event] { self->driveCurl(socket, event); });
            }
        };
        if (what & CURL_POLL_IN)
            ensure(watch.read, QSocketNotifier::Read, CURL_CSELECT_IN);
        if (what & CURL_POLL_OUT)
            ensure(watch.write, QSocketNotifier::Write, CURL_CSELECT_OUT);
        if (watch.read)
            watch.read->setEnabled(what & CURL_POLL_IN);
        if (watch.write)
            watch.write->setEnabled(what & CURL_POLL_OUT);
        return 0;
    };
    auto timerCallback = +[](CURLM *, long timeoutMs, void *user) -> int {
        auto *self = static_cast<Fetcher *>(user);
        if (timeoutMs < 0)
            self->m_curl->timer->stop();
        else
            self->m_curl->timer->start(int(std::min<long>(timeoutMs, 24 * 3600 * 1000)));
        return 0;
    };
    curl_multi_setopt(m_curl->multi, CURLMOPT_SOCKETFUNCTION, socketCallback);
    curl_multi_setopt(m_curl->multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_curl->multi, CURLMOPT_TIMERFUNCTION, timerCallback);
    curl_multi_setopt(m_curl->multi, CURLMOPT_TIMERDATA, this);

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
    // Nothing is reported any more: take every transfer out and free it.
    for (const auto &active : std::as_const(m_active)) {
        curl_multi_remove_handle(m_curl->multi, active->easy);
        curl_easy_cleanup(active->easy);
        curl_slist_free_all(active->connectTo);
    }
    m_active.clear();
    // The notifiers are children of this object and go with it; curl closes
    // its sockets in curl_multi_cleanup (~Curl), calling back into nothing
    // that matters once the callbacks are unset.
    curl_multi_setopt(m_curl->multi, CURLMOPT_SOCKETFUNCTION, nullptr);
    curl_multi_setopt(m_curl->multi, CURLMOPT_TIMERFUNCTION, nullptr);
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
    const bool https = req.scheme == Scheme::Https;
    const quint16 port = https ? m_options.httpsPort : m_options.httpPort;
    const bool pinned = !req.pinnedAddress.isNull();

    auto active = std::make_shared<Active>();
    active->id = pending.id;
    active->key = key;
    active->request = req;
    active->options = &m_options;
    active->clock.start();
    active->startedAt = QDateTime::currentDateTimeUtc();
    ++m_started;

    CURL *easy = curl_easy_init();
    active->easy = easy;
    active->url = makeUrl(req.scheme, req.host, port, req.pathAndQuery);
    const QByteArray url = active->url.toEncoded();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, active.get());
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, active->curlError);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    // The path goes out exactly as the crawl found it, dot segments and all:
    // the same request on both schemes is the whole point.
    curl_easy_setopt(easy, CURLOPT_PATH_AS_IS, 1L);
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, m_options.userAgent.toUtf8().constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_curl->requestHeaders);
    // Every encoding curl can decode (gzip, deflate, br, zstd); onBodyBytes()
    // sees decoded bytes, so the body cap bounds a compression bomb too.
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeaderLine);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, active.get());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onBodyBytes);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, active.get());
    if (https) {
        // Content is compared whatever the certificate: the certificate is
        // judged separately, exactly, by scanner/tls. Old protocols and weak
        // keys must still be reachable here, as a proxy in Full mode reaches them.
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1));
        curl_easy_setopt(easy, CURLOPT_SSL_CIPHER_LIST, "DEFAULT:@SECLEVEL=0");
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
        // Wait for an HTTP/2 connection being set up rather than open another.
        curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
    } else {
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    }
    if (pinned) {
        const QString address = req.pinnedAddress.protocol() == QAbstractSocket::IPv6Protocol
                                    ? QLatin1Char('[') + req.pinnedAddress.toString() + QLatin1Char(']')
                                    : req.pinnedAddress.toString();
        // The name as it is in the URL (ACE for an IDN), or curl would not match it.
        const QByteArray entry = active->url.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(port)
                                 + ':' + address.toLatin1() + ':' + QByteArray::number(port);
        active->connectTo = curl_slist_append(nullptr, entry.constData());
        curl_easy_setopt(easy, CURLOPT_CONNECT_TO, active->connectTo);
        // A pinned address is by definition reached directly.
        curl_easy_setopt(easy, CURLOPT_PROXY, "");
    } else if (m_options.proxy && m_options.proxy->type() != QNetworkProxy::DefaultProxy) {
        // --proxy; NoProxy ("none") becomes "", which also ignores the environment.
        curl_easy_setopt(easy, CURLOPT_PROXY, proxyUrl(*m_options.proxy).constData());
    }
    // Otherwise curl follows the system's proxy settings: http_proxy,
    // https_proxy and no_proxy in the environment.

    m_active.insert(easy, active);
    if (!m_timeouts->isActive())
        m_timeouts->start();
    curl_multi_add_handle(m_curl->multi, easy);
}

// curl's callbacks only record and decide; neither calls back into curl.
// Returning fewer bytes than given stops the transfer.

std::size_t Fetcher::onHeaderLine(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *active = static_cast<Active *>(user);
    active->lastProgressMs = active->clock.elapsed();
    const bool more = active->response.takeHeaderLine(QByteArrayView(data, qsizetype(size * count)), *active->options);
    return more ? size * count : 0;
}

std::size_t Fetcher::onBodyBytes(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *active = static_cast<Active *>(user);
    IncomingResponse &response = active->response;
    active->lastProgressMs = active->clock.elapsed();
    if (response.takeBody(QByteArrayView(data, qsizetype(size * count)), *active->options))
        return size * count;
    if (response.encoded()) {
        curl_off_t received = 0;
        curl_easy_getinfo(active->easy, CURLINFO_SIZE_DOWNLOAD_T, &received);
        // A lower bound: curl decodes what it read in one go, past the cap.
        // HTML compresses 5- to 20-fold; a bomb a thousandfold.
        if (received > 0 && response.body.size() / received >= 50)
            response.message += tr(": the %1-encoded body expands at least %2-fold (a compression bomb?)")
                                    .arg(QString::fromLatin1(response.contentEncoding))
                                    .arg(response.body.size() / received);
    }
    return 0;
}

void Fetcher::driveCurl(qintptr socket, int events)
{
    int running = 0;
    curl_multi_socket_action(m_curl->multi, curl_socket_t(socket), events, &running);
    collectFinished();
}

void Fetcher::collectFinished()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_curl->multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        const auto it = m_active.constFind(message->easy_handle);
        if (it != m_active.cend())
            finish(it->get(), int(message->data.result));
    }
}

void Fetcher::checkTimeouts()
{
    if (m_active.isEmpty()) {
        m_timeouts->stop();
        return;
    }
    // Aborting finishes a request at once (and takes it out of m_active): decide first, abort after.
    std::vector<std::pair<std::shared_ptr<Active>, QString>> expired;
    for (const auto &active : std::as_const(m_active)) {
        const qint64 now = active->clock.elapsed();
        if (now >= m_options.totalTimeoutMs) {
            expired.emplace_back(active, tr("the response took longer than %n ms in total", nullptr, m_options.totalTimeoutMs));
        } else if (!active->response.headersComplete && now >= m_options.connectTimeoutMs) {
            curl_off_t handshake = 0;
            curl_easy_getinfo(active->easy, CURLINFO_APPCONNECT_TIME_T, &handshake);
            const bool tlsPending = active->request.scheme == Scheme::Https && handshake == 0;
            expired.emplace_back(active, tlsPending ? tr("no TLS handshake completed within %n ms", nullptr, m_options.connectTimeoutMs)
                                                    : tr("no response within %n ms", nullptr, m_options.connectTimeoutMs));
        } else if (active->response.headersComplete && now - active->lastProgressMs >= m_options.idleTimeoutMs) {
            expired.emplace_back(active, tr("the response stalled for %n ms", nullptr, m_options.idleTimeoutMs));
        }
    }
    for (const auto &[active, message] : expired)
        abortWith(active.get(), FetchError::Timeout, message);
}

void Fetcher::abortWith(Active *active, FetchError error, const QString &message)
{
    if (!m_active.contains(active->easy) || active->forcedError != FetchError::None || active->response.truncated)
        return;
    active->forcedError = error;
    active->forcedMessage = message;
    finish(active, CURLE_ABORTED_BY_CALLBACK);
}

namespace {

FetchError classify(CURLcode code, long osErrno)
{
    switch (code) {
    case CURLE_OK: return FetchError::None;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return FetchError::Dns;
    case CURLE_COULDNT_CONNECT: return osErrno == ECONNREFUSED ? FetchError::Refused : FetchError::Network;
    case CURLE_OPERATION_TIMEDOUT: return FetchError::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_PEER_FAILED_VERIFICATION:
        return FetchError::TlsHandshake;
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_SEND_ERROR:
        return FetchError::Closed;
    // curl's own socket errors carry an errno; a framing error its parser
    // found (a bad chunk size, say) does not.
    case CURLE_RECV_ERROR: return osErrno != 0 ? FetchError::Closed : FetchError::HttpProtocol;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return FetchError::HttpProtocol;
    default: return FetchError::Network;
    }
}

} // namespace

void Fetcher::finish(Active *active, int curlCode)
{
    const auto code = CURLcode(curlCode);
    CURL *easy = active->easy;
    FetchResult r;
    r.host = active->request.host;
    r.scheme = active->request.scheme;
    r.pathAndQuery = active->request.pathAndQuery;
    r.url = active->url;
    r.startedAt = active->startedAt;
    r.elapsedMs = active->clock.elapsed();

    IncomingResponse &response = active->response;
    r.status = response.status;
    r.reasonPhrase = response.reasonPhrase;
    long version = 0;
    curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
    r.http2 = version == CURL_HTTP_VERSION_2_0;
    char *ip = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip && *ip)
        r.peerAddress = QHostAddress(QString::fromLatin1(ip));
    r.headers = std::move(response.headers);
    r.contentType = mediaType(r.header("Content-Type"));
    if (r.status >= 300 && r.status < 400 && !r.header("Location").isEmpty())
        r.redirectTarget = r.url.resolved(QUrl::fromEncoded(r.header("Location").trimmed())).toString(QUrl::FullyEncoded);
    r.body = std::move(response.body);
    r.bodyBytes = response.bodyBytes;
    r.truncated = response.truncated;

    if (response.truncated) {
        r.error = FetchError::None;
        r.errorMessage = response.message;
    } else if (response.error != FetchError::None) {
        r.error = response.error;
        r.errorMessage = response.message;
    } else if (active->forcedError != FetchError::None) {
        r.error = active->forcedError;
        r.errorMessage = active->forcedMessage;
    } else if (code != CURLE_OK) {
        long osErrno = 0;
        curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osErrno);
        r.error = classify(code, osErrno);
        const QString detail = QString::fromUtf8(active->curlError[0] ? active->curlError : curl_easy_strerror(code)).trimmed();
        if (code == CURLE_BAD_CONTENT_ENCODING)
            r.errorMessage = tr("the %1-encoded body could not be decompressed: it is corrupt (%2)")
                                 .arg(QString::fromLatin1(r.header("Content-Encoding")), detail);
        else if (response.headersComplete)
            r.errorMessage = tr("the body was cut off: %1").arg(detail);
        else if (r.error == FetchError::Refused)
            // curl says "Couldn't connect to server"; the errno says why.
            r.errorMessage = tr("connection refused: nothing listens on %1 port %2")
                                 .arg(!active->request.pinnedAddress.isNull() ? active->request.pinnedAddress.toString()
                                      : !r.peerAddress.isNull()                  ? r.peerAddress.toString()
                                                                                 : r.host)
                                 .arg(r.url.port(r.scheme == Scheme::Https ? 443 : 80));
        else
            r.errorMessage = detail;
    } else if (r.status == 0) {
        r.error = FetchError::HttpProtocol; // curl saw a response without a status line
        r.errorMessage = tr("the server's answer has no HTTP status line");
    }
    if (r.error != FetchError::None)
        qCDebug(lcFetch) << r.url << fetchErrorCode(r.error) << r.errorMessage;

    // Out of curl, out of the tables, then report: a receiver may enqueue,
    // cancel or look at runningCount().
    const quint64 id = active->id;
    const QString key = active->key;
    curl_multi_remove_handle(m_curl->multi, easy);
    const std::shared_ptr<Active> holder = m_active.take(easy); // keeps *active alive to the end of this scope
    curl_easy_cleanup(easy);
    curl_slist_free_all(active->connectTo);
    active->connectTo = nullptr;
    auto it = m_queues.find(key);
    if (it != m_queues.end())
        --it->running;
    emit finished(id, r);
    pump(key);
}

} // namespace sslrec
