#include "benchtable.h"

#include <QTextStream>

#include <algorithm>

#include <ctime>

void BenchTable::add(BenchRow row)
{
    m_rows.append(std::move(row));
}

bool BenchTable::allTargetsMet() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const BenchRow &r) { return r.met; });
}

void BenchTable::print(bool markdown) const
{
    QTextStream out(stdout);
    const QStringList header {QStringLiteral("section"), QStringLiteral("measurement"),
                              QStringLiteral("result"), QStringLiteral("target")};
    QList<QStringList> lines {header};
    for (const BenchRow &row : m_rows) {
        const QString target = row.target.isEmpty()
            ? QStringLiteral("-")
            : row.target + (row.met ? QStringLiteral("  ok") : QStringLiteral("  MISSED"));
        lines.append({row.section, row.what, row.value, target});
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &line : lines) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], int(line[i].size()));
    }
    for (int l = 0; l < lines.size(); ++l) {
        const QStringList &line = lines[l];
        if (markdown) {
            out << "| " << line.join(QStringLiteral(" | ")) << " |\n";
            if (l == 0)
                out << "|---|---|---|---|\n";
            continue;
        }
        for (int i = 0; i < line.size(); ++i)
            out << line[i].leftJustified(widths[i] + 2);
        out << '\n';
        if (l == 0) {
            for (int i = 0; i < line.size(); ++i)
                out << QString(widths[i], QLatin1Char('-')) << "  ";
            out << '\n';
        }
    }
}

double nanosecondsPerCall(const std::function<void()> &op, std::chrono::milliseconds minimum)
{
    // CPU time of this thread, not wall time: the machine is shared, and a round in which we
    // were descheduled would otherwise count our neighbours' work. The best of several rounds is
    // reported (as pyperf and Google Benchmark's min do): noise only ever adds time.
    const auto threadCpuNs = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    };
    for (int i = 0; i < 100; ++i) // warm caches and lazy initialisation
        op();
    constexpr int rounds = 5;
    const qint64 roundNs = std::chrono::nanoseconds(minimum).count() / rounds;
    double best = 0;
    for (int round = 0; round < rounds; ++round) {
        long long calls = 0;
        const qint64 start = threadCpuNs();
        qint64 elapsed = 0;
        while (elapsed < roundNs) {
            for (int i = 0; i < 64; ++i)
                op();
            calls += 64;
            elapsed = threadCpuNs() - start;
        }
        const double perCall = double(elapsed) / double(calls);
        best = round == 0 ? perCall : std::min(best, perCall);
    }
    return best;
}

QString formatDuration(double ns)
{
    if (ns < 1e3)
        return QStringLiteral("%1 ns").arg(ns, 0, 'f', 0);
    if (ns < 1e6)
        return QStringLiteral("%1 µs").arg(ns / 1e3, 0, 'f', 2);
    if (ns < 1e9)
        return QStringLiteral("%1 ms").arg(ns / 1e6, 0, 'f', 2);
    return QStringLiteral("%1 s").arg(ns / 1e9, 0, 'f', 2);
}
