// build/bin/actiontrail-emulator as a process: its first line, a signed request to it with the
// documented demo key, and a one-line reason with exit code 2 for every bad flag.

#include "emulatorpolicy.h"
#include "emulatortestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace EmulatorTest;

namespace {

QString emulatorPath()
{
    return qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/actiontrail-emulator");
}

/** Starts the emulator and returns its port from the first stdout line (0 on failure). */
quint16 startAndReadPort(QProcess *process, const QStringList &arguments, QString *firstLine)
{
    process->start(emulatorPath(), arguments);
    if (!process->waitForStarted(10000))
        return 0;
    while (!process->canReadLine()) {
        if (!process->waitForReadyRead(20000))
            return 0;
    }
    *firstLine = QString::fromUtf8(process->readLine()).chopped(1);
    static const QRegularExpression shape(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const QRegularExpressionMatch match = shape.match(*firstLine);
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

void stop(QProcess *process)
{
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

} // namespace

class TestEmulatorExecutable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstLineAndDemoKey();
    void hundredThousandJobsStartup();
    void regionScopeOneEndpointPerRegion();
    void badFlags_data();
    void badFlags();
    void help();
};

void TestEmulatorExecutable::initTestCase()
{
    QVERIFY2(QFileInfo(emulatorPath()).isExecutable(), qPrintable(emulatorPath()));
}

void TestEmulatorExecutable::firstLineAndDemoKey()
{
    QProcess process;
    QString firstLine;
    const quint16 port
        = startAndReadPort(&process, {QStringLiteral("--port"), QStringLiteral("0")}, &firstLine);
    QVERIFY2(port != 0, qPrintable(firstLine));

    Call call;
    call.action = QStringLiteral("ListDeliveryHistoryJobs");
    call.keyId = QString::fromLatin1(EmulatorPolicy::demoAccessKeyId);
    call.secret = QString::fromLatin1(EmulatorPolicy::demoAccessKeySecret);
    call.time = QDateTime::currentDateTimeUtc();
    call.nonce = QStringLiteral("executable-test");
    const HttpAnswer answer = exchange(port, signedRequest(call));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("TotalCount")).toInt(), 50); // the default

    call.secret = QStringLiteral("not-the-demo-secret");
    call.nonce = QStringLiteral("executable-test-2");
    QCOMPARE(exchange(port, signedRequest(call)).code(), QStringLiteral("SignatureDoesNotMatch"));
    stop(&process);
}

void TestEmulatorExecutable::hundredThousandJobsStartup()
{
    // Reported, not asserted: from process start to the first line.
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    QString firstLine;
    const quint16 port = startAndReadPort(
        &process, {QStringLiteral("--jobs"), QStringLiteral("100000")}, &firstLine);
    const qint64 startupMs = timer.elapsed();
    QVERIFY2(port != 0, qPrintable(firstLine));

    Call call;
    call.action = QStringLiteral("ListDeliveryHistoryJobs");
    call.parameters = {{QStringLiteral("PageSize"), QStringLiteral("100")},
                       {QStringLiteral("PageNumber"), QStringLiteral("1000")}};
    call.keyId = QString::fromLatin1(EmulatorPolicy::demoAccessKeyId);
    call.secret = QString::fromLatin1(EmulatorPolicy::demoAccessKeySecret);
    call.time = QDateTime::currentDateTimeUtc();
    call.nonce = QStringLiteral("last-page");
    timer.restart();
    const HttpAnswer last = exchange(port, signedRequest(call));
    const qint64 lastPageMs = timer.elapsed();
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json().value(QStringLiteral("TotalCount")).toInt(), 100000);
    qInfo("--jobs 100000: first line after %lld ms; page 1000 of 100 rows answered in %lld ms",
          startupMs, lastPageMs);
    stop(&process);
}

