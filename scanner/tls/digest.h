#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sslrec {

/// SHA-256 of @p data, 32 raw bytes. OpenSSL's implementation (with the
/// CPU's SHA extensions where present): QCryptographicHash's portable code
/// cost a tenth of the HTML normalisation time. Lives in scanner/tls because
/// only this part may name OpenSSL.
QByteArray sha256Digest(QByteArrayView data);

} // namespace sslrec
