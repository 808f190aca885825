#pragma once

#include "scan/pageevent.h"
#include "scan/scanresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace sslrec::ui {

// One row per origin: live counters while scanning, then the verdict. Fed by
// ScanController's (batched) signals; holds values only.
class OriginsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Origin, Recommended, ApiValue, Certificate, Discovered, Sampled, HttpAnswered, HttpsAnswered,
                  Compared, Same, Different, Errors, Reason, ColumnCount };

    // Live counters; the final ones come from OriginResult::progress.
    struct Row
    {
        QString host;                       // the origin's hostname
        int discovered = 0;                 // distinct URLs found
        int sampled = 0;                    // pairs started
        int httpAnswered = 0;               // completed pairs whose HTTP side answered
        int httpsAnswered = 0;              // completed pairs whose HTTPS side answered
        int compared = 0;                   // pairs with a verdict
        int same = 0;                       // same or equivalent redirect
        int different = 0;                  // different
        int errors = 0;                     // could not be judged
        std::optional<TlsReport> tls;       // once the probe finished
        std::optional<OriginResult> result; // once the origin finished (pages not kept here)
    };

    explicit OriginsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void addOrigin(const QString &host);
    void applyPageEvents(const PageEventBatch &events);
    void addPairs(const QList<PagePair> &pairs);
    void setTlsReport(const QString &host, const TlsReport &report);
    void setOriginResult(const OriginResult &result);
    // Whether a scan is still working on these rows. Once it is over (finished,
    // cancelled, or a saved scan), an origin without a verdict is shown as not
    // judged rather than as still being scanned.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    const Row *row(const QString &host) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &host) const { return m_index.value(host, -1); }

    // "valid, 84 days left", "expired 3 days ago", "no HTTPS"... for people.
    static QString certificateStatus(const TlsReport &report);

private:
    int ensureRow(const QString &host);
    void rowChanged(int row);
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QSet<QString> m_sampledPages; // host + path: Fetching is counted once per page
    bool m_live = true;
};

} // namespace sslrec::ui
