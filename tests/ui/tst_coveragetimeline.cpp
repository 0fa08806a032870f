// The coverage timeline: bars land at the right x for known dates, gaps are where nobody
// delivered, a click or Enter on a bar activates its task, and in the window that selects the
// task in the table.
#include "coveragetimeline.h"
#include "fakejobsource.h"
#include "faketrailsource.h"
#include "mainwindow.h"
#include "models/jobbrowser.h"
#include "models/jobtablemodel.h"
#include "models/trailbrowser.h"
#include "testsupport.h"
#include "timelinegeometry.h"
#include "trailspage.h"

#include <QPushButton>
#include <QSignalSpy>

#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <algorithm>

using TestSupport::child;

namespace {
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

const QDateTime now = utc("2026-12-07T12:00:00Z");

DeliveryJob task(qint64 id, JobStatus status, const char *from, const char *to, const char *created)
{
    DeliveryJob job;
    job.jobId = id;
    job.trailName = QStringLiteral("audit-trail");
    job.status = status;
    job.rawStatus = int(status);
    job.eventsFrom = utc(from);
    job.eventsTo = utc(to);
    job.createdTime = utc(created);
    return job;
}

TrailCoverage sampleCoverage()
{
    Trail trail;
    trail.name = QStringLiteral("audit-trail");
    trail.status = QStringLiteral("Enable");
    trail.slsProjectArn = QStringLiteral("acs:log:cn-hangzhou:1:project/audit-log");
    trail.startLoggingTime = utc("2026-11-03T12:00:00Z");
    return TrailCoverage::compute(trail,
                                  {task(11, JobStatus::Complete, "2026-09-20T00:00:00Z",
                                        "2026-10-20T00:00:00Z", "2026-10-01T00:00:00Z"),
                                   task(12, JobStatus::Failed, "2026-10-25T00:00:00Z",
                                        "2026-11-03T12:05:00Z", "2026-11-10T00:00:00Z")},
                                  now);
}
} // namespace

class TestCoverageTimeline : public QObject
{
    Q_OBJECT

private slots:
    void scaleMapsKnownDates_data();
    void scaleMapsKnownDates();
    void spanCoversHorizonAndTrailLife();
    void barsAndGapsLandAtTheirDates();
    void overlappingBarsTakeRows_data();
    void overlappingBarsTakeRows();
    void barsBeforeThePictureTakeNoRow();
    void touchingCompleteBarsAreOneRun();
    void keyboardSkipsBarsNotDrawn();
    void monthLabelsStayInside_data();
    void monthLabelsStayInside();
    void clickingABarActivatesItsTask();
    void keyboardReachesEveryBar();
    void clickInTheWindowSelectsTheTaskInTheTable();
    void aRunningTaskHoldsBackTheNextOne_data();
    void aRunningTaskHoldsBackTheNextOne();
    void accessibleSummaryPerLane();
};

void TestCoverageTimeline::scaleMapsKnownDates_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<double>("x");
    // 100 days over 1000 px from x = 100: 10 px a day.
    QTest::newRow("start") << utc("2026-09-01T00:00:00Z") << 100.0;
    QTest::newRow("ten days in") << utc("2026-09-11T00:00:00Z") << 200.0;
    QTest::newRow("noon of day 50") << utc("2026-10-21T12:00:00Z") << 605.0;
    QTest::newRow("end") << utc("2026-12-10T00:00:00Z") << 1100.0;
    QTest::newRow("before the span: beyond the edge") << utc("2026-08-22T00:00:00Z") << 0.0;
}

void TestCoverageTimeline::scaleMapsKnownDates()
{
    QFETCH(QDateTime, time);
    QFETCH(double, x);
    const TimelineScale scale({utc("2026-09-01T00:00:00Z"), utc("2026-12-10T00:00:00Z")}, 100,
                              1000);
    QCOMPARE(scale.x(time), x);
    QCOMPARE(scale.time(x), time);
}

void TestCoverageTimeline::spanCoversHorizonAndTrailLife()
{
    // Without anything older, the horizon's first day to two days after now.
    TimeWindow span = TimelineGeometry::span({}, now);
    QCOMPARE(span.from, utc("2026-09-08T00:00:00Z"));
    QCOMPARE(span.to, utc("2026-12-09T12:00:00Z"));
    // A task reaching back before the horizon widens it, to that task's day.
    span = TimelineGeometry::span({sampleCoverage()}, now);
    QCOMPARE(span.from, utc("2026-09-08T00:00:00Z"));
    TrailCoverage old = sampleCoverage();
    old.trailStart = utc("2026-08-01T06:00:00Z");
    QCOMPARE(TimelineGeometry::span({old}, now).from, utc("2026-08-01T00:00:00Z"));
    // A trail logging for years does not squeeze the 90 days into a sliver.
    old.trailStart = utc("2020-01-01T00:00:00Z");
    QCOMPARE(TimelineGeometry::span({old}, now).from,
             utc("2026-06-10T00:00:00Z")); // now - 180 days, to the day
}

