// The emulator's protocol over real loopback HTTP, with requests built by hand: the spec's
// known-answer vectors replayed byte for byte, and an independent test signer for the rest.

#include "actiontrailemulator.h"
#include "emulatortestclient.h"
#include "jobstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace EmulatorTest;

Q_DECLARE_METATYPE(EmulatorTest::Scheme)
Q_DECLARE_METATYPE(EmulatorTest::Transport)

namespace {

const QDateTime baseTime = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace('\n', "\r\n");
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

} // namespace

class TestEmulatorProtocol : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void specVectors_data();
    void specVectors();
    void bodyNotMatchingContentHash();

    void operations_data();
    void operations();
    void successShapes_data();
    void successShapes();
    void createIdempotentRunningDelete_data();
    void createIdempotentRunningDelete();

    void clockSkew_data();
    void clockSkew();
    void nonceReplay_data();
    void nonceReplay();
    void unknownAccessKey_data();
    void unknownAccessKey();
    void wrongSecret_data();
    void wrongSecret();
    void securityToken_data();
    void securityToken();
    void incompleteSignatures_data();
    void incompleteSignatures();
    void extraSignedHeaderAccepted();
    void inactiveKey_data();
    void inactiveKey();
    void ramDenied_data();
    void ramDenied();
    void wrongPathOrMethod_data();
    void wrongPathOrMethod();

private:
    void startEmulator(const AccessKey &key, int jobs = 30);
    Call call(Scheme scheme, Transport transport, const QString &action,
              const QMap<QString, QString> &parameters = {});
    HttpAnswer send(const Call &c) { return exchange(m_emulator->port(), signedRequest(c)); }

    std::unique_ptr<ActionTrailEmulator> m_emulator;
    QDateTime m_now = baseTime;
    int m_nonce = 0;
};

void TestEmulatorProtocol::init()
{
    m_now = baseTime;
    startEmulator({QStringLiteral("testid"), QStringLiteral("testsecret"), QString()});
}

void TestEmulatorProtocol::cleanup()
{
    m_emulator.reset();
}

void TestEmulatorProtocol::startEmulator(const AccessKey &key, int jobs)
{
    EmulatorConfig config;
    config.key = key;
    config.seed = 7;
    config.jobCount = jobs;
    config.clock = [this] { return m_now; };
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
}

Call TestEmulatorProtocol::call(Scheme scheme, Transport transport, const QString &action,
                                const QMap<QString, QString> &parameters)
{
    Call c;
    c.scheme = scheme;
    c.transport = transport;
    c.action = action;
    c.parameters = parameters;
    c.time = m_now;
    c.nonce = QStringLiteral("nonce-%1").arg(++m_nonce);
    return c;
}

// ---- The spec's vectors, replayed byte for byte --------------------------------------------

