#include "tls/tlsprobe.h"

#include "core/logging.h"
#include "tls/chainvalidation.h"
#include "tls/opensslhandles_p.h"
#include "tls/tcpclient_p.h"

#include <QElapsedTimer>
#include <QHostInfo>

namespace sslrec {

namespace {

struct Handshake
{
    bool ok = false;        ///< handshake completed
    bool timedOut = false;  ///< the deadline passed first
    QString error;          ///< why it failed
};

QString withoutBrackets(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

// A client that takes whatever the origin offers: sslrec must see a weak or
// broken chain to explain it, so nothing here is verified and security level
// 0 admits TLS 1.0, SHA-1 and small keys. The verdict comes later from
// validateChain at the default level.
ossl::SslCtxPtr permissiveContext(const TlsProbeRequest &req)
{
    ossl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    if (!ctx)
        return ctx;
    SSL_CTX_set_security_level(ctx.get(), 0);
    SSL_CTX_set_min_proto_version(ctx.get(), TLS1_VERSION);
    SSL_CTX_set_max_proto_version(ctx.get(), 0);
    SSL_CTX_set_cipher_list(ctx.get(), "ALL:@SECLEVEL=0");
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_options(ctx.get(), SSL_OP_LEGACY_SERVER_CONNECT);
    if (!req.alpn.isEmpty()) {
        QByteArray wire;
        for (const QString &p : req.alpn) {
            const QByteArray name = p.toLatin1().left(255);
            wire.append(char(name.size())).append(name);
        }
        SSL_CTX_set_alpn_protos(ctx.get(), reinterpret_cast<const unsigned char *>(wire.constData()), unsigned(wire.size()));
    }
    return ctx;
}

// Drives SSL_connect over memory BIOs so all socket I/O goes through
// TcpClient (deadline-bounded, no SIGPIPE).
Handshake runHandshake(SSL *ssl, BIO *rbio, BIO *wbio, TcpClient &tcp, QDeadlineTimer deadline)
{
    Handshake h;
    for (;;) {
        ERR_clear_error();
        const int ret = SSL_connect(ssl);
        const int err = ret == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl, ret);
        const QString reason = ossl::takeErrorReason();
        QByteArray out;
        while (BIO_ctrl_pending(wbio) > 0) {
            out.resize(qsizetype(BIO_ctrl_pending(wbio)));
            out.resize(BIO_read(wbio, out.data(), int(out.size())));
            const auto s = tcp.sendAll(out, deadline);
            if (s == TcpClient::Status::Timeout) {
                h.timedOut = true;
                h.error = QStringLiteral("timed out sending the handshake");
                return h;
            }
            if (s != TcpClient::Status::Ok && err != SSL_ERROR_SSL) {
                h.error = QStringLiteral("connection lost during the handshake (%1)").arg(tcp.errorString());
                return h;
            }
        }
        if (err == SSL_ERROR_NONE) {
            h.ok = true;
            return h;
        }
        if (err != SSL_ERROR_WANT_READ) {
            h.error = reason.isEmpty() ? QStringLiteral("handshake failed (OpenSSL error %1)").arg(err) : reason;
            return h;
        }
        QByteArray in;
        const auto s = tcp.receive(&in, 16384, deadline);
        if (s == TcpClient::Status::Timeout) {
            h.timedOut = true;
            h.error = QStringLiteral("timed out waiting for the server's handshake");
            return h;
        }
        if (s == TcpClient::Status::Closed) {
            h.error = QStringLiteral("the server closed the connection during the handshake");
            return h;
        }
        if (s != TcpClient::Status::Ok) {
            h.error = QStringLiteral("connection lost during the handshake (%1)").arg(tcp.errorString());
            return h;
        }
        BIO_write(rbio, in.constData(), int(in.size()));
    }
}

QString keyExchangeGroupOf(SSL *ssl)
{
    EVP_PKEY *key = nullptr;
    if (!SSL_get_peer_tmp_key(ssl, &key) || !key)
        return {};
    QString name;
    char group[80] = {};
    size_t len = 0;
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC && EVP_PKEY_get_group_name(key, group, sizeof group, &len)) {
        const int nid = OBJ_sn2nid(group);
        const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
        name = QString::fromLatin1(nist ? nist : group);
    } else if (const char *type = EVP_PKEY_get0_type_name(key)) {
        name = QString::fromLatin1(type);
    }
    EVP_PKEY_free(key);
    return name;
}

void readSession(SSL *ssl, TlsReport &report, QList<QByteArray> *chainDer)
{
    report.protocol = QString::fromLatin1(SSL_get_version(ssl));
    if (const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl))
        report.cipher = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
    const unsigned char *alpn = nullptr;
    unsigned int alpnLen = 0;
    SSL_get0_alpn_selected(ssl, &alpn, &alpnLen);
    report.alpn = QString::fromLatin1(reinterpret_cast<const char *>(alpn), int(alpnLen));
    report.keyExchangeGroup = keyExchangeGroupOf(ssl);
    const unsigned char *ocsp = nullptr;
    report.ocspStapled = SSL_get_tlsext_status_ocsp_resp(ssl, &ocsp) > 0;
    if (STACK_OF(X509) *peer = SSL_get_peer_cert_chain(ssl)) {
        for (int i = 0; i < sk_X509_num(peer); ++i) {
            unsigned char *der = nullptr;
            const int len = i2d_X509(sk_X509_value(peer, i), &der);
            if (len > 0)
                chainDer->append(QByteArray(reinterpret_cast<const char *>(der), len));
            OPENSSL_free(der);
        }
    }
}

