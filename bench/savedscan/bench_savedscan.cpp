// Opening a saved scan in the GUI (issue #10: a 20,000-pair scan shows its
// first results in under 1 s). Times, on this machine:
//   load      ScanFile::load (what ScanLoader runs on the thread pool)
//   models    feedSavedScan into fresh models, no views attached
//   window    MainWindow::openScanFile until the origins table has painted
//             its rows (first results visible), and until the pages list of
//             the origin has painted (total)
//
//   QT_QPA_PLATFORM=offscreen bench_savedscan FILE.sslrec
//   QT_QPA_PLATFORM=offscreen bench_savedscan --generate N FILE.sslrec
//
// --generate writes a synthetic finished scan of one origin with N page
// pairs (~5 KB bodies, ordinary headers) through ScanStore, as a live scan
// would, for when no real large scan file is at hand.
#include "mainwindow/mainwindow.h"
#include "mainwindow/origindetails.h"
#include "mainwindow/resultsview.h"
#include "mainwindow/scanfiles.h"
#include "mainwindow/scanview.h"
#include "models/modelroles.h"
#include "models/originsmodel.h"
#include "models/pagesmodel.h"
#include "models/savedscanfeed.h"
#include "models/sitetreemodel.h"
#include "store/scanfile.h"
#include "store/scanstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace sslrec;

namespace {

QByteArray body(QRandomGenerator &rng, int index)
{
    static const char *const words[] = {"proxy", "origin", "certificate", "chain", "handshake", "cipher", "the", "of",
                                        "request", "response", "header", "cache", "page", "link", "mode", "strict"};
    QByteArray b = "<!DOCTYPE html><html><head><title>Page " + QByteArray::number(index) + "</title></head><body><p>";
    while (b.size() < 5000) {
        b += words[rng.bounded(16)];
        b += ' ';
    }
    return b + "</p></body></html>\n";
}

FetchResult response(const QString &host, Scheme scheme, const QString &path, const QByteArray &content)
{
    FetchResult r;
    r.host = host;
    r.scheme = scheme;
    r.pathAndQuery = path;
    r.url = QUrl(schemeName(scheme) + QStringLiteral("://") + host + path);
    r.status = 200;
    r.reasonPhrase = "OK";
    r.headers = {{"Server", "nginx/1.22.1"}, {"Date", "Mon, 03 Jun 2024 10:00:00 GMT"}, {"Content-Type", "text/html"},
                 {"Content-Length", QByteArray::number(content.size())}, {"Last-Modified", "Mon, 03 Jun 2024 09:00:00 GMT"},
                 {"Connection", "keep-alive"}, {"ETag", "\"665d8b50-1388\""}, {"Accept-Ranges", "bytes"}};
    r.contentType = QStringLiteral("text/html");
    r.body = content;
    r.bodyBytes = content.size();
    r.peerAddress = QHostAddress(QStringLiteral("127.0.83.2"));
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.elapsedMs = 2;
    return r;
}

int generate(int pairs, const QString &path)
{
    auto created = ScanStore::create(path, true);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    ScanStore &store = **created;
    const QString host = QStringLiteral("gen.bench.test");
    ScanSettings settings;
    settings.domain = host;
    settings.maxPages = pairs;
    QElapsedTimer t;
    t.start();
    store.recordScanStarted(settings, QStringLiteral("bench"));
    store.recordOrigin(host);
    OriginResult origin;
    origin.host = host;
    origin.addresses = {QHostAddress(QStringLiteral("127.0.83.2"))};
    origin.pinned = true;
    QRandomGenerator rng(42);
    for (int i = 0; i < pairs; ++i) {
        const QString path = i == 0 ? QStringLiteral("/") : QStringLiteral("/s%1/p%2.html").arg(i / 100, 4, 10, QLatin1Char('0')).arg(i % 100);
        store.recordDiscovered(host, path, i == 0 ? PageSource::Start : PageSource::Crawl);
        PagePair pair;
        pair.host = host;
        pair.pathAndQuery = path;
        pair.source = i == 0 ? PageSource::Start : PageSource::Crawl;
        const QByteArray content = body(rng, i);
        pair.http = response(host, Scheme::Http, path, content);
        pair.https = response(host, Scheme::Https, path, content);
        pair.verdict = i % 97 == 5 ? PageVerdict::Different : PageVerdict::Same;
        pair.score = pair.verdict == PageVerdict::Same ? 1.0 : 0.42;
        pair.reason = pair.verdict == PageVerdict::Same ? QStringLiteral("identical bodies") : QStringLiteral("different article");
        pair.reasonCode = pair.verdict == PageVerdict::Same ? QStringLiteral("identical") : QStringLiteral("content");
        pair.title = QStringLiteral("Page %1").arg(i);
        store.recordPagePair(pair);
        pair.http.body.clear();
        pair.https.body.clear();
        origin.pages.append(std::move(pair));
        ++origin.progress.discovered;
        ++origin.progress.sampled;
        ++origin.progress.compared;
        ++(origin.pages.last().verdict == PageVerdict::Same ? origin.progress.same : origin.progress.different);
    }
    origin.progress.httpFetched = origin.progress.httpsFetched = pairs;
    origin.progress.finished = true;
    origin.tls.hostname = host;
    origin.verdict.recommended = origin.progress.different ? Mode::Flexible : Mode::Strict;
    origin.verdict.reasons = {QStringLiteral("synthetic scan for bench_savedscan")};
    store.recordOriginFinished(origin);
    ScanResult result;
    result.settings = settings;
    result.toolVersion = QStringLiteral("bench");
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.finishedAt = result.startedAt;
    result.origins = {origin};
    store.recordScanFinished(result);
    if (!store.flush().ok())
        return 1;
    std::printf("generate: %d page pairs written to %s in %.2f s\n", pairs, qPrintable(path), double(t.elapsed()) / 1000.0);
    return 0;
}

// Fires once when a widget paints while \a ready() holds.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready, std::function<void()> then)
        : QObject(widget), m_ready(std::move(ready)), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_ready()) {
            m_done = true;
            // After this paint has run: the pixels exist.
            QTimer::singleShot(0, this, [this] { m_then(); });
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_then;
    bool m_done = false;
};

