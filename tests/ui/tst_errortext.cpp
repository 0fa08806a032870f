// What the window says about a failure: a broken body is not announced by its HTTP 200, and what
// to change is named in the window's terms (the account's settings) while the command line keeps
// naming its options.

#include "errortext.h"

#include <QNetworkReply>
#include <QTest>

namespace {
ApiError makeError(ApiError::Kind kind, int httpStatus, const QString &code = {})
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.code = code;
    error.requestId = QStringLiteral("REQ-7");
    error.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    error.detail = QStringLiteral("field TotalCount is missing");
    return error;
}
} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void identifiersAndShortReason_data();
    void identifiersAndShortReason();
    void wordingPerAudience_data();
    void wordingPerAudience();
};

void TestErrorText::identifiersAndShortReason_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("identifiers");
    QTest::addColumn<QString>("shortReason");

    QTest::newRow("broken body with HTTP 200")
        << makeError(ApiError::Kind::MalformedResponse, 200) << QStringLiteral("RequestId: REQ-7")
        << QStringLiteral("unreadable answer");
    ApiError truncated = makeError(ApiError::Kind::MalformedResponse, 200);
    truncated.bodyNotJson = true;
    truncated.requestId.clear();
    QTest::newRow("truncated body without RequestId")
        << truncated << QString() << QStringLiteral("unreadable answer");
    QTest::newRow("HTML 502") << makeError(ApiError::Kind::Http, 502)
                              << QStringLiteral("HTTP 502 \u00b7 RequestId: REQ-7")
                              << QStringLiteral("HTTP 502");
    QTest::newRow("service code") << makeError(ApiError::Kind::Service, 503,
                                               QStringLiteral("ServiceUnavailable"))
                                  << QStringLiteral(
                                         "Code: ServiceUnavailable \u00b7 RequestId: REQ-7")
                                  << QStringLiteral("ServiceUnavailable");
    QTest::newRow("timeout") << makeError(ApiError::Kind::Timeout, 0)
                             << QStringLiteral("RequestId: REQ-7")
                             << QStringLiteral("no answer in time");
}

void TestErrorText::identifiersAndShortReason()
{
    QFETCH(ApiError, error);
    QFETCH(QString, identifiers);
    QFETCH(QString, shortReason);
    QCOMPARE(ErrorText::identifiers(error), identifiers);
    QCOMPARE(ErrorText::shortReason(error), shortReason);
    QVERIFY(!describeApiError(error, ErrorAudience::Window).contains(QStringLiteral("HTTP 200")));
}

void TestErrorText::wordingPerAudience_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("commandLineSays");
    QTest::addColumn<QString>("windowSays");

    ApiError refused = makeError(ApiError::Kind::Network, 0);
    refused.networkError = int(QNetworkReply::ConnectionRefusedError);
    QTest::newRow("connection refused")
        << refused << QStringLiteral("--endpoint") << QStringLiteral("account's settings");
    QTest::newRow("incomplete signature")
        << makeError(ApiError::Kind::Service, 400, QStringLiteral("IncompleteSignature"))
        << QStringLiteral("--signature-version v1") << QStringLiteral("account's signature");
    QTest::newRow("timeout") << makeError(ApiError::Kind::Timeout, 0) << QStringLiteral("--timeout")
                             << QStringLiteral("try again");
}

void TestErrorText::wordingPerAudience()
{
    QFETCH(ApiError, error);
    QFETCH(QString, commandLineSays);
    QFETCH(QString, windowSays);

    const QString commandLine = describeApiError(error);
    QVERIFY2(commandLine.contains(commandLineSays), qPrintable(commandLine));
    const QString window = describeApiError(error, ErrorAudience::Window);
    QVERIFY2(window.contains(windowSays), qPrintable(window));
    // No command-line option in the window's words.
    QVERIFY2(!window.contains(QStringLiteral("--")), qPrintable(window));
}

QTEST_MAIN(TestErrorText)
#include "tst_errortext.moc"
