#include "compare/differ.h"

#include "compare/contenthash.h"
#include "compare/sequencealigner.h"

#include <algorithm>
#include <vector>

namespace sslrec {

namespace {

struct Line
{
    int start;
    int length;
};

std::vector<Line> splitLines(QStringView text)
{
    std::vector<Line> lines;
    const int n = int(text.size());
    int start = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || c == u'\r') {
            lines.push_back({start, i - start});
            if (c == u'\r' && i + 1 < n && text[i + 1].unicode() == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.push_back({start, n - start});
    return lines;
}

std::uint64_t hashChars(QStringView s)
{
    std::uint64_t h = kFnvOffset;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        h = fnvByte(fnvByte(h, static_cast<unsigned char>(u & 0xFF)), static_cast<unsigned char>(u >> 8));
    }
    return mixHash(h);
}

// Tokens for intra-line diffs: runs of letters/digits, or one other character.
std::vector<Line> tokenize(QStringView s)
{
    std::vector<Line> tokens;
    const int n = int(s.size());
    int i = 0;
    while (i < n) {
        const int start = i;
        if (s[i].isLetterOrNumber()) {
            while (i < n && s[i].isLetterOrNumber())
                ++i;
        } else {
            ++i;
        }
        tokens.push_back({start, i - start});
    }
    return tokens;
}

void prefixSuffixRanges(QStringView l, QStringView r, QList<CharRange> *lr, QList<CharRange> *rr)
{
    const int n = int(std::min(l.size(), r.size()));
    int p = 0;
    while (p < n && l[p] == r[p])
        ++p;
    int s = 0;
    while (s < n - p && l[l.size() - 1 - s] == r[r.size() - 1 - s])
        ++s;
    if (int(l.size()) - p - s > 0)
        lr->append({p, int(l.size()) - p - s});
    if (int(r.size()) - p - s > 0)
        rr->append({p, int(r.size()) - p - s});
}

// Ranges of unmatched tokens, merged when adjacent.
void collectRanges(const std::vector<Line> &tokens, const std::vector<bool> &matched, QList<CharRange> *out)
{
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        if (matched[t])
            continue;
        const Line &tok = tokens[t];
        if (!out->isEmpty() && out->last().start + out->last().length == tok.start)
            out->last().length += tok.length;
        else
            out->append({tok.start, tok.length});
    }
}

constexpr int kMaxIntraLineChars = 4000;
// Word-level alignment of all changed rows together may take this much
// work (SequenceAligner's unit); rows past it get one prefix/suffix range.
constexpr long long kIntraLineBudget = 15'000'000;

void changedRanges(QStringView l, QStringView r, QList<CharRange> *lr, QList<CharRange> *rr, long long *budget)
{
    if (l.size() > kMaxIntraLineChars || r.size() > kMaxIntraLineChars || *budget <= 0) {
        prefixSuffixRanges(l, r, lr, rr);
        return;
    }
    const std::vector<Line> lt = tokenize(l);
    const std::vector<Line> rt = tokenize(r);
    std::vector<std::uint64_t> lh, rh;
    lh.reserve(lt.size());
    rh.reserve(rt.size());
    for (const Line &t : lt)
        lh.push_back(hashChars(l.sliced(t.start, t.length)));
    for (const Line &t : rt)
        rh.push_back(hashChars(r.sliced(t.start, t.length)));
    const auto matches = SequenceAligner::align(lh, rh, 200, nullptr, budget);
    std::vector<bool> lm(lt.size(), false), rm(rt.size(), false);
    for (const auto &[i, j] : matches) {
        lm[std::size_t(i)] = true;
        rm[std::size_t(j)] = true;
    }
    collectRanges(lt, lm, lr);
    collectRanges(rt, rm, rr);
}

} // namespace

