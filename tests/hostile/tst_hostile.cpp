// The real binary against a hostile ActionTrail on loopback: huge claims, trickles, endless and
// oversized bodies, Retry-After beyond reason, escape sequences, and writes that are acted on but
// never answered. Each attack must end with a clear error (or the right success) within a bound
// on the process's lifetime, inside a memory bound read from its /proc/<pid>/status (VmHWM), and
// must reach the server no more often than allowed (a Delete exactly once).
//
// BACKFILL_HOSTILE_BINARY runs another build (e.g. an older one, for before/after numbers, with
// BACKFILL_HOSTILE_WITHOUT_DEADLINE=1 if it predates --deadline); the table of exit code, seconds,
// peak RSS and sends per attack is printed either way.
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include "api/responseparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {
using TestSupport::getSample;
using TestSupport::listSample;

QString binary()
{
    const QString other = qEnvironmentVariable("BACKFILL_HOSTILE_BINARY");
    return other.isEmpty()
        ? qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/backfill-browser")
        : other;
}

/** VmHWM of a running process in bytes (0 once it is gone). */
qint64 peakResident(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

QByteArray pageOf(const QList<DeliveryJob> &jobs, int totalCount, int pageSize)
{
    JobPage page;
    page.jobs = jobs;
    page.pageNumber = 1;
    page.pageSize = pageSize;
    page.totalCount = totalCount;
    page.requestId = QStringLiteral("HOSTILE");
    return QJsonDocument(ResponseParser::jobPageToJson(page)).toJson(QJsonDocument::Compact);
}

DeliveryJob sampleJob()
{
    JobPage page;
    ResponseParser::parseJobPage(listSample(), &page);
    return page.jobs.value(0);
}

QList<DeliveryJob> jobs(int count)
{
    QList<DeliveryJob> list;
    DeliveryJob job = sampleJob();
    for (int i = 0; i < count; ++i) {
        job.jobId = 100000 + i;
        list.append(job);
    }
    return list;
}

struct Attack
{
    QStringList arguments;
    std::function<ScriptedResponse(const RecordedRequest &)> server;
};

struct Outcome
{
    int exitCode = -1;
    bool finished = false;
    qint64 ms = 0;
    qint64 peakBytes = 0;
    QByteArray out;
    QString err;
};
} // namespace

Q_DECLARE_METATYPE(Attack)

class tst_Hostile : public QObject
{
    Q_OBJECT

