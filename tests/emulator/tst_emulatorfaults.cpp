// Injected faults: every kind looks on the wire as it should, rates are within statistical
// tolerance, choices are reproducible per seed, and delays never block the server's thread.

#include "actiontrailemulator.h"
#include "emulatortestclient.h"
#include "jobstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <memory>

using namespace EmulatorTest;

namespace {

/** What the client saw, named like the fault that explains it ("ok" for a good answer). */
QString classify(const HttpAnswer &answer)
{
    if (answer.status == 0)
        return QStringLiteral("reset");
    if (!answer.complete)
        return QStringLiteral("truncate");
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("garbage");
    if (answer.status == 503 && answer.code() == QLatin1String("ServiceUnavailable"))
        return QStringLiteral("503");
    if (answer.status == 500 && answer.code() == QLatin1String("InternalError"))
        return QStringLiteral("500");
    if (answer.status == 400 && answer.code() == QLatin1String("Throttling.User"))
        return QStringLiteral("throttle");
    if (answer.status == 200 && answer.code().isEmpty())
        return QStringLiteral("ok");
    return QStringLiteral("unexpected %1 %2").arg(answer.status).arg(answer.code());
}

std::unique_ptr<ActionTrailEmulator>
startEmulator(quint64 seed, double rate, QList<EmulatorFault> faults = defaultEmulatorFaults(),
              int latencyMs = 0)
{
    EmulatorConfig config;
    config.key = {QStringLiteral("testid"), QStringLiteral("testsecret"), QString()};
    config.seed = seed;
    config.faultRate = rate;
    config.faults = faults;
    config.latencyMs = latencyMs;
    auto emulator = std::make_unique<ActionTrailEmulator>(config);
    if (emulator->listen() == 0)
        return nullptr;
    return emulator;
}

QByteArray listRequest(int nonce)
{
    Call call;
    call.action = QStringLiteral("ListDeliveryHistoryJobs");
    call.parameters.insert(QStringLiteral("PageSize"), QStringLiteral("5"));
    call.time = QDateTime::currentDateTimeUtc();
    call.nonce = QStringLiteral("fault-test-%1").arg(nonce);
    return signedRequest(call);
}

QStringList observe(ActionTrailEmulator *emulator, int requests)
{
    QStringList seen;
    for (int i = 0; i < requests; ++i)
        seen.append(classify(exchange(emulator->port(), listRequest(i))));
    return seen;
}

} // namespace

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void faultRates_data();
    void faultRates();
    void sameSeedSameFaults();
    void slowAnswersAfterTheClientGaveUp();
    void latencyDelaysWithoutBlocking();
    void clientHangsUpDuringLatency();
    void pipelinedAnswersKeepTheirOrder();
};

void TestEmulatorFaults::faultRates_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("requests");
    QTest::newRow("30% of 360") << quint64(11) << 0.3 << 360;
    QTest::newRow("10% of 300") << quint64(12) << 0.1 << 300;
    QTest::newRow("every request") << quint64(13) << 1.0 << 120;
    QTest::newRow("none") << quint64(14) << 0.0 << 60;
}

void TestEmulatorFaults::faultRates()
{
    QFETCH(quint64, seed);
    QFETCH(double, rate);
    QFETCH(int, requests);
    auto emulator = startEmulator(seed, rate);
    QVERIFY(emulator);

    const QStringList seen = observe(emulator.get(), requests);
    QCOMPARE(emulator->requestCount(), requests);

    int faults = 0;
    for (EmulatorFault fault : defaultEmulatorFaults()) {
        const QString name = emulatorFaultName(fault);
        // What the client saw of each kind is exactly what the emulator says it injected.
        QCOMPARE(int(seen.count(name)), emulator->faultCount(fault));
        faults += emulator->faultCount(fault);
        if (rate * requests / 6 >= 10)
            QVERIFY2(emulator->faultCount(fault) > 0, qPrintable(name));
    }
    QCOMPARE(emulator->faultCount(EmulatorFault::Slow), 0);
    QCOMPARE(int(seen.count(QStringLiteral("ok"))), requests - faults);

    // Binomial tolerance: 4.5 standard deviations (seeded, so this is about the generator).
    const double expected = rate * requests;
    const double sigma = std::sqrt(requests * rate * (1 - rate));
    QVERIFY2(std::abs(faults - expected) <= 4.5 * sigma + 0.5,
             qPrintable(QStringLiteral("%1 faults, expected about %2").arg(faults).arg(expected)));
}

void TestEmulatorFaults::sameSeedSameFaults()
{
    auto a = startEmulator(21, 0.5);
    auto b = startEmulator(21, 0.5);
    auto c = startEmulator(22, 0.5);
    QVERIFY(a && b && c);
    const QStringList first = observe(a.get(), 60);
    QCOMPARE(observe(b.get(), 60), first);
    QVERIFY(observe(c.get(), 60) != first);
}

