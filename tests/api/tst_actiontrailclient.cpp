// The client over real loopback HTTP against a scripted server: request shape and signatures,
// retries (re-signed each time), timeouts, truncated bodies, Retry-After, exactly one completion
// signal on every path including abort, and that the log never carries a secret.
#include "api/actiontrailclient.h"
#include "api/apilogging.h"
#include "api/percentencoding.h"
#include "api/responseparser.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const QString secret = QStringLiteral("TopSecretValue-Do-Not-Log-9f8e7d");
const QString token = QStringLiteral("StsTokenValue-Do-Not-Log-1a2b3c");
const QString keyId = QStringLiteral("LTAI5tTestKeyId");

using TestSupport::getSample;
using TestSupport::listSample;

/** Decoded query parameters of a recorded request. */
QMap<QString, QString> queryOf(const RecordedRequest &request)
{
    QMap<QString, QString> parameters;
    for (const QByteArray &pair : request.rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        parameters.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                          QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return parameters;
}

/** How many of the recorded requests were this action (V3 names it in x-acs-action). */
int sendsOf(const QList<RecordedRequest> &requests, const QByteArray &action)
{
    return int(
        std::count_if(requests.cbegin(), requests.cend(), [&action](const RecordedRequest &r) {
            return r.header("x-acs-action") == action;
        }));
}

/** Verifies a recorded request's signature from the wire data alone (V3 or V1). */
bool signatureVerifies(const RecordedRequest &request, const QString &withSecret, QString *why)
{
    const QMap<QString, QString> query = queryOf(request);
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty()) {
        // ACS3-HMAC-SHA256 Credential=...,SignedHeaders=a;b,Signature=hex
        const QByteArray rest = authorization.mid(authorization.indexOf(' ') + 1);
        QMap<QByteArray, QByteArray> fields;
        for (const QByteArray &part : rest.split(',')) {
            const int eq = part.indexOf('=');
            fields.insert(part.left(eq).trimmed(), part.mid(eq + 1));
        }
        QMap<QByteArray, QByteArray> signedHeaders;
        for (const QByteArray &name : fields.value("SignedHeaders").split(';'))
            signedHeaders.insert(name, request.header(name));
        const QByteArray bodyHash = RequestSigner::hexSha256(request.body);
        if (request.header("x-acs-content-sha256") != bodyHash) {
            *why = QStringLiteral("content hash");
            return false;
        }
        const QByteArray canonical
            = RequestSigner::v3CanonicalRequest(request.method, query, signedHeaders, bodyHash);
        const QByteArray expected
            = RequestSigner::v3Signature(withSecret, RequestSigner::v3StringToSign(canonical));
        *why = QString::fromLatin1(canonical);
        return expected == fields.value("Signature")
            && fields.value("Credential") == keyId.toUtf8();
    }
    const QByteArray expected = RequestSigner::v1Signature(
        withSecret, RequestSigner::v1StringToSign(request.method, query));
    *why = QStringLiteral("V1");
    return QString::fromLatin1(expected) == query.value(QStringLiteral("Signature"));
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "")
                       + QLatin1Char(' ') + message);
    Q_UNUSED(type);
}
} // namespace

class tst_ActionTrailClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ActionTrailClient> m_client;

    void makeClient(SignatureVersion version = SignatureVersion::V3, bool sts = false)
    {
        m_client = std::make_unique<ActionTrailClient>(m_network.get());
        m_client->setEndpoint(m_server->url());
        m_client->setAccessKey({keyId, secret, sts ? token : QString()});
        m_client->setSignatureVersion(version);
        RetryPolicy policy([] { return 0.0; }); // no waiting between attempts
        m_client->setRetryPolicy(policy);
    }

    /** Waits for the call's one completion; checks that it is exactly one and the call is gone. */
    template<typename Call, typename FinishedSignal>
    void waitForCompletion(Call *call, FinishedSignal finishedSignal,
                           std::unique_ptr<QSignalSpy> *finished,
                           std::unique_ptr<QSignalSpy> *failed)
    {
        *finished = std::make_unique<QSignalSpy>(call, finishedSignal);
        *failed = std::make_unique<QSignalSpy>(call, &ApiCall::failed);
        QSignalSpy destroyed(call, &QObject::destroyed);
        QVERIFY(destroyed.wait(10000));
        QCOMPARE((*finished)->count() + (*failed)->count(), 1);
    }

