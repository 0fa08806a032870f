// Listing all 10,000 jobs of an emulator over loopback with the real CLI (`jobs list --all`), at
// 1, 2, 4 and 8 pages in flight. Wall time is the whole process (start, sign, fetch, parse, print
// CSV), which is what a script calling the CLI waits for. Every run must return 10,000 unique
// JobIds, or the row says so instead of a figure.
//
// Side by side, against the SAME emulator process and in the same shape (page 1 for TotalCount,
// then pages 2..100 with N in flight, CSV out): Alibaba Cloud's official Node.js SDK
// (sdk-listing/list-all.js), timed both as a whole process (node start and require included, as
// ours includes process start) and in-process (client creation to CSV written), against our
// in-process equivalent (JobLister + JobSerializer::toCsv in this process). The runs of the three
// alternate, so a neighbour's load spike hits all of them alike. Beside each wall time, the CPU
// time the client spent (user + system, all threads) and the emulator's CPU time for the same
// listing: on this shared 2-core machine the wall time of a loopback listing is roughly client CPU
// plus server CPU, so the CPU figures say how much of a difference is the client's own.
#include "benchtable.h"
#include "emulatorprocess.h"

#include "api/accesskey.h"
#include "api/actiontrailclient.h"
#include "api/apierror.h"
#include "api/joblister.h"
#include "api/networksetup.h"
#include "domain/jobserializer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <utility>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace {
constexpr int jobCount = 10000;
constexpr int pageSize = 100;
constexpr int runsPerSetting = 5;
const QString sdkName = QStringLiteral("official SDK (Node @alicloud/openapi-client 0.4.15)");
constexpr double expectedSpeedup = 2.0; // issue 8: "we expect to be at least 2x faster"

/** The figures of one run; `failure` set instead when it did not list every job exactly once. */
struct Run
{
    double wholeNs = 0; ///< process start to exit (0 for the in-process run)
    double wholeCpuNs = 0; ///< the client process's user + system time
    double listingNs = 0; ///< client creation to CSV written
    double listingCpuNs = 0; ///< CPU time of the same span
    double startupNs = 0; ///< node start + require (the SDK only)
    double emulatorCpuNs = 0; ///< the emulator's CPU time while this run listed
    QString failure;
};

QString checkJobIds(const QByteArray &csv);

double nanoseconds(const timeval &time)
{
    return double(time.tv_sec) * 1e9 + double(time.tv_usec) * 1e3;
}

/** User + system time of the children this process has waited for (QProcess reaps its own). */
double reapedChildrenCpuNs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime);
}

double ownCpuNs()
{
    timespec time {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e9 + double(time.tv_nsec);
}

/** The fields of /proc/PID/stat after the "(comm)" one: state first, then ppid, ... */
QList<QByteArray> procStatFields(qint64 pid, QByteArray *comm = nullptr)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')'); // comm may hold spaces and parentheses
    if (open < 0 || close < open)
        return {};
    if (comm)
        *comm = stat.mid(open + 1, close - open - 1);
    return stat.mid(close + 2).split(' ');
}

/** The emulator EmulatorProcess started: our child whose command name is actiontrail-emulator. */
qint64 emulatorPid()
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        QByteArray comm;
        const QList<QByteArray> fields = numeric ? procStatFields(pid, &comm) : QList<QByteArray>();
        // The kernel keeps 15 characters of the name.
        if (fields.size() > 1 && fields.at(1).toLongLong() == qint64(getpid())
            && QByteArray("actiontrail-emulator").startsWith(comm))
            return pid;
    }
    return -1;
}

/** utime + stime of `pid` (10 ms ticks on this kernel); 0 when it cannot be read. */
double processCpuNs(qint64 pid)
{
    const QList<QByteArray> fields = procStatFields(pid);
    if (fields.size() < 13)
        return 0;
    // Fields 14 and 15 of proc(5); this list starts at field 3.
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1e9
        / double(sysconf(_SC_CLK_TCK));
}

