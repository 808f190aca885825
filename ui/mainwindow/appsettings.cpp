#include "mainwindow/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sslrec::ui {

namespace {
QString robotsName(RobotsPolicy p)
{
    return p == RobotsPolicy::NamedOnly ? QStringLiteral("named-only") : QStringLiteral("all");
}
} // namespace

ScanSettings AppSettings::scanDefaults()
{
    QSettings s;
    ScanSettings d;
    s.beginGroup(QStringLiteral("scan"));
    d.maxPages = s.value(QStringLiteral("maxPages"), d.maxPages).toInt();
    d.concurrency = s.value(QStringLiteral("concurrency"), d.concurrency).toInt();
    d.useOriginCa = s.value(QStringLiteral("originCa"), d.useOriginCa).toBool();
    d.robotsPolicy = s.value(QStringLiteral("robots")).toString() == QLatin1String("named-only") ? RobotsPolicy::NamedOnly
                                                                                                   : RobotsPolicy::ObeyAll;
    d.fetch.userAgent = s.value(QStringLiteral("userAgent"), defaultUserAgent()).toString();
    d.expiryWarningDays = s.value(QStringLiteral("expiryWarningDays"), d.expiryWarningDays).toInt();
    s.endGroup();
    return d;
}

void AppSettings::setScanDefaults(const ScanSettings &d)
{
    QSettings s;
    s.beginGroup(QStringLiteral("scan"));
    s.setValue(QStringLiteral("maxPages"), d.maxPages);
    s.setValue(QStringLiteral("concurrency"), d.concurrency);
    s.setValue(QStringLiteral("originCa"), d.useOriginCa);
    s.setValue(QStringLiteral("robots"), robotsName(d.robotsPolicy));
    if (d.fetch.userAgent == defaultUserAgent())
        s.remove(QStringLiteral("userAgent")); // follow the version on upgrades
    else
        s.setValue(QStringLiteral("userAgent"), d.fetch.userAgent);
    s.setValue(QStringLiteral("expiryWarningDays"), d.expiryWarningDays);
    s.endGroup();
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

qint64 AppSettings::bodyBudgetBytes()
{
    return QSettings().value(QStringLiteral("ui/bodyBudgetMiB"), 50).toLongLong() * 1024 * 1024;
}

void AppSettings::setBodyBudgetBytes(qint64 bytes)
{
    QSettings().setValue(QStringLiteral("ui/bodyBudgetMiB"), bytes / (1024 * 1024));
}

QStringList AppSettings::recentDomains()
{
    return QSettings().value(QStringLiteral("recent/domains")).toStringList();
}

void AppSettings::addRecentDomain(const QString &domain)
{
    QStringList list = recentDomains();
    list.removeAll(domain);
    list.prepend(domain);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recent/domains"), list);
}

QStringList AppSettings::recentScanFiles()
{
    return QSettings().value(QStringLiteral("recent/scanFiles")).toStringList();
}

void AppSettings::addRecentScanFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentScanFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recent/scanFiles"), list);
}

void AppSettings::removeRecentScanFile(const QString &path)
{
    QStringList list = recentScanFiles();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("recent/scanFiles"), list);
}

QString AppSettings::exportDirectory()
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString dir = QSettings().value(QStringLiteral("export/directory")).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : fallback.isEmpty() ? QDir::homePath() : fallback;
}

void AppSettings::setExportDirectory(const QString &directory)
{
    QSettings().setValue(QStringLiteral("export/directory"), directory);
}

QByteArray AppSettings::windowState(const QString &key)
{
    return QSettings().value(QStringLiteral("layout/") + key).toByteArray();
}

void AppSettings::setWindowState(const QString &key, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("layout/") + key, state);
}

} // namespace sslrec::ui
