#include "tls/tlsreport.h"

namespace sslrec {

OriginTlsState originTlsState(const TlsReport &report)
{
    if (!report.connected) {
        for (const TlsFinding &f : report.findings) {
            if (f.code == findingcode::TcpTimeout)
                return OriginTlsState::ConnectTimeout;
        }
        return OriginTlsState::Unreachable;
    }
    if (!report.handshakeOk)
        return OriginTlsState::HandshakeFailed;
    return report.certificateValid ? OriginTlsState::CertificateValid : OriginTlsState::CertificateInvalid;
}

QList<TlsFinding> errorFindings(const TlsReport &report)
{
    QList<TlsFinding> out;
    for (const TlsFinding &f : report.findings) {
        if (f.severity == Severity::Error)
            out.append(f);
    }
    return out;
}

} // namespace sslrec
