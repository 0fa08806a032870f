#include "stallmeter.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <algorithm>
#include <ctime>

namespace {
qint64 threadCpuNs()
{
    timespec now {};
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
    m_deliveries.reserve(maxDeliveries);
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void StallMeter::pause()
{
    m_timer.stop();
    m_paused = true;
    m_deliveries.clear();
}

void StallMeter::resume()
{
    m_paused = false;
    m_lastWall = m_wall.nsecsElapsed();
    m_cpu = threadCpuNs();
    m_timer.start();
}

bool StallMeter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_paused && m_deliveries.size() < maxDeliveries) {
        // Qt's inner widgets ("qt_scrollarea_viewport") are named after their owner.
        QString name = watched->objectName();
        if (name.startsWith(QLatin1String("qt_")) && watched->parent())
            name = watched->parent()->objectName() + QLatin1Char('/') + name;
        m_deliveries.push_back(
            {threadCpuNs(), event->type(), watched->metaObject()->className(), std::move(name)});
    }
    return false;
}

void StallMeter::tick()
{
    const qint64 wall = m_wall.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    m_longestWall = std::max(m_longestWall, wall - m_lastWall);
    if (cpu - m_cpu > m_longestCpu) {
        m_longestCpu = cpu - m_cpu;
        m_longestFrom = m_phaseAtLastTick;
        m_longestTo = m_phase;
        m_longestMadeOf = heaviestDeliveries(cpu);
    }
    m_phaseAtLastTick = m_phase;
    m_deliveries.clear();
    m_lastWall = wall;
    m_cpu = cpu;
    ++m_ticks;
}

QString StallMeter::summary() const
{
    return QStringLiteral("longest stall %1 ms CPU (%2: %3), %4 ms wall, %5 ticks")
        .arg(double(m_longestCpu) / 1e6, 0, 'f', 1)
        .arg(where(), m_longestMadeOf)
        .arg(double(m_longestWall) / 1e6, 0, 'f', 1)
        .arg(m_ticks);
}

QString StallMeter::budgetFailure() const
{
    return QStringLiteral("the event loop was busy for %1 ms without returning (%2; budget %3 ms); "
                          "the heaviest events in it: %4")
        .arg(double(m_longestCpu) / 1e6)
        .arg(where())
        .arg(maxStallNs / 1'000'000)
        .arg(m_longestMadeOf);
}

QString StallMeter::where() const
{
    if (qstrcmp(m_longestFrom, m_longestTo) == 0)
        return QString::fromLatin1(m_longestTo);
    return QStringLiteral("%1 -> %2").arg(QLatin1String(m_longestFrom), QLatin1String(m_longestTo));
}

QString StallMeter::heaviestDeliveries(qint64 gapEndNs) const
{
    // Each delivery is charged until the next one starts (events sent from inside a handler are
    // charged to themselves), so the top few name what the stall was spent on.
    struct Charge
    {
        qint64 ns;
        const Delivery *delivery;
    };
    std::vector<Charge> charges;
    charges.reserve(m_deliveries.size());
    for (std::size_t i = 0; i < m_deliveries.size(); ++i) {
        const qint64 end = i + 1 < m_deliveries.size() ? m_deliveries[i + 1].cpuNs : gapEndNs;
        charges.push_back({end - m_deliveries[i].cpuNs, &m_deliveries[i]});
    }
    const std::size_t shown = std::min<std::size_t>(4, charges.size());
    std::partial_sort(charges.begin(), charges.begin() + qsizetype(shown), charges.end(),
                      [](const Charge &a, const Charge &b) { return a.ns > b.ns; });
    const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    QStringList parts;
    for (std::size_t i = 0; i < shown; ++i) {
        const Delivery &d = *charges[i].delivery;
        const char *type = types.valueToKey(d.type);
        parts.append(QStringLiteral("%1 to %2%3 %4 ms")
                         .arg(type ? QLatin1String(type) : QLatin1String("event"))
                         .arg(QLatin1String(d.className))
                         .arg(d.objectName.isEmpty() ? QString() : QLatin1Char(' ') + d.objectName)
                         .arg(double(charges[i].ns) / 1e6, 0, 'f', 1));
    }
    return QStringLiteral("%1 (of %2 events)")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(m_deliveries.size());
}