void TestEmulatorProtocol::specVectors_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString testid = QStringLiteral("testid");
    const QString testsecret = QStringLiteral("testsecret");

    // Another product's action: the signature passes, then the version is not ActionTrail's.
    QTest::newRow("V1-a DescribeRegions GET")
        << testid << testsecret << QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC)
        << crlf("GET /?AccessKeyId=testid&Action=DescribeRegions&Format=XML"
                "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                "&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26"
                "&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D HTTP/1.1\n"
                "Host: ecs.aliyuncs.com\nContent-Length: 0\n\n")
        << 400 << QStringLiteral("InvalidVersion");
    const char *v1b = "AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON"
                      "&RegionId=cn-beijing&SignatureMethod=HMAC-SHA1"
                      "&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0"
                      "&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26";
    const QDateTime v1bTime(QDate(2023, 3, 13), QTime(8, 34, 30), Qt::UTC);
    QTest::newRow("V1-b DescribeDedicatedHosts GET") << testid << testsecret << v1bTime
                                                     << crlf("GET /?") + v1b
            + crlf("&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D HTTP/1.1\n"
                   "Host: ecs.cn-beijing.aliyuncs.com\nContent-Length: 0\n\n")
                                                     << 400 << QStringLiteral("InvalidVersion");
    QTest::newRow("V1-b DescribeDedicatedHosts POST") << testid << testsecret << v1bTime
                                                      << crlf("POST /?") + v1b
            + crlf("&Signature=ZvQ9xGiFnquSJRvj%2BWE6kdSpTwU%3D HTTP/1.1\n"
                   "Host: ecs.cn-beijing.aliyuncs.com\nContent-Length: 0\n\n")
                                                      << 400 << QStringLiteral("InvalidVersion");

    // ActionTrail's own: the signature passes; the ClientToken of the vector is not ASCII,
    // which the documented parameter rule rejects.
    const QDateTime v1cTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QTest::newRow("V1-c CreateDeliveryHistoryJob, all in the query")
        << testid << testsecret << v1cTime
        << crlf("POST /?AccessKeyId=testid&Action=CreateDeliveryHistoryJob"
                "&ClientToken=a%20b%2Ac~d%2Be%2Ff%21%27%28%29%E4%B8%AD&Format=JSON"
                "&SignatureMethod=HMAC-SHA1&SignatureNonce=n1&SignatureVersion=1.0"
                "&Timestamp=2024-01-02T03%3A04%3A05Z&TrailName=trail-name&Version=2020-07-06"
                "&Signature=GJlLpZ0dHJ7Bejr7HS%2BkUxsNP1k%3D HTTP/1.1\n"
                "Host: actiontrail.cn-hangzhou.aliyuncs.com\nContent-Length: 0\n\n")
        << 400 << QStringLiteral("InvalidClientToken");
    const QByteArray v1cForm = "ClientToken=a+b%2Ac~d%2Be%2Ff%21%27%28%29%E4%B8%AD"
                               "&TrailName=trail-name";
    QTest::newRow("V1-c CreateDeliveryHistoryJob, parameters in a form body")
        << testid << testsecret << v1cTime
        << crlf("POST /?AccessKeyId=testid&Action=CreateDeliveryHistoryJob&Format=JSON"
                "&SignatureMethod=HMAC-SHA1&SignatureNonce=n1&SignatureVersion=1.0"
                "&Timestamp=2024-01-02T03%3A04%3A05Z&Version=2020-07-06"
                "&Signature=GJlLpZ0dHJ7Bejr7HS%2BkUxsNP1k%3D HTTP/1.1\n"
                "Host: actiontrail.cn-hangzhou.aliyuncs.com\n"
                "Content-Type: application/x-www-form-urlencoded\n"
                "Content-Length: ")
            + QByteArray::number(v1cForm.size()) + "\r\n\r\n" + v1cForm
        << 400 << QStringLiteral("InvalidClientToken");

    QTest::newRow("V3-a RunInstances")
        << QStringLiteral("YourAccessKeyId") << QStringLiteral("YourAccessKeySecret")
        << QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC)
        << crlf("POST /?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"
                "&RegionId=cn-shanghai HTTP/1.1\n"
                "Host: ecs.cn-shanghai.aliyuncs.com\n"
                "x-acs-action: RunInstances\n"
                "x-acs-content-sha256: "
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                "x-acs-date: 2023-10-26T10:22:32Z\n"
                "x-acs-signature-nonce: 3156853299f313e23d1673dc12e1703d\n"
                "x-acs-version: 2014-05-26\n"
                "Authorization: ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                "x-acs-signature-nonce;x-acs-version,"
                "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0\n"
                "Content-Length: 0\n\n")
        << 400 << QStringLiteral("InvalidVersion");

    QTest::newRow("V3-b GetDeliveryHistoryJob 16602")
        << testid << testsecret << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC)
        << crlf("POST /?JobId=16602 HTTP/1.1\n"
                "Host: actiontrail.cn-hangzhou.aliyuncs.com\n"
                "x-acs-action: GetDeliveryHistoryJob\n"
                "x-acs-content-sha256: "
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                "x-acs-date: 2024-01-02T03:04:05Z\n"
                "x-acs-signature-nonce: 3156853299f313e23d1673dc12e1703d\n"
                "x-acs-version: 2020-07-06\n"
                "Authorization: ACS3-HMAC-SHA256 Credential=testid,"
                "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                "x-acs-signature-nonce;x-acs-version,"
                "Signature=557c3a2e0f23285ca3cd7109e788fae6185c30bbcb64ddd2a0c50ed4bfd6e355\n"
                "Content-Length: 0\n\n")
        << 200 << QString();
}

