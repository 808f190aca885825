#include "compare/comparedresponse.h"

#include "compare/contentnormalizer.h"

namespace sslrec {

std::shared_ptr<const NormalizedContent> ComparedResponse::normalizedContent(const NormalizeOptions &options) const
{
    if (normalized)
        return normalized;
    return std::make_shared<const NormalizedContent>(ContentNormalizer::normalize(body, contentType, url.host(), options, parsed));
}

} // namespace sslrec
