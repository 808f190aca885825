#pragma once

#include <QtGlobal>

#include <ctime>

// CPU time of this thread: the machine is shared, and "per core" is what
// the numbers are meant to say, so wall-clock time would mislead.
class CpuTimer
{
public:
    CpuTimer() { restart(); }
    void restart() { m_start = now(); }
    qint64 nsecsElapsed() const { return now() - m_start; }
    double seconds() const { return double(nsecsElapsed()) / 1e9; }

private:
    static qint64 now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};
