#include "stockpages.h"

#include <QFile>

namespace sslrec::corpus {

QByteArray StockPages::nginxWelcome()
{
    for (const char *path : {"/usr/share/nginx/html/index.html", "/var/www/html/index.nginx-debian.html"}) {
        QFile f(QString::fromLatin1(path));
        if (f.open(QIODevice::ReadOnly))
            return f.readAll();
    }
    return QByteArrayLiteral(R"(<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
)");
}

QByteArray StockPages::apacheDebianDefault()
{
    return QByteArrayLiteral(R"(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>Apache2 Debian Default Page: It works</title>
    <style type="text/css" media="screen">
  * { margin: 0px 0px 0px 0px; padding: 0px 0px 0px 0px; }
  body, html { padding: 3px 3px 3px 3px; background-color: #D8DBE2; }
    </style>
  </head>
  <body>
    <div class="main_page">
      <div class="page_header floating_element">
        <img src="/icons/openlogo-75.png" alt="Debian Logo" class="floating_element"/>
        <span class="floating_element">Apache2 Debian Default Page</span>
      </div>
      <div class="content_section floating_element">
        <div class="section_header section_header_red">
          <div id="about"></div>
          It works!
        </div>
        <div class="content_section_text">
          <p>
                This is the default welcome page used to test the correct
                operation of the Apache2 server after installation on Debian systems.
                If you can read this page, it means that the Apache HTTP server installed at
                this site is working properly. You should <b>replace this file</b> (located at
                <tt>/var/www/html/index.html</tt>) before continuing to operate your HTTP server.
          </p>
          <p>
                If you are a normal user of this web site and don't know what this page is
                about, this probably means that the site is currently unavailable due to
                maintenance.
                If the problem persists, please contact the site's administrator.
          </p>
        </div>
        <div class="section_header">
          <div id="changes"></div>
                Configuration Overview
        </div>
        <div class="content_section_text">
          <p>
                Debian's Apache2 default configuration is different from the
                upstream default configuration, and split into several files optimized for
                interaction with Debian tools. The configuration system is
                <b>fully documented in
                /usr/share/doc/apache2/README.Debian.gz</b>. Refer to this for the full
                documentation.
          </p>
        </div>
      </div>
    </div>
    <div class="validator">
    </div>
  </body>
</html>
)");
}

QByteArray StockPages::iisWelcome()
{
    return QByteArrayLiteral(R"(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>IIS Windows Server</title>
<style type="text/css">
<!--
body { color:#000000; background-color:#0072C6; margin:0; }
#container { margin-left:auto; margin-right:auto; text-align:center; }
a img { border:none; }
-->
</style>
</head>
<body>
<div id="container">
<a href="http://go.microsoft.com/fwlink/?linkid=66138&amp;clcid=0x409"><img src="iisstart.png" alt="IIS" width="960" height="600" /></a>
</div>
</body>
</html>
)");
}

QByteArray StockPages::parked(int variant, const QString &domain)
{
    const QByteArray d = domain.toUtf8();
    switch (variant % 3) {
    case 0:
        return "<!DOCTYPE html><html><head><title>" + d + " - This domain may be for sale!</title>"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
               "<body><div class=\"container\"><h1>" + d + "</h1>"
               "<p>This domain may be for sale! Make an offer today.</p>"
               "<div class=\"related\"><h2>Related Searches</h2><ul><li><a href=\"/search?q=web+hosting\">Web Hosting</a></li>"
               "<li><a href=\"/search?q=domain+names\">Domain Names</a></li><li><a href=\"/search?q=cloud+storage\">Cloud Storage</a></li></ul></div>"
               "<footer>Copyright 2024. All rights reserved. Privacy Policy</footer></div></body></html>\n";
    case 1:
        return "<html><head><title>" + d + "</title></head><body>"
               "<table width=\"100%\" height=\"100%\"><tr><td align=\"center\">"
               "<h2>Welcome to " + d + "</h2><p>This domain is parked free of charge with our registrar.</p>"
               "<p>Want your own website? Register your domain and get started today.</p>"
               "<p><a href=\"/buy\">Buy this domain</a></p></td></tr></table></body></html>\n";
    default:
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + d + " is for sale</title>"
               "<script>window.park = \"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9\";</script></head><body>"
               "<main><h1>The domain name " + d + " is for sale</h1>"
               "<p>This domain name is parked. The owner may be willing to sell it; contact us to make an offer.</p>"
               "<form action=\"/inquiry\" method=\"post\"><input type=\"email\" name=\"email\"><button>Send</button></form>"
               "</main></body></html>\n";
    }
}

QByteArray StockPages::nginxError(int status)
{
    QByteArray text;
    switch (status) {
    case 400: text = "400 Bad Request"; break;
    case 403: text = "403 Forbidden"; break;
    case 404: text = "404 Not Found"; break;
    case 500: text = "500 Internal Server Error"; break;
    case 502: text = "502 Bad Gateway"; break;
    case 503: text = "503 Service Temporarily Unavailable"; break;
    case 504: text = "504 Gateway Time-out"; break;
    default: text = QByteArray::number(status) + " Error"; break;
    }
    return "<html>\r\n<head><title>" + text + "</title></head>\r\n<body>\r\n<center><h1>" + text
           + "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
}

} // namespace sslrec::corpus
