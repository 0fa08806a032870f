// All accounts at scale: `jobs list --all-accounts --format json` (the real binary) against the
// real emulator as a resource directory of 20 members of 50 tasks each, every answer 100 ms late:
// wall time until every row is in, the requests it took, and the client's peak memory.
#include "benchtable.h"
#include "emulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int members = 20;
constexpr int tasksPerMember = 50;
constexpr int latencyMs = 100;
} // namespace

void benchAllAccounts(BenchTable &table)
{
    const QString section = QStringLiteral("all accounts");
    EmulatorProcess emulator;
    QString error;
    if (!emulator.start({QStringLiteral("--accounts"), QString::number(members),
                         QStringLiteral("--jobs"), QString::number(tasksPerMember),
                         QStringLiteral("--latency-ms"), QString::number(latencyMs)},
                        &error)) {
        table.add({section, QStringLiteral("emulator"), error, {}, false});
        return;
    }
    const QString endpoint = emulator.endpoint();
    // --verbose logs one line per request: the count of requests sent, retries included.
    const ProcessRun run = runProcess(
        QStringLiteral("/usr/bin/time"),
        {QStringLiteral("-f"), QStringLiteral("peak-rss-kb=%M"), backfillBrowserPath(),
         QStringLiteral("--verbose"), QStringLiteral("jobs"), QStringLiteral("list"),
         QStringLiteral("--all-accounts"), QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--endpoint"), endpoint, QStringLiteral("--sts-endpoint"), endpoint,
         QStringLiteral("--resourcemanager-endpoint"), endpoint},
        demoKeyEnvironment(), 120000);
    const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
    const QJsonArray accounts = answer.value(QStringLiteral("Accounts")).toArray();
    int failed = 0;
    for (const QJsonValue &account : accounts)
        failed += account.toObject().contains(QStringLiteral("Code")) ? 1 : 0;
    const int rows = answer.value(QStringLiteral("DeliveryHistoryJobs")).toArray().size();
    // The one member without the access role lists nothing, by design.
    const int expectedRows = (members - 1) * tasksPerMember;
    const qsizetype at = run.err.lastIndexOf("peak-rss-kb=");
    const double peakKb = at < 0 ? 0 : run.err.mid(at + 12).trimmed().toDouble();
    // Every attempt leaves a "<Action> attempt N/M: sent" line in the --verbose log.
    int requests = 0;
    for (const QByteArray &line : run.err.split('\n'))
        requests += line.endsWith(": sent") ? 1 : 0;
    const QString what = QStringLiteral("%1 members x %2 tasks, %3 ms latency")
                             .arg(members)
                             .arg(tasksPerMember)
                             .arg(latencyMs);
    if (!run.finished || rows != expectedRows || failed != 1) {
        table.add({section,
                   what,
                   QStringLiteral("exit %1, %2 rows (expected %3), %4 failed accounts: %5")
                       .arg(run.exitCode)
                       .arg(rows)
                       .arg(expectedRows)
                       .arg(failed)
                       .arg(QString::fromUtf8(run.err.left(300)).trimmed()),
                   {},
                   false});
        return;
    }
    const double wallSeconds = double(run.wallNs) / 1e9;
    table.add({section, what + QStringLiteral(": wall time until every row is in"),
               QStringLiteral("%1 s").arg(wallSeconds, 0, 'f', 2), QStringLiteral("< 1.5 s"),
               wallSeconds < 1.5});
    table.add({section, QStringLiteral("requests sent"), QString::number(requests), {}, true});
    table.add({section,
               QStringLiteral("peak memory of the client"),
               QStringLiteral("%1 MiB").arg(peakKb / 1024, 0, 'f', 1),
               {},
               true});
}
