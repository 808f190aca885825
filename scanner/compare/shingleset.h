#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sslrec {

/// Word k-shingles as a sorted vector of unique 64-bit hashes, and the set
/// measures the comparator uses. Pure functions; thread-safe.
class ShingleSet
{
public:
    static constexpr int kDefaultSize = 5;

    /// Shingles of words[begin, end). Fewer than @p k words still give one
    /// shingle (of all of them), so short texts compare; none give none.
    static std::vector<std::uint64_t> build(const std::vector<std::uint64_t> &words, std::size_t begin,
                                            std::size_t end, int k = kDefaultSize);
    static std::vector<std::uint64_t> build(const std::vector<std::uint64_t> &words, int k = kDefaultSize)
    {
        return build(words, 0, words.size(), k);
    }

    /// The shingles of @p words in document order, repeats kept (what build() sorts).
    static std::vector<std::uint64_t> sequence(const std::vector<std::uint64_t> &words, int k = kDefaultSize);

    /// @p shingles sorted, repeats removed: a set for the measures below.
    static std::vector<std::uint64_t> sortedUnique(std::vector<std::uint64_t> shingles);

    /// The longest run of consecutive elements of @p sequence missing from
    /// the set @p other; with @p stable, elements missing from @p stable too
    /// (they change between two fetches of the same page) break the run.
    static int longestMissingRun(const std::vector<std::uint64_t> &sequence, const std::vector<std::uint64_t> &other,
                                 const std::vector<std::uint64_t> *stable = nullptr);

    /// |a ∩ b| for two sorted unique vectors.
    static std::size_t intersectionSize(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b);

    /// 1 - |a ∩ b| / |a ∪ b|; 0 when both are empty, 1 when only one is.
    static double jaccardDistance(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b);

    /// |a ∩ b| / |a|: how much of @p a survives in @p b; 1 when @p a is empty.
    static double containment(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b);
};

} // namespace sslrec
