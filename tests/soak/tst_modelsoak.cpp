// Fault soak of the GUI's path: JobTableModel (through ClientJobSource, ActionTrailClient and the
// real network stack) behind the table's sort/filter proxy and a shown QTableView, against the
// emulator executable with 30% faults, then with `slow` faults and a 1 s timeout. "Load all" must
// end with every job exactly once, in the service's order, and the event loop must never stall:
// a 5 ms QTimer ticks throughout and the longest gap between ticks is measured.
//
// The stall asserted is measured in this thread's CPU time between ticks (work done on the event
// loop without returning to it), because on a shared 2-core machine the wall-clock gap also counts
// time the whole process was not scheduled, which no code of ours can prevent; the wall-clock gap
// is printed beside it.
#include "emulatorprocess.h"

#include "api/actiontrailclient.h"
#include "models/clientjobsource.h"
#include "models/jobfilterproxymodel.h"
#include "models/jobtablemodel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <ctime>

namespace {
constexpr int soakJobs = 10000;
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BACKFILL_INSTRUMENTED_BUILD
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
#define BACKFILL_INSTRUMENTED_BUILD
#endif
// The 50 ms requirement is for the product as shipped (optimised, uninstrumented). Debug and
// sanitizer builds run the same code several times slower (ASan: 94 ms where release takes 20 ms);
// there the soak still catches a freeze, against a budget scaled by 5.
#ifdef BACKFILL_INSTRUMENTED_BUILD
constexpr qint64 maxStallNs = 250'000'000;
#else
constexpr qint64 maxStallNs = 50'000'000;
#endif

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/** Ticks every 5 ms and keeps the longest gap between ticks, in wall and in thread CPU time. */
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_wall.start();
        m_cpu = threadCpuNs();
        m_timer.start();
    }
    qint64 longestWallGapNs() const { return m_longestWall; }
    qint64 longestCpuGapNs() const { return m_longestCpu; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 wall = m_wall.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_longestWall = std::max(m_longestWall, wall - m_lastWall);
        m_longestCpu = std::max(m_longestCpu, cpu - m_cpu);
        m_lastWall = wall;
        m_cpu = cpu;
        ++m_ticks;
    }
    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWall = 0;
    qint64 m_cpu = 0;
    qint64 m_longestWall = 0;
    qint64 m_longestCpu = 0;
    int m_ticks = 0;
};

} // namespace

class TestModelSoak : public QObject
{
    Q_OBJECT

private slots:
    void loadAllUnderFaults_data();
    void loadAllUnderFaults();
};

void TestModelSoak::loadAllUnderFaults_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("30% of 503, throttle, 500, reset, truncate, garbage")
        << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("0.3")} << soakJobs << 10000;
    QTest::newRow("30% slow, 1 s timeout")
        << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("0.3"), QStringLiteral("--faults"),
                       QStringLiteral("slow")}
        << 2000 << 1000;
}

void TestModelSoak::loadAllUnderFaults()
{
    QFETCH(QStringList, faults);
    QFETCH(int, jobs);
    QFETCH(int, timeoutMs);
    const QStringList data = {QStringLiteral("--jobs"), QString::number(jobs), QStringLiteral("--seed"),
                              QStringLiteral("5")};
    QString error;
    EmulatorProcess reference;
    QVERIFY2(reference.start(data, &error), qPrintable(error));
    EmulatorProcess flaky;
    QVERIFY2(flaky.start(data + faults, &error), qPrintable(error));
    const ProcessRun expected = runProcess(
        backfillBrowserPath(),
        {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--page-size"), QStringLiteral("100"),
         QStringLiteral("--endpoint"), reference.endpoint()},
        demoKeyEnvironment());
    QVERIFY2(expected.finished && expected.exitCode == 0, expected.err.constData());
    const QList<qint64> expectedIds = csvJobIds(expected.out);
    QCOMPARE(expectedIds.size(), jobs);

    QNetworkAccessManager network;
    ActionTrailClient client(&network);
    client.setAccessKey({QStringLiteral("LTAI5tDemoBackfillBrowser"),
                         QStringLiteral("DemoSecretNotARealKey0000000000"), {}});
    client.setEndpoint(QUrl(flaky.endpoint()));
    client.setTransferTimeout(std::chrono::milliseconds(timeoutMs));
    ClientJobSource source(&client);
    JobTableModel model;
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1000, 700);
    view.show();
    QSignalSpy retries(&model, &JobTableModel::retrying);
    QSignalSpy errors(&model, &JobTableModel::errorOccurred);

    StallMeter stalls;
    model.setSource(&source);
    QTRY_VERIFY_WITH_TIMEOUT(model.hasListed() || !errors.isEmpty(), 30000);
    QVERIFY2(errors.isEmpty(), qPrintable(model.lastError() ? model.lastError()->detail : QString()));
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT((model.isComplete() && !model.isLoading()) || !errors.isEmpty(), 60000);
    QVERIFY2(errors.isEmpty(), qPrintable(model.lastError() ? model.lastError()->detail : QString()));
    QTest::qWait(50); // let the view lay out and paint what arrived last, inside the measurement

    QCOMPARE(model.rowCount(), jobs);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(JobTableModel::JobIdRole).toLongLong());
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), jobs); // every row exactly once
    QCOMPARE(ids, expectedIds);                                     // in the service's order
    QCOMPARE(proxy.rowCount(), jobs);

    qInfo("%lld retries (model-level signal); %d ticks; longest stall %.1f ms CPU, %.1f ms wall",
          qint64(retries.size()), stalls.ticks(), double(stalls.longestCpuGapNs()) / 1e6,
          double(stalls.longestWallGapNs()) / 1e6);
    QVERIFY2(!retries.isEmpty(), "no retries: the faults this soak is about never happened");
    QVERIFY(stalls.ticks() > 20);
    QVERIFY2(stalls.longestCpuGapNs() < maxStallNs,
             qPrintable(QStringLiteral("the event loop was busy for %1 ms without returning (budget %2 ms)")
                            .arg(double(stalls.longestCpuGapNs()) / 1e6)
                            .arg(maxStallNs / 1'000'000)));
}

QTEST_MAIN(TestModelSoak)
#include "tst_modelsoak.moc"