void TestCoverageTimeline::barsAndGapsLandAtTheirDates()
{
    const TrailCoverage coverage = sampleCoverage();
    // The horizon from 2026-09-08T12:00Z: the complete task covers 09-20..10-20, the trail itself
    // 11-03T12:00 onwards, so the gaps are 09-08T12..09-20 and 10-20..11-03T12 (the failed task
    // delivered nothing).
    QCOMPARE(coverage.gaps.size(), 2);
    QCOMPARE(coverage.gaps.at(0).from, utc("2026-09-08T12:00:00Z"));
    QCOMPARE(coverage.gaps.at(0).to, utc("2026-09-20T00:00:00Z"));
    QCOMPARE(coverage.gaps.at(1).from, utc("2026-10-20T00:00:00Z"));
    QCOMPARE(coverage.gaps.at(1).to, utc("2026-11-03T12:00:00Z"));

    // 2026-09-01 .. 2026-12-10 over 1000 px from 100: 10 px a day.
    const TimelineScale scale({utc("2026-09-01T00:00:00Z"), utc("2026-12-10T00:00:00Z")}, 100,
                              1000);
    const LaneGeometry g = TimelineGeometry::layout(coverage, scale, QRectF(0, 40, 1110, 60));
    QCOMPARE(g.bars.size(), 2);
    QCOMPARE(g.bars.at(0).left(), 290.0); // 2026-09-20: day 19
    QCOMPARE(g.bars.at(0).right(), 590.0); // 2026-10-20: day 49
    QCOMPARE(g.bars.at(1).left(), 640.0); // 2026-10-25: day 54
    QCOMPARE(g.gaps.at(0).left(), 175.0); // 2026-09-08T12:00: day 7.5
    QCOMPARE(g.gaps.at(0).right(), 290.0);
    QCOMPARE(g.gaps.at(1).left(), 590.0);
    QCOMPARE(g.gaps.at(1).right(), 735.0); // 2026-11-03T12:00: day 63.5
    QCOMPARE(g.ownDelivery.left(), 735.0);
    QCOMPARE(g.ownDelivery.right(), 1075.0); // now, 2026-12-07T12:00: day 97.5
    QCOMPARE(g.horizonX, 175.0);
    QCOMPARE(g.trailStartX, 735.0);
    QCOMPARE(g.nowX, 1075.0);
    // The gaps sit in the strip; the bars below it, inside the lane.
    QVERIFY(g.strip.contains(g.gaps.at(0).center()));
    QVERIFY(g.bars.at(0).top() >= g.strip.bottom());
    QVERIFY(g.lane.contains(g.bars.at(1)));
}

namespace {
/**
 * `count` 90-day tasks created a day apart up to now: up to 90, each overlaps all the others.
 */
TrailCoverage overlapping(int count)
{
    Trail trail;
    trail.name = QStringLiteral("audit-trail");
    QList<DeliveryJob> jobs;
    for (int i = 0; i < count; ++i) {
        const QDateTime created = now.addDays(-i);
        DeliveryJob job = task(100 + i, JobStatus::Complete, "2026-01-01T00:00:00Z",
                               "2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z");
        job.eventsFrom = created.addDays(-90);
        job.eventsTo = created;
        job.createdTime = created;
        jobs << job;
    }
    return TrailCoverage::compute(trail, jobs, now);
}

LaneGeometry layoutOf(const TrailCoverage &coverage)
{
    const TimelineScale scale(TimelineGeometry::span({coverage}, now), 100, 900);
    return TimelineGeometry::layout(coverage, scale, QRectF(0, 0, 1000, 60));
}
} // namespace

void TestCoverageTimeline::overlappingBarsTakeRows_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("hidden");
    QTest::newRow("one") << 1 << 1 << 0;
    QTest::newRow("three") << 3 << 3 << 0;
    QTest::newRow("as many as rows")
        << TimelineGeometry::MaxBarRows << TimelineGeometry::MaxBarRows << 0;
    QTest::newRow("two more than rows")
        << TimelineGeometry::MaxBarRows + 2 << TimelineGeometry::MaxBarRows << 2;
    QTest::newRow("eighty") << 80 << TimelineGeometry::MaxBarRows
                            << 80 - TimelineGeometry::MaxBarRows;
}

