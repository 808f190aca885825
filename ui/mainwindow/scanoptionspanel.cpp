#include "mainwindow/scanoptionspanel.h"

#include "mainwindow/filefield.h"
#include "scan/scanoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace sslrec::ui {

ScanOptionsPanel::ScanOptionsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    layout->addWidget(m_toggle);

    m_body = new QWidget(this);
    auto *form = m_form = new QFormLayout(m_body);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_maxPages = new QSpinBox(m_body);
    m_maxPages->setObjectName(QStringLiteral("maxPages"));
    m_maxPages->setRange(1, 100000);
    form->addRow(QStringLiteral("-"), m_maxPages);

    m_concurrency = new QSpinBox(m_body);
    m_concurrency->setRange(1, 64);
    form->addRow(QStringLiteral("-"), m_concurrency);

    m_currentMode = new QComboBox(m_body);
    m_currentMode->addItem(QString(), QString());
    for (Mode m : kProxyModes)
        m_currentMode->addItem(modeDisplayName(m), modeName(m));
    form->addRow(QStringLiteral("-"), m_currentMode);

    m_pins = new QPlainTextEdit(m_body);
    m_pins->setObjectName(QStringLiteral("resolvePins"));
    m_pins->setTabChangesFocus(true);
    m_pins->setFixedHeight(m_pins->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(QStringLiteral("-"), m_pins);

    m_caFile = new FileField(QString(), QString(), m_body);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    form->addRow(QStringLiteral("-"), m_caFile);

    m_originCa = new QCheckBox(m_body);
    form->addRow(QString(), m_originCa);

    m_robots = new QComboBox(m_body);
    m_robots->addItem(QString(), QStringLiteral("all"));
    m_robots->addItem(QString(), QStringLiteral("named-only"));
    form->addRow(QStringLiteral("-"), m_robots);

    m_userAgent = new QLineEdit(m_body);
    form->addRow(QStringLiteral("-"), m_userAgent);

    m_seedFile = new FileField(QString(), QString(), m_body);
    form->addRow(QStringLiteral("-"), m_seedFile);

    m_accessLog = new FileField(QString(), QString(), m_body);
    form->addRow(QStringLiteral("-"), m_accessLog);

    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::toggled, this, &ScanOptionsPanel::setExpanded);
    retranslateUi();
    setExpanded(false);
}

void ScanOptionsPanel::setLabel(QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
        label->setText(text);
}

