#include "nginxharness.h"

#include "loopbackallocator.h"
#include "nginxconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>

namespace sslrec::test {

namespace {

constexpr int kStartAttempts = 3;       // new addresses/ports when another process won a bind race
constexpr int kReadyTimeoutMs = 10000;  // nginx normally listens within ~50 ms
constexpr int kStopTimeoutMs = 5000;    // graceful stop before SIGKILL

struct Listener
{
    QHostAddress address; // where nginx should accept
    quint16 port;         // on which port
};

Status failure(const QString &code, const QString &message)
{
    return Status::failure(QStringLiteral("harness.") + code, message);
}

bool writeWholeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool accepts(const Listener &listener)
{
    QTcpSocket socket;
    socket.connectToHost(listener.address, listener.port);
    const bool connected = socket.waitForConnected(250);
    socket.abort();
    return connected;
}

} // namespace

struct NginxHarness::Private
{
    explicit Private(const QString &prefix) : paths(prefix) {}

    NginxPaths paths;
    HarnessOptions options;
    QList<OriginSpec> origins;
    QHash<QString, int> slotOf;           // host -> index into plan.addresses
    int slotCount = 0;
    LoopbackPlan plan;
    QProcess process;
    QString processOutput;                // what nginx printed to stdout/stderr
    bool started = false;

    const OriginSpec *origin(const QString &host) const
    {
        for (const OriginSpec &o : origins) {
            if (o.host == host)
                return &o;
        }
        return nullptr;
    }

    QList<NginxServer> servers() const
    {
        QList<NginxServer> result;
        QHash<QString, bool> addressPortTaken; // "address:port" already has its default server
        for (const OriginSpec &o : origins) {
            const QHostAddress address = plan.addresses.value(slotOf.value(o.host));
            for (const Scheme scheme : {Scheme::Http, Scheme::Https}) {
                if ((scheme == Scheme::Http && !o.http) || (scheme == Scheme::Https && !o.https))
                    continue;
                NginxServer server;
                server.serverName = o.host;
                server.address = address;
                server.port = scheme == Scheme::Http ? plan.httpPort : plan.httpsPort;
                server.ssl = scheme == Scheme::Https;
                server.http2 = server.ssl && options.http2;
                const QString key = address.toString() + QLatin1Char(':') + QString::number(server.port);
                server.defaultServer = !addressPortTaken.value(key);
                addressPortTaken.insert(key, true);
                server.certificateFile = o.certificateFile;
                server.keyFile = o.keyFile;
                server.root = docroot(o, scheme);
                server.extraConfig = scheme == Scheme::Http ? o.httpConfig : o.httpsConfig;
                result << server;
            }
        }
        return result;
    }

    QList<Listener> listeners() const
    {
        QList<Listener> result;
        for (const NginxServer &server : servers()) {
            if (server.defaultServer)
                result << Listener{server.address, server.port};
        }
        return result;
    }

    QString docroot(const OriginSpec &o, Scheme scheme) const
    {
        const QString base = paths.wwwDir + QLatin1Char('/') + o.host;
        if (!o.separateDocroots)
            return base;
        return base + (scheme == Scheme::Http ? QStringLiteral("/http") : QStringLiteral("/https"));
    }

    QString errorLogTail(int lines) const
    {
        QFile file(paths.errorLog);
        QStringList all;
        if (file.open(QIODevice::ReadOnly))
            all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString tail = all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
        if (!processOutput.trimmed().isEmpty())
            tail += QStringLiteral("\n[nginx output]\n") + processOutput.trimmed();
        return tail;
    }

