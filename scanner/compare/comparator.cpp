#include "compare/comparator.h"

#include "compare/contentnormalizer.h"
#include "compare/responserules.h"
#include "compare/shingleset.h"
#include "core/logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace sslrec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::Comparator", text);
}

QString percent(double fraction)
{
    return QString::number(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)));
}

// The share of one side's main content missing from the other side's whole
// text, in the worse direction. Comparing main against *all* text keeps it
// robust when the two sides pick different containers as "main".
double mainDifference(const NormalizedContent &a, const NormalizedContent &b)
{
    const double ab = 1.0 - ShingleSet::containment(a.mainShingles, b.textShingles);
    const double ba = 1.0 - ShingleSet::containment(b.mainShingles, a.textShingles);
    return std::max(ab, ba);
}

double combinedScore(double mainDiff, double textDist, double tagDist)
{
    return std::clamp(1.0 - (0.6 * mainDiff + 0.25 * textDist + 0.15 * tagDist), 0.0, 1.0);
}

} // namespace

PageComparison Comparator::compare(const ComparedResponse &http, const ComparedResponse &https,
                                   const ComparedResponse *httpRefetch) const
{
    if (auto byStatus = ResponseRules::byStatus(http, https))
        return *byStatus;

    // Byte-identical bodies are the same page as long as they are served as
    // the same type: decided without parsing either. (Normal forms handed in
    // may stand for bodies no longer kept: empty bodies then prove nothing.)
    const bool formsGiven = http.normalized && https.normalized;
    if ((!formsGiven || !http.body.isEmpty()) && http.body == https.body) {
        NormalizedContent h, s;
        h.kind = ContentNormalizer::kindOf(http.body, http.contentType, &h.mimeType);
        s.kind = ContentNormalizer::kindOf(https.body, https.contentType, &s.mimeType);
        h.byteSize = http.body.size();
        s.byteSize = https.body.size();
        if (auto byType = ResponseRules::byMediaType(h, s))
            return *byType;
        if (h.kind == ContentKind::Empty)
            return ResponseRules::same(tr("both bodies are empty"), QStringLiteral("both-empty"));
        return ResponseRules::same(tr("byte-identical"), QStringLiteral("identical"));
    }

    const auto h = http.normalizedContent();
    const auto s = https.normalizedContent();
    const ComparedResponse *refetch = httpRefetch && httpRefetch->status / 100 == http.status / 100 ? httpRefetch : nullptr;
    // A re-fetch that brought back the same bytes (a page without noise) has
    // the first fetch's normal form: reuse it instead of parsing again.
    ComparedResponse unchanged;
    if (refetch && !refetch->normalized && refetch->body == http.body && refetch->contentType == http.contentType
        && refetch->url.host() == http.url.host()) {
        unchanged = *refetch;
        unchanged.normalized = h;
        refetch = &unchanged;
    }
    PageComparison c = compareBodies(*h, *s, refetch);
    c.httpNormalized = h;
    c.httpsNormalized = s;
    return c;
}

PageComparison Comparator::compareBodies(const NormalizedContent &h, const NormalizedContent &s,
                                         const ComparedResponse *refetch) const
{
    if (auto byType = ResponseRules::byMediaType(h, s))
        return *byType;
    if (h.kind == ContentKind::Empty)
        return ResponseRules::same(tr("both bodies are empty"), QStringLiteral("both-empty"));
    if (!h.sha256.isEmpty() && h.sha256 == s.sha256 && h.byteSize == s.byteSize)
        return ResponseRules::same(tr("byte-identical"), QStringLiteral("identical"));

    switch (s.kind) {
    case ContentKind::Html:
        return compareHtml(h, s, refetch);
    case ContentKind::Text:
        return compareText(h, s, refetch);
    case ContentKind::Image:
        // Different bytes may be a re-encoding, but they may as well be
        // another picture of the same size: never "same" on size alone.
        if (!s.imageType.isEmpty() && s.imageType == h.imageType && s.imageWidth > 0
            && s.imageWidth == h.imageWidth && s.imageHeight == h.imageHeight)
            return ResponseRules::different(tr("image bytes differ (same type and size: %1, %2×%3)")
                                                .arg(s.imageType).arg(s.imageWidth).arg(s.imageHeight),
                                            QStringLiteral("image-bytes-differ"), 0.4);
        return ResponseRules::different(tr("images differ: HTTP %1 %2×%3, HTTPS %4 %5×%6")
                                            .arg(h.imageType).arg(h.imageWidth).arg(h.imageHeight)
                                            .arg(s.imageType).arg(s.imageWidth).arg(s.imageHeight),
                                        QStringLiteral("image-differs"));
    case ContentKind::Binary:
    case ContentKind::Empty:
        break;
    }
    return ResponseRules::different(tr("bytes differ (%1 vs %2 bytes)").arg(h.byteSize).arg(s.byteSize),
                                    QStringLiteral("binary-differs"));
}

