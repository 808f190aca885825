#include "models/sitetreemodel.h"

#include "models/modelroles.h"

#include <QFontMetrics>
#include <QGuiApplication>

#include <map>

namespace sslrec::ui {

SiteTreeModel::SiteTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

SiteTreeModel::~SiteTreeModel() = default;

QStringList SiteTreeModel::segments(const QString &pathAndQuery)
{
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    const QString query = q < 0 ? QString() : pathAndQuery.mid(q);
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // Every segment but a page's own name is a folder: show it with its slash.
    const bool trailingSlash = path.endsWith(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i + 1 < parts.size() || trailingSlash)
            parts[i] += QLatin1Char('/');
    }
    if (!query.isEmpty()) {
        if (parts.isEmpty())
            parts << query;
        else
            parts.last() += query;
    }
    return parts;
}

SiteTreeModel::Node *SiteTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SiteTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex SiteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex SiteTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SiteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SiteTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SiteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return n->name;
        if (!n->pathAndQuery.isEmpty() || n->shown != NodeState::None)
            return verdictstyle::stateText(n->shown);
        return {};
    case Qt::ForegroundRole:
        return index.column() == State ? QVariant(verdictstyle::stateColor(n->shown, QGuiApplication::palette())) : QVariant();
    case Qt::ToolTipRole:
        if (!n->pathAndQuery.isEmpty())
            return tr("%1%2: %3").arg(n->host, n->pathAndQuery, verdictstyle::stateText(n->own));
        return n->host;
    case Qt::SizeHintRole:
        // The view sizes this column to its contents: without a hint it lays
        // out the text of up to 1,000 rows each time it asks, which during a
        // scan is after every batch. The widest state text fits every row.
        return index.column() == State ? QVariant(stateColumnSize()) : QVariant();
    case HostRole: return n->host;
    case PathRole: return n->pathAndQuery;
    case StateRole: return int(n->shown);
    default: return {};
    }
}

QSize SiteTreeModel::stateColumnSize() const
{
    if (!m_stateColumnSize.isValid()) {
        const QFontMetrics metrics(QGuiApplication::font());
        int width = 0;
        for (int s = 0; s < kStates; ++s)
            width = std::max(width, metrics.horizontalAdvance(verdictstyle::stateText(NodeState(s))));
        // The item's margins as QStyledItemDelegate adds them (text margin and focus frame).
        m_stateColumnSize = QSize(width + 12, metrics.height() + 2);
    }
    return m_stateColumnSize;
}

QVariant SiteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Page") : section == State ? tr("State") : QVariant();
}

void SiteTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_pages.clear();
    m_changed.clear();
    endResetModel();
}

SiteTreeModel::Node *SiteTreeModel::child(Node *parent, const QString &name)
{
    if (Node *existing = parent->byName.value(name))
        return existing;
    auto node = std::make_unique<Node>();
    node->name = name;
    node->parent = parent;
    node->row = int(parent->children.size());
    node->host = parent == m_root.get() ? name : parent->host;
    Node *raw = node.get();
    beginInsertRows(indexOf(parent), node->row, node->row);
    parent->children.push_back(std::move(node));
    parent->byName.insert(name, raw);
    ++parent->childStates[size_t(raw->shown)];
    endInsertRows();
    return raw;
}

void SiteTreeModel::addOrigin(const QString &host)
{
    child(m_root.get(), host);
}

SiteTreeModel::Node *SiteTreeModel::detachedChild(Node *parent, const QString &name)
{
    if (Node *existing = parent->byName.value(name))
        return existing;
    auto node = std::make_unique<Node>();
    node->name = name;
    node->parent = parent;
    node->row = int(parent->children.size());
    node->host = parent->host;
    Node *raw = node.get();
    parent->children.push_back(std::move(node));
    parent->byName.insert(name, raw);
    return raw;
}

void SiteTreeModel::settleStates(Node *node)
{
    // Post-order: children first, then this node's counts and shown state.
    node->childStates.fill(0);
    NodeState worst = node->own;
    for (const auto &c : node->children) {
        settleStates(c.get());
        ++node->childStates[size_t(c->shown)];
        if (verdictstyle::severity(c->shown) > verdictstyle::severity(worst))
            worst = c->shown;
    }
    node->shown = worst;
}

void SiteTreeModel::addOrigin(const QString &host, const QList<PagePair> &pairs)
{
    if (m_root->byName.contains(host)) {
        addPairs(pairs);
        return;
    }
    // Built out of the views' sight: no signal until the subtree is complete.
    auto origin = std::make_unique<Node>();
    origin->name = host;
    origin->host = host;
    origin->parent = m_root.get();
    origin->row = int(m_root->children.size());
    QHash<QString, Node *> pages;
    pages.reserve(pairs.size());
    for (const PagePair &p : pairs) {
        Node *n = origin.get();
        for (const QString &segment : segments(p.pathAndQuery))
            n = detachedChild(n, segment);
        if (n->pathAndQuery.isEmpty())
            n->pathAndQuery = p.pathAndQuery;
        const NodeState state = verdictstyle::stateOf(p.verdict);
        n->own = state == NodeState::None ? NodeState::Comparing : state;
        pages.insert(host + QLatin1Char(' ') + p.pathAndQuery, n);
    }
    settleStates(origin.get());
    Node *raw = origin.get();
    beginInsertRows({}, raw->row, raw->row);
    m_root->children.push_back(std::move(origin));
    m_root->byName.insert(host, raw);
    ++m_root->childStates[size_t(raw->shown)];
    m_pages.insert(pages);
    endInsertRows();
}

