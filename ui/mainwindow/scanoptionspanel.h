#pragma once

#include "core/result.h"
#include "scan/scansettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace sslrec::ui {

class FileField;

// The scan options as a collapsible form: the same options as
// `sslrec DOMAIN [scan options]` (scanner/scan/scanoptions.h), so what a user
// sets here can be repeated on the command line.
class ScanOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScanOptionsPanel(QWidget *parent = nullptr);

    void setExpanded(bool expanded);
    bool isExpanded() const;
    // Fills the form from \a settings (defaults, or a scan to repeat).
    void load(const ScanSettings &settings);
    // \a base with the form's values; an error names the field that is wrong.
    Result<ScanSettings> apply(ScanSettings base) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text of the form; again on QEvent::LanguageChange.
    void retranslateUi();
    void setLabel(QWidget *field, const QString &text);

    QFormLayout *m_form = nullptr;
    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
    QSpinBox *m_maxPages = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QComboBox *m_currentMode = nullptr;
    QPlainTextEdit *m_pins = nullptr;
    FileField *m_caFile = nullptr;
    QCheckBox *m_originCa = nullptr;
    QComboBox *m_robots = nullptr;
    QLineEdit *m_userAgent = nullptr;
    FileField *m_seedFile = nullptr;
    FileField *m_accessLog = nullptr;
};

} // namespace sslrec::ui