PageComparison Comparator::compareHtml(const NormalizedContent &h, const NormalizedContent &s,
                                       const ComparedResponse *refetchResponse) const
{
    ComparisonDetails d;
    d.titleSame = h.titleHash == s.titleHash;
    d.normalizedEqual = h.normalizedHash == s.normalizedHash;

    if (s.placeholder != PlaceholderKind::None && s.placeholder != h.placeholder) {
        PageComparison c = ResponseRules::different(tr("HTTPS serves %1").arg(s.placeholderName),
                                                    s.placeholder == PlaceholderKind::ErrorPage
                                                        ? QStringLiteral("https-error-page")
                                                        : QStringLiteral("https-placeholder"),
                                                    0.1);
        c.details = d;
        return c;
    }
    if (h.placeholder != PlaceholderKind::None && s.placeholder != h.placeholder) {
        PageComparison c = ResponseRules::different(tr("HTTP serves %1, HTTPS something else").arg(h.placeholderName),
                                                    QStringLiteral("http-placeholder"), 0.1);
        c.details = d;
        return c;
    }
    if (d.normalizedEqual) {
        PageComparison c = ResponseRules::same(ResponseRules::noiseDescription(h, s), QStringLiteral("noise-only"));
        d.textSimilarity = d.mainSimilarity = d.tagSimilarity = 1.0;
        c.details = d;
        return c;
    }
    // A transfer cut short loses its closing tags; the page then breaks even
    // when the part that arrived matches.
    if (h.endsCleanly != s.endsCleanly) {
        const bool httpsCut = !s.endsCleanly;
        PageComparison c = ResponseRules::different(
            httpsCut ? tr("HTTPS body is cut short (%1 of %2 bytes, no closing </html>)").arg(s.byteSize).arg(h.byteSize)
                     : tr("HTTP body is cut short (%1 of %2 bytes, no closing </html>)").arg(h.byteSize).arg(s.byteSize),
            httpsCut ? QStringLiteral("https-truncated") : QStringLiteral("http-truncated"), 0.2);
        c.details = d;
        return c;
    }

    const double textDist = ShingleSet::jaccardDistance(h.textShingles, s.textShingles);
    const double tagDist = ShingleSet::jaccardDistance(h.tagShingles, s.tagShingles);
    const double mainDiff = mainDifference(h, s);
    d.textSimilarity = 1.0 - textDist;
    d.tagSimilarity = 1.0 - tagDist;
    d.mainSimilarity = 1.0 - mainDiff;
    const double mainLine = d.titleSame ? m_options.mainThreshold : m_options.mainThresholdTitleDiffers;

    QString reason;
    QString code;
    if (mainDiff > mainLine) {
        reason = tr("main text differs in %1% of its shingles").arg(percent(mainDiff));
        code = QStringLiteral("main-content-differs");
    } else if (textDist > m_options.textThreshold) {
        reason = tr("visible text differs in %1% of its shingles").arg(percent(textDist));
        code = QStringLiteral("text-differs");
    } else if (tagDist > m_options.tagThreshold && (mainDiff > 0.03 || textDist > 0.2)) {
        reason = tr("page structure differs in %1% of its tag shingles").arg(percent(tagDist));
        code = QStringLiteral("structure-differs");
    }
    // A removed section or a replaced paragraph can be a small share of a
    // long page, but it is one block: a run of consecutive HTTP content
    // shingles (outside navigation and link lists) that HTTPS lacks.
    const int removedRun = ShingleSet::longestMissingRun(h.contentSequence, s.textShingles);
    const bool blockRemoved = removedRun >= m_options.minRemovedRun;
    if (code.isEmpty() && blockRemoved) {
        // At least minRemovedRun - 4 words: always a plural.
        reason = tr("a block of about %1 words of the page's text is missing over HTTPS")
                     .arg(std::max(1, removedRun - (ShingleSet::kDefaultSize - 1)));
        code = QStringLiteral("main-block-removed");
    }
    const bool near = (mainDiff > mainLine * 0.5 && mainDiff < mainLine + 0.25)
                      || (textDist > m_options.textThreshold - 0.2 && textDist < m_options.textThreshold + 0.2)
                      || code == QLatin1String("main-block-removed");
    const double score = combinedScore(mainDiff, textDist, tagDist);

    // The re-fetch is parsed only when it can change the verdict.
    const std::shared_ptr<const NormalizedContent> refetch =
        !code.isEmpty() && near && refetchResponse ? refetchResponse->normalizedContent() : nullptr;
    if (refetch && refetch->kind == ContentKind::Html) {
        // Paracha et al.'s confirmation step: a difference counts only if it
        // exceeds what two HTTP fetches of the same page already differ by.
        // And a block of main text that both HTTP fetches carry but HTTPS
        // lacks is a difference whatever the rest of the page does.
        const int stableRun = ShingleSet::longestMissingRun(h.contentSequence, s.textShingles, &refetch->textShingles);
        const bool stableBlockRemoved = stableRun >= m_options.minRemovedRun;
        const double noiseMain = mainDifference(h, *refetch);
        const double noiseText = ShingleSet::jaccardDistance(h.textShingles, refetch->textShingles);
        d.noiseDistance = noiseMain;
        const bool withinNoise = mainDiff <= noiseMain + m_options.noiseMargin
                                 && textDist <= noiseText + m_options.noiseMargin
                                 && mainDiff <= m_options.maxNoiseAllowance
                                 && s.placeholder == PlaceholderKind::None && !stableBlockRemoved;
        if (withinNoise && (noiseMain > 0 || noiseText > 0)) {
            PageComparison c = ResponseRules::same(
                code == QLatin1String("main-block-removed")
                    ? tr("the block of text HTTPS lacks changes between two HTTP fetches too")
                    : tr("differences are within the page's own noise (main text %1% vs %2% between two HTTP fetches)")
                          .arg(percent(mainDiff), percent(noiseMain)),
                QStringLiteral("within-noise"), score);
            c.nearThreshold = true;
            c.details = d;
            return c;
        }
    }

    PageComparison c;
    if (!code.isEmpty()) {
        c = ResponseRules::different(reason, code, score);
    } else if (mainDiff == 0 && textDist == 0) {
        c = ResponseRules::same(tr("same text; only markup differs (%1% of tag shingles)").arg(percent(tagDist)),
                                QStringLiteral("markup-only"), score);
    } else {
        c = ResponseRules::same(tr("main text matches (%1% of shingles shared); %2% of the whole visible text differs")
                                    .arg(percent(1.0 - mainDiff), percent(textDist)),
                                QStringLiteral("similar"), score);
    }
    c.nearThreshold = near;
    c.details = d;
    qCDebug(lcCompare) << "html" << c.reasonCode << "main" << mainDiff << "text" << textDist << "tags" << tagDist;
    return c;
}

