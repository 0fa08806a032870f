// Every code of the spec's error table: the words people see (describeApiError) mention what they
// need to act on, and the retry decision is the spec's.
#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QNetworkReply>
#include <QTest>

namespace {
ApiError serviceError(const QString &code, int status)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = code;
    error.httpStatus = status;
    error.message = QStringLiteral("message of ") + code;
    error.requestId = QStringLiteral("REQ-1");
    error.action = QStringLiteral("GetDeliveryHistoryJob");
    error.accessKeyId = QStringLiteral("LTAI5tKeyIdForTests");
    error.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    error.parameters.insert(QStringLiteral("JobId"), QStringLiteral("16602"));
    error.parameters.insert(QStringLiteral("PageSize"), QStringLiteral("500"));
    error.parameters.insert(QStringLiteral("TrailName"), QStringLiteral("my-trail"));
    return error;
}
} // namespace

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void serviceCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<bool>("retryRead");
        QTest::addColumn<bool>("retryNonIdempotent");

        const QString key = QStringLiteral("LTAI5tKeyIdForTests");
        QTest::newRow("SignatureDoesNotMatch")
            << QStringLiteral("SignatureDoesNotMatch") << 400
            << QStringList {key, QStringLiteral("secret")} << false << false;
        QTest::newRow("IncompleteSignature")
            << QStringLiteral("IncompleteSignature") << 400
            << QStringList {QStringLiteral("signature")} << false << false;
        QTest::newRow("InvalidAccessKeyId.NotFound")
            << QStringLiteral("InvalidAccessKeyId.NotFound") << 404
            << QStringList {key, QStringLiteral("does not exist")} << false << false;
        QTest::newRow("InvalidAccessKeyId.Inactive")
            << QStringLiteral("InvalidAccessKeyId.Inactive") << 400
            << QStringList {key, QStringLiteral("disabled")} << false << false;
        QTest::newRow("InvalidTimeStamp.Expired")
            << QStringLiteral("InvalidTimeStamp.Expired") << 400
            << QStringList {QStringLiteral("clock")} << false << false;
        QTest::newRow("InvalidTimeStamp.Format")
            << QStringLiteral("InvalidTimeStamp.Format") << 400
            << QStringList {QStringLiteral("bug")} << false << false;
        QTest::newRow("SignatureNonceUsed")
            << QStringLiteral("SignatureNonceUsed") << 400
            << QStringList {QStringLiteral("Try again")} << true << true;
        QTest::newRow("MissingJobId") << QStringLiteral("MissingJobId") << 400
                                      << QStringList {QStringLiteral("JobId")} << false << false;
        QTest::newRow("InvalidPageSize")
            << QStringLiteral("InvalidPageSize") << 400
            << QStringList {QStringLiteral("PageSize"), QStringLiteral("500")} << false << false;
        QTest::newRow("InvalidApi.NotFound")
            << QStringLiteral("InvalidApi.NotFound") << 404
            << QStringList {QStringLiteral("GetDeliveryHistoryJob"),
                            QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com")}
            << false << false;
        QTest::newRow("Forbidden.RAM 403")
            << QStringLiteral("Forbidden.RAM") << 403
            << QStringList {QStringLiteral("actiontrail:GetDeliveryHistoryJob")} << false << false;
        QTest::newRow("Forbidden.RAM seen as 400")
            << QStringLiteral("Forbidden.RAM") << 400
            << QStringList {QStringLiteral("actiontrail:GetDeliveryHistoryJob")} << false << false;
        QTest::newRow("Throttling.User")
            << QStringLiteral("Throttling.User") << 400
            << QStringList {QStringLiteral("throttling")} << true << true;
        QTest::newRow("Throttling 429")
            << QStringLiteral("Throttling") << 429 << QStringList {QStringLiteral("throttling")}
            << true << true;
        QTest::newRow("ServiceUnavailable")
            << QStringLiteral("ServiceUnavailable") << 503
            << QStringList {QStringLiteral("unavailable")} << true << false;
        QTest::newRow("InternalError")
            << QStringLiteral("InternalError") << 500
            << QStringList {QStringLiteral("internal error"), QStringLiteral("request ID")} << true
            << false;
        QTest::newRow("TrailNotFoundException")
            << QStringLiteral("TrailNotFoundException") << 404
            << QStringList {QStringLiteral("my-trail")} << false << false;
        QTest::newRow("DeliveryHistoryJobNotFound")
            << QStringLiteral("DeliveryHistoryJobNotFound") << 404
            << QStringList {QStringLiteral("16602")} << false << false;
        QTest::newRow("DeliveryHistoryJobRunning")
            << QStringLiteral("DeliveryHistoryJobRunning") << 400
            << QStringList {QStringLiteral("only one")} << false << false;
        QTest::newRow("InvalidSecurityToken.Expired")
            << QStringLiteral("InvalidSecurityToken.Expired") << 400
            << QStringList {QStringLiteral("expired"), QStringLiteral("RAM role")} << false
            << false;
        QTest::newRow("InvalidSecurityToken.MismatchWithAccessKey")
            << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey") << 400
            << QStringList {key, QStringLiteral("security token")} << false << false;
        QTest::newRow("EntityNotExist.Role")
            << QStringLiteral("EntityNotExist.Role") << 404
            << QStringList {QStringLiteral("role ARN"), QStringLiteral("does not exist")} << false
            << false;
        QTest::newRow("unknown code keeps code and message")
            << QStringLiteral("Some.NewCode") << 400
            << QStringList {QStringLiteral("Some.NewCode"),
                            QStringLiteral("message of Some.NewCode")}
            << false << false;
        QTest::newRow("unknown code on 5xx is retried for reads")
            << QStringLiteral("Some.Backend") << 502 << QStringList {QStringLiteral("Some.Backend")}
            << true << false;
    }
    void serviceCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QStringList, mentions);
        QFETCH(bool, retryRead);
        QFETCH(bool, retryNonIdempotent);
        const ApiError error = serviceError(code, status);
        const QString text = describeApiError(error);
        for (const QString &mention : mentions)
            QVERIFY2(text.contains(mention, Qt::CaseInsensitive),
                     qPrintable(mention + QStringLiteral(" not in: ") + text));
        QVERIFY2(!text.contains(QStringLiteral("%1")), qPrintable(text));
        QCOMPARE(RetryPolicy::isRetryable(error, RetryPolicy::Safety::Idempotent), retryRead);
        QCOMPARE(RetryPolicy::isRetryable(error, RetryPolicy::Safety::NotIdempotent),
                 retryNonIdempotent);

        const QString details = apiErrorDetails(error);
        QVERIFY(details.contains(code));
        QVERIFY(details.contains(QStringLiteral("REQ-1")));
        QVERIFY(details.contains(error.message));
    }

    void notFoundCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("notFound");
        QTest::newRow("job") << QStringLiteral("DeliveryHistoryJobNotFound") << true;
        QTest::newRow("trail") << QStringLiteral("TrailNotFoundException") << true;
        QTest::newRow("api is not a missing job") << QStringLiteral("InvalidApi.NotFound") << false;
        QTest::newRow("key is not a missing job")
            << QStringLiteral("InvalidAccessKeyId.NotFound") << false;
    }
    void notFoundCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, notFound);
        QCOMPARE(isNotFoundError(serviceError(code, 404)), notFound);
    }

    void clockSkewSaysByHowMuch_data()
    {
        QTest::addColumn<int>("skewSeconds"); // local minus server
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("direction");
        QTest::newRow("17 minutes ahead")
            << 17 * 60 << QStringLiteral("17 minutes") << QStringLiteral("ahead");
        QTest::newRow("20 minutes behind")
            << -20 * 60 << QStringLiteral("20 minutes") << QStringLiteral("behind");
        QTest::newRow("3 hours ahead")
            << 3 * 3600 + 60 << QStringLiteral("3 hour") << QStringLiteral("ahead");
    }
    void clockSkewSaysByHowMuch()
    {
        QFETCH(int, skewSeconds);
        QFETCH(QString, amount);
        QFETCH(QString, direction);
        ApiError error = serviceError(QStringLiteral("InvalidTimeStamp.Expired"), 400);
        error.serverDate = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        error.localDate = error.serverDate.addSecs(skewSeconds);
        const QString text = describeApiError(error);
        QVERIFY2(text.contains(amount), qPrintable(text));
        QVERIFY2(text.contains(direction), qPrintable(text));
    }

    void otherKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<bool>("retryRead");
        QTest::addColumn<bool>("retryNonIdempotent");
        const int network = int(ApiError::Kind::Network);
        QTest::newRow("connection refused") << network << int(QNetworkReply::ConnectionRefusedError)
                                            << 0 << QStringLiteral("refused") << true << true;
        QTest::newRow("host not found") << network << int(QNetworkReply::HostNotFoundError) << 0
                                        << QStringLiteral("could not be found") << false << false;
        QTest::newRow("connection closed") << network << int(QNetworkReply::RemoteHostClosedError)
                                           << 0 << QStringLiteral("closed") << true << false;
        QTest::newRow("TLS") << network << int(QNetworkReply::SslHandshakeFailedError) << 0
                             << QStringLiteral("TLS") << false << false;
        QTest::newRow("proxy") << network << int(QNetworkReply::ProxyConnectionRefusedError) << 0
                               << QStringLiteral("HTTPS_PROXY") << true << false;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0 << 0
                                 << QStringLiteral("in time") << true << false;
        QTest::newRow("HTML 502") << int(ApiError::Kind::Http) << 0 << 502 << QStringLiteral("502")
                                  << true << false;
        QTest::newRow("HTML 404") << int(ApiError::Kind::Http) << 0 << 404 << QStringLiteral("404")
                                  << false << false;
        QTest::newRow("plain 429")
            << int(ApiError::Kind::Http) << 0 << 429 << QStringLiteral("429") << true << true;
        QTest::newRow("malformed")
            << int(ApiError::Kind::MalformedResponse) << 0 << 200
            << QStringLiteral("DeliveryHistoryJobs[0].JobId") << false << false;
        QTest::newRow("cancelled") << int(ApiError::Kind::Cancelled) << 0 << 0
                                   << QStringLiteral("cancelled") << false << false;
        QTest::newRow("configuration") << int(ApiError::Kind::Configuration) << 0 << 0
                                       << QStringLiteral("field 1") << false << false;
    }
    void otherKinds()
    {
        QFETCH(int, kind);
        QFETCH(int, networkError);
        QFETCH(int, status);
        QFETCH(QString, mention);
        QFETCH(bool, retryRead);
        QFETCH(bool, retryNonIdempotent);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.networkError = networkError;
        error.httpStatus = status;
        error.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
        error.detail = kind == int(ApiError::Kind::MalformedResponse)
            ? QStringLiteral("field DeliveryHistoryJobs[0].JobId is missing")
            : QStringLiteral("field 1");
        const QString text = describeApiError(error);
        QVERIFY2(text.contains(mention, Qt::CaseInsensitive), qPrintable(text));
        QCOMPARE(RetryPolicy::isRetryable(error, RetryPolicy::Safety::Idempotent), retryRead);
        QCOMPARE(RetryPolicy::isRetryable(error, RetryPolicy::Safety::NotIdempotent),
                 retryNonIdempotent);
    }

    void truncatedBodyIsRetriedOnlyForReads()
    {
        ApiError error;
        error.kind = ApiError::Kind::MalformedResponse;
        error.bodyNotJson = true;
        QVERIFY(RetryPolicy::isRetryable(error, RetryPolicy::Safety::Idempotent));
        QVERIFY(!RetryPolicy::isRetryable(error, RetryPolicy::Safety::NotIdempotent));
        error.bodyNotJson = false; // well-formed JSON of the wrong shape: will not improve
        QVERIFY(!RetryPolicy::isRetryable(error, RetryPolicy::Safety::Idempotent));
    }
};

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
