#include "compare/shingleset.h"

#include "compare/contenthash.h"

#include <algorithm>
#include <optional>

namespace sslrec {

namespace {

// Word hashes are already avalanched (mixHash): a rotate-xor-multiply chain
// keeps the order of the k words, one final mix spreads the result.
inline std::uint64_t shingleHash(const std::uint64_t *w, std::size_t k)
{
    std::uint64_t h = 0x5348494e474c4531ULL;
    for (std::size_t j = 0; j < k; ++j)
        h = (((h << 23) | (h >> 41)) ^ w[j]) * 0x9e3779b97f4a7c15ULL;
    return mixHash(h);
}

// LSD radix sort on the high 32 bits (four 8-bit digits, histograms from
// one pass), then one insertion pass that orders the rare values sharing
// their high half: several times faster than std::sort for page-sized sets.
void radixSort(std::vector<std::uint64_t> &v)
{
    if (v.size() < 256) {
        std::sort(v.begin(), v.end());
        return;
    }
    std::size_t counts[8][256] = {};
    for (const std::uint64_t x : v) {
        for (int d = 4; d < 8; ++d)
            ++counts[d][(x >> (8 * d)) & 0xFF];
    }
    std::vector<std::uint64_t> buffer(v.size());
    std::uint64_t *from = v.data();
    std::uint64_t *to = buffer.data();
    for (int d = 4; d < 8; ++d) {
        std::size_t *c = counts[d];
        if (c[(from[0] >> (8 * d)) & 0xFF] == v.size())
            continue;
        std::size_t sum = 0;
        for (int b = 0; b < 256; ++b) {
            const std::size_t n = c[b];
            c[b] = sum;
            sum += n;
        }
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::uint64_t x = from[i];
            to[c[(x >> (8 * d)) & 0xFF]++] = x;
        }
        std::swap(from, to);
    }
    if (from != v.data())
        v.swap(buffer);
    for (std::size_t i = 1; i < v.size(); ++i) {
        const std::uint64_t x = v[i];
        std::size_t j = i;
        for (; j > 0 && v[j - 1] > x; --j)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

// Membership in a sorted set of avalanched hashes: the top bits of a value
// say where it would be (a table of bucket starts, about one value per
// bucket), so a look-up reads one or two values instead of a binary search's
// dozen scattered ones.
class SortedLookup
{
public:
    explicit SortedLookup(const std::vector<std::uint64_t> &sorted) : m_values(sorted)
    {
        int bits = 1;
        while (bits < 20 && (std::size_t(1) << bits) < sorted.size())
            ++bits;
        m_shift = 64 - bits;
        m_starts.assign((std::size_t(1) << bits) + 1, 0);
        std::size_t i = 0;
        for (std::size_t b = 0; b + 1 < m_starts.size(); ++b) {
            m_starts[b] = std::uint32_t(i);
            while (i < sorted.size() && (sorted[i] >> m_shift) == b)
                ++i;
        }
        m_starts.back() = std::uint32_t(sorted.size());
    }

    bool contains(std::uint64_t x) const
    {
        const std::size_t b = x >> m_shift;
        for (std::uint32_t i = m_starts[b], end = m_starts[b + 1]; i < end; ++i) {
            if (m_values[i] >= x)
                return m_values[i] == x;
        }
        return false;
    }

private:
    const std::vector<std::uint64_t> &m_values;
    std::vector<std::uint32_t> m_starts;
    int m_shift = 63;
};

} // namespace

std::vector<std::uint64_t> ShingleSet::build(const std::vector<std::uint64_t> &words, std::size_t begin,
                                             std::size_t end, int k)
{
    std::vector<std::uint64_t> shingles;
    end = std::min(end, words.size());
    if (begin >= end || k <= 0)
        return shingles;
    const std::size_t n = end - begin;
    const std::size_t kk = std::min(std::size_t(k), n); // fewer words than k: one shingle of them all
    shingles.reserve(n - kk + 1);
    for (std::size_t i = begin; i + kk <= end; ++i)
        shingles.push_back(shingleHash(words.data() + i, kk));
    return sortedUnique(std::move(shingles));
}

std::vector<std::uint64_t> ShingleSet::sequence(const std::vector<std::uint64_t> &words, int k)
{
    std::vector<std::uint64_t> shingles;
    if (words.empty() || k <= 0)
        return shingles;
    const std::size_t kk = std::min(std::size_t(k), words.size());
    shingles.reserve(words.size() - kk + 1);
    for (std::size_t i = 0; i + kk <= words.size(); ++i)
        shingles.push_back(shingleHash(words.data() + i, kk));
    return shingles;
}

std::vector<std::uint64_t> ShingleSet::sortedUnique(std::vector<std::uint64_t> shingles)
{
    radixSort(shingles);
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

int ShingleSet::longestMissingRun(const std::vector<std::uint64_t> &sequence, const std::vector<std::uint64_t> &other,
                                  const std::vector<std::uint64_t> *stable)
{
    if (sequence.empty())
        return 0;
    const SortedLookup inOther(other);
    const std::optional<SortedLookup> inStable = stable ? std::optional<SortedLookup>(*stable) : std::nullopt;
    int best = 0;
    int run = 0;
    for (const std::uint64_t x : sequence) {
        const bool missing = !inOther.contains(x) && (!inStable || inStable->contains(x));
        run = missing ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
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
