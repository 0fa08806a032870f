#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

/** One printed row: what was measured, the figure, the target it is held against. */
struct BenchRow
{
    QString section;
    QString what;
    QString value;
    QString target; ///< empty when there is no target
    bool met = true;
};

/** Collects rows and prints them as an aligned table (and as Markdown with --markdown). */
class BenchTable
{
public:
    void add(BenchRow row);
    void print(bool markdown) const;
    bool allTargetsMet() const;

private:
    QList<BenchRow> m_rows;
};

/**
 * Runs `op` for about `minimum` of this thread's CPU time, in five rounds, and returns the mean
 * nanoseconds per call of the fastest round.
 */
double nanosecondsPerCall(const std::function<void()> &op,
                          std::chrono::milliseconds minimum = std::chrono::milliseconds(400));

QString formatDuration(double nanoseconds);
