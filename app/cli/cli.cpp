#include "cli.h"

#include "clioutput.h"
#include "comparecommand.h"
#include "core/version.h"
#include "diffcommand.h"
#include "reportcommand.h"
#include "scancommand.h"

#include <QCoreApplication>

namespace sslrec::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate("sslrec::cli", R"(Usage: sslrec-cli COMMAND [OPTIONS]

Finds, for every origin behind a domain, the most secure TLS mode a reverse
proxy (Cloudflare-style) can use to reach it without breaking the site.

Commands:
  scan DOMAIN [options]         crawl, fetch every sampled page over HTTP and
                                HTTPS, compare, validate certificates and
                                recommend a mode per origin
  scan --demo                   scan the built-in loopback demo origins
  compare HTTP_FILE HTTPS_FILE  judge whether two bodies are the same page
  report SCAN.sslrec (--json|--csv|--html|--pdf) FILE
                                export a saved scan
  diff OLD.sslrec NEW.sslrec    what changed between two scans

Options:
  -h, --help       show this help (COMMAND --help for a command's options)
  -v, --version    print the version

Exit codes:
  0    done (scan: every origin got a verdict)
  1    the command failed (unreadable or damaged file, write error, ...)
  2    bad arguments, or a command this build does not implement
  3    scan finished, but at least one origin could not be judged
  4    diff: the two scans differ
  130  interrupted; a scan file written with --out can be resumed

Documentation: docs/user-guide.md, sslrec-cli(1).
)");
}

} // namespace

int run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("sslrec-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err(usage());
        return ExitUsage;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);

    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        out(usage());
        return ExitOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out(QStringLiteral("sslrec-cli %1\n").arg(QLatin1String(kVersion)));
        return ExitOk;
    }
    if (command == QLatin1String("scan"))
        return runScanCommand(rest);
    if (command == QLatin1String("compare"))
        return runCompareCommand(rest);
    if (command == QLatin1String("report"))
        return runReportCommand(rest);
    if (command == QLatin1String("diff"))
        return runDiffCommand(rest);

    error(QCoreApplication::translate("sslrec::cli", "unknown command '%1'. Run 'sslrec-cli --help' for the list of commands.")
              .arg(command));
    return ExitUsage;
}

} // namespace sslrec::cli
