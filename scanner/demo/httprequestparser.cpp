#include "demo/httprequestparser.h"

namespace sslrec {

namespace {

HttpParseResult invalid(int status, QByteArray detail)
{
    HttpParseResult r;
    r.kind = HttpParseResult::Kind::Invalid;
    r.errorStatus = status;
    r.errorDetail = std::move(detail);
    return r;
}

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(QByteArrayView s, bool allowTab)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && !(allowTab && c == '\t')) || u == 0x7f)
            return true;
    }
    return false;
}

QByteArray hostWithoutPort(QByteArray host)
{
    host = host.toLower();
    if (host.startsWith('[')) {
        const qsizetype end = host.indexOf(']');
        return end < 0 ? host : host.left(end + 1);
    }
    const qsizetype colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.left(colon);
}

// Splits the target into path and query; absolute-form ("http://h/p") also
// yields its authority, which then overrides Host (RFC 9112 3.2.2).
bool splitTarget(const QByteArray &target, HttpRequest &request, QByteArray &authority)
{
    QByteArray rest = target;
    if (target == "*") {
        request.path = target;
        return true;
    }
    if (!target.startsWith('/')) {
        const qsizetype scheme = target.indexOf("://");
        if (scheme <= 0)
            return false;
        const QByteArray name = target.left(scheme).toLower();
        if (name != "http" && name != "https")
            return false;
        const qsizetype pathStart = target.indexOf('/', scheme + 3);
        const qsizetype queryStart = target.indexOf('?', scheme + 3);
        qsizetype end = target.size();
        if (pathStart >= 0)
            end = pathStart;
        if (queryStart >= 0 && queryStart < end)
            end = queryStart;
        authority = target.mid(scheme + 3, end - scheme - 3);
        rest = target.mid(end);
        if (!rest.startsWith('/'))
            rest.prepend('/');
    }
    const qsizetype q = rest.indexOf('?');
    request.path = q < 0 ? rest : rest.left(q);
    request.query = q < 0 ? QByteArray() : rest.mid(q + 1);
    return true;
}

} // namespace

HttpParseResult parseHttpRequest(QByteArrayView buffer, const HttpServerLimits &limits)
{
    qsizetype start = 0;
    while (start < buffer.size() && (buffer[start] == '\r' || buffer[start] == '\n'))
        ++start;
    if (start > 64)
        return invalid(400, "too many empty lines before the request line");

    // Find the empty line that ends the header section; bare LF line ends are
    // tolerated, as most servers do.
    QList<QByteArrayView> lines;
    qsizetype pos = start;
    qsizetype headerEnd = -1;
    while (pos < buffer.size()) {
        const qsizetype nl = buffer.indexOf('\n', pos);
        if (nl < 0)
            break;
        QByteArrayView line = buffer.sliced(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl + 1;
        if (line.isEmpty()) {
            headerEnd = pos;
            break;
        }
        lines.append(line);
    }
    if (headerEnd < 0) {
        if (buffer.size() - start > limits.maxHeaderBytes)
            return invalid(431, "request header section exceeds the size limit");
        return {};
    }
    if (headerEnd - start > limits.maxHeaderBytes)
        return invalid(431, "request header section exceeds the size limit");

    HttpParseResult result;
    HttpRequest &request = result.request;

    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> p;
        QByteArrayView l = lines.first();
        for (qsizetype sp; (sp = l.indexOf(' ')) >= 0; l = l.sliced(sp + 1))
            p.append(l.first(sp));
        p.append(l);
        return p;
    }();
    if (parts.size() != 3)
        return invalid(400, "malformed request line");
    request.method = parts[0].toByteArray();
    request.target = parts[1].toByteArray();
    request.version = parts[2].toByteArray();
    if (!isToken(request.method))
        return invalid(400, "malformed method");
    if (request.target.isEmpty() || hasControlChars(request.target, false))
        return invalid(400, "malformed request target");
    const QByteArray &v = request.version;
    if (v.size() != 8 || !v.startsWith("HTTP/") || v[6] != '.' || v[5] < '0' || v[5] > '9' || v[7] < '0' || v[7] > '9')
        return invalid(400, "malformed HTTP version");
    if (v[5] != '1')
        return invalid(505, "only HTTP/1.x is supported");
    if (v[7] > '1')
        request.version = QByteArrayLiteral("HTTP/1.1");

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return invalid(400, "obsolete header line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return invalid(400, "malformed header field");
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (hasControlChars(value, true))
            return invalid(400, "control character in header value");
        request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    }

    QByteArray authority;
    if (!splitTarget(request.target, request, authority))
        return invalid(400, "unsupported request target form");

    int hostCount = 0;
    QByteArray contentLength;
    for (const HttpHeader &h : std::as_const(request.headers)) {
        if (h.first.compare("host", Qt::CaseInsensitive) == 0) {
            ++hostCount;
            request.host = hostWithoutPort(h.second);
        } else if (h.first.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            return invalid(501, "Transfer-Encoding in requests is not supported");
        } else if (h.first.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (!contentLength.isNull() && contentLength != h.second)
                return invalid(400, "conflicting Content-Length fields");
            contentLength = h.second;
        }
    }
    if (hostCount > 1 || (hostCount == 0 && request.version == "HTTP/1.1"))
        return invalid(400, "HTTP/1.1 requests need exactly one Host field");
    if (!authority.isEmpty())
        request.host = hostWithoutPort(authority);

    qsizetype bodyLength = 0;
    if (!contentLength.isNull()) {
        if (contentLength.isEmpty() || contentLength.size() > 12)
            return invalid(400, "malformed Content-Length");
        for (char c : std::as_const(contentLength)) {
            if (c < '0' || c > '9')
                return invalid(400, "malformed Content-Length");
        }
        bodyLength = contentLength.toLongLong();
        if (bodyLength > limits.maxBodyBytes)
            return invalid(413, "request content exceeds the size limit");
    }
    if (buffer.size() - headerEnd < bodyLength)
        return {};

    request.body = buffer.sliced(headerEnd, bodyLength).toByteArray();
    result.kind = HttpParseResult::Kind::Complete;
    result.consumed = headerEnd + bodyLength;
    return result;
}

bool wantsKeepAlive(const HttpRequest &request)
{
    bool close = false;
    bool keepAlive = false;
    for (const HttpHeader &h : request.headers) {
        if (h.first.compare("connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &token : h.second.split(',')) {
            const QByteArray t = token.trimmed().toLower();
            close = close || t == "close";
            keepAlive = keepAlive || t == "keep-alive";
        }
    }
    if (close)
        return false;
    return request.version == "HTTP/1.1" || keepAlive;
}

} // namespace sslrec