/** Runs `program` and adds its wall time, CPU time and the emulator's CPU time to `run`. */
ProcessRun timedProcess(qint64 emulator, const QString &program, const QStringList &arguments,
                        Run *run)
{
    const double childrenBefore = reapedChildrenCpuNs();
    const double emulatorBefore = processCpuNs(emulator);
    ProcessRun result = runProcess(program, arguments, demoKeyEnvironment());
    run->emulatorCpuNs = processCpuNs(emulator) - emulatorBefore;
    run->wholeCpuNs = reapedChildrenCpuNs() - childrenBefore;
    run->wholeNs = double(result.wallNs);
    if (!result.finished || result.exitCode != 0)
        run->failure = QStringLiteral("exit %1: %2")
                           .arg(result.exitCode)
                           .arg(QString::fromUtf8(result.err.left(200)).trimmed());
    else
        run->failure = checkJobIds(result.out);
    return result;
}

QString checkJobIds(const QByteArray &csv)
{
    const QList<qint64> ids = csvJobIds(csv);
    const QSet<qint64> unique(ids.cbegin(), ids.cend());
    if (ids.size() != jobCount || unique.size() != jobCount || unique.contains(-1))
        return QStringLiteral("%1 rows, %2 unique JobIds (expected %3)")
            .arg(ids.size())
            .arg(unique.size())
            .arg(jobCount);
    return {};
}

Run runCli(qint64 emulator, const QString &endpoint, int parallel)
{
    Run run;
    timedProcess(emulator, backfillBrowserPath(),
                 {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--page-size"),
                  QString::number(pageSize), QStringLiteral("--parallel"),
                  QString::number(parallel), QStringLiteral("--endpoint"), endpoint},
                 &run);
    return run;
}

/** What the CLI does between its start-up and its exit, timed in this process. */
Run runInProcess(qint64 emulator, const QString &endpoint, int parallel)
{
    const QProcessEnvironment key = demoKeyEnvironment();
    Run run;
    QByteArray csv;
    const double emulatorBefore = processCpuNs(emulator);
    const double cpuBefore = ownCpuNs();
    QElapsedTimer timer;
    timer.start();
    QNetworkAccessManager network;
    configureNetworkAccess(&network);
    ActionTrailClient client(&network);
    client.setEndpoint(QUrl(endpoint));
    client.setAccessKey({key.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")),
                         key.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")),
                         {}});
    JobLister lister(&client);
    lister.setPageSize(pageSize);
    lister.setMaxInFlight(parallel);
    // A nested loop is fine in a benchmark (never in product code): it waits for one listing.
    QEventLoop loop;
    QObject::connect(&lister, &JobLister::finished, &loop, [&](const JobPage &all) {
        csv = JobSerializer::toCsv(all.jobs).toUtf8();
        loop.quit();
    });
    QObject::connect(&lister, &JobLister::failed, &loop, [&](const ApiError &error) {
        run.failure = apiErrorDetails(error);
        loop.quit();
    });
    lister.start();
    loop.exec();
    run.listingNs = double(timer.nsecsElapsed());
    run.listingCpuNs = ownCpuNs() - cpuBefore;
    run.emulatorCpuNs = processCpuNs(emulator) - emulatorBefore;
    if (run.failure.isEmpty())
        run.failure = checkJobIds(csv);
    return run;
}

/** Where list-all.js is; set by tests/benchmarks/CMakeLists.txt. */
QString sdkScriptDirectory()
{
    return QStringLiteral(BACKFILL_SDK_LISTING_DIR);
}

/** Why the SDK side cannot run, or nullopt when node and the SDK's node_modules are there. */
std::optional<QString> sdkUnavailable(QString *node)
{
    *node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node->isEmpty())
        return QStringLiteral(
            "skipped: node is not on PATH (install nodejs, then make bench-sdk-deps)");
    if (!QFileInfo::exists(sdkScriptDirectory()
                           + QStringLiteral("/node_modules/@alicloud/openapi-client/package.json")))
        return QStringLiteral("skipped: run make bench-sdk-deps (no %1/node_modules)")
            .arg(sdkScriptDirectory());
    return std::nullopt;
}

