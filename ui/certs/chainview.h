#pragma once

#include "tls/tlsreport.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QSplitter;

namespace sslrec::ui {

class CertificatePanel;

// An origin's certificate chain as served, leaf first (KDE's
// KSslInfoDialog): each certificate coloured by its worst finding, the
// selected one's details, connection-level findings and the TLS session
// (protocol, cipher, ALPN, group, OCSP stapling).
class ChainView : public QWidget
{
    Q_OBJECT

public:
    explicit ChainView(QWidget *parent = nullptr);

    void setReport(const TlsReport &report, int expiryWarningDays = 30);
    void clear();
    QListWidget *chainList() const { return m_chain; }
    CertificatePanel *certificatePanel() const { return m_panel; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void showCertificate(int index);

    TlsReport m_report;
    int m_expiryWarningDays = 30;
    QLabel *m_summary = nullptr;
    QListWidget *m_chain = nullptr;
    QListWidget *m_connectionFindings = nullptr;
    QLabel *m_session = nullptr;
    CertificatePanel *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace sslrec::ui