void TestEmulatorProtocol::specVectors()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QDateTime, time);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);

    // The server's clock a little after the vector's time: inside the 15-minute window.
    m_now = time.addSecs(90);
    startEmulator({keyId, secret, QString()});

    const HttpAnswer answer = exchange(m_emulator->port(), request);
    QVERIFY(answer.complete);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QCOMPARE(answer.json().value(QStringLiteral("JobId")).toInteger(), 16602);
        QCOMPARE(answer.json().value(QStringLiteral("TrailName")).toString(),
                 QStringLiteral("trail-name"));
    }

    // A fresh emulator (the nonce is spent) and one changed signature character.
    startEmulator({keyId, secret, QString()});
    const HttpAnswer flipped = exchange(m_emulator->port(), withFlippedSignature(request));
    QCOMPARE(flipped.code(), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(flipped.status, 400);
}

void TestEmulatorProtocol::bodyNotMatchingContentHash()
{
    // V3-b, but with a body the x-acs-content-sha256 header does not describe.
    m_now = baseTime;
    const QByteArray request
        = crlf("POST /?JobId=16602 HTTP/1.1\n"
               "Host: actiontrail.cn-hangzhou.aliyuncs.com\n"
               "x-acs-action: GetDeliveryHistoryJob\n"
               "x-acs-content-sha256: "
               "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
               "x-acs-date: 2024-01-02T03:04:05Z\n"
               "x-acs-signature-nonce: 3156853299f313e23d1673dc12e1703d\n"
               "x-acs-version: 2020-07-06\n"
               "Authorization: ACS3-HMAC-SHA256 Credential=testid,"
               "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
               "x-acs-signature-nonce;x-acs-version,"
               "Signature=557c3a2e0f23285ca3cd7109e788fae6185c30bbcb64ddd2a0c50ed4bfd6e355\n"
               "Content-Length: 4\n\nevil");
    const HttpAnswer answer = exchange(m_emulator->port(), request);
    QCOMPARE(answer.code(), QStringLiteral("SignatureDoesNotMatch"));
}

// ---- Operations, both schemes, every transport ----------------------------------------------

namespace {

struct Variant
{
    const char *label;
    Scheme scheme;
    Transport transport;
};

const Variant allVariants[] = {
    {"V3 POST query", Scheme::V3, Transport::PostQuery},
    {"V3 POST form", Scheme::V3, Transport::PostForm},
    {"V3 GET", Scheme::V3, Transport::GetQuery},
    {"V1 GET", Scheme::V1, Transport::GetQuery},
    {"V1 POST query", Scheme::V1, Transport::PostQuery},
    {"V1 POST form", Scheme::V1, Transport::PostForm},
};

void addSchemeColumns()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<Transport>("transport");
}

/** One row per scheme (SDK-style POST for V3, GET for V1). */
template<typename Fill> void schemeRows(const char *name, Fill fill)
{
    fill(QTest::addRow("%s, V3", name) << Scheme::V3 << Transport::PostQuery);
    fill(QTest::addRow("%s, V1", name) << Scheme::V1 << Transport::GetQuery);
}

using Map = QMap<QString, QString>;
const QString listAction = QStringLiteral("ListDeliveryHistoryJobs");
const QString getAction = QStringLiteral("GetDeliveryHistoryJob");
const QString createAction = QStringLiteral("CreateDeliveryHistoryJob");
const QString deleteAction = QStringLiteral("DeleteDeliveryHistoryJob");

