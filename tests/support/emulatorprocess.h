#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/**
 * The actiontrail-emulator executable as a child process, for benchmarks and soak tests that
 * must measure the real binaries over real loopback HTTP. The emulator picks a free port and
 * announces it on its first stdout line; the destructor stops it.
 */
class EmulatorProcess
{
public:
    EmulatorProcess() = default;
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;
    ~EmulatorProcess();

    /** Starts the emulator with `arguments` (plus --port 0); false and `error` when it does not
     * announce a port. */
    bool start(const QStringList &arguments, QString *error, int timeoutMs = 30000);
    void stop();
    /**
     * Waits until early in a wall-clock second. An emulator's data is relative to the second it
     * starts in, so two started with the same seed to be compared (a fault-free reference and a
     * flaky twin) must start within one second: call this right before starting the pair.
     * Without it a pair straddling a second boundary differed in every time field.
     */
    static void alignToStartOfSecond();
    /** "http://127.0.0.1:PORT" once started. */
    QString endpoint() const { return m_endpoint; }

private:
    QProcess m_process;
    QString m_endpoint;
};

/** One finished run of an executable, with its wall time from start() to exit. */
struct ProcessRun
{
    bool finished = false; ///< false when it did not exit within the timeout (it was killed)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 wallNs = 0;
};

/** Runs `program` with `arguments` and `environment`; `input` is its whole stdin. */
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs = 60000,
                      const QByteArray &input = {});

/** Where the built executables are: $BACKFILL_BIN_DIR, else the directory of this executable. */
QString backfillBinDir();
QString backfillBrowserPath();
QString emulatorPath();

/** The system environment with the emulator's demo AccessKey in
 * ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET. */
QProcessEnvironment demoKeyEnvironment();

/** JobIds of a `jobs list --format csv` output (first column, header skipped); -1 for a bad line.
 */
QList<qint64> csvJobIds(const QByteArray &csv);