    Status launch(const QString &nginx)
    {
        QFile::remove(paths.errorLog);
        processOutput.clear();
        NginxConfigInput input{paths.prefix, runningAsRoot(), servers()};
        if (!writeWholeFile(paths.config, renderNginxConfig(input).toUtf8()))
            return failure(QStringLiteral("config"), QStringLiteral("could not write %1").arg(paths.config));

        process.setProgram(nginx);
        process.setArguments({QStringLiteral("-p"), paths.prefix + QLatin1Char('/'), QStringLiteral("-c"),
                              paths.config, QStringLiteral("-e"), paths.errorLog});
        process.setProcessChannelMode(QProcess::MergedChannels);
        // If the test process dies without running destructors, nginx must not
        // linger holding loopback ports.
        process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        process.start();
        if (!process.waitForStarted(5000)) {
            return failure(QStringLiteral("start"), QStringLiteral("could not run %1: %2")
                                                        .arg(nginx, process.errorString()));
        }

        const QList<Listener> expected = listeners();
        const bool settled = QTest::qWaitFor([&] {
            if (process.state() != QProcess::Running)
                return true;
            return std::all_of(expected.begin(), expected.end(), accepts);
        }, kReadyTimeoutMs);

        if (process.state() != QProcess::Running) {
            process.waitForFinished(1000);
            processOutput += QString::fromUtf8(process.readAll());
            return failure(QStringLiteral("exited"),
                           QStringLiteral("nginx exited during startup (code %1); config %2; error log:\n%3")
                               .arg(process.exitCode())
                               .arg(paths.config, errorLogTail(30)));
        }
        if (!settled) {
            QStringList down;
            for (const Listener &l : expected) {
                if (!accepts(l))
                    down << QStringLiteral("%1:%2").arg(l.address.toString()).arg(l.port);
            }
            stopProcess();
            return failure(QStringLiteral("timeout"),
                           QStringLiteral("nginx did not accept on %1 within %2 ms; error log:\n%3")
                               .arg(down.join(QStringLiteral(", ")))
                               .arg(kReadyTimeoutMs)
                               .arg(errorLogTail(30)));
        }
        return Ok{};
    }

    void stopProcess()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(kStopTimeoutMs)) {
            process.kill();
            process.waitForFinished(kStopTimeoutMs);
        }
        processOutput += QString::fromUtf8(process.readAll());
    }
};

NginxHarness::NginxHarness(const QString &prefixDirectory, HarnessOptions options)
    : d(std::make_unique<Private>(prefixDirectory))
{
    d->options = options;
}

NginxHarness::~NginxHarness()
{
    stop();
}

Status NginxHarness::addOrigin(const OriginSpec &origin)
{
    if (d->started)
        return failure(QStringLiteral("origin"), QStringLiteral("add origin \"%1\" before start()").arg(origin.host));
    if (origin.host.isEmpty() || origin.host.contains(QLatin1Char('/')) || origin.host.contains(QLatin1Char(' ')))
        return failure(QStringLiteral("origin"), QStringLiteral("\"%1\" is not a usable hostname").arg(origin.host));
    if (d->origin(origin.host))
        return failure(QStringLiteral("origin"), QStringLiteral("origin \"%1\" was added twice").arg(origin.host));
    if (origin.https && (origin.certificateFile.isEmpty() || origin.keyFile.isEmpty()))
        return failure(QStringLiteral("origin"),
                       QStringLiteral("origin \"%1\" serves HTTPS but has no certificate/key; "
                                      "issue one with TestPki or set https = false")
                           .arg(origin.host));
    if (!origin.shareAddressWith.isEmpty()) {
        if (!d->slotOf.contains(origin.shareAddressWith))
            return failure(QStringLiteral("origin"),
                           QStringLiteral("origin \"%1\" shares the address of \"%2\", which must be added first")
                               .arg(origin.host, origin.shareAddressWith));
        d->slotOf.insert(origin.host, d->slotOf.value(origin.shareAddressWith));
    } else {
        d->slotOf.insert(origin.host, d->slotCount++);
    }
    d->origins << origin;
    for (const Scheme scheme : {Scheme::Http, Scheme::Https}) {
        const QString dir = d->docroot(origin, scheme);
        if (!QDir().mkpath(dir))
            return failure(QStringLiteral("docroot"), QStringLiteral("could not create %1").arg(dir));
    }
    return Ok{};
}

Status NginxHarness::start()
{
    if (d->started)
        return failure(QStringLiteral("start"), QStringLiteral("the harness is already started"));
    if (d->origins.isEmpty())
        return failure(QStringLiteral("start"), QStringLiteral("no origins; call addOrigin() first"));
    const Result<QString> nginx = findNginx();
    if (!nginx.ok())
        return nginx.error();

    for (const QString &dir : {d->paths.prefix + QStringLiteral("/logs"), d->paths.tempDir}) {
        if (!QDir().mkpath(dir))
            return failure(QStringLiteral("prefix"), QStringLiteral("could not create %1").arg(dir));
    }

    Status last = Ok{};
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        auto plan = allocateLoopback(d->slotCount, d->options.preferStandardPorts);
        if (!plan.ok())
            return plan.error();
        d->plan = plan.value();
        last = d->launch(nginx.value());
        if (last.ok()) {
            d->started = true;
            return last;
        }
        // Another process may have bound an address between our check and
        // nginx's bind; anything else will not go away by retrying.
        if (!last.error().message.contains(QLatin1String("Address already in use")))
            break;
    }
    return last;
}

