#include "diffcommand.h"

#include "cli.h"
#include "clioutput.h"
#include "store/scandiff.h"
#include "store/scanfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace sslrec::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::cli", text);
}

QString day(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("?");
}

QString certificateSide(const QString &fingerprint, const QDateTime &notAfter, bool valid)
{
    if (fingerprint.isEmpty())
        return tr("no certificate");
    return tr("%1… %2, expires %3").arg(fingerprint.left(23), valid ? tr("valid") : tr("invalid"), day(notAfter));
}

QString textReport(const ScanDiff &d, const ScanResult &before, const ScanResult &after, const QString &oldPath, const QString &newPath)
{
    QString t;
    t += tr("Comparing %1 (%2) with %3 (%4)\n").arg(oldPath, day(before.startedAt), newPath, day(after.startedAt));
    if (!d.originsAppeared.isEmpty())
        t += tr("Origins added: %1\n").arg(d.originsAppeared.join(QStringLiteral(", ")));
    if (!d.originsDisappeared.isEmpty())
        t += tr("Origins gone: %1\n").arg(d.originsDisappeared.join(QStringLiteral(", ")));
    if (!d.recommendations.isEmpty()) {
        t += tr("Recommendation changed:\n");
        for (const RecommendationChange &r : d.recommendations)
            t += QStringLiteral("  %1: %2 -> %3\n").arg(r.host, modeName(r.from), modeName(r.to));
    }
    if (!d.certificates.isEmpty()) {
        t += tr("Certificate changed:\n");
        for (const CertificateChange &c : d.certificates)
            t += QStringLiteral("  %1: %2 -> %3\n")
                     .arg(c.host, certificateSide(c.fromFingerprint, c.fromNotAfter, c.fromValid),
                          certificateSide(c.toFingerprint, c.toNotAfter, c.toValid));
    }
    if (!d.pages.isEmpty()) {
        t += tr("Page verdict changed:\n");
        for (const PageVerdictChange &p : d.pages)
            t += QStringLiteral("  %1%2: %3 -> %4%5\n")
                     .arg(p.host, p.pathAndQuery, pageVerdictName(p.from), pageVerdictName(p.to),
                          p.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.reason));
    }
    if (d.pagesOnlyBefore > 0 || d.pagesOnlyAfter > 0)
        t += tr("Samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes)\n")
                 .arg(QCoreApplication::translate("sslrec::cli", "%n page(s)", nullptr, d.pagesOnlyBefore), QString::number(d.pagesOnlyAfter));
    if (!d.hasChanges())
        t += tr("No changes.\n");
    return t;
}

} // namespace

int runDiffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show what changed between two saved scans: origins that appeared or disappeared, "
                                        "recommendations, certificates (fingerprint, validity) and page verdicts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("old"), tr("The older scan file."), QStringLiteral("OLD.sslrec"));
    parser.addPositionalArgument(QStringLiteral("new"), tr("The newer scan file."), QStringLiteral("NEW.sslrec"));
    parser.addOption({QStringLiteral("json"), tr("Print the differences as one JSON object.")});

    QStringList args = arguments;
    args.prepend(QStringLiteral("sslrec-cli diff"));
    if (!parser.parse(args)) {
        error(parser.errorText() + tr(". Run 'sslrec-cli diff --help' for the options."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        out(tr("\nExit codes: 0 no changes, 4 something changed, 1 a scan file cannot be read, 2 bad arguments.\n"
               "Pages only one scan sampled are reported but are not a change.\n"));
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        error(tr("give two scan files, the older first: 'sslrec-cli diff old.sslrec new.sslrec'."));
        return ExitUsage;
    }
    const auto before = ScanFile::load(files.at(0));
    if (!before) {
        error(before.error().message);
        return ExitFailure;
    }
    const auto after = ScanFile::load(files.at(1));
    if (!after) {
        error(after.error().message);
        return ExitFailure;
    }
    const ScanDiff diff = diffScans(*before, *after);
    if (parser.isSet(QStringLiteral("json")))
        out(QString::fromUtf8(QJsonDocument(scanDiffToJson(diff)).toJson(QJsonDocument::Indented)));
    else
        out(textReport(diff, *before, *after, files.at(0), files.at(1)));
    // Like diff(1): "differences found" is an answer, not a failure.
    return diff.hasChanges() ? ExitChanged : ExitOk;
}

} // namespace sslrec::cli
