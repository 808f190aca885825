// The GUI thread's event loop during a live scan (issues #7 and #10): the
// main window scans DOMAIN with the CLI's scan options while a 5 ms timer on
// the GUI thread records the gap between its ticks. A gap much longer than
// 5 ms is a stall the user would feel (typing, scrolling, repainting).
//
//   QT_QPA_PLATFORM=offscreen bench_guistall DOMAIN [sslrec-cli scan options]
//
// bench/site/run.sh gui starts nginx with the PostgreSQL manual and runs it.
// Besides the gaps it reports the longest single event dispatches (receiver
// class and event type): that is where a stall comes from.
#include "mainwindow/mainwindow.h"
#include "scan/scancontroller.h"
#include "scan/scanoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sslrec;

namespace {

// One event delivery that took long, for the stall's cause.
struct SlowEvent
{
    qint64 ns = 0;          // time spent in notify()
    qint64 atMs = 0;        // when it started, since the scan started
    QByteArray receiver;    // the receiver's class name
    int type = 0;           // QEvent::Type
};

// Times every event delivery on the GUI thread; keeps the slowest few.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_clock || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Read before delivery: the receiver may delete itself (deleteLater).
        const char *className = receiver->metaObject()->className();
        const int type = int(event->type());
        const int depth = m_depth++;
        const qint64 start = m_clock->nsecsElapsed();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = m_clock->nsecsElapsed() - start;
        --m_depth;
        if (depth == 0 && ns > 10'000'000)
            record({ns, start / 1'000'000, className, type});
        return result;
    }

    void startTiming(const QElapsedTimer *clock) { m_clock = clock; }
    void stopTiming() { m_clock = nullptr; }
    const std::vector<SlowEvent> &slowest() const { return m_slow; }

private:
    void record(SlowEvent e)
    {
        m_slow.push_back(std::move(e));
        std::sort(m_slow.begin(), m_slow.end(), [](const SlowEvent &a, const SlowEvent &b) { return a.ns > b.ns; });
        if (m_slow.size() > 8)
            m_slow.pop_back();
    }

    const QElapsedTimer *m_clock = nullptr;
    int m_depth = 0;
    std::vector<SlowEvent> m_slow;
};

QByteArray eventName(int type)
{
    const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return name ? QByteArray(name) : QByteArray::number(type);
}

double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return double(sorted[i]) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sslrec-bench"));
    QApplication::setOrganizationName(QStringLiteral("sslrec-bench"));
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    // As app/gui/main.cpp does: the TLS probes must not starve painting.
    QThreadPool::globalInstance()->setMaxThreadCount(std::max(QThreadPool::globalInstance()->maxThreadCount(), 8));

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("domain"), QStringLiteral("The domain to scan."));
    addScanOptions(parser);
    parser.addOption({QStringLiteral("probe-ms"), QStringLiteral("Probe interval (default 5)."), QStringLiteral("MS"), QStringLiteral("5")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: bench_guistall DOMAIN [scan options]\n");
        return 2;
    }
    auto settings = scanSettingsFromOptions(parser, parser.positionalArguments().first());
    if (!settings) {
        std::fprintf(stderr, "%s\n", qPrintable(settings.error().message));
        return 2;
    }
    const int probeMs = std::max(1, parser.value(QStringLiteral("probe-ms")).toInt());

    ui::MainWindow window;
    window.show();

    QElapsedTimer clock;
    std::vector<qint64> gaps; // ns between consecutive probe ticks
    std::vector<qint64> gapAt; // ms since the scan started, of each gap's end
    qint64 lastTick = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(now - lastTick);
        gapAt.push_back(now / 1'000'000);
        lastTick = now;
    });

    ScanResult finalResult;
    qint64 finishedAtMs = 0;
    // Keep probing a moment after the end: the finished scan fills the views.
    QObject::connect(window.controller(), &ui::ScanController::finished, &app, [&](const ScanResult &result) {
        finalResult = result;
        finishedAtMs = clock.elapsed();
        QTimer::singleShot(1000, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(200, &window, [&] {
        clock.start();
        lastTick = 0;
        app.startTiming(&clock);
        probe.start();
        window.startScan(*settings);
    });
    app.exec();
    probe.stop();
    app.stopTiming();

    int pairs = 0;
    for (const OriginResult &o : finalResult.origins)
        pairs += int(o.pages.size());
    std::vector<qint64> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto worst = std::max_element(gaps.begin(), gaps.end());
    const auto over = [&](qint64 ms) { return std::count_if(gaps.begin(), gaps.end(), [ms](qint64 g) { return g > ms * 1'000'000; }); };

    std::printf("scan: %d page pairs, %d origin(s), finished after %.2f s\n", pairs, int(finalResult.origins.size()),
                double(finishedAtMs) / 1000.0);
    for (const OriginResult &o : finalResult.origins)
        std::printf("  %s: %s (%s)\n", qPrintable(o.host), qPrintable(modeName(o.verdict.recommended)),
                    qPrintable(o.verdict.reasons.join(QStringLiteral("; "))));
    for (const QString &note : finalResult.notes)
        std::printf("  note: %s\n", qPrintable(note));
    std::printf("probe: %d ms timer, %zu ticks over %.2f s (scan + 1 s after)\n", probeMs, gaps.size(),
                double(clock.elapsed()) / 1000.0);
    if (worst != gaps.end()) {
        std::printf("event-loop gap: worst %.1f ms (at %.2f s), p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms\n", double(*worst) / 1e6,
                    double(gapAt[size_t(worst - gaps.begin())]) / 1000.0, percentile(sorted, 0.5), percentile(sorted, 0.99),
                    percentile(sorted, 0.999));
        std::printf("gaps > 50 ms: %td, > 100 ms: %td\n", over(50), over(100));
    }
    std::printf("slowest event deliveries on the GUI thread:\n");
    for (const SlowEvent &e : app.slowest())
        std::printf("  %7.1f ms at %6.2f s  %s <- %s\n", double(e.ns) / 1e6, double(e.atMs) / 1000.0, e.receiver.constData(),
                    eventName(e.type).constData());
    return pairs > 0 ? 0 : 1;
}
