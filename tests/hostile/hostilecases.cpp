#include "hostilecases.h"

#include <QTcpSocket>

#include <zlib.h>

namespace sslrec::test {

namespace {

constexpr qint64 kBombBytes = qint64(1) << 30;
constexpr qint64 kTwoGiB = qint64(2) << 30;
constexpr int kChunk = 64 * 1024;

const QByteArray kHtml = "text/html; charset=utf-8";

QByteArray page(const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><title>hostile</title></head><body>" + body + "</body></html>\n";
}

// Routes robots.txt and sitemap.xml to 404 and everything else to @p pages.
Responder pagesOnly(std::function<QByteArray(const QByteArray &path)> pages)
{
    return [pages = std::move(pages)](QTcpSocket *s, const QByteArray &path) {
        if (path == "/robots.txt" || path == "/sitemap.xml")
            sendAndClose(s, httpResponse(404, "text/plain", "not here"));
        else
            sendAndClose(s, pages(path));
    };
}

QByteArray zeros(qint64 sent, qint64 total)
{
    return sent >= total ? QByteArray() : QByteArray(int(qMin<qint64>(kChunk, total - sent)), '0');
}

} // namespace

const QByteArray &gzipBomb()
{
    static const QByteArray bomb = [] {
        z_stream z{};
        // windowBits 15 + 16: a gzip wrapper; Z_RLE: fast and the best ratio on zeros.
        deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_RLE);
        const QByteArray in(1 << 20, '\0');
        QByteArray out;
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        for (qint64 fed = 0; fed < kBombBytes; fed += in.size()) {
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
            z.avail_in = uInt(in.size());
            const int flush = fed + in.size() >= kBombBytes ? Z_FINISH : Z_NO_FLUSH;
            do {
                z.next_out = reinterpret_cast<Bytef *>(buffer.data());
                z.avail_out = uInt(buffer.size());
                deflate(&z, flush);
                out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
            } while (z.avail_out == 0);
        }
        deflateEnd(&z);
        return out;
    }();
    return bomb;
}

