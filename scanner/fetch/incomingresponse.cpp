#include "fetch/incomingresponse.h"

#include <QCoreApplication>

namespace sslrec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::Fetcher", text);
}

} // namespace

bool IncomingResponse::takeHeaderLine(QByteArrayView raw, const FetchOptions &options)
{
    if (headersComplete)
        return true; // trailers of a chunked body
    QByteArrayView line = raw;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (expectStatusLine) {
        // A new response (the first, or the one after a 1xx): start over.
        expectStatusLine = false;
        const qsizetype code = line.indexOf(' ');
        const qsizetype reason = code < 0 ? -1 : line.indexOf(' ', code + 1);
        status = code < 0 ? 0 : line.sliced(code + 1, (reason < 0 ? line.size() : reason) - code - 1).toInt();
        reasonPhrase = reason < 0 ? QByteArray() : line.sliced(reason + 1).toByteArray();
        headers.clear();
        headerBytes = 0;
        return true;
    }
    if (line.isEmpty())
        return endOfHeaders();
    headerBytes += line.size() + 2;
    if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
        headers.last().second += ' ' + line.trimmed().toByteArray(); // obsolete line folding
    } else {
        const qsizetype colon = line.indexOf(':');
        headers.append({(colon < 0 ? line : line.first(colon)).toByteArray(),
                        colon < 0 ? QByteArray() : line.sliced(colon + 1).trimmed().toByteArray()});
    }
    if (headers.size() > options.maxHeaderCount) {
        error = FetchError::TooLarge;
        message = tr("the response has more than %1 header fields").arg(options.maxHeaderCount);
        return false;
    }
    if (headerBytes > options.maxHeaderBytes) {
        error = FetchError::TooLarge;
        message = tr("the response headers take more than %1 bytes").arg(options.maxHeaderBytes);
        return false;
    }
    return true;
}

bool IncomingResponse::endOfHeaders()
{
    if (status >= 100 && status < 200) {
        expectStatusLine = true;
        return true;
    }
    headersComplete = true;
    // RFC 9112 6.3: differing lengths make the framing unknowable (and are
    // how responses get smuggled); curl would just pick one.
    QByteArrayList lengths;
    for (const HeaderField &h : std::as_const(headers)) {
        if (h.first.compare("Content-Encoding", Qt::CaseInsensitive) == 0)
            contentEncoding = h.second.toLower();
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &value : h.second.split(',')) {
            if (!lengths.contains(value.trimmed()))
                lengths.append(value.trimmed());
        }
    }
    if (lengths.size() > 1) {
        error = FetchError::HttpProtocol;
        message = tr("the response declares conflicting Content-Length values (%1)").arg(QString::fromLatin1(lengths.join(", ")));
        return false;
    }
    return true;
}

bool IncomingResponse::takeBody(QByteArrayView block, const FetchOptions &options)
{
    bodyBytes += block.size();
    const qint64 room = options.maxBodyBytes - body.size();
    if (block.size() <= room) {
        body.append(block);
        return true;
    }
    body.append(block.first(room));
    truncated = true;
    // Enough to judge the page: stop downloading instead of reading an
    // endless or decompression-bomb body.
    message = tr("body truncated at %1 bytes").arg(options.maxBodyBytes);
    return false;
}

} // namespace sslrec
