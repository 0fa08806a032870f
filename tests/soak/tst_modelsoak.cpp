// Fault soak of the GUI's path: JobTableModel (through ClientJobSource, ActionTrailClient and the
// real network stack) behind the table's sort/filter proxy and a shown QTableView, against the
// emulator executable with 30% faults, then with `slow` faults and a 1 s timeout. "Load all" must
// end with every job exactly once, in the service's order, and the event loop must never stall:
// a 5 ms QTimer ticks throughout and the longest gap between ticks is measured.
// The stall is measured in this thread's CPU time (StallMeter, tests/support/stallmeter.h).
#include "emulatorprocess.h"
#include "stallmeter.h"

#include "api/actiontrailclient.h"
#include "models/clientjobsource.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"

#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
constexpr int soakJobs = 10000;
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
        << QStringList {QStringLiteral("--fault-rate"), QStringLiteral("0.3")} << soakJobs << 10000;
    QTest::newRow("30% slow, 1 s timeout")
        << QStringList {QStringLiteral("--fault-rate"), QStringLiteral("0.3"),
                        QStringLiteral("--faults"), QStringLiteral("slow")}
        << 2000 << 1000;
}

void TestModelSoak::loadAllUnderFaults()
{
    QFETCH(QStringList, faults);
    QFETCH(int, jobs);
    QFETCH(int, timeoutMs);
    const QStringList data = {QStringLiteral("--jobs"), QString::number(jobs),
                              QStringLiteral("--seed"), QStringLiteral("5")};
    QString error;
    EmulatorProcess reference;
    EmulatorProcess::alignToStartOfSecond(); // the pair must agree on "now", see there
    QVERIFY2(reference.start(data, &error), qPrintable(error));
    EmulatorProcess flaky;
    QVERIFY2(flaky.start(data + faults, &error), qPrintable(error));
    const ProcessRun expected = runProcess(
        backfillBrowserPath(),
        {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--page-size"),
         QStringLiteral("100"), QStringLiteral("--endpoint"), reference.endpoint()},
        demoKeyEnvironment());
    QVERIFY2(expected.finished && expected.exitCode == 0, expected.err.constData());
    const QList<qint64> expectedIds = csvJobIds(expected.out);
    QCOMPARE(expectedIds.size(), jobs);

    QNetworkAccessManager network;
    ActionTrailClient client(&network);
    client.setAccessKey({QStringLiteral("LTAI5tDemoBackfillBrowser"),
                         QStringLiteral("DemoSecretNotARealKey0000000000"),
                         {}});
    client.setEndpoint(QUrl(flaky.endpoint()));
    client.setTransferTimeout(std::chrono::milliseconds(timeoutMs));
    ClientJobSource source(&client);
    JobTableModel model;
    JobListLoader loader(&model);
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1000, 700);
    view.show();
    QSignalSpy retries(&loader, &JobListLoader::retrying);
    QSignalSpy errors(&loader, &JobListLoader::errorOccurred);

    StallMeter stalls;
    loader.setSource(&source);
    QTRY_VERIFY_WITH_TIMEOUT(loader.hasListed() || !errors.isEmpty(), 30000);
    QVERIFY2(errors.isEmpty(),
             qPrintable(loader.lastError() ? loader.lastError()->detail : QString()));
    loader.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT((loader.isComplete() && !loader.isLoading()) || !errors.isEmpty(),
                             60000);
    QVERIFY2(errors.isEmpty(),
             qPrintable(loader.lastError() ? loader.lastError()->detail : QString()));
    QTest::qWait(50); // let the view lay out and paint what arrived last, inside the measurement

    QCOMPARE(model.rowCount(), jobs);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(JobTableModel::JobIdRole).toLongLong());
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), jobs); // every row exactly once
    QCOMPARE(ids, expectedIds); // in the service's order
    QCOMPARE(proxy.rowCount(), jobs);

    qInfo("%lld retries (model-level signal); %s", qint64(retries.size()),
          qPrintable(stalls.summary()));
    QVERIFY2(!retries.isEmpty(), "no retries: the faults this soak is about never happened");
    QVERIFY(stalls.ticks() > 20);
    QVERIFY2(stalls.withinBudget(), qPrintable(stalls.budgetFailure()));
}

QTEST_MAIN(TestModelSoak)
#include "tst_modelsoak.moc"
