// The `jobs` command line as a user runs it: the real binary (BACKFILL_BIN_DIR) via QProcess,
// against a scripted loopback server; argument errors exit 2 with a one-line reason.
#include "api/requestsigner.h"
#include "api/responseparser.h"
#include "cli/commandline.h"
#include "cli/jobstext.h"
#include "domain/jobserializer.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {
using Environment = QMap<QString, QString>;
const QString secret = QStringLiteral("CliSecret-never-printed-123");

using TestSupport::getSample;
using TestSupport::listSample;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

DeliveryJob sampleJob(qint64 id, const QString &trail)
{
    DeliveryJob job;
    job.jobId = id;
    job.trailName = trail;
    job.homeRegion = QStringLiteral("cn-hangzhou");
    job.status = JobStatus::Delivering;
    job.rawStatus = 1;
    job.eventsFrom = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    job.eventsTo = QDateTime(QDate(2024, 3, 31), QTime(23, 59, 59), Qt::UTC);
    job.createdTime = job.updatedTime = QDateTime(QDate(2024, 4, 1), QTime(8, 0), Qt::UTC);
    return job;
}
} // namespace

class tst_JobsCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;

    Run run(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {},
            bool withKey = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                                 "ALIBABA_CLOUD_SECURITY_TOKEN", "ALIBABA_CLOUD_PROFILE",
                                 "ALIBABA_CLOUD_REGION_ID", "QT_LOGGING_RULES"})
            env.remove(QString::fromLatin1(name));
        if (withKey) {
            env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAIcli"));
            env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
        }
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("BACKFILL_BIN_DIR")
                          + QStringLiteral("/backfill-browser"),
                      arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        // The event loop must run: the scripted server lives in this process.
        if (!finished.wait(60000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList endpointArgs() const
    {
        return {QStringLiteral("--endpoint"), m_server->url().toString()};
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no subcommand")
            << QStringList {QStringLiteral("jobs")} << QStringLiteral("subcommand");
        QTest::newRow("unknown subcommand")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("frob")}
            << QStringLiteral("frob");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--bogus")}
            << QStringLiteral("bogus");
        QTest::newRow("page 0") << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                                QStringLiteral("--page"), QStringLiteral("0")}
                                << QStringLiteral("--page");
        QTest::newRow("page-size 101")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--page-size"), QStringLiteral("101")}
            << QStringLiteral("--page-size");
        QTest::newRow("page-size text")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--page-size"), QStringLiteral("ten")}
            << QStringLiteral("--page-size");
        QTest::newRow("parallel without --all")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--parallel"), QStringLiteral("2")}
            << QStringLiteral("--parallel");
        QTest::newRow("parallel 0")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
                            QStringLiteral("--parallel"), QStringLiteral("0")}
            << QStringLiteral("--parallel");
        QTest::newRow("parallel on get")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("1"),
                            QStringLiteral("--parallel"), QStringLiteral("2")}
            << QStringLiteral("--parallel");
        QTest::newRow("max-jobs without --all")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--max-jobs"), QStringLiteral("5")}
            << QStringLiteral("--max-jobs");
        QTest::newRow("max-jobs 0")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
                            QStringLiteral("--max-jobs"), QStringLiteral("0")}
            << QStringLiteral("--max-jobs");
        QTest::newRow("deadline 0")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("1"),
                            QStringLiteral("--deadline"), QStringLiteral("0")}
            << QStringLiteral("--deadline");
        QTest::newRow("deadline text")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--deadline"), QStringLiteral("soon")}
            << QStringLiteral("--deadline");
        QTest::newRow("--all with --page")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
                            QStringLiteral("--page"), QStringLiteral("2")}
            << QStringLiteral("--all");
        QTest::newRow("format xml")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("xml")}
            << QStringLiteral("--format");
        QTest::newRow("csv for get")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("1"),
                            QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("--format");
        QTest::newRow("get without id")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("get")}
            << QStringLiteral("JOB_ID");
        QTest::newRow("get with a word")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("abc")}
            << QStringLiteral("abc");
        QTest::newRow("get two ids") << QStringList {QStringLiteral("jobs"), QStringLiteral("get"),
                                                     QStringLiteral("1"), QStringLiteral("2")}
                                     << QStringLiteral("JOB_ID");
        QTest::newRow("negative id") << QStringList {QStringLiteral("jobs"), QStringLiteral("get"),
                                                     QStringLiteral("--"), QStringLiteral("-5")}
                                     << QStringLiteral("-5");
        QTest::newRow("delete without --yes")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("delete"), QStringLiteral("5")}
            << QStringLiteral("--yes");
        QTest::newRow("--yes on list")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--yes")}
            << QStringLiteral("--yes");
        QTest::newRow("create without trail")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("create")}
            << QStringLiteral("TRAIL_NAME");
        QTest::newRow("list with an argument")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("x")}
            << QStringLiteral("no arguments");
        QTest::newRow("interval 0")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("watch"), QStringLiteral("1"),
                            QStringLiteral("--interval"), QStringLiteral("0")}
            << QStringLiteral("--interval");
        QTest::newRow("signature v2")
            << QStringList {QStringLiteral("--signature-version"), QStringLiteral("v2"),
                            QStringLiteral("jobs"), QStringLiteral("list")}
            << QStringLiteral("v2");
        QTest::newRow("timeout text")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--timeout"), QStringLiteral("soon")}
            << QStringLiteral("--timeout");
        QTest::newRow("http to a public host")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                            QStringLiteral("--endpoint"),
                            QStringLiteral("http://actiontrail.cn-hangzhou.aliyuncs.com")}
            << QStringLiteral("https://");
        QTest::newRow("bad region")
            << QStringList {QStringLiteral("--region"), QStringLiteral("not a region"),
                            QStringLiteral("jobs"), QStringLiteral("list")}
            << QStringLiteral("region");
        QTest::newRow("unknown profile")
            << QStringList {QStringLiteral("--profile"), QStringLiteral("work"),
                            QStringLiteral("jobs"), QStringLiteral("list")}
            << QStringLiteral("no profile named \"work\"");
    }
    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mention), qPrintable(result.err));
        QVERIFY2(result.err.startsWith(QStringLiteral("backfill-browser: ")),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void missingCredentialsExitWith2()
    {
        const Run result
            = run(QStringList {QStringLiteral("jobs"), QStringLiteral("list")} + endpointArgs(), {},
                  false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")),
                 qPrintable(result.err));
        const Run half
            = run(QStringList {QStringLiteral("jobs"), QStringLiteral("list")} + endpointArgs(),
                  {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("x")}}, false);
        QCOMPARE(half.exitCode, 2);
        QVERIFY2(half.err.contains(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")),
                 qPrintable(half.err));
    }

    void helpDocumentsEveryFlag()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *flag : {"--profile",   "--region",    "--endpoint", "--signature-version",
                                 "--timeout",   "--verbose",   "--help",     "--version",
                                 "--page",      "--page-size", "--all",      "--format",
                                 "--yes",       "--interval",  "--parallel", "--max-jobs",
                                 "--deadline",  "jobs list",   "jobs get",   "jobs create",
                                 "jobs delete", "jobs watch"})
            QVERIFY2(result.out.contains(QString::fromLatin1(flag)), flag);
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("backfill-browser ")));
    }

    void listFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << QStringLiteral("table");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
    }
    void listFormats()
    {
        QFETCH(QString, format);
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        const Run result = run(QStringList {QStringLiteral("--region"),
                                            QStringLiteral("ignored-when-endpoint-given"),
                                            QStringLiteral("jobs"), QStringLiteral("list"),
                                            QStringLiteral("--format"), format}
                               + endpointArgs());
        QCOMPARE(result.exitCode, 0);
        // Only data on stdout: the page footer of the table goes to stderr.
        if (format == QLatin1String("table"))
            QVERIFY2(result.err.contains(QStringLiteral("Page 1 of 1")), qPrintable(result.err));
        else
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(!result.out.contains(QStringLiteral("Page ")));
        if (format == QLatin1String("json")) {
            QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object(),
                     QJsonDocument::fromJson(listSample()).object());
        } else if (format == QLatin1String("csv")) {
            QCOMPARE(result.out,
                     QStringLiteral("JobId,TrailName,HomeRegion,JobStatus,Status,StartTime,EndTime,"
                                    "CreatedTime,UpdatedTime\r\n"
                                    "16602,trail-name,cn-hangzhou,2,complete,2021-01-26T03:17:04Z,"
                                    "2021-04-26T03:22:04Z,"
                                    "2021-04-26T03:17:04Z,2021-04-26T03:20:08Z\r\n"));
        } else {
            const QStringList lines = result.out.split(QLatin1Char('\n'));
            QVERIFY(lines.at(0).startsWith(QStringLiteral("JOB ID")));
            QVERIFY(lines.at(1).startsWith(QStringLiteral("16602")));
            // Aligned: the STATUS column starts at the same offset in the header and the row.
            QCOMPARE(lines.at(0).indexOf(QStringLiteral("STATUS")),
                     lines.at(1).indexOf(QStringLiteral("complete")));
            QVERIFY(
                lines.at(1).contains(QStringLiteral("2021-01-26 03:17:04"))); // local = UTC here
        }
        const RecordedRequest &request = m_server->requests().first();
        QCOMPARE(request.queryValue(QStringLiteral("PageNumber")), QStringLiteral("1"));
        QCOMPARE(request.queryValue(QStringLiteral("PageSize")), QStringLiteral("20"));
    }

    void listAllAsJsonIsOneObject()
    {
        QList<qint64> ids;
        m_server->setHandler([&ids](const RecordedRequest &request) {
            const int page = request.queryValue(QStringLiteral("PageNumber")).toInt();
            const int size = request.queryValue(QStringLiteral("PageSize")).toInt();
            JobPage answer;
            answer.pageNumber = page;
            answer.pageSize = size;
            answer.totalCount = 250;
            answer.requestId = QStringLiteral("R%1").arg(page);
            for (int i = (page - 1) * size; i < std::min(250, page * size); ++i)
                answer.jobs.append(sampleJob(4294967296LL + 250 - i, QStringLiteral("t")));
            return ScriptedResponse::json(
                200, QJsonDocument(ResponseParser::jobPageToJson(answer)).toJson());
        });
        const Run result = run(QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                            QStringLiteral("--all"), QStringLiteral("--format"),
                                            QStringLiteral("json")}
                               + endpointArgs());
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("TotalCount")).toInt(), 250);
        const QJsonArray jobs = object.value(QStringLiteral("DeliveryHistoryJobs")).toArray();
        QCOMPARE(jobs.size(), 250);
        for (int i = 0; i < jobs.size(); ++i)
            QCOMPARE(jobs.at(i).toObject().value(QStringLiteral("JobId")).toInteger(),
                     4294967296LL + 250 - i);
        QCOMPARE(m_server->requests().size(), 3); // pages of 100
    }

    void getAndWatch()
    {
        m_server->enqueue(ScriptedResponse::json(200, getSample()));
        const Run get = run(
            QStringList {QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("16602")}
            + endpointArgs());
        QCOMPARE(get.exitCode, 0);
        QVERIFY2(get.out.contains(QStringLiteral("cn-hangzhou"))
                     && get.out.contains(QStringLiteral("complete")),
                 qPrintable(get.out));
        QVERIFY(get.out.contains(QStringLiteral("Events from")));

        // watch: delivering, delivering (unchanged: not printed again), then complete.
        QByteArray delivering = getSample();
        delivering.replace("\"Status\": 2", "\"Status\": 1")
            .replace("\"JobStatus\": 2", "\"JobStatus\": 1");
        m_server->enqueue(ScriptedResponse::json(200, delivering));
        m_server->enqueue(ScriptedResponse::json(200, delivering));
        m_server->enqueue(ScriptedResponse::json(200, getSample()));
        const Run watch = run(QStringList {QStringLiteral("jobs"), QStringLiteral("watch"),
                                           QStringLiteral("16602"), QStringLiteral("--interval"),
                                           QStringLiteral("1")}
                              + endpointArgs());
        QCOMPARE(watch.exitCode, 0);
        const QStringList lines = watch.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QStringLiteral("delivering")), qPrintable(watch.out));
        QVERIFY2(lines.at(1).contains(QStringLiteral("1 of 1 regions complete")),
                 qPrintable(watch.out));

        QByteArray failed = getSample();
        failed.replace("\"JobStatus\": 2", "\"JobStatus\": 3");
        m_server->enqueue(ScriptedResponse::json(200, failed));
        const Run watchFailed = run(
            QStringList {QStringLiteral("jobs"), QStringLiteral("watch"), QStringLiteral("16602")}
            + endpointArgs());
        QCOMPARE(watchFailed.exitCode, 1);
        QVERIFY(watchFailed.err.contains(QStringLiteral("failed")));
    }

    void createAndDelete()
    {
        m_server->enqueue(
            ScriptedResponse::json(200, "{\"JobId\":9007199254740993,\"RequestId\":\"C\"}"));
        const Run created = run(QStringList {QStringLiteral("jobs"), QStringLiteral("create"),
                                             QStringLiteral("my trail"), QStringLiteral("--format"),
                                             QStringLiteral("json")}
                                + endpointArgs());
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(QStringLiteral("9007199254740993")), qPrintable(created.out));
        QCOMPARE(m_server->requests().last().queryValue(QStringLiteral("TrailName")),
                 QStringLiteral("my trail"));
        QVERIFY(!m_server->requests().last().queryValue(QStringLiteral("ClientToken")).isEmpty());

        m_server->enqueue(ScriptedResponse::json(200, "{\"RequestId\":\"D\"}"));
        const Run deleted = run(QStringList {QStringLiteral("jobs"), QStringLiteral("delete"),
                                             QStringLiteral("7"), QStringLiteral("--yes")}
                                + endpointArgs());
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.contains(QStringLiteral("7")));
        QCOMPARE(m_server->requests().last().header("x-acs-action"),
                 QByteArray("DeleteDeliveryHistoryJob"));
    }

    void serviceErrorsExitWith1_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mention");
        QTest::newRow("Forbidden.RAM") << 403 << QStringLiteral("Forbidden.RAM")
                                       << QStringLiteral("actiontrail:GetDeliveryHistoryJob");
        QTest::newRow("not found")
            << 404 << QStringLiteral("DeliveryHistoryJobNotFound") << QStringLiteral("16602");
        QTest::newRow("bad secret")
            << 400 << QStringLiteral("SignatureDoesNotMatch") << QStringLiteral("LTAIcli");
    }
    void serviceErrorsExitWith1()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mention);
        m_server->enqueue(ScriptedResponse::errorBody(status, code, QStringLiteral("the message")));
        const Run result = run(
            QStringList {QStringLiteral("jobs"), QStringLiteral("get"), QStringLiteral("16602")}
            + endpointArgs());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(mention), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Code: ") + code));
        QVERIFY(result.err.contains(QStringLiteral("Message: the message")));
        QVERIFY(result.err.contains(QStringLiteral("RequestId: REQ-") + code));
        QVERIFY(result.out.isEmpty());
    }

    void verboseLogsRequestsButNoSecret_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("v3") << QStringLiteral("v3");
        QTest::newRow("v1") << QStringLiteral("v1");
    }
    void verboseLogsRequestsButNoSecret()
    {
        QFETCH(QString, version);
        m_server->enqueue(ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                                      QStringLiteral("x")));
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        const QString token = QStringLiteral("StsToken-never-printed-456");
        const Run result
            = run(QStringList {QStringLiteral("--verbose"), QStringLiteral("--signature-version"),
                               version, QStringLiteral("jobs"), QStringLiteral("list")}
                      + endpointArgs(),
                  {{QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token}});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("ListDeliveryHistoryJobs")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("B190816C-6DCA-4DC5-9B8E-EE0367B57CFF")));
        QVERIFY(result.err.contains(QStringLiteral("environment variables")));
        QVERIFY(result.err.contains(QStringLiteral("retrying 2/")));
        for (const QString &needle :
             {secret, token, QStringLiteral("Signature"), QStringLiteral("uthorization")})
            QVERIFY2(!result.err.contains(needle) && !result.out.contains(needle),
                     qPrintable(needle));
        // Every request the CLI sent verifies.
        const RecordedRequest &request = m_server->requests().last();
        if (version == QLatin1String("v3"))
            QVERIFY(request.header("Authorization").startsWith("ACS3-HMAC-SHA256"));
        else
            QVERIFY(!request.queryValue(QStringLiteral("Signature")).isEmpty());
    }

    void guiRejectsUnknownFlagWithExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("unknown flag")
            << QStringList {QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("GUI flag without its value")
            << QStringList {QStringLiteral("--demo"), QStringLiteral("--region")}
            << QStringLiteral("region");
    }
    void guiRejectsUnknownFlagWithExit2()
    {
        // The GUI path (no command word), offscreen: a usage error exits 2 before any window,
        // like the command line does.
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentioned);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mentioned), qPrintable(result.err));
        QVERIFY2(result.err.trimmed().count(QLatin1Char('\n')) <= 1, qPrintable(result.err));
    }

    void csvQuotesPerRfc4180()
    {
        const QString csv = JobSerializer::toCsv({sampleJob(1, QStringLiteral("plain")),
                                                  sampleJob(2, QStringLiteral("with,comma")),
                                                  sampleJob(3, QStringLiteral("say \"hi\"")),
                                                  sampleJob(4, QStringLiteral("two\nlines"))});
        const QStringList rows = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(rows.size(), 6); // header, 4 rows, empty after the final CRLF
        QCOMPARE(rows.at(1),
                 QStringLiteral("1,plain,cn-hangzhou,1,delivering,2024-01-01T00:00:00Z,"
                                "2024-03-31T23:59:59Z,2024-04-01T08:00:00Z,"
                                "2024-04-01T08:00:00Z"));
        QVERIFY(rows.at(2).startsWith(QStringLiteral("2,\"with,comma\",")));
        QVERIFY(rows.at(3).startsWith(QStringLiteral("3,\"say \"\"hi\"\"\",")));
        QVERIFY(rows.at(4).startsWith(QStringLiteral("4,\"two\nlines\",")));
        QVERIFY(rows.last().isEmpty());
    }

    void serviceTextCannotDriveTheTerminalOrASpreadsheet()
    {
        DeliveryJob job = sampleJob(7, QStringLiteral("\x1b[2J\x1b]0;pwned\x07=cmd"));
        job.homeRegion = QString(QChar(0x9b)) + QStringLiteral("31mcn-hangzhou");
        for (const QString &shown : {formatJobsTable({job}), formatJobDetail(job)}) {
            QVERIFY2(!shown.contains(QChar(0x1b)) && !shown.contains(QChar(0x07))
                         && !shown.contains(QChar(0x9b)),
                     qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("\\x1b[2J\\x1b]0;pwned\\x07=cmd")),
                     qPrintable(shown));
        }
        const QString csv = JobSerializer::toCsv({sampleJob(8, QStringLiteral("=1+1"))});
        QVERIFY2(csv.contains(QStringLiteral("\r\n8,'=1+1,")), qPrintable(csv));
        // JSON stays exact: the characters survive, escaped the JSON way.
        const QJsonObject json = JobSerializer::toJson(job);
        QCOMPARE(json.value(QStringLiteral("TrailName")).toString(), job.trailName);
    }

    void csvStatusesAndTimes_data()
    {
        QTest::addColumn<int>("rawStatus");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QString>("expectedTail"); ///< JobStatus,Status,...,CreatedTime
        const QDateTime april = QDateTime(QDate(2024, 4, 1), QTime(8, 0), Qt::UTC);
        QTest::newRow("initializing")
            << 0 << april << QStringLiteral("0,initializing,2024-04-01T08:00:00Z");
        QTest::newRow("delivering")
            << 1 << april << QStringLiteral("1,delivering,2024-04-01T08:00:00Z");
        QTest::newRow("complete") << 2 << april
                                  << QStringLiteral("2,complete,2024-04-01T08:00:00Z");
        QTest::newRow("failed") << 3 << april << QStringLiteral("3,failed,2024-04-01T08:00:00Z");
        QTest::newRow("a status the service added later")
            << 7 << april << QStringLiteral("7,unknown (7),2024-04-01T08:00:00Z");
        QTest::newRow("negative status")
            << -2 << april << QStringLiteral("-2,unknown (-2),2024-04-01T08:00:00Z");
        QTest::newRow("no time: empty field") << 2 << QDateTime() << QStringLiteral("2,complete,");
        QTest::newRow("before the epoch")
            << 2 << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC)
            << QStringLiteral("2,complete,1969-12-31T23:59:59Z");
        QTest::newRow("leap day") << 2 << QDateTime(QDate(2028, 2, 29), QTime(12, 34, 56), Qt::UTC)
                                  << QStringLiteral("2,complete,2028-02-29T12:34:56Z");
        QTest::newRow("a local time is written in UTC")
            << 2 << QDateTime(QDate(2024, 4, 1), QTime(16, 0), QTimeZone(8 * 3600))
            << QStringLiteral("2,complete,2024-04-01T08:00:00Z");
    }
    void csvStatusesAndTimes()
    {
        QFETCH(int, rawStatus);
        QFETCH(QDateTime, created);
        QFETCH(QString, expectedTail);
        DeliveryJob job = sampleJob(9223372036854775807LL, QStringLiteral("t"));
        job.rawStatus = rawStatus;
        job.status = jobStatusFromInt(rawStatus);
        job.createdTime = created;
        const QStringList rows = JobSerializer::toCsv({job}).split(QStringLiteral("\r\n"));
        QCOMPARE(rows.size(), 3);
        // JobId (the largest qint64), trail, region, then the status columns and the four times.
        const QString expected
            = QStringLiteral("9223372036854775807,t,cn-hangzhou,") + expectedTail;
        const QStringList fields = rows.at(1).split(QLatin1Char(','));
        QCOMPARE(fields.size(), 9);
        QCOMPARE(QStringList(fields.mid(0, 5) + fields.mid(7, 1)).join(QLatin1Char(',')), expected);
        QCOMPARE(fields.at(5), QStringLiteral("2024-01-01T00:00:00Z"));
        QCOMPARE(fields.at(8), QStringLiteral("2024-04-01T08:00:00Z"));
    }

    void machineOutputIgnoresTheLocale_data()
    {
        QTest::addColumn<QStringList>("language");
        QTest::addColumn<Environment>("environment");
        QTest::newRow("LANG=zh_CN.UTF-8")
            << QStringList()
            << Environment {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                            {QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}};
        QTest::newRow("--language zh_CN")
            << QStringList {QStringLiteral("--language"), QStringLiteral("zh_CN")} << Environment();
    }
    void machineOutputIgnoresTheLocale()
    {
        // CSV and JSON are for scripts: the same words under any locale. The table is for
        // people: translated.
        QFETCH(QStringList, language);
        QFETCH(Environment, environment);
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        const Run csv = run(language
                                + QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                               QStringLiteral("--format"), QStringLiteral("csv")}
                                + endpointArgs(),
                            environment);
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.startsWith(QStringLiteral("JobId,TrailName,HomeRegion,JobStatus,Status,")),
                 qPrintable(csv.out));
        QVERIFY2(csv.out.contains(QStringLiteral(",2,complete,")), qPrintable(csv.out));
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        const Run table
            = run(language + QStringList {QStringLiteral("jobs"), QStringLiteral("list")}
                      + endpointArgs(),
                  environment);
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("已完成")), qPrintable(table.out));
    }

    void tableAlignsByDisplayWidth()
    {
        QCOMPARE(displayWidth(QStringLiteral("abc")), 3);
        QCOMPARE(displayWidth(QStringLiteral("审计")), 4);
        QCOMPARE(displayWidth(QStringLiteral("ｆｕｌｌ")), 8); // fullwidth forms
        QCOMPARE(displayWidth(QStringLiteral("e\u0301")), 1); // a combining accent takes no cell
        const QString table = formatJobsTable({sampleJob(1, QStringLiteral("审计日志")),
                                               sampleJob(2, QStringLiteral("audit")),
                                               sampleJob(3, QStringLiteral("bad\x1b[31m"))});
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // The HOME REGION column starts at the same terminal column on every line.
        QList<int> columns;
        for (const QString &line : lines) {
            const qsizetype at = line.indexOf(line.startsWith(QStringLiteral("JOB"))
                                                  ? QStringLiteral("HOME REGION")
                                                  : QStringLiteral("cn-hangzhou"));
            columns << displayWidth(line.left(at));
        }
        QCOMPARE(columns, QList<int>(4, columns.first()));
        QVERIFY(!table.contains(
            QLatin1Char('\x1b'))); // a server's control characters never reach the terminal
    }

    void columnsAndQuiet_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv columns")
            << QStringList {QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--columns"), QStringLiteral("status,JobId")}
            << QStringLiteral("Status,JobId\r\ncomplete,16602\r\n");
        QTest::newRow("quiet") << QStringList {QStringLiteral("--quiet")}
                               << QStringLiteral("16602\n");
        QTest::newRow("table columns")
            << QStringList {QStringLiteral("--columns"), QStringLiteral("JobId,TrailName")}
            << QStringLiteral("JOB ID  TRAIL\n16602   trail-name\n");
    }
    void columnsAndQuiet()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        const Run result = run(QStringList {QStringLiteral("jobs"), QStringLiteral("list")}
                               + options + endpointArgs());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, expected);
    }

    void columnsAndQuietUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unknown column")
            << QStringList {QStringLiteral("--columns"), QStringLiteral("JobId,Colour")}
            << QStringLiteral("Colour");
        QTest::newRow("columns with json")
            << QStringList {QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--columns"), QStringLiteral("JobId")}
            << QStringLiteral("--columns");
        QTest::newRow("quiet with csv")
            << QStringList {QStringLiteral("--quiet"), QStringLiteral("--format"),
                            QStringLiteral("csv")}
            << QStringLiteral("--quiet");
    }
    void columnsAndQuietUsageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, mention);
        const Run result = run(QStringList {QStringLiteral("jobs"), QStringLiteral("list")}
                               + options + endpointArgs());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(mention), qPrintable(result.err));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void createWithClientToken()
    {
        m_server->enqueue(ScriptedResponse::json(200, "{\"JobId\":42,\"RequestId\":\"C\"}"));
        const Run created = run(QStringList {QStringLiteral("jobs"), QStringLiteral("create"),
                                             QStringLiteral("t"), QStringLiteral("--client-token"),
                                             QStringLiteral("nightly-2026-12-07")}
                                + endpointArgs());
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(m_server->requests().last().queryValue(QStringLiteral("ClientToken")),
                 QStringLiteral("nightly-2026-12-07"));
        QCOMPARE(created.out, QStringLiteral("Created backfill task 42 for trail t.\n"));
        QVERIFY2(created.err.contains(QStringLiteral("jobs watch 42")),
                 qPrintable(created.err)); // the hint: stderr
        const Run bad = run(QStringList {QStringLiteral("jobs"), QStringLiteral("create"),
                                         QStringLiteral("t"), QStringLiteral("--client-token"),
                                         QStringLiteral("has space")}
                            + endpointArgs());
        QCOMPARE(bad.exitCode, 2);
    }

    void watchAsJsonLinesWithTimeout()
    {
        QByteArray delivering = getSample();
        delivering.replace("\"Status\": 2", "\"Status\": 1")
            .replace("\"JobStatus\": 2", "\"JobStatus\": 1");
        m_server->setHandler([delivering](const RecordedRequest &) {
            return ScriptedResponse::json(200, delivering);
        });
        const Run watch = run(QStringList {QStringLiteral("jobs"), QStringLiteral("watch"),
                                           QStringLiteral("16602"), QStringLiteral("--format"),
                                           QStringLiteral("json"), QStringLiteral("--interval"),
                                           QStringLiteral("1"), QStringLiteral("--timeout"),
                                           QStringLiteral("2")}
                              + endpointArgs());
        QCOMPARE(watch.exitCode, 1);
        QVERIFY2(watch.err.contains(QStringLiteral("--timeout")), qPrintable(watch.err));
        QVERIFY(m_server->requests().size() >= 2);
        // Unchanged polls print nothing: one line, one JSON object.
        const QStringList lines = watch.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(line.value(QStringLiteral("JobId")).toInteger(), 16602);
        QCOMPARE(line.value(QStringLiteral("StatusWord")).toString(), QStringLiteral("delivering"));
        QVERIFY(line.value(QStringLiteral("Time")).toString().endsWith(QLatin1Char('Z')));
    }

    void streamedJsonEscapesLikeQJson()
    {
        DeliveryJob job = sampleJob(5, QStringLiteral("a\"b\\c\u0001\n\u2028审计"));
        job.eventsTo = QDateTime();
        QString text;
        JobSerializer::appendJson(text, job);
        QVERIFY(!text.contains(QChar(0x01)) && !text.contains(QLatin1Char('\n')));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), JobSerializer::toJson(job));
    }

    void dryRunSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("action");
        QTest::newRow("create v3")
            << QStringList {QStringLiteral("jobs"),  QStringLiteral("create"),
                            QStringLiteral("t1"),    QStringLiteral("--client-token"),
                            QStringLiteral("tok-1"), QStringLiteral("--dry-run")}
            << QStringLiteral("CreateDeliveryHistoryJob");
        QTest::newRow("delete v3, no --yes needed")
            << QStringList {QStringLiteral("jobs"), QStringLiteral("delete"), QStringLiteral("7"),
                            QStringLiteral("--dry-run")}
            << QStringLiteral("DeleteDeliveryHistoryJob");
        QTest::newRow("delete v1") << QStringList {QStringLiteral("--signature-version"),
                                                   QStringLiteral("v1"),
                                                   QStringLiteral("jobs"),
                                                   QStringLiteral("delete"),
                                                   QStringLiteral("7"),
                                                   QStringLiteral("--yes"),
                                                   QStringLiteral("--dry-run")}
                                   << QStringLiteral("DeleteDeliveryHistoryJob");
    }
    void dryRunSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, action);
        const QString token = QStringLiteral("StsToken-never-printed-456");
        const Run result = run(arguments + endpointArgs(),
                               {{QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token}});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 0);
        QVERIFY2(result.out.contains(action), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Signature=<elided>")), qPrintable(result.out));
        QVERIFY(!result.out.contains(secret) && !result.out.contains(token));
        if (action.startsWith(QLatin1String("Create")))
            QVERIFY(result.out.contains(QStringLiteral("ClientToken=tok-1")));
    }
};

QTEST_GUILESS_MAIN(tst_JobsCommand)
#include "tst_jobscommand.moc"
