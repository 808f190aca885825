#include "crawl/domaininput.h"

#include <QHostAddress>
#include <QUrl>

namespace sslrec {

namespace {

constexpr qsizetype kMaxInput = 2048; // longer than any URL worth scanning
constexpr qsizetype kMaxLabel = 63;   // RFC 1035
constexpr qsizetype kMaxName = 253;   // RFC 1035, without the root dot

Result<DomainInput> fail(const char *code, const QString &message)
{
    return Result<DomainInput>::failure(QString::fromLatin1(code), message);
}

bool isAllDigitsAndDots(const QString &s)
{
    for (QChar c : s) {
        if (c != u'.' && !(c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

// Strict dotted quad: QHostAddress also takes "127.1", which a user typing a
// domain almost certainly did not mean as an address.
bool isDottedQuad(const QString &s)
{
    const QStringList parts = s.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        // "010" is octal to inet_aton and QHostAddress (and "092" invalid,
        // which left an empty host): ambiguous, so refused.
        if (p.size() > 1 && p.startsWith(u'0'))
            return false;
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

bool isHostChar(QChar c)
{
    if (c.unicode() >= 0x80)
        return true; // checked by the IDN conversion
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
}

} // namespace

QString DomainInput::urlHost() const
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

Result<DomainInput> DomainInput::parse(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return fail("input.empty", QStringLiteral("No domain given: enter a host name such as example.com."));
    if (input.size() > kMaxInput)
        return fail("input.length", QStringLiteral("The domain is longer than %1 characters: enter just the host name.").arg(kMaxInput));
    for (QChar c : input) {
        if (c.isSpace())
            return fail("input.spaces", QStringLiteral("\"%1\" contains spaces: enter a single host name such as example.com.").arg(input));
    }

    DomainInput out;
    QString rest = input;
    const qsizetype schemeEnd = input.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        const QString scheme = input.left(schemeEnd).toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return fail("input.scheme", QStringLiteral("\"%1\" uses the scheme \"%2\": only http:// and https:// addresses can be scanned.").arg(input, scheme));
        out.scheme = scheme;
        rest = input.mid(schemeEnd + 3);
    }

    qsizetype authorityEnd = rest.size();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == u'/' || rest[i] == u'?' || rest[i] == u'#') {
            authorityEnd = i;
            break;
        }
    }
    const QString authority = rest.left(authorityEnd);
    QString pathPart = rest.mid(authorityEnd);
    if (const qsizetype hash = pathPart.indexOf(u'#'); hash >= 0)
        pathPart.truncate(hash);

    if (authority.isEmpty())
        return fail("input.nohost", QStringLiteral("\"%1\" has no host name: enter an address such as https://example.com/.").arg(input));
    if (authority.contains(u'@'))
        return fail("input.userinfo", QStringLiteral("\"%1\" contains a user name or password: enter the address without \"user@\".").arg(input));

    QString host;
    QString portText;
    bool hasPort = false;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail("input.ip", QStringLiteral("\"%1\" has an unclosed \"[\": write IPv6 addresses as [2001:db8::1].").arg(input));
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return fail("input.characters", QStringLiteral("\"%1\" has unexpected text after the IPv6 address.").arg(input));
            hasPort = true;
            portText = after.mid(1);
        }
        QHostAddress address;
        if (host.contains(u'%') || !address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail("input.ip", QStringLiteral("\"%1\" is not a valid IPv6 address.").arg(host));
        out.host = address.toString();
        out.isIpLiteral = true;
    } else {
        const qsizetype colons = authority.count(u':');
        if (colons > 1) {
            QHostAddress address;
            if (authority.contains(u'%') || !address.setAddress(authority) || address.protocol() != QAbstractSocket::IPv6Protocol)
                return fail("input.ip", QStringLiteral("\"%1\" is not a valid IPv6 address: write IPv6 addresses as [2001:db8::1].").arg(authority));
            out.host = address.toString();
            out.isIpLiteral = true;
        } else {
            const qsizetype colon = authority.indexOf(u':');
            host = colon >= 0 ? authority.left(colon) : authority;
            if (colon >= 0) {
                hasPort = true;
                portText = authority.mid(colon + 1);
            }
        }
    }

    if (hasPort) {
        bool digits = !portText.isEmpty();
        for (QChar c : portText)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits)
            return fail("input.port", QStringLiteral("\"%1\" has an invalid port \"%2\": use a number between 1 and 65535.").arg(input, portText));
        const qlonglong port = portText.size() > 6 ? 0 : portText.toLongLong();
        if (port < 1 || port > 65535)
            return fail("input.port", QStringLiteral("Port %1 in \"%2\" is out of range: use a port between 1 and 65535.").arg(portText, input));
        out.port = static_cast<int>(port);
    }

