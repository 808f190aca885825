#pragma once

#include "tls/tlsreport.h"

#include <QJsonObject>

namespace sslrec {

// Readers for the JSON tls/tlsjson.h writes (the scan JSON's `certificate`),
// so the scan file can keep a TLS report in that documented form.

CertificateDetails certificateFromJson(const QJsonObject &json);
TlsFinding findingFromJson(const QJsonObject &json);
ProxyPrediction proxyPredictionFromJson(const QJsonObject &json);
/// The inverse of toJson(const TlsReport &): every field comes back.
TlsReport tlsReportFromJson(const QJsonObject &json);

} // namespace sslrec