Run runSdk(qint64 emulator, const QString &node, const QString &endpoint, int parallel)
{
    Run run;
    const ProcessRun result = timedProcess(
        emulator, node,
        {sdkScriptDirectory() + QStringLiteral("/list-all.js"), QStringLiteral("--endpoint"),
         endpoint, QStringLiteral("--parallel"), QString::number(parallel),
         QStringLiteral("--page-size"), QString::number(pageSize), QStringLiteral("--expect"),
         QString::number(jobCount)},
        &run);
    if (!run.failure.isEmpty())
        return run;
    // The script's last stderr line is its own timing, in milliseconds.
    const QList<QByteArray> lines = result.err.trimmed().split('\n');
    const QJsonObject timing = QJsonDocument::fromJson(lines.last()).object();
    if (!timing.contains(QStringLiteral("listingMs"))
        || !timing.contains(QStringLiteral("listingCpuMs")))
        run.failure = QStringLiteral("no timing line on stderr: %1")
                          .arg(QString::fromUtf8(lines.last().left(200)));
    run.listingNs = timing.value(QStringLiteral("listingMs")).toDouble() * 1e6;
    run.listingCpuNs = timing.value(QStringLiteral("listingCpuMs")).toDouble() * 1e6;
    run.startupNs = (timing.value(QStringLiteral("bootMs")).toDouble()
                     + timing.value(QStringLiteral("requireMs")).toDouble())
        * 1e6;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/** The failure of the first failed run, or empty. */
QString firstFailure(const QList<Run> &runs)
{
    for (const Run &run : runs) {
        if (!run.failure.isEmpty())
            return run.failure;
    }
    return {};
}

QList<double> figures(const QList<Run> &runs, double Run::*field)
{
    QList<double> values;
    for (const Run &run : runs)
        values.append(run.*field);
    return values;
}

} // namespace

/** One `jobs list --all --format FORMAT` under /usr/bin/time: wall ns and peak RSS in KB. */
struct FormatRun
{
    double wallNs = 0;
    double peakKb = 0;
    QString failure;
};

FormatRun runFormat(const QString &endpoint, const QString &format)
{
    FormatRun result;
    const ProcessRun run
        = runProcess(QStringLiteral("/usr/bin/time"),
                     {QStringLiteral("-f"), QStringLiteral("peak-rss-kb=%M"), backfillBrowserPath(),
                      QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
                      QStringLiteral("--format"), format, QStringLiteral("--endpoint"), endpoint},
                     demoKeyEnvironment());
    result.wallNs = double(run.wallNs);
    const qsizetype at = run.err.lastIndexOf("peak-rss-kb=");
    result.peakKb = at < 0 ? 0 : run.err.mid(at + 12).trimmed().toDouble();
    if (!run.finished || run.exitCode != 0 || at < 0) {
        result.failure = QStringLiteral("exit %1: %2")
                             .arg(run.exitCode)
                             .arg(QString::fromUtf8(run.err.left(200)).trimmed());
    } else if (format == QLatin1String("csv")) {
        result.failure = checkJobIds(run.out);
    } else {
        const QJsonArray jobs = QJsonDocument::fromJson(run.out)
                                    .object()
                                    .value(QStringLiteral("DeliveryHistoryJobs"))
                                    .toArray();
        if (jobs.size() != jobCount)
            result.failure = QStringLiteral("%1 jobs in the JSON (expected %2)")
                                 .arg(jobs.size())
                                 .arg(jobCount);
    }
    return result;
}

/**
 * `jobs list --all --format json` against csv, side by side (alternating runs, same emulator):
 * the JSON is written as a stream, so it must stay within 15% of the CSV in wall time and peak
 * memory.
 */
