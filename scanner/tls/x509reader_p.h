#pragma once

// Internal to scanner/tls: conversions between OpenSSL certificates and
// sslrec's plain values.

#include "tls/certificatedetails.h"
#include "tls/opensslhandles_p.h"

#include <QDateTime>
#include <vector>

namespace sslrec::ossl {

/// Every certificate in one or more PEM blocks, or one DER certificate.
std::vector<X509Ptr> readCertificates(const QByteArray &pemOrDer);

/// The plain view of \a cert; daysLeft counts from \a referenceTime.
CertificateDetails describe(X509 *cert, const QDateTime &referenceTime);

/// An ASN1_TIME as UTC QDateTime (invalid QDateTime when unparsable).
QDateTime toDateTime(const ASN1_TIME *time);

/// A name printed on one line, RFC 2253 style.
QString nameToString(const X509_NAME *name);

} // namespace sslrec::ossl
