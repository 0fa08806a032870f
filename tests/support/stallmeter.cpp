#include "stallmeter.h"

#include <algorithm>
#include <ctime>

namespace {
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}
} // namespace

StallMeter::StallMeter()
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    m_wall.start();
    m_cpu = threadCpuNs();
    m_timer.start();
}

void StallMeter::tick()
{
    const qint64 wall = m_wall.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    m_longestWall = std::max(m_longestWall, wall - m_lastWall);
    m_longestCpu = std::max(m_longestCpu, cpu - m_cpu);
    m_lastWall = wall;
    m_cpu = cpu;
    ++m_ticks;
}

QString StallMeter::summary() const
{
    return QStringLiteral("longest stall %1 ms CPU, %2 ms wall, %3 ticks")
        .arg(double(m_longestCpu) / 1e6, 0, 'f', 1)
        .arg(double(m_longestWall) / 1e6, 0, 'f', 1)
        .arg(m_ticks);
}

QString StallMeter::budgetFailure() const
{
    return QStringLiteral("the event loop was busy for %1 ms without returning (budget %2 ms)")
        .arg(double(m_longestCpu) / 1e6)
        .arg(maxStallNs / 1'000'000);
}