private slots:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        makeClient();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_network.reset();
    }

    void requestsAreSignedSdkStylePosts_data()
    {
        QTest::addColumn<SignatureVersion>("version");
        QTest::addColumn<bool>("sts");
        QTest::newRow("V3") << SignatureVersion::V3 << false;
        QTest::newRow("V3 with STS") << SignatureVersion::V3 << true;
        QTest::newRow("V1") << SignatureVersion::V1 << false;
        QTest::newRow("V1 with STS") << SignatureVersion::V1 << true;
    }
    void requestsAreSignedSdkStylePosts()
    {
        QFETCH(SignatureVersion, version);
        QFETCH(bool, sts);
        makeClient(version, sts);
        m_server->enqueue(ScriptedResponse::json(200, "{\"RequestId\":\"C1\",\"JobId\":77}"));
        CreateJobCall *call = m_client->createDeliveryHistoryJob(
            QStringLiteral("a b*c~d+e/f!'()中"), QStringLiteral("tok-1"));
        QSignalSpy finished(call, &CreateJobCall::finished);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().value<CreatedJob>().jobId, qint64(77));

        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &request = m_server->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/"));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("Host"),
                 QByteArray("127.0.0.1:") + QByteArray::number(m_server->url().port()));
        const QMap<QString, QString> query = queryOf(request);
        QCOMPARE(query.value(QStringLiteral("TrailName")), QStringLiteral("a b*c~d+e/f!'()中"));
        QCOMPARE(query.value(QStringLiteral("ClientToken")), QStringLiteral("tok-1"));
        // Alibaba's encoding on the wire: %20 for space, %2A for '*', '~' kept.
        QVERIFY2(request.rawQuery.contains("a%20b%2Ac~d%2Be%2Ff%21%27%28%29%E4%B8%AD"),
                 request.rawQuery.constData());
        if (version == SignatureVersion::V3) {
            QCOMPARE(request.header("x-acs-action"), QByteArray("CreateDeliveryHistoryJob"));
            QCOMPARE(request.header("x-acs-version"), QByteArray("2020-07-06"));
            QCOMPARE(request.header("x-acs-security-token"), sts ? token.toUtf8() : QByteArray());
            QVERIFY(request.header("Authorization").startsWith("ACS3-HMAC-SHA256 "));
        } else {
            QCOMPARE(query.value(QStringLiteral("Action")),
                     QStringLiteral("CreateDeliveryHistoryJob"));
            QCOMPARE(query.value(QStringLiteral("SecurityToken")), sts ? token : QString());
            QVERIFY(request.header("Authorization").isEmpty());
        }
        QString why;
        QVERIFY2(signatureVerifies(request, secret, &why), qPrintable(why));
        QVERIFY(!signatureVerifies(request, secret + QLatin1Char('x'), &why));
    }

    void listParsesThePage()
    {
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(3, 20);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &ListJobsCall::finished, &finished, &failed);
        QCOMPARE(finished->count(), 1);
        const JobPage page = finished->first().first().value<JobPage>();
        QCOMPARE(page.jobs.first().jobId, qint64(16602));
        const QMap<QString, QString> query = queryOf(m_server->requests().first());
        QCOMPARE(query.value(QStringLiteral("PageNumber")), QStringLiteral("3"));
        QCOMPARE(query.value(QStringLiteral("PageSize")), QStringLiteral("20"));
    }

    void oversizedAnswersAreRefused_data()
    {
        QTest::addColumn<ScriptedResponse>("answer");
        QTest::addColumn<QString>("named");
        JobPage page;
        QVERIFY(!ResponseParser::parseJobPage(listSample(), &page));
        page.jobs = {page.jobs.first(), page.jobs.first(), page.jobs.first()};
        const QByteArray threeJobs = QJsonDocument(ResponseParser::jobPageToJson(page)).toJson();
        QTest::newRow("3 jobs when 2 were asked")
            << ScriptedResponse::json(200, threeJobs) << QStringLiteral("3 jobs");
        QTest::newRow("a 9 MiB page")
            << ScriptedResponse::json(200, QByteArray(9 << 20, ' ') + listSample())
            << QStringLiteral("8 MiB");
        QTest::newRow("a 2 MiB error body")
            << ScriptedResponse::json(500, QByteArray(2 << 20, 'x')) << QStringLiteral("1 MiB");
    }
    void oversizedAnswersAreRefused()
    {
        QFETCH(ScriptedResponse, answer);
        QFETCH(QString, named);
        m_server->setHandler([answer](const RecordedRequest &) { return answer; });
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 2);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &ListJobsCall::finished, &finished, &failed);
        QCOMPARE(failed->count(), 1);
        const ApiError error = failed->first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error.detail.contains(named), qPrintable(error.detail));
        QCOMPARE(m_server->requests().size(), 1); // a hostile size is not worth another download
    }

    void errorBodyWithStatus200IsAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("the spec's error shape") << QByteArray(
            "{\"RequestId\":\"R1\",\"Code\":\"DeliveryHistoryJobNotFound\",\"Message\":\"m\"}");
        QTest::newRow("spaces around the key")
            << QByteArray("{ \"RequestId\" : \"R1\" , \"Code\" : \"DeliveryHistoryJobNotFound\" }");
    }
    void errorBodyWithStatus200IsAnError()
    {
        // A Delete's success is {"RequestId": ...} alone, so an error body that a gateway sends
        // with 200 would read as success if it were not recognised first.
        QFETCH(QByteArray, body);
        m_server->enqueue(ScriptedResponse::json(200, body));
        DeleteJobCall *del = m_client->deleteDeliveryHistoryJob(7);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(del, &DeleteJobCall::finished, &finished, &failed);
        QCOMPARE(failed->count(), 1);
        const ApiError error = failed->first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Service);
        QCOMPARE(error.code, QStringLiteral("DeliveryHistoryJobNotFound"));
    }

    void aTrailNamedCodeIsNotAnError()
    {
        QByteArray body = listSample();
        const qsizetype at = body.indexOf("\"TrailName\"");
        QVERIFY(at >= 0);
        const qsizetype valueStart = body.indexOf('"', body.indexOf(':', at)) + 1;
        body.replace(valueStart, body.indexOf('"', valueStart) - valueStart, "Code");
        QVERIFY(body.contains("\"Code\""));
        m_server->enqueue(ScriptedResponse::json(200, body));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 20);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &ListJobsCall::finished, &finished, &failed);
        QCOMPARE(finished->count(), 1);
        QCOMPARE(finished->first().first().value<JobPage>().jobs.first().trailName,
                 QStringLiteral("Code"));
    }

    void getAndDelete()
    {
        m_server->enqueue(ScriptedResponse::json(200, getSample()));
        m_server->enqueue(ScriptedResponse::json(200, "{\"RequestId\":\"D1\"}"));
        GetJobCall *get = m_client->getDeliveryHistoryJob(16602);
        QSignalSpy gotJob(get, &GetJobCall::finished);
        QVERIFY(gotJob.wait());
        QCOMPARE(gotJob.first().at(0).value<DeliveryJob>().regions.size(), 1);
        QCOMPARE(gotJob.first().at(1).toString(),
                 QStringLiteral("FAFEC427-A00D-5653-B837-D0FA52220D8C"));
        DeleteJobCall *del = m_client->deleteDeliveryHistoryJob(9007199254740993LL);
        QSignalSpy deleted(del, &DeleteJobCall::finished);
        QVERIFY(deleted.wait());
        QCOMPARE(deleted.first().at(0).toLongLong(), 9007199254740993LL);
        QCOMPARE(queryOf(m_server->requests().at(1)).value(QStringLiteral("JobId")),
                 QStringLiteral("9007199254740993"));
    }

    void transientFailuresAreRetriedAndResigned_data()
    {
        QTest::addColumn<QList<ScriptedResponse>>("failures");
        // Qt itself may resend a request once, with the same signature, when a connection closes
        // before the answer is complete (for any method; it depends on timing). So a "closed"
        // failure costs one or two of the scripted answers for one failed attempt of ours.
        ScriptedResponse closed;
        closed.mode = ScriptedResponse::Mode::CloseWithoutAnswer;
        ScriptedResponse cutAfterStatus;
        cutAfterStatus.mode = ScriptedResponse::Mode::CloseAfterStatusLine;
        ScriptedResponse truncated = ScriptedResponse::json(200, listSample());
        truncated.mode = ScriptedResponse::Mode::TruncateBody;
        ScriptedResponse html
            = ScriptedResponse::json(502, "<html><body>Bad Gateway</body></html>");
        QTest::newRow("503 ServiceUnavailable twice") << QList<ScriptedResponse> {
            ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                        QStringLiteral("x")),
            ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                        QStringLiteral("x"))};
        QTest::newRow("throttled") << QList<ScriptedResponse> {ScriptedResponse::errorBody(
            400, QStringLiteral("Throttling.User"), QStringLiteral("x"))};
        QTest::newRow("500 InternalError") << QList<ScriptedResponse> {
            ScriptedResponse::errorBody(500, QStringLiteral("InternalError"), QStringLiteral("x"))};
        QTest::newRow("nonce used") << QList<ScriptedResponse> {ScriptedResponse::errorBody(
            400, QStringLiteral("SignatureNonceUsed"), QStringLiteral("x"))};
        QTest::newRow("closed without answer, twice")
            << QList<ScriptedResponse> {closed, closed, closed, closed};
        QTest::newRow("closed after the status line") << QList<ScriptedResponse> {cutAfterStatus};
        QTest::newRow("truncated body") << QList<ScriptedResponse> {truncated};
        QTest::newRow("200 with non-JSON body")
            << QList<ScriptedResponse> {ScriptedResponse::json(200, "<html>maintenance</html>")};
        QTest::newRow("HTML 502 then empty 503")
            << QList<ScriptedResponse> {html, ScriptedResponse::json(503, QByteArray())};
        QTest::newRow("one of each") << QList<ScriptedResponse> {
            closed,
            closed,
            cutAfterStatus,
            truncated,
            html,
            ScriptedResponse::errorBody(400, QStringLiteral("Throttling"), QStringLiteral("x"))};
    }
    void transientFailuresAreRetriedAndResigned()
    {
        QFETCH(QList<ScriptedResponse>, failures);
        for (const ScriptedResponse &failure : failures)
            m_server->enqueue(failure);
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 20);
        QSignalSpy retrying(call, &ApiCall::retrying);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &ListJobsCall::finished, &finished, &failed);
        QCOMPARE(finished->count(), 1);
        const int closes
            = int(std::count_if(failures.cbegin(), failures.cend(), [](const ScriptedResponse &r) {
                  return r.mode == ScriptedResponse::Mode::CloseWithoutAnswer
                      || r.mode == ScriptedResponse::Mode::CloseAfterStatusLine;
              }));
        QVERIFY2(retrying.count() <= failures.size()
                     && retrying.count() >= failures.size() - closes,
                 qPrintable(QString::number(retrying.count())));
        for (int i = 0; i < retrying.count(); ++i) {
            QCOMPARE(retrying.at(i).at(0).toInt(), i + 2); // the attempt about to start
            QCOMPARE(retrying.at(i).at(1).toInt(), m_client->maxAttempts());
        }
        QCOMPARE(m_server->requests().size(), failures.size() + 1);
        QSet<QByteArray> nonces;
        for (const RecordedRequest &request : m_server->requests()) {
            nonces.insert(request.header("x-acs-signature-nonce"));
            QString why;
            QVERIFY2(signatureVerifies(request, secret, &why), qPrintable(why));
        }
        QCOMPARE(nonces.size(), retrying.count() + 1); // a fresh nonce for every attempt of ours
    }

    void permanentErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const char *code :
             {"SignatureDoesNotMatch", "IncompleteSignature", "InvalidAccessKeyId.Inactive",
              "InvalidTimeStamp.Expired", "InvalidTimeStamp.Format", "MissingJobId",
              "InvalidPageSize", "Forbidden.RAM", "DeliveryHistoryJobRunning"})
            QTest::newRow(code) << 400 << QString::fromLatin1(code);
        QTest::newRow("Forbidden.RAM 403") << 403 << QStringLiteral("Forbidden.RAM");
        QTest::newRow("InvalidAccessKeyId.NotFound")
            << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
        QTest::newRow("InvalidApi.NotFound") << 404 << QStringLiteral("InvalidApi.NotFound");
        QTest::newRow("DeliveryHistoryJobNotFound")
            << 404 << QStringLiteral("DeliveryHistoryJobNotFound");
    }
    void permanentErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        m_server->enqueue(ScriptedResponse::errorBody(status, code, QStringLiteral("msg"))
                              .withHeader("Date", "Tue, 02 Jan 2024 03:04:05 GMT"));
        GetJobCall *call = m_client->getDeliveryHistoryJob(42);
        QSignalSpy retrying(call, &ApiCall::retrying);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &GetJobCall::finished, &finished, &failed);
        QCOMPARE(failed->count(), 1);
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(m_server->requests().size(), 1);
        const ApiError error = failed->first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Service);
        QCOMPARE(error.code, code);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.requestId, QStringLiteral("REQ-") + code);
        QCOMPARE(error.action, QStringLiteral("GetDeliveryHistoryJob"));
        QCOMPARE(error.accessKeyId, keyId);
        QCOMPARE(error.parameters.value(QStringLiteral("JobId")), QStringLiteral("42"));
        QCOMPARE(error.serverDate, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(error.localDate.isValid());
    }

    void clockSkewIsMeasuredFromTheDateHeader()
    {
        const QDateTime local(QDate(2024, 1, 2), QTime(3, 30, 0), Qt::UTC);
        m_client->setClock([local] { return local; });
        m_server->enqueue(ScriptedResponse::errorBody(
                              400, QStringLiteral("InvalidTimeStamp.Expired"), QStringLiteral("x"))
                              .withHeader("Date", "Tue, 02 Jan 2024 03:04:00 GMT"));
        GetJobCall *call = m_client->getDeliveryHistoryJob(1);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait());
        QCOMPARE(m_server->requests().first().header("x-acs-date"),
                 QByteArray("2024-01-02T03:30:00Z"));
        const QString text = describeApiError(failed.first().first().value<ApiError>());
        QVERIFY2(text.contains(QStringLiteral("26 minutes ahead")), qPrintable(text));
    }

    void attemptsRunOutWithTheLastError()
    {
        m_client->setMaxAttempts(3);
        for (int i = 0; i < 5; ++i)
            m_server->enqueue(ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                                          QStringLiteral("x")));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 10);
        QSignalSpy retrying(call, &ApiCall::retrying);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(failed.first().first().value<ApiError>().code,
                 QStringLiteral("ServiceUnavailable"));
    }

    void retryAfterIsHonoured()
    {
        m_server->enqueue(
            ScriptedResponse::errorBody(429, QStringLiteral("Throttling"), QStringLiteral("x"))
                .withHeader("Retry-After", "1"));
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 10);
        QSignalSpy retrying(call, &ApiCall::retrying);
        QSignalSpy finished(call, &ListJobsCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.first().at(3).toInt(), 1000); // jitter is 0 here: the header decided
        QCOMPARE(retrying.first().at(2).value<ApiError>().retryAfterMs, qint64(1000));
    }

    void createIsRetriedWithTheSameClientToken()
    {
        ScriptedResponse closed;
        closed.mode = ScriptedResponse::Mode::CloseWithoutAnswer;
        m_server->enqueue(closed);
        m_server->enqueue(ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                                      QStringLiteral("x")));
        m_server->enqueue(ScriptedResponse::json(200, "{\"RequestId\":\"C\",\"JobId\":5}"));
        CreateJobCall *call
            = m_client->createDeliveryHistoryJob(QStringLiteral("trail"), QString());
        QVERIFY(!call->clientToken().isEmpty()); // generated so that retries are safe
        QSignalSpy finished(call, &CreateJobCall::finished);
        QVERIFY(finished.wait());
        QCOMPARE(m_server->requests().size(), 3);
        for (const RecordedRequest &request : m_server->requests())
            QCOMPARE(queryOf(request).value(QStringLiteral("ClientToken")), call->clientToken());
    }

    void deleteIsNotRetriedWhenItMayHaveActed_data()
    {
        QTest::addColumn<ScriptedResponse>("failure");
        QTest::addColumn<bool>("retried");
        ScriptedResponse truncated = ScriptedResponse::json(200, "{\"RequestId\":\"D\"}");
        truncated.mode = ScriptedResponse::Mode::TruncateBody;
        QTest::newRow("connection closed mid-body") << truncated << false;
        QTest::newRow("503") << ScriptedResponse::errorBody(
            503, QStringLiteral("ServiceUnavailable"), QStringLiteral("x"))
                             << false;
        QTest::newRow("non-JSON 200") << ScriptedResponse::json(200, "oops") << false;
        QTest::newRow("throttled: not acted") << ScriptedResponse::errorBody(
            400, QStringLiteral("Throttling.User"), QStringLiteral("x"))
                                              << true;
    }
    void deleteIsNotRetriedWhenItMayHaveActed()
    {
        QFETCH(ScriptedResponse, failure);
        QFETCH(bool, retried);
        m_server->enqueue(failure);
        m_server->enqueue(ScriptedResponse::json(200, "{\"RequestId\":\"D\"}"));
        DeleteJobCall *call = m_client->deleteDeliveryHistoryJob(5);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &DeleteJobCall::finished, &finished, &failed);
        QCOMPARE(finished->count(), retried ? 1 : 0);
        QCOMPARE(sendsOf(m_server->requests(), "DeleteDeliveryHistoryJob"), retried ? 2 : 1);
    }

    void writesReachTheServerOnce_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<ScriptedResponse>("failure");
        const QList<QPair<const char *, ScriptedResponse::Mode>> modes = {
            {"acted, then FIN", ScriptedResponse::Mode::FinWithoutAnswer},
            {"acted, then RST", ScriptedResponse::Mode::ResetWithoutAnswer},
            {"acted, then half the headers", ScriptedResponse::Mode::CloseAfterHalfHeaders},
            {"acted, then closed after the status line",
             ScriptedResponse::Mode::CloseAfterStatusLine},
        };
        for (const QString &action : {QStringLiteral("Delete"), QStringLiteral("Create")}) {
            for (const auto &[name, mode] : modes) {
                ScriptedResponse failure;
                failure.mode = mode;
                QTest::addRow("%s: %s", qPrintable(action), name) << action << failure;
            }
        }
    }
    void writesReachTheServerOnce()
    {
        QFETCH(QString, action);
        QFETCH(ScriptedResponse, failure);
        // Every request the server sees acts and then drops: Qt's network layer must not send
        // it again behind our back (our own retries are switched off here).
        m_client->setMaxAttempts(1);
        m_server->setHandler([failure](const RecordedRequest &) { return failure; });
        ApiCall *call = action == QLatin1String("Delete")
            ? static_cast<ApiCall *>(m_client->deleteDeliveryHistoryJob(5))
            : m_client->createDeliveryHistoryJob(QStringLiteral("trail"), QString());
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait(10000));
        // (A Delete then asks GetDeliveryHistoryJob whether it took effect: not counted here.)
        QCOMPARE(sendsOf(m_server->requests(), action.toLatin1() + "DeliveryHistoryJob"), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
    }

    void deleteWithUnknownOutcomeAsksTheService_data()
    {
        QTest::addColumn<ScriptedResponse>("lookup");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("gone: it was deleted") << ScriptedResponse::errorBody(
            404, QStringLiteral("DeliveryHistoryJobNotFound"), QStringLiteral("x"))
                                              << true;
        QTest::newRow("still there: unknown outcome")
            << ScriptedResponse::json(200, getSample()) << false;
    }
    void deleteWithUnknownOutcomeAsksTheService()
    {
        QFETCH(ScriptedResponse, lookup);
        QFETCH(bool, deleted);
        ScriptedResponse dropped;
        dropped.mode = ScriptedResponse::Mode::ResetWithoutAnswer;
        m_server->enqueue(dropped);
        m_server->enqueue(lookup);
        DeleteJobCall *call = m_client->deleteDeliveryHistoryJob(16602);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &DeleteJobCall::finished, &finished, &failed);
        QCOMPARE(finished->count(), deleted ? 1 : 0);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).header("x-acs-action"),
                 QByteArray("DeleteDeliveryHistoryJob"));
        QCOMPARE(m_server->requests().at(1).header("x-acs-action"),
                 QByteArray("GetDeliveryHistoryJob"));
        if (!deleted) {
            const ApiError error = failed->first().first().value<ApiError>();
            QVERIFY(error.outcomeUnknown);
            QVERIFY(describeApiError(error).contains(QStringLiteral("Unknown outcome")));
        }
    }

    void aTricklingAnswerMeetsTheCallDeadline()
    {
        // Each byte comes well within the transfer timeout: only the call's deadline ends it.
        m_client->setTransferTimeout(std::chrono::milliseconds(5000));
        m_client->setCallDeadline(std::chrono::milliseconds(800));
        ScriptedResponse trickle = ScriptedResponse::json(200, listSample());
        trickle.mode = ScriptedResponse::Mode::Trickle;
        trickle.trickleMs = 50;
        m_server->setHandler([trickle](const RecordedRequest &) { return trickle; });
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 20);
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        waitForCompletion(call, &ListJobsCall::finished, &finished, &failed);
        QCOMPARE(failed->count(), 1);
        const ApiError error = failed->first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(error.detail.contains(QStringLiteral("deadline")), qPrintable(error.detail));
    }

    void aLongWaitIsAnnounced()
    {
        m_server->enqueue(ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                                      QStringLiteral("x"))
                              .withHeader("Retry-After", "3"));
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 20);
        QSignalSpy waiting(call, &ApiCall::waiting);
        QSignalSpy finished(call, &ListJobsCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(waiting.count() >= 2); // announced, then counted down
        QCOMPARE(waiting.first().at(1).toInt(), 3000);
        QCOMPARE(waiting.first().at(0).value<ApiError>().code,
                 QStringLiteral("ServiceUnavailable"));
        QVERIFY(waiting.last().at(1).toInt() < 3000);
    }

    void timeoutIsAKindOfItsOwn()
    {
        m_client->setTransferTimeout(std::chrono::milliseconds(200));
        m_client->setMaxAttempts(2);
        ScriptedResponse hang;
        hang.mode = ScriptedResponse::Mode::Hang;
        m_server->enqueue(hang);
        m_server->enqueue(hang);
        GetJobCall *call = m_client->getDeliveryHistoryJob(1);
        QSignalSpy retrying(call, &ApiCall::retrying);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
    }

    void malformedSuccessIsNotRetried()
    {
        m_server->enqueue(
            ScriptedResponse::json(200,
                                   "{\"RequestId\":\"x\",\"DeliveryHistoryJobs\":[],\"PageNumber\":"
                                   "1,\"PageSize\":\"20\",\"TotalCount\":0}"));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 20);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait());
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
        QVERIFY(error.detail.contains(QStringLiteral("PageSize")));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void abortEmitsCancelledOnce_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("before sending") << QStringLiteral("before");
        QTest::newRow("while in flight") << QStringLiteral("inflight");
        QTest::newRow("while waiting to retry") << QStringLiteral("retrywait");
        QTest::newRow("from a retrying slot") << QStringLiteral("retryslot");
        QTest::newRow("twice") << QStringLiteral("twice");
        QTest::newRow("by destroying the client") << QStringLiteral("client");
    }
    void abortEmitsCancelledOnce()
    {
        QFETCH(QString, when);
        RetryPolicy slow([] { return 0.9999; });
        slow.setBaseDelay(std::chrono::milliseconds(60000));
        m_client->setRetryPolicy(slow);
        ScriptedResponse hang;
        hang.mode = ScriptedResponse::Mode::Hang;
        m_server->enqueue(when.startsWith(QLatin1String("retry")) ? ScriptedResponse::errorBody(
                              503, QStringLiteral("ServiceUnavailable"), QStringLiteral("x"))
                                                                  : hang);
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 20);
        QSignalSpy finished(call, &ListJobsCall::finished);
        QSignalSpy failed(call, &ApiCall::failed);
        QSignalSpy retrying(call, &ApiCall::retrying);
        QSignalSpy destroyed(call, &QObject::destroyed);
        if (when == QLatin1String("retryslot"))
            connect(call, &ApiCall::retrying, call, &ApiCall::abort);
        if (when == QLatin1String("inflight") || when == QLatin1String("client")
            || when == QLatin1String("twice")) {
            QSignalSpy received(m_server.get(), &ScriptedHttpServer::requestReceived);
            QVERIFY(received.wait());
        } else if (when == QLatin1String("retrywait")) {
            QVERIFY(retrying.wait());
        } else if (when == QLatin1String("retryslot")) {
            QVERIFY(failed.wait());
        }
        if (when == QLatin1String("client")) {
            m_client.reset(); // deletes the call at once, after its failed()
            QCOMPARE(destroyed.count(), 1);
        } else if (when != QLatin1String("retryslot"))
            call->abort();
        if (when == QLatin1String("twice"))
            call->abort();
        if (destroyed.isEmpty())
            QVERIFY(destroyed.wait());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    }

    void aSlotMayDestroyTheClient_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::newRow("in finished") << QStringLiteral("finished");
        QTest::newRow("in failed") << QStringLiteral("failed");
        QTest::newRow("in retrying") << QStringLiteral("retrying");
    }
    void aSlotMayDestroyTheClient()
    {
        QFETCH(QString, signal);
        if (signal == QLatin1String("finished"))
            m_server->enqueue(ScriptedResponse::json(200, listSample()));
        else if (signal == QLatin1String("failed"))
            m_server->enqueue(ScriptedResponse::errorBody(403, QStringLiteral("Forbidden.RAM"),
                                                          QStringLiteral("x")));
        else
            m_server->enqueue(ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                                          QStringLiteral("x")));
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 20);
        int finished = 0;
        int failed = 0;
        int retrying = 0;
        QSignalSpy destroyed(call, &QObject::destroyed);
        connect(call, &ListJobsCall::finished, this, [&] {
            ++finished;
            if (signal == QLatin1String("finished"))
                m_client.reset();
        });
        connect(call, &ApiCall::failed, this, [&] {
            ++failed;
            if (signal == QLatin1String("failed"))
                m_client.reset();
        });
        connect(call, &ApiCall::retrying, this, [&] {
            ++retrying;
            if (signal == QLatin1String("retrying"))
                m_client.reset();
        });
        QTRY_COMPARE(destroyed.count(), 1);
        QVERIFY(!m_client);
        QCOMPARE(finished + failed, 1);
        QCOMPARE(finished, signal == QLatin1String("finished") ? 1 : 0);
        QCOMPARE(retrying, signal == QLatin1String("retrying") ? 1 : 0);
        QTest::qWait(50); // nothing else arrives later (no timer, no reply left behind)
        QCOMPARE(finished + failed, 1);
    }

    void networkManagerGoneMidCall()
    {
        ScriptedResponse hang;
        hang.mode = ScriptedResponse::Mode::Hang;
        m_server->enqueue(hang);
        GetJobCall *call = m_client->getDeliveryHistoryJob(1);
        QSignalSpy failed(call, &ApiCall::failed);
        QSignalSpy finished(call, &GetJobCall::finished);
        QSignalSpy received(m_server.get(), &ScriptedHttpServer::requestReceived);
        QVERIFY(received.wait());
        m_network.reset();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
        m_client.reset(); // after the manager: must not touch it
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no key") << QUrl() << false << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
        QTest::newRow("http to a public host")
            << QUrl(QStringLiteral("http://actiontrail.cn-hangzhou.aliyuncs.com")) << true
            << QStringLiteral("https://");
        QTest::newRow("no endpoint") << QUrl(QStringLiteral("")) << true << QStringLiteral("URL");
    }
    void refusedBeforeSending()
    {
        QFETCH(QUrl, endpoint);
        QFETCH(bool, withKey);
        QFETCH(QString, mention);
        if (!withKey)
            m_client->setAccessKey({});
        if (withKey || !endpoint.isEmpty())
            m_client->setEndpoint(endpoint);
        GetJobCall *call = m_client->getDeliveryHistoryJob(1);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait());
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Configuration);
        QVERIFY2(describeApiError(error).contains(mention), qPrintable(describeApiError(error)));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void connectionRefusedIsANetworkError()
    {
        quint16 port = m_server->url().port();
        m_server.reset(); // nobody listens there any more
        m_client->setMaxAttempts(2);
        QUrl endpoint;
        endpoint.setScheme(QStringLiteral("http"));
        endpoint.setHost(QStringLiteral("127.0.0.1"));
        endpoint.setPort(port);
        m_client->setEndpoint(endpoint);
        GetJobCall *call = m_client->getDeliveryHistoryJob(1);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait());
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QCOMPARE(error.networkError, int(QNetworkReply::ConnectionRefusedError));
        QVERIFY(describeApiError(error).contains(QStringLiteral("refused")));
    }

    void keepAliveReusesTheConnection()
    {
        for (int i = 0; i < 5; ++i)
            m_server->enqueue(ScriptedResponse::json(200, listSample()));
        for (int i = 0; i < 5; ++i) {
            ListJobsCall *call = m_client->listDeliveryHistoryJobs(i + 1, 20);
            QSignalSpy finished(call, &ListJobsCall::finished);
            QVERIFY(finished.wait());
        }
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void logNeverCarriesSecrets_data()
    {
        QTest::addColumn<SignatureVersion>("version");
        QTest::newRow("V3 STS") << SignatureVersion::V3;
        QTest::newRow("V1 STS") << SignatureVersion::V1;
    }
    void logNeverCarriesSecrets()
    {
        QFETCH(SignatureVersion, version);
        makeClient(version, true);
        capturedLog.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("backfill.api.debug=true"));
        previousHandler = qInstallMessageHandler(captureMessage);

        m_server->enqueue(ScriptedResponse::errorBody(503, QStringLiteral("ServiceUnavailable"),
                                                      QStringLiteral("x")));
        m_server->enqueue(ScriptedResponse::json(200, listSample()));
        m_server->enqueue(ScriptedResponse::errorBody(400, QStringLiteral("SignatureDoesNotMatch"),
                                                      QStringLiteral("x")));
        ListJobsCall *list = m_client->listDeliveryHistoryJobs(1, 20);
        QSignalSpy listed(list, &ListJobsCall::finished);
        QVERIFY(listed.wait());
        GetJobCall *get = m_client->getDeliveryHistoryJob(3);
        QSignalSpy failed(get, &ApiCall::failed);
        QVERIFY(failed.wait());

        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        const QString log = capturedLog.join(QLatin1Char('\n'));

        // The log is there and useful ...
        QVERIFY2(log.contains(QStringLiteral("ListDeliveryHistoryJobs")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("B190816C-6DCA-4DC5-9B8E-EE0367B57CFF")));
        QVERIFY(log.contains(QStringLiteral("REQ-SignatureDoesNotMatch")));
        QVERIFY(log.contains(QStringLiteral("503")));
        // ... and carries nothing secret.
        QStringList forbidden = {secret,
                                 token,
                                 QStringLiteral("Authorization"),
                                 QStringLiteral("authorization"),
                                 QStringLiteral("Signature="),
                                 QStringLiteral("SecurityToken")};
        for (const RecordedRequest &request : m_server->requests()) {
            const QByteArray authorization = request.header("Authorization");
            if (!authorization.isEmpty())
                forbidden << QString::fromLatin1(
                    authorization.mid(authorization.lastIndexOf('=') + 1));
            const QString v1 = queryOf(request).value(QStringLiteral("Signature"));
            if (!v1.isEmpty()) {
                forbidden << v1 << QString::fromLatin1(alibabaPercentEncode(v1));
            }
        }
        QVERIFY(forbidden.size() > 6); // the signatures were found, so the check means something
        for (const QString &needle : forbidden)
            QVERIFY2(!log.contains(needle), qPrintable(needle + QStringLiteral(" leaked: ") + log));
    }
};

QTEST_GUILESS_MAIN(tst_ActionTrailClient)
#include "tst_actiontrailclient.moc"
