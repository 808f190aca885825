#include "models/originsmodel.h"

#include "models/modelroles.h"
#include "models/verdictstyle.h"

#include <QGuiApplication>

namespace sslrec::ui {

OriginsModel::OriginsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int OriginsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OriginsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OriginsModel::certificateStatus(const TlsReport &r)
{
    if (!r.connected)
        return tr("no HTTPS: %1").arg(r.handshakeError.isEmpty() ? tr("connection failed") : r.handshakeError);
    if (!r.handshakeOk)
        return tr("handshake failed: %1").arg(r.handshakeError);
    if (r.certificateValid) {
        const int days = r.chain.isEmpty() ? 0 : r.chain.first().daysLeft;
        return days == 1 ? tr("valid, 1 day left") : tr("valid, %1 days left").arg(days);
    }
    const auto errors = errorFindings(r);
    if (!errors.isEmpty())
        return tr("invalid: %1").arg(errors.first().message);
    return tr("invalid: %1").arg(r.verifyError);
}

void OriginsModel::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Recommended), index(int(m_rows.size()) - 1, Certificate));
}

QVariant OriginsModel::display(const Row &r, int column) const
{
    const bool done = r.result.has_value();
    switch (column) {
    case Origin: return r.host;
    case Recommended:
        if (done)
            return modeDisplayName(r.result->verdict.recommended);
        return m_live ? tr("scanning…") : tr("not judged");
    case ApiValue: return done ? cloudflareValue(r.result->verdict.recommended) : QString();
    case Certificate:
        if (r.tls)
            return certificateStatus(*r.tls);
        return m_live ? tr("checking…") : tr("not checked");
    case Discovered: return r.discovered;
    case Sampled: return r.sampled;
    case HttpAnswered: return r.httpAnswered;
    case HttpsAnswered: return r.httpsAnswered;
    case Compared: return r.compared;
    case Same: return r.same;
    case Different: return r.different;
    case Errors: return r.errors;
    case Reason:
        return done && !r.result->verdict.reasons.isEmpty() ? r.result->verdict.reasons.first() : QString();
    }
    return {};
}

QVariant OriginsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Reason && r.result)
            return r.result->verdict.reasons.join(QLatin1Char('\n'));
        if (index.column() == Certificate && r.tls)
            return certificateStatus(*r.tls);
        if (index.column() == Recommended && !r.result && !m_live)
            return tr("The scan ended before this origin was judged (it was cancelled or interrupted). "
                      "Continue it with: sslrec-cli scan --resume FILE");
        if (index.column() == ApiValue && r.result)
            return tr("The value of Cloudflare's \"ssl\" zone setting for this mode");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Discovered && index.column() <= Errors)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Different && r.different > 0)
            return verdictstyle::stateColor(NodeState::Different, QGuiApplication::palette());
        if (index.column() == Errors && r.errors > 0)
            return verdictstyle::stateColor(NodeState::Error, QGuiApplication::palette());
        if (index.column() == Certificate && r.tls)
            return verdictstyle::stateColor(r.tls->certificateValid ? NodeState::Same : NodeState::Different,
                                            QGuiApplication::palette());
        return {};
    case HostRole:
        return r.host;
    case ModeRole:
        return r.result ? int(r.result->verdict.recommended) : QVariant();
    case FinishedRole:
        return r.result.has_value();
    case SortRole: {
        if (index.column() == Recommended)
            return r.result ? int(r.result->verdict.recommended) : -1;
        return display(r, index.column());
    }
    default:
        return {};
    }
}

