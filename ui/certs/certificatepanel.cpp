#include "certs/certificatepanel.h"

#include "models/verdictstyle.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace sslrec::ui {

namespace {
QLabel *valueLabel(QWidget *parent, bool mono = false)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    if (mono)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}
} // namespace

CertificatePanel::CertificatePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_subject = valueLabel(this);
    m_issuer = valueLabel(this);
    m_sans = valueLabel(this);
    m_validity = valueLabel(this);
    m_key = valueLabel(this);
    m_signature = valueLabel(this);
    m_serial = valueLabel(this, true);
    m_sha256 = valueLabel(this, true);
    m_sha1 = valueLabel(this, true);
    m_form->addRow(tr("Subject:"), m_subject);
    m_form->addRow(tr("Issuer:"), m_issuer);
    m_form->addRow(tr("Names (SAN):"), m_sans);
    m_form->addRow(tr("Validity:"), m_validity);
    m_form->addRow(tr("Key:"), m_key);
    m_form->addRow(tr("Signature:"), m_signature);
    m_form->addRow(tr("Serial:"), m_serial);
    m_form->addRow(tr("SHA-256:"), m_sha256);
    m_form->addRow(tr("SHA-1:"), m_sha1);
    layout->addLayout(m_form);

    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("certificateFindings"));
    m_findings->setAccessibleName(tr("Findings of this certificate"));
    m_findings->setMaximumHeight(90);
    layout->addWidget(new QLabel(tr("Findings:"), this));
    layout->addWidget(m_findings);

    m_pem = new QPlainTextEdit(this);
    m_pem->setReadOnly(true);
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pem->setAccessibleName(tr("Certificate PEM"));
    m_pem->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_pem, 1);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy PEM"), this);
    m_copy->setToolTip(tr("Copy the certificate in PEM format to the clipboard"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Sa&ve PEM…"), this);
    m_save->setToolTip(tr("Save the certificate in PEM format to a file"));
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(pem()); });
    connect(m_save, &QPushButton::clicked, this, &CertificatePanel::savePem);
    clear();
}

QString CertificatePanel::pem() const
{
    return m_pem->toPlainText();
}

void CertificatePanel::clear()
{
    for (QLabel *l : {m_subject, m_issuer, m_sans, m_validity, m_key, m_signature, m_serial, m_sha256, m_sha1})
        l->clear();
    m_findings->clear();
    m_pem->clear();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
}

void CertificatePanel::setCertificate(const CertificateDetails &c, const QList<TlsFinding> &findings, int expiryWarningDays)
{
    m_commonName = c.commonName;
    m_subject->setText(c.subject + (c.selfSigned ? tr("  (self-signed)") : QString()));
    m_issuer->setText(c.issuer);
    QStringList names = c.dnsNames;
    names += c.ipAddresses;
    m_sans->setText(c.hasSubjectAltName ? names.join(QStringLiteral(", ")) : tr("none (no subjectAltName: browsers and validating proxies reject it)"));

    const QString from = QLocale().toString(c.notBefore.toLocalTime(), QLocale::ShortFormat);
    const QString to = QLocale().toString(c.notAfter.toLocalTime(), QLocale::ShortFormat);
    QString left;
    NodeState state = NodeState::Same;
    if (c.daysLeft < 0) {
        left = tr("expired %1 days ago").arg(-c.daysLeft);
        state = NodeState::Different;
    } else if (c.notBefore > QDateTime::currentDateTimeUtc()) {
        left = tr("not valid yet");
        state = NodeState::Different;
    } else {
        left = tr("%n day(s) left", nullptr, c.daysLeft);
        if (c.daysLeft <= expiryWarningDays)
            state = NodeState::Error;
    }
    m_validity->setText(tr("%1 to %2 — %3").arg(from, to, left));
    QPalette p = m_validity->palette();
    p.setColor(QPalette::WindowText, verdictstyle::stateColor(state, palette()));
    m_validity->setPalette(p);

    QString key = c.keyType;
    if (c.keyBits > 0)
        key += tr(", %1 bits").arg(c.keyBits);
    if (!c.curve.isEmpty())
        key += tr(", curve %1").arg(c.curve);
    if (c.isCa)
        key += tr(" (CA)");
    m_key->setText(key);
    m_signature->setText(c.signatureAlgorithm);
    m_serial->setText(c.serial);
    // 32 colon-separated bytes do not fit one line of a narrow panel.
    m_sha256->setText(c.sha256Fingerprint.size() > 60 ? c.sha256Fingerprint.left(48) + QLatin1Char('\n') + c.sha256Fingerprint.mid(48)
                                                      : c.sha256Fingerprint);
    m_sha1->setText(c.sha1Fingerprint);

    m_findings->clear();
    for (const TlsFinding &f : findings) {
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(severityName(f.severity), f.message), m_findings);
        item->setToolTip(f.code);
        item->setForeground(verdictstyle::stateColor(f.severity == Severity::Error     ? NodeState::Different
                                                     : f.severity == Severity::Warning ? NodeState::Error
                                                                                       : NodeState::Same,
                                                     palette()));
    }
    if (findings.isEmpty())
        m_findings->addItem(tr("No findings for this certificate."));
    m_pem->setPlainText(QString::fromLatin1(c.pem));
    m_copy->setEnabled(!c.pem.isEmpty());
    m_save->setEnabled(!c.pem.isEmpty());
}

void CertificatePanel::savePem()
{
    const QString suggested = (m_commonName.isEmpty() ? QStringLiteral("certificate") : QString(m_commonName).replace(QLatin1Char('*'), QLatin1Char('_'))) + QStringLiteral(".pem");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Certificate"), suggested, tr("PEM certificates (*.pem);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem().toLatin1()) < 0 || !file.commit()) {
        m_findings->addItem(tr("Could not save %1: %2. Choose another folder.").arg(path, file.errorString()));
    }
}

} // namespace sslrec::ui