void fail(TlsReport &report, QLatin1String code, const QString &message)
{
    report.findings.append(TlsFinding{QString(code), Severity::Error, message, -1});
}

} // namespace

TlsReport probeTls(const TlsProbeRequest &req)
{
    QElapsedTimer clock;
    clock.start();
    TlsReport report;
    report.hostname = req.hostname;
    report.port = req.port;
    report.trustSummary = trustSummary(req.trust);
    const QString target = QStringLiteral("%1:%2").arg(req.hostname).arg(req.port);
    auto finish = [&]() -> TlsReport {
        report.elapsedMs = clock.elapsed();
        report.proxy = predictProxyModes(originTlsState(report),
                                         report.handshakeOk ? report.verifyError : report.handshakeError);
        return report;
    };

    // Resolve (or take the pinned address).
    QList<QHostAddress> addresses;
    const QString pinned = withoutBrackets(req.address.trimmed());
    if (!pinned.isEmpty()) {
        addresses.append(QHostAddress(pinned));
        if (addresses.front().isNull()) {
            fail(report, findingcode::TcpConnectFailed,
                 QStringLiteral("%1 is not an IP address; give an address such as 203.0.113.7 for %2").arg(pinned, target));
            return finish();
        }
    } else if (const QHostAddress literal(withoutBrackets(req.hostname)); !literal.isNull()) {
        addresses.append(literal);
    } else {
        const QHostInfo info = QHostInfo::fromName(req.hostname);
        addresses = info.addresses();
        if (addresses.isEmpty()) {
            fail(report, findingcode::DnsFailed,
                 QStringLiteral("cannot resolve %1: %2; check the name or pin an address with --resolve")
                     .arg(req.hostname, info.errorString()));
            return finish();
        }
    }

    TcpClient tcp;
    const auto connected = tcp.connectToAny(addresses, req.port, QDeadlineTimer(qMax(1, req.connectTimeoutMs)));
    report.address = tcp.peer().toString();
    if (connected != TcpClient::Status::Ok) {
        if (connected == TcpClient::Status::Timeout)
            fail(report, findingcode::TcpTimeout,
                 QStringLiteral("no TCP connection to %1 (%2) within %3 ms").arg(target, report.address).arg(req.connectTimeoutMs));
        else
            fail(report, findingcode::TcpConnectFailed,
                 QStringLiteral("cannot connect to %1 (%2): %3").arg(target, report.address, tcp.errorString()));
        return finish();
    }
    report.connected = true;

    ossl::SslCtxPtr ctx = permissiveContext(req);
    ossl::SslPtr ssl(ctx ? SSL_new(ctx.get()) : nullptr);
    if (!ssl) {
        report.handshakeError = ossl::takeErrorReason();
        fail(report, findingcode::TlsHandshakeFailed, QStringLiteral("cannot set up TLS: %1").arg(report.handshakeError));
        return finish();
    }
    BIO *rbio = BIO_new(BIO_s_mem());
    BIO *wbio = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl.get(), rbio, wbio); // ssl owns both now
    const QString host = withoutBrackets(req.hostname);
    if (!host.isEmpty() && QHostAddress(host).isNull()) // RFC 6066: no IP literals in SNI
        SSL_set_tlsext_host_name(ssl.get(), host.toUtf8().constData());
    if (req.requestOcspStapling)
        SSL_set_tlsext_status_type(ssl.get(), TLSEXT_STATUSTYPE_ocsp);

    const Handshake h = runHandshake(ssl.get(), rbio, wbio, tcp, QDeadlineTimer(qMax(1, req.handshakeTimeoutMs)));
    if (!h.ok) {
        report.handshakeError = h.error;
        if (h.timedOut)
            fail(report, findingcode::TlsHandshakeTimeout,
                 QStringLiteral("the TLS handshake with %1 did not finish within %2 ms").arg(target).arg(req.handshakeTimeoutMs));
        else
            fail(report, findingcode::TlsHandshakeFailed,
                 QStringLiteral("the TLS handshake with %1 failed: %2").arg(target, h.error));
        qCDebug(lcTls) << "handshake failed" << target << h.error;
        return finish();
    }
    report.handshakeOk = true;

    QList<QByteArray> chainDer;
    readSession(ssl.get(), report, &chainDer);
    SSL_shutdown(ssl.get()); // best effort close_notify; never waits
    if (const int version = SSL_version(ssl.get()); version < TLS1_2_VERSION) {
        report.findings.append(TlsFinding{QString(findingcode::TlsLegacyOnly), Severity::Warning,
                                          QStringLiteral("the server negotiates only %1 although TLS 1.3 was offered; "
                                                         "a default OpenSSL 3 client refuses it, enable TLS 1.2 or later")
                                              .arg(report.protocol),
                                          -1});
    }

    ChainValidation v = validateChain(chainDer, req.hostname, req.trust);
    report.chain = std::move(v.chain);
    report.verifiedPath = std::move(v.verifiedPath);
    report.certificateValid = v.valid;
    report.verifyErrorCode = v.verifyErrorCode;
    report.verifyError = v.verifyError;
    report.findings.append(v.findings);
    return finish();
}

} // namespace sslrec