void benchJsonAgainstCsv(BenchTable &table, const QString &section, const QString &endpoint)
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/time"))) {
        table.add({section,
                   QStringLiteral("jobs list --all: json against csv"),
                   QStringLiteral("skipped: no /usr/bin/time"),
                   {},
                   true});
        return;
    }
    QList<double> csvWall, csvPeak, jsonWall, jsonPeak;
    QString failure;
    for (int run = 0; run < runsPerSetting && failure.isEmpty(); ++run) {
        const FormatRun csv = runFormat(endpoint, QStringLiteral("csv"));
        const FormatRun json = runFormat(endpoint, QStringLiteral("json"));
        failure = !csv.failure.isEmpty() ? csv.failure : json.failure;
        csvWall << csv.wallNs;
        csvPeak << csv.peakKb;
        jsonWall << json.wallNs;
        jsonPeak << json.peakKb;
    }
    if (!failure.isEmpty()) {
        table.add({section, QStringLiteral("jobs list --all: json against csv"), failure,
                   QStringLiteral("within 15%"), false});
        return;
    }
    const auto middle = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const double wallRatio = middle(jsonWall) / middle(csvWall);
    const double peakRatio = middle(jsonPeak) / middle(csvPeak);
    table.add(
        {section, QStringLiteral("jobs list --all, 10,000 jobs: json against csv"),
         QStringLiteral(
             "json %1, %2 MB peak; csv %3, %4 MB peak: %5x the time, %6x the memory (median of %7)")
             .arg(formatDuration(middle(jsonWall)),
                  QString::number(middle(jsonPeak) / 1024, 'f', 1), formatDuration(middle(csvWall)),
                  QString::number(middle(csvPeak) / 1024, 'f', 1),
                  QString::number(wallRatio, 'f', 2), QString::number(peakRatio, 'f', 2))
             .arg(runsPerSetting),
         QStringLiteral("json <= 1.15x csv, both"), wallRatio <= 1.15 && peakRatio <= 1.15});
}