int open(const QString &path)
{
    QElapsedTimer t;
    t.start();
    auto scan = ScanFile::load(path);
    if (!scan) {
        std::fprintf(stderr, "%s\n", qPrintable(scan.error().message));
        return 1;
    }
    const qint64 loadMs = t.elapsed();
    int pairs = 0;
    for (const OriginResult &o : scan->origins)
        pairs += int(o.pages.size());
    std::printf("file: %s, %d origin(s), %d page pairs\n", qPrintable(path), int(scan->origins.size()), pairs);
    std::printf("load (ScanFile::load, bodies left out): %lld ms\n", loadMs);
    {
        ui::OriginsModel origins;
        ui::PagesModel pages;
        ui::SiteTreeModel tree;
        t.restart();
        ui::feedSavedScan(*scan, origins, pages, tree);
        std::printf("models (feedSavedScan, no views):       %lld ms\n", t.elapsed());
    }

    ui::MainWindow window;
    window.show();
    qint64 firstMs = -1, totalMs = -1;
    QElapsedTimer open;
    QTableView *originsView = window.scanView()->results()->originsView();
    new PaintWatch(originsView->viewport(), [&] { return window.originsModel()->rowCount() > 0; }, [&] {
        firstMs = open.elapsed();
        // The pages list of the first origin: what a user opens next.
        window.scanView()->results()->selectOrigin(window.originsModel()->index(0, 0).data(ui::HostRole).toString());
        ui::OriginDetails *details = window.scanView()->results()->details();
        details->setCurrentIndex(ui::OriginDetails::PagesTab);
        new PaintWatch(details->pagesView()->viewport(), [details] { return details->pagesView()->model()->rowCount() > 0; }, [&] {
            totalMs = open.elapsed();
            QCoreApplication::quit();
        });
        details->pagesView()->viewport()->update();
    });
    QTimer::singleShot(100, &window, [&] {
        open.start();
        window.openScanFile(path);
    });
    QTimer::singleShot(60000, &window, [] {
        std::fprintf(stderr, "the window did not show the scan within 60 s\n");
        QCoreApplication::exit(1);
    });
    if (QApplication::exec() != 0)
        return 1;
    std::printf("window: first results visible (origins table painted): %lld ms\n", firstMs);
    std::printf("window: pages list of the origin painted (total):      %lld ms\n", totalMs);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("sslrec-bench"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments().mid(1);
    if (args.size() == 3 && args.at(0) == QLatin1String("--generate"))
        return generate(std::max(1, args.at(1).toInt()), args.at(2));
    if (args.size() == 1)
        return open(args.at(0));
    std::fprintf(stderr, "usage: bench_savedscan [--generate N] FILE.sslrec\n");
    return 2;
}
