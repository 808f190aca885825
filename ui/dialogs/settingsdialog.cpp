#include "dialogs/settingsdialog.h"

#include "l10n.h"
#include "mainwindow/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace sslrec::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_expiry(new QSpinBox(this))
    , m_budget(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_expiry->setRange(1, 365);
    m_expiry->setSuffix(tr(" days"));
    m_expiry->setToolTip(tr("Certificates expiring within this many days are flagged as expiring soon"));
    m_expiry->setValue(AppSettings::scanDefaults().expiryWarningDays);
    form->addRow(tr("Warn when a certificate &expires within:"), m_expiry);
    m_budget->setRange(0, 4096);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setToolTip(tr("Memory for the bodies of differing pages during a live scan, for the side-by-side view"));
    m_budget->setValue(int(AppSettings::bodyBudgetBytes() / (1024 * 1024)));
    form->addRow(tr("&Memory for page bodies:"), m_budget);
    m_language->addItem(tr("System language (%1)").arg(l10n::nativeName(l10n::matchLanguage(QLocale::system()))), QString());
    // Each language by its own name, so a user lost in a foreign one finds theirs.
    for (const QString &language : l10n::availableLanguages())
        m_language->addItem(l10n::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_language->setToolTip(tr("Applies at once; a running scan goes on. Reasons and findings stay in English: they are the scan's evidence."));
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    auto defaults = AppSettings::scanDefaults();
    defaults.expiryWarningDays = m_expiry->value();
    AppSettings::setScanDefaults(defaults);
    AppSettings::setBodyBudgetBytes(qint64(m_budget->value()) * 1024 * 1024);
    AppSettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace sslrec::ui
