#include "benchtable.h"

#include <QTextStream>

#include <algorithm>

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
    const QStringList header{QStringLiteral("section"), QStringLiteral("measurement"),
                             QStringLiteral("result"), QStringLiteral("target")};
    QList<QStringList> lines{header};
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
    using Clock = std::chrono::steady_clock;
    for (int i = 0; i < 100; ++i) // warm caches and lazy initialisation
        op();
    long long calls = 0;
    const auto start = Clock::now();
    auto elapsed = Clock::duration::zero();
    while (elapsed < minimum) {
        for (int i = 0; i < 256; ++i)
            op();
        calls += 256;
        elapsed = Clock::now() - start;
    }
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count()) / calls;
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
