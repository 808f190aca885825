#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sslrec {

/// One bundled trust anchor, compiled in as a Qt resource.
struct BundledRoot
{
    QString name;   ///< resource file name, e.g. "cloudflare_origin_ca_rsa_root.pem"
    QByteArray pem; ///< the certificate, PEM encoded
};

/// The public Cloudflare Origin CA roots (resources/ca). A validating proxy
/// trusts them although browsers do not, so sslrec adds them to its trust set
/// unless told not to (--no-origin-ca).
QList<BundledRoot> bundledOriginCaRoots();

} // namespace sslrec
