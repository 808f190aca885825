#include "compare/sequencealigner.h"

#include <algorithm>
#include <unordered_map>

namespace sslrec {

namespace {

using Matches = std::vector<std::pair<int, int>>;

// Myers' work is about (n + m) * D per gap. One budget for the whole
// alignment keeps every input, however hostile, near-linear: past it the
// aligner anchors on unique lines and then matches greedily in a window.
// (SequenceAligner::kDefaultBudget, or the caller's.)
constexpr int kGreedyWindow = 64;

class Aligner
{
public:
    Aligner(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b, int maxCost, long long workBudget)
        : budget(workBudget), m_a(a), m_b(b), m_maxCost(maxCost) {}

    void run(int a0, int a1, int b0, int b1, int depth);
    Matches matches;
    bool approximate = false;
    long long budget; // work left; see kDefaultBudget

private:
    bool myers(int a0, int a1, int b0, int b1);
    bool patience(int a0, int a1, int b0, int b1, int depth);
    void greedy(int a0, int a1, int b0, int b1);

    const std::vector<std::uint64_t> &m_a;
    const std::vector<std::uint64_t> &m_b;
    int m_maxCost;
};

void Aligner::run(int a0, int a1, int b0, int b1, int depth)
{
    // Common prefix and suffix cost nothing and shrink the hard part.
    while (a0 < a1 && b0 < b1 && m_a[std::size_t(a0)] == m_b[std::size_t(b0)]) {
        matches.emplace_back(a0, b0);
        ++a0;
        ++b0;
    }
    int suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[std::size_t(a1 - suffix - 1)] == m_b[std::size_t(b1 - suffix - 1)])
        ++suffix;
    if (a0 < a1 - suffix && b0 < b1 - suffix) {
        if (!myers(a0, a1 - suffix, b0, b1 - suffix)) {
            approximate = true;
            if (depth > 8 || !patience(a0, a1 - suffix, b0, b1 - suffix, depth))
                greedy(a0, a1 - suffix, b0, b1 - suffix);
        }
    }
    for (int k = suffix; k > 0; --k)
        matches.emplace_back(a1 - k, b1 - k);
}

bool Aligner::myers(int a0, int a1, int b0, int b1)
{
    const int n = a1 - a0;
    const int m = b1 - b0;
    const int maxD = int(std::min<long long>({n + m, m_maxCost, budget / (n + m)}));
    if (maxD <= 0)
        return false;
    const int offset = maxD + 1;
    std::vector<int> v(std::size_t(2 * offset + 1), 0);
    std::vector<std::vector<int>> trace;
    trace.reserve(std::size_t(std::min(maxD, 64)) + 1);
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        budget -= n + m;
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[std::size_t(offset + k - 1)] < v[std::size_t(offset + k + 1)]))
                x = v[std::size_t(offset + k + 1)];
            else
                x = v[std::size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && m_a[std::size_t(a0 + x)] == m_b[std::size_t(b0 + y)]) {
                ++x;
                ++y;
            }
            v[std::size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        // Only the live diagonals are kept per step: O(D²) memory in total.
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (found < 0)
        return false;

    Matches local;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[std::size_t(d - 1)];
        const auto at = [&](int k) { return prev[std::size_t(k + (d - 1))]; };
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && at(k - 1) < at(k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        // The step's edit lands at startX; the snake after it is all matches.
        const int startX = prevK == k + 1 ? prevX : prevX + 1;
        while (x > startX) {
            local.emplace_back(a0 + x - 1, b0 + y - 1);
            --x;
            --y;
        }
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        local.emplace_back(a0 + x - 1, b0 + y - 1);
        --x;
        --y;
    }
    std::reverse(local.begin(), local.end());
    matches.insert(matches.end(), local.begin(), local.end());
    return true;
}

