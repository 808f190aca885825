#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace sslrec::ui {

// Preferences that are not per scan: the certificate expiry threshold,
// the memory budget for bodies kept during a live scan, and the language
// of the interface (applied by MainWindow when the dialog is accepted).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QSpinBox *m_expiry;
    QSpinBox *m_budget;
    QComboBox *m_language;
};

} // namespace sslrec::ui
