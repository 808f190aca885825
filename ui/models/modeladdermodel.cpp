#include "models/modeladdermodel.h"

#include "models/modelroles.h"
#include "models/verdictstyle.h"

#include <QFont>
#include <QGuiApplication>

namespace sslrec::ui {

ModeLadderModel::ModeLadderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ModeLadderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ladder.size());
}

int ModeLadderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModeLadderModel::proxyErrorText(int status)
{
    switch (status) {
    case 0: return {};
    case 521: return tr("521 Web server is down");
    case 522: return tr("522 Connection timed out");
    case 525: return tr("525 SSL handshake failed");
    case 526: return tr("526 Invalid SSL certificate");
    default: return QString::number(status);
    }
}

QVariant ModeLadderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModeAssessment &a = m_ladder.at(index.row());
    const bool recommended = a.mode == m_recommended;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModeColumn: {
            QString name = modeDisplayName(a.mode);
            if (m_current && *m_current == a.mode)
                name += tr(" (current)");
            return name;
        }
        //: Whether a proxy mode keeps the site working: "safe", or it "breaks" the site
        case Safe: return a.safe ? tr("safe") : tr("breaks");
        case VisitorError: return proxyErrorText(a.proxyError);
        case Why: return a.why;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Why)
            return a.why;
        if (index.column() == ModeColumn)
            return recommended ? tr("Recommended: the most secure mode that keeps the site working")
                               : tr("Cloudflare API value: %1").arg(cloudflareValue(a.mode));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Safe || index.column() == VisitorError)
            return verdictstyle::stateColor(a.safe ? NodeState::Same : NodeState::Different, QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (recommended) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1: %2. %3").arg(modeDisplayName(a.mode), a.safe ? tr("safe") : tr("breaks"), a.why);
    case ModeRole:
        return int(a.mode);
    default:
        return {};
    }
}

QVariant ModeLadderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModeColumn: return tr("Mode");
    case Safe: return tr("Safe?");
    case VisitorError: return tr("Visitors would get");
    case Why: return tr("Why");
    }
    return {};
}

void ModeLadderModel::setVerdict(const OriginVerdict &verdict, std::optional<Mode> currentMode)
{
    beginResetModel();
    m_ladder = verdict.ladder;
    m_recommended = verdict.recommended;
    m_current = currentMode;
    endResetModel();
}

void ModeLadderModel::clear()
{
    beginResetModel();
    m_ladder.clear();
    m_recommended = Mode::None;
    m_current.reset();
    endResetModel();
}

} // namespace sslrec::ui
