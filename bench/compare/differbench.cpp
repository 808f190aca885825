#include "differbench.h"

#include "cputimer.h"

#include "compare/contentnormalizer.h"
#include "compare/differ.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace sslrec;

namespace {

constexpr qsizetype kMegabyte = 1024 * 1024;
const QString kPgDocs = QStringLiteral("/usr/share/doc/postgresql-doc-15/html/");

// About 1 MB of consecutive postgresql-doc pages, starting at file @p offset.
QByteArray megabytePage(int offset)
{
    QByteArray out;
    const QStringList files = QDir(kPgDocs).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (int i = offset; i < files.size() && out.size() < kMegabyte; ++i) {
        QFile f(kPgDocs + files[i]);
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out.left(kMegabyte);
}

// The same page with scattered edits: every 50th line changed, 20 blocks of
// five lines gone, ten blocks of new lines.
QByteArray scatteredEdits(const QByteArray &page)
{
    QList<QByteArray> lines = page.split('\n');
    for (int i = 0; i < lines.size(); i += 50)
        lines[i] = "<!-- generated " + QByteArray::number(i * 7919) + " -->" + lines[i];
    for (int i = 0; i < 20 && lines.size() > 1000; ++i)
        lines.remove(lines.size() / 21 * (i + 1), 5);
    for (int i = 0; i < 10; ++i)
        lines.insert(lines.size() / 11 * (i + 1), "<p>inserted paragraph " + QByteArray::number(i) + "</p>");
    return lines.join('\n');
}

// 1 MB of lines drawn from only three values, in a different order on each
// side: every line has thousands of partners, no line is unique.
QByteArray repeatedLines(quint64 seed)
{
    static const QByteArray kLines[] = {"<tr><td>row</td></tr>", "<td>&nbsp;</td>", "</table>"};
    QByteArray out;
    while (out.size() < kMegabyte) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        out += kLines[(seed >> 33) % 3];
        out += '\n';
    }
    return out;
}

// Lines of about 4 KB (the longest the differ still splits into words),
// different on every line: the worst case for the changed ranges.
QByteArray longWordLines(quint64 seed)
{
    QByteArray out;
    while (out.size() < kMegabyte) {
        for (int w = 0; w < 600; ++w) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            out += "w" + QByteArray::number(qulonglong(seed >> 52)) + ' ';
        }
        out += '\n';
    }
    return out;
}

void report(const char *label, const DiffResult &r, double ms)
{
    std::printf("differ %-38s %7.1f ms%s (%lld rows: %d equal, %d changed, %d inserted, %d deleted%s)\n", label, ms,
                ms > 100 ? " OVER 100 ms" : "", qlonglong(r.rows.size()), r.equal, r.changed, r.inserted, r.deleted,
                r.approximate ? ", approximate" : "");
}

void timeRaw(const char *label, const QByteArray &a, const QByteArray &b)
{
    CpuTimer timer;
    const DiffResult r = Differ::diffRaw(a, b);
    report(label, r, timer.nsecsElapsed() / 1e6);
}

void timeNormalised(const char *label, const QByteArray &a, const QByteArray &b)
{
    const QString pa = Differ::prettyPrint(ContentNormalizer::normalize(a, QStringLiteral("text/html")));
    const QString pb = Differ::prettyPrint(ContentNormalizer::normalize(b, QStringLiteral("text/html")));
    CpuTimer timer;
    const DiffResult r = Differ::diff(pa, pb);
    report(label, r, timer.nsecsElapsed() / 1e6);
}

} // namespace

void benchDiffer()
{
    const QByteArray page = megabytePage(0);
    if (page.isEmpty()) {
        std::printf("\n(differ: postgresql-doc-15 not installed, skipped)\n");
        return;
    }
    const QByteArray edited = scatteredEdits(page);
    const QByteArray unrelated = megabytePage(400);
    std::printf("\n== differ (CPU time; target: a 1 MB pair in under 100 ms) ==\n");
    std::printf("pages: %.2f MB postgresql-doc concatenation, %.2f MB edited copy, %.2f MB unrelated pages\n",
                page.size() / 1048576.0, edited.size() / 1048576.0, unrelated.size() / 1048576.0);
    timeRaw("raw, scattered edits", page, edited);
    timeRaw("raw, all different", page, unrelated);
    timeRaw("raw, empty vs 1 MB", QByteArray(), page);
    timeRaw("raw, repeated lines (3 values)", repeatedLines(1), repeatedLines(2));
    QByteArray longLine = page;
    longLine.replace('\n', ' ');
    QByteArray longEdited = edited;
    longEdited.replace('\n', ' ');
    timeRaw("raw, one 1 MB line each", longLine, longEdited);
    timeRaw("raw, 4 KB lines, all different", longWordLines(3), longWordLines(4));
    QByteArray crlf = page;
    crlf.replace("\n", "\r\n");
    timeRaw("raw, CRLF vs LF", crlf, edited);
    timeNormalised("normalised, scattered edits", page, edited);
    timeNormalised("normalised, all different", page, unrelated);
}
