// CLI cold start: a whole process from exec to exit, median of several runs, as a shell script
// calling the CLI sees it. `jobs list` fetches one page (the default size) from a local emulator,
// so it includes signing, one loopback request, parsing and printing.
#include "benchtable.h"
#include "emulatorprocess.h"

#include <algorithm>

namespace {
constexpr int runs = 11;

void addMedianRow(BenchTable &table, const QString &what, const QStringList &arguments)
{
    QList<qint64> walls;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun run = runProcess(backfillBrowserPath(), arguments, demoKeyEnvironment());
        if (!run.finished || run.exitCode != 0) {
            table.add({QStringLiteral("CLI cold start"), what,
                       QStringLiteral("exit %1: %2")
                           .arg(run.exitCode)
                           .arg(QString::fromUtf8(run.err.left(200)).trimmed()),
                       QStringLiteral("< 60 ms"), false});
            return;
        }
        walls.append(run.wallNs);
    }
    std::sort(walls.begin(), walls.end());
    const qint64 median = walls.at(walls.size() / 2);
    table.add({QStringLiteral("CLI cold start"), what,
               QStringLiteral("%1 median of %2 (min %3, max %4)")
                   .arg(formatDuration(double(median)))
                   .arg(runs)
                   .arg(formatDuration(double(walls.first())))
                   .arg(formatDuration(double(walls.last()))),
               QStringLiteral("< 60 ms"), median < 60'000'000});
}
} // namespace

void benchCliStart(BenchTable &table)
{
    addMedianRow(table, QStringLiteral("backfill-browser --version"),
                 {QStringLiteral("--version")});
    EmulatorProcess emulator;
    QString error;
    if (!emulator.start({QStringLiteral("--jobs"), QStringLiteral("10000")}, &error)) {
        table.add({QStringLiteral("CLI cold start"), QStringLiteral("emulator"), error, {}, false});
        return;
    }
    addMedianRow(table, QStringLiteral("backfill-browser jobs list (one page)"),
                 {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--endpoint"),
                  emulator.endpoint()});
}
