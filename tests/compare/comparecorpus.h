#pragma once

#include "compare/comparedresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sslrec::corpus {

/// One labelled HTTP/HTTPS pair of the comparison corpus.
struct CorpusPair
{
    QString id;                   ///< "pg/sql-select.html:timestamp#3", stable for a seed
    QString kind;                 ///< mutation kind, e.g. "timestamp", "other-article"
    bool expectSame = false;      ///< ground truth: HTTPS serves the same page
    ComparedResponse http;        ///< what HTTP served
    ComparedResponse https;       ///< what HTTPS served
    ComparedResponse httpRefetch; ///< a second HTTP fetch (its own noise), for near-threshold pairs
};

/// Builds the labelled corpus from real HTML shipped in Debian packages
/// (postgresql-doc-15, git-doc, sqlite3-doc, debian-reference-en, nginx's
/// default page) plus stock-like placeholder pages, with mutations on both
/// sides of the line. Deterministic for a seed.
class CompareCorpus
{
public:
    static constexpr quint64 kDefaultSeed = 0x55e7c0de2020ULL;

    /// The pairs; empty, with @p problem set, when no source HTML is installed.
    static QList<CorpusPair> build(quint64 seed = kDefaultSeed, QString *problem = nullptr);

    /// Where source pages are looked for.
    static QStringList sourceDirectories();
};

} // namespace sslrec::corpus
