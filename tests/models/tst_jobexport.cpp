#include "fakejobsource.h"
#include "models/jobexport.h"
#include "models/jobfilterproxymodel.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestJobExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvOfFilteredRows();
    void csvQuoting_data();
    void csvQuoting();
    void jsonUsesServiceFieldNames();
    void jobJsonWithRegions();
    void writeFile();
    void writeFileFailsClearly();

private:
    std::unique_ptr<FakeJobSource> m_source;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobListLoader> m_loader;
    std::unique_ptr<JobFilterProxyModel> m_proxy;
};

void TestJobExport::init()
{
    m_source = std::make_unique<FakeJobSource>();
    m_source->jobs = FakeJobSource::makeJobs(6, 600);
    m_model = std::make_unique<JobTableModel>();
    m_loader = std::make_unique<JobListLoader>(m_model.get());
    m_proxy = std::make_unique<JobFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_loader->setSource(m_source.get());
    QTRY_VERIFY(!m_loader->isLoading());
}

void TestJobExport::cleanup()
{
    // The loader uses the model until it is gone, and the proxy shows the model.
    m_proxy.reset();
    m_loader.reset();
    m_model.reset();
    m_source.reset();
}

void TestJobExport::csvOfFilteredRows()
{
    m_proxy->setStatusFilter(JobFilterProxyModel::FailedFlag);
    const QList<QByteArray> lines = JobExport::rows(*m_proxy, JobExport::Format::Csv).split('\n');
    // The command line's header: one CSV writer for both.
    QCOMPARE(lines.first(),
             QByteArray("JobId,TrailName,HomeRegion,JobStatus,Status,StartTime,"
                        "EndTime,CreatedTime,UpdatedTime\r"));
    // Header + one line per failed job + the empty piece after the last CRLF.
    int failed = 0;
    for (const DeliveryJob &job : std::as_const(m_source->jobs))
        failed += job.status == JobStatus::Failed;
    QVERIFY(failed > 0);
    QCOMPARE(lines.size(), failed + 2);
    for (int i = 1; i <= failed; ++i)
        QVERIFY(lines[i].contains(",3,failed,")); // the stable word, not the translated one
    QVERIFY(lines[1].contains("2026-"));
    QVERIFY(lines[1].contains("Z,"));
}

void TestJobExport::csvQuoting_data()
{
    QTest::addColumn<QString>("trail");
    QTest::addColumn<QByteArray>("expectedField");
    QTest::newRow("plain") << QStringLiteral("audit") << QByteArray(",audit,");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray(",\"a,b\",");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray(",\"say \"\"hi\"\"\",");
    QTest::newRow("newline") << QStringLiteral("x\ny") << QByteArray(",\"x\ny\",");
    QTest::newRow("utf-8") << QStringLiteral("审计") << QStringLiteral(",审计,").toUtf8();
    // A spreadsheet must show these, not run them.
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\")")
                               << QByteArray(",\"'=HYPERLINK(\"\"http://x\"\")\",");
    QTest::newRow("formula +") << QStringLiteral("+1") << QByteArray(",'+1,");
    QTest::newRow("formula -") << QStringLiteral("-1+2") << QByteArray(",'-1+2,");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QByteArray(",'@SUM(A1),");
    QTest::newRow("escape sequence")
        << QStringLiteral("a\x1b]0;t\x07") << QByteArray(",a\\x1b]0;t\\x07,");
}

void TestJobExport::csvQuoting()
{
    QFETCH(QString, trail);
    QFETCH(QByteArray, expectedField);
    m_source->jobs
        = {FakeJobSource::makeJob(1, trail, JobStatus::Complete, QDateTime::currentDateTimeUtc())};
    m_loader->reload();
    QTRY_VERIFY(!m_loader->isLoading());
    const QByteArray csv = JobExport::rows(*m_model, JobExport::Format::Csv);
    QVERIFY2(csv.contains(expectedField), csv.constData());
}

void TestJobExport::jsonUsesServiceFieldNames()
{
    m_proxy->setSearchText(QStringLiteral("trail-1"));
    const QJsonDocument doc
        = QJsonDocument::fromJson(JobExport::rows(*m_proxy, JobExport::Format::Json));
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), m_proxy->rowCount());
    QVERIFY(!array.isEmpty());
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(QStringLiteral("TrailName")).toString(), QStringLiteral("trail-1"));
    const DeliveryJob &expected = m_source->jobs.at(1);
    QCOMPARE(first.value(QStringLiteral("JobId")).toInteger(), expected.jobId);
    QCOMPARE(first.value(QStringLiteral("JobStatus")).toInt(), expected.rawStatus);
    QCOMPARE(first.value(QStringLiteral("CreatedTime")).toString(),
             expected.createdTime.toString(Qt::ISODate));
    QVERIFY(!first.contains(QStringLiteral("Status"))); // a listing has no regions
}

void TestJobExport::jobJsonWithRegions()
{
    const DeliveryJob job = m_source->jobs.first();
    const QJsonObject json = JobExport::toJson(job, QStringLiteral("RID"));
    QCOMPARE(json.value(QStringLiteral("RequestId")).toString(), QStringLiteral("RID"));
    const QJsonArray regions = json.value(QStringLiteral("Status")).toArray();
    QCOMPARE(regions.size(), job.regions.size());
    QCOMPARE(regions.first().toObject().value(QStringLiteral("Region")).toString(),
             job.regions.first().region);
}

void TestJobExport::writeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(JobExport::writeFile(path, QByteArray("a,b\r\n"), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
}

void TestJobExport::writeFileFailsClearly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.csv"));
    QString error;
    QVERIFY(!JobExport::writeFile(path, QByteArray("x"), &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestJobExport)
#include "tst_jobexport.moc"