SiteTreeModel::Node *SiteTreeModel::pageNode(const QString &host, const QString &pathAndQuery)
{
    const QString key = host + QLatin1Char(' ') + pathAndQuery;
    if (Node *n = m_pages.value(key))
        return n;
    Node *n = child(m_root.get(), host);
    for (const QString &segment : segments(pathAndQuery))
        n = child(n, segment);
    if (n->pathAndQuery.isEmpty())
        n->pathAndQuery = pathAndQuery;
    m_pages.insert(key, n);
    return n;
}

void SiteTreeModel::setOwnState(Node *node, NodeState state)
{
    node->own = state;
    // Recompute shown upwards while it changes; children's counts are kept.
    for (Node *n = node; n && n != m_root.get();) {
        NodeState worst = n->own;
        for (int s = kStates - 1; s >= 0; --s) {
            if (n->childStates[size_t(s)] > 0 && verdictstyle::severity(NodeState(s)) > verdictstyle::severity(worst))
                worst = NodeState(s);
        }
        const NodeState old = n->shown;
        if (worst == old && n != node)
            break;
        n->shown = worst;
        markChanged(n);
        Node *parent = n->parent;
        --parent->childStates[size_t(old)];
        ++parent->childStates[size_t(worst)];
        if (worst == old)
            break;
        n = parent;
    }
}

void SiteTreeModel::markChanged(Node *node)
{
    auto [it, fresh] = m_changed.try_emplace(node->parent, node->row, node->row);
    if (!fresh) {
        it->second.first = std::min(it->second.first, node->row);
        it->second.second = std::max(it->second.second, node->row);
    }
}

void SiteTreeModel::flushChanged()
{
    // One dataChanged per parent and batch: a view that sizes a column to
    // its contents measures every visible row on each one.
    for (const auto &[parent, rows] : m_changed) {
        const Node *first = parent->children[size_t(rows.first)].get();
        const Node *last = parent->children[size_t(rows.second)].get();
        emit dataChanged(indexOf(first, Name), indexOf(last, State));
    }
    m_changed.clear();
}

bool SiteTreeModel::isLive(const Node *node) const
{
    for (const Node *n = node; n != m_root.get(); n = n->parent) {
        const auto &siblings = n->parent->children;
        if (n->row >= int(siblings.size()) || siblings[size_t(n->row)].get() != n)
            return false;
    }
    return true;
}

void SiteTreeModel::ensurePages(const QList<QPair<QString, QString>> &pages)
{
    // New nodes under a node the views know are held back and announced
    // with one insertion per parent; nodes under a held-back node simply
    // hang below it.
    std::map<Node *, std::vector<std::unique_ptr<Node>>> held;
    for (const auto &[host, pathAndQuery] : pages) {
        const QString key = host + QLatin1Char(' ') + pathAndQuery;
        if (m_pages.contains(key))
            continue;
        Node *n = child(m_root.get(), host);
        for (const QString &segment : segments(pathAndQuery)) {
            if (Node *existing = n->byName.value(segment)) {
                n = existing;
            } else if (isLive(n)) {
                std::vector<std::unique_ptr<Node>> &waiting = held[n];
                auto node = std::make_unique<Node>();
                node->name = segment;
                node->parent = n;
                node->row = int(n->children.size() + waiting.size());
                node->host = n->host;
                n->byName.insert(segment, node.get());
                waiting.push_back(std::move(node));
                n = waiting.back().get();
            } else {
                n = detachedChild(n, segment);
            }
        }
        if (n->pathAndQuery.isEmpty())
            n->pathAndQuery = pathAndQuery;
        m_pages.insert(key, n);
    }
    for (auto &[parent, nodes] : held) {
        const int first = int(parent->children.size());
        beginInsertRows(indexOf(parent), first, first + int(nodes.size()) - 1);
        for (auto &node : nodes) {
            settleStates(node.get());
            ++parent->childStates[size_t(node->shown)];
            parent->children.push_back(std::move(node));
        }
        endInsertRows();
    }
}

void SiteTreeModel::applyPageEvents(const PageEventBatch &events)
{
    QList<QPair<QString, QString>> pages;
    pages.reserve(events.size());
    for (const PageEvent &e : events)
        pages.append({e.host, e.pathAndQuery});
    ensurePages(pages);
    for (const PageEvent &e : events) {
        Node *n = pageNode(e.host, e.pathAndQuery);
        if (e.kind == PageEvent::Kind::Discovered) {
            if (n->own == NodeState::None)
                setOwnState(n, NodeState::Queued);
        } else if (e.state != PageState::Done) {
            const NodeState s = verdictstyle::stateOf(e.state);
            // A verdict is final; late state events do not undo it.
            if (n->own != NodeState::Same && n->own != NodeState::Different && n->own != NodeState::Error)
                setOwnState(n, s);
        }
    }
    flushChanged();
}

void SiteTreeModel::addPairs(const QList<PagePair> &pairs)
{
    QList<QPair<QString, QString>> pages;
    pages.reserve(pairs.size());
    for (const PagePair &p : pairs)
        pages.append({p.host, p.pathAndQuery});
    ensurePages(pages);
    for (const PagePair &p : pairs) {
        const NodeState s = verdictstyle::stateOf(p.verdict);
        setOwnState(pageNode(p.host, p.pathAndQuery), s == NodeState::None ? NodeState::Comparing : s);
    }
    flushChanged();
}

void SiteTreeModel::finishOrigin(const QString &host)
{
    for (Node *n : std::as_const(m_pages)) {
        if (n->host == host && (n->own == NodeState::Queued || n->own == NodeState::Fetching || n->own == NodeState::Comparing))
            setOwnState(n, NodeState::None);
    }
    flushChanged();
}

QModelIndex SiteTreeModel::indexOf(const QString &host, const QString &pathAndQuery) const
{
    return indexOf(m_pages.value(host + QLatin1Char(' ') + pathAndQuery));
}

} // namespace sslrec::ui
