#pragma once

#include "core/mode.h"

#include <QSplitter>

#include <optional>

class QAbstractItemModel;
class QTableView;

namespace sslrec::ui {

class OriginDetails;
class OriginsModel;

// The origins table (recommended mode as a badge, API value, certificate,
// page counts, main reason) over the selected origin's details.
class ResultsView : public QSplitter
{
    Q_OBJECT

public:
    ResultsView(OriginsModel *origins, QAbstractItemModel *pages, QWidget *parent = nullptr);

    QTableView *originsView() const { return m_table; }
    OriginDetails *details() const { return m_details; }
    void selectOrigin(const QString &host);
    QString selectedHost() const;
    void setCurrentMode(std::optional<Mode> mode) { m_currentMode = mode; }
    void setExpiryWarningDays(int days) { m_expiryDays = days; }

private:
    void refreshDetails();
    void fitTableToRows();

    OriginsModel *m_origins;
    QTableView *m_table;
    OriginDetails *m_details;
    std::optional<Mode> m_currentMode;
    int m_expiryDays = 30;
    bool m_userSized = false; // the user dragged the handle: their layout wins
    bool m_fitQueued = false;
};

} // namespace sslrec::ui
