#include "tls/digest.h"

#include <openssl/sha.h>

namespace sslrec {

QByteArray sha256Digest(QByteArrayView data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), std::size_t(data.size()),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

} // namespace sslrec
