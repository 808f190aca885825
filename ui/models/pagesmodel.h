#pragma once

#include "models/verdictstyle.h"
#include "scan/pageevent.h"
#include "scan/scantypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace sslrec::ui {

// Every page of every origin, live: a row appears when the page is
// discovered, shows its state while fetched and compared, then its verdict.
// PageFilterModel narrows it to one origin, a verdict and a search text.
class PagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Path, Verdict, HttpStatus, HttpsStatus, Score, Reason, Host, ColumnCount };

    struct Row
    {
        QString host;                   // the origin's hostname
        QString pathAndQuery;           // the page
        PageSource source = PageSource::Crawl; // how it was found
        NodeState state = NodeState::None; // live state, then the verdict
        std::optional<PagePair> pair;   // the completed pair, bodies dropped
    };

    explicit PagesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void applyPageEvents(const PageEventBatch &events);
    void addPairs(const QList<PagePair> &pairs);
    // The origin is done: fills in pages the live events did not carry and
    // marks pages that were found but never sampled as "not sampled".
    void finishOrigin(const QString &host, const QList<PagePair> &pairs);

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &host, const QString &pathAndQuery) const;

    // "200", "301 → https://…", "refused"... for one side of a pair.
    static QString statusText(const FetchResult &result);

private:
    static QString key(const QString &host, const QString &path) { return host + QLatin1Char(' ') + path; }
    int appendRows(QList<Row> rows);
    void emitRowsChanged(QList<int> rows);

    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace sslrec::ui