void ScanOptionsPanel::retranslateUi()
{
    m_toggle->setText(tr("Scan &options"));
    m_toggle->setAccessibleName(tr("Show scan options"));
    m_maxPages->setToolTip(tr("Page pairs sampled per origin (--max-pages)"));
    setLabel(m_maxPages, tr("Max &pages per origin:"));
    m_concurrency->setToolTip(tr("Parallel requests per origin and scheme (--concurrency). Be gentle with small servers."));
    setLabel(m_concurrency, tr("&Concurrency:"));
    //: The current proxy mode is not known
    m_currentMode->setItemText(0, tr("Unknown"));
    m_currentMode->setToolTip(tr("The proxy mode in use today (--current-mode); sslrec never recommends a weaker one"));
    setLabel(m_currentMode, tr("Current &mode:"));
    m_pins->setPlaceholderText(tr("www.example.com:192.0.2.10 (one per line)"));
    m_pins->setToolTip(tr("Pin hostnames to addresses to audit the origin behind a proxy (--resolve HOST:ADDRESS)"));
    m_pins->setAccessibleName(tr("Resolve pins"));
    setLabel(m_pins, tr("&Resolve pins:"));
    m_caFile->setDialog(tr("Extra CA file"), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    m_caFile->setToolTip(tr("Also trust the CA certificates in this PEM file (--ca-file)"));
    setLabel(m_caFile, tr("Extra C&A file:"));
    m_originCa->setText(tr("Trust Cloudflare &Origin CA roots"));
    m_originCa->setToolTip(tr("Origin CA certificates are accepted by the proxy but not by browsers (--no-origin-ca to turn off)"));
    m_robots->setItemText(0, tr("Obey rules for sslrec, else for *"));
    m_robots->setItemText(1, tr("Obey only rules that name sslrec"));
    m_robots->setToolTip(tr("Which robots.txt rules to obey (--robots). 'Only rules that name sslrec' is for auditing your own staging site."));
    setLabel(m_robots, tr("Ro&bots.txt:"));
    m_userAgent->setToolTip(tr("User-Agent header sent with every request (--user-agent)"));
    setLabel(m_userAgent, tr("&User agent:"));
    m_seedFile->setDialog(tr("Seed URL file"), tr("Text files (*.txt);;All files (*)"));
    m_seedFile->setToolTip(tr("One URL or path per line, sampled when the crawl finds too few pages (--seed-urls)"));
    setLabel(m_seedFile, tr("S&eed URLs:"));
    m_accessLog->setDialog(tr("Access log file"), tr("Log files (*.log *access*);;All files (*)"));
    m_accessLog->setToolTip(tr("A web server access log; its most requested paths are sampled when the crawl finds too few (--access-log)"));
    setLabel(m_accessLog, tr("Access &log:"));
}

void ScanOptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScanOptionsPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

bool ScanOptionsPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void ScanOptionsPanel::load(const ScanSettings &s)
{
    m_maxPages->setValue(s.maxPages);
    m_concurrency->setValue(s.concurrency);
    m_currentMode->setCurrentIndex(std::max(0, m_currentMode->findData(s.currentMode ? modeName(*s.currentMode) : QString())));
    QStringList pins;
    for (auto it = s.resolve.cbegin(); it != s.resolve.cend(); ++it)
        pins << it.key() + QLatin1Char(':') + it.value().toString();
    pins.sort();
    m_pins->setPlainText(pins.join(QLatin1Char('\n')));
    m_caFile->setPath(s.caFiles.value(0));
    m_originCa->setChecked(s.useOriginCa);
    m_robots->setCurrentIndex(s.robotsPolicy == RobotsPolicy::NamedOnly ? 1 : 0);
    m_userAgent->setText(s.fetch.userAgent.isEmpty() ? defaultUserAgent() : s.fetch.userAgent);
    m_seedFile->setPath(s.seedUrlsFile);
    m_accessLog->setPath(s.accessLogFile);
}

Result<ScanSettings> ScanOptionsPanel::apply(ScanSettings s) const
{
    using R = Result<ScanSettings>;
    s.maxPages = m_maxPages->value();
    s.concurrency = m_concurrency->value();
    s.currentMode = parseMode(m_currentMode->currentData().toString());
    s.resolve.clear();
    for (const QString &line : m_pins->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        auto pin = parseResolvePin(line.trimmed());
        if (!pin)
            return pin.error();
        s.resolve.insert(pin->first, pin->second);
    }
    s.caFiles.clear();
    auto readable = [](const QString &path, const QString &what) -> Status {
        if (path.isEmpty())
            return Ok{};
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return Status::failure(QStringLiteral("option.file"),
                                   tr("%1 '%2' cannot be read; choose an existing file or clear the field").arg(what, path));
        return Ok{};
    };
    if (auto ok = readable(m_caFile->path(), tr("The extra CA file")); !ok)
        return ok.error();
    if (!m_caFile->path().isEmpty())
        s.caFiles << m_caFile->path();
    s.useOriginCa = m_originCa->isChecked();
    s.robotsPolicy = m_robots->currentData().toString() == QLatin1String("named-only") ? RobotsPolicy::NamedOnly
                                                                                        : RobotsPolicy::ObeyAll;
    s.fetch.userAgent = m_userAgent->text().trimmed();
    if (s.fetch.userAgent.isEmpty())
        return R::failure(QStringLiteral("option.user-agent"), tr("The user agent is empty; enter one or use the default: %1").arg(defaultUserAgent()));
    if (auto ok = readable(m_seedFile->path(), tr("The seed URL file")); !ok)
        return ok.error();
    s.seedUrlsFile = m_seedFile->path();
    if (auto ok = readable(m_accessLog->path(), tr("The access log")); !ok)
        return ok.error();
    s.accessLogFile = m_accessLog->path();
    return s;
}

} // namespace sslrec::ui
