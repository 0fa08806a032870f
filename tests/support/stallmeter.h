#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BACKFILL_INSTRUMENTED_BUILD
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
#define BACKFILL_INSTRUMENTED_BUILD
#endif

/**
 * How busy the event loop gets: a 5 ms timer ticks on the calling thread and the longest gap
 * between ticks is kept, in wall time and in this thread's CPU time.
 *
 * Soaks assert the CPU-time gap (work done on the event loop without returning to it), because on
 * a shared 2-core machine the wall-clock gap also counts time the whole process was not
 * scheduled, which no code of ours can prevent; the wall-clock gap is printed beside it.
 *
 * To say what the longest stall was made of, the meter also watches every event the application
 * delivers on this thread (an event filter on the application) and keeps, for the longest gap,
 * the events that took the most CPU time until the next one began.
 */
class StallMeter : public QObject
{
public:
    /**
     * The 50 ms requirement is for the product as shipped (optimised, uninstrumented). Debug and
     * sanitizer builds run the same code several times slower (ASan: 94 ms where release takes
     * 20 ms); there a soak still catches a freeze, against a budget scaled by 5.
     */
#ifdef BACKFILL_INSTRUMENTED_BUILD
    static constexpr qint64 maxStallNs = 250'000'000;
#else
    static constexpr qint64 maxStallNs = 50'000'000;
#endif

    /** Starts ticking at once. */
    StallMeter();

    qint64 longestWallGapNs() const
    {
        return m_longestWall;
    }
    qint64 longestCpuGapNs() const
    {
        return m_longestCpu;
    }
    int ticks() const
    {
        return m_ticks;
    }
    /** Whether the longest CPU-time gap is within maxStallNs. */
    bool withinBudget() const
    {
        return m_longestCpu < maxStallNs;
    }
    /** "longest stall 3.2 ms CPU, 7.9 ms wall, 812 ticks" for the test log. */
    QString summary() const;
    /** Why withinBudget() is false, for QVERIFY2. */
    QString budgetFailure() const;

    /**
     * Names what the test is doing from now on (a string literal), so that the longest stall can
     * be told apart: the app's own work, or the test's driving of it without returning to the
     * event loop.
     */
    void setPhase(const char *phase)
    {
        m_phase = phase;
    }

    /**
     * Stops measuring while the test does work of its own on this thread that no user action
     * causes (building an oracle, say); resume() starts a fresh gap.
     */
    void pause();
    void resume();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Delivery
    {
        qint64 cpuNs;
        QEvent::Type type;
        const char *className;
        QString objectName;
    };

    void tick();
    QString where() const;
    QString heaviestDeliveries(qint64 gapEndNs) const;

    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWall = 0;
    qint64 m_cpu = 0;
    qint64 m_longestWall = 0;
    qint64 m_longestCpu = 0;
    int m_ticks = 0;
    const char *m_phase = "start";
    const char *m_longestFrom = "";
    const char *m_longestTo = "";
    const char *m_phaseAtLastTick = "start";
    bool m_paused = false;
    std::vector<Delivery> m_deliveries; ///< since the last tick, capped
    QString m_longestMadeOf;
    static constexpr std::size_t maxDeliveries = 4096;
};