void TestCoverageTimeline::overlappingBarsTakeRows()
{
    QFETCH(int, tasks);
    QFETCH(int, rows);
    QFETCH(int, hidden);
    const TrailCoverage coverage = overlapping(tasks);
    const LaneGeometry g = layoutOf(coverage);
    QCOMPARE(g.rowCount, rows);
    QCOMPARE(g.hiddenBars, hidden);
    QCOMPARE(int(std::count(g.barRows.cbegin(), g.barRows.cend(), -1)), hidden);
    QCOMPARE(g.completeRuns.size(), rows); // one 90-day bar per row
    // No two bars of a row overlap, and every bar drawn is the one a click finds.
    for (int i = 0; i < g.bars.size(); ++i) {
        if (g.barRows.at(i) < 0) {
            QVERIFY(g.bars.at(i).isEmpty());
            continue;
        }
        QVERIFY(g.lane.contains(g.bars.at(i)));
        QCOMPARE(TimelineGeometry::barAt(g, coverage, g.bars.at(i).center()), i);
        for (int j = i + 1; j < g.bars.size(); ++j) {
            if (g.barRows.at(j) == g.barRows.at(i))
                QVERIFY(!g.bars.at(i).intersects(g.bars.at(j)));
        }
    }
    // The newest task is drawn, in the top row; those not drawn are the oldest.
    QCOMPARE(g.barRows.at(coverage.lastTaskIndex()), 0);
    for (int i = 0; i < g.bars.size(); ++i) {
        for (int j = 0; j < g.bars.size() && g.barRows.at(i) < 0; ++j) {
            if (g.barRows.at(j) >= 0)
                QVERIFY(coverage.bars.at(i).created <= coverage.bars.at(j).created);
        }
    }
}

void TestCoverageTimeline::barsBeforeThePictureTakeNoRow()
{
    // 300 tasks a day apart: the oldest windows end before the picture's left edge (at most
    // 180 days back), so they are neither drawn nor counted as "+N".
    const TrailCoverage coverage = overlapping(300);
    const LaneGeometry g = layoutOf(coverage);
    const TimelineScale scale(TimelineGeometry::span({coverage}, now), 100, 900);
    int beforeThePicture = 0;
    for (int i = 0; i < coverage.bars.size(); ++i) {
        if (scale.x(coverage.bars.at(i).window.to) < scale.left()) {
            ++beforeThePicture;
            QCOMPARE(g.barRows.at(i), -1);
        }
    }
    QVERIFY(beforeThePicture > 0);
    const auto notDrawn = std::count(g.barRows.cbegin(), g.barRows.cend(), -1);
    QCOMPARE(g.hiddenBars, int(notDrawn) - beforeThePicture);
}

void TestCoverageTimeline::touchingCompleteBarsAreOneRun()
{
    // 1,000 one-hour tasks back to back: each far under a pixel. They share one row (windows
    // that only touch do not overlap) and paint as one rectangle, not a thousand.
    Trail trail;
    trail.name = QStringLiteral("audit-trail");
    QList<DeliveryJob> jobs;
    const QDateTime start = now.addDays(-60);
    for (int i = 0; i < 1000; ++i) {
        DeliveryJob job = task(i + 1, JobStatus::Complete, "2026-01-01T00:00:00Z",
                               "2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z");
        job.eventsFrom = start.addSecs(qint64(i) * 3600);
        job.eventsTo = job.eventsFrom.addSecs(3600);
        job.createdTime = job.eventsTo.addSecs(60);
        jobs << job;
    }
    const TrailCoverage coverage = TrailCoverage::compute(trail, jobs, now);
    const LaneGeometry g = layoutOf(coverage);
    QCOMPARE(g.rowCount, 1);
    QCOMPARE(g.hiddenBars, 0);
    QCOMPARE(g.completeRuns.size(), 1);
    QCOMPARE(g.completeRuns.at(0).left(), g.bars.at(0).left());
    QVERIFY(g.completeRuns.at(0).right() >= g.bars.last().right());
    // A failed task between them splits nothing (it is drawn on its own), a gap of days does.
    jobs[500].status = JobStatus::Failed;
    jobs[500].rawStatus = int(JobStatus::Failed);
    for (int i = 700; i < 1000; ++i) {
        jobs[i].eventsFrom = jobs[i].eventsFrom.addDays(10);
        jobs[i].eventsTo = jobs[i].eventsTo.addDays(10);
    }
    const LaneGeometry split = layoutOf(TrailCoverage::compute(trail, jobs, now));
    QCOMPARE(split.completeRuns.size(), 2);
}

