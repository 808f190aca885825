#include "tls/x509verifier_p.h"

#include "core/originca.h"
#include "tls/x509reader_p.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QMutex>

#include <vector>

namespace sslrec::ossl {

namespace {

int issueIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

int collectingCallback(int ok, X509_STORE_CTX *ctx)
{
    if (!ok) {
        auto *issues = static_cast<std::vector<VerifyIssue> *>(X509_STORE_CTX_get_ex_data(ctx, issueIndex()));
        X509 *cert = X509_STORE_CTX_get_current_cert(ctx);
        if (issues)
            issues->push_back({X509_STORE_CTX_get_error(ctx), X509_STORE_CTX_get_error_depth(ctx),
                               cert ? upRef(cert) : X509Ptr()});
    }
    return 1; // go on: sslrec explains every problem, not only the first
}

bool addPem(X509_STORE *store, const QByteArray &pem)
{
    const auto certs = readCertificates(pem);
    for (const auto &cert : certs)
        X509_STORE_add_cert(store, cert.get());
    return !certs.empty();
}

} // namespace

int defaultClientSecurityLevel()
{
    static const int level = [] {
        SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
        return ctx ? SSL_CTX_get_security_level(ctx.get()) : 1;
    }();
    return level;
}

namespace {

// A --ca-file as read once per validation: its bytes, or why it could not be read.
struct CaFile
{
    QString path;
    QByteArray pem;
    QString error;
};

std::vector<CaFile> readCaFiles(const QStringList &paths)
{
    std::vector<CaFile> files;
    files.reserve(std::size_t(paths.size()));
    for (const QString &path : paths) {
        QFile file(path);
        CaFile f{path, {}, {}};
        if (file.open(QIODevice::ReadOnly))
            f.pem = file.readAll();
        else
            f.error = file.errorString();
        files.push_back(std::move(f));
    }
    return files;
}

StorePtr newTrustStore(const TrustSettings &trust, const std::vector<CaFile> &caFiles, QStringList *problems)
{
    StorePtr store(X509_STORE_new());
    if (trust.systemRoots)
        X509_STORE_set_default_paths(store.get());
    if (trust.originCaRoots) {
        for (const BundledRoot &root : bundledOriginCaRoots())
            addPem(store.get(), root.pem);
    }
    for (const CaFile &file : caFiles) {
        if (!file.error.isEmpty())
            problems->append(QStringLiteral("cannot read CA file %1: %2").arg(file.path, file.error));
        else if (!addPem(store.get(), file.pem))
            problems->append(QStringLiteral("CA file %1 holds no PEM certificate").arg(file.path));
    }
    ERR_clear_error();
    return store;
}

// What a trust store is built from: the sources, and each CA file's path
// and contents (a file edited between two scans makes a new store).
QByteArray trustKey(const TrustSettings &trust, const std::vector<CaFile> &caFiles)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(trust.systemRoots ? "s1" : "s0");
    hash.addData(trust.originCaRoots ? "o1" : "o0");
    for (const CaFile &file : caFiles) {
        hash.addData(file.path.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(file.pem);
        hash.addData(QByteArrayView("\0", 1));
    }
    return hash.result();
}

} // namespace

StorePtr buildTrustStore(const TrustSettings &trust, QStringList *problems)
{
    // Reading the system's roots costs ~30 ms of CPU, and every probe of
    // every origin needs them: the stores of the last few trust settings are
    // kept and shared (OpenSSL verifies against one X509_STORE from several
    // threads). The system's roots are read once per process. The cache is
    // never destroyed: a static destructor freeing its stores could run
    // after OpenSSL's own exit handler.
    struct Cache
    {
        QMutex mutex;
        std::vector<std::pair<QByteArray, X509_STORE *>> stores; // most recently built last
    };
    static auto *cache = new Cache;
    constexpr std::size_t kKept = 4;
    const std::vector<CaFile> caFiles = readCaFiles(trust.caFiles);
    const QByteArray key = trustKey(trust, caFiles);
    {
        QMutexLocker lock(&cache->mutex);
        for (const auto &[k, store] : cache->stores) {
            if (k == key) {
                X509_STORE_up_ref(store);
                return StorePtr(store);
            }
        }
    }
    QStringList found;
    StorePtr store = newTrustStore(trust, caFiles, &found);
    if (problems)
        *problems += found;
    if (!store || !found.isEmpty()) // a problem is reported again next time
        return store;
    QMutexLocker lock(&cache->mutex);
    for (const auto &entry : cache->stores) {
        if (entry.first == key) // another thread built it meanwhile
            return store;
    }
    if (cache->stores.size() >= kKept) {
        X509_STORE_free(cache->stores.front().second);
        cache->stores.erase(cache->stores.begin());
    }
    X509_STORE_up_ref(store.get());
    cache->stores.emplace_back(key, store.get());
    return store;
}

VerifyRun verify(X509_STORE *store, const std::vector<X509Ptr> &served, const QString &hostname,
                 const std::optional<QDateTime> &atTime, bool collectAll)
{
    VerifyRun run;
    X509StackPtr untrusted(sk_X509_new_null());
    // libssl hands the whole peer chain, leaf included, as untrusted helpers.
    for (const auto &cert : served) {
        X509_up_ref(cert.get());
        sk_X509_push(untrusted.get(), cert.get());
    }
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!X509_STORE_CTX_init(ctx.get(), store, served.front().get(), untrusted.get())) {
        run.error = X509_V_ERR_UNSPECIFIED;
        return run;
    }
    X509_STORE_CTX_set_default(ctx.get(), "ssl_server");
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_auth_level(param, defaultClientSecurityLevel());
    QString host = hostname.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!QHostAddress(host).isNull())
        X509_VERIFY_PARAM_set1_ip_asc(param, host.toLatin1().constData());
    else if (!host.isEmpty())
        X509_VERIFY_PARAM_set1_host(param, host.toUtf8().constData(), 0);
    if (atTime)
        X509_VERIFY_PARAM_set_time(param, time_t(atTime->toSecsSinceEpoch()));
    if (collectAll) {
        X509_STORE_CTX_set_ex_data(ctx.get(), issueIndex(), &run.issues);
        X509_STORE_CTX_set_verify_cb(ctx.get(), collectingCallback);
    }
    run.ok = X509_verify_cert(ctx.get()) == 1;
    run.error = X509_STORE_CTX_get_error(ctx.get());
    run.errorDepth = run.ok ? -1 : X509_STORE_CTX_get_error_depth(ctx.get());
    if (collectAll && !run.issues.empty()) {
        run.error = run.issues.front().error;
        run.errorDepth = run.issues.front().depth;
        run.ok = false;
    }
    if (X509StackPtr chain{X509_STORE_CTX_get1_chain(ctx.get())}) {
        for (int i = 0; i < sk_X509_num(chain.get()); ++i)
            run.path.push_back(upRef(sk_X509_value(chain.get(), i)));
    }
    ERR_clear_error();
    return run;
}

} // namespace sslrec::ossl
