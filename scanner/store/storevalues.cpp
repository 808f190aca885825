#include "store/storevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sslrec {

namespace {

QJsonValue bytesValue(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        return text;
    return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}};
}

QByteArray bytesFrom(const QJsonValue &value)
{
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    return value.toString().toUtf8();
}

} // namespace

QVariant timeColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromColumn(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString headersToColumn(const QList<HeaderField> &headers)
{
    QJsonArray array;
    for (const HeaderField &h : headers)
        array.append(QJsonArray{bytesValue(h.first), bytesValue(h.second)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<HeaderField> headersFromColumn(const QString &text)
{
    QList<HeaderField> headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    headers.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonArray field = v.toArray();
        headers.append({bytesFrom(field.at(0)), bytesFrom(field.at(1))});
    }
    return headers;
}

FetchError fetchErrorFromCode(const QString &code)
{
    for (FetchError e : {FetchError::None, FetchError::Dns, FetchError::Refused, FetchError::Timeout, FetchError::TlsHandshake,
                         FetchError::HttpProtocol, FetchError::TooLarge, FetchError::Closed, FetchError::Cancelled}) {
        if (fetchErrorCode(e) == code)
            return e;
    }
    return FetchError::Network;
}

PageSource pageSourceFromName(const QString &name)
{
    for (PageSource s : {PageSource::Start, PageSource::Crawl, PageSource::Sitemap, PageSource::Seed, PageSource::AccessLog,
                         PageSource::Redirect}) {
        if (pageSourceName(s) == name)
            return s;
    }
    return PageSource::Crawl;
}

PageVerdict pageVerdictFromName(const QString &name)
{
    for (PageVerdict v : {PageVerdict::Pending, PageVerdict::Same, PageVerdict::EquivalentRedirect, PageVerdict::Different,
                          PageVerdict::Error}) {
        if (pageVerdictName(v) == name)
            return v;
    }
    return PageVerdict::Error;
}

} // namespace sslrec
