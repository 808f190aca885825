#include "store/scandiff.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace sslrec {

namespace {

const CertificateDetails *leafOf(const OriginResult &origin)
{
    return origin.tls.chain.isEmpty() ? nullptr : &origin.tls.chain.first();
}

std::optional<CertificateChange> certificateChange(const OriginResult &before, const OriginResult &after)
{
    const CertificateDetails *a = leafOf(before);
    const CertificateDetails *b = leafOf(after);
    CertificateChange c;
    c.host = after.host;
    c.fromValid = before.tls.certificateValid;
    c.toValid = after.tls.certificateValid;
    if (a) {
        c.fromFingerprint = a->sha256Fingerprint;
        c.fromNotBefore = a->notBefore;
        c.fromNotAfter = a->notAfter;
    }
    if (b) {
        c.toFingerprint = b->sha256Fingerprint;
        c.toNotBefore = b->notBefore;
        c.toNotAfter = b->notAfter;
    }
    const bool same = c.fromFingerprint == c.toFingerprint && c.fromNotBefore == c.toNotBefore
                      && c.fromNotAfter == c.toNotAfter && c.fromValid == c.toValid;
    if (same)
        return std::nullopt;
    return c;
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

bool ScanDiff::hasChanges() const
{
    return !originsAppeared.isEmpty() || !originsDisappeared.isEmpty() || !recommendations.isEmpty()
           || !certificates.isEmpty() || !pages.isEmpty();
}

ScanDiff diffScans(const ScanResult &before, const ScanResult &after)
{
    ScanDiff diff;
    QHash<QString, const OriginResult *> old;
    for (const OriginResult &o : before.origins)
        old.insert(o.host, &o);
    QSet<QString> seen;
    for (const OriginResult &now : after.origins) {
        seen.insert(now.host);
        const OriginResult *was = old.value(now.host);
        if (!was) {
            diff.originsAppeared << now.host;
            continue;
        }
        if (was->verdict.recommended != now.verdict.recommended)
            diff.recommendations.append({now.host, was->verdict.recommended, now.verdict.recommended});
        if (auto c = certificateChange(*was, now))
            diff.certificates.append(*c);

        QHash<QString, const PagePair *> oldPages;
        for (const PagePair &p : was->pages)
            oldPages.insert(p.pathAndQuery, &p);
        int matched = 0;
        for (const PagePair &p : now.pages) {
            const PagePair *q = oldPages.value(p.pathAndQuery);
            if (!q) {
                ++diff.pagesOnlyAfter;
                continue;
            }
            ++matched;
            if (q->verdict != p.verdict)
                diff.pages.append({now.host, p.pathAndQuery, q->verdict, p.verdict, p.reason});
        }
        diff.pagesOnlyBefore += int(oldPages.size()) - matched;
    }
    for (const OriginResult &o : before.origins) {
        if (!seen.contains(o.host))
            diff.originsDisappeared << o.host;
    }
    return diff;
}

QJsonObject scanDiffToJson(const ScanDiff &diff)
{
    QJsonArray recommendations;
    for (const RecommendationChange &r : diff.recommendations)
        recommendations.append(QJsonObject{{QStringLiteral("origin"), r.host},
                                           {QStringLiteral("from"), modeName(r.from)},
                                           {QStringLiteral("to"), modeName(r.to)}});
    QJsonArray certificates;
    for (const CertificateChange &c : diff.certificates)
        certificates.append(QJsonObject{
            {QStringLiteral("origin"), c.host},
            {QStringLiteral("from"), QJsonObject{{QStringLiteral("sha256_fingerprint"), textOrNull(c.fromFingerprint)},
                                                 {QStringLiteral("not_before"), isoOrNull(c.fromNotBefore)},
                                                 {QStringLiteral("not_after"), isoOrNull(c.fromNotAfter)},
                                                 {QStringLiteral("valid"), c.fromValid}}},
            {QStringLiteral("to"), QJsonObject{{QStringLiteral("sha256_fingerprint"), textOrNull(c.toFingerprint)},
                                               {QStringLiteral("not_before"), isoOrNull(c.toNotBefore)},
                                               {QStringLiteral("not_after"), isoOrNull(c.toNotAfter)},
                                               {QStringLiteral("valid"), c.toValid}}},
        });
    QJsonArray pages;
    for (const PageVerdictChange &p : diff.pages)
        pages.append(QJsonObject{{QStringLiteral("origin"), p.host},
                                 {QStringLiteral("path"), p.pathAndQuery},
                                 {QStringLiteral("from"), pageVerdictName(p.from)},
                                 {QStringLiteral("to"), pageVerdictName(p.to)},
                                 {QStringLiteral("reason"), p.reason}});
    return QJsonObject{
        {QStringLiteral("changed"), diff.hasChanges()},
        {QStringLiteral("origins_appeared"), QJsonArray::fromStringList(diff.originsAppeared)},
        {QStringLiteral("origins_disappeared"), QJsonArray::fromStringList(diff.originsDisappeared)},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("pages_only_before"), diff.pagesOnlyBefore},
        {QStringLiteral("pages_only_after"), diff.pagesOnlyAfter},
    };
}

} // namespace sslrec
