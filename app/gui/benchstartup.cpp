// SSLREC_BENCH_STARTUP=1 sslrec: prints the time from process start to the
// first window's first expose on standard error, then quits. Used by
// bench/site/run.sh startup (issue #10: the first window within 500 ms).
// Hooked in as a Q_COREAPP_STARTUP_FUNCTION so main.cpp stays untouched.
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Seconds since boot when this process started (/proc/self/stat field 22,
// in clock ticks); the kernel counts it on CLOCK_BOOTTIME.
double processStartSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    return fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
}

double bootSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

class FirstExpose : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_seen && qobject_cast<QWindow *>(watched)
            && static_cast<QWindow *>(watched)->isExposed()) {
            m_seen = true;
            const double start = processStartSeconds();
            std::fprintf(stderr, "sslrec: first window exposed after ms=%.1f (process start, %.0f ms clock resolution)\n",
                         start < 0 ? -1.0 : (bootSeconds() - start) * 1000.0, 1000.0 / double(sysconf(_SC_CLK_TCK)));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    bool m_seen = false;
};

void installStartupProbe()
{
    if (qEnvironmentVariableIntValue("SSLREC_BENCH_STARTUP") != 1)
        return;
    qApp->installEventFilter(new FirstExpose(qApp));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installStartupProbe)
