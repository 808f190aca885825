#pragma once

// Internal to scanner/tls: the only place OpenSSL types are named. Public
// headers of this part expose Qt and std types only, so nothing else in
// sslrec ever includes an OpenSSL header.

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace sslrec::ossl {

inline void freeX509Stack(STACK_OF(X509) *stack)
{
    sk_X509_pop_free(stack, X509_free);
}

template<auto Fn>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Fn(p); }
};

using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<freeX509Stack>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using SslCtxPtr = std::unique_ptr<SSL_CTX, Deleter<SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, Deleter<SSL_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

/// Takes an owned reference to a certificate OpenSSL keeps owning.
inline X509Ptr upRef(X509 *cert)
{
    X509_up_ref(cert);
    return X509Ptr(cert);
}

/// Everything BIO holds, as bytes (for PEM output and name printing).
inline QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, len) : QByteArray();
}

/// The newest entry of this thread's OpenSSL error queue as text, and clears the
/// queue so the next operation starts clean. Empty when the queue is empty.
inline QString takeErrorReason()
{
    unsigned long last = 0;
    while (const unsigned long e = ERR_get_error())
        last = e;
    if (last == 0)
        return {};
    const char *reason = ERR_reason_error_string(last);
    if (reason)
        return QString::fromLatin1(reason);
    char buf[256];
    ERR_error_string_n(last, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

} // namespace sslrec::ossl
