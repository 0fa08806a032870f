#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

void EmulatorProcess::alignToStartOfSecond()
{
    // Starting two emulators takes well under a second even under ASan; leave most of one.
    const int intoSecond = int(QDateTime::currentMSecsSinceEpoch() % 1000);
    if (intoSecond > 100)
        QThread::msleep(1000 - intoSecond + 10);
}

bool EmulatorProcess::start(const QStringList &arguments, QString *error, int timeoutMs)
{
    m_process.setProgram(emulatorPath());
    m_process.setArguments(arguments + QStringList {QStringLiteral("--port"), QStringLiteral("0")});
    // The emulator's request log must not fill a pipe nobody reads.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = QStringLiteral("cannot start %1: %2").arg(emulatorPath(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!seen.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()
            || !m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (!m_process.canReadLine()) {
                *error = QStringLiteral("emulator announced no port (output: %1)")
                             .arg(QString::fromUtf8(seen + m_process.readAll()));
                stop();
                return false;
            }
        }
        seen += m_process.readAll();
    }
    const QString firstLine = QString::fromUtf8(seen.left(seen.indexOf('\n'))).trimmed();
    static const QRegularExpression announce(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    const QRegularExpressionMatch match = announce.match(firstLine);
    if (!match.hasMatch()) {
        *error = QStringLiteral("unexpected first line from the emulator: %1").arg(firstLine);
        stop();
        return false;
    }
    m_endpoint = match.captured(1);
    // Later stdout is not needed; leave it unread rather than let it grow a buffer we hold.
    m_process.closeReadChannel(QProcess::StandardOutput);
    return true;
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs,
                      const QByteArray &input)
{
    ProcessRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return run;
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    run.finished = process.waitForFinished(timeoutMs);
    run.wallNs = timer.nsecsElapsed();
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString backfillBinDir()
{
    const QString fromEnvironment = qEnvironmentVariable("BACKFILL_BIN_DIR");
    return fromEnvironment.isEmpty() ? QCoreApplication::applicationDirPath() : fromEnvironment;
}

QString backfillBrowserPath()
{
    return backfillBinDir() + QStringLiteral("/backfill-browser");
}

QString emulatorPath()
{
    return backfillBinDir() + QStringLiteral("/actiontrail-emulator");
}

QProcessEnvironment demoKeyEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                       QStringLiteral("LTAI5tDemoBackfillBrowser"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                       QStringLiteral("DemoSecretNotARealKey0000000000"));
    environment.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    environment.remove(QStringLiteral("ALIBABA_CLOUD_PROFILE"));
    return environment;
}

QList<qint64> csvJobIds(const QByteArray &csv)
{
    QList<qint64> ids;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        bool ok = false;
        const qint64 id = line.left(line.indexOf(',')).toLongLong(&ok);
        ids.append(ok ? id : -1);
    }
    return ids;
}