PageComparison Comparator::compareText(const NormalizedContent &h, const NormalizedContent &s,
                                       const ComparedResponse *refetchResponse) const
{
    ComparisonDetails d;
    d.normalizedEqual = h.normalizedHash == s.normalizedHash;
    if (d.normalizedEqual) {
        PageComparison c = ResponseRules::same(ResponseRules::noiseDescription(h, s), QStringLiteral("noise-only"));
        d.textSimilarity = 1.0;
        c.details = d;
        return c;
    }
    const double dist = ShingleSet::jaccardDistance(h.textShingles, s.textShingles);
    d.textSimilarity = 1.0 - dist;
    const double line = m_options.plainTextThreshold;
    const bool near = dist > line * 0.5 && dist < line + 0.2;
    double allowed = line;
    const std::shared_ptr<const NormalizedContent> refetch =
        near && refetchResponse ? refetchResponse->normalizedContent() : nullptr;
    if (refetch && refetch->kind == ContentKind::Text) {
        d.noiseDistance = ShingleSet::jaccardDistance(h.textShingles, refetch->textShingles);
        allowed = std::min(std::max(line, d.noiseDistance + m_options.noiseMargin), m_options.maxNoiseAllowance);
    }
    PageComparison c = dist > allowed
        ? ResponseRules::different(tr("text differs in %1% of its shingles").arg(percent(dist)),
                                   QStringLiteral("text-differs"), 1.0 - dist)
        : ResponseRules::same(tr("text matches except %1% of its shingles").arg(percent(dist)),
                              allowed > line ? QStringLiteral("within-noise") : QStringLiteral("similar"), 1.0 - dist);
    c.nearThreshold = near;
    c.details = d;
    return c;
}

} // namespace sslrec
