// The command line's trails and regions against the real emulator process over loopback:
// `jobs list --all-regions` in both job scopes (and with one region's endpoint dead), the
// --status and --trail filters, --endpoint REGION=URL, and `trails list|get` in every format.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
const QString keyId = QStringLiteral("LTAItrailsCli");
const QString keySecret = QStringLiteral("trails-cli-secret");

QString binary(const char *name)
{
    return qEnvironmentVariable("BACKFILL_BIN_DIR") + QLatin1Char('/') + QString::fromLatin1(name);
}

/** One emulator process: the first endpoint and, in job scope region, one per region. */
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

    bool start(const QStringList &arguments, int regionLines = 0)
    {
        m_process.setProgram(binary("actiontrail-emulator"));
        m_process.setArguments(QStringList {QStringLiteral("--access-key-id"), keyId,
                                            QStringLiteral("--access-key-secret"), keySecret}
                               + arguments);
        m_process.start();
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        QByteArray seen;
        while (seen.count('\n') < 1 + regionLines) {
            if (m_process.state() == QProcess::NotRunning || !output.wait(20000))
                return false;
            seen += m_process.readAllStandardOutput();
        }
        const QStringList lines = QString::fromUtf8(seen).split(QLatin1Char('\n'));
        static const QRegularExpression first(QStringLiteral("^listening on (\\S+)$"));
        static const QRegularExpression region(QStringLiteral("^region (\\S+) (\\S+)$"));
        const QRegularExpressionMatch match = first.match(lines.first());
        if (!match.hasMatch())
            return false;
        m_url = match.captured(1);
        for (int i = 1; i <= regionLines; ++i) {
            const QRegularExpressionMatch r = region.match(lines.value(i));
            if (!r.hasMatch())
                return false;
            m_regions.insert(r.captured(1), r.captured(2));
        }
        return true;
    }

    QString url() const { return m_url; }
    QMap<QString, QString> regions() const { return m_regions; }

private:
    QProcess m_process;
    QString m_url;
    QMap<QString, QString> m_regions;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_PROFILE"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
    env.remove(QStringLiteral("ALIBABA_CLOUD_REGION_ID"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), keySecret);
    process.setProcessEnvironment(env);
    process.start(binary("backfill-browser"), arguments);
    if (!process.waitForFinished(120000)) // a separate process: nothing of ours to serve meanwhile
        process.kill();
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

/** A loopback URL where nothing listens (the port was bound, then released). */
QString deadEndpoint()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
}

QStringList endpointArguments(const QMap<QString, QString> &regions)
{
    QStringList arguments;
    for (auto it = regions.cbegin(); it != regions.cend(); ++it)
        arguments << QStringLiteral("--endpoint") << it.key() + QLatin1Char('=') + it.value();
    return arguments;
}

/** Every job of a one-endpoint listing, by JobId, with its HomeRegion. */
QMap<qint64, QString> everyJob(const QString &endpoint)
{
    const Run run = runCli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all"),
                            QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--endpoint"), endpoint});
    QMap<qint64, QString> jobs;
    for (const QJsonValue &job : json(run).value(QStringLiteral("DeliveryHistoryJobs")).toArray())
        jobs.insert(job[QStringLiteral("JobId")].toInteger(),
                    job[QStringLiteral("HomeRegion")].toString());
    return jobs;
}
} // namespace

