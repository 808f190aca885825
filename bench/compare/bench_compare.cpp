// Accuracy and throughput of sslrec's Comparator against the Paracha et al.
// baseline on the labelled corpus, gumbo's own speed on the same bytes, and
// the differ on 1 MB page pairs. Run a release build:
//   bench_compare [--verbose] [--repeat N] [--dump ID DIR]
#include "comparecorpus.h"
#include "cputimer.h"
#include "differbench.h"

#include "compare/baselinecomparator.h"
#include "compare/comparator.h"
#include "compare/contentnormalizer.h"
#include "compare/htmlcondenser.h"
#include "compare/htmltreebuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>

#include <gumbo.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace sslrec;
using namespace sslrec::corpus;

namespace {

struct Tally
{
    int sameSame = 0, sameDiff = 0, diffSame = 0, diffDiff = 0; // expected/got
    QMap<QString, QPair<int, int>> perKind;                      // kind -> (correct, total)
    void add(const CorpusPair &p, Verdict v)
    {
        const bool gotSame = v == Verdict::Same;
        (p.expectSame ? (gotSame ? sameSame : sameDiff) : (gotSame ? diffSame : diffDiff))++;
        auto &k = perKind[p.kind];
        k.first += gotSame == p.expectSame;
        k.second += 1;
    }
    int total() const { return sameSame + sameDiff + diffSame + diffDiff; }
    double accuracy() const { return double(sameSame + diffDiff) / std::max(1, total()); }
};

void printTally(const char *name, const Tally &t, double seconds)
{
    std::printf("\n== %s ==\n", name);
    std::printf("                 got same  got different\n");
    std::printf("expected same    %8d  %13d\n", t.sameSame, t.sameDiff);
    std::printf("expected diff    %8d  %13d   <- false \"same\": %d\n", t.diffSame, t.diffDiff, t.diffSame);
    std::printf("accuracy %.2f%% over %d pairs; %.0f pairs/s\n", 100.0 * t.accuracy(), t.total(), t.total() / seconds);
}

// Gumbo with an arena, as HtmlNormalizer runs it, and nothing else.
double gumboSeconds(const std::vector<std::string_view> &documents)
{
    std::vector<char> arena(std::size_t(256) << 20);
    struct Bump
    {
        char *base;
        std::size_t used, size;
    } bump{arena.data(), 0, arena.size()};
    GumboOptions options = kGumboDefaultOptions;
    options.userdata = &bump;
    options.allocator = [](void *self, std::size_t n) -> void * {
        auto *b = static_cast<Bump *>(self);
        n = (n + 15) & ~std::size_t(15);
        if (b->used + n > b->size)
            std::abort();
        void *p = b->base + b->used;
        b->used += n;
        return p;
    };
    options.deallocator = [](void *, void *) {};
    options.max_errors = 0;
    CpuTimer timer;
    for (const std::string_view d : documents) {
        bump.used = 0;
        gumbo_parse_with_options(&options, d.data(), d.size());
    }
    return timer.seconds();
}

struct Throughput
{
    double parsedBytes = 0;   // both sides of pairs the comparator parsed (HTML)
    double parsedSeconds = 0;
    int parsedPairs = 0;
    int refetches = 0;
    double identicalBytes = 0; // byte-identical pairs: short-circuit, no parse
    double identicalSeconds = 0;
    int identicalPairs = 0;
    double otherSeconds = 0;   // status/type rules, text and image types
    int otherPairs = 0;
    std::vector<std::string_view> parsedDocuments;
};

// As the scan engine does it: compare; near the line, compare again with
// the re-fetch, reusing the two normal forms the first call returned.
PageComparison judge(const Comparator &comparator, const CorpusPair &p, int *refetches)
{
    PageComparison c = comparator.compare(p.http, p.https);
    if (c.nearThreshold) {
        ++*refetches;
        ComparedResponse http = p.http;
        ComparedResponse https = p.https;
        http.normalized = c.httpNormalized;
        https.normalized = c.httpsNormalized;
        c = comparator.compare(http, https, &p.httpRefetch);
    }
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool verbose = args.contains(QLatin1String("--verbose"));
    const qsizetype repeatAt = args.indexOf(QLatin1String("--repeat"));
    const int repeat = repeatAt > 0 && repeatAt + 1 < args.size() ? std::max(1, args.at(repeatAt + 1).toInt()) : 1;

    CpuTimer timer;
    QString problem;
    const QList<CorpusPair> pairs = CompareCorpus::build(CompareCorpus::kDefaultSeed, &problem);
    if (pairs.isEmpty()) {
        std::fprintf(stderr, "bench_compare: %s\n", qPrintable(problem));
        return 1;
    }
    const qsizetype dumpAt = args.indexOf(QLatin1String("--dump"));
    if (dumpAt > 0 && dumpAt + 2 < args.size()) {
        // --dump ID DIR: write one pair's bodies for a closer look with sslrec-cli compare.
        for (const CorpusPair &p : pairs) {
            if (p.id != args.at(dumpAt + 1))
                continue;
            for (const auto &[name, body] : {std::pair{"http", p.http.body}, {"https", p.https.body}, {"refetch", p.httpRefetch.body}}) {
                QFile f(args.at(dumpAt + 2) + QLatin1Char('/') + QLatin1String(name));
                if (f.open(QIODevice::WriteOnly))
                    f.write(body);
            }
        }
        return 0;
    }
    std::printf("corpus: %lld pairs built in %.2f s\n", qlonglong(pairs.size()), timer.seconds());

    // sslrec, end to end: nothing precomputed, every body parsed at most once.
    const Comparator comparator;
    Tally ours;
    Throughput t;
    QStringList misses;
    for (int round = 0; round < repeat; ++round) {
        for (const CorpusPair &p : pairs) {
            int refetches = 0;
            timer.restart();
            const PageComparison c = judge(comparator, p, &refetches);
            const double s = timer.seconds();
            const bool parsed = c.httpNormalized && c.httpsNormalized && c.httpNormalized->kind == ContentKind::Html
                                && c.httpsNormalized->kind == ContentKind::Html;
            if (c.reasonCode == QLatin1String("identical")) {
                t.identicalBytes += p.http.body.size() + p.https.body.size();
                t.identicalSeconds += s;
                t.identicalPairs += round == 0;
            } else if (parsed) {
                t.parsedBytes += p.http.body.size() + p.https.body.size();
                t.parsedSeconds += s;
                t.parsedPairs += round == 0;
                t.refetches += round == 0 ? refetches : 0;
                if (round == 0) {
                    t.parsedDocuments.emplace_back(p.http.body.constData(), std::size_t(p.http.body.size()));
                    t.parsedDocuments.emplace_back(p.https.body.constData(), std::size_t(p.https.body.size()));
                }
            } else {
                t.otherSeconds += s;
                t.otherPairs += round == 0;
            }
            if (round > 0)
                continue;
            ours.add(p, c.verdict);
            if ((c.verdict == Verdict::Same) != p.expectSame)
                misses << QStringLiteral("  %1: got %2 (%3: %4)").arg(p.id, verdictName(c.verdict), c.reasonCode, c.reason);
        }
    }
    const double oursSeconds = (t.parsedSeconds + t.identicalSeconds + t.otherSeconds) / repeat;

    // The baseline on precomputed normal forms with its unmasked shingles.
    QList<CorpusPair> withForms = pairs;
    NormalizeOptions baselineForms;
    baselineForms.displayText = false;
    for (CorpusPair &p : withForms) {
        for (ComparedResponse *r : {&p.http, &p.https, &p.httpRefetch})
            r->normalized = r->normalizedContent(baselineForms);
    }
    const BaselineComparator baseline;
    Tally base;
    timer.restart();
    for (const CorpusPair &p : withForms)
        base.add(p, baseline.compare(p.http, p.https, &p.httpRefetch).verdict);
    const double baseSeconds = timer.seconds();

    printTally("baseline (Paracha et al. 2020; compare only, normal forms precomputed)", base, baseSeconds);
    printTally("sslrec Comparator (end to end: parse, compare, re-fetch when near)", ours, oursSeconds);
    std::printf("\n%-22s %6s %9s %9s\n", "kind", "pairs", "baseline", "sslrec");
    for (auto it = ours.perKind.cbegin(); it != ours.perKind.cend(); ++it) {
        const auto b = base.perKind.value(it.key());
        std::printf("%-22s %6d %8.0f%% %8.0f%%\n", qPrintable(it.key()), it->second, 100.0 * b.first / b.second,
                    100.0 * it->first / it->second);
    }
    if (verbose && !misses.isEmpty())
        std::printf("\nsslrec misclassified:\n%s\n", qPrintable(misses.join(QLatin1Char('\n'))));

    // Throughput, per core (CPU time of this thread).
    const double mb = 1e6;
    std::printf("\n== throughput (CPU time per core, %d round(s)) ==\n", repeat);
    std::printf("HTML pairs parsed and compared: %d pairs, %.1f MB (both sides) -> %.1f MB/s, %.0f pairs/s "
                "(re-fetch parsed for %d)\n",
                t.parsedPairs, t.parsedBytes / mb / repeat, t.parsedBytes / mb / t.parsedSeconds,
                t.parsedPairs * repeat / t.parsedSeconds, t.refetches);
    std::printf("byte-identical pairs (never parsed): %d pairs, %.1f MB -> %.0f MB/s\n", t.identicalPairs,
                t.identicalBytes / mb / repeat, t.identicalBytes / mb / std::max(1e-9, t.identicalSeconds));
    std::printf("other pairs (status/type rules, JSON, CSS, images): %d pairs in %.3f s\n", t.otherPairs,
                t.otherSeconds / repeat);

    double gumboBytes = 0;
    std::vector<std::string> condensed;
    for (const std::string_view d : t.parsedDocuments) {
        gumboBytes += double(d.size());
        HtmlCondenser::Output out;
        if (HtmlCondenser::condense(d, &out))
            condensed.push_back(std::move(out.html));
    }
    const double gumboOriginal = gumboSeconds(t.parsedDocuments);
    std::vector<std::string_view> condensedViews(condensed.begin(), condensed.end());
    double condensedBytes = 0;
    for (const std::string_view d : condensedViews)
        condensedBytes += double(d.size());
    const double gumboCondensed = gumboSeconds(condensedViews);
    timer.restart();
    for (const std::string_view d : t.parsedDocuments) {
        HtmlCondenser::Output out;
        HtmlCondenser::condense(d, &out);
    }
    const double condenseSeconds = timer.seconds();
    std::printf("gumbo alone on the same %.1f MB: %.1f MB/s (the parser's ceiling without condensing)\n", gumboBytes / mb,
                gumboBytes / mb / gumboOriginal);
    std::printf("gumbo alone on the condensed copies (%.0f%% of the bytes): %.2f s = %.1f MB/s of original HTML; "
                "condensing itself: %.0f MB/s\n",
                100.0 * condensedBytes / gumboBytes, gumboCondensed, gumboBytes / mb / gumboCondensed,
                gumboBytes / mb / condenseSeconds);

    int built = 0;
    double builtBytes = 0;
    timer.restart();
    for (const std::string_view d : condensedViews) {
        GumboArena arena;
        if (HtmlTreeBuilder::build(d, &arena)) {
            ++built;
            builtBytes += double(d.size());
        }
    }
    const double builderSeconds = timer.seconds();
    std::printf("HtmlTreeBuilder on the condensed copies: %.2f s = %.1f MB/s of original HTML; built %d of %zu, "
                "%.0f%% of their bytes (gumbo parses the rest)\n",
                builderSeconds, gumboBytes / mb / builderSeconds, built, condensedViews.size(),
                100.0 * builtBytes / std::max(1.0, condensedBytes));

    benchDiffer();
    return 0;
}
