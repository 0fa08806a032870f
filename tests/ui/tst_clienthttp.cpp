// The models and the window over the real ActionTrailClient and real loopback HTTP, against a
// scripted server: paging parameters on the wire, retries made visible, errors in the banner.
#include "api/actiontrailclient.h"
#include "api/retrypolicy.h"
#include "mainwindow.h"
#include "models/clientjobsource.h"
#include "models/jobbrowser.h"
#include "models/joblistloader.h"
#include "models/jobtablemodel.h"
#include "scriptedhttpserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject jobJson(qint64 id, int status)
{
    const QDateTime created = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(-60 * id);
    return {{QStringLiteral("JobId"), id},
            {QStringLiteral("TrailName"), QStringLiteral("trail-%1").arg(id % 5)},
            {QStringLiteral("HomeRegion"), QStringLiteral("cn-hangzhou")},
            {QStringLiteral("JobStatus"), status},
            {QStringLiteral("StartTime"), created.addDays(-90).toString(Qt::ISODate)},
            {QStringLiteral("EndTime"), created.toString(Qt::ISODate)},
            {QStringLiteral("CreatedTime"), created.toString(Qt::ISODate)},
            {QStringLiteral("UpdatedTime"), created.addSecs(300).toString(Qt::ISODate)}};
}

/** A tiny ActionTrail listing `total` jobs (ids total..1), honouring PageNumber/PageSize. */
ScriptedResponse listing(const RecordedRequest &request, int total)
{
    const int pageNumber = request.queryValue(QStringLiteral("PageNumber")).toInt();
    const int pageSize = request.queryValue(QStringLiteral("PageSize")).toInt();
    QJsonArray jobs;
    for (int i = (pageNumber - 1) * pageSize; i < std::min(total, pageNumber * pageSize); ++i)
        jobs.append(jobJson(total - i, 2));
    const QJsonObject body {
        {QStringLiteral("DeliveryHistoryJobs"), jobs},
        {QStringLiteral("PageNumber"), pageNumber},
        {QStringLiteral("PageSize"), pageSize},
        {QStringLiteral("TotalCount"), total},
        {QStringLiteral("RequestId"), QStringLiteral("LIST-%1").arg(pageNumber)}};
    return ScriptedResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

struct Client
{
    explicit Client(const QUrl &endpoint)
        : client(&network)
        , source(&client)
    {
        client.setEndpoint(endpoint);
        client.setAccessKey(AccessKey {QStringLiteral("LTAItest"), QStringLiteral("secret"), {}});
        RetryPolicy policy = client.retryPolicy();
        policy.setBaseDelay(std::chrono::milliseconds(5));
        policy.setMaxDelay(std::chrono::milliseconds(20));
        client.setRetryPolicy(policy);
    }
    QNetworkAccessManager network;
    ActionTrailClient client;
    ClientJobSource source;
};
} // namespace

class TestClientHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesOverHttp();
    void loadAllOverHttp();
    void retriesAreVisibleThenBannerThenRecovery();
    void forbiddenRamIsNotRetriedAndNamesTheAction();
};

void TestClientHttp::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_clienthttp"));
    QSettings().clear();
}

void TestClientHttp::pagesOverHttp()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &request) { return listing(request, 120); });
    Client c(server.url());
    JobTableModel model;
    JobListLoader loader(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loader.setSource(&c.source);
    QTRY_VERIFY(loader.hasListed() && !loader.isLoading());
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(loader.totalCount(), 120);
    model.fetchMore({});
    QTRY_VERIFY(!loader.isLoading());
    model.fetchMore({});
    QTRY_VERIFY(!loader.isLoading());
    QCOMPARE(model.rowCount(), 120);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(server.requests().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const RecordedRequest &request = server.requests().at(i);
        QCOMPARE(request.header("x-acs-action"), QByteArray("ListDeliveryHistoryJobs"));
        QCOMPARE(request.queryValue(QStringLiteral("PageNumber")), QString::number(i + 1));
        QCOMPARE(request.queryValue(QStringLiteral("PageSize")), QStringLiteral("50"));
    }
    QCOMPARE(model.data(model.index(119, 0), JobTableModel::JobIdRole).toLongLong(), 1);
}

void TestClientHttp::loadAllOverHttp()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &request) { return listing(request, 777); });
    Client c(server.url());
    JobTableModel model;
    JobListLoader loader(&model);
    loader.setSource(&c.source);
    QTRY_VERIFY(loader.hasListed() && !loader.isLoading());
    loader.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(loader.isComplete() && !loader.isLoading(), 15000);
    QCOMPARE(model.rowCount(), 777);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), JobTableModel::JobIdRole).toLongLong(), 777 - row);
    QVERIFY(server.peakConcurrent() > 1); // pages really in parallel
    QVERIFY(server.peakConcurrent() <= 4);
}

void TestClientHttp::retriesAreVisibleThenBannerThenRecovery()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    bool healthy = false;
    server.setHandler([&healthy](const RecordedRequest &request) {
        if (healthy)
            return listing(request, 20);
        return ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                           QStringLiteral("The service is unavailable."));
    });
    Client c(server.url());
    c.client.setMaxAttempts(3);
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    QSignalSpy retrying(browser.list(), &JobListLoader::retrying);
    browser.setSource(&c.source);
    auto *banner = window.findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(browser.list()->lastError().has_value());
    QCOMPARE(retrying.size(), 2); // attempts 2 and 3 were announced
    QCOMPARE(server.requests().size(), 3);
    QVERIFY(banner->isVisible());
    const QString ids
        = window.findChild<QLabel *>(QStringLiteral("errorBannerIdentifiers"))->text();
    QVERIFY2(ids.contains(QLatin1String("ServiceUnavailable")), qPrintable(ids));
    QVERIFY2(ids.contains(QLatin1String("REQ-ServiceUnavailable")), qPrintable(ids));

    healthy = true;
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("errorBannerRetry")),
                      Qt::LeftButton);
    QTRY_COMPARE(browser.model()->rowCount(), 20);
    QVERIFY(!banner->isVisible());
}

void TestClientHttp::forbiddenRamIsNotRetriedAndNamesTheAction()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &) {
        return ScriptedResponse::errorBody(
            403, QStringLiteral("Forbidden.RAM"),
            QStringLiteral("User not authorized to operate on the specified resource, or this API "
                           "doesn't support RAM."));
    });
    Client c(server.url());
    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    browser.setSource(&c.source);
    auto *banner = window.findChild<QWidget *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    const QString message
        = window.findChild<QLabel *>(QStringLiteral("errorBannerMessage"))->text();
    QVERIFY2(message.contains(QLatin1String("actiontrail:ListDeliveryHistoryJobs")),
             qPrintable(message));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("errorBannerIdentifiers"))
                ->text()
                .contains(QLatin1String("Forbidden.RAM")));
    QCOMPARE(server.requests().size(), 1); // a permission error is never retried
}

QTEST_MAIN(TestClientHttp)
#include "tst_clienthttp.moc"