QVariant OriginsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Origin: return tr("Origin");
        case Recommended: return tr("Recommended");
        case ApiValue: return tr("API value");
        case Certificate: return tr("Certificate");
        case Discovered: return tr("Found");
        case Sampled: return tr("Sampled");
        case HttpAnswered: return tr("HTTP ok");
        case HttpsAnswered: return tr("HTTPS ok");
        case Compared: return tr("Compared");
        case Same: return tr("Same");
        case Different: return tr("Different");
        case Errors: return tr("Errors");
        case Reason: return tr("Main reason");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Discovered: return tr("Distinct URLs found on this origin");
        case Sampled: return tr("Pages chosen and fetched over both schemes");
        case HttpAnswered: return tr("Sampled pages that answered over HTTP");
        case HttpsAnswered: return tr("Sampled pages that answered over HTTPS");
        case Compared: return tr("Pages with a verdict");
        case ApiValue: return tr("The value to set in Cloudflare's API (zone setting \"ssl\")");
        default: return {};
        }
    }
    return {};
}

void OriginsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_sampledPages.clear();
    endResetModel();
}

int OriginsModel::ensureRow(const QString &host)
{
    if (const auto it = m_index.constFind(host); it != m_index.cend())
        return *it;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{host});
    m_index.insert(host, row);
    endInsertRows();
    return row;
}

void OriginsModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OriginsModel::addOrigin(const QString &host)
{
    ensureRow(host);
}

void OriginsModel::applyPageEvents(const PageEventBatch &events)
{
    QSet<int> changed;
    for (const PageEvent &e : events) {
        const int row = ensureRow(e.host);
        Row &r = m_rows[row];
        if (r.result)
            continue; // final counters already in
        if (e.kind == PageEvent::Kind::Discovered) {
            ++r.discovered;
        } else if (e.state == PageState::Fetching) {
            const QString key = e.host + QLatin1Char(' ') + e.pathAndQuery;
            if (m_sampledPages.contains(key))
                continue;
            m_sampledPages.insert(key);
            ++r.sampled;
        } else {
            continue;
        }
        changed.insert(row);
    }
    for (int row : std::as_const(changed))
        rowChanged(row);
}

void OriginsModel::addPairs(const QList<PagePair> &pairs)
{
    QSet<int> changed;
    for (const PagePair &p : pairs) {
        const int row = ensureRow(p.host);
        Row &r = m_rows[row];
        if (r.result)
            continue;
        r.httpAnswered += p.http.answered() ? 1 : 0;
        r.httpsAnswered += p.https.answered() ? 1 : 0;
        if (p.verdict != PageVerdict::Pending)
            ++r.compared;
        switch (p.verdict) {
        case PageVerdict::Same:
        case PageVerdict::EquivalentRedirect: ++r.same; break;
        case PageVerdict::Different: ++r.different; break;
        case PageVerdict::Error: ++r.errors; break;
        case PageVerdict::Pending: break;
        }
        changed.insert(row);
    }
    for (int row : std::as_const(changed))
        rowChanged(row);
}

void OriginsModel::setTlsReport(const QString &host, const TlsReport &report)
{
    const int row = ensureRow(host);
    m_rows[row].tls = report;
    rowChanged(row);
}

void OriginsModel::setOriginResult(const OriginResult &result)
{
    const int row = ensureRow(result.host);
    Row &r = m_rows[row];
    OriginResult kept = result;
    r.httpAnswered = 0;
    r.httpsAnswered = 0;
    for (const PagePair &p : std::as_const(kept.pages)) {
        r.httpAnswered += p.http.answered() ? 1 : 0;
        r.httpsAnswered += p.https.answered() ? 1 : 0;
    }
    kept.pages.clear();
    r.discovered = std::max(r.discovered, result.progress.discovered);
    r.sampled = result.progress.sampled;
    r.compared = result.progress.compared;
    r.same = result.progress.same;
    r.different = result.progress.different;
    r.errors = result.progress.errors;
    if (!result.tls.hostname.isEmpty())
        r.tls = result.tls;
    r.result = std::move(kept);
    rowChanged(row);
}

const OriginsModel::Row *OriginsModel::row(const QString &host) const
{
    const int i = rowOf(host);
    return i < 0 ? nullptr : &m_rows.at(i);
}

} // namespace sslrec::ui
