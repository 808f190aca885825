#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace sslrec {

/// Aligns two sequences of hashes (lines, or tokens of a line): which
/// elements match, in order. Myers' O((N+M)·D) diff with a cost limit per
/// gap and a work budget for the whole call; past them, patience-style
/// anchoring on elements unique to both sides, then greedy matching within
/// a small window, so the worst case stays near-linear. Thread-safe.
class SequenceAligner
{
public:
    /// Matching index pairs (i in a, j in b), strictly increasing in both.
    /// @p maxCost bounds the edit distance Myers explores per gap.
    /// @p approximate is set when a fallback was used (the alignment may not be minimal).
    /// @p budget, when given, bounds the work (about (n + m) per edit step)
    /// and receives what is left: callers aligning many pairs share one.
    static std::vector<std::pair<int, int>> align(const std::vector<std::uint64_t> &a,
                                                  const std::vector<std::uint64_t> &b, int maxCost = 1000,
                                                  bool *approximate = nullptr, long long *budget = nullptr);

    static constexpr long long kDefaultBudget = 30'000'000; ///< work bound of one call without a shared budget
};

} // namespace sslrec
