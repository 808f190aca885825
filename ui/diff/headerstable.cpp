#include "diff/headerstable.h"

#include "models/verdictstyle.h"

#include <QHeaderView>
#include <QMap>

namespace sslrec::ui {

namespace {
QMap<QString, QString> headerMap(const FetchResult &r)
{
    QMap<QString, QString> map;
    if (r.answered())
        map.insert(QStringLiteral(":status"), QStringLiteral("%1 %2").arg(r.status).arg(QString::fromLatin1(r.reasonPhrase)));
    else
        map.insert(QStringLiteral(":status"), QStringLiteral("(%1) %2").arg(fetchErrorCode(r.error), r.errorMessage));
    for (const HeaderField &h : r.headers) {
        const QString name = QString::fromLatin1(h.first).toLower();
        const QString value = QString::fromLatin1(h.second);
        map[name] = map.contains(name) ? map[name] + QStringLiteral(", ") + value : value;
    }
    return map;
}
} // namespace

HeadersTable::HeadersTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels({tr("Header"), tr("HTTP"), tr("HTTPS")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    setAccessibleName(tr("Response headers, HTTP and HTTPS"));
    setWordWrap(false);
}

void HeadersTable::setResponses(const FetchResult &http, const FetchResult &https)
{
    const auto left = headerMap(http);
    const auto right = headerMap(https);
    QStringList names = left.keys();
    for (const QString &n : right.keys()) {
        if (!left.contains(n))
            names << n;
    }
    std::sort(names.begin(), names.end());
    setRowCount(int(names.size()));
    m_differing = 0;
    const QColor changed = verdictstyle::stateColor(NodeState::Different, palette());
    for (int row = 0; row < names.size(); ++row) {
        const QString &n = names.at(row);
        const bool differs = left.value(n) != right.value(n);
        m_differing += differs ? 1 : 0;
        auto *name = new QTableWidgetItem(n);
        auto *l = new QTableWidgetItem(left.contains(n) ? left.value(n) : tr("(absent)"));
        auto *r = new QTableWidgetItem(right.contains(n) ? right.value(n) : tr("(absent)"));
        for (QTableWidgetItem *item : {name, l, r}) {
            item->setToolTip(item->text());
            if (differs)
                item->setForeground(changed);
        }
        if (differs) {
            QFont bold = font();
            bold.setBold(true);
            name->setFont(bold);
        }
        setItem(row, 0, name);
        setItem(row, 1, l);
        setItem(row, 2, r);
    }
}

} // namespace sslrec::ui
