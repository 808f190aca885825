#include "scancommand.h"

#include "cli.h"
#include "clioutput.h"
#include "crawl/domaininput.h"
#include "demo/demoorigins.h"
#include "export/jsonexport.h"
#include "scan/scanengine.h"
#include "scan/scanoptions.h"
#include "signalwatcher.h"
#include "summarytable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryFile>

#include <memory>

namespace sslrec::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sslrec::cli::scan", text, nullptr, n);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("?");
    const qint64 s = (ms + 500) / 1000;
    return s >= 60 ? QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')) : QStringLiteral("%1s").arg(s);
}

QString progressLine(const ScanProgress &p)
{
    return tr("origins %1/%2  pages %3/%4 compared  %5 req/s  elapsed %6  ETA %7%8")
        .arg(p.originsFinished).arg(p.origins)
        .arg(p.pagesCompared).arg(p.pagesSampled)
        .arg(p.requestsPerSecond, 0, 'f', 1)
        .arg(duration(p.elapsedMs), duration(p.etaMs), p.paused ? tr("  (paused)") : QString());
}

} // namespace

int runScanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Scan DOMAIN: crawl a sample of its pages, fetch each over HTTP and HTTPS, compare, "
                                        "validate every origin's certificate, and recommend the most secure proxy mode per origin."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domain"), tr("The domain to scan, e.g. example.com or https://example.com/shop."));
    addScanOptions(parser);
    parser.addOptions({
        {QStringLiteral("demo"), tr("Scan the built-in demo origins on loopback (no network needed).")},
        {QStringLiteral("json"), tr("Write the result as JSON to FILE ('-' for standard output)."), QStringLiteral("FILE")},
        {{QStringLiteral("q"), QStringLiteral("quiet")}, tr("No progress line and no summary table.")},
    });

    QStringList args = arguments;
    args.prepend(QStringLiteral("sslrec-cli scan"));
    if (!parser.parse(args)) {
        error(parser.errorText() + tr(". Run 'sslrec-cli scan --help' for the options."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        out(tr("\nExit codes: 0 every origin judged, 1 failure, 2 bad arguments, 3 some origins could not be judged, 130 interrupted.\n"));
        return ExitOk;
    }

    std::unique_ptr<DemoOrigins> demo;
    std::unique_ptr<QTemporaryFile> demoCa;
    QString domainText;
    if (parser.isSet(QStringLiteral("demo"))) {
        if (!parser.positionalArguments().isEmpty()) {
            error(tr("--demo scans the built-in demo origins; leave out the domain."));
            return ExitUsage;
        }
        demo = std::make_unique<DemoOrigins>();
        if (auto started = demo->start(); !started) {
            error(tr("cannot start the demo origins: %1").arg(started.error().message));
            return ExitFailure;
        }
        domainText = demo->domain();
    } else {
        if (parser.positionalArguments().size() != 1) {
            error(parser.positionalArguments().isEmpty() ? tr("no domain given. Usage: sslrec-cli scan DOMAIN [options]")
                                                         : tr("one domain per scan; got %1").arg(parser.positionalArguments().join(QLatin1Char(' '))));
            return ExitUsage;
        }
        domainText = parser.positionalArguments().first();
    }

    const auto input = DomainInput::parse(domainText);
    if (!input) {
        error(input.error().message);
        return ExitUsage;
    }
    auto settingsResult = scanSettingsFromOptions(parser, input->host);
    if (!settingsResult) {
        error(settingsResult.error().message);
        return ExitUsage;
    }
    ScanSettings settings = std::move(settingsResult).value();
    if (input->startPath)
        settings.startPath = *input->startPath;
    if (input->port) {
        // A port in a pasted URL is the port of that URL's scheme.
        if (input->scheme == QLatin1String("https"))
            settings.fetch.httpsPort = quint16(*input->port);
        else
            settings.fetch.httpPort = quint16(*input->port);
    }
    if (demo) {
        const auto pins = demo->resolvePins();
        for (auto it = pins.cbegin(); it != pins.cend(); ++it)
            settings.resolve.insert(it.key(), it.value());
        settings.dnsEnabled = false;
        settings.fetch.httpPort = demo->httpPort();
        settings.fetch.httpsPort = demo->httpsPort();
        demoCa = std::make_unique<QTemporaryFile>();
        if (!demoCa->open() || demoCa->write(demo->caPem()) != demo->caPem().size() || !demoCa->flush()) {
            error(tr("cannot write the demo CA to a temporary file: %1").arg(demoCa->errorString()));
            return ExitFailure;
        }
        settings.caFiles << demoCa->fileName();
    }

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool showProgress = !quiet && stderrIsTerminal();
    const QString jsonPath = parser.value(QStringLiteral("json"));

    ScanEngine engine(settings);
    SignalWatcher signalWatcher;
    bool interrupted = false;
    QObject::connect(&signalWatcher, &SignalWatcher::interrupted, &engine, [&] {
        interrupted = true;
        if (showProgress)
            err(QStringLiteral("\r\033[K"));
        err(tr("sslrec-cli: interrupted; finishing with what was fetched...\n"));
        engine.cancel();
    });
    if (showProgress) {
        QObject::connect(&engine, &ScanEngine::progressChanged, [](const ScanProgress &p) {
            err(QStringLiteral("\r\033[K") + progressLine(p));
        });
    }
    int exitCode = ExitOk;
    QObject::connect(&engine, &ScanEngine::finished, [&](const ScanResult &result) {
        if (showProgress)
            err(QStringLiteral("\r\033[K"));
        if (!quiet)
            out(summaryTable(result));
        for (const QString &note : result.notes)
            err(tr("note: %1\n").arg(note));
        if (!jsonPath.isEmpty()) {
            if (auto written = writeScanJson(result, jsonPath); !written) {
                error(written.error().message);
                exitCode = ExitFailure;
            }
        }
        if (exitCode == ExitOk) {
            const bool allJudged = std::all_of(result.origins.cbegin(), result.origins.cend(),
                                               [](const OriginResult &o) { return o.verdict.recommended != Mode::None; });
            exitCode = interrupted ? ExitInterrupted : (allJudged ? ExitOk : ExitPartial);
        }
        QCoreApplication::exit(exitCode);
    });
    QMetaObject::invokeMethod(&engine, &ScanEngine::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace sslrec::cli
