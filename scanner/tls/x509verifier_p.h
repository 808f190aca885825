#pragma once

// Internal to scanner/tls: one run of OpenSSL's chain verification, the way
// libssl runs it inside a client handshake (ssl_verify_cert_chain).

#include "tls/opensslhandles_p.h"
#include "tls/trustsettings.h"

#include <QDateTime>
#include <QList>
#include <vector>

namespace sslrec::ossl {

/// One complaint OpenSSL raised while verifying.
struct VerifyIssue
{
    int error = 0;  ///< X509_V_ERR_*
    int depth = 0;  ///< depth in the built path
    X509Ptr cert;   ///< the certificate it concerns
};

/// What a verification run produced.
struct VerifyRun
{
    bool ok = false;                ///< X509_verify_cert succeeded
    int error = 0;                  ///< first error (the one s_client stops at)
    int errorDepth = -1;            ///< its depth
    std::vector<X509Ptr> path;      ///< the path OpenSSL built, leaf first
    std::vector<VerifyIssue> issues; ///< every error, when collecting
};

/// The trust set of \a trust as an X509_STORE. Unreadable CA files are named in \a problems.
StorePtr buildTrustStore(const TrustSettings &trust, QStringList *problems);

/// Verifies \a served[0] with all of \a served as untrusted helpers. With
/// \a collectAll, errors are recorded and verification goes on past them.
VerifyRun verify(X509_STORE *store, const std::vector<X509Ptr> &served, const QString &hostname,
                 const std::optional<QDateTime> &atTime, bool collectAll);

/// OpenSSL's default client security level (2 on Debian), read off a fresh
/// client SSL_CTX so openssl.cnf overrides count as they do for s_client.
int defaultClientSecurityLevel();

} // namespace sslrec::ossl
