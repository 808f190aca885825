#pragma once

#include "fetch/fetchtypes.h"

#include <QTableWidget>

namespace sslrec::ui {

// The response headers of both sides, one row per header name, with the
// rows that differ marked. Repeated headers are joined with ", ".
class HeadersTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit HeadersTable(QWidget *parent = nullptr);

    void setResponses(const FetchResult &http, const FetchResult &https);
    int differingRows() const { return m_differing; }

private:
    int m_differing = 0;
};

} // namespace sslrec::ui
