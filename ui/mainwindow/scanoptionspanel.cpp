#include "mainwindow/scanoptionspanel.h"

#include "mainwindow/filefield.h"
#include "scan/scanoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
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
    m_toggle->setText(tr("Scan &options"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Show scan options"));
    layout->addWidget(m_toggle);

    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_maxPages = new QSpinBox(m_body);
    m_maxPages->setObjectName(QStringLiteral("maxPages"));
    m_maxPages->setRange(1, 100000);
    m_maxPages->setToolTip(tr("Page pairs sampled per origin (--max-pages)"));
    form->addRow(tr("Max &pages per origin:"), m_maxPages);

    m_concurrency = new QSpinBox(m_body);
    m_concurrency->setRange(1, 64);
    m_concurrency->setToolTip(tr("Parallel requests per origin and scheme (--concurrency). Be gentle with small servers."));
    form->addRow(tr("&Concurrency:"), m_concurrency);

    m_currentMode = new QComboBox(m_body);
    m_currentMode->addItem(tr("Unknown"), QString());
    for (Mode m : kProxyModes)
        m_currentMode->addItem(modeDisplayName(m), modeName(m));
    m_currentMode->setToolTip(tr("The proxy mode in use today (--current-mode); sslrec never recommends a weaker one"));
    form->addRow(tr("Current &mode:"), m_currentMode);

    m_pins = new QPlainTextEdit(m_body);
    m_pins->setObjectName(QStringLiteral("resolvePins"));
    m_pins->setPlaceholderText(tr("www.example.com:192.0.2.10 (one per line)"));
    m_pins->setTabChangesFocus(true);
    m_pins->setFixedHeight(m_pins->fontMetrics().lineSpacing() * 3 + 12);
    m_pins->setToolTip(tr("Pin hostnames to addresses to audit the origin behind a proxy (--resolve HOST:ADDRESS)"));
    m_pins->setAccessibleName(tr("Resolve pins"));
    form->addRow(tr("&Resolve pins:"), m_pins);

    m_caFile = new FileField(tr("Extra CA file"), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"), m_body);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setToolTip(tr("Also trust the CA certificates in this PEM file (--ca-file)"));
    form->addRow(tr("Extra C&A file:"), m_caFile);

    m_originCa = new QCheckBox(tr("Trust Cloudflare &Origin CA roots"), m_body);
    m_originCa->setToolTip(tr("Origin CA certificates are accepted by the proxy but not by browsers (--no-origin-ca to turn off)"));
    form->addRow(QString(), m_originCa);

    m_robots = new QComboBox(m_body);
    m_robots->addItem(tr("Obey rules for sslrec, else for *"), QStringLiteral("all"));
    m_robots->addItem(tr("Obey only rules that name sslrec"), QStringLiteral("named-only"));
    m_robots->setToolTip(tr("Which robots.txt rules to obey (--robots). 'Only rules that name sslrec' is for auditing your own staging site."));
    form->addRow(tr("Ro&bots.txt:"), m_robots);

    m_userAgent = new QLineEdit(m_body);
    m_userAgent->setToolTip(tr("User-Agent header sent with every request (--user-agent)"));
    form->addRow(tr("&User agent:"), m_userAgent);

    m_seedFile = new FileField(tr("Seed URL file"), tr("Text files (*.txt);;All files (*)"), m_body);
    m_seedFile->setToolTip(tr("One URL or path per line, sampled when the crawl finds too few pages (--seed-urls)"));
    form->addRow(tr("S&eed URLs:"), m_seedFile);

    m_accessLog = new FileField(tr("Access log file"), tr("Log files (*.log *access*);;All files (*)"), m_body);
    m_accessLog->setToolTip(tr("A web server access log; its most requested paths are sampled when the crawl finds too few (--access-log)"));
    form->addRow(tr("Access &log:"), m_accessLog);

    layout->addWidget(m_body);
    connect(m_toggle, &QToolButton::toggled, this, &ScanOptionsPanel::setExpanded);
    setExpanded(false);
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
