// Accuracy and throughput of sslrec's Comparator against the Paracha et al.
// baseline on the labelled corpus, and the differ on a 1 MB page pair.
// Run a release build: bench_compare [--verbose]
#include "comparecorpus.h"

#include "compare/baselinecomparator.h"
#include "compare/comparator.h"
#include "compare/contentnormalizer.h"
#include "compare/differ.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>

#include <cstdio>
#include <ctime>

using namespace sslrec;
using namespace sslrec::corpus;

namespace {

// CPU time of this thread: the machine is shared, and "per core" is what
// the numbers are meant to say, so wall-clock time would mislead.
class CpuTimer
{
public:
    void start() { m_start = now(); }
    void restart() { start(); }
    qint64 nsecsElapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};

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

void printTally(const char *name, const Tally &t, double seconds, double megabytes)
{
    std::printf("\n== %s ==\n", name);
    std::printf("                 got same  got different\n");
    std::printf("expected same    %8d  %13d\n", t.sameSame, t.sameDiff);
    std::printf("expected diff    %8d  %13d   <- false \"same\": %d\n", t.diffSame, t.diffDiff, t.diffSame);
    std::printf("accuracy %.2f%% over %d pairs; %.0f pairs/s, %.1f MB/s (compare only, normal forms precomputed)\n",
                100.0 * t.accuracy(), t.total(), t.total() / seconds, megabytes / seconds);
}

std::shared_ptr<const NormalizedContent> normalizeTimed(const ComparedResponse &r, double *seconds)
{
    CpuTimer timer;
    timer.start();
    auto n = std::make_shared<const NormalizedContent>(ContentNormalizer::normalize(r.body, r.contentType, r.url.host()));
    *seconds += timer.nsecsElapsed() / 1e9;
    return n;
}

QByteArray megabytePage(int offset)
{
    QByteArray out;
    const QStringList files = QDir(QStringLiteral("/usr/share/doc/postgresql-doc-15/html"))
                                  .entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (int i = offset; i < files.size() && out.size() < 1024 * 1024; ++i) {
        QFile f(QStringLiteral("/usr/share/doc/postgresql-doc-15/html/") + files[i]);
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out.left(1024 * 1024);
}

void benchDiffer()
{
    const QByteArray left = megabytePage(0);
    if (left.isEmpty()) {
        std::printf("\n(differ: postgresql-doc-15 not installed, skipped)\n");
        return;
    }
    // A realistic pair: same page, every 50th line changed, a few blocks gone.
    QList<QByteArray> lines = left.split('\n');
    for (int i = 0; i < lines.size(); i += 50)
        lines[i] = "<!-- generated " + QByteArray::number(i * 7919) + " -->" + lines[i];
    for (int i = 0; i < 20 && lines.size() > 1000; ++i)
        lines.remove(lines.size() / 21 * (i + 1), 5);
    const QByteArray right = lines.join('\n');
    const QByteArray unrelated = megabytePage(400);

    const auto run = [](const char *label, const QByteArray &a, const QByteArray &b) {
        CpuTimer timer;
        timer.start();
        const DiffResult r = Differ::diffRaw(a, b);
        const double ms = timer.nsecsElapsed() / 1e6;
        std::printf("differ %-34s %6.1f ms  (%lld rows: %d equal, %d changed, %d inserted, %d deleted%s)\n", label, ms,
                    qlonglong(r.rows.size()), r.equal, r.changed, r.inserted, r.deleted, r.approximate ? ", approximate" : "");
    };
    std::printf("\n== differ (CPU time), %.2f MB vs %.2f MB ==\n", left.size() / 1048576.0, right.size() / 1048576.0);
    run("raw, similar pages", left, right);
    run("raw, unrelated pages (worst case)", left, unrelated);
    const NormalizedContent nl = ContentNormalizer::normalize(left, QStringLiteral("text/html"));
    const NormalizedContent nr = ContentNormalizer::normalize(right, QStringLiteral("text/html"));
    const QString pl = Differ::prettyPrint(nl);
    const QString pr = Differ::prettyPrint(nr);
    CpuTimer timer;
    timer.start();
    const DiffResult r = Differ::diff(pl, pr);
    std::printf("differ %-34s %6.1f ms  (%lld rows)\n", "normalised, similar pages", timer.nsecsElapsed() / 1e6,
                qlonglong(r.rows.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool verbose = app.arguments().contains(QLatin1String("--verbose"));

    CpuTimer timer;
    timer.start();
    QString problem;
    QList<CorpusPair> pairs = CompareCorpus::build(CompareCorpus::kDefaultSeed, &problem);
    if (pairs.isEmpty()) {
        std::fprintf(stderr, "bench_compare: %s\n", qPrintable(problem));
        return 1;
    }
    const qsizetype dumpAt = app.arguments().indexOf(QLatin1String("--dump"));
    if (dumpAt > 0 && dumpAt + 2 < app.arguments().size()) {
        // --dump ID DIR: write one pair's bodies for a closer look with sslrec-cli compare.
        const QString dir = app.arguments().at(dumpAt + 2);
        for (const CorpusPair &p : pairs) {
            if (p.id != app.arguments().at(dumpAt + 1))
                continue;
            for (const auto &[name, body] : {std::pair{"http", p.http.body}, {"https", p.https.body}, {"refetch", p.httpRefetch.body}}) {
                QFile f(dir + QLatin1Char('/') + QLatin1String(name));
                if (f.open(QIODevice::WriteOnly))
                    f.write(body);
            }
        }
        return 0;
    }
    std::printf("corpus: %lld pairs built in %.2f s\n", qlonglong(pairs.size()), timer.nsecsElapsed() / 1e9);

    double normSeconds = 0;
    double htmlBytes = 0;
    double htmlSeconds = 0;
    double allBytes = 0;
    for (CorpusPair &p : pairs) {
        for (ComparedResponse *r : {&p.http, &p.https, &p.httpRefetch}) {
            double s = 0;
            r->normalized = normalizeTimed(*r, &s);
            normSeconds += s;
            allBytes += r->body.size();
            if (r->normalized->kind == ContentKind::Html) {
                htmlBytes += r->body.size();
                htmlSeconds += s;
            }
        }
    }
    std::printf("normalisation (CPU time): %.1f MB in %.2f s = %.1f MB/s overall; HTML %.1f MB at %.1f MB/s (gumbo parse included)\n",
                allBytes / 1e6, normSeconds, allBytes / 1e6 / normSeconds, htmlBytes / 1e6, htmlBytes / 1e6 / htmlSeconds);

    double pairBytes = 0;
    for (const CorpusPair &p : pairs)
        pairBytes += p.http.body.size() + p.https.body.size();

    const Comparator comparator;
    Tally ours;
    int refetches = 0;
    timer.restart();
    QStringList misses;
    for (const CorpusPair &p : pairs) {
        PageComparison c = comparator.compare(p.http, p.https);
        if (c.nearThreshold) {
            ++refetches;
            c = comparator.compare(p.http, p.https, &p.httpRefetch);
        }
        ours.add(p, c.verdict);
        if ((c.verdict == Verdict::Same) != p.expectSame)
            misses << QStringLiteral("  %1: got %2 (%3: %4)").arg(p.id, verdictName(c.verdict), c.reasonCode, c.reason);
    }
    const double oursSeconds = timer.nsecsElapsed() / 1e9;

    const BaselineComparator baseline;
    Tally base;
    timer.restart();
    for (const CorpusPair &p : pairs)
        base.add(p, baseline.compare(p.http, p.https, &p.httpRefetch).verdict);
    const double baseSeconds = timer.nsecsElapsed() / 1e9;

    printTally("baseline (Paracha et al. 2020)", base, baseSeconds, pairBytes / 1e6);
    printTally("sslrec Comparator", ours, oursSeconds, pairBytes / 1e6);
    std::printf("re-fetches used by sslrec: %d of %lld pairs\n", refetches, qlonglong(pairs.size()));
    std::printf("end to end (normalise both sides + compare): %.0f pairs/s, %.1f MB/s\n",
                pairs.size() / (normSeconds * 2 / 3 + oursSeconds), pairBytes / 1e6 / (normSeconds * 2 / 3 + oursSeconds));

    std::printf("\n%-22s %6s %9s %9s\n", "kind", "pairs", "baseline", "sslrec");
    for (auto it = ours.perKind.cbegin(); it != ours.perKind.cend(); ++it) {
        const auto b = base.perKind.value(it.key());
        std::printf("%-22s %6d %8.0f%% %8.0f%%\n", qPrintable(it.key()), it->second, 100.0 * b.first / b.second,
                    100.0 * it->first / it->second);
    }
    if (verbose && !misses.isEmpty())
        std::printf("\nsslrec misclassified:\n%s\n", qPrintable(misses.join(QLatin1Char('\n'))));

    benchDiffer();
    return 0;
}
