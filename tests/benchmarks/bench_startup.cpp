// GUI start-up: `backfill-browser --demo` with BACKFILL_TRACE_STARTUP=1 prints the milliseconds
// from process start (the kernel's start time, so loading counts) to the window shown and to the
// first job rows painted (ui/startuptrace). Needs a display: `make bench` runs under xvfb-run.
// Each run gets a throw-away HOME, so it is a first start with no saved settings.
#include "benchtable.h"
#include "emulatorprocess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace {
constexpr int runs = 7;

/** The two figures of one start, or an error text. */
struct StartupRun
{
    double windowMs = -1;
    double rowsMs = -1;
    QString error;
};

StartupRun startOnce()
{
    StartupRun result;
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BACKFILL_TRACE_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       home.filePath(QStringLiteral(".local/share")));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits on the read channel
    app.start(backfillBrowserPath(), {QStringLiteral("--demo")});
    static const QRegularExpression line(
        QStringLiteral("^startup: (window shown|first rows painted) ([0-9.]+) ms$"));
    const QDeadlineTimer deadline(20000);
    QByteArray pending;
    while (result.rowsMs < 0 && !deadline.hasExpired() && app.state() != QProcess::NotRunning) {
        app.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        pending += app.readAllStandardError();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString text = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            const QRegularExpressionMatch match = line.match(text);
            if (!match.hasMatch())
                continue;
            (match.captured(1) == QLatin1String("window shown") ? result.windowMs : result.rowsMs)
                = match.captured(2).toDouble();
        }
    }
    if (result.rowsMs < 0)
        result.error = QStringLiteral("no 'first rows painted' line (%1)")
                           .arg(QString::fromUtf8(pending.left(200)).trimmed());
    app.terminate();
    if (!app.waitForFinished(5000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    return result;
}
} // namespace

void benchStartup(BenchTable &table)
{
    const QString section = QStringLiteral("start-up");
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        table.add({section, QStringLiteral("--demo to first rows"),
                   QStringLiteral("not run: no display (make bench runs under xvfb-run)"),
                   QStringLiteral("< 400 ms"), false});
        return;
    }
    QList<double> windows;
    QList<double> rows;
    for (int i = 0; i < runs; ++i) {
        const StartupRun run = startOnce();
        if (!run.error.isEmpty()) {
            table.add({section, QStringLiteral("--demo to first rows"), run.error,
                       QStringLiteral("< 400 ms"), false});
            return;
        }
        windows.append(run.windowMs);
        rows.append(run.rowsMs);
    }
    std::sort(windows.begin(), windows.end());
    std::sort(rows.begin(), rows.end());
    const auto figure = [](const QList<double> &values) {
        return QStringLiteral("%1 ms median of %2 (min %3, max %4)")
            .arg(values.at(values.size() / 2), 0, 'f', 0)
            .arg(values.size())
            .arg(values.first(), 0, 'f', 0)
            .arg(values.last(), 0, 'f', 0);
    };
    table.add({section,
               QStringLiteral("--demo: process start to window shown"),
               figure(windows),
               {},
               true});
    const double median = rows.at(rows.size() / 2);
    table.add({section, QStringLiteral("--demo: process start to first rows painted"), figure(rows),
               QStringLiteral("< 400 ms"), median < 400});
}