void TestEmulatorFaults::slowAnswersAfterTheClientGaveUp()
{
    auto slow = startEmulator(31, 1.0, {EmulatorFault::Slow});
    auto healthy = startEmulator(32, 0.0);
    QVERIFY(slow && healthy);

    QNetworkAccessManager network;
    QNetworkRequest request(slow->endpoint());
    request.setTransferTimeout(400);
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);

    // While the slow answer is pending, the same thread still serves other requests.
    const HttpAnswer other = exchange(healthy->port(), listRequest(1));
    QCOMPARE(other.status, 200);
    QVERIFY(!reply->isFinished());

    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // the transfer timeout
    QCOMPARE(slow->faultCount(EmulatorFault::Slow), 1);
}

void TestEmulatorFaults::latencyDelaysWithoutBlocking()
{
    auto delayed = startEmulator(41, 0.0, defaultEmulatorFaults(), 300);
    auto healthy = startEmulator(42, 0.0);
    QVERIFY(delayed && healthy);

    QNetworkAccessManager network;
    QNetworkRequest request(delayed->endpoint());
    std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArray()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QCOMPARE(exchange(healthy->port(), listRequest(2)).status, 200);
    QVERIFY(!reply->isFinished());
    QVERIFY(finished.wait(10000));
    // The delayed answer is the service's (unsigned: IncompleteSignature), complete and intact.
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("Code")).toString(),
        QStringLiteral("IncompleteSignature"));
}

void TestEmulatorFaults::clientHangsUpDuringLatency()
{
    auto delayed = startEmulator(51, 0.0, defaultEmulatorFaults(), 200);
    QVERIFY(delayed);
    {
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(
            network.post(QNetworkRequest(delayed->endpoint()), QByteArray()));
        QSignalSpy handled(delayed.get(), &ActionTrailEmulator::requestHandled);
        QVERIFY(handled.wait(5000));
        reply->abort(); // the socket closes while the emulator holds the answer
    }
    QTest::qWait(400); // past the latency: the dropped answer must not be written anywhere
    QCOMPARE(exchange(delayed->port(), listRequest(3)).status, 200);
}

void TestEmulatorFaults::pipelinedAnswersKeepTheirOrder()
{
    // Some answers are slow, the others not: on one connection they must still leave in the
    // order the requests came (HTTP/1.1), or a pipelining client would mix them up.
    EmulatorConfig config;
    config.key = {QStringLiteral("testid"), QStringLiteral("testsecret"), QString()};
    config.seed = 61;
    config.jobCount = 12;
    config.faultRate = 0.5;
    config.faults = {EmulatorFault::Slow};
    config.slowDelayMs = 150;
    ActionTrailEmulator emulator(config);
    QVERIFY(emulator.listen() != 0);

    const auto jobs = emulator.store().page(0, 10);
    QByteArray pipelined;
    for (int i = 0; i < jobs.size(); ++i) {
        Call call;
        call.action = QStringLiteral("GetDeliveryHistoryJob");
        call.parameters.insert(QStringLiteral("JobId"), QString::number(jobs.at(i)->jobId));
        call.time = QDateTime::currentDateTimeUtc();
        call.nonce = QStringLiteral("pipelined-%1").arg(i);
        pipelined += signedRequest(call);
    }

    QTcpSocket socket;
    QByteArray received;
    QList<qint64> answeredIds;
    connect(&socket, &QTcpSocket::readyRead, this, [&] {
        received += socket.readAll();
        // Peel complete answers off the front: status line, headers, Content-Length bytes.
        for (;;) {
            const qsizetype headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = received.left(headerEnd).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", at);
            const int length
                = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toInt();
            if (received.size() < headerEnd + 4 + length)
                return;
            const QByteArray body = received.mid(headerEnd + 4, length);
            received.remove(0, headerEnd + 4 + length);
            answeredIds.append(
                QJsonDocument::fromJson(body).object().value(QStringLiteral("JobId")).toInteger());
        }
    });
    connect(&socket, &QTcpSocket::connected, this, [&] { socket.write(pipelined); });
    socket.connectToHost(QStringLiteral("127.0.0.1"), emulator.port());
    QTRY_COMPARE_WITH_TIMEOUT(answeredIds.size(), int(jobs.size()), 10000);

    QList<qint64> askedIds;
    for (const EmulatedJob *job : jobs)
        askedIds.append(job->jobId);
    QCOMPARE(answeredIds, askedIds);
    const int slow = emulator.faultCount(EmulatorFault::Slow);
    QVERIFY2(slow > 0 && slow < jobs.size(), "the seed must mix slow and prompt answers");
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
