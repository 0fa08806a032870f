#include "credentials/credentialhttpcall.h"
#include "scriptedhttpserver.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ScriptedResponse)

// A credential source's answer is a claim: bounded in time and size, from the URL that was
// checked, a JSON object -- against a scripted server on loopback.
class TestCredentialHttpCall : public QObject
{
    Q_OBJECT

private slots:
    void answers_data();
    void answers();
    void urlsAllowed_data();
    void urlsAllowed();

private:
    QNetworkAccessManager m_network;
};

void TestCredentialHttpCall::answers_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<QString>("error"); // fragment; empty for success

    QTest::newRow("JSON object") << ScriptedResponse::json(200, R"({"Code":"Success"})")
                                 << QString();
    ScriptedResponse redirect = ScriptedResponse::json(302, "{}");
    redirect.withHeader("Location", "http://192.0.2.1/elsewhere");
    QTest::newRow("redirect is not followed") << redirect << QStringLiteral("answered HTTP 302");
    ScriptedResponse hang;
    hang.mode = ScriptedResponse::Mode::Hang;
    QTest::newRow("no answer: the deadline") << hang << QStringLiteral("did not answer within");
    ScriptedResponse trickle = ScriptedResponse::json(200, QByteArray(200, ' ') + "{}");
    trickle.mode = ScriptedResponse::Mode::Trickle;
    trickle.trickleMs = 50;
    QTest::newRow("a trickle: the deadline counts the whole answer")
        << trickle << QStringLiteral("did not answer within");
    ScriptedResponse huge = ScriptedResponse::json(200, "{");
    huge.mode = ScriptedResponse::Mode::Stream;
    huge.streamBytes = 8 * 1024 * 1024;
    QTest::newRow("announced too large") << huge << QStringLiteral("more than credentials");
    ScriptedResponse unannounced = huge;
    unannounced.streamAnnouncesLength = false;
    QTest::newRow("too large without a length")
        << unannounced << QStringLiteral("more than 64 KiB");
    QTest::newRow("an array") << ScriptedResponse::json(200, "[]")
                              << QStringLiteral("did not answer with a JSON object");
    ScriptedResponse dropped;
    dropped.mode = ScriptedResponse::Mode::CloseWithoutAnswer;
    QTest::newRow("connection dropped") << dropped << QStringLiteral("could not be reached");
}

void TestCredentialHttpCall::answers()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(QString, error);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    // Every request gets it: Qt sends an idempotent GET again once on a dropped connection.
    server.setHandler([response](const RecordedRequest &) { return response; });
    const QUrl url = server.url().resolved(QUrl(QStringLiteral("/creds?token=private")));
    QPointer<CredentialHttpCall> call
        = CredentialHttpCall::start(&m_network, url, "bearer", {}, 1s, nullptr);
    QSignalSpy finished(call.data(), &CredentialHttpCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    auto *done = finished.at(0).at(0).value<CredentialHttpCall *>();
    if (error.isEmpty()) {
        QVERIFY2(done->succeeded(), qPrintable(done->errorString()));
        QCOMPARE(done->answer().value(QStringLiteral("Code")).toString(),
                 QStringLiteral("Success"));
    } else {
        QVERIFY(!done->succeeded());
        QVERIFY2(done->errorString().contains(error), qPrintable(done->errorString()));
        // The URL is named without its query, which may carry a token.
        QVERIFY2(!done->errorString().contains(QStringLiteral("private")),
                 qPrintable(done->errorString()));
    }
    QVERIFY(!server.requests().isEmpty());
    QCOMPARE(server.requests().at(0).header("authorization"), QByteArray("Bearer bearer"));
    QTRY_VERIFY(call.isNull()); // deletes itself
}

void TestCredentialHttpCall::urlsAllowed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://sso.example.com/login") << true;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/c") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080/c") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost/c") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://169.254.169.254/c") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("no host") << QStringLiteral("https:///x") << false;
}

void TestCredentialHttpCall::urlsAllowed()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString why;
    QCOMPARE(CredentialHttpCall::isAllowedUrl(QUrl(url), &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
}

QTEST_GUILESS_MAIN(TestCredentialHttpCall)
#include "tst_credentialhttpcall.moc"
