#include "models/pagesmodel.h"

#include "models/modelroles.h"

#include <QGuiApplication>

#include <algorithm>

namespace sslrec::ui {

PagesModel::PagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PagesModel::statusText(const FetchResult &r)
{
    if (r.status == 0 && r.error == FetchError::None)
        return {};
    if (!r.answered())
        return fetchErrorCode(r.error);
    if (!r.redirectTarget.isEmpty())
        return QStringLiteral("%1 → %2").arg(r.status).arg(r.redirectTarget);
    return QString::number(r.status);
}

QVariant PagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Path: return r.pathAndQuery;
        case Verdict: return verdictstyle::stateText(r.state);
        case HttpStatus: return r.pair ? statusText(r.pair->http) : QString();
        case HttpsStatus: return r.pair ? statusText(r.pair->https) : QString();
        case Score: return r.pair && r.pair->verdict != PageVerdict::Pending ? QString::number(r.pair->score, 'f', 2) : QString();
        case Reason: return r.pair ? r.pair->reason : QString();
        case Host: return r.host;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Reason && r.pair)
            return r.pair->reason;
        if (column == HttpStatus && r.pair && !r.pair->http.errorMessage.isEmpty())
            return r.pair->http.errorMessage;
        if (column == HttpsStatus && r.pair && !r.pair->https.errorMessage.isEmpty())
            return r.pair->https.errorMessage;
        if (column == Path)
            return r.pair && !r.pair->title.isEmpty() ? r.pair->title : pageSourceName(r.source);
        return {};
    case Qt::ForegroundRole:
        if (column == Verdict)
            return verdictstyle::stateColor(r.state, QGuiApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (column == Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HostRole: return r.host;
    case PathRole: return r.pathAndQuery;
    case StateRole: return int(r.state);
    case SortRole:
        switch (column) {
        case Verdict: return verdictstyle::severity(r.state);
        case HttpStatus: return r.pair ? r.pair->http.status : -1;
        case HttpsStatus: return r.pair ? r.pair->https.status : -1;
        case Score: return r.pair && r.pair->verdict != PageVerdict::Pending ? r.pair->score : -1.0;
        default: return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant PagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Path: return tr("Path");
    case Verdict: return tr("Verdict");
    case HttpStatus: return tr("HTTP");
    case HttpsStatus: return tr("HTTPS");
    case Score: return tr("Score");
    case Reason: return tr("Reason");
    case Host: return tr("Origin");
    }
    return {};
}

void PagesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

int PagesModel::rowOf(const QString &host, const QString &pathAndQuery) const
{
    return m_index.value(key(host, pathAndQuery), -1);
}

int PagesModel::appendRows(QList<Row> rows)
{
    if (rows.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    // Rows are large (a whole pair each): grow once, not by doubling moves.
    m_rows.reserve(m_rows.size() + rows.size());
    m_index.reserve(m_index.size() + rows.size());
    for (Row &r : rows) {
        m_index.insert(key(r.host, r.pathAndQuery), int(m_rows.size()));
        m_rows.append(std::move(r));
    }
    endInsertRows();
    return int(rows.size());
}

void PagesModel::emitRowsChanged(QList<int> rows)
{
    // One signal per contiguous run keeps views cheap on large batches.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        emit dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
        i = j + 1;
    }
}

void PagesModel::applyPageEvents(const PageEventBatch &events)
{
    QList<Row> added;
    QHash<QString, int> addedIndex;
    QList<int> changed;
    for (const PageEvent &e : events) {
        const QString k = key(e.host, e.pathAndQuery);
        Row *row = nullptr;
        int existing = m_index.value(k, -1);
        if (existing >= 0) {
            row = &m_rows[existing];
        } else if (const auto it = addedIndex.constFind(k); it != addedIndex.cend()) {
            row = &added[*it];
        } else {
            addedIndex.insert(k, int(added.size()));
            added.append(Row{e.host, e.pathAndQuery, e.source, NodeState::None, std::nullopt});
            row = &added.last();
        }
        if (e.kind == PageEvent::Kind::Discovered) {
            if (row->state == NodeState::None && !row->pair)
                row->state = NodeState::Queued;
            row->source = e.source;
        } else if (!row->pair && e.state != PageState::Done) {
            row->state = verdictstyle::stateOf(e.state);
        } else {
            continue;
        }
        if (existing >= 0)
            changed.append(existing);
    }
    emitRowsChanged(changed);
    appendRows(std::move(added));
}

void PagesModel::addPairs(const QList<PagePair> &pairs)
{
    QList<Row> added;
    QList<int> changed;
    if (m_rows.isEmpty())
        added.reserve(pairs.size()); // a saved scan: every pair is new
    for (const PagePair &p : pairs) {
        const int existing = m_rows.isEmpty() ? -1 : rowOf(p.host, p.pathAndQuery);
        NodeState state = verdictstyle::stateOf(p.verdict);
        if (state == NodeState::None)
            state = NodeState::Comparing;
        if (existing >= 0) {
            m_rows[existing].state = state;
            m_rows[existing].pair = p;
            changed.append(existing);
        } else {
            added.append(Row{p.host, p.pathAndQuery, p.source, state, p});
        }
    }
    emitRowsChanged(changed);
    appendRows(std::move(added));
}

void PagesModel::finishOrigin(const QString &host, const QList<PagePair> &pairs)
{
    QList<PagePair> missing;
    for (const PagePair &p : pairs) {
        const int row = rowOf(p.host, p.pathAndQuery);
        if (row < 0 || !m_rows.at(row).pair)
            missing.append(p);
    }
    for (PagePair &p : missing) {
        p.http.body.clear();
        p.https.body.clear();
    }
    addPairs(missing);
    QList<int> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.host == host && !r.pair && r.state != NodeState::None) {
            r.state = NodeState::None;
            changed.append(i);
        }
    }
    emitRowsChanged(changed);
}

} // namespace sslrec::ui
