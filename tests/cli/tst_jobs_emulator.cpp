// End to end against the real emulator (build/bin/actiontrail-emulator): the client, JobLister
// and the `jobs` command line over loopback HTTP, with the emulator verifying every signature
// (V3 and V1, with and without STS) and injecting faults. `jobs list --all` must lose nothing
// under --fault-rate 0.3.
#include "api/actiontrailclient.h"
#include "api/joblister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString keyId = QStringLiteral("LTAIe2eTestKey");
const QString keySecret = QStringLiteral("e2e-secret-never-printed");
const QString stsToken = QStringLiteral("e2e-sts-token-never-printed");

QString binary(const char *name)
{
    return qEnvironmentVariable("BACKFILL_BIN_DIR") + QLatin1Char('/') + QString::fromLatin1(name);
}

/** One emulator process; stopped (by its id) when this goes away. */
class Emulator
{
public:
    ~Emulator()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /** Starts it and reads the endpoint from the first stdout line (the emulator's contract). */
    bool start(const QStringList &arguments)
    {
        m_process.setProgram(binary("actiontrail-emulator"));
        m_process.setArguments(QStringList {QStringLiteral("--access-key-id"), keyId,
                                            QStringLiteral("--access-key-secret"), keySecret}
                               + arguments);
        m_process.start();
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        QByteArray seen;
        while (!seen.contains('\n')) {
            if (m_process.state() == QProcess::NotRunning || !output.wait(20000))
                return false;
            seen += m_process.readAllStandardOutput();
        }
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^listening on (\\S+)"))
                  .match(QString::fromUtf8(seen));
        if (!match.hasMatch())
            return false;
        m_url = QUrl(match.captured(1));
        return m_url.isValid();
    }

    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments, bool withToken = false, const QString &secret = keySecret)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_PROFILE"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    if (withToken)
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), stsToken);
    else
        env.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    process.setProcessEnvironment(env);
    process.start(binary("backfill-browser"), arguments);
    if (!process.waitForFinished(120000)) // a separate process: nothing of ours to serve meanwhile
        process.kill();
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QList<qint64> jobIdsOf(const QByteArray &json, int *totalCount)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    *totalCount = object.value(QStringLiteral("TotalCount")).toInt(-1);
    QList<qint64> ids;
    for (const QJsonValue &job : object.value(QStringLiteral("DeliveryHistoryJobs")).toArray())
        ids.append(job.toObject().value(QStringLiteral("JobId")).toInteger());
    return ids;
}
} // namespace

