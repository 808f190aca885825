// The fetch layer alone (bench/site/run.sh fetch): the same GETs, over both
// schemes of one pinned origin, through sslrec's Fetcher (libcurl) and
// through QNetworkAccessManager set up per request as sslrec's fetcher was
// until session 6 (address in the URL, Host and peer name set, HTTP/1.1,
// no certificate check, a bounded read buffer, the same five signals).
// Alternating runs in one process; wall and CPU seconds (all threads) each.
//
//   bench_fetch --host H --address A --http-port P --https-port P --paths FILE
//               [--concurrency 4] [--repeat 3]
#include "fetch/fetcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

using namespace sslrec;

namespace {

struct Run
{
    int replies = 0;
    int errors = 0;
    qint64 bytes = 0;
};

struct Setup
{
    QString host;
    QHostAddress address;
    quint16 httpPort = 80;
    quint16 httpsPort = 443;
    QList<QString> paths;
    int concurrency = 4;
};

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Run viaFetcher(const Setup &setup)
{
    FetchOptions options;
    options.userAgent = QStringLiteral("sslrec-bench");
    options.httpPort = setup.httpPort;
    options.httpsPort = setup.httpsPort;
    Fetcher fetcher(options);
    fetcher.setConcurrency(setup.concurrency);
    Run run;
    const int total = int(setup.paths.size()) * 2;
    QEventLoop loop;
    QObject::connect(&fetcher, &Fetcher::finished, &loop, [&](quint64, const FetchResult &r) {
        ++run.replies;
        run.errors += r.answered() ? 0 : 1;
        run.bytes += r.body.size();
        if (run.replies == total)
            loop.quit();
    });
    for (const QString &path : setup.paths) {
        for (Scheme scheme : {Scheme::Http, Scheme::Https})
            fetcher.enqueue({setup.host, scheme, path, setup.address});
    }
    loop.exec();
    return run;
}

Run viaQNetworkAccessManager(const Setup &setup)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    Run run;
    const int total = int(setup.paths.size()) * 2;
    QEventLoop loop;
    struct Queue
    {
        bool https;
        qsizetype next = 0;
        int running = 0;
    };
    Queue queues[2] = {{false}, {true}};
    std::function<void(Queue &)> pump = [&](Queue &q) {
        while (q.running < setup.concurrency && q.next < setup.paths.size()) {
            const quint16 port = q.https ? setup.httpsPort : setup.httpPort;
            QNetworkRequest request(QUrl(QStringLiteral("%1://%2:%3%4")
                                             .arg(q.https ? QStringLiteral("https") : QStringLiteral("http"),
                                                  setup.address.toString(), QString::number(port), setup.paths.at(q.next++))));
            request.setRawHeader("Host", (setup.host + QLatin1Char(':') + QString::number(port)).toUtf8());
            request.setPeerVerifyName(setup.host);
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("sslrec-bench"));
            if (q.https)
                request.setSslConfiguration(tls);
            QNetworkReply *reply = nam.get(request);
            reply->setReadBufferSize(256 * 1024);
            ++q.running;
            auto body = std::make_shared<QByteArray>();
            QObject::connect(reply, &QNetworkReply::encrypted, &loop, [] {});
            QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
            QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [reply] { (void)reply->rawHeaderPairs(); });
            QObject::connect(reply, &QNetworkReply::readyRead, &loop, [reply, body] { body->append(reply->readAll()); });
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, body, queue = &q] {
                body->append(reply->readAll());
                ++run.replies;
                run.errors += reply->error() == QNetworkReply::NoError ? 0 : 1;
                run.bytes += body->size();
                reply->deleteLater();
                --queue->running;
                if (run.replies == total)
                    loop.quit();
                else
                    pump(*queue);
            });
        }
    };
    pump(queues[0]);
    pump(queues[1]);
    loop.exec();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times sslrec's Fetcher (libcurl) against QNetworkAccessManager on the same GETs."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("host"), QStringLiteral("Hostname (Host, SNI)."), QStringLiteral("HOST")},
                       {QStringLiteral("address"), QStringLiteral("Address the host is pinned to."), QStringLiteral("ADDRESS")},
                       {QStringLiteral("http-port"), QStringLiteral("HTTP port."), QStringLiteral("PORT")},
                       {QStringLiteral("https-port"), QStringLiteral("HTTPS port."), QStringLiteral("PORT")},
                       {QStringLiteral("paths"), QStringLiteral("File with one path per line."), QStringLiteral("FILE")},
                       {QStringLiteral("concurrency"), QStringLiteral("Requests at once per scheme (4)."), QStringLiteral("N"), QStringLiteral("4")},
                       {QStringLiteral("repeat"), QStringLiteral("Alternating runs of each (3)."), QStringLiteral("N"), QStringLiteral("3")}});
    parser.process(app);
    Setup setup;
    setup.host = parser.value(QStringLiteral("host"));
    setup.address = QHostAddress(parser.value(QStringLiteral("address")));
    setup.httpPort = quint16(parser.value(QStringLiteral("http-port")).toUInt());
    setup.httpsPort = quint16(parser.value(QStringLiteral("https-port")).toUInt());
    setup.concurrency = std::max(1, parser.value(QStringLiteral("concurrency")).toInt());
    QFile paths(parser.value(QStringLiteral("paths")));
    if (setup.host.isEmpty() || setup.address.isNull() || !setup.httpPort || !setup.httpsPort || !paths.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_fetch: need --host, --address, --http-port, --https-port and a readable --paths file\n");
        return 2;
    }
    for (const QByteArray &line : paths.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            setup.paths.append(QString::fromUtf8(line.trimmed()));
    }

    std::printf("%-34s %8s %8s %8s %8s %7s\n", "client", "requests", "errors", "wall s", "cpu s", "MB");
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    for (int i = 0; i < repeat; ++i) {
        for (const bool curl : {true, false}) {
            QElapsedTimer wall;
            wall.start();
            const double cpu = cpuSeconds();
            const Run run = curl ? viaFetcher(setup) : viaQNetworkAccessManager(setup);
            std::printf("%-34s %8d %8d %8.2f %8.2f %7.1f\n", curl ? "sslrec Fetcher (libcurl)" : "QNetworkAccessManager (before)",
                        run.replies, run.errors, double(wall.nsecsElapsed()) / 1e9, cpuSeconds() - cpu, double(run.bytes) / 1e6);
            std::fflush(stdout);
        }
    }
    return 0;
}
