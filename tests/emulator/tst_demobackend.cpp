// DemoBackend: what `backfill-browser --demo` talks to, reached as the app reaches the real
// service (QNetworkAccessManager, RequestSigner, loopback HTTP).

#include "actiontrailemulator.h"
#include "api/requestsigner.h"
#include "demobackend.h"
#include "jobstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

class TestDemoBackend : public QObject
{
    Q_OBJECT

private slots:
    void startsOnLoopbackWithTheDemoKey();
    void twoBackendsDoNotCollide();
    void jobsProgressWhileItRuns();

private:
    QJsonObject call(const DemoBackend &demo, const QString &action,
                     const QMap<QString, QString> &parameters, int *status);
    QNetworkAccessManager m_network;
};

QJsonObject TestDemoBackend::call(const DemoBackend &demo, const QString &action,
                                  const QMap<QString, QString> &parameters, int *status)
{
    UnsignedRequest unsignedRequest;
    unsignedRequest.host = demo.endpoint().authority();
    unsignedRequest.action = action;
    unsignedRequest.apiVersion = QStringLiteral("2020-07-06");
    unsignedRequest.parameters = parameters;
    const SignedRequest signedRequest
        = RequestSigner(SignatureVersion::V3).sign(unsignedRequest, DemoBackend::accessKey());

    QUrl url = demo.endpoint();
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString::fromLatin1(signedRequest.encodedQuery()), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &[name, value] : signedRequest.headers) {
        if (name != "host")
            request.setRawHeader(name, value);
    }
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, signedRequest.body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestDemoBackend::startsOnLoopbackWithTheDemoKey()
{
    DemoBackend demo;
    QVERIFY(!demo.isRunning());
    QVERIFY(demo.endpoint().isEmpty());
    QVERIFY(demo.start());
    QVERIFY(demo.isRunning());
    QCOMPARE(demo.endpoint().scheme(), QStringLiteral("http"));
    QCOMPARE(demo.endpoint().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(demo.endpoint().port() > 0);
    QVERIFY(DemoBackend::accessKey().isValid());
    QVERIFY(!DemoBackend::accessKey().isSts());

    int status = 0;
    const QJsonObject page = call(demo, QStringLiteral("ListDeliveryHistoryJobs"),
                                  {{QStringLiteral("PageSize"), QStringLiteral("50")}}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(page.value(QStringLiteral("TotalCount")).toInt(), DemoBackend::Options().jobCount);
}

void TestDemoBackend::twoBackendsDoNotCollide()
{
    DemoBackend first;
    DemoBackend second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    QVERIFY(first.endpoint() != second.endpoint());
}

void TestDemoBackend::jobsProgressWhileItRuns()
{
    DemoBackend::Options options;
    options.tickSeconds = 1;
    options.latencyMs = 0;
    DemoBackend demo(options);
    QVERIFY(demo.start());
    JobStore &store = demo.emulator()->store();
    // Make sure something runs (the seeded newest task may have finished already).
    if (!store.page(0, 1).first()->isRunning()) {
        const auto created = store.create(QStringLiteral("trail-name"), QString(),
                                          QDateTime::currentSecsSinceEpoch());
        QCOMPARE(created.outcome, JobStore::CreateOutcome::Created);
    }
    const qint64 jobId = store.page(0, 1).first()->jobId;
    const auto before = store.find(jobId)->regionStatus;
    // Looked up afresh each time: a tick may insert a job and move the others in memory.
    QTRY_VERIFY_WITH_TIMEOUT(store.find(jobId)->regionStatus != before, 5000);
}

QTEST_GUILESS_MAIN(TestDemoBackend)
#include "tst_demobackend.moc"