class tst_JobsEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(binary("actiontrail-emulator")))
            QSKIP("actiontrail-emulator is not built (it lands with the emulator work)");
    }

    void listAllLosesNothingUnderFaults_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("sts");
        QTest::newRow("V3") << QStringLiteral("v3") << false;
        QTest::newRow("V3 with STS") << QStringLiteral("v3") << true;
        QTest::newRow("V1") << QStringLiteral("v1") << false;
        QTest::newRow("V1 with STS") << QStringLiteral("v1") << true;
    }
    void listAllLosesNothingUnderFaults()
    {
        QFETCH(QString, signature);
        QFETCH(bool, sts);
        const QStringList data = {QStringLiteral("--jobs"), QStringLiteral("2345"),
                                  QStringLiteral("--seed"), QStringLiteral("11")};
        const QStringList token
            = sts ? QStringList {QStringLiteral("--security-token"), stsToken} : QStringList {};
        Emulator clean;
        QVERIFY(clean.start(data + token));
        Emulator faulty;
        QVERIFY(faulty.start(
            data + token + QStringList {QStringLiteral("--fault-rate"), QStringLiteral("0.3")}));

        const QStringList command = {QStringLiteral("--signature-version"),
                                     signature,
                                     QStringLiteral("jobs"),
                                     QStringLiteral("list"),
                                     QStringLiteral("--all"),
                                     QStringLiteral("--format"),
                                     QStringLiteral("json"),
                                     QStringLiteral("--endpoint")};
        const Run expected = runCli(command + QStringList {clean.url().toString()}, sts);
        QCOMPARE(expected.exitCode, 0);
        const Run got = runCli(command + QStringList {faulty.url().toString()}, sts);
        QVERIFY2(got.exitCode == 0, qPrintable(got.err));

        int expectedTotal = 0;
        int gotTotal = 0;
        const QList<qint64> expectedIds = jobIdsOf(expected.out, &expectedTotal);
        const QList<qint64> gotIds = jobIdsOf(got.out, &gotTotal);
        QCOMPARE(expectedTotal, 2345);
        QCOMPARE(int(expectedIds.size()), 2345);
        QCOMPARE(gotTotal, 2345);
        QCOMPARE(gotIds, expectedIds); // same jobs, same order, none lost, none twice
        QCOMPARE(QSet<qint64>(gotIds.cbegin(), gotIds.cend()).size(), 2345);
        for (const QString &secret : {keySecret, stsToken})
            QVERIFY(!got.err.contains(secret) && !got.out.contains(secret.toUtf8()));
    }

    void jobListerInProcessUnderFaults()
    {
        Emulator faulty;
        QVERIFY(faulty.start({QStringLiteral("--jobs"), QStringLiteral("777"),
                              QStringLiteral("--seed"), QStringLiteral("3"),
                              QStringLiteral("--fault-rate"), QStringLiteral("0.3")}));
        QNetworkAccessManager network;
        ActionTrailClient client(&network);
        client.setEndpoint(faulty.url());
        client.setAccessKey({keyId, keySecret, {}});
        client.setRetryPolicy(RetryPolicy([] { return 0.05; })); // short, still jittered waits
        JobLister lister(&client);
        lister.setPageSize(10); // 78 pages: many chances to meet every fault kind
        QSignalSpy finished(&lister, &JobLister::finished);
        QSignalSpy failed(&lister, &JobLister::failed);
        QSignalSpy retrying(&lister, &JobLister::retrying);
        lister.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(failed.count(), 0);
        const JobPage all = finished.first().first().value<JobPage>();
        QCOMPARE(all.totalCount, 777);
        QSet<qint64> ids;
        for (const DeliveryJob &job : all.jobs)
            ids.insert(job.jobId);
        QCOMPARE(ids.size(), 777);
        QVERIFY(retrying.count() > 0); // the faults were met, and survived
        QVERIFY(lister.peakInFlight() <= 4);
    }

    void everyCommandAgainstTheEmulator()
    {
        Emulator emulator;
        QVERIFY(emulator.start({QStringLiteral("--jobs"), QStringLiteral("30"),
                                QStringLiteral("--seed"), QStringLiteral("5")}));
        const QStringList endpoint = {QStringLiteral("--endpoint"), emulator.url().toString()};

        const Run list = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                             QStringLiteral("--format"), QStringLiteral("json")}
                                + endpoint);
        QCOMPARE(list.exitCode, 0);
        const QJsonObject page = QJsonDocument::fromJson(list.out).object();
        QCOMPARE(page.value(QStringLiteral("TotalCount")).toInt(), 30);
        const QJsonObject first
            = page.value(QStringLiteral("DeliveryHistoryJobs")).toArray().first().toObject();
        const QString firstId = QString::number(first.value(QStringLiteral("JobId")).toInteger());
        const QString trail = first.value(QStringLiteral("TrailName")).toString();

        const Run get = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("get"), firstId,
                                            QStringLiteral("--format"), QStringLiteral("json")}
                               + endpoint);
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(QString::number(QJsonDocument::fromJson(get.out)
                                     .object()
                                     .value(QStringLiteral("JobId"))
                                     .toInteger()),
                 firstId);

        const Run table = runCli(
            QStringList {QStringLiteral("jobs"), QStringLiteral("get"), firstId} + endpoint);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("REGION"));

        const Run created
            = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("create"), trail,
                                  QStringLiteral("--format"), QStringLiteral("json")}
                     + endpoint);
        if (created.exitCode == 0) {
            const QString newId = QString::number(QJsonDocument::fromJson(created.out)
                                                      .object()
                                                      .value(QStringLiteral("JobId"))
                                                      .toInteger());
            const Run deleted
                = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("delete"), newId,
                                      QStringLiteral("--yes")}
                         + endpoint);
            QCOMPARE(deleted.exitCode, 0);
            const Run gone = runCli(
                QStringList {QStringLiteral("jobs"), QStringLiteral("get"), newId} + endpoint);
            QCOMPARE(gone.exitCode, 1);
            QVERIFY2(gone.err.contains(QStringLiteral("DeliveryHistoryJobNotFound")),
                     qPrintable(gone.err));
            QVERIFY(gone.err.contains(newId));
        } else {
            // The account may already have a running task: one at a time per account.
            QCOMPARE(created.exitCode, 1);
            QVERIFY2(created.err.contains(QStringLiteral("DeliveryHistoryJobRunning")),
                     qPrintable(created.err));
        }

        const Run noTrail = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("create"),
                                                QStringLiteral("no-such-trail-xyz")}
                                   + endpoint);
        QCOMPARE(noTrail.exitCode, 1);
        QVERIFY2(noTrail.err.contains(QStringLiteral("no-such-trail-xyz")),
                 qPrintable(noTrail.err));

        const Run badSecret = runCli(QStringList {QStringLiteral("--verbose"),
                                                  QStringLiteral("jobs"), QStringLiteral("list")}
                                         + endpoint,
                                     false, QStringLiteral("wrong-secret-value"));
        QCOMPARE(badSecret.exitCode, 1);
        QVERIFY(badSecret.err.contains(QStringLiteral("Code: SignatureDoesNotMatch")));
        QVERIFY(badSecret.err.contains(QStringLiteral("RequestId: ")));
        QVERIFY(badSecret.err.contains(keyId));
        QVERIFY(!badSecret.err.contains(QStringLiteral("wrong-secret-value")));
    }

    void watchFollowsATaskToItsEnd()
    {
        Emulator emulator;
        QVERIFY(emulator.start({QStringLiteral("--jobs"), QStringLiteral("3"),
                                QStringLiteral("--seed"), QStringLiteral("9"),
                                QStringLiteral("--tick-seconds"), QStringLiteral("1")}));
        const QStringList endpoint = {QStringLiteral("--endpoint"), emulator.url().toString()};
        const Run list = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                             QStringLiteral("--format"), QStringLiteral("json")}
                                + endpoint);
        // Watch the task that runs, or start one (one may run at a time per account).
        const QJsonArray jobs = QJsonDocument::fromJson(list.out)
                                    .object()
                                    .value(QStringLiteral("DeliveryHistoryJobs"))
                                    .toArray();
        QString id;
        for (const QJsonValue &job : jobs) {
            if (job.toObject().value(QStringLiteral("JobStatus")).toInt() <= 1)
                id = QString::number(job.toObject().value(QStringLiteral("JobId")).toInteger());
        }
        if (id.isEmpty()) {
            const QString trail
                = jobs.first().toObject().value(QStringLiteral("TrailName")).toString();
            const Run created
                = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("create"), trail,
                                      QStringLiteral("--format"), QStringLiteral("json")}
                         + endpoint);
            QCOMPARE(created.exitCode, 0);
            id = QString::number(QJsonDocument::fromJson(created.out)
                                     .object()
                                     .value(QStringLiteral("JobId"))
                                     .toInteger());
        }
        const Run watch = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("watch"), id,
                                              QStringLiteral("--interval"), QStringLiteral("1")}
                                 + endpoint);
        const QStringList lines = QString::fromUtf8(watch.out).trimmed().split(QLatin1Char('\n'));
        QVERIFY2(!lines.isEmpty() && lines.first().contains(id), watch.out.constData());
        if (watch.exitCode == 0) {
            QVERIFY2(lines.last().contains(QStringLiteral(": complete")), watch.out.constData());
        } else {
            QCOMPARE(watch.exitCode, 1);
            QVERIFY2(lines.last().contains(QStringLiteral(": failed")), watch.out.constData());
        }
    }

    void stsTokenIsRequiredWhenConfigured()
    {
        Emulator emulator;
        QVERIFY(emulator.start({QStringLiteral("--security-token"), stsToken}));
        const QStringList command = {QStringLiteral("jobs"), QStringLiteral("list"),
                                     QStringLiteral("--endpoint"), emulator.url().toString()};
        QCOMPARE(runCli(command, true).exitCode, 0);
        const Run without = runCli(command, false);
        QCOMPARE(without.exitCode, 1);
        QVERIFY2(without.err.contains(QStringLiteral("Code: ")), qPrintable(without.err));
    }
};

QTEST_GUILESS_MAIN(tst_JobsEmulator)
#include "tst_jobs_emulator.moc"
