#pragma once

#include "htmledits.h"

#include <QByteArray>
#include <QList>

namespace sslrec::corpus {

/// The harder corpus kinds: edits that sit close to the line on either
/// side of it. Each edit returns false when the page does not lend itself
/// to it (too few paragraphs, no assets, ...); the builder then picks
/// another page.
class CorpusMutations
{
public:
    // --- must be "different" ---
    /// Removes a run of consecutive block elements (p, pre, table, dl, ul)
    /// holding @p minPercent..@p maxPercent of the page's block text.
    static bool removeSection(QByteArray &html, Rng &rng, int minPercent, int maxPercent);
    /// Replaces one plain paragraph (>= 150 bytes) with @p donor.
    static bool replaceParagraph(QByteArray &html, const QByteArray &donor, Rng &rng);
    /// The site template with the main text gone and @p title / @p message in
    /// its place (a soft 404, a login wall).
    static bool replaceMain(QByteArray &html, const QByteArray &title, const QByteArray &message);
    /// Cuts the body at @p percent of its bytes; false if a </body> survives.
    static bool truncateAt(QByteArray &html, int percent);

    // --- must stay "same" ---
    /// Puts the page's assets (images, scripts, stylesheets, and a logo and a
    /// stylesheet it is given when it has none) on the CDN host @p host.
    static QByteArray onCdn(const QByteArray &html, const QByteArray &host);
    /// Appends a cache-busting query (?v=<hex>, ?ver=<date>) to every asset URL.
    static QByteArray cacheBusted(const QByteArray &html, Rng &rng);
    /// An analytics snippet and an ad slot, different per fetch (@p variant).
    static QByteArray withAdsAndAnalytics(const QByteArray &html, Rng &rng, int variant);
    /// A "last updated" line in the main text with timestamps in five formats.
    static QByteArray withTimestamps(const QByteArray &html, Rng &rng);
};

} // namespace sslrec::corpus