    if (!out.isIpLiteral) {
        if (host.endsWith(u'.'))
            host.chop(1);
        host = host.toLower();
        if (host.isEmpty())
            return fail("input.nohost", QStringLiteral("\"%1\" has no host name: enter a host name such as example.com.").arg(input));
        if (isAllDigitsAndDots(host)) {
            if (!isDottedQuad(host))
                return fail("input.ip", QStringLiteral("\"%1\" is not a valid IPv4 address: write four numbers 0-255 without leading zeros, separated by dots.").arg(host));
            out.host = QHostAddress(host).toString();
            out.isIpLiteral = true;
        } else {
            for (QChar c : host) {
                if (!isHostChar(c))
                    return fail("input.characters", QStringLiteral("\"%1\" contains the invalid character \"%2\": host names use letters, digits, hyphens and dots.").arg(host, QString(c)));
            }
            const QStringList labels = host.split(u'.');
            for (const QString &label : labels) {
                if (label.isEmpty())
                    return fail("input.label", QStringLiteral("\"%1\" has an empty label (two dots in a row or a leading dot).").arg(host));
                if (label.size() > kMaxLabel)
                    return fail("input.label", QStringLiteral("\"%1\" has a label longer than 63 characters.").arg(host));
                if (label.startsWith(u'-') || label.endsWith(u'-'))
                    return fail("input.label", QStringLiteral("The label \"%1\" in \"%2\" starts or ends with a hyphen.").arg(label, host));
            }
            const QByteArray ace = QUrl::toAce(host);
            if (ace.isEmpty())
                return fail("input.idn", QStringLiteral("\"%1\" is not a valid internationalised domain name.").arg(host));
            out.host = QString::fromLatin1(ace).toLower();
            const QStringList aceLabels = out.host.split(u'.');
            for (const QString &label : aceLabels) {
                if (label.size() > kMaxLabel)
                    return fail("input.label", QStringLiteral("\"%1\" has a label longer than 63 characters once encoded (%2).").arg(host, label));
            }
            if (out.host.size() > kMaxName)
                return fail("input.length", QStringLiteral("\"%1\" is longer than 253 characters: no such host name can exist.").arg(host));
            if (aceLabels.size() == 1 && out.host != QLatin1String("localhost"))
                return fail("input.tld", QStringLiteral("\"%1\" is only a top-level domain: enter a full name such as example.%1.").arg(out.host));
            const QString &tld = aceLabels.constLast();
            bool tldHasLetter = false;
            for (QChar c : tld)
                tldHasLetter = tldHasLetter || (c >= u'a' && c <= u'z');
            if (!tldHasLetter || tld.contains(u'_'))
                return fail("input.tld", QStringLiteral("\"%1\" does not end in a valid top-level domain.").arg(host));
        }
    }

    if (!pathPart.isEmpty() && pathPart != QLatin1String("/")) {
        if (!pathPart.startsWith(u'/'))
            pathPart.prepend(u'/');
        const QUrl url(QStringLiteral("http://host") + pathPart);
        if (url.isValid()) {
            QString start = url.path(QUrl::FullyEncoded);
            if (start.isEmpty())
                start = QStringLiteral("/");
            if (url.hasQuery())
                start += u'?' + url.query(QUrl::FullyEncoded);
            if (start != QLatin1String("/"))
                out.startPath = start;
        }
    }
    return out;
}

} // namespace sslrec