void verifyErrorShape(const HttpAnswer &answer, const QString &code)
{
    QVERIFY(answer.complete);
    QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json;charset=utf-8"));
    const QJsonObject body = answer.json();
    QCOMPARE(keysOf(body), setOf({"RequestId", "HostId", "Code", "Message", "Recommend"}));
    QCOMPARE(body.value(QStringLiteral("Code")).toString(), code);
    const QString requestId = body.value(QStringLiteral("RequestId")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$"))
                .match(requestId)
                .hasMatch());
    QCOMPARE(body.value(QStringLiteral("Recommend")).toString(),
             QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=Actiontrail"
                            "&requestId=%2")
                 .arg(code, requestId));
    QCOMPARE(body.value(QStringLiteral("HostId")).toString(),
             QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com"));
    QVERIFY(!body.value(QStringLiteral("Message")).toString().isEmpty());
}

Map parametersFrom(const char *text)
{
    Map parameters;
    const QStringList pairs = QString::fromLatin1(text).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs)
        parameters.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return parameters;
}

} // namespace

void TestEmulatorProtocol::operations_data()
{
    addSchemeColumns();
    QTest::addColumn<QString>("action");
    QTest::addColumn<Map>("parameters");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("listedJobs"); ///< -1: not a listing

    const struct
    {
        const char *name;
        QString action;
        const char *parameters;
        int status;
        const char *code;
        int listedJobs;
    } cases[] = {
        {"list with defaults", listAction, "", 200, "", 20},
        {"list page 2 of 7", listAction, "PageNumber=2&PageSize=7", 200, "", 7},
        {"list last partial page", listAction, "PageNumber=3&PageSize=14", 200, "", 2},
        {"list page past the end", listAction, "PageNumber=99&PageSize=10", 200, "", 0},
        {"list PageSize 100", listAction, "PageSize=100", 200, "", 30},
        {"list PageSize 0", listAction, "PageSize=0", 400, "InvalidPageSize", -1},
        {"list PageSize 101", listAction, "PageSize=101", 400, "InvalidPageSize", -1},
        {"list PageSize not a number", listAction, "PageSize=ten", 400, "InvalidPageSize", -1},
        {"list PageNumber 0", listAction, "PageNumber=0", 400, "InvalidPageNumber", -1},
        {"get without JobId", getAction, "", 400, "MissingJobId", -1},
        {"get JobId not a number", getAction, "JobId=16602x", 400, "InvalidJobId", -1},
        {"get unknown JobId", getAction, "JobId=1", 404, "DeliveryHistoryJobNotFound", -1},
        {"get the sample job", getAction, "JobId=16602", 200, "", -1},
        {"delete unknown JobId", deleteAction, "JobId=2", 404, "DeliveryHistoryJobNotFound", -1},
        {"delete without JobId", deleteAction, "", 400, "MissingJobId", -1},
        {"create without TrailName", createAction, "", 400, "MissingTrailName", -1},
        {"create for an unknown trail", createAction, "TrailName=no-such-trail", 404,
         "TrailNotFoundException", -1},
        {"create with a 65-character ClientToken", createAction,
         "TrailName=trail-name&ClientToken="
         "ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt",
         400, "InvalidClientToken", -1},
        {"unknown action", QStringLiteral("StartLogging"), "", 404, "InvalidApi.NotFound", -1},
    };
    for (const auto &c : cases) {
        for (const Variant &v : allVariants) {
            QTest::addRow("%s, %s", c.name, v.label)
                << v.scheme << v.transport << c.action << parametersFrom(c.parameters) << c.status
                << QString::fromLatin1(c.code) << c.listedJobs;
        }
    }
}

void TestEmulatorProtocol::operations()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    QFETCH(QString, action);
    QFETCH(Map, parameters);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, listedJobs);

    const HttpAnswer answer = send(call(scheme, transport, action, parameters));
    QVERIFY(answer.complete);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.status, status);
    if (!code.isEmpty()) {
        verifyErrorShape(answer, code);
        return;
    }
    QVERIFY(!answer.json().contains(QStringLiteral("Code")));
    if (listedJobs >= 0) {
        const QJsonObject body = answer.json();
        QCOMPARE(body.value(QStringLiteral("DeliveryHistoryJobs")).toArray().size(), listedJobs);
        QCOMPARE(body.value(QStringLiteral("TotalCount")).toInt(), 30);
        const int expectedSize
            = parameters.value(QStringLiteral("PageSize"), QStringLiteral("20")).toInt();
        QCOMPARE(body.value(QStringLiteral("PageSize")).toInt(), expectedSize);
    }
}