    qint64 m_idlePeakBytes = 0;

private:
    Outcome run(ScriptedHttpServer *server, const QStringList &arguments, int boundSeconds)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        // Under AddressSanitizer freed memory stays resident in its quarantine (256 MB by
        // default), which would count against the bound as if the attack held it.
        if (env.contains(QStringLiteral("ASAN_OPTIONS")))
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       env.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":quarantine_size_mb=4"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                   QStringLiteral("LTAIhostileTestKey"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                   QStringLiteral("hostile-secret"));
        process.setProcessEnvironment(env);
        QStringList all = {QStringLiteral("--endpoint"), server->url().toString()};
        all += arguments;
        // A build from before --deadline existed (for "before" numbers) refuses the option.
        if (qEnvironmentVariableIsSet("BACKFILL_HOSTILE_WITHOUT_DEADLINE")) {
            const qsizetype at = all.indexOf(QStringLiteral("--deadline"));
            if (at >= 0)
                all.remove(at, 2);
        }
        QElapsedTimer clock;
        clock.start();
        process.start(binary(), all);
        Outcome outcome;
        if (!process.waitForStarted(10000))
            return outcome;
        // Sampled while it runs: VmHWM only grows, so the last sample is the peak but for the
        // final few milliseconds.
        const qint64 pid = process.processId();
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&outcome, pid] {
            outcome.peakBytes = std::max(outcome.peakBytes, peakResident(pid));
        });
        sampler.start(10);
        QSignalSpy finished(&process, &QProcess::finished);
        outcome.finished = finished.wait(boundSeconds * 1000);
        outcome.ms = clock.elapsed();
        sampler.stop();
        if (!outcome.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        outcome.exitCode = outcome.finished ? process.exitCode() : -1;
        outcome.out = process.readAllStandardOutput();
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

private slots:
    void initTestCase()
    {
        // The bound is on what an attack adds to an honest listing of one page: a sanitizer
        // build needs some 200 MB more for that than a release build (about 21 MB).
        ScriptedHttpServer honest;
        QVERIFY(honest.listen());
        honest.setHandler([](const RecordedRequest &) {
            return ScriptedResponse::json(200, pageOf(jobs(1), 1, 20));
        });
        const Outcome outcome = run(&honest, {QStringLiteral("jobs"), QStringLiteral("list")}, 60);
        QVERIFY(outcome.finished && outcome.exitCode == 0);
        m_idlePeakBytes = outcome.peakBytes;
        qInfo("an honest one-page listing peaks at %lld MB", m_idlePeakBytes >> 20);
    }

    void attacks_data()
    {
        QTest::addColumn<Attack>("attack");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("boundSeconds");
        QTest::addColumn<QByteArray>("action"); ///< whose requests are counted
        QTest::addColumn<int>("maxSends");

        const QStringList listAll
            = {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all")};
        const QStringList listPage = {QStringLiteral("jobs"), QStringLiteral("list")};
        const QByteArray list = "ListDeliveryHistoryJobs";

        QTest::newRow("TotalCount 2147483547")
            << Attack {listAll,
                       [](const RecordedRequest &) {
                           return ScriptedResponse::json(200, pageOf(jobs(100), 2147483547, 100));
                       }}
            << 1 << QStringLiteral("TotalCount 2147483547") << 20 << list << 1;
        QTest::newRow("TotalCount 2147483647 (INT_MAX)")
            << Attack {listAll,
                       [](const RecordedRequest &) {
                           return ScriptedResponse::json(200, pageOf(jobs(100), 2147483647, 100));
                       }}
            << 1 << QStringLiteral("TotalCount 2147483647") << 20 << list << 1;
        QTest::newRow("PageSize answered as 1")
            << Attack {listAll,
                       [](const RecordedRequest &) {
                           return ScriptedResponse::json(200, pageOf(jobs(1), 50000, 1));
                       }}
            << 1 << QStringLiteral("PageSize 1") << 20 << list << 1;
        QTest::newRow("a body trickled at 1 byte/s")
            << Attack {listPage
                           + QStringList {QStringLiteral("--timeout"), QStringLiteral("2"),
                                          QStringLiteral("--deadline"), QStringLiteral("5")},
                       [](const RecordedRequest &) {
                           ScriptedResponse trickle = ScriptedResponse::json(200, listSample());
                           trickle.mode = ScriptedResponse::Mode::Trickle;
                           trickle.trickleMs = 1000;
                           return trickle;
                       }}
            << 1 << QStringLiteral("deadline of 5 s") << 20 << list << 1;
        QTest::newRow("503 with Retry-After 999999")
            << Attack {listPage,
                       [](const RecordedRequest &) {
                           return ScriptedResponse::errorBody(503,
                                                              QStringLiteral("ServiceUnavailable"),
                                                              QStringLiteral("later"))
                               .withHeader("Retry-After", "999999");
                       }}
            << 1 << QStringLiteral("ServiceUnavailable") << 20 << list << 1;
        QTest::newRow("1 GiB body, announced")
            << Attack {listPage,
                       [](const RecordedRequest &) {
                           ScriptedResponse huge = ScriptedResponse::json(200, "{");
                           huge.mode = ScriptedResponse::Mode::Stream;
                           huge.streamBytes = qint64(1) << 30;
                           return huge;
                       }}
            << 1 << QStringLiteral("larger than 8 MiB") << 30 << list << 1;
        QTest::newRow("1 GiB body, close-delimited")
            << Attack {listPage,
                       [](const RecordedRequest &) {
                           ScriptedResponse huge = ScriptedResponse::json(200, "{");
                           huge.mode = ScriptedResponse::Mode::Stream;
                           huge.streamBytes = qint64(1) << 30;
                           huge.streamAnnouncesLength = false;
                           return huge;
                       }}
            << 1 << QStringLiteral("larger than 8 MiB") << 30 << list << 1;
        // Big bodies are made before the binary starts: a server slower than the client's
        // transfer timeout would (rightly) be asked again.
        QList<DeliveryJob> longName = jobs(1);
        longName.first().trailName = QString(50 * 1000 * 1000, QLatin1Char('t'));
        const QByteArray longNamePage = pageOf(longName, 1, 20);
        QTest::newRow("a 50 MB TrailName")
            << Attack {listPage,
                       [longNamePage](const RecordedRequest &) {
                           return ScriptedResponse::json(200, longNamePage);
                       }}
            << 1 << QStringLiteral("larger than 8 MiB") << 30 << list << 1;
        QTest::newRow("200,000 jobs when 20 were asked")
            << Attack {listPage,
                       [body = pageOf(jobs(200000), 200000, 20)](const RecordedRequest &) {
                           return ScriptedResponse::json(200, body);
                       }}
            << 1 << QStringLiteral("larger than 8 MiB") << 30 << list << 1;
        QTest::newRow("21 jobs when 20 were asked")
            << Attack {listPage,
                       [](const RecordedRequest &) {
                           return ScriptedResponse::json(200, pageOf(jobs(21), 21, 20));
                       }}
            << 1 << QStringLiteral("21 jobs though 20") << 20 << list << 1;

        QTest::newRow("escape sequences in a page")
            << Attack {listPage,
                       [](const RecordedRequest &) {
                           QList<DeliveryJob> one = jobs(1);
                           one.first().trailName = QStringLiteral("\x1b]0;pwned\x07\x1b[2Jtrail");
                           one.first().homeRegion
                               = QString(QChar(0x9b)) + QStringLiteral("31mcn-hangzhou");
                           return ScriptedResponse::json(200, pageOf(one, 1, 20));
                       }}
            << 0 << QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2Jtrail") << 20 << list << 1;
        QTest::newRow("escape sequences in an error")
            << Attack {listPage,
                       [](const RecordedRequest &) {
                           return ScriptedResponse::json(
                               400,
                               "{\"RequestId\":\"R\\u001b[2J\",\"Code\":\"Bad\\u001b]0;x\\u0007\","
                               "\"Message\":\"m\\u001b[31m\\u009b1m\"}");
                       }}
            << 1 << QStringLiteral("Bad\\x1b]0;x\\x07") << 20 << list << 1;

        const QStringList deleteJob = {QStringLiteral("jobs"), QStringLiteral("delete"),
                                       QStringLiteral("16602"), QStringLiteral("--yes")};
        const QList<QPair<const char *, ScriptedResponse::Mode>> drops = {
            {"FIN", ScriptedResponse::Mode::FinWithoutAnswer},
            {"RST", ScriptedResponse::Mode::ResetWithoutAnswer},
            {"half headers", ScriptedResponse::Mode::CloseAfterHalfHeaders},
        };
        for (const auto &[name, mode] : drops) {
            for (const bool gone : {true, false}) {
                QTest::addRow("Delete acted on, then %s; task %s", name,
                              gone ? "gone" : "still there")
                    << Attack {deleteJob,
                               [mode = mode, gone](const RecordedRequest &request) {
                                   if (request.header("x-acs-action") == "GetDeliveryHistoryJob") {
                                       return gone ? ScriptedResponse::errorBody(
                                                  404, QStringLiteral("DeliveryHistoryJobNotFound"),
                                                  QStringLiteral("gone"))
                                                   : ScriptedResponse::json(200, getSample());
                                   }
                                   ScriptedResponse drop;
                                   drop.mode = mode;
                                   return drop;
                               }}
                    << (gone ? 0 : 1)
                    << (gone ? QStringLiteral("Deleted backfill task 16602")
                             : QStringLiteral("Unknown outcome"))
                    << 30 << QByteArray("DeleteDeliveryHistoryJob") << 1;
            }
        }
    }
    void attacks()
    {
        QFETCH(Attack, attack);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QFETCH(int, boundSeconds);
        QFETCH(QByteArray, action);
        QFETCH(int, maxSends);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(attack.server);

        const Outcome outcome = run(&server, attack.arguments, boundSeconds);
        int sends = 0;
        for (const RecordedRequest &request : server.requests())
            sends += request.header("x-acs-action") == action ? 1 : 0;
        qInfo("| %s | exit %d | %.1f s | %lld MB | %d %s |", QTest::currentDataTag(),
              outcome.exitCode, double(outcome.ms) / 1000.0, outcome.peakBytes >> 20, sends,
              action.constData());

        QVERIFY2(outcome.finished, "still running at its bound: killed");
        // At most 128 MB above an honest listing (about 21 MB in a release build: under
        // 150 MB in all).
        QVERIFY2(outcome.peakBytes < m_idlePeakBytes + (qint64(128) << 20),
                 qPrintable(QStringLiteral("peak RSS %1 MB, idle %2 MB")
                                .arg(outcome.peakBytes >> 20)
                                .arg(m_idlePeakBytes >> 20)));
        QCOMPARE(outcome.exitCode, exitCode);
        const QString said = QString::fromUtf8(outcome.out) + outcome.err;
        QVERIFY2(said.contains(says), qPrintable(said.left(2000)));
        // Nothing the server sent may drive the terminal.
        for (const char16_t control : {u'\x1b', u'\x07', u'\x9b'})
            QVERIFY2(!said.contains(QChar(control)), qPrintable(said.left(2000)));
        QVERIFY2(sends <= maxSends, qPrintable(QStringLiteral("%1 sends").arg(sends)));
        QVERIFY(sends >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
