#include "scancommand.h"

#include "cli.h"
#include "clioutput.h"
#include "crawl/domaininput.h"
#include "demo/demoorigins.h"
#include "exportoutputs.h"
#include "scan/scanengine.h"
#include "scan/scanoptions.h"
#include "signalwatcher.h"
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "summarytable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryFile>

#include <memory>

namespace sslrec::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sslrec::cli", text, nullptr, n);
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

/// Everything one scan run needs besides the parser: the settings, and what
/// must stay alive while it runs (demo servers, the demo CA file, a resume).
struct ScanJob
{
    ScanSettings settings;
    std::optional<ResumeState> resume;
    std::unique_ptr<DemoOrigins> demo;
    std::unique_ptr<QTemporaryFile> demoCa;
};

/// The settings of a resumed scan come from its file; other scan options
/// would silently disagree with the pages already stored.
Result<ScanJob> resumeJob(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("demo")))
        return Result<ScanJob>::failure(QStringLiteral("usage"),
                                        tr("--resume continues the scan stored in the file; leave out the domain and --demo."));
    auto state = ScanFile::loadForResume(parser.value(QStringLiteral("resume")));
    if (!state)
        return state.error();
    ScanJob job;
    job.settings = state->settings;
    job.resume = std::move(state).value();
    return job;
}

Result<ScanJob> demoJob(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Result<ScanJob>::failure(QStringLiteral("usage"), tr("--demo scans the built-in demo origins; leave out the domain."));
    ScanJob job;
    job.demo = std::make_unique<DemoOrigins>();
    if (auto started = job.demo->start(); !started)
        return Result<ScanJob>::failure(QStringLiteral("demo"), tr("cannot start the demo origins: %1").arg(started.error().message));
    auto settings = scanSettingsFromOptions(parser, job.demo->domain());
    if (!settings)
        return settings.error();
    job.settings = std::move(settings).value();
    job.settings.resolve.insert(job.demo->resolvePins());
    job.settings.dnsEnabled = false;
    job.settings.fetch.httpPort = job.demo->httpPort();
    job.settings.fetch.httpsPort = job.demo->httpsPort();
    job.demoCa = std::make_unique<QTemporaryFile>();
    const QByteArray ca = job.demo->caPem();
    if (!job.demoCa->open() || job.demoCa->write(ca) != ca.size() || !job.demoCa->flush())
        return Result<ScanJob>::failure(QStringLiteral("demo"),
                                        tr("cannot write the demo CA to a temporary file: %1").arg(job.demoCa->errorString()));
    job.settings.caFiles << job.demoCa->fileName();
    return job;
}

Result<ScanJob> domainJob(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Result<ScanJob>::failure(QStringLiteral("usage"),
                                        positional.isEmpty() ? tr("no domain given. Usage: sslrec-cli scan DOMAIN [options]")
                                                             : tr("one domain per scan; got %1").arg(positional.join(QLatin1Char(' '))));
    const auto input = DomainInput::parse(positional.first());
    if (!input)
        return input.error();
    auto settings = scanSettingsFromOptions(parser, input->host);
    if (!settings)
        return settings.error();
    ScanJob job;
    job.settings = std::move(settings).value();
    if (input->startPath)
        job.settings.startPath = *input->startPath;
    if (input->port) {
        // A port in a pasted URL is the port of that URL's scheme.
        if (input->scheme == QLatin1String("https"))
            job.settings.fetch.httpsPort = quint16(*input->port);
        else
            job.settings.fetch.httpPort = quint16(*input->port);
    }
    return job;
}

/// The scan file written as the scan goes (--out, or the file being resumed).
Result<std::unique_ptr<ScanStore>> openStore(const QCommandLineParser &parser, const ScanJob &job)
{
    if (job.resume)
        return ScanStore::openForAppend(parser.value(QStringLiteral("resume")));
    if (parser.isSet(QStringLiteral("out")))
        return ScanStore::create(parser.value(QStringLiteral("out")), parser.isSet(QStringLiteral("overwrite")));
    return std::unique_ptr<ScanStore>();
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
    addExportOptions(parser);
    parser.addOptions({
        {QStringLiteral("demo"), tr("Scan the built-in demo origins on loopback (no network needed).")},
        {QStringLiteral("out"), tr("Save the scan as it goes to FILE (.sslrec): every page pair, body, certificate and verdict. "
                                   "A scan killed midway keeps what it had; continue it with --resume."), QStringLiteral("FILE")},
        {QStringLiteral("overwrite"), tr("Let --out replace an existing file.")},
        {QStringLiteral("resume"), tr("Continue the interrupted scan saved in FILE, with its settings, without refetching stored pages."),
         QStringLiteral("FILE")},
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
        out(tr("\nExit codes: 0 every origin judged, 1 failure (unreadable or unwritable file), 2 bad arguments, "
               "3 some origins could not be judged, 130 interrupted (the --out file can be resumed).\n"));
        return ExitOk;
    }

    auto prepared = parser.isSet(QStringLiteral("resume")) ? resumeJob(parser)
                    : parser.isSet(QStringLiteral("demo")) ? demoJob(parser)
                                                           : domainJob(parser);
    if (!prepared) {
        error(prepared.error().message);
        // A scan file that cannot be read is a failure; anything else is usage.
        return prepared.error().code.startsWith(QLatin1String("store.")) ? ExitFailure : ExitUsage;
    }
    ScanJob job = std::move(prepared).value();

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool showProgress = !quiet && stderrIsTerminal();
    const ExportTargets exports = exportTargets(parser);
    // The table would mix with JSON on standard output.
    const bool table = !quiet && exports.json != QLatin1String("-");

    ScanEngine engine(job.settings);
    auto store = openStore(parser, job);
    if (!store) {
        error(store.error().message);
        return ExitFailure;
    }
    if (store.value()) {
        store.value()->attach(&engine);
        QObject::connect(store.value().get(), &ScanStore::failed, [](const QString &message) {
            error(tr("the scan file can no longer be written (%1); the scan goes on, but what follows is not saved").arg(message));
        });
    }
    if (job.resume)
        engine.restore(job.resume->partial, job.resume->discovered);

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
        if (store.value() && (!store.value()->flush() || store.value()->hasFailed())) {
            error(tr("the scan file %1 is incomplete: the last writes failed").arg(store.value()->path()));
            exitCode = ExitFailure;
        }
        if (table)
            out(summaryTable(result));
        for (const QString &note : result.notes)
            err(tr("note: %1\n").arg(note));
        if (exports.any() && !writeExports(result, exports))
            exitCode = ExitFailure;
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
