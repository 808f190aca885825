// Shingle sets: the measures the comparator's verdicts rest on, checked
// against plain reference implementations on random and edge-case inputs.
#include "compare/contenthash.h"
#include "compare/shingleset.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace sslrec;

namespace {

// The definition, with std::binary_search: what the fast look-up must match.
int referenceMissingRun(const std::vector<std::uint64_t> &sequence, const std::vector<std::uint64_t> &other,
                        const std::vector<std::uint64_t> *stable)
{
    int best = 0;
    int run = 0;
    for (const std::uint64_t x : sequence) {
        const bool missing = !std::binary_search(other.begin(), other.end(), x)
                             && (!stable || std::binary_search(stable->begin(), stable->end(), x));
        run = missing ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

std::vector<std::uint64_t> randomHashes(std::mt19937_64 &rng, std::size_t n)
{
    std::vector<std::uint64_t> v(n);
    for (std::uint64_t &x : v)
        x = mixHash(rng());
    return v;
}

} // namespace

class tst_ShingleSet : public QObject
{
    Q_OBJECT

private slots:
    void longestMissingRunMatchesDefinition_data();
    void longestMissingRunMatchesDefinition();
    void longestMissingRunEdges();
    void setsAreSortedAndUnique();
};

void tst_ShingleSet::longestMissingRunMatchesDefinition_data()
{
    QTest::addColumn<int>("sequenceSize");
    QTest::addColumn<int>("otherSize");
    QTest::addColumn<bool>("withStable");
    QTest::newRow("small") << 40 << 30 << false;
    QTest::newRow("page") << 5000 << 4800 << false;
    QTest::newRow("page, stable") << 5000 << 4800 << true;
    QTest::newRow("other empty") << 300 << 0 << false;
    QTest::newRow("other one") << 300 << 1 << true;
    // Past the look-up table's largest size: several values per bucket.
    QTest::newRow("3M") << 200000 << 3000000 << true;
}

void tst_ShingleSet::longestMissingRunMatchesDefinition()
{
    QFETCH(int, sequenceSize);
    QFETCH(int, otherSize);
    QFETCH(bool, withStable);
    std::mt19937_64 rng(20261127 + sequenceSize + otherSize);
    // The sequence takes most of its values from the other set and the
    // stable set, the rest new, in runs, as an edited page would.
    std::vector<std::uint64_t> otherValues = randomHashes(rng, std::size_t(otherSize));
    std::vector<std::uint64_t> stableValues = randomHashes(rng, std::size_t(otherSize / 2 + 1));
    std::vector<std::uint64_t> sequence;
    std::uniform_int_distribution<int> source(0, 9);
    std::uniform_int_distribution<int> runLength(1, 40);
    while (sequence.size() < std::size_t(sequenceSize)) {
        const int kind = source(rng);
        for (int i = runLength(rng); i > 0 && sequence.size() < std::size_t(sequenceSize); --i) {
            if (kind < 6 && !otherValues.empty())
                sequence.push_back(otherValues[rng() % otherValues.size()]);
            else if (kind < 8)
                sequence.push_back(stableValues[rng() % stableValues.size()]);
            else
                sequence.push_back(mixHash(rng()));
        }
    }
    const std::vector<std::uint64_t> other = ShingleSet::sortedUnique(otherValues);
    const std::vector<std::uint64_t> stable = ShingleSet::sortedUnique(stableValues);
    const std::vector<std::uint64_t> *stablePtr = withStable ? &stable : nullptr;
    const int expected = referenceMissingRun(sequence, other, stablePtr);
    QVERIFY(expected > 0);
    QCOMPARE(ShingleSet::longestMissingRun(sequence, other, stablePtr), expected);
}

void tst_ShingleSet::longestMissingRunEdges()
{
    const std::vector<std::uint64_t> none;
    const std::vector<std::uint64_t> some = ShingleSet::sortedUnique({0, 1, ~0ULL, 1ULL << 63, (1ULL << 63) - 1});
    QCOMPARE(ShingleSet::longestMissingRun(none, none), 0);
    QCOMPARE(ShingleSet::longestMissingRun(none, some), 0);
    QCOMPARE(ShingleSet::longestMissingRun({5, 6, 7}, none), 3);
    // The extremes of the value range sit in the first and last buckets.
    QCOMPARE(ShingleSet::longestMissingRun({0, ~0ULL, 1ULL << 63, (1ULL << 63) - 1, 1}, some), 0);
    QCOMPARE(ShingleSet::longestMissingRun({0, 2, 3, ~0ULL, ~0ULL - 1}, some), 2);
    // With a stable set, values missing from it too are noise: they break runs.
    const std::vector<std::uint64_t> stable = ShingleSet::sortedUnique({2, 3});
    QCOMPARE(ShingleSet::longestMissingRun({2, 3, 4, 2}, some, &stable), 2);
}

void tst_ShingleSet::setsAreSortedAndUnique()
{
    std::mt19937_64 rng(7);
    std::vector<std::uint64_t> words = randomHashes(rng, 2000);
    words.insert(words.end(), words.begin(), words.begin() + 500); // repeated text
    const std::vector<std::uint64_t> set = ShingleSet::build(words);
    QVERIFY(std::is_sorted(set.begin(), set.end()));
    QVERIFY(std::adjacent_find(set.begin(), set.end()) == set.end());
    const std::vector<std::uint64_t> sequence = ShingleSet::sequence(words);
    QCOMPARE(sequence.size(), words.size() - ShingleSet::kDefaultSize + 1);
    std::vector<std::uint64_t> sorted = sequence;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QCOMPARE(set, sorted);
}

QTEST_APPLESS_MAIN(tst_ShingleSet)
#include "tst_shingleset.moc"