class tst_TrailsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary("actiontrail-emulator")), "actiontrail-emulator not built");
        // The account's trail regions, from the emulator's own DescribeTrails through the CLI.
        Emulator emulator;
        QVERIFY(emulator.start({}));
        const Run run
            = runCli({QStringLiteral("trails"), QStringLiteral("list"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--endpoint"), emulator.url()});
        QCOMPARE(run.exitCode, 0);
        for (const QJsonValue &trail : json(run).value(QStringLiteral("TrailList")).toArray()) {
            const QString region = trail[QStringLiteral("HomeRegion")].toString();
            if (!m_regions.contains(region))
                m_regions.append(region);
        }
        QVERIFY(m_regions.size() >= 3);
        m_allJobs = everyJob(emulator.url());
        QCOMPARE(m_allJobs.size(), 50);
    }

    void allRegions_data()
    {
        QTest::addColumn<bool>("regionScope");
        QTest::addColumn<bool>("oneDead");
        QTest::newRow("account scope") << false << false;
        QTest::newRow("region scope") << true << false;
        QTest::newRow("account scope, Beijing dead") << false << true;
        QTest::newRow("region scope, Beijing dead") << true << true;
    }
    void allRegions()
    {
        QFETCH(bool, regionScope);
        QFETCH(bool, oneDead);
        Emulator emulator;
        QMap<QString, QString> endpoints;
        if (regionScope) {
            QVERIFY(emulator.start({QStringLiteral("--job-scope"), QStringLiteral("region")},
                                   int(m_regions.size())));
            endpoints = emulator.regions();
            QCOMPARE(endpoints.size(), m_regions.size());
        } else {
            QVERIFY(emulator.start({}));
            for (const QString &region : std::as_const(m_regions))
                endpoints.insert(region, emulator.url());
        }
        const QString dead = QStringLiteral("cn-beijing");
        QVERIFY(endpoints.contains(dead));
        if (oneDead)
            endpoints.insert(dead, deadEndpoint());

        const Run run
            = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                  QStringLiteral("--all-regions"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--timeout"),
                                  QStringLiteral("2"), QStringLiteral("--deadline"),
                                  QStringLiteral("5"), QStringLiteral("--endpoint"), emulator.url()}
                     + endpointArguments(endpoints));
        QCOMPARE(run.exitCode, oneDead ? 1 : 0);
        const QJsonObject result = json(run);
        QSet<qint64> seen;
        for (const QJsonValue &value :
             result.value(QStringLiteral("DeliveryHistoryJobs")).toArray()) {
            const QJsonObject job = value.toObject();
            const qint64 id = job[QStringLiteral("JobId")].toInteger();
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY(m_allJobs.contains(id));
            QVERIFY(!job[QStringLiteral("Region")].toString().isEmpty());
            if (regionScope)
                QCOMPARE(job[QStringLiteral("Region")].toString(), m_allJobs.value(id));
        }
        int expected = int(m_allJobs.size());
        if (oneDead && regionScope)
            expected -= int(std::count(m_allJobs.cbegin(), m_allJobs.cend(), dead));
        QCOMPARE(seen.size(), expected);
        const QJsonArray errors = result.value(QStringLiteral("RegionErrors")).toArray();
        QCOMPARE(errors.size(), oneDead ? 1 : 0);
        if (oneDead) {
            QCOMPARE(errors.first()[QStringLiteral("Region")].toString(), dead);
            QVERIFY2(run.err.contains(QStringLiteral("region cn-beijing")), qPrintable(run.err));
        }
    }

    void tableHasARegionColumn()
    {
        Emulator emulator;
        QVERIFY(emulator.start({}));
        QMap<QString, QString> endpoints;
        for (const QString &region : std::as_const(m_regions))
            endpoints.insert(region, emulator.url());
        const Run run = runCli(QStringList {QStringLiteral("jobs"), QStringLiteral("list"),
                                            QStringLiteral("--all-regions"),
                                            QStringLiteral("--endpoint"), emulator.url()}
                               + endpointArguments(endpoints));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("JOB ID"), run.out.left(200).constData());
        QVERIFY(run.out.left(run.out.indexOf('\n')).contains("REGION"));
        QVERIFY(run.err.contains(QStringLiteral("50 backfill task(s)")));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("trail");
        QTest::newRow("failed") << QStringList {QStringLiteral("--status"),
                                                QStringLiteral("failed")}
                                << QStringLiteral("failed") << QString();
        QTest::newRow("complete of trail-name")
            << QStringList {QStringLiteral("--status"), QStringLiteral("complete"),
                            QStringLiteral("--trail"), QStringLiteral("trail-name")}
            << QStringLiteral("complete") << QStringLiteral("trail-name");
        QTest::newRow("trail-name")
            << QStringList {QStringLiteral("--trail"), QStringLiteral("trail-name")} << QString()
            << QStringLiteral("trail-name");
    }
    void filters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, status);
        QFETCH(QString, trail);
        Emulator emulator;
        QVERIFY(emulator.start({}));
        const QStringList base {QStringLiteral("jobs"),  QStringLiteral("list"),
                                QStringLiteral("--all"), QStringLiteral("--format"),
                                QStringLiteral("csv"),   QStringLiteral("--endpoint"),
                                emulator.url()};
        const Run all = runCli(base);
        const Run filtered = runCli(base + arguments);
        QCOMPARE(filtered.exitCode, 0);
        // Expected: the unfiltered CSV's rows that pass, by the CSV's own columns.
        const auto rows = [](const QByteArray &csv) {
            QList<QStringList> result;
            const QList<QByteArray> lines = csv.split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty())
                    result.append(QString::fromUtf8(lines.at(i).trimmed()).split(QLatin1Char(',')));
            }
            return result;
        };
        QList<QStringList> expected;
        for (const QStringList &row : rows(all.out)) {
            if ((status.isEmpty() || row.value(4) == status)
                && (trail.isEmpty() || row.value(1) == trail))
                expected.append(row);
        }
        QCOMPARE(rows(filtered.out), expected);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < rows(all.out).size());
    }

    void trailsListAndGet()
    {
        Emulator emulator;
        QVERIFY(emulator.start({}));
        const QStringList endpoint {QStringLiteral("--endpoint"), emulator.url(),
                                    QStringLiteral("--region"), QStringLiteral("cn-hangzhou")};
        const Run list = runCli(QStringList {QStringLiteral("trails"), QStringLiteral("list"),
                                             QStringLiteral("--format"), QStringLiteral("json")}
                                + endpoint);
        QCOMPARE(list.exitCode, 0);
        QMap<QString, QString> reasons;
        for (const QJsonValue &trail : json(list).value(QStringLiteral("TrailList")).toArray()) {
            reasons.insert(trail[QStringLiteral("Name")].toString(),
                           trail[QStringLiteral("Readiness")][QStringLiteral("Reason")].toString());
        }
        QCOMPARE(reasons.value(QStringLiteral("trail-name")), QString());
        QCOMPARE(reasons.value(QStringLiteral("fresh-trail")), QStringLiteral("not-logging"));
        QCOMPARE(reasons.value(QStringLiteral("oss-archive")), QStringLiteral("no-sls-delivery"));
        QCOMPARE(reasons.value(QStringLiteral("org-audit")), QStringLiteral("organization-trail"));
        QCOMPARE(reasons.value(QStringLiteral("new-app-trail")), QStringLiteral("other-region"));

        const Run get = runCli(QStringList {QStringLiteral("trails"), QStringLiteral("get"),
                                            QStringLiteral("new-app-trail"),
                                            QStringLiteral("--format"), QStringLiteral("json")}
                               + endpoint);
        QCOMPARE(get.exitCode, 0);
        const QJsonObject trail = json(get);
        QVERIFY(
            trail[QStringLiteral("TrailStatus")][QStringLiteral("LatestDeliveryLogServiceError")]
                .toString()
                .startsWith(QStringLiteral("write sls failed")));
        // Started 34 days ago: a task today covers the 56 days before it.
        QCOMPARE(trail[QStringLiteral("NewTaskWindow")][QStringLiteral("Days")].toInt(), 56);

        const Run csv = runCli(QStringList {QStringLiteral("trails"), QStringLiteral("list"),
                                            QStringLiteral("--format"), QStringLiteral("csv")}
                               + endpoint);
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("Name,HomeRegion,Targets,"));
        QCOMPARE(csv.out.count("\r\n"), reasons.size() + 1);

        const Run table = runCli(QStringList {QStringLiteral("trails"), QStringLiteral("get"),
                                              QStringLiteral("trail-name")}
                                 + endpoint);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Ready for a backfill task."));

        const Run missing = runCli(QStringList {QStringLiteral("trails"), QStringLiteral("get"),
                                                QStringLiteral("no-such-trail")}
                                   + endpoint);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no-such-trail")));
    }

    void usageErrors_data()
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
        row("all and all-regions", {"jobs", "list", "--all", "--all-regions"}, "--all-regions");
        row("unknown status", {"jobs", "list", "--status", "paused"}, "--status");
        row("empty trail", {"jobs", "list", "--trail", ""}, "--trail");
        row("public http region endpoint",
            {"jobs", "list", "--endpoint", "cn-beijing=http://example.com"}, "cn-beijing");
        row("two plain endpoints",
            {"jobs", "list", "--endpoint", "https://a.example", "--endpoint", "https://b.example"},
            "--endpoint");
        row("trails without subcommand", {"trails"}, "list or get");
        row("trails get without name", {"trails", "get"}, "TRAIL_NAME");
        row("trails bad format", {"trails", "list", "--format", "xml"}, "--format");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

private:
    QStringList m_regions;
    QMap<qint64, QString> m_allJobs;
};

QTEST_GUILESS_MAIN(tst_TrailsCli)
#include "tst_trails_cli.moc"
