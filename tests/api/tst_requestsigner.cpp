// RequestSigner against Alibaba's worked examples (spec section 7) and the encoding table
// (section 6). Expected values are copied from the spec, never produced by our own code.
#include "api/percentencoding.h"
#include "api/requestsigner.h"

#include <QTest>

namespace {
using Params = QMap<QString, QString>;
using Headers = QMap<QByteArray, QByteArray>;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

RequestSigner fixedSigner(SignatureVersion version, const char *isoTime, const char *nonce)
{
    const QDateTime time = utc(isoTime);
    const QString fixedNonce = QString::fromLatin1(nonce);
    return RequestSigner(
        version, [time] { return time; }, [fixedNonce] { return fixedNonce; });
}

QByteArray signatureOf(const SignedRequest &request, SignatureVersion version)
{
    if (version == SignatureVersion::V1)
        return request.queryParameters.value(QStringLiteral("Signature")).toLatin1();
    const QByteArray authorization = request.header("authorization");
    return authorization.mid(authorization.indexOf("Signature=") + 10);
}

const QByteArray emptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
} // namespace

class TestRequestSigner : public QObject
{
    Q_OBJECT

private slots:
    void percentEncoding_data();
    void percentEncoding();
    void timestampFormat_data();
    void timestampFormat();
    void canonicalQuerySortsByName();

    void v1KnownAnswers_data();
    void v1KnownAnswers();
    void v1ExampleStringToSign();
    void v1FullSigning_data();
    void v1FullSigning();

    void v3KnownAnswers_data();
    void v3KnownAnswers();
    void v3FullSigning_data();
    void v3FullSigning();
    void v3EmptyBodyHash();

    void stsTokenPlacementV3();
    void stsTokenPlacementV1();
    void v1FormBodyFieldsAreSigned();

    void anyChangedByteChangesSignature_data();
    void anyChangedByteChangesSignature();
    void freshNonceAndTimePerSignature();
};

void TestRequestSigner::percentEncoding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("space is %20, never +") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("star is encoded") << QStringLiteral("*") << QByteArray("%2A");
    QTest::newRow("tilde stays") << QStringLiteral("~") << QByteArray("~");
    QTest::newRow("plus is encoded") << QStringLiteral("+") << QByteArray("%2B");
    QTest::newRow("slash is encoded") << QStringLiteral("/") << QByteArray("%2F");
    QTest::newRow("unreserved stay") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("non-ASCII as UTF-8, upper-case hex")
        << QStringLiteral("中") << QByteArray("%E4%B8%AD");
    QTest::newRow("empty value") << QString() << QByteArray();
    QTest::newRow("colon and equals") << QStringLiteral("12:46=") << QByteArray("12%3A46%3D");
    QTest::newRow("spec section 6 example")
        << QStringLiteral("a b*c~d+e/f!'()中")
        << QByteArray("a%20b%2Ac~d%2Be%2Ff%21%27%28%29%E4%B8%AD");
    QTest::newRow("ASCII after non-ASCII")
        << QStringLiteral("é a/b") << QByteArray("%C3%A9%20a%2Fb");
    QTest::newRow("DEL and control characters")
        << QString::fromLatin1("\x7f\t\n") << QByteArray("%7F%09%0A");
    QTest::newRow("percent itself") << QStringLiteral("100%") << QByteArray("100%25");
    QTest::newRow("4-byte UTF-8") << QString::fromUtf8("\xF0\x9F\x98\x80")
                                  << QByteArray("%F0%9F%98%80");
}

void TestRequestSigner::percentEncoding()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(alibabaPercentEncode(input), expected);
    QCOMPARE(alibabaPercentEncode(input.toUtf8()), expected);
    // Appending keeps what was there.
    QByteArray appended("x=");
    appendAlibabaPercentEncoded(appended, QStringView(input));
    QCOMPARE(appended, "x=" + expected);
}