void TestEmulatorProtocol::successShapes_data()
{
    addSchemeColumns();
    for (const Variant &v : allVariants)
        QTest::addRow("%s", v.label) << v.scheme << v.transport;
}

void TestEmulatorProtocol::successShapes()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    static const QRegularExpression utcTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    // The fields of the documented samples, no more, no less.
    const QSet<QString> listJobKeys = setOf({"CreatedTime", "EndTime", "HomeRegion", "JobId",
                                             "JobStatus", "StartTime", "TrailName", "UpdatedTime"});

    const HttpAnswer listed = send(
        call(scheme, transport, listAction, {{QStringLiteral("PageSize"), QStringLiteral("100")}}));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.headers.value("content-type"), QByteArray("application/json;charset=utf-8"));
    QCOMPARE(listed.headers.value("date"), QByteArray("Tue, 02 Jan 2024 03:04:05 GMT"));
    QVERIFY(!listed.headers.value("x-acs-request-id").isEmpty());
    const QJsonObject page = listed.json();
    QCOMPARE(keysOf(page),
             setOf({"DeliveryHistoryJobs", "PageNumber", "PageSize", "RequestId", "TotalCount"}));
    // The page is assembled from cached per-job JSON: it must be exactly what writing the whole
    // object gives (valid, compact, nothing doubled or dropped).
    QCOMPARE(listed.body, QJsonDocument(page).toJson(QJsonDocument::Compact));
    QVERIFY(page.value(QStringLiteral("PageNumber")).isDouble());
    QVERIFY(page.value(QStringLiteral("TotalCount")).isDouble());
    const QJsonArray jobs = page.value(QStringLiteral("DeliveryHistoryJobs")).toArray();
    QCOMPARE(jobs.size(), 30);
    for (const QJsonValue &value : jobs) {
        const QJsonObject job = value.toObject();
        QCOMPARE(keysOf(job), listJobKeys);
        QVERIFY(job.value(QStringLiteral("JobId")).isDouble());
        QVERIFY(job.value(QStringLiteral("JobStatus")).isDouble());
        for (const char *time : {"CreatedTime", "EndTime", "StartTime", "UpdatedTime"})
            QVERIFY(utcTime.match(job.value(QLatin1String(time)).toString()).hasMatch());
    }

    const qint64 newest = jobs.first().toObject().value(QStringLiteral("JobId")).toInteger();
    const HttpAnswer got = send(
        call(scheme, transport, getAction, {{QStringLiteral("JobId"), QString::number(newest)}}));
    QCOMPARE(got.status, 200);
    QSet<QString> getKeys = listJobKeys;
    getKeys << QStringLiteral("Status") << QStringLiteral("RequestId");
    QCOMPARE(keysOf(got.json()), getKeys);
    const QJsonArray regions = got.json().value(QStringLiteral("Status")).toArray();
    QVERIFY(!regions.isEmpty());
    for (const QJsonValue &region : regions) {
        QCOMPARE(keysOf(region.toObject()), setOf({"Region", "Status"}));
        QVERIFY(region.toObject().value(QStringLiteral("Status")).isDouble());
    }
}

void TestEmulatorProtocol::createIdempotentRunningDelete_data()
{
    addSchemeColumns();
    for (const Variant &v : allVariants)
        QTest::addRow("%s", v.label) << v.scheme << v.transport;
}