QList<HostileCase> hostileCases()
{
    QList<HostileCase> c;
    const QByteArray okHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";

    c.append({QStringLiteral("trickle"), [okHead](QTcpSocket *s, const QByteArray &) {
                  // Never idle long enough for the idle timeout; only the total bound stops it.
                  trickle(s, okHead + "Content-Length: 100000\r\n\r\n", 400);
              }, {}, {}, {QStringLiteral("timeout"), QStringLiteral("in total")}});
    c.append({QStringLiteral("silent"), [](QTcpSocket *, const QByteArray &) {}, {}, {},
              {QStringLiteral("timeout"), QStringLiteral("no response within")}});
    c.append({QStringLiteral("notls"), pagesOnly([](const QByteArray &) { return httpResponse(200, kHtml, page("<p>plain</p>")); }),
              [](QTcpSocket *, const QByteArray &) {}, {}, {QStringLiteral("https")}});
    c.append({QStringLiteral("notlsplaintext"), pagesOnly([](const QByteArray &) { return httpResponse(200, kHtml, page("<p>plain</p>")); }),
              [](QTcpSocket *, const QByteArray &) {},
              "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", {QStringLiteral("https")}});
    c.append({QStringLiteral("endlesschunked"), [okHead](QTcpSocket *s, const QByteArray &) {
                  const QByteArray chunk = QByteArray::number(kChunk, 16) + "\r\n" + QByteArray(kChunk, 'a') + "\r\n";
                  stream(s, okHead + "Transfer-Encoding: chunked\r\n\r\n", [chunk](qint64) { return chunk; });
              }, {}, {}, {QStringLiteral("truncated")}});
    c.append({QStringLiteral("hugelengthstream"), [okHead](QTcpSocket *s, const QByteArray &) {
                  stream(s, okHead + "Content-Length: " + QByteArray::number(kTwoGiB) + "\r\n\r\n",
                         [](qint64 sent) { return zeros(sent, kTwoGiB); });
              }, {}, {}, {QStringLiteral("truncated")}});
    c.append({QStringLiteral("hugelengthshort"), [okHead](QTcpSocket *s, const QByteArray &) {
                  sendAndClose(s, okHead + "Content-Length: " + QByteArray::number(kTwoGiB) + "\r\n\r\n" + page("short"));
              }, {}, {}, {QStringLiteral("closed")}});
    c.append({QStringLiteral("gzipbomb"), [](QTcpSocket *s, const QByteArray &) {
                  sendAndClose(s, httpResponse(200, kHtml, gzipBomb(), "Content-Encoding: gzip\r\n"));
              }, {}, {}, {QStringLiteral("compression bomb")}});
    c.append({QStringLiteral("redirectloop"), pagesOnly([](const QByteArray &path) {
                  const QByteArray to = path == "/" ? "/loop" : "/";
                  return httpResponse(302, "text/plain", "", "Location: " + to + "\r\n");
              }), {}, {}, {QStringLiteral("/loop"), QStringLiteral("302")}});
    c.append({QStringLiteral("redirectchain"), pagesOnly([](const QByteArray &path) {
                  const int n = path.startsWith("/r/") ? path.mid(3).toInt() : 0;
                  return httpResponse(302, "text/plain", "", "Location: /r/" + QByteArray::number(n + 1) + "\r\n");
              }), {}, {}, {QStringLiteral("/r/9"), QStringLiteral("302")}});
    c.append({QStringLiteral("crawlertrap"), pagesOnly([](const QByteArray &path) {
                  const int n = path.startsWith("/a/") ? path.mid(3).toInt() : 0;
                  QByteArray links;
                  for (int k = 1; k <= 5; ++k)
                      links += "<a href=\"/a/" + QByteArray::number(n * 5 + k) + "\">next</a>";
                  return httpResponse(200, kHtml, page(links));
              }), {}, {}, {QStringLiteral("/a/")}}); // which trap pages fill the bounded sample depends on timing
    c.append({QStringLiteral("calendar"), pagesOnly([](const QByteArray &path) {
                  const int day = path.contains("day=") ? path.mid(path.indexOf("day=") + 4).toInt() : 0;
                  const QByteArray links = "<a href=\"/cal?day=" + QByteArray::number(day + 1) + "\">next</a>"
                      + "<a href=\"/cal?day=" + QByteArray::number(day - 1) + "\">prev</a>";
                  return httpResponse(200, kHtml, page(links));
              }), {}, {}, {QStringLiteral("/cal?day=")}});
    c.append({QStringLiteral("headers10k"), [](QTcpSocket *s, const QByteArray &) {
                  QByteArray headers;
                  for (int i = 0; i < 10000; ++i)
                      headers += "X-H" + QByteArray::number(i) + ": v\r\n";
                  sendAndClose(s, httpResponse(200, kHtml, page("h"), headers));
              }, {}, {}, {QStringLiteral("too-large")}});
    auto raw = [](const QByteArray &bytes) { return [bytes](QTcpSocket *s, const QByteArray &) { sendAndClose(s, bytes); }; };
    c.append({QStringLiteral("badstatus"), raw("HTTP/1.1 abc Hello\r\nContent-Length: 2\r\n\r\nhi"), {}, {}, {QStringLiteral("http-protocol")}});
    c.append({QStringLiteral("garbage"), raw(QByteArray("\x00\xff\xfeNOT HTTP AT ALL\r\n\r\n", 20)), {}, {}, {QStringLiteral("http-protocol")}});
    c.append({QStringLiteral("badchunk"), raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"), {}, {},
              {QStringLiteral("http-protocol")}});
    c.append({QStringLiteral("badlength"), raw("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello"), {}, {},
              {QStringLiteral("http-protocol")}});
    c.append({QStringLiteral("conflictlength"), raw("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 500\r\n\r\nhello"), {}, {},
              {QStringLiteral("http-protocol")}});
    c.append({QStringLiteral("invalidutf8"), pagesOnly([](const QByteArray &) {
                  return httpResponse(200, kHtml, page(QByteArray("<p>\xff\xfe\xc0\x80 broken \xed\xa0\x80</p>", 22)));
              }), {}, {}, {QStringLiteral("https")}});
    c.append({QStringLiteral("deepnesting"), pagesOnly([](const QByteArray &) {
                  return httpResponse(200, kHtml, page(QByteArray("<div>").repeated(100000) + QByteArray("</div>").repeated(100000)));
              }), {}, {}, {QStringLiteral("https")}});
    c.append({QStringLiteral("manylinks"), pagesOnly([](const QByteArray &path) {
                  if (path != "/")
                      return httpResponse(200, kHtml, page("leaf"));
                  QByteArray links;
                  for (int i = 0; i < 200000; ++i)
                      links += "<a href=\"/l" + QByteArray::number(i) + "\">x</a>";
                  return httpResponse(200, kHtml, page(links));
              }), {}, {}, {QStringLiteral("truncated")}});
    c.append({QStringLiteral("robots50mb"), [](QTcpSocket *s, const QByteArray &path) {
                  if (path != "/robots.txt")
                      return sendAndClose(s, httpResponse(200, kHtml, page("ok")));
                  constexpr qint64 total = 50 * 1024 * 1024;
                  stream(s, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(total) + "\r\n\r\n",
                         [](qint64 sent) {
                             if (sent >= total)
                                 return QByteArray();
                             return QByteArray("User-agent: *\nDisallow: /x\n").repeated(kChunk / 27).left(int(qMin<qint64>(kChunk, total - sent)));
                         });
              }, {}, {}, {QStringLiteral("robots.txt on http truncated at 1048576 bytes")}});
    c.append({QStringLiteral("xmlbomb"), [](QTcpSocket *s, const QByteArray &path) {
                  if (path != "/sitemap.xml")
                      return sendAndClose(s, httpResponse(path == "/robots.txt" ? 404 : 200, kHtml, page("ok")));
                  QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
                  for (int i = 1; i <= 9; ++i) {
                      const QByteArray prev = i == 1 ? "lol" : "lol" + QByteArray::number(i - 1);
                      xml += "<!ENTITY lol" + QByteArray::number(i) + " \"" + ("&" + prev + ";").repeated(10) + "\">\n";
                  }
                  xml += "]>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&lol9;</loc></url></urlset>\n";
                  sendAndClose(s, httpResponse(200, "application/xml", xml));
              }, {}, {}, {QStringLiteral("https")}});
    c.append({QStringLiteral("sitemapself"), [](QTcpSocket *s, const QByteArray &path) {
                  if (path == "/robots.txt")
                      return sendAndClose(s, httpResponse(200, "text/plain", "User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n"));
                  if (!path.startsWith("/sitemap"))
                      return sendAndClose(s, httpResponse(200, kHtml, page("ok")));
                  // An index that lists itself and a fresh child index every time.
                  const QByteArray xml = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                         "<sitemap><loc>http://sitemapself.hostile.test" + path + "</loc></sitemap>"
                                         "<sitemap><loc>http://sitemapself.hostile.test" + path.left(path.size() - 4) + "x.xml</loc></sitemap>"
                                         "</sitemapindex>";
                  sendAndClose(s, httpResponse(200, "application/xml", xml));
              }, {}, {}, {QStringLiteral("https")}});
    return c;
}

} // namespace sslrec::test
