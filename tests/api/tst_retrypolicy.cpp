// Backoff bounds and attempt counting with injected randomness (no real waiting anywhere).
#include "api/retrypolicy.h"

#include <QNetworkReply>
#include <QTest>

using std::chrono::milliseconds;

namespace {
ApiError throttled(qint64 retryAfterMs = -1)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.code = QStringLiteral("Throttling.User");
    error.httpStatus = 400;
    error.retryAfterMs = retryAfterMs;
    return error;
}
} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const RetryPolicy policy;
        QVERIFY(policy.maxAttempts() >= 8);
        QCOMPARE(policy.baseDelay(), milliseconds(200));
        QCOMPARE(policy.maxDelay(), milliseconds(5000));
    }

    void backoffIsFullJitterUnderAnExponentialCap_data()
    {
        QTest::addColumn<int>("failedAttempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        const qint64 ceilings[] = {200, 400, 800, 1600, 3200, 5000, 5000, 5000};
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const qint64 ceiling = ceilings[attempt - 1];
            QTest::addRow("attempt %d, random 0", attempt) << attempt << 0.0 << qint64(0);
            QTest::addRow("attempt %d, random 0.5", attempt) << attempt << 0.5 << (ceiling + 1) / 2;
            QTest::addRow("attempt %d, random ~1", attempt) << attempt << 0.9999999 << ceiling;
        }
        QTest::newRow("attempt 40 stays capped") << 40 << 0.9999999 << qint64(5000);
        QTest::newRow("out-of-range random is clamped") << 1 << 7.0 << qint64(200);
    }
    void backoffIsFullJitterUnderAnExponentialCap()
    {
        QFETCH(int, failedAttempt);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const RetryPolicy policy([random] { return random; });
        QCOMPARE(policy.backoff(failedAttempt, throttled()).count(), expected);
        QVERIFY(policy.backoff(failedAttempt, throttled()) <= policy.backoffCeiling(failedAttempt));
    }

    void retryAfterIsALowerBound_data()
    {
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2 s beats jitter 0") << qint64(2000) << 0.0 << qint64(2000);
        QTest::newRow("jitter beats 0 s") << qint64(0) << 0.9999999 << qint64(200);
        QTest::newRow("30 s, the bound, is waited") << qint64(30000) << 0.0 << qint64(30000);
        QTest::newRow("absent") << qint64(-1) << 0.0 << qint64(0);
    }
    void retryAfterIsALowerBound()
    {
        QFETCH(qint64, retryAfterMs);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const RetryPolicy policy([random] { return random; });
        QCOMPARE(policy.decide(throttled(retryAfterMs), RetryPolicy::Safety::Idempotent, 1)
                     .delay.count(),
                 expected);
    }

    void aRetryAfterBeyondTheBoundIsNotWaitedFor_data()
    {
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<bool>("retried");
        QTest::newRow("30 s") << qint64(30000) << true;
        QTest::newRow("31 s") << qint64(31000) << false;
        QTest::newRow("999999 s") << qint64(999999000) << false;
    }
    void aRetryAfterBeyondTheBoundIsNotWaitedFor()
    {
        QFETCH(qint64, retryAfterMs);
        QFETCH(bool, retried);
        const RetryPolicy policy([] { return 0.0; });
        QCOMPARE(policy.maxRetryAfter(), milliseconds(30000));
        QCOMPARE(policy.decide(throttled(retryAfterMs), RetryPolicy::Safety::Idempotent, 1).retry,
                 retried);
    }

    void hostNotFoundIsNotRetried()
    {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.networkError = int(QNetworkReply::HostNotFoundError);
        QVERIFY(!RetryPolicy::isRetryable(error, RetryPolicy::Safety::Idempotent));
        error.networkError = int(QNetworkReply::ConnectionRefusedError);
        QVERIFY(RetryPolicy::isRetryable(error, RetryPolicy::Safety::NotIdempotent));
    }

    void attemptsAreBounded_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("default") << 0;
        QTest::newRow("one means never retry") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("twelve") << 12;
    }
    void attemptsAreBounded()
    {
        QFETCH(int, maxAttempts);
        RetryPolicy policy([] { return 0.0; });
        if (maxAttempts > 0)
            policy.setMaxAttempts(maxAttempts);
        const int limit = policy.maxAttempts();
        int attempts = 1;
        while (policy.decide(throttled(), RetryPolicy::Safety::Idempotent, attempts).retry)
            ++attempts;
        QCOMPARE(attempts, limit);
    }

    void nonRetryableStopsAtOnce()
    {
        const RetryPolicy policy([] { return 0.0; });
        ApiError error = throttled();
        error.code = QStringLiteral("SignatureDoesNotMatch");
        QVERIFY(!policy.decide(error, RetryPolicy::Safety::Idempotent, 1).retry);
    }

    void retryAfterHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7000);
        QTest::newRow("HTTP-date 90 s ahead")
            << QByteArray("Tue, 02 Jan 2024 03:05:35 GMT") << qint64(90000);
        QTest::newRow("HTTP-date in the past")
            << QByteArray("Tue, 02 Jan 2024 03:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("date without GMT") << QByteArray("Tue, 02 Jan 2024 03:05:35") << qint64(-1);
    }
    void retryAfterHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const auto parsed = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(parsed ? parsed->count() : qint64(-1), expected);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
