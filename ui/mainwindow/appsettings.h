#pragma once

#include "scan/scansettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sslrec::ui {

// The application's persistent preferences (QSettings): scan defaults, the
// expiry threshold, the language placeholder, recent scans and the window
// layout. Only the values a user chooses are stored; per-scan pins and files
// stay per scan.
class AppSettings
{
public:
    // Defaults for the options panel: limits, robots policy, user agent,
    // Origin CA roots, expiry threshold.
    static ScanSettings scanDefaults();
    static void setScanDefaults(const ScanSettings &settings);

    // "" = follow the system locale, else a name from l10n::availableLanguages().
    static QString language();
    static void setLanguage(const QString &language);
    static qint64 bodyBudgetBytes();
    static void setBodyBudgetBytes(qint64 bytes);

    static QStringList recentDomains();
    static void addRecentDomain(const QString &domain);
    static constexpr int kMaxRecent = 10;
    // Saved scans opened or saved lately, newest first.
    static QStringList recentScanFiles();
    static void addRecentScanFile(const QString &path);
    static void removeRecentScanFile(const QString &path);
    static constexpr int kMaxRecentFiles = 8;
    // Where the export dialog proposes files: the folder of the last export.
    static QString exportDirectory();
    static void setExportDirectory(const QString &directory);

    static QByteArray windowState(const QString &key);
    static void setWindowState(const QString &key, const QByteArray &state);
};

} // namespace sslrec::ui