void TestEmulatorProtocol::createIdempotentRunningDelete()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    startEmulator({QStringLiteral("testid"), QStringLiteral("testsecret"), QString()}, 0);
    const Map create {{QStringLiteral("TrailName"), QStringLiteral("trail-name")},
                      {QStringLiteral("ClientToken"), QStringLiteral("token-1")}};

    const HttpAnswer first = send(call(scheme, transport, createAction, create));
    QCOMPARE(first.status, 200);
    QCOMPARE(keysOf(first.json()), setOf({"JobId", "RequestId"}));
    const qint64 jobId = first.json().value(QStringLiteral("JobId")).toInteger();
    QVERIFY(jobId > 0);

    const HttpAnswer again = send(call(scheme, transport, createAction, create));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("JobId")).toInteger(), jobId);

    Map another = create;
    another.insert(QStringLiteral("ClientToken"), QStringLiteral("token-2"));
    const HttpAnswer running = send(call(scheme, transport, createAction, another));
    QCOMPARE(running.code(), QStringLiteral("DeliveryHistoryJobRunning"));
    QCOMPARE(running.status, 400);

    const Map byId {{QStringLiteral("JobId"), QString::number(jobId)}};
    const HttpAnswer got = send(call(scheme, transport, getAction, byId));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(QStringLiteral("JobStatus")).toInt(), 0);
    QCOMPARE(got.json().value(QStringLiteral("TrailName")).toString(),
             QStringLiteral("trail-name"));

    const HttpAnswer deleted = send(call(scheme, transport, deleteAction, byId));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(keysOf(deleted.json()), setOf({"RequestId"}));
    QCOMPARE(send(call(scheme, transport, getAction, byId)).code(),
             QStringLiteral("DeliveryHistoryJobNotFound"));
    QCOMPARE(send(call(scheme, transport, listAction))
                 .json()
                 .value(QStringLiteral("TotalCount"))
                 .toInt(),
             0);
}

// ---- Authentication ---------------------------------------------------------------------------

void TestEmulatorProtocol::clockSkew_data()
{
    addSchemeColumns();
    QTest::addColumn<qint64>("offsetSecs");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("code");
    const struct
    {
        const char *name;
        qint64 offset;
        const char *timestamp;
        const char *code;
    } cases[] = {
        {"client 14 minutes ahead", 14 * 60, "", ""},
        {"client 14 minutes behind", -14 * 60, "", ""},
        {"client 16 minutes ahead", 16 * 60, "", "InvalidTimeStamp.Expired"},
        {"client 16 minutes behind", -16 * 60, "", "InvalidTimeStamp.Expired"},
        {"space instead of T", 0, "2024-01-02 03:04:05Z", "InvalidTimeStamp.Format"},
        {"milliseconds", 0, "2024-01-02T03:04:05.000Z", "InvalidTimeStamp.Format"},
        {"no zone", 0, "2024-01-02T03:04:05", "InvalidTimeStamp.Format"},
        {"not a date", 0, "yesterday", "InvalidTimeStamp.Format"},
    };
    for (const auto &c : cases) {
        schemeRows(c.name, [&](QTestData &row) {
            row << c.offset << QString::fromLatin1(c.timestamp) << QString::fromLatin1(c.code);
        });
    }
}

void TestEmulatorProtocol::clockSkew()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    QFETCH(qint64, offsetSecs);
    QFETCH(QString, timestamp);
    QFETCH(QString, code);
    Call c = call(scheme, transport, listAction);
    c.time = m_now.addSecs(offsetSecs);
    c.timestampOverride = timestamp;
    const HttpAnswer answer = send(c);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.status, code.isEmpty() ? 200 : 400);
}

void TestEmulatorProtocol::nonceReplay_data()
{
    addSchemeColumns();
    schemeRows("replay", [](QTestData &) {});
}

void TestEmulatorProtocol::nonceReplay()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    const Call c = call(scheme, transport, listAction);
    QCOMPARE(send(c).status, 200);
    const HttpAnswer replayed = send(c);
    QCOMPARE(replayed.code(), QStringLiteral("SignatureNonceUsed"));
    QCOMPARE(replayed.status, 400);
    // The same request with a fresh nonce is fine: it is the nonce that is spent.
    Call fresh = c;
    fresh.nonce += QStringLiteral("-fresh");
    QCOMPARE(send(fresh).status, 200);
}

void TestEmulatorProtocol::unknownAccessKey_data()
{
    addSchemeColumns();
    schemeRows("unknown key", [](QTestData &) {});
}

