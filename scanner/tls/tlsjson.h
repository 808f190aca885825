#pragma once

#include "tls/certificatedetails.h"
#include "tls/proxyprediction.h"
#include "tls/tlsfinding.h"
#include "tls/tlsreport.h"

#include <QJsonObject>

namespace sslrec {

/// Every field of the certificate, snake_case keys (subject, not_after, sha256_fingerprint, ...).
QJsonObject toJson(const CertificateDetails &certificate);
/// {code, severity, message, certificate_index}.
QJsonObject toJson(const TlsFinding &finding);
/// {mode, works, status_code, status_text, reason}.
QJsonObject toJson(const ProxyPrediction &prediction);
/// The whole report; embeddable as a scan origin's `certificate`: it has `chain`,
/// `valid`, `errors[]` ({code, message, certificate_index} of every Error finding),
/// `findings[]`, `proxy[]` and every connection field.
QJsonObject toJson(const TlsReport &report);

} // namespace sslrec
