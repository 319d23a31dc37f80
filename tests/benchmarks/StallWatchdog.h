// The UI thread's longest stall during a step, and how much of it was the UI thread's own work.
//
// A timer ticks every 2 ms on the UI thread; the longest gap between two ticks is the longest time the event loop
// could not turn. Beside each gap the watchdog reads the processor time the UI thread itself used in it
// (CLOCK_THREAD_CPUTIME_ID): on a loaded machine a thread can wait tens of milliseconds for a core, and the two
// figures tell the program's work apart from that wait.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace rs::bench {

struct Stall
{
    qint64 longest = 0; // ms: the longest gap between two ticks
    qint64 ownWork = 0; // ms: the UI thread's processor time within that gap
    qint64 busiest = 0; // ms: the most processor time the UI thread used within any one gap
};

// "61 ms (its own work 3 ms)": the stall, then the UI thread's processor time within it.
inline QString describe(const Stall &stall)
{
    return QStringLiteral("%1 ms (its own work %2 ms)").arg(stall.longest).arg(stall.ownWork);
}

class StallWatchdog : public QObject
{
public:
    StallWatchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this]() { tick(); });
    }
    void start()
    {
        m_stall = {};
        m_clock.start();
        m_cpu = threadCpuNs();
        m_timer.start();
    }
    Stall stop()
    {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20); // the gap the last call left ends here
        m_timer.stop();
        return m_stall;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    void tick()
    {
        const qint64 gap = m_clock.restart();
        const qint64 cpu = threadCpuNs();
        const qint64 own = (cpu - m_cpu) / 1000000;
        m_cpu = cpu;
        if (gap > m_stall.longest) {
            m_stall.longest = gap;
            m_stall.ownWork = own;
        }
        m_stall.busiest = std::max(m_stall.busiest, own);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_cpu = 0;
    Stall m_stall;
};

} // namespace rs::bench