void TestEmulatorExecutable::regionScopeOneEndpointPerRegion()
{
    QProcess process;
    QString firstLine;
    const quint16 first
        = startAndReadPort(&process,
                           {QStringLiteral("--job-scope"), QStringLiteral("region"),
                            QStringLiteral("--regions"), QStringLiteral("cn-hangzhou,cn-beijing")},
                           &firstLine);
    QVERIFY2(first != 0, qPrintable(firstLine));
    // After the usual first line: "region <id> <endpoint>", one per region, in the given order.
    QMap<QString, quint16> ports;
    static const QRegularExpression regionLine(
        QStringLiteral("^region ([a-z0-9-]+) http://127\\.0\\.0\\.1:(\\d+)$"));
    while (ports.size() < 2) {
        while (!process.canReadLine())
            QVERIFY(process.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(process.readLine()).chopped(1);
        const QRegularExpressionMatch match = regionLine.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        ports.insert(match.captured(1), quint16(match.captured(2).toUInt()));
    }
    QCOMPARE(ports.keys(),
             (QStringList {QStringLiteral("cn-beijing"), QStringLiteral("cn-hangzhou")}));
    QCOMPARE(ports.value(QStringLiteral("cn-hangzhou")), first);
    QVERIFY(ports.value(QStringLiteral("cn-beijing")) != first);

    int total = 0;
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        Call call;
        call.action = QStringLiteral("ListDeliveryHistoryJobs");
        call.parameters = {{QStringLiteral("PageSize"), QStringLiteral("100")}};
        call.keyId = QString::fromLatin1(EmulatorPolicy::demoAccessKeyId);
        call.secret = QString::fromLatin1(EmulatorPolicy::demoAccessKeySecret);
        call.time = QDateTime::currentDateTimeUtc();
        call.nonce = QStringLiteral("region-") + it.key();
        const HttpAnswer answer = exchange(it.value(), signedRequest(call));
        QCOMPARE(answer.status, 200);
        const QJsonArray jobs
            = answer.json().value(QStringLiteral("DeliveryHistoryJobs")).toArray();
        for (const QJsonValue &job : jobs)
            QCOMPARE(job.toObject().value(QStringLiteral("HomeRegion")).toString(), it.key());
        total += answer.json().value(QStringLiteral("TotalCount")).toInt();
    }
    QVERIFY(total > 0); // the documentation's sample lives in cn-hangzhou
    stop(&process);
}

void TestEmulatorExecutable::badFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const auto row
        = [](const char *name, std::initializer_list<const char *> args, const char *mentions) {
              QStringList list;
              for (const char *arg : args)
                  list.append(QString::fromUtf8(arg));
              QTest::newRow(name) << list << QString::fromLatin1(mentions);
          };
    row("unknown option", {"--bogus"}, "bogus");
    row("stray argument", {"extra"}, "extra");
    row("port too large", {"--port", "70000"}, "--port");
    row("port not a number", {"--port", "http"}, "--port");
    row("negative jobs", {"--jobs", "-1"}, "--jobs");
    row("seed not a number", {"--seed", "abc"}, "--seed");
    row("fault rate above 1", {"--fault-rate", "1.5"}, "--fault-rate");
    row("fault rate not a number", {"--fault-rate", "half"}, "--fault-rate");
    row("unknown fault", {"--faults", "503,meteor"}, "meteor");
    row("negative latency", {"--latency-ms", "-5"}, "--latency-ms");
    row("tick not a number", {"--tick-seconds", "often"}, "--tick-seconds");
    row("public host", {"--host", "0.0.0.0"}, "loopback");
    row("LAN host", {"--host", "192.168.1.10"}, "loopback");
    row("host name", {"--host", "example.com"}, "--host");
    row("empty key id", {"--access-key-id", ""}, "--access-key-id");
    row("missing value", {"--port"}, "port");
    row("unknown job scope", {"--job-scope", "zone"}, "--job-scope");
    row("bad region id", {"--job-scope", "region", "--regions", "cn hangzhou"}, "--regions");
    row("port with region scope", {"--job-scope", "region", "--port", "8080"}, "--port");
}

void TestEmulatorExecutable::badFlags()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QProcess process;
    process.start(emulatorPath(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(error.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(error.startsWith(QLatin1String("actiontrail-emulator: ")), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestEmulatorExecutable::help()
{
    QProcess process;
    process.start(emulatorPath(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray text = process.readAllStandardOutput();
    for (const char *flag :
         {"--host", "--port", "--jobs", "--seed", "--access-key-id", "--access-key-secret",
          "--security-token", "--fault-rate", "--faults", "--latency-ms", "--tick-seconds"})
        QVERIFY2(text.contains(flag), flag);
}

QTEST_GUILESS_MAIN(TestEmulatorExecutable)
#include "tst_emulatorexecutable.moc"
