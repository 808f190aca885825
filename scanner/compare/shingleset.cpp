#include "compare/shingleset.h"

#include "compare/contenthash.h"

#include <algorithm>

namespace sslrec {

std::vector<std::uint64_t> ShingleSet::build(const std::vector<std::uint64_t> &words, std::size_t begin,
                                             std::size_t end, int k)
{
    std::vector<std::uint64_t> shingles;
    end = std::min(end, words.size());
    if (begin >= end || k <= 0)
        return shingles;
    const std::size_t n = end - begin;
    const std::size_t kk = std::size_t(k);
    if (n < kk) {
        std::uint64_t h = 0;
        for (std::size_t i = begin; i < end; ++i)
            h = combineHash(h, words[i]);
        shingles.push_back(h);
        return shingles;
    }
    shingles.reserve(n - kk + 1);
    for (std::size_t i = begin; i + kk <= end; ++i) {
        std::uint64_t h = 0;
        for (std::size_t j = 0; j < kk; ++j)
            h = combineHash(h, words[i + j]);
        shingles.push_back(h);
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

std::size_t ShingleSet::intersectionSize(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b)
{
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return common;
}

double ShingleSet::jaccardDistance(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b)
{
    if (a.empty() && b.empty())
        return 0.0;
    const std::size_t common = intersectionSize(a, b);
    const std::size_t unionSize = a.size() + b.size() - common;
    return 1.0 - double(common) / double(unionSize);
}

double ShingleSet::containment(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b)
{
    if (a.empty())
        return 1.0;
    return double(intersectionSize(a, b)) / double(a.size());
}

} // namespace sslrec
