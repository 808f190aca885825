#include "demo/demosite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace sslrec {

namespace {

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray contentTypeFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html"))
        return "text/html; charset=utf-8";
    if (suffix == QLatin1String("css"))
        return "text/css; charset=utf-8";
    if (suffix == QLatin1String("txt"))
        return "text/plain; charset=utf-8";
    if (suffix == QLatin1String("xml"))
        return "application/xml";
    return "application/octet-stream";
}

// The dynamic noise a real CMS adds; the comparison must see through it.
QByteArray fillTemplate(QByteArray text)
{
    if (!text.contains("{{"))
        return text;
    const QByteArray timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    const quint64 id = QRandomGenerator::global()->generate64();
    const QByteArray requestId = QByteArray::number(id, 16).rightJustified(16, '0');
    return text.replace("{{timestamp}}", timestamp).replace("{{request_id}}", requestId);
}

HttpResponse notFound()
{
    return HttpResponse::withBody(404, "text/html; charset=utf-8", readResource(QStringLiteral(":/demo/special/not-found.html")));
}

} // namespace

HttpResponse demoSitePage(const QString &siteDir, const HttpRequest &request)
{
    const QByteArray path = QByteArray::fromPercentEncoding(request.path);
    if (!path.startsWith('/') || path.contains("..") || path.contains("//") || path.contains('\\'))
        return notFound();
    QString relative = QString::fromUtf8(path.mid(1));
    if (relative.isEmpty() || relative.endsWith(QLatin1Char('/')))
        relative += QLatin1String("index.html");

    const QString roots[] = {QStringLiteral(":/demo/site/%1/").arg(siteDir), QStringLiteral(":/demo/site/shared/")};
    for (const QString &root : roots) {
        const QFileInfo info(root + relative);
        if (info.isDir()) {
            HttpResponse r = HttpResponse::withBody(301, "text/html; charset=utf-8", "<a href=\"" + request.path + "/\">Moved</a>\n");
            r.headers.append({"Location", request.path + '/' + (request.query.isEmpty() ? QByteArray() : '?' + request.query)});
            return r;
        }
        if (info.isFile())
            return HttpResponse::withBody(200, contentTypeFor(relative), fillTemplate(readResource(info.filePath())));
    }
    return notFound();
}

HttpResponse demoNginxDefault(const HttpRequest &request)
{
    const bool home = request.path == "/" || request.path == "/index.html";
    HttpResponse r = home ? HttpResponse::withBody(200, "text/html", readResource(QStringLiteral(":/demo/special/nginx-welcome.html")))
                          : HttpResponse::withBody(404, "text/html", readResource(QStringLiteral(":/demo/special/nginx-404.html")));
    r.headers.prepend({"Server", "nginx/1.22.1"});
    return r;
}

} // namespace sslrec
