#pragma once

#include "recommend/originevidence.h"

#include <QAbstractTableModel>

#include <optional>

namespace sslrec::ui {

// The mode ladder of one origin, Off to Strict: whether each mode is safe,
// why, and the error (525/526) a visitor would get if it is not. The
// recommended mode is marked, as is the user's current mode.
class ModeLadderModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ModeColumn, Safe, VisitorError, Why, ColumnCount };

    explicit ModeLadderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setVerdict(const OriginVerdict &verdict, std::optional<Mode> currentMode = std::nullopt);
    void clear();

    // "525 SSL handshake failed", "526 Invalid SSL certificate".
    static QString proxyErrorText(int status);

private:
    QList<ModeAssessment> m_ladder;
    Mode m_recommended = Mode::None;
    std::optional<Mode> m_current;
};

} // namespace sslrec::ui
