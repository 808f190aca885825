#include "certs/chainview.h"

#include "certs/certificatepanel.h"
#include "models/verdictstyle.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace sslrec::ui {

namespace {
NodeState stateOf(Severity s)
{
    switch (s) {
    case Severity::Error: return NodeState::Different;
    case Severity::Warning: return NodeState::Error;
    case Severity::Info: break;
    }
    return NodeState::Same;
}
} // namespace

ChainView::ChainView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chainSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("chainSplitter"));
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Chain as served (leaf first):"), left));
    m_chain = new QListWidget(left);
    m_chain->setObjectName(QStringLiteral("chainList"));
    m_chain->setAccessibleName(tr("Certificate chain"));
    leftLayout->addWidget(m_chain, 2);
    leftLayout->addWidget(new QLabel(tr("Connection findings:"), left));
    m_connectionFindings = new QListWidget(left);
    m_connectionFindings->setAccessibleName(tr("Connection findings"));
    leftLayout->addWidget(m_connectionFindings, 1);
    auto *sessionBox = new QGroupBox(tr("TLS session"), left);
    auto *sessionLayout = new QVBoxLayout(sessionBox);
    m_session = new QLabel(sessionBox);
    m_session->setObjectName(QStringLiteral("tlsSession"));
    m_session->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_session->setWordWrap(true);
    sessionLayout->addWidget(m_session);
    leftLayout->addWidget(sessionBox);

    m_panel = new CertificatePanel(m_splitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);
    connect(m_chain, &QListWidget::currentRowChanged, this, &ChainView::showCertificate);
    clear();
}

void ChainView::clear()
{
    m_report = {};
    m_summary->setText(tr("No TLS report for this origin yet."));
    m_chain->clear();
    m_connectionFindings->clear();
    m_session->clear();
    m_panel->clear();
}

void ChainView::setReport(const TlsReport &r, int expiryWarningDays)
{
    m_report = r;
    m_expiryWarningDays = expiryWarningDays;
    QString summary;
    if (!r.connected)
        summary = tr("%1: no TLS connection on port %2 (%3).").arg(r.hostname).arg(r.port).arg(r.handshakeError);
    else if (!r.handshakeOk)
        summary = tr("%1: the TLS handshake failed: %2.").arg(r.hostname, r.handshakeError);
    else if (r.certificateValid)
        summary = tr("%1: the certificate is valid for this hostname. Trusted via %2.").arg(r.hostname, r.trustSummary);
    else
        summary = tr("%1: a validating proxy rejects this certificate: %2 (trust: %3).")
                      .arg(r.hostname, r.verifyError.isEmpty() ? tr("see the findings") : r.verifyError, r.trustSummary);
    m_summary->setText(summary);
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText, verdictstyle::stateColor(r.certificateValid ? NodeState::Same : NodeState::Different, palette()));
    m_summary->setPalette(p);

    m_chain->clear();
    for (int i = 0; i < r.chain.size(); ++i) {
        const CertificateDetails &c = r.chain.at(i);
        Severity worst = Severity::Info;
        for (const TlsFinding &f : r.findings) {
            if (f.certificateIndex == i && int(f.severity) > int(worst))
                worst = f.severity;
        }
        const QString role = i == 0 ? tr("leaf") : c.selfSigned ? tr("root") : tr("intermediate");
        const QString name = c.commonName.isEmpty() ? c.subject : c.commonName;
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2 (%3)").arg(i + 1).arg(name, role), m_chain);
        item->setForeground(verdictstyle::stateColor(stateOf(worst), palette()));
        item->setIcon(QIcon(worst == Severity::Error     ? QStringLiteral(":/icons/cert-bad.svg")
                            : worst == Severity::Warning ? QStringLiteral(":/icons/cert-warning.svg")
                                                         : QStringLiteral(":/icons/cert-ok.svg")));
        item->setToolTip(c.subject);
    }
    m_connectionFindings->clear();
    for (const TlsFinding &f : r.findings) {
        if (f.certificateIndex >= 0)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(severityName(f.severity), f.message), m_connectionFindings);
        item->setToolTip(f.code);
        item->setForeground(verdictstyle::stateColor(stateOf(f.severity), palette()));
    }
    if (m_connectionFindings->count() == 0)
        m_connectionFindings->addItem(tr("None."));

    auto orNone = [this](const QString &s) { return s.isEmpty() ? tr("none") : s; };
    m_session->setText(r.handshakeOk ? tr("Protocol: %1\nCipher: %2\nALPN: %3\nKey exchange: %4\nOCSP stapling: %5\nAddress: %6 port %7")
                                           .arg(r.protocol, r.cipher, orNone(r.alpn), orNone(r.keyExchangeGroup),
                                                r.ocspStapled ? tr("yes") : tr("no"), r.address)
                                           .arg(r.port)
                                     : tr("No session (%1).").arg(r.handshakeError));
    m_panel->clear();
    if (!r.chain.isEmpty())
        m_chain->setCurrentRow(0);
}

void ChainView::showCertificate(int index)
{
    if (index < 0 || index >= m_report.chain.size()) {
        m_panel->clear();
        return;
    }
    QList<TlsFinding> own;
    for (const TlsFinding &f : std::as_const(m_report.findings)) {
        if (f.certificateIndex == index)
            own << f;
    }
    m_panel->setCertificate(m_report.chain.at(index), own, m_expiryWarningDays);
}

} // namespace sslrec::ui
