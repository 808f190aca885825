#include "mainwindow/startpage.h"

#include "crawl/domaininput.h"
#include "mainwindow/appsettings.h"
#include "mainwindow/scanoptionspanel.h"
#include "models/verdictstyle.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sslrec::ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setMaximumWidth(760);
    auto *centre = new QWidget(scroll);
    auto *centreLayout = new QHBoxLayout(centre);
    centreLayout->addStretch();
    centreLayout->addWidget(content, 4);
    centreLayout->addStretch();
    scroll->setWidget(centre);

    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(10);
    layout->addSpacing(24);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_intro = new QLabel(content);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *row = new QHBoxLayout;
    m_domain = new QLineEdit(content);
    m_domain->setObjectName(QStringLiteral("domainField"));
    m_domain->setClearButtonEnabled(true);
    QFont big = m_domain->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_domain->setFont(big);
    m_scan = new QPushButton(QIcon(QStringLiteral(":/icons/scan.svg")), QString(), content);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setDefault(true);
    m_scan->setEnabled(false);
    row->addWidget(m_domain, 1);
    row->addWidget(m_scan);
    layout->addLayout(row);

    m_hint = new QLabel(content);
    m_hint->setObjectName(QStringLiteral("domainHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_options = new ScanOptionsPanel(content);
    layout->addWidget(m_options);

    m_recentBox = new QGroupBox(content);
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setObjectName(QStringLiteral("recentScans"));
    m_recent->setMaximumHeight(140);
    recentLayout->addWidget(m_recent);
    layout->addWidget(m_recentBox);

    m_demo = new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), content);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demo);
    demoRow->addStretch();
    layout->addLayout(demoRow);
    layout->addStretch();

    connect(m_domain, &QLineEdit::textChanged, this, &StartPage::validate);
    connect(m_domain, &QLineEdit::returnPressed, this, &StartPage::requestScan);
    connect(m_scan, &QPushButton::clicked, this, &StartPage::requestScan);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        auto base = demoSettings();
        if (!base) {
            setHint(base.error().message, true);
            return;
        }
        emit demoRequested(*base);
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setDomain(item->text());
        requestScan();
    });
    setFocusProxy(m_domain);
    m_options->load(AppSettings::scanDefaults());
    retranslateUi();
    reloadRecent();
}

void StartPage::retranslateUi()
{
    m_title->setText(tr("Which SSL/TLS mode can your proxy use?"));
    m_intro->setText(tr("sslrec crawls a sample of the site, fetches every page over HTTP and HTTPS, compares "
                        "them and checks each origin's certificate. It only reads (GET), obeys robots.txt and "
                        "recommends, per origin, the most secure mode that keeps the site working."));
    m_domain->setPlaceholderText(tr("example.com or https://example.com/shop"));
    m_domain->setAccessibleName(tr("Domain to scan"));
    m_domain->setToolTip(tr("A host name, or paste a URL: its host and path are used"));
    //: The button that starts a scan (a verb)
    m_scan->setText(tr("&Scan"));
    m_scan->setToolTip(tr("Start scanning this domain (Enter)"));
    m_hint->setAccessibleName(tr("Domain hint"));
    m_recentBox->setTitle(tr("Recent scans"));
    m_recent->setAccessibleName(tr("Recent scans"));
    m_recent->setToolTip(tr("Double-click or press Enter to scan again"));
    m_demo->setText(tr("Scan the &demo site"));
    m_demo->setToolTip(tr("A small fictitious site served on this computer (no network needed); each origin shows another outcome"));
    validate(); // the hint in the new language
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StartPage::setDomain(const QString &text)
{
    m_domain->setText(text);
}

void StartPage::reloadRecent()
{
    m_recent->clear();
    m_recent->addItems(AppSettings::recentDomains());
    m_recentBox->setVisible(m_recent->count() > 0);
}

void StartPage::loadDefaults(const ScanSettings &defaults)
{
    m_options->load(defaults);
}

void StartPage::setHint(const QString &text, bool error)
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, error ? verdictstyle::stateColor(NodeState::Different, p)
                                           : p.color(QPalette::PlaceholderText));
    m_hint->setPalette(p);
    m_hint->setText(text);
    m_hintIsError = error;
}

void StartPage::validate()
{
    const QString text = m_domain->text();
    if (text.trimmed().isEmpty()) {
        // An empty field is not an error yet: say what to type.
        m_valid = false;
        setHint(tr("Enter a domain such as example.com, or paste a URL."), false);
    } else if (const auto parsed = DomainInput::parse(text); !parsed) {
        m_valid = false;
        setHint(parsed.error().message, true);
    } else {
        m_valid = true;
        QString what = tr("Will scan %1").arg(parsed->urlHost());
        if (parsed->startPath)
            what += tr(", starting at %1").arg(*parsed->startPath);
        if (parsed->port)
            what += tr(", %1 port %2").arg(parsed->scheme.value_or(QStringLiteral("https")).toUpper()).arg(*parsed->port);
        if (!parsed->isIpLiteral && !parsed->host.startsWith(QLatin1String("www.")))
            what += tr(" and its subdomains");
        setHint(what + QLatin1Char('.'), false);
    }
    m_scan->setEnabled(m_valid);
    m_domain->setAccessibleDescription(m_hint->text());
}

Result<ScanSettings> StartPage::settings() const
{
    auto parsed = DomainInput::parse(m_domain->text());
    if (!parsed)
        return parsed.error();
    auto applied = m_options->apply(m_base.value_or(AppSettings::scanDefaults()));
    if (!applied)
        return applied;
    ScanSettings s = std::move(applied).value();
    s.domain = parsed->host;
    s.startPath = parsed->startPath.value_or(QStringLiteral("/"));
    if (parsed->port) {
        if (parsed->scheme == QLatin1String("http"))
            s.fetch.httpPort = quint16(*parsed->port);
        else
            s.fetch.httpsPort = quint16(*parsed->port);
    }
    return s;
}

Result<ScanSettings> StartPage::demoSettings() const
{
    return m_options->apply(m_base.value_or(AppSettings::scanDefaults()));
}

void StartPage::requestScan()
{
    auto s = settings();
    if (!s) {
        setHint(s.error().message, true);
        m_domain->setFocus();
        return;
    }
    emit scanRequested(*s);
}

} // namespace sslrec::ui
