// The scan's pools are its own, and the GUI's scan threads yield to it: a
// thread that lowers its priority keeps the others as they were, and what it
// starts afterwards inherits the lower priority.
#include "core/workpools.h"

#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace sslrec;

namespace {

int niceOfThisThread()
{
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

} // namespace

class tst_WorkPools : public QObject
{
    Q_OBJECT

private slots:
    void poolsAreTheScansOwn();
    void lowerPriorityIsPerThreadAndInherited();
};

void tst_WorkPools::poolsAreTheScansOwn()
{
    QVERIFY(scanWorkPool() != QThreadPool::globalInstance());
    QVERIFY(tlsProbePool() != QThreadPool::globalInstance());
    QVERIFY(scanWorkPool() != tlsProbePool());
    QCOMPARE(scanWorkPool(), scanWorkPool());
    QCOMPARE(scanWorkPool()->maxThreadCount(), std::max(1, QThread::idealThreadCount()));
}

void tst_WorkPools::lowerPriorityIsPerThreadAndInherited()
{
    const int mine = niceOfThisThread();
    int lowered = 0;
    int child = 0;
    QThread *worker = QThread::create([&] {
        lowerCurrentThreadPriority();
        lowered = niceOfThisThread();
        QThread *grandChild = QThread::create([&] { child = niceOfThisThread(); });
        grandChild->start();
        grandChild->wait();
        delete grandChild;
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QCOMPARE(lowered, std::min(mine + 10, 19));
    QCOMPARE(child, lowered);
    QCOMPARE(niceOfThisThread(), mine); // the caller's thread only
}

QTEST_GUILESS_MAIN(tst_WorkPools)
#include "tst_workpools.moc"
