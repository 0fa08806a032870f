// Listing all 10,000 jobs of an emulator over loopback with the real CLI (`jobs list --all`), at
// 1, 2, 4 and 8 pages in flight. Wall time is the whole process (start, sign, fetch, parse, print
// CSV), which is what a script calling the CLI waits for. Every run must return 10,000 unique
// JobIds, or the row says so instead of a figure.
#include "benchtable.h"
#include "emulatorprocess.h"

#include <QSet>

#include <algorithm>

namespace {
constexpr int jobCount = 10000;
constexpr int pageSize = 100;
constexpr int runsPerSetting = 3;

} // namespace

void benchListing(BenchTable &table)
{
    const QString section = QStringLiteral("listing");
    EmulatorProcess emulator;
    QString error;
    if (!emulator.start({QStringLiteral("--jobs"), QString::number(jobCount)}, &error)) {
        table.add({section, QStringLiteral("emulator"), error, {}, false});
        return;
    }
    const int requests = (jobCount + pageSize - 1) / pageSize; // page 1 tells the count, then 2..N
    for (const int parallel : {1, 2, 4, 8}) {
        QList<qint64> walls;
        QString failure;
        for (int run = 0; run < runsPerSetting && failure.isEmpty(); ++run) {
            const ProcessRun result = runProcess(
                backfillBrowserPath(),
                {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--page-size"),
                 QString::number(pageSize), QStringLiteral("--parallel"), QString::number(parallel),
                 QStringLiteral("--endpoint"), emulator.endpoint()},
                demoKeyEnvironment());
            const QList<qint64> ids = csvJobIds(result.out);
            const QSet<qint64> unique(ids.cbegin(), ids.cend());
            if (!result.finished || result.exitCode != 0)
                failure = QStringLiteral("exit %1: %2").arg(result.exitCode).arg(QString::fromUtf8(result.err.left(200)).trimmed());
            else if (ids.size() != jobCount || unique.size() != jobCount || unique.contains(-1))
                failure = QStringLiteral("%1 rows, %2 unique JobIds (expected %3)")
                              .arg(ids.size()).arg(unique.size()).arg(jobCount);
            walls.append(result.wallNs);
        }
        const QString what = QStringLiteral("jobs list --all, 10,000 jobs, --parallel %1").arg(parallel);
        if (!failure.isEmpty()) {
            table.add({section, what, failure, QStringLiteral("10,000 unique"), false});
            continue;
        }
        std::sort(walls.begin(), walls.end());
        const double median = double(walls.at(walls.size() / 2));
        table.add({section, what,
                   QStringLiteral("%1 median of %2, %3 requests/s, 10,000 unique")
                       .arg(formatDuration(median))
                       .arg(runsPerSetting)
                       .arg(qRound(requests / (median / 1e9))),
                   {}, true});
    }
}