void TestCoverageTimeline::keyboardSkipsBarsNotDrawn()
{
    const TrailCoverage coverage = overlapping(TimelineGeometry::MaxBarRows + 3);
    CoverageTimeline timeline;
    timeline.resize(1000, 200);
    timeline.setCoverages({coverage}, now);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.setFocus();
    const LaneGeometry g = timeline.laneGeometry(0);
    QCOMPARE(g.hiddenBars, 3);
    QList<int> reached;
    for (int i = 0; i < coverage.bars.size(); ++i) {
        QTest::keyClick(&timeline, Qt::Key_Right);
        if (!reached.contains(timeline.focusedBar()))
            reached << timeline.focusedBar();
    }
    QCOMPARE(reached.size(), TimelineGeometry::MaxBarRows);
    for (int bar : std::as_const(reached))
        QVERIFY(g.barRows.at(bar) >= 0);
    // Left walks back to the lane itself.
    for (int i = 0; i < TimelineGeometry::MaxBarRows; ++i)
        QTest::keyClick(&timeline, Qt::Key_Left);
    QCOMPARE(timeline.focusedBar(), -1);
}

void TestCoverageTimeline::monthLabelsStayInside_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("left");
    // A widget 1000 px wide, labels 60 px: right of the tick while they fit, else left of it.
    QTest::newRow("room on the right") << 500.0 << 60.0 << 503.0;
    QTest::newRow("just fits") << 937.0 << 60.0 << 940.0;
    QTest::newRow("last month at the edge (Dec 2026)") << 960.0 << 60.0 << 897.0;
}

void TestCoverageTimeline::monthLabelsStayInside()
{
    QFETCH(double, x);
    QFETCH(double, width);
    QFETCH(double, left);
    const double placed = TimelineGeometry::tickLabelLeft(x, width, 1000);
    QCOMPARE(placed, left);
    QVERIFY(placed + width <= 1000);
}

void TestCoverageTimeline::clickingABarActivatesItsTask()
{
    CoverageTimeline timeline;
    timeline.resize(1000, 200);
    timeline.setCoverages({sampleCoverage()}, now);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QSignalSpy activated(&timeline, &CoverageTimeline::taskActivated);
    const LaneGeometry g = timeline.laneGeometry(0);
    QCOMPARE(g.bars.size(), 2);
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, g.bars.at(1).center().toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 12);
    QCOMPARE(timeline.focusedBar(), 1);
    // A click beside every bar activates nothing.
    QTest::mouseClick(&timeline, Qt::LeftButton, {},
                      QPoint(int(g.nowX) + 3, int(g.bars.at(1).center().y())));
    QCOMPARE(activated.size(), 1);
}

void TestCoverageTimeline::keyboardReachesEveryBar()
{
    Trail other;
    other.name = QStringLiteral("other-trail");
    const TrailCoverage second = TrailCoverage::compute(other, {}, now);
    CoverageTimeline timeline;
    timeline.resize(1000, 300);
    timeline.setCoverages({sampleCoverage(), second}, now);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.setFocus();
    QSignalSpy activated(&timeline, &CoverageTimeline::taskActivated);
    QSignalSpy focusedTrail(&timeline, &CoverageTimeline::trailFocused);
    QCOMPARE(timeline.focusedLane(), 0);
    QTest::keyClick(&timeline, Qt::Key_Right);
    QCOMPARE(timeline.focusedBar(), 0);
    QTest::keyClick(&timeline, Qt::Key_Right);
    QCOMPARE(timeline.focusedBar(), 1);
    QTest::keyClick(&timeline, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 12);
    QTest::keyClick(&timeline, Qt::Key_Left);
    QTest::keyClick(&timeline, Qt::Key_Enter);
    QCOMPARE(activated.last().at(0).toLongLong(), 11);
    QTest::keyClick(&timeline, Qt::Key_Down);
    QCOMPARE(timeline.focusedLane(), 1);
    QCOMPARE(timeline.focusedBar(), -1);
    QCOMPARE(focusedTrail.size(), 1);
    QCOMPARE(focusedTrail.at(0).at(0).toString(), QStringLiteral("other-trail"));
    QTest::keyClick(&timeline, Qt::Key_Return); // a lane without a task: nothing
    QCOMPARE(activated.size(), 2);
}

