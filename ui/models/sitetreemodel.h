#pragma once

#include "models/verdictstyle.h"
#include "scan/pageevent.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSize>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace sslrec::ui {

// A live tree per origin: origins at the top, path segments below
// ("docs/" is a folder, "docs" a page). A page node shows its state
// (queued, fetching, same, different, error); a folder shows the worst news
// below it, so a red "different" is visible from the top while the crawl
// fills in. Parents keep counts of their children's states, so an update
// costs the depth of the tree, not its width.
class SiteTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, State, ColumnCount };

    explicit SiteTreeModel(QObject *parent = nullptr);
    ~SiteTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void addOrigin(const QString &host);
    // A new origin with its pages (a saved scan): the subtree is built first
    // and announced with one insertion, instead of one per node. An origin
    // already in the tree gets addPairs().
    void addOrigin(const QString &host, const QList<PagePair> &pairs);
    void applyPageEvents(const PageEventBatch &events);
    void addPairs(const QList<PagePair> &pairs);
    // The origin is done: pages still queued were never sampled.
    void finishOrigin(const QString &host);

    // The node of a page, for selecting it from elsewhere; invalid if unknown.
    QModelIndex indexOf(const QString &host, const QString &pathAndQuery) const;
    // "docs/", "install?lang=de": the segments a page's node hangs under.
    static QStringList segments(const QString &pathAndQuery);

private:
    static constexpr int kStates = 7;
    struct Node
    {
        QString name;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        QHash<QString, Node *> byName;
        QString host;                 // the origin this node belongs to
        QString pathAndQuery;         // set when the node is a page
        NodeState own = NodeState::None;   // the page's own state
        NodeState shown = NodeState::None; // own and the worst below
        std::array<int, kStates> childStates{}; // children by shown state
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *child(Node *parent, const QString &name);
    static Node *detachedChild(Node *parent, const QString &name);
    static void settleStates(Node *node);
    bool isLive(const Node *node) const;
    QSize stateColumnSize() const;
    void ensurePages(const QList<QPair<QString, QString>> &pages);
    void markChanged(Node *node);
    void flushChanged();
    Node *pageNode(const QString &host, const QString &pathAndQuery);
    void setOwnState(Node *node, NodeState state);

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_pages; // host + ' ' + path -> node
    mutable QSize m_stateColumnSize; // computed on first use (needs the application font)
    std::map<Node *, std::pair<int, int>> m_changed; // parent -> first and last changed row, until flushChanged()
};

} // namespace sslrec::ui
