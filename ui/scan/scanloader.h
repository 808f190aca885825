#pragma once

#include "scan/scanresult.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace sslrec::ui {

// Reads a saved scan (ScanFile::load: everything but the bodies) on the
// thread pool and hands the result to the GUI thread. Only the latest
// request reports: a load that a newer one replaced is dropped by job id.
class ScanLoader : public QObject
{
    Q_OBJECT

public:
    explicit ScanLoader(QObject *parent = nullptr);
    ~ScanLoader() override;

    void load(const QString &path);
    bool isLoading() const { return m_watcher.isRunning(); }

    // What one load produced (crosses from the pool to the GUI thread).
    struct Outcome
    {
        quint64 job = 0;                 // the request it answers
        QString path;                    // the file read
        std::optional<ScanResult> scan;  // the scan, or nothing on failure
        QString error;                   // why it could not be read
    };

signals:
    void loaded(const QString &path, const sslrec::ScanResult &scan);
    // \a message names the file and the problem (damaged, newer, not a scan).
    void failed(const QString &path, const QString &message);

private:
    void onFinished();

    quint64 m_job = 0;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace sslrec::ui
