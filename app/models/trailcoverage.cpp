#include "trailcoverage.h"

#include <algorithm>

namespace {
/** When the trail stopped delivering: its stop time when stopped, else now. */
QDateTime ownDeliveryEnd(const Trail &trail, const QDateTime &now)
{
    if (!trail.isLogging() && trail.stopLoggingTime.isValid())
        return std::min(trail.stopLoggingTime, now);
    return now;
}

double progressOf(const DeliveryJob &job)
{
    if (job.regions.isEmpty())
        return job.status == JobStatus::Complete ? 1.0 : -1.0;
    const auto done
        = std::count_if(job.regions.cbegin(), job.regions.cend(),
                        [](const RegionStatus &r) { return r.status == JobStatus::Complete; });
    return double(done) / double(job.regions.size());
}
} // namespace

int TrailCoverage::deliveredDays() const
{
    qint64 missing = 0;
    for (const TimeWindow &gap : gaps)
        missing += gap.from.secsTo(gap.to);
    const qint64 delivered = std::max<qint64>(0, horizon.from.secsTo(horizon.to) - missing);
    return int((delivered + 43200) / 86400);
}

int TrailCoverage::lastTaskIndex() const
{
    int last = -1;
    for (int i = 0; i < bars.size(); ++i) {
        if (last < 0 || bars.at(last).created < bars.at(i).created)
            last = i;
    }
    return last;
}

TimeWindow TrailCoverage::extent() const
{
    TimeWindow span = horizon;
    if (trailStart.isValid() && trailStart < span.from)
        span.from = trailStart;
    for (const CoverageBar &bar : bars) {
        if (!bar.window.isValid())
            continue;
        span.from = std::min(span.from, bar.window.from);
        span.to = std::max(span.to, bar.window.to);
    }
    return span;
}

TrailCoverage TrailCoverage::compute(const Trail &trail, const QList<DeliveryJob> &jobs,
                                     const QDateTime &now)
{
    TrailCoverage coverage;
    coverage.trailName = trail.name;
    coverage.now = now.toUTC();
    coverage.horizon = {coverage.now.addDays(-Coverage::HorizonDays), coverage.now};
    coverage.trailStart = trail.startLoggingTime;
    if (trail.deliversToSls() && trail.startLoggingTime.isValid())
        coverage.ownDelivery = {trail.startLoggingTime, ownDeliveryEnd(trail, coverage.now)};

    QList<TimeWindow> delivered;
    if (coverage.ownDelivery.isValid())
        delivered.append(coverage.ownDelivery);
    for (const DeliveryJob &job : jobs) {
        if (job.trailName != trail.name)
            continue;
        CoverageBar bar;
        bar.jobId = job.jobId;
        bar.window = Coverage::taskWindow(job, trail.startLoggingTime);
        bar.status = job.status;
        bar.rawStatus = job.rawStatus;
        bar.created = job.createdTime;
        bar.progress = progressOf(job);
        coverage.bars.append(bar);
        if (job.status == JobStatus::Complete && bar.window.isValid())
            delivered.append(bar.window);
    }
    std::stable_sort(
        coverage.bars.begin(), coverage.bars.end(),
        [](const CoverageBar &a, const CoverageBar &b) { return a.created < b.created; });
    coverage.gaps = uncovered(coverage.horizon, std::move(delivered));
    return coverage;
}

QList<TimeWindow> TrailCoverage::uncovered(const TimeWindow &range, QList<TimeWindow> covered)
{
    QList<TimeWindow> gaps;
    if (!range.isValid())
        return gaps;
    std::sort(covered.begin(), covered.end(),
              [](const TimeWindow &a, const TimeWindow &b) { return a.from < b.from; });
    QDateTime cursor = range.from;
    const auto addGap = [&gaps](const QDateTime &from, const QDateTime &to) {
        if (from.secsTo(to) >= MinimumGapSeconds)
            gaps.append({from, to});
    };
    for (const TimeWindow &window : std::as_const(covered)) {
        if (!window.isValid() || window.to <= cursor)
            continue;
        if (window.from >= range.to)
            break;
        if (window.from > cursor)
            addGap(cursor, window.from);
        cursor = std::max(cursor, window.to);
        if (cursor >= range.to)
            return gaps;
    }
    addGap(cursor, range.to);
    return gaps;
}