void TestEmulatorProtocol::unknownAccessKey()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    Call c = call(scheme, transport, listAction);
    c.keyId = QStringLiteral("LTAI-nobody");
    const HttpAnswer answer = send(c);
    QCOMPARE(answer.code(), QStringLiteral("InvalidAccessKeyId.NotFound"));
    QCOMPARE(answer.status, 404);
}

void TestEmulatorProtocol::wrongSecret_data()
{
    addSchemeColumns();
    for (const Variant &v : allVariants)
        QTest::addRow("%s", v.label) << v.scheme << v.transport;
}

void TestEmulatorProtocol::wrongSecret()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    Call c
        = call(scheme, transport, getAction, {{QStringLiteral("JobId"), QStringLiteral("16602")}});
    c.secret = QStringLiteral("testsecreT");
    const HttpAnswer answer = send(c);
    QCOMPARE(answer.code(), QStringLiteral("SignatureDoesNotMatch"));
    verifyErrorShape(answer, QStringLiteral("SignatureDoesNotMatch"));
    // A signature is also bound to the parameters: tamper with one after signing.
    Call good
        = call(scheme, transport, getAction, {{QStringLiteral("JobId"), QStringLiteral("16602")}});
    QByteArray raw = signedRequest(good);
    raw.replace("16602", "16603");
    QCOMPARE(exchange(m_emulator->port(), raw).code(), QStringLiteral("SignatureDoesNotMatch"));
}

void TestEmulatorProtocol::securityToken_data()
{
    addSchemeColumns();
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    schemeRows("right token",
               [](QTestData &row) { row << QStringLiteral("sts-token-1") << QString(); });
    schemeRows("wrong token", [](QTestData &row) {
        row << QStringLiteral("sts-token-2")
            << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey");
    });
    schemeRows("no token", [](QTestData &row) {
        row << QString() << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey");
    });
}

void TestEmulatorProtocol::securityToken()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    QFETCH(QString, token);
    QFETCH(QString, code);
    startEmulator({QStringLiteral("STS.testid"), QStringLiteral("testsecret"),
                   QStringLiteral("sts-token-1")});
    Call c = call(scheme, transport, listAction);
    c.keyId = QStringLiteral("STS.testid");
    c.securityToken = token;
    QCOMPARE(send(c).code(), code);
}

void TestEmulatorProtocol::incompleteSignatures_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("code");
    QTest::newRow("no signature at all")
        << crlf("GET /?Action=ListDeliveryHistoryJobs&Version=2020-07-06 HTTP/1.1\n"
                "Host: actiontrail.cn-hangzhou.aliyuncs.com\nContent-Length: 0\n\n")
        << QStringLiteral("IncompleteSignature");
    QTest::newRow("V3 without SignedHeaders")
        << crlf("POST / HTTP/1.1\nHost: actiontrail.cn-hangzhou.aliyuncs.com\n"
                "Authorization: ACS3-HMAC-SHA256 Credential=testid,Signature=00\n"
                "Content-Length: 0\n\n")
        << QStringLiteral("IncompleteSignature");
    QTest::newRow("V3 not signing x-acs-date")
        << crlf("POST / HTTP/1.1\nHost: actiontrail.cn-hangzhou.aliyuncs.com\n"
                "x-acs-action: ListDeliveryHistoryJobs\nx-acs-version: 2020-07-06\n"
                "x-acs-date: 2024-01-02T03:04:05Z\nx-acs-signature-nonce: n\n"
                "x-acs-content-sha256: "
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                "Authorization: ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;"
                "x-acs-action;x-acs-content-sha256;x-acs-signature-nonce;x-acs-version,"
                "Signature=00\nContent-Length: 0\n\n")
        << QStringLiteral("IncompleteSignature");
    QTest::newRow("V3 signing a header it does not send")
        << crlf("POST / HTTP/1.1\nHost: actiontrail.cn-hangzhou.aliyuncs.com\n"
                "Authorization: ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;"
                "x-acs-action,Signature=00\nContent-Length: 0\n\n")
        << QStringLiteral("IncompleteSignature");
    QTest::newRow("V1 without SignatureNonce")
        << crlf("GET /?AccessKeyId=testid&Action=ListDeliveryHistoryJobs&Format=JSON"
                "&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0"
                "&Timestamp=2024-01-02T03%3A04%3A05Z&Version=2020-07-06&Signature=x HTTP/1.1\n"
                "Host: actiontrail.cn-hangzhou.aliyuncs.com\nContent-Length: 0\n\n")
        << QStringLiteral("MissingSignatureNonce");
    QTest::newRow("V1 with HMAC-SHA256")
        << crlf("GET /?AccessKeyId=testid&Action=ListDeliveryHistoryJobs&Format=JSON"
                "&SignatureMethod=HMAC-SHA256&SignatureNonce=n&SignatureVersion=1.0"
                "&Timestamp=2024-01-02T03%3A04%3A05Z&Version=2020-07-06&Signature=x HTTP/1.1\n"
                "Host: actiontrail.cn-hangzhou.aliyuncs.com\nContent-Length: 0\n\n")
        << QStringLiteral("InvalidSignatureMethod");
}

