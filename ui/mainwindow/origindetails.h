#pragma once

#include "models/originsmodel.h"

#include <QTabWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace sslrec::ui {

class ChainView;
class ModeLadderModel;
class PageFilterModel;

// Everything about the selected origin: the verdict with the mode ladder
// and reasons, its pages (verdict filter and search), and its certificate
// chain.
class OriginDetails : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { VerdictTab, PagesTab, CertificateTab };

    OriginDetails(QAbstractItemModel *pages, QWidget *parent = nullptr);

    // Shows \a row (null: nothing selected).
    void setOrigin(const OriginsModel::Row *row, std::optional<Mode> currentMode, int expiryWarningDays);
    QString host() const { return m_host; }
    QTableView *pagesView() const { return m_pagesView; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *verdictFilter() const { return m_verdict; }
    PageFilterModel *pageFilter() const { return m_filter; }
    ChainView *chainView() const { return m_chain; }
    QTableView *ladderView() const { return m_ladderView; }

signals:
    void pageActivated(const QString &host, const QString &pathAndQuery);

private:
    QWidget *createVerdictTab();
    QWidget *createPagesTab(QAbstractItemModel *pages);

    QString m_host;
    QLabel *m_headline = nullptr;
    ModeLadderModel *m_ladder = nullptr;
    QTableView *m_ladderView = nullptr;
    QListWidget *m_reasons = nullptr;
    PageFilterModel *m_filter = nullptr;
    QTableView *m_pagesView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_verdict = nullptr;
    ChainView *m_chain = nullptr;
    QString m_tlsShownFor;
};

} // namespace sslrec::ui