DiffResult Differ::diff(QStringView left, QStringView right)
{
    const std::vector<Line> ll = splitLines(left);
    const std::vector<Line> rl = splitLines(right);
    std::vector<std::uint64_t> lh, rh;
    lh.reserve(ll.size());
    rh.reserve(rl.size());
    for (const Line &l : ll)
        lh.push_back(hashChars(left.sliced(l.start, l.length)));
    for (const Line &l : rl)
        rh.push_back(hashChars(right.sliced(l.start, l.length)));

    DiffResult result;
    std::vector<std::pair<int, int>> matches = SequenceAligner::align(lh, rh, 1000, &result.approximate);
    // Hash collisions are astronomically rare, but a row marked equal must be equal.
    matches.erase(std::remove_if(matches.begin(), matches.end(), [&](const std::pair<int, int> &m) {
                      const Line &a = ll[std::size_t(m.first)];
                      const Line &b = rl[std::size_t(m.second)];
                      return left.sliced(a.start, a.length) != right.sliced(b.start, b.length);
                  }),
                  matches.end());
    matches.emplace_back(int(ll.size()), int(rl.size())); // sentinel closes the last gap
    // Every row is allocated once: a gap of g left and h right lines makes
    // max(g, h) rows, and each match one more. (Reserving only the longer
    // side's lines made a diff of two unrelated pages grow the list, moving
    // every row, until it held both.)
    qsizetype rowCount = -1; // the sentinel makes no row
    for (int pi = 0, pj = 0; const auto &[mi, mj] : matches) {
        rowCount += std::max(mi - pi, mj - pj) + 1;
        pi = mi + 1;
        pj = mj + 1;
    }
    result.rows.reserve(rowCount);

    const auto text = [](QStringView all, const Line &l) { return all.sliced(l.start, l.length).toString(); };
    long long intraBudget = kIntraLineBudget;
    int i = 0;
    int j = 0;
    for (const auto &[mi, mj] : matches) {
        const int gapL = mi - i;
        const int gapR = mj - j;
        const int paired = std::min(gapL, gapR);
        for (int k = 0; k < paired; ++k, ++i, ++j) {
            DiffRow row;
            row.kind = DiffRowKind::Changed;
            row.leftLine = i + 1;
            row.rightLine = j + 1;
            row.leftText = text(left, ll[std::size_t(i)]);
            row.rightText = text(right, rl[std::size_t(j)]);
            changedRanges(row.leftText, row.rightText, &row.leftChanges, &row.rightChanges, &intraBudget);
            result.rows.append(std::move(row));
            ++result.changed;
        }
        for (; i < mi; ++i) {
            DiffRow row;
            row.kind = DiffRowKind::Deleted;
            row.leftLine = i + 1;
            row.leftText = text(left, ll[std::size_t(i)]);
            result.rows.append(std::move(row));
            ++result.deleted;
        }
        for (; j < mj; ++j) {
            DiffRow row;
            row.kind = DiffRowKind::Inserted;
            row.rightLine = j + 1;
            row.rightText = text(right, rl[std::size_t(j)]);
            result.rows.append(std::move(row));
            ++result.inserted;
        }
        if (mi < int(ll.size()) && mj < int(rl.size())) {
            DiffRow row;
            row.kind = DiffRowKind::Equal;
            row.leftLine = mi + 1;
            row.rightLine = mj + 1;
            row.leftText = text(left, ll[std::size_t(mi)]);
            row.rightText = row.leftText;
            result.rows.append(std::move(row));
            ++result.equal;
            i = mi + 1;
            j = mj + 1;
        }
    }
    Q_ASSERT(result.rows.size() == rowCount);
    return result;
}

DiffResult Differ::diffRaw(const QByteArray &left, const QByteArray &right)
{
    const QString l = QString::fromUtf8(left);
    const QString r = QString::fromUtf8(right);
    return diff(l, r);
}

QString Differ::prettyPrint(const NormalizedContent &content)
{
    switch (content.kind) {
    case ContentKind::Html:
    case ContentKind::Text:
        return content.text;
    case ContentKind::Empty:
        return {};
    case ContentKind::Image:
        return QStringLiteral("[image] %1 %2x%3, %4 bytes, sha256 %5\n")
            .arg(content.imageType)
            .arg(content.imageWidth)
            .arg(content.imageHeight)
            .arg(content.byteSize)
            .arg(QString::fromLatin1(content.sha256.toHex()));
    case ContentKind::Binary:
        return QStringLiteral("[binary] %1, %2 bytes, sha256 %3\n")
            .arg(content.mimeType)
            .arg(content.byteSize)
            .arg(QString::fromLatin1(content.sha256.toHex()));
    }
    return {};
}

} // namespace sslrec
