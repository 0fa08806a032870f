// Detail selection on a slow link: the real MainWindow over Session + JobBrowser against an
// in-process emulator answering every request after 150 ms. Page 1 is listed, row 0 selected and
// shown, then the Down arrow is pressed 50 times in the job table at a person's pace (one step
// every 200 ms). Each step is timed from the key press until the detail pane shows the selected
// job's regions (the pane holds that JobId and its regions table is on screen with rows), and
// the GetDeliveryHistoryJob requests the detail loader started are counted. Run twice: with the
// rows around the selection fetched ahead (the product's default) and without (every step waits
// a full round trip). `make bench` runs it under xvfb-run (offscreen without a display).
#include "benchtable.h"

#include "emulator/actiontrailemulator.h"
#include "emulator/demobackend.h"
#include "jobdetailpane.h"
#include "mainwindow.h"
#include "models/jobbrowser.h"
#include "models/jobdetailloader.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "models/session.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {
constexpr int latencyMs = 150;
constexpr int steps = 50;
constexpr int paceMs = 200;
constexpr int jobCount = 200;

/**
 * Spins the event loop until `done`, looking after every wake-up (a 1 ms precise timer at the
 * latest), so a measured time is late by at most about a millisecond. Harness only.
 */
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct SelectionRun
{
    QList<double> stepMs;
    int requests = 0;
    QString error;
};

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

SelectionRun runSelection(bool prefetch)
{
    SelectionRun run;
    EmulatorConfig config;
    config.key = DemoBackend::accessKey();
    config.jobCount = jobCount;
    config.latencyMs = latencyMs;
    ActionTrailEmulator emulator(config);
    if (emulator.listen() == 0) {
        run.error = QStringLiteral("the emulator did not listen");
        return run;
    }

    Session session;
    JobBrowser browser;
    browser.setPrefetchEnabled(prefetch);
    QObject::connect(&session, &Session::sourceChanged, &browser, &JobBrowser::setSource);
    MainWindow window(&browser);
    window.resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        run.error = QStringLiteral("the window was never exposed");
        return run;
    }
    auto *table = window.findChild<QTableView *>(QStringLiteral("jobTable"));
    auto *pane = window.findChild<JobDetailPane *>(QStringLiteral("jobDetailPane"));
    auto *regions
        = pane ? pane->findChild<QTableView *>(QStringLiteral("detailRegionsView")) : nullptr;
    if (!table || !regions) {
        run.error = QStringLiteral("jobTable, jobDetailPane or detailRegionsView not found");
        return run;
    }

    SessionAccount account;
    account.accessKey = DemoBackend::accessKey();
    account.endpoint = emulator.endpoint();
    // Page 1 must hold every row the 50 steps reach, so no step waits for the view's next page.
    browser.list()->setPageSize(JobListLoader::MaxPageSize);
    session.connectTo(account);
    JobListLoader *list = browser.list();
    if (!waitUntil([&] { return list->hasListed() && !list->isLoading(); }, 20000)
        || browser.proxy()->rowCount() <= steps) {
        run.error = QStringLiteral("page 1 did not arrive with more than %1 rows").arg(steps);
        return run;
    }

    const auto shownJob = [&] {
        return table->currentIndex().siblingAtColumn(0).data(JobTableModel::JobIdRole).toLongLong();
    };
    const auto paneShows = [&](qint64 jobId) {
        return jobId != 0 && pane->currentJobId() == jobId && regions->isVisible()
            && regions->model() && regions->model()->rowCount() > 0;
    };
    table->setFocus();
    table->setCurrentIndex(browser.proxy()->index(0, 0));
    if (!waitUntil([&] { return paneShows(shownJob()); }, 10000)) {
        run.error = QStringLiteral("the first row's details never showed");
        return run;
    }
    // What the first selection fetched ahead settles before the steps start.
    waitUntil([&] { return browser.details()->inFlight() == 0; }, 10000);

    const int requestsBefore = browser.details()->requestsStarted();
    for (int step = 0; step < steps; ++step) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(table, Qt::Key_Down);
        const qint64 jobId = shownJob();
        if (table->currentIndex().row() != step + 1) {
            run.error = QStringLiteral("step %1: the Down key went to row %2")
                            .arg(step + 1)
                            .arg(table->currentIndex().row());
            return run;
        }
        if (!waitUntil([&] { return paneShows(jobId); }, 10000)) {
            run.error
                = QStringLiteral("step %1: job %2's regions never showed").arg(step + 1).arg(jobId);
            return run;
        }
        run.stepMs.append(double(clock.nsecsElapsed()) / 1e6);
        waitUntil([&] { return clock.elapsed() >= paceMs; }, paceMs);
    }
    run.requests = browser.details()->requestsStarted() - requestsBefore;
    return run;
}
} // namespace

void benchDetailSelection(BenchTable &table)
{
    const QString section = QStringLiteral("detail");
    // The window reads and writes its settings: a throw-away place, never the developer's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    const QString what = QStringLiteral("%1 Down steps, one per %2 ms, %3 ms latency, ")
                             .arg(steps)
                             .arg(paceMs)
                             .arg(latencyMs);
    for (const bool prefetch : {false, true}) {
        const QString how = prefetch ? QStringLiteral("prefetch on (after)")
                                     : QStringLiteral("prefetch off (before)");
        const SelectionRun run = runSelection(prefetch);
        if (!run.error.isEmpty()) {
            table.add({section, what + how, QStringLiteral("failed: ") + run.error, {}, false});
            continue;
        }
        const double median = percentile(run.stepMs, 0.5);
        const double p90 = percentile(run.stepMs, 0.9);
        const double perStep = double(run.requests) / steps;
        table.add({section, what + how + QStringLiteral(": key press -> regions shown"),
                   QStringLiteral("median %1 ms, p90 %2 ms, max %3 ms")
                       .arg(median, 0, 'f', 1)
                       .arg(p90, 0, 'f', 1)
                       .arg(percentile(run.stepMs, 1.0), 0, 'f', 1),
                   prefetch ? QStringLiteral("median < 20 ms") : QString(),
                   !prefetch || median < 20});
        table.add({section, what + how + QStringLiteral(": GetDeliveryHistoryJob per step"),
                   QStringLiteral("%1 (%2 requests)").arg(perStep, 0, 'f', 2).arg(run.requests),
                   prefetch ? QStringLiteral("<= 1.5") : QString(), !prefetch || perStep <= 1.5});
    }
}