void NginxHarness::stop()
{
    d->stopProcess();
    d->started = false;
}

bool NginxHarness::isRunning() const { return d->process.state() == QProcess::Running; }
qint64 NginxHarness::pid() const { return d->process.processId(); }
quint16 NginxHarness::httpPort() const { return d->plan.httpPort; }
quint16 NginxHarness::httpsPort() const { return d->plan.httpsPort; }
bool NginxHarness::usesStandardPorts() const { return d->plan.standardPorts; }
quint16 NginxHarness::port(Scheme scheme) const { return scheme == Scheme::Http ? httpPort() : httpsPort(); }
QString NginxHarness::prefix() const { return d->paths.prefix; }
QString NginxHarness::configFile() const { return d->paths.config; }

QString NginxHarness::configText() const
{
    QFile file(d->paths.config);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QHostAddress NginxHarness::address(const QString &host) const
{
    if (!d->slotOf.contains(host))
        return {};
    return d->plan.addresses.value(d->slotOf.value(host));
}

QString NginxHarness::resolveArgument(const QString &host) const
{
    return host + QLatin1Char(':') + address(host).toString();
}

QUrl NginxHarness::url(const QString &host, Scheme scheme, const QString &path) const
{
    QUrl base;
    base.setScheme(scheme == Scheme::Http ? QStringLiteral("http") : QStringLiteral("https"));
    base.setHost(host);
    if (!d->plan.standardPorts)
        base.setPort(port(scheme));
    base.setPath(QStringLiteral("/"));
    return base.resolved(QUrl(path));
}

QUrl NginxHarness::addressUrl(const QString &host, Scheme scheme, const QString &path) const
{
    QUrl result = url(host, scheme, path);
    result.setHost(address(host).toString());
    return result;
}

QString NginxHarness::docroot(const QString &host, Scheme scheme) const
{
    const OriginSpec *o = d->origin(host);
    return o ? d->docroot(*o, scheme) : QString();
}

Status NginxHarness::writeFile(const QString &host, const QString &relativePath, const QByteArray &content)
{
    const Status http = writeFile(host, Scheme::Http, relativePath, content);
    if (!http.ok())
        return http;
    return writeFile(host, Scheme::Https, relativePath, content);
}

Status NginxHarness::writeFile(const QString &host, Scheme scheme, const QString &relativePath,
                               const QByteArray &content)
{
    const OriginSpec *o = d->origin(host);
    if (!o)
        return failure(QStringLiteral("docroot"), QStringLiteral("no origin \"%1\"; add it first").arg(host));
    const QString clean = QDir::cleanPath(relativePath);
    if (QDir::isAbsolutePath(clean) || clean.startsWith(QLatin1String("..")))
        return failure(QStringLiteral("docroot"),
                       QStringLiteral("\"%1\" must be a path inside the docroot").arg(relativePath));
    const QString path = d->docroot(*o, scheme) + QLatin1Char('/') + clean;
    if (!QDir().mkpath(QFileInfo(path).path()) || !writeWholeFile(path, content))
        return failure(QStringLiteral("docroot"), QStringLiteral("could not write %1").arg(path));
    return Ok{};
}

QList<AccessLogEntry> NginxHarness::accessLog() const
{
    return readAccessLog(d->paths.accessLog);
}

void NginxHarness::clearAccessLog()
{
    // nginx opens its log with O_APPEND, so truncating in place is safe.
    QFile file(d->paths.accessLog);
    if (file.exists())
        file.resize(0);
}

QString NginxHarness::errorLogTail(int lines) const
{
    return d->errorLogTail(lines);
}

Result<QString> NginxHarness::findNginx()
{
    const QString fromEnv = qEnvironmentVariable("SSLREC_NGINX");
    if (!fromEnv.isEmpty()) {
        if (QFileInfo(fromEnv).isExecutable())
            return fromEnv;
        return Result<QString>::failure(QStringLiteral("harness.nginx"),
                                        QStringLiteral("SSLREC_NGINX=%1 is not an executable; fix or unset it").arg(fromEnv));
    }
    const QString standard = QStringLiteral("/usr/sbin/nginx");
    if (QFileInfo(standard).isExecutable())
        return standard;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (!onPath.isEmpty())
        return onPath;
    return Result<QString>::failure(QStringLiteral("harness.nginx"),
                                    QStringLiteral("nginx not found at /usr/sbin/nginx or on PATH; integration tests "
                                                   "need it: run packaging/install-deps.sh (Debian package nginx-core)"));
}

} // namespace sslrec::test