// Matches equal elements in order, looking at most kGreedyWindow ahead on
// either side for the nearer partner; what stays unmatched is shown as
// changed, inserted or deleted lines. Linear in the gap.
void Aligner::greedy(int a0, int a1, int b0, int b1)
{
    int i = a0;
    int j = b0;
    while (i < a1 && j < b1) {
        if (m_a[std::size_t(i)] == m_b[std::size_t(j)]) {
            matches.emplace_back(i++, j++);
            continue;
        }
        int skipB = 0;
        int skipA = 0;
        for (int k = 1; k <= kGreedyWindow && (skipB == 0 || skipA == 0); ++k) {
            if (skipB == 0 && j + k < b1 && m_b[std::size_t(j + k)] == m_a[std::size_t(i)])
                skipB = k;
            if (skipA == 0 && i + k < a1 && m_a[std::size_t(i + k)] == m_b[std::size_t(j)])
                skipA = k;
        }
        if (skipB > 0 && (skipA == 0 || skipB <= skipA))
            j += skipB;
        else if (skipA > 0)
            i += skipA;
        else {
            ++i;
            ++j;
        }
    }
}

bool Aligner::patience(int a0, int a1, int b0, int b1, int depth)
{
    // Elements that occur exactly once on each side anchor the alignment.
    std::unordered_map<std::uint64_t, std::pair<int, int>> counts; // hash -> (count in a, index)
    counts.reserve(std::size_t(a1 - a0));
    for (int i = a0; i < a1; ++i) {
        auto &e = counts[m_a[std::size_t(i)]];
        e.first += 1;
        e.second = i;
    }
    std::unordered_map<std::uint64_t, std::pair<int, int>> inB;
    inB.reserve(std::size_t(b1 - b0));
    for (int j = b0; j < b1; ++j) {
        auto &e = inB[m_b[std::size_t(j)]];
        e.first += 1;
        e.second = j;
    }
    std::vector<std::pair<int, int>> candidates; // ordered by a
    for (int i = a0; i < a1; ++i) {
        const auto ca = counts.find(m_a[std::size_t(i)]);
        if (ca->second.first != 1)
            continue;
        const auto cb = inB.find(m_a[std::size_t(i)]);
        if (cb != inB.end() && cb->second.first == 1)
            candidates.emplace_back(i, cb->second.second);
    }
    if (candidates.empty())
        return false;

    // Longest increasing subsequence of b positions (patience sorting).
    std::vector<int> tails;      // index into candidates of the smallest tail per length
    std::vector<int> previous(candidates.size(), -1);
    for (int c = 0; c < int(candidates.size()); ++c) {
        const int bj = candidates[std::size_t(c)].second;
        const auto pos = std::lower_bound(tails.begin(), tails.end(), bj, [&](int idx, int value) {
            return candidates[std::size_t(idx)].second < value;
        });
        if (pos != tails.begin())
            previous[std::size_t(c)] = *(pos - 1);
        if (pos == tails.end())
            tails.push_back(c);
        else
            *pos = c;
    }
    std::vector<std::pair<int, int>> anchors;
    for (int c = tails.back(); c >= 0; c = previous[std::size_t(c)])
        anchors.push_back(candidates[std::size_t(c)]);
    std::reverse(anchors.begin(), anchors.end());

    int pa = a0;
    int pb = b0;
    for (const auto &[ai, bj] : anchors) {
        run(pa, ai, pb, bj, depth + 1);
        matches.emplace_back(ai, bj);
        pa = ai + 1;
        pb = bj + 1;
    }
    run(pa, a1, pb, b1, depth + 1);
    return true;
}

} // namespace

std::vector<std::pair<int, int>> SequenceAligner::align(const std::vector<std::uint64_t> &a,
                                                        const std::vector<std::uint64_t> &b, int maxCost,
                                                        bool *approximate, long long *budget)
{
    Aligner aligner(a, b, std::max(1, maxCost), budget ? *budget : kDefaultBudget);
    aligner.run(0, int(a.size()), 0, int(b.size()), 0);
    if (approximate)
        *approximate = aligner.approximate;
    if (budget)
        *budget = std::max(0LL, aligner.budget);
    return std::move(aligner.matches);
}

} // namespace sslrec
