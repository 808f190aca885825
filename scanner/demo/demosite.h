#pragma once

#include "demo/httpmessage.h"

#include <QString>

namespace sslrec {

// The demo site's content, served from the Qt resources under :/demo.
// Internal to DemoOrigins; separate so the routing reads on its own.

// A page of the site in :/demo/site/<siteDir>/, falling back to
// :/demo/site/shared/. "/dir" redirects to "/dir/", "/dir/" serves
// index.html, unknown paths get a 404 page. Text is templated: {{timestamp}}
// and {{request_id}} become values that differ on every response.
HttpResponse demoSitePage(const QString &siteDir, const HttpRequest &request);

// What a freshly installed nginx answers: its welcome page on "/", its 404
// page everywhere else.
HttpResponse demoNginxDefault(const HttpRequest &request);

} // namespace sslrec