void TestCoverageTimeline::clickInTheWindowSelectsTheTaskInTheTable()
{
    FakeJobSource jobs;
    jobs.jobs = FakeJobSource::makeJobs(30);
    FakeTrailSource trails;
    for (int i = 0; i < 7; ++i)
        trails.trails << FakeTrailSource::makeTrail(QStringLiteral("trail-%1").arg(i),
                                                    QStringLiteral("cn-hangzhou"),
                                                    utc("2026-10-01T00:00:00Z"));
    JobBrowser browser;
    TrailBrowser trailBrowser(&browser);
    trailBrowser.setClock([] { return now; });
    MainWindow window(&browser);
    window.setTrailBrowser(&trailBrowser);
    window.resize(1200, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    browser.setSource(&jobs);
    trailBrowser.setSource(&trails);
    QTRY_VERIFY(browser.model()->rowCount() >= 20);
    QTRY_COMPARE(trailBrowser.count(), 7);

    auto *tabs = child<QTabWidget>(&window, "browserTabs");
    auto *page = child<TrailsPage>(&window, "trailsPage");
    tabs->setCurrentWidget(page);
    auto *timeline = child<CoverageTimeline>(&window, "coverageTimeline");
    QTRY_VERIFY(timeline->isVisible());
    QTRY_COMPARE(timeline->coverages().size(), 7);
    const int lane = 2; // trail-2
    const TrailCoverage coverage = timeline->coverages().at(lane);
    QCOMPARE(coverage.trailName, QStringLiteral("trail-2"));
    QVERIFY(!coverage.bars.isEmpty());
    const int bar = coverage.lastTaskIndex();
    const qint64 jobId = coverage.bars.at(bar).jobId;
    QVERIFY(jobId != browser.selectedJobId());
    const QRectF rect = timeline->laneGeometry(lane).bars.at(bar);
    QCOMPARE(TimelineGeometry::barAt(timeline->laneGeometry(lane), coverage, rect.center()), bar);

    QTest::mouseClick(timeline, Qt::LeftButton, {}, rect.center().toPoint());
    QTRY_COMPARE(browser.selectedJobId(), jobId);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("browserPage"));
    auto *table = child<QTableView>(&window, "jobTable");
    QCOMPARE(table->currentIndex().data(JobTableModel::JobIdRole).toLongLong(), jobId);
}

void TestCoverageTimeline::aRunningTaskHoldsBackTheNextOne_data()
{
    QTest::addColumn<bool>("running");
    QTest::newRow("a task is running") << true;
    QTest::newRow("none is running") << false;
}

void TestCoverageTimeline::aRunningTaskHoldsBackTheNextOne()
{
    QFETCH(bool, running);
    FakeJobSource jobs;
    jobs.jobs = FakeJobSource::makeJobs(12);
    if (!running) // the only active one, complete instead
        jobs.jobs[0] = FakeJobSource::makeJob(jobs.jobs[0].jobId, jobs.jobs[0].trailName,
                                              JobStatus::Complete, jobs.jobs[0].createdTime);
    FakeTrailSource trails;
    trails.trails << FakeTrailSource::makeTrail(
        QStringLiteral("trail-2"), QStringLiteral("cn-hangzhou"), utc("2026-10-01T00:00:00Z"));
    JobBrowser browser;
    TrailBrowser trailBrowser(&browser);
    trailBrowser.setClock([] { return now; });
    MainWindow window(&browser);
    window.setTrailBrowser(&trailBrowser);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    browser.setSource(&jobs);
    trailBrowser.setSource(&trails);
    QTRY_VERIFY(browser.model()->rowCount() >= 12);
    QTRY_COMPARE(trailBrowser.count(), 1);
    auto *page = child<TrailsPage>(&window, "trailsPage");
    QVERIFY(page->selectTrail(QStringLiteral("trail-2")));
    auto *newTask = child<QPushButton>(&window, "newTaskFromTrail");
    // The service refuses a second running task per account: the page says so before the dialog.
    QTRY_COMPARE(newTask->isEnabled(), !running);
    QCOMPARE(newTask->toolTip().contains(QStringLiteral("still running")), running);
}

void TestCoverageTimeline::accessibleSummaryPerLane()
{
    CoverageTimeline timeline;
    timeline.setCoverages({sampleCoverage()}, now);
    QCOMPARE(timeline.laneSummary(0),
             QStringLiteral("audit-trail: 64 of 90 days delivered; last task 2026-11-10, failed"));
    QCOMPARE(timeline.accessibleDescription(), timeline.laneSummary(0));
}

QTEST_MAIN(TestCoverageTimeline)
#include "tst_coveragetimeline.moc"
