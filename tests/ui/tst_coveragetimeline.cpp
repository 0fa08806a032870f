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

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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
    void overlappingBarsStack();
    void barsUnderNewerOnesAreNotPainted();
    void clickingABarActivatesItsTask();
    void keyboardReachesEveryBar();
    void clickInTheWindowSelectsTheTaskInTheTable();
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

void TestCoverageTimeline::overlappingBarsStack()
{
    Trail trail;
    trail.name = QStringLiteral("audit-trail");
    QList<DeliveryJob> jobs;
    for (int i = 0; i < 5; ++i) {
        // Five 90-day windows a day apart: each overlaps all the others.
        const QDateTime created = now.addDays(-i);
        DeliveryJob job = task(100 + i, JobStatus::Complete, "2026-01-01T00:00:00Z",
                               "2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z");
        job.eventsFrom = created.addDays(-90);
        job.eventsTo = created;
        job.createdTime = created;
        jobs << job;
    }
    const TrailCoverage coverage = TrailCoverage::compute(trail, jobs, now);
    const TimelineScale scale(TimelineGeometry::span({coverage}, now), 100, 900);
    const LaneGeometry g = TimelineGeometry::layout(coverage, scale, QRectF(0, 0, 1000, 60));
    QSet<int> rows(g.barRows.cbegin(), g.barRows.cend());
    QCOMPARE(rows.size(), TimelineGeometry::MaxBarRows);
    // Where they share a row, the newest is the one a click finds.
    const int newest = coverage.lastTaskIndex();
    QCOMPARE(TimelineGeometry::barAt(g, coverage, g.bars.at(newest).center()), newest);
}

void TestCoverageTimeline::barsUnderNewerOnesAreNotPainted()
{
    Trail trail;
    trail.name = QStringLiteral("audit-trail");
    // Four tasks with the same window: three rows, so two share one and the newer hides the
    // older; the one created first among those two is hidden.
    QList<DeliveryJob> jobs;
    for (int i = 0; i < 4; ++i)
        jobs << task(200 + i, JobStatus::Complete, "2026-09-10T00:00:00Z", "2026-12-01T00:00:00Z",
                     "2026-12-01T00:00:00Z");
    for (int i = 0; i < 4; ++i)
        jobs[i].createdTime = now.addDays(-10 + i);
    const TrailCoverage coverage = TrailCoverage::compute(trail, jobs, now);
    const TimelineScale scale(TimelineGeometry::span({coverage}, now), 100, 900);
    const LaneGeometry g = TimelineGeometry::layout(coverage, scale, QRectF(0, 0, 1000, 60));
    const auto hiddenCount = std::count_if(g.barPieces.cbegin(), g.barPieces.cend(),
                                           [](const QList<QRectF> &p) { return p.isEmpty(); });
    QCOMPARE(hiddenCount, 1);
    int hidden = 0;
    while (!g.barPieces.at(hidden).isEmpty())
        ++hidden;
    int mate = -1;
    for (int i = 0; i < g.bars.size(); ++i) {
        if (i != hidden && g.barRows.at(i) == g.barRows.at(hidden))
            mate = i;
    }
    QVERIFY(mate >= 0);
    QVERIFY(coverage.bars.at(hidden).created < coverage.bars.at(mate).created);
    QCOMPARE(TimelineGeometry::barAt(g, coverage, g.bars.at(hidden).center()), mate);
    // A bar that shows a pixel of its own is painted.
    jobs[0].eventsFrom = utc("2026-09-01T00:00:00Z");
    const TrailCoverage wider = TrailCoverage::compute(trail, jobs, now);
    const LaneGeometry g2 = TimelineGeometry::layout(
        wider, TimelineScale(TimelineGeometry::span({wider}, now), 100, 900),
        QRectF(0, 0, 1000, 60));
    // Only the part the newer bars leave: from its own start to theirs.
    QCOMPARE(g2.barPieces.at(0).size(), 1);
    QCOMPARE(g2.barPieces.at(0).at(0).left(), g2.bars.at(0).left());
    QCOMPARE(g2.barPieces.at(0).at(0).right(), std::floor(g2.bars.at(1).left()));
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
