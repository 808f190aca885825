#include "scan/scanloader.h"

#include "store/scanfile.h"

#include <QtConcurrent>

namespace sslrec::ui {

ScanLoader::ScanLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sslrec::ScanResult>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ScanLoader::onFinished);
}

ScanLoader::~ScanLoader()
{
    m_watcher.waitForFinished();
}

void ScanLoader::load(const QString &path)
{
    const quint64 job = ++m_job;
    // A running load cannot be interrupted; its outcome is dropped by job id
    // and the new one waits for the watcher to be free.
    auto future = QtConcurrent::run([job, path] {
        Outcome outcome;
        outcome.job = job;
        outcome.path = path;
        auto scan = ScanFile::load(path);
        if (scan)
            outcome.scan = std::move(scan).value();
        else
            outcome.error = scan.error().message;
        return outcome;
    });
    m_watcher.setFuture(future);
}

void ScanLoader::onFinished()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const Outcome outcome = m_watcher.result();
    if (outcome.job != m_job)
        return;
    if (outcome.scan)
        emit loaded(outcome.path, *outcome.scan);
    else
        emit failed(outcome.path, outcome.error);
}

} // namespace sslrec::ui
