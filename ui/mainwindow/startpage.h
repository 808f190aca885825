#pragma once

#include "core/result.h"
#include "scan/scansettings.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sslrec::ui {

class ScanOptionsPanel;

// The first thing a user sees: a domain field that validates as you type
// (pasted URLs welcome), Scan, the scan options, recent scans and the demo.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    QLineEdit *domainField() const { return m_domain; }
    QPushButton *scanButton() const { return m_scan; }
    QLabel *hintLabel() const { return m_hint; }
    ScanOptionsPanel *optionsPanel() const { return m_options; }
    // True when the field holds something scannable.
    bool isDomainValid() const { return m_valid; }
    // The hint explains a problem (shown in the error colour).
    bool hintIsError() const { return m_hintIsError; }
    void setDomain(const QString &text);
    void reloadRecent();
    void loadDefaults(const ScanSettings &defaults);

    // Settings for the current input, or why it cannot be scanned.
    Result<ScanSettings> settings() const;
    // The base settings (options panel) for a demo scan.
    Result<ScanSettings> demoSettings() const;

    // What the options panel is applied to: the saved defaults, or \a base.
    // The panel has no fields for ports, DNS or the system roots, so a test
    // that scans origins on loopback high ports sets them here (and only
    // those: the panel's own fields still win). Nothing else calls it.
    void setBaseSettings(const std::optional<ScanSettings> &base) { m_base = base; }

public slots:
    // Starts a scan if the input is valid, else points at the problem.
    void requestScan();

signals:
    void scanRequested(const sslrec::ScanSettings &settings);
    void demoRequested(const sslrec::ScanSettings &base);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text on the page; again on QEvent::LanguageChange.
    void retranslateUi();
    void validate();
    void setHint(const QString &text, bool error);

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QGroupBox *m_recentBox = nullptr;
    QLineEdit *m_domain = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_demo = nullptr;
    ScanOptionsPanel *m_options = nullptr;
    QListWidget *m_recent = nullptr;
    std::optional<ScanSettings> m_base;
    bool m_valid = false;
    bool m_hintIsError = false;
};

} // namespace sslrec::ui
