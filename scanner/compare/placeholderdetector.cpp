#include "compare/placeholderdetector.h"

#include <QCoreApplication>

#include <array>
#include <string>

namespace sslrec {

namespace {

struct Pattern
{
    std::string_view needle;  // lower-case substring
    bool titleOnly;           // match against the title only
    int maxWords;             // page must be at most this long (0 = any)
    PlaceholderKind kind;
    const char *name;         // translatable, "the ... page"
};

// Phrases copied from the stock pages themselves. Long pages are excluded
// where a phrase could also appear in a tutorial about the server.
constexpr std::array kPatterns = {
    Pattern{"welcome to nginx", false, 400, PlaceholderKind::NginxDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the nginx welcome page")},
    Pattern{"nginx web server is successfully installed", false, 400, PlaceholderKind::NginxDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the nginx welcome page")},
    Pattern{"test page for the nginx http server", false, 600, PlaceholderKind::NginxDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the nginx test page")},
    Pattern{"welcome to openresty", false, 400, PlaceholderKind::NginxDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the OpenResty welcome page")},
    Pattern{"apache2 debian default page", false, 0, PlaceholderKind::ApacheDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the Apache2 Debian default page")},
    Pattern{"apache2 ubuntu default page", false, 0, PlaceholderKind::ApacheDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the Apache2 Ubuntu default page")},
    Pattern{"default welcome page used to test the correct operation of the apache", false, 0, PlaceholderKind::ApacheDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the Apache default page")},
    Pattern{"test page for the apache http server", false, 800, PlaceholderKind::ApacheDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the Apache test page")},
    Pattern{"http server test page", false, 800, PlaceholderKind::ApacheDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the HTTP server test page")},
    Pattern{"it works!", false, 60, PlaceholderKind::ApacheDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the \"It works!\" default page")},
    Pattern{"iis windows server", true, 0, PlaceholderKind::IisDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the IIS welcome page")},
    Pattern{"internet information services", false, 200, PlaceholderKind::IisDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the IIS welcome page")},
    Pattern{"iis7", true, 0, PlaceholderKind::IisDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the IIS welcome page")},
    Pattern{"caddy works!", false, 600, PlaceholderKind::OtherDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the Caddy default page")},
    Pattern{"your web server is working", false, 600, PlaceholderKind::OtherDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a web server's default page")},
    Pattern{"default web site page", false, 600, PlaceholderKind::OtherDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a hosting panel's default page")},
    Pattern{"domain default page", false, 600, PlaceholderKind::OtherDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a hosting panel's default page")},
    Pattern{"web server's default page", false, 600, PlaceholderKind::OtherDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a web server's default page")},
    Pattern{"lighttpd placeholder page", false, 600, PlaceholderKind::OtherDefault, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "the lighttpd placeholder page")},
    Pattern{"future home of something quite cool", false, 600, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"this domain is parked", false, 800, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"domain name is parked", false, 800, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"domain may be for sale", false, 800, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"domain is for sale", false, 800, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"buy this domain", false, 800, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"domain has been registered", false, 800, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"parked free", false, 800, PlaceholderKind::ParkedDomain, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a parked-domain page")},
    Pattern{"the plain http request was sent to https port", false, 200, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "an nginx \"plain HTTP request sent to HTTPS port\" error page")},
    Pattern{"bad gateway", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Bad Gateway\" error page")},
    Pattern{"service unavailable", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Service Unavailable\" error page")},
    Pattern{"temporarily unavailable", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Service Unavailable\" error page")},
    Pattern{"gateway time-out", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Gateway Timeout\" error page")},
    Pattern{"gateway timeout", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Gateway Timeout\" error page")},
    Pattern{"internal server error", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "an \"Internal Server Error\" page")},
    Pattern{"404 not found", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Not Found\" error page")},
    Pattern{"page not found", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Not Found\" error page")},
    Pattern{"403 forbidden", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Forbidden\" error page")},
    Pattern{"400 bad request", false, 150, PlaceholderKind::ErrorPage, QT_TRANSLATE_NOOP("sslrec::PlaceholderDetector", "a \"Bad Request\" error page")},
};

constexpr std::size_t kScanBytes = 4096;

std::string foldPrefix(std::string_view s)
{
    std::string out(s.substr(0, kScanBytes));
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return out;
}

} // namespace

PlaceholderDetector::Match PlaceholderDetector::detect(std::string_view title, std::string_view text, int wordCount)
{
    const std::string t = foldPrefix(title);
    const std::string body = foldPrefix(text);
    for (const Pattern &p : kPatterns) {
        if (p.maxWords > 0 && wordCount > p.maxWords)
            continue;
        const bool hit = t.find(p.needle) != std::string::npos
                         || (!p.titleOnly && body.find(p.needle) != std::string::npos);
        if (hit)
            return {p.kind, QCoreApplication::translate("sslrec::PlaceholderDetector", p.name)};
    }
    return {};
}

} // namespace sslrec
