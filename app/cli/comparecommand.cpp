#include "comparecommand.h"

#include "cli.h"
#include "clioutput.h"
#include "compare/comparator.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sslrec::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::cli", text);
}

QString usage()
{
    return tr(R"(Usage: sslrec-cli compare HTTP_FILE HTTPS_FILE [OPTIONS]

Judges whether two response bodies, saved from the HTTP and the HTTPS
version of one URL, are the same page despite dynamic noise (timestamps,
tokens, rotating blocks). Prints the verdict, a score (1 = identical) and
the reason.

Options:
  --json                  print one JSON object (verdict, score, reason,
                          reason_code, near_threshold, details)
  --content-type TYPE     Content-Type of both bodies (default: sniffed)
  --http-status N         HTTP status of the HTTP response (default 200)
  --https-status N        HTTP status of the HTTPS response (default 200)
  --url URL               the page's URL, so self-links compare scheme-neutral
  --refetch FILE          a second HTTP fetch of the page, to measure its noise
  -h, --help              show this help

Exit codes: 0 compared (whatever the verdict), 1 a file could not be read,
2 bad arguments.
)");
}

Result<QByteArray> readBody(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("compare.read"),
                                           tr("cannot read '%1': %2. Check the path and its permissions.")
                                               .arg(path, file.errorString()));
    return file.readAll();
}

bool parseStatus(const QString &text, int *status)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 999)
        return false;
    *status = value;
    return true;
}

QJsonObject toJson(const PageComparison &c)
{
    QJsonObject details;
    const auto put = [&](const char *key, double value) {
        if (value >= 0)
            details.insert(QLatin1String(key), value);
    };
    put("text_similarity", c.details.textSimilarity);
    put("main_similarity", c.details.mainSimilarity);
    put("tag_similarity", c.details.tagSimilarity);
    put("noise_distance", c.details.noiseDistance);
    details.insert(QLatin1String("title_same"), c.details.titleSame);
    details.insert(QLatin1String("normalized_equal"), c.details.normalizedEqual);
    QJsonObject o;
    o.insert(QLatin1String("verdict"), verdictName(c.verdict));
    o.insert(QLatin1String("score"), c.score);
    o.insert(QLatin1String("reason"), c.reason);
    o.insert(QLatin1String("reason_code"), c.reasonCode);
    o.insert(QLatin1String("near_threshold"), c.nearThreshold);
    o.insert(QLatin1String("details"), details);
    return o;
}

} // namespace

int runCompareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption contentType(QStringLiteral("content-type"), QString(), QStringLiteral("TYPE"));
    const QCommandLineOption httpStatus(QStringLiteral("http-status"), QString(), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption httpsStatus(QStringLiteral("https-status"), QString(), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption url(QStringLiteral("url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption refetch(QStringLiteral("refetch"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({json, contentType, httpStatus, httpsStatus, url, refetch, help});
    parser.addPositionalArgument(QStringLiteral("HTTP_FILE"), QString());
    parser.addPositionalArgument(QStringLiteral("HTTPS_FILE"), QString());

    // The parser expects argv[0] first.
    if (!parser.parse(QStringList{QStringLiteral("compare")} + arguments)) {
        QString problem = parser.errorText();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        error(tr("compare: %1. Run 'sslrec-cli compare --help' for usage.").arg(problem));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out(usage());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        error(tr("compare needs exactly two files, the HTTP body and the HTTPS body (got %1). "
                 "Run 'sslrec-cli compare --help' for usage.").arg(files.size()));
        return ExitUsage;
    }
    ComparedResponse http;
    ComparedResponse https;
    if (!parseStatus(parser.value(httpStatus), &http.status) || !parseStatus(parser.value(httpsStatus), &https.status)) {
        error(tr("compare: a status must be a number from 0 to 999 (0 = no response)."));
        return ExitUsage;
    }
    const QUrl pageUrl = QUrl::fromUserInput(parser.value(url));
    if (parser.isSet(url) && (!pageUrl.isValid() || pageUrl.host().isEmpty())) {
        error(tr("compare: '%1' is not a URL with a host name.").arg(parser.value(url)));
        return ExitUsage;
    }

    const Result<QByteArray> httpBody = readBody(files.at(0));
    if (!httpBody.ok()) {
        error(httpBody.error().message);
        return ExitFailure;
    }
    const Result<QByteArray> httpsBody = readBody(files.at(1));
    if (!httpsBody.ok()) {
        error(httpsBody.error().message);
        return ExitFailure;
    }
    http.body = httpBody.value();
    https.body = httpsBody.value();
    http.contentType = https.contentType = parser.value(contentType);
    if (parser.isSet(url)) {
        http.url = pageUrl.adjusted(QUrl::RemoveScheme);
        http.url.setScheme(QStringLiteral("http"));
        https.url = http.url;
        https.url.setScheme(QStringLiteral("https"));
    }

    ComparedResponse again;
    if (parser.isSet(refetch)) {
        const Result<QByteArray> body = readBody(parser.value(refetch));
        if (!body.ok()) {
            error(body.error().message);
            return ExitFailure;
        }
        again = http;
        again.body = body.value();
    }

    const PageComparison result = Comparator().compare(http, https, parser.isSet(refetch) ? &again : nullptr);
    if (parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(toJson(result)).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        out(tr("verdict: %1\nscore:   %2\nreason:  %3 (%4)\n")
                .arg(verdictName(result.verdict))
                .arg(result.score, 0, 'f', 3)
                .arg(result.reason, result.reasonCode));
        if (result.nearThreshold && !parser.isSet(refetch))
            out(tr("note:    close to the line; --refetch with a second HTTP fetch would measure the page's noise\n"));
    }
    return ExitOk;
}

} // namespace sslrec::cli
