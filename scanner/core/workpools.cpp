#include "core/workpools.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sslrec {

namespace {

QThreadPool *newPool(int maxThreads)
{
    auto *pool = new QThreadPool;
    pool->setMaxThreadCount(maxThreads);
    pool->setExpiryTimeout(30000);
    return pool;
}

void drain(QThreadPool *pool)
{
    pool->clear();
    pool->waitForDone();
}

} // namespace

QThreadPool *scanWorkPool()
{
    static QThreadPool *pool = [] {
        QThreadPool *p = newPool(std::max(1, QThread::idealThreadCount()));
        qAddPostRoutine([] { drain(scanWorkPool()); });
        return p;
    }();
    return pool;
}

QThreadPool *tlsProbePool()
{
    static QThreadPool *pool = [] {
        QThreadPool *p = newPool(16);
        qAddPostRoutine([] { drain(tlsProbePool()); });
        return p;
    }();
    return pool;
}

void lowerCurrentThreadPriority()
{
#if defined(Q_OS_LINUX)
    // On Linux the nice value belongs to the thread (PRIO_PROCESS with a
    // thread id); QThread::setPriority() cannot express it (SCHED_OTHER has
    // one static priority).
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    const int current = ::getpriority(PRIO_PROCESS, tid);
    ::setpriority(PRIO_PROCESS, tid, std::min(current + 10, 19));
#endif
}

} // namespace sslrec