void TestRequestSigner::timestampFormat_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    const auto at = [](int y, int mo, int d, int h, int mi, int s, int ms, int offsetSeconds) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::OffsetFromUTC, offsetSeconds);
    };
    QTest::newRow("UTC") << at(2024, 1, 2, 3, 4, 5, 0, 0) << QStringLiteral("2024-01-02T03:04:05Z");
    QTest::newRow("milliseconds dropped, not rounded")
        << at(2024, 1, 2, 3, 4, 5, 999, 0) << QStringLiteral("2024-01-02T03:04:05Z");
    QTest::newRow("offset converted to UTC, across a day")
        << at(2024, 3, 1, 7, 30, 0, 0, 8 * 3600) << QStringLiteral("2024-02-29T23:30:00Z");
    QTest::newRow("negative offset, across a year")
        << at(2025, 12, 31, 20, 0, 1, 0, -5 * 3600) << QStringLiteral("2026-01-01T01:00:01Z");
    QTest::newRow("last second of a day")
        << at(2026, 11, 21, 23, 59, 59, 0, 0) << QStringLiteral("2026-11-21T23:59:59Z");
    QTest::newRow("before the epoch")
        << at(1969, 12, 31, 23, 59, 59, 0, 0) << QStringLiteral("1969-12-31T23:59:59Z");
    QTest::newRow("the epoch") << at(1970, 1, 1, 0, 0, 0, 0, 0)
                               << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("year below 1000 padded")
        << at(999, 5, 6, 7, 8, 9, 0, 0) << QStringLiteral("0999-05-06T07:08:09Z");
}

void TestRequestSigner::timestampFormat()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(RequestSigner::formatTimestamp(time), expected);
    QCOMPARE(RequestSigner::timestampBytes(time), expected.toLatin1());
}

void TestRequestSigner::canonicalQuerySortsByName()
{
    Params params;
    params.insert(QStringLiteral("b"), QStringLiteral("2"));
    params.insert(QStringLiteral("a"), QStringLiteral("1"));
    params.insert(QStringLiteral("PageSize"), QStringLiteral("20"));
    params.insert(QStringLiteral("B1"), QStringLiteral("x y"));
    params.insert(QStringLiteral("Empty"), QString());
    // Byte order: upper case before lower case.
    QCOMPARE(alibabaCanonicalQuery(params), QByteArray("B1=x%20y&Empty=&PageSize=20&a=1&b=2"));
}

