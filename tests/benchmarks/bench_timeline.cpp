// The coverage timeline with 10,000 tasks over 50 trails: the time to join the tasks into the
// 50 coverage pictures (TrailCoverage::compute, what TrailBrowser does when tasks change), the
// time to lay the lanes out (a resize), and a full repaint of the widget into an image of the
// window's size, as the screen would get it. "Within a frame" is 16.7 ms at 60 Hz.
#include "benchtable.h"

#include "coveragetimeline.h"
#include "models/trailcoverage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <ctime>

namespace {
constexpr int trailCount = 50;
constexpr int tasksPerTrail = 200;
constexpr int rounds = 31;

/** CPU time of the whole process (Qt's raster engine fills large areas on pooled threads). */
qint64 processCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6;
}

struct Fixture
{
    QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    QList<Trail> trails;
    QList<DeliveryJob> jobs;
};

Fixture makeFixture()
{
    Fixture f;
    static const JobStatus statuses[]
        = {JobStatus::Complete, JobStatus::Failed, JobStatus::Complete, JobStatus::Delivering};
    qint64 id = 1;
    for (int t = 0; t < trailCount; ++t) {
        Trail trail;
        trail.name = QStringLiteral("trail-%1").arg(t, 2, 10, QLatin1Char('0'));
        trail.status = QStringLiteral("Enable");
        trail.slsProjectArn = QStringLiteral("acs:log:cn-hangzhou:1:project/audit");
        trail.startLoggingTime = f.now.addDays(-10 - t * 3);
        f.trails << trail;
        for (int i = 0; i < tasksPerTrail; ++i) {
            // A task every 18 hours over the last 150 days: windows overlap heavily.
            DeliveryJob job;
            job.jobId = id++;
            job.trailName = trail.name;
            job.status = statuses[i % 4];
            job.rawStatus = int(job.status);
            job.createdTime = f.now.addSecs(-qint64(i) * 18 * 3600);
            job.eventsFrom = job.createdTime.addDays(-90);
            job.eventsTo = std::min(job.createdTime, trail.startLoggingTime.addSecs(300));
            f.jobs << job;
        }
    }
    return f;
}
} // namespace

void benchTimeline(BenchTable &table)
{
    const QString section = QStringLiteral("timeline");
    const Fixture f = makeFixture();

    QList<TrailCoverage> coverages;
    QList<qint64> computeNs;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        coverages.clear();
        // As TrailBrowser does: one pass grouping the tasks by trail, then one picture each.
        QHash<QString, QList<DeliveryJob>> byTrail;
        for (const DeliveryJob &job : f.jobs)
            byTrail[job.trailName].append(job);
        for (const Trail &trail : f.trails)
            coverages << TrailCoverage::compute(trail, byTrail.value(trail.name), f.now);
        computeNs << timer.nsecsElapsed();
    }
    table.add({section,
               QStringLiteral("coverage of 50 trails from 10,000 tasks (grouped, then computed)"),
               QStringLiteral("median %1 ms of %2").arg(medianMs(computeNs), 0, 'f', 2).arg(rounds),
               {},
               true});

    CoverageTimeline timeline;
    timeline.setCoverages(coverages, f.now);
    const QSize size(1600, timeline.sizeHint().height());
    timeline.resize(size);
    QList<qint64> layoutNs;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        timeline.setCoverages(coverages, f.now);
        layoutNs << timer.nsecsElapsed();
    }
    table.add({section,
               QStringLiteral("lay out 50 lanes, 10,000 bars (new data or a resize)"),
               QStringLiteral("median %1 ms of %2").arg(medianMs(layoutNs), 0, 'f', 2).arg(rounds),
               {},
               true});

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QList<qint64> paintNs;
    QList<qint64> paintCpuNs;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        const qint64 cpu = processCpuNs();
        timer.start();
        timeline.render(&image);
        paintNs << timer.nsecsElapsed();
        paintCpuNs << processCpuNs() - cpu;
    }
    const double median = medianMs(paintNs);
    table.add(
        {section,
         QStringLiteral("full repaint, 50 lanes, 10,000 bars, %1x%2 px")
             .arg(size.width())
             .arg(size.height()),
         QStringLiteral("median %1 ms of %2 (max %3 ms), CPU %4 ms")
             .arg(median, 0, 'f', 2)
             .arg(rounds)
             .arg(double(*std::max_element(paintNs.cbegin(), paintNs.cend())) / 1e6, 0, 'f', 2)
             .arg(medianMs(paintCpuNs), 0, 'f', 2),
         QStringLiteral("< 16.7 ms (a frame)"), median < 16.7});

    // What a window shows at once: the scroll area repaints its viewport only.
    const QRect viewport(0, 0, size.width(), std::min(size.height(), 900));
    QImage screen(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QList<qint64> viewportNs;
    QList<qint64> viewportCpuNs;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        const qint64 cpu = processCpuNs();
        timer.start();
        timeline.render(&screen, {}, QRegion(viewport));
        viewportNs << timer.nsecsElapsed();
        viewportCpuNs << processCpuNs() - cpu;
    }
    const double viewportMedian = medianMs(viewportNs);
    table.add({section,
               QStringLiteral("repaint of a %1x%2 viewport of it (what a window shows)")
                   .arg(viewport.width())
                   .arg(viewport.height()),
               QStringLiteral("median %1 ms of %2, CPU %3 ms")
                   .arg(viewportMedian, 0, 'f', 2)
                   .arg(rounds)
                   .arg(medianMs(viewportCpuNs), 0, 'f', 2),
               QStringLiteral("< 16.7 ms (a frame)"), viewportMedian < 16.7});
}