void TestEmulatorProtocol::incompleteSignatures()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, code);
    const HttpAnswer answer = exchange(m_emulator->port(), request);
    verifyErrorShape(answer, code);
    QCOMPARE(answer.status, 400);
}

void TestEmulatorProtocol::extraSignedHeaderAccepted()
{
    // Official clients sign more than the minimum (x-acs-credentials-provider, content-type).
    Call c = call(Scheme::V3, Transport::PostQuery, listAction);
    c.extraSignedHeaders.insert("x-acs-credentials-provider", "static_ak");
    QCOMPARE(send(c).status, 200);
}

void TestEmulatorProtocol::inactiveKey_data()
{
    addSchemeColumns();
    schemeRows("inactive key", [](QTestData &) {});
}

void TestEmulatorProtocol::inactiveKey()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    EmulatorConfig config;
    config.key = {QStringLiteral("testid"), QStringLiteral("testsecret"), QString()};
    config.keyInactive = true;
    config.clock = [this] { return m_now; };
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
    const HttpAnswer answer = send(call(scheme, transport, listAction));
    verifyErrorShape(answer, QStringLiteral("InvalidAccessKeyId.Inactive"));
    QCOMPARE(answer.status, 400);
}

void TestEmulatorProtocol::ramDenied_data()
{
    addSchemeColumns();
    schemeRows("denied", [](QTestData &) {});
}

void TestEmulatorProtocol::ramDenied()
{
    QFETCH(Scheme, scheme);
    QFETCH(Transport, transport);
    EmulatorConfig config;
    config.key = {QStringLiteral("testid"), QStringLiteral("testsecret"), QString()};
    config.deniedActions = {deleteAction};
    config.jobCount = 5;
    config.clock = [this] { return m_now; };
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
    const HttpAnswer denied = send(call(scheme, transport, deleteAction,
                                        {{QStringLiteral("JobId"), QStringLiteral("16602")}}));
    verifyErrorShape(denied, QStringLiteral("Forbidden.RAM"));
    QCOMPARE(denied.status, 403);
    QVERIFY(m_emulator->store().find(16602)); // nothing happened
    QCOMPARE(send(call(scheme, transport, listAction)).status, 200); // other actions still work
}

void TestEmulatorProtocol::wrongPathOrMethod_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("path /api") << crlf(
        "GET /api?Action=ListDeliveryHistoryJobs HTTP/1.1\nHost: h\nContent-Length: 0\n\n");
    QTest::newRow("method PUT") << crlf(
        "PUT /?Action=ListDeliveryHistoryJobs HTTP/1.1\nHost: h\nContent-Length: 0\n\n");
}

void TestEmulatorProtocol::wrongPathOrMethod()
{
    QFETCH(QByteArray, request);
    const HttpAnswer answer = exchange(m_emulator->port(), request);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.code(), QStringLiteral("InvalidApi.NotFound"));
}

QTEST_GUILESS_MAIN(TestEmulatorProtocol)
#include "tst_emulatorprotocol.moc"