void TestRequestSigner::v1KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QByteArray>("expectedSignature");

    const Params v1a {
        {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
        {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
        {QStringLiteral("Format"), QStringLiteral("XML")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
    QTest::newRow("V1-a DescribeRegions GET")
        << QByteArray("GET") << v1a << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");

    const Params v1b {
        {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
        {QStringLiteral("Action"), QStringLiteral("DescribeDedicatedHosts")},
        {QStringLiteral("Format"), QStringLiteral("JSON")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-beijing")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("edb2b34af0af9a6d14deaf7c1a5315eb")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("Timestamp"), QStringLiteral("2023-03-13T08:34:30Z")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
    QTest::newRow("V1-b GET") << QByteArray("GET") << v1b
                              << QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
    QTest::newRow("V1-b POST") << QByteArray("POST") << v1b
                               << QByteArray("ZvQ9xGiFnquSJRvj+WE6kdSpTwU=");

    const Params v1c {{QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
                      {QStringLiteral("Action"), QStringLiteral("CreateDeliveryHistoryJob")},
                      {QStringLiteral("ClientToken"), QStringLiteral("a b*c~d+e/f!'()中")},
                      {QStringLiteral("Format"), QStringLiteral("JSON")},
                      {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
                      {QStringLiteral("SignatureNonce"), QStringLiteral("n1")},
                      {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
                      {QStringLiteral("Timestamp"), QStringLiteral("2024-01-02T03:04:05Z")},
                      {QStringLiteral("TrailName"), QStringLiteral("trail-name")},
                      {QStringLiteral("Version"), QStringLiteral("2020-07-06")}};
    QTest::newRow("V1-c ActionTrail encoding edge cases POST")
        << QByteArray("POST") << v1c << QByteArray("GJlLpZ0dHJ7Bejr7HS+kUxsNP1k=");
}

void TestRequestSigner::v1KnownAnswers()
{
    QFETCH(QByteArray, method);
    QFETCH(Params, params);
    QFETCH(QByteArray, expectedSignature);
    const QByteArray stringToSign = RequestSigner::v1StringToSign(method, params);
    QCOMPARE(RequestSigner::v1Signature(QStringLiteral("testsecret"), stringToSign),
             expectedSignature);
}

void TestRequestSigner::v1ExampleStringToSign()
{
    const Params v1a {
        {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
        {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
        {QStringLiteral("Format"), QStringLiteral("XML")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
    QCOMPARE(RequestSigner::v1StringToSign("GET", v1a),
             QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26"
                        "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-"
                        "4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%"
                        "253A24Z%26Version%3D2014-05-26"));
    // The signature travels percent-encoded on the wire.
    SignedRequest wire;
    wire.queryParameters.insert(QStringLiteral("Signature"),
                                QStringLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    QCOMPARE(wire.encodedQuery(), QByteArray("Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"));
}

void TestRequestSigner::v1FullSigning_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<Params>("businessParams");
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("expectedSignature");

    const Params region {{QStringLiteral("RegionId"), QStringLiteral("cn-beijing")}};
    QTest::newRow("V1-b GET") << QByteArray("GET") << QStringLiteral("DescribeDedicatedHosts")
                              << QStringLiteral("2014-05-26") << region
                              << QByteArray("2023-03-13T08:34:30Z")
                              << QByteArray("edb2b34af0af9a6d14deaf7c1a5315eb")
                              << QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
    QTest::newRow("V1-b POST") << QByteArray("POST") << QStringLiteral("DescribeDedicatedHosts")
                               << QStringLiteral("2014-05-26") << region
                               << QByteArray("2023-03-13T08:34:30Z")
                               << QByteArray("edb2b34af0af9a6d14deaf7c1a5315eb")
                               << QByteArray("ZvQ9xGiFnquSJRvj+WE6kdSpTwU=");
    const Params create {{QStringLiteral("ClientToken"), QStringLiteral("a b*c~d+e/f!'()中")},
                         {QStringLiteral("TrailName"), QStringLiteral("trail-name")}};
    QTest::newRow("V1-c POST") << QByteArray("POST") << QStringLiteral("CreateDeliveryHistoryJob")
                               << QStringLiteral("2020-07-06") << create
                               << QByteArray("2024-01-02T03:04:05Z") << QByteArray("n1")
                               << QByteArray("GJlLpZ0dHJ7Bejr7HS+kUxsNP1k=");
}

void TestRequestSigner::v1FullSigning()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, action);
    QFETCH(QString, apiVersion);
    QFETCH(Params, businessParams);
    QFETCH(QByteArray, time);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, expectedSignature);

    UnsignedRequest request;
    request.method = method;
    request.host = QStringLiteral("example.aliyuncs.com");
    request.action = action;
    request.apiVersion = apiVersion;
    request.parameters = businessParams;
    const SignedRequest signedRequest
        = fixedSigner(SignatureVersion::V1, time.constData(), nonce.constData())
              .sign(request,
                    AccessKey {QStringLiteral("testid"), QStringLiteral("testsecret"), {}});
    QCOMPARE(signatureOf(signedRequest, SignatureVersion::V1), expectedSignature);
    QVERIFY(signedRequest.header("authorization").isEmpty());
}

void TestRequestSigner::v3KnownAnswers_data()
{
    QTest::addColumn<Params>("query");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expectedCanonicalHash");
    QTest::addColumn<QByteArray>("expectedSignature");

    QTest::newRow("V3-a RunInstances")
        << Params {{QStringLiteral("ImageId"),
                    QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
                   {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}}
        << Headers {{"host", "ecs.cn-shanghai.aliyuncs.com"},
                    {"x-acs-action", "RunInstances"},
                    {"x-acs-content-sha256", emptyBodyHash},
                    {"x-acs-date", "2023-10-26T10:22:32Z"},
                    {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                    {"x-acs-version", "2014-05-26"}}
        << QStringLiteral("YourAccessKeySecret")
        << QByteArray("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259")
        << QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");

    QTest::newRow("V3-b GetDeliveryHistoryJob")
        << Params {{QStringLiteral("JobId"), QStringLiteral("16602")}}
        << Headers {{"host", "actiontrail.cn-hangzhou.aliyuncs.com"},
                    {"x-acs-action", "GetDeliveryHistoryJob"},
                    {"x-acs-content-sha256", emptyBodyHash},
                    {"x-acs-date", "2024-01-02T03:04:05Z"},
                    {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
                    {"x-acs-version", "2020-07-06"}}
        << QStringLiteral("testsecret")
        << QByteArray("80e11458260fab7560516519191bfb03352a0ab14803ad7dd349d1891316440d")
        << QByteArray("557c3a2e0f23285ca3cd7109e788fae6185c30bbcb64ddd2a0c50ed4bfd6e355");
}

void TestRequestSigner::v3KnownAnswers()
{
    QFETCH(Params, query);
    QFETCH(Headers, headers);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expectedCanonicalHash);
    QFETCH(QByteArray, expectedSignature);

    const QByteArray canonical
        = RequestSigner::v3CanonicalRequest("POST", query, headers, emptyBodyHash);
    QCOMPARE(RequestSigner::hexSha256(canonical), expectedCanonicalHash);
    QCOMPARE(RequestSigner::v3Signature(secret, RequestSigner::v3StringToSign(canonical)),
             expectedSignature);
}

void TestRequestSigner::v3FullSigning_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<Params>("params");
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<AccessKey>("key");
    QTest::addColumn<QByteArray>("expectedAuthorization");

    QTest::newRow("V3-a RunInstances")
        << QStringLiteral("ecs.cn-shanghai.aliyuncs.com") << QStringLiteral("RunInstances")
        << QStringLiteral("2014-05-26")
        << Params {{QStringLiteral("ImageId"),
                    QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
                   {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}}
        << QByteArray("2023-10-26T10:22:32Z")
        << AccessKey {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}}
        << QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                      "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                      "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    QTest::newRow("V3-b GetDeliveryHistoryJob")
        << QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com")
        << QStringLiteral("GetDeliveryHistoryJob") << QStringLiteral("2020-07-06")
        << Params {{QStringLiteral("JobId"), QStringLiteral("16602")}}
        << QByteArray("2024-01-02T03:04:05Z")
        << AccessKey {QStringLiteral("testid"), QStringLiteral("testsecret"), {}}
        << QByteArray("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;"
                      "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                      "Signature=557c3a2e0f23285ca3cd7109e788fae6185c30bbcb64ddd2a0c50ed4bfd6e355");
}

void TestRequestSigner::v3FullSigning()
{
    QFETCH(QString, host);
    QFETCH(QString, action);
    QFETCH(QString, apiVersion);
    QFETCH(Params, params);
    QFETCH(QByteArray, time);
    QFETCH(AccessKey, key);
    QFETCH(QByteArray, expectedAuthorization);

    UnsignedRequest request;
    request.host = host;
    request.action = action;
    request.apiVersion = apiVersion;
    request.parameters = params;
    const SignedRequest signedRequest
        = fixedSigner(SignatureVersion::V3, time.constData(), "3156853299f313e23d1673dc12e1703d")
              .sign(request, key);
    QCOMPARE(signedRequest.header("authorization"), expectedAuthorization);
    QCOMPARE(signedRequest.header("x-acs-date"), time);
    QCOMPARE(signedRequest.header("x-acs-content-sha256"), emptyBodyHash);
    QCOMPARE(signedRequest.queryParameters, params);
}

void TestRequestSigner::v3EmptyBodyHash()
{
    QCOMPARE(RequestSigner::hexSha256({}), emptyBodyHash);
}

void TestRequestSigner::stsTokenPlacementV3()
{
    UnsignedRequest request;
    request.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    request.action = QStringLiteral("ListDeliveryHistoryJobs");
    request.apiVersion = QStringLiteral("2020-07-06");
    const AccessKey sts {QStringLiteral("STS.id"), QStringLiteral("secret"),
                         QStringLiteral("tok+en/=")};
    const SignedRequest signedRequest
        = fixedSigner(SignatureVersion::V3, "2024-01-02T03:04:05Z", "n").sign(request, sts);

    QCOMPARE(signedRequest.header("x-acs-security-token"), QByteArray("tok+en/="));
    const QByteArray authorization = signedRequest.header("authorization");
    QVERIFY2(authorization.contains(";x-acs-security-token;"), authorization.constData());
    QVERIFY(!signedRequest.queryParameters.contains(QStringLiteral("SecurityToken")));

    // The token is signed: recompute over the headers with it, and it must match.
    QMap<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : signedRequest.headers) {
        if (RequestSigner::v3IsSignedHeader(name))
            headers.insert(name, value);
    }
    const QByteArray expected = RequestSigner::v3Signature(
        sts.secret,
        RequestSigner::v3StringToSign(
            RequestSigner::v3CanonicalRequest("POST", {}, headers, RequestSigner::hexSha256({}))));
    QVERIFY(authorization.endsWith("Signature=" + expected));
    headers.remove("x-acs-security-token");
    const QByteArray withoutToken = RequestSigner::v3Signature(
        sts.secret,
        RequestSigner::v3StringToSign(
            RequestSigner::v3CanonicalRequest("POST", {}, headers, RequestSigner::hexSha256({}))));
    QVERIFY(!authorization.endsWith("Signature=" + withoutToken));
}

void TestRequestSigner::stsTokenPlacementV1()
{
    UnsignedRequest request;
    request.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    request.action = QStringLiteral("ListDeliveryHistoryJobs");
    request.apiVersion = QStringLiteral("2020-07-06");
    const AccessKey sts {QStringLiteral("STS.id"), QStringLiteral("secret"),
                         QStringLiteral("tok+en")};
    const SignedRequest signedRequest
        = fixedSigner(SignatureVersion::V1, "2024-01-02T03:04:05Z", "n").sign(request, sts);

    QCOMPARE(signedRequest.queryParameters.value(QStringLiteral("SecurityToken")),
             QStringLiteral("tok+en"));
    QVERIFY(signedRequest.header("x-acs-security-token").isEmpty());
    // Signed like any other parameter: the signature covers it.
    const QByteArray expected = RequestSigner::v1Signature(
        sts.secret, RequestSigner::v1StringToSign("POST", signedRequest.queryParameters));
    QCOMPARE(signatureOf(signedRequest, SignatureVersion::V1), expected);
    Params withoutToken = signedRequest.queryParameters;
    withoutToken.remove(QStringLiteral("SecurityToken"));
    QVERIFY(
        RequestSigner::v1Signature(sts.secret, RequestSigner::v1StringToSign("POST", withoutToken))
        != expected);
}

void TestRequestSigner::v1FormBodyFieldsAreSigned()
{
    // The V1-c parameters, but TrailName and ClientToken travel in a form body: the signature
    // must be the spec's, because a verifier works on decoded query + form values.
    UnsignedRequest request;
    request.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    request.action = QStringLiteral("CreateDeliveryHistoryJob");
    request.apiVersion = QStringLiteral("2020-07-06");
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "TrailName=trail-name&ClientToken=a+b%2Ac~d%2Be%2Ff%21%27%28%29%E4%B8%AD";
    const SignedRequest signedRequest
        = fixedSigner(SignatureVersion::V1, "2024-01-02T03:04:05Z", "n1")
              .sign(request,
                    AccessKey {QStringLiteral("testid"), QStringLiteral("testsecret"), {}});
    QCOMPARE(signatureOf(signedRequest, SignatureVersion::V1),
             QByteArray("GJlLpZ0dHJ7Bejr7HS+kUxsNP1k="));
    QVERIFY(!signedRequest.queryParameters.contains(QStringLiteral("TrailName")));
    QCOMPARE(signedRequest.body, request.body);
}

void TestRequestSigner::anyChangedByteChangesSignature_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("what");
    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        const char *prefix = version == SignatureVersion::V3 ? "V3" : "V1";
        for (const char *what :
             {"method", "parameter value", "parameter name", "host header", "action", "body",
              "content type", "secret", "time", "nonce", "api version", "key id"}) {
            QTest::addRow("%s: %s", prefix, what) << int(version) << QString::fromLatin1(what);
        }
    }
}

void TestRequestSigner::anyChangedByteChangesSignature()
{
    QFETCH(int, version);
    QFETCH(QString, what);
    const auto scheme = SignatureVersion(version);

    UnsignedRequest base;
    base.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    base.action = QStringLiteral("ListDeliveryHistoryJobs");
    base.apiVersion = QStringLiteral("2020-07-06");
    base.parameters = {{QStringLiteral("PageNumber"), QStringLiteral("2")},
                       {QStringLiteral("PageSize"), QStringLiteral("50")}};
    base.contentType = "application/json";
    base.body = "{\"a\":1}";
    AccessKey key {QStringLiteral("testid"), QStringLiteral("testsecret"), {}};
    const char *time = "2024-01-02T03:04:05Z";
    const char *nonce = "nonce-1";

    const QByteArray original
        = signatureOf(fixedSigner(scheme, time, nonce).sign(base, key), scheme);

    UnsignedRequest changed = base;
    if (what == QLatin1String("method"))
        changed.method = "GET";
    else if (what == QLatin1String("parameter value"))
        changed.parameters[QStringLiteral("PageSize")] = QStringLiteral("51");
    else if (what == QLatin1String("parameter name"))
        changed.parameters = {{QStringLiteral("PageNumber"), QStringLiteral("2")},
                              {QStringLiteral("PageSizf"), QStringLiteral("50")}};
    else if (what == QLatin1String("host header"))
        changed.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.con");
    else if (what == QLatin1String("action"))
        changed.action = QStringLiteral("ListDeliveryHistoryJobz");
    else if (what == QLatin1String("body"))
        changed.body = "{\"a\":2}";
    else if (what == QLatin1String("content type"))
        changed.contentType = "application/jsoN";
    else if (what == QLatin1String("secret"))
        key.secret = QStringLiteral("testsecreT");
    else if (what == QLatin1String("api version"))
        changed.apiVersion = QStringLiteral("2020-07-07");
    else if (what == QLatin1String("key id"))
        key.id = QStringLiteral("testiD");

    const char *changedTime = what == QLatin1String("time") ? "2024-01-02T03:04:06Z" : time;
    const char *changedNonce = what == QLatin1String("nonce") ? "nonce-2" : nonce;
    const SignedRequest signedChanged
        = fixedSigner(scheme, changedTime, changedNonce).sign(changed, key);

    if (scheme == SignatureVersion::V1
        && (what == QLatin1String("body") || what == QLatin1String("content type")
            || what == QLatin1String("host header"))) {
        // V1 signs parameters only: body (when not a form), content type and host are not
        // covered by the scheme itself. The signature must stay the same here: that is the
        // scheme, and a difference would mean we sign something Alibaba does not.
        QCOMPARE(signatureOf(signedChanged, scheme), original);
        return;
    }
    if (scheme == SignatureVersion::V3 && what == QLatin1String("key id")) {
        // V3 names the key id in the Authorization header, outside the signed text.
        QVERIFY(signedChanged.header("authorization").contains("Credential=testiD,"));
        return;
    }
    QVERIFY2(signatureOf(signedChanged, scheme) != original, qPrintable(what));
}

void TestRequestSigner::freshNonceAndTimePerSignature()
{
    RequestSigner signer(SignatureVersion::V3);
    UnsignedRequest request;
    request.host = QStringLiteral("h");
    request.action = QStringLiteral("A");
    request.apiVersion = QStringLiteral("2020-07-06");
    const AccessKey key {QStringLiteral("id"), QStringLiteral("s"), {}};
    const SignedRequest first = signer.sign(request, key);
    const SignedRequest second = signer.sign(request, key);
    QVERIFY(first.header("x-acs-signature-nonce") != second.header("x-acs-signature-nonce"));
    QCOMPARE(first.header("x-acs-signature-nonce").size(), 32);
    const QDateTime date
        = QDateTime::fromString(QString::fromLatin1(first.header("x-acs-date")), Qt::ISODate);
    QVERIFY(date.isValid());
    QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