void benchListing(BenchTable &table)
{
    const QString section = QStringLiteral("listing");
    EmulatorProcess emulator;
    QString error;
    if (!emulator.start({QStringLiteral("--jobs"), QString::number(jobCount)}, &error)) {
        table.add({section, QStringLiteral("emulator"), error, {}, false});
        return;
    }
    const qint64 emulatorId = emulatorPid();
    QString node;
    const std::optional<QString> sdkMissing = sdkUnavailable(&node);
    const int requests = (jobCount + pageSize - 1) / pageSize; // page 1 tells the count, then 2..N
    const QString runsText = QStringLiteral("median of %1").arg(runsPerSetting);
    const auto ms = [](double ns) { return QString::number(ns / 1e6, 'f', 0); };
    const auto ratio = [](double theirs, double ours) {
        return QString::number(theirs / ours, 'f', 1) + QLatin1Char('x');
    };
    QList<BenchRow> inProcessRows, sdkRows, emulatorRows;
    benchJsonAgainstCsv(table, section, emulator.endpoint());
    for (const int parallel : {1, 2, 4, 8}) {
        QList<Run> cli, inProcess, sdk;
        for (int run = 0; run < runsPerSetting; ++run) {
            cli.append(runCli(emulatorId, emulator.endpoint(), parallel));
            inProcess.append(runInProcess(emulatorId, emulator.endpoint(), parallel));
            if (!sdkMissing)
                sdk.append(runSdk(emulatorId, node, emulator.endpoint(), parallel));
        }
        const QString suffix = QStringLiteral(", --parallel %1").arg(parallel);
        const QString cliFailure = firstFailure(cli);
        const double cliWhole = median(figures(cli, &Run::wholeNs));
        const double cliCpu = median(figures(cli, &Run::wholeCpuNs));
        table.add({section, QStringLiteral("jobs list --all, 10,000 jobs") + suffix,
                   cliFailure.isEmpty()
                       ? QStringLiteral("%1 %2, %3 requests/s, CPU %4 ms, 10,000 unique")
                             .arg(formatDuration(cliWhole), runsText)
                             .arg(qRound(requests / (cliWhole / 1e9)))
                             .arg(ms(cliCpu))
                       : cliFailure,
                   cliFailure.isEmpty() ? QString() : QStringLiteral("10,000 unique"),
                   cliFailure.isEmpty()});

        const QString inProcessFailure = firstFailure(inProcess);
        const double ourListing = median(figures(inProcess, &Run::listingNs));
        const double ourListingCpu = median(figures(inProcess, &Run::listingCpuNs));
        inProcessRows.append(
            {section, QStringLiteral("in-process: JobLister + CSV, 10,000 jobs") + suffix,
             inProcessFailure.isEmpty()
                 ? QStringLiteral("%1 %2, CPU %3 ms, 10,000 unique")
                       .arg(formatDuration(ourListing), runsText, ms(ourListingCpu))
                 : inProcessFailure,
             inProcessFailure.isEmpty() ? QString() : QStringLiteral("10,000 unique"),
             inProcessFailure.isEmpty()});

        const QString sdkEmulatorCpu = sdk.isEmpty()
            ? QString()
            : QStringLiteral(", %1 ms for the SDK")
                  .arg(ms(median(figures(sdk, &Run::emulatorCpuNs))));
        emulatorRows.append(
            {section,
             QStringLiteral("emulator CPU per listing (one server for all)") + suffix,
             emulatorId < 0
                 ? QStringLiteral("not found in /proc")
                 : QStringLiteral("%1 ms for jobs list, %2 ms in-process%3")
                       .arg(ms(median(figures(cli, &Run::emulatorCpuNs))),
                            ms(median(figures(inProcess, &Run::emulatorCpuNs))), sdkEmulatorCpu),
             {},
             true});

        if (sdkMissing) {
            if (parallel == 1)
                sdkRows.append({section, sdkName, *sdkMissing, {}, true});
            continue;
        }
        const QString sdkWhat = sdkName + suffix;
        const QString sdkFailure = firstFailure(sdk);
        if (!sdkFailure.isEmpty()) {
            sdkRows.append({section, sdkWhat, sdkFailure, QStringLiteral("10,000 unique"), false});
            continue;
        }
        if (!cliFailure.isEmpty() || !inProcessFailure.isEmpty()) {
            sdkRows.append(
                {section, sdkWhat, QStringLiteral("no comparison: our own run failed"), {}, false});
            continue;
        }
        const double sdkWhole = median(figures(sdk, &Run::wholeNs));
        const double sdkCpu = median(figures(sdk, &Run::wholeCpuNs));
        const double sdkListing = median(figures(sdk, &Run::listingNs));
        const double sdkListingCpu = median(figures(sdk, &Run::listingCpuNs));
        // "Faster" is wall time, whole process and in-process; the CPU ratios say whose time it is.
        sdkRows.append(
            {section, sdkWhat,
             QStringLiteral(
                 "whole process %1 (node + require %2), CPU %3 ms: ours %4 faster, %5 less CPU; "
                 "in-process %6, CPU %7 ms: ours %8 faster, %9 less CPU; %10, 10,000 unique")
                 .arg(formatDuration(sdkWhole),
                      formatDuration(median(figures(sdk, &Run::startupNs))), ms(sdkCpu),
                      ratio(sdkWhole, cliWhole), ratio(sdkCpu, cliCpu), formatDuration(sdkListing),
                      ms(sdkListingCpu), ratio(sdkListing, ourListing),
                      ratio(sdkListingCpu, ourListingCpu))
                 .arg(runsText),
             QStringLiteral("ours >= %1x faster, both").arg(expectedSpeedup, 0, 'f', 0),
             sdkWhole / cliWhole >= expectedSpeedup && sdkListing / ourListing >= expectedSpeedup});
    }
    for (const QList<BenchRow> *rows : {&inProcessRows, &sdkRows, &emulatorRows}) {
        for (const BenchRow &row : *rows)
            table.add(row);
    }
}
