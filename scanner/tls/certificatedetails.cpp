#include "tls/certificatedetails.h"

#include "tls/tlsfinding.h"
#include "tls/x509reader_p.h"

namespace sslrec {

Result<QList<CertificateDetails>> parseCertificates(const QByteArray &pemOrDer, std::optional<QDateTime> referenceTime)
{
    const auto certs = ossl::readCertificates(pemOrDer);
    if (certs.empty()) {
        return Result<QList<CertificateDetails>>::failure(
            findingcode::CertUnreadable,
            QStringLiteral("No certificate found in the %1 bytes given; expected PEM or DER X.509 data.")
                .arg(pemOrDer.size()));
    }
    const QDateTime ref = referenceTime.value_or(QDateTime::currentDateTimeUtc());
    QList<CertificateDetails> out;
    for (const auto &cert : certs)
        out.append(ossl::describe(cert.get(), ref));
    return out;
}

} // namespace sslrec
