// Parsing DescribeTrails, GetTrailStatus and DescribeRegions: the shapes the specification gives,
// absent optional fields, and hostile shapes (wrong types, huge counts, huge fields), each of which
// must be refused naming the field, never read as a silent default.
#include "api/responseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

QJsonObject sampleTrail()
{
    return QJsonObject {
        {QStringLiteral("Name"), QStringLiteral("trail-name")},
        {QStringLiteral("HomeRegion"), QStringLiteral("cn-hangzhou")},
        {QStringLiteral("Region"), QStringLiteral("cn-hangzhou")},
        {QStringLiteral("TrailRegion"), QStringLiteral("All")},
        {QStringLiteral("Status"), QStringLiteral("Enable")},
        {QStringLiteral("EventRW"), QStringLiteral("Write")},
        {QStringLiteral("SlsProjectArn"),
         QStringLiteral("acs:log:cn-qingdao:1594986938260000:project/audit-log")},
        {QStringLiteral("SlsWriteRoleArn"),
         QStringLiteral("acs:ram::1594986938260000:role/aliyunactiontraildefaultrole")},
        {QStringLiteral("OssBucketName"), QStringLiteral("")},
        {QStringLiteral("IsOrganizationTrail"), false},
        {QStringLiteral("TrailArn"),
         QStringLiteral("acs:actiontrail:cn-hangzhou:1594986938260000:trail/trail-name")},
        {QStringLiteral("CreateTime"), QStringLiteral("2026-08-01T09:00:00Z")},
        {QStringLiteral("UpdateTime"), QStringLiteral("2026-08-02T09:00:00Z")},
        {QStringLiteral("StartLoggingTime"), QStringLiteral("2026-08-01T09:05:00Z")},
        {QStringLiteral("StopLoggingTime"), QStringLiteral("")},
    };
}

QByteArray trailsBody(const QJsonObject &trail)
{
    return bytes(QJsonObject {{QStringLiteral("TrailList"), QJsonArray {trail}},
                              {QStringLiteral("RequestId"), QStringLiteral("R-1")}});
}

QByteArray trailsWithField(const QString &field, const QJsonValue &value)
{
    QJsonObject trail = sampleTrail();
    if (value.isUndefined())
        trail.remove(field);
    else
        trail.insert(field, value);
    return trailsBody(trail);
}

QJsonObject sampleStatus()
{
    return QJsonObject {
        {QStringLiteral("IsLogging"), true},
        {QStringLiteral("StartLoggingTime"), QStringLiteral("2026-08-01T09:05:00Z")},
        {QStringLiteral("StopLoggingTime"), QStringLiteral("")},
        {QStringLiteral("LatestDeliveryTime"), QStringLiteral("2026-12-07T07:00:00Z")},
        {QStringLiteral("LatestDeliveryError"), QStringLiteral("")},
        {QStringLiteral("LatestDeliveryLogServiceTime"), QStringLiteral("2026-12-07T07:01:00Z")},
        {QStringLiteral("LatestDeliveryLogServiceError"),
         QStringLiteral("write sls failed, exception: ProjectNotExist")},
        {QStringLiteral("OssBucketStatus"), false},
        {QStringLiteral("SlsLogStoreStatus"), true},
        {QStringLiteral("RequestId"), QStringLiteral("R-2")},
    };
}

QByteArray regionsBody(const QJsonArray &regions)
{
    return bytes(
        QJsonObject {{QStringLiteral("Regions"), QJsonObject {{QStringLiteral("Region"), regions}}},
                     {QStringLiteral("RequestId"), QStringLiteral("R-3")}});
}
} // namespace

class tst_TrailParser : public QObject
{
    Q_OBJECT

private slots:
    void trailSample()
    {
        QList<Trail> trails;
        QString requestId;
        QVERIFY(!ResponseParser::parseTrails(trailsBody(sampleTrail()), &trails, &requestId));
        QCOMPARE(requestId, QStringLiteral("R-1"));
        QCOMPARE(trails.size(), 1);
        const Trail &trail = trails.first();
        QCOMPARE(trail.name, QStringLiteral("trail-name"));
        QCOMPARE(trail.homeRegion, QStringLiteral("cn-hangzhou"));
        QCOMPARE(trail.trailRegion, QStringLiteral("All"));
        QVERIFY(trail.isLogging());
        QVERIFY(trail.deliversToSls());
        QVERIFY(!trail.isOrganizationTrail);
        QCOMPARE(trail.startLoggingTime, utc("2026-08-01T09:05:00Z"));
        QVERIFY(trail.stopLoggingTime.isNull()); // "" is "has not happened"
        QVERIFY(BackfillReadiness::of(trail, QStringLiteral("cn-hangzhou")).isReady());
    }

    void absentOptionalFieldsAreEmpty_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"TrailRegion", "Status", "EventRW", "SlsProjectArn",
                                  "SlsWriteRoleArn", "OssBucketName", "MaxComputeProjectArn",
                                  "OrganizationId", "TrailArn", "IsOrganizationTrail", "CreateTime",
                                  "UpdateTime", "StartLoggingTime", "StopLoggingTime"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }
    void absentOptionalFieldsAreEmpty()
    {
        QFETCH(QString, field);
        QList<Trail> trails;
        QString requestId;
        QVERIFY(!ResponseParser::parseTrails(trailsWithField(field, QJsonValue::Undefined), &trails,
                                             &requestId));
        QVERIFY(!ResponseParser::parseTrails(trailsWithField(field, QJsonValue::Null), &trails,
                                             &requestId));
    }

    void hostileTrailsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("no Name") << trailsWithField(QStringLiteral("Name"), QJsonValue::Undefined)
                                 << QStringLiteral("TrailList[0].Name");
        QTest::newRow("empty Name") << trailsWithField(QStringLiteral("Name"), QString())
                                    << QStringLiteral("TrailList[0].Name");
        QTest::newRow("Name a number")
            << trailsWithField(QStringLiteral("Name"), 7) << QStringLiteral("TrailList[0].Name");
        QTest::newRow("no HomeRegion")
            << trailsWithField(QStringLiteral("HomeRegion"), QJsonValue::Undefined)
            << QStringLiteral("TrailList[0].HomeRegion");
        QTest::newRow("huge Name") << trailsWithField(
            QStringLiteral("Name"), QString(ResponseParser::maxFieldLength + 1, QLatin1Char('a')))
                                   << QStringLiteral("TrailList[0].Name");
        QTest::newRow("huge SlsProjectArn")
            << trailsWithField(QStringLiteral("SlsProjectArn"),
                               QString(ResponseParser::maxFieldLength + 1, QLatin1Char('a')))
            << QStringLiteral("TrailList[0].SlsProjectArn");
        QTest::newRow("Status an object")
            << trailsWithField(QStringLiteral("Status"), QJsonObject())
            << QStringLiteral("TrailList[0].Status");
        QTest::newRow("IsOrganizationTrail a string")
            << trailsWithField(QStringLiteral("IsOrganizationTrail"), QStringLiteral("true"))
            << QStringLiteral("TrailList[0].IsOrganizationTrail");
        QTest::newRow("StartLoggingTime local") << trailsWithField(
            QStringLiteral("StartLoggingTime"), QStringLiteral("2026-08-01 09:05:00"))
                                                << QStringLiteral("TrailList[0].StartLoggingTime");
        QTest::newRow("trail a string")
            << bytes(QJsonObject {{QStringLiteral("TrailList"), QJsonArray {QStringLiteral("x")}},
                                  {QStringLiteral("RequestId"), QStringLiteral("R")}})
            << QStringLiteral("TrailList[0]");
        QTest::newRow("TrailList an object")
            << bytes(QJsonObject {{QStringLiteral("TrailList"), QJsonObject()},
                                  {QStringLiteral("RequestId"), QStringLiteral("R")}})
            << QStringLiteral("TrailList");
        QTest::newRow("no RequestId")
            << bytes(QJsonObject {{QStringLiteral("TrailList"), QJsonArray()}})
            << QStringLiteral("RequestId");
        QJsonArray many;
        for (int i = 0; i <= ResponseParser::maxTrails; ++i)
            many.append(sampleTrail());
        QTest::newRow("more trails than the cap")
            << bytes(QJsonObject {{QStringLiteral("TrailList"), many},
                                  {QStringLiteral("RequestId"), QStringLiteral("R")}})
            << QStringLiteral("TrailList");
    }
    void hostileTrailsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        QList<Trail> trails {Trail()};
        QString requestId = QStringLiteral("untouched");
        const auto error = ResponseParser::parseTrails(body, &trails, &requestId);
        QVERIFY(error);
        QCOMPARE(error->kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error->detail.contains(named), qPrintable(error->detail));
        QCOMPARE(trails.size(), 1); // outputs untouched on failure
        QCOMPARE(requestId, QStringLiteral("untouched"));
    }

    void trailsRoundTrip()
    {
        QList<Trail> trails;
        QString requestId;
        QVERIFY(!ResponseParser::parseTrails(trailsBody(sampleTrail()), &trails, &requestId));
        QList<Trail> again;
        QString againId;
        QVERIFY(!ResponseParser::parseTrails(bytes(ResponseParser::trailsToJson(trails, requestId)),
                                             &again, &againId));
        QCOMPARE(again, trails);
        QCOMPARE(againId, requestId);
    }

    void statusSample()
    {
        TrailStatus status;
        QVERIFY(!ResponseParser::parseTrailStatus(bytes(sampleStatus()), &status));
        QVERIFY(status.isLogging);
        QVERIFY(status.slsLogStoreStatus);
        QVERIFY(!status.ossBucketStatus);
        QCOMPARE(status.latestDeliveryTime, utc("2026-12-07T07:00:00Z"));
        QCOMPARE(status.latestDeliveryLogServiceError,
                 QStringLiteral("write sls failed, exception: ProjectNotExist"));
        QVERIFY(status.stopLoggingTime.isNull());
        QCOMPARE(status.requestId, QStringLiteral("R-2"));
    }

    void longDeliveryErrorIsCutNotRefused()
    {
        QJsonObject body = sampleStatus();
        body.insert(QStringLiteral("LatestDeliveryLogServiceError"),
                    QString(1024 * 1024, QLatin1Char('e')));
        TrailStatus status;
        QVERIFY(!ResponseParser::parseTrailStatus(bytes(body), &status));
        QCOMPARE(status.latestDeliveryLogServiceError.size(), ResponseParser::maxErrorTextLength);
        QVERIFY(status.latestDeliveryLogServiceError.endsWith(QStringLiteral("...")));
        TrailStatus again;
        QVERIFY(!ResponseParser::parseTrailStatus(bytes(ResponseParser::trailStatusToJson(status)),
                                                  &again));
        QCOMPARE(again.latestDeliveryLogServiceError, status.latestDeliveryLogServiceError);
    }

    void hostileStatus_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("IsLogging a string")
            << QStringLiteral("IsLogging") << QJsonValue(QStringLiteral("true"));
        QTest::newRow("IsLogging a number") << QStringLiteral("IsLogging") << QJsonValue(1);
        QTest::newRow("LatestDeliveryTime garbage")
            << QStringLiteral("LatestDeliveryTime") << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("error an array")
            << QStringLiteral("LatestDeliveryError") << QJsonValue(QJsonArray());
        QTest::newRow("no RequestId")
            << QStringLiteral("RequestId") << QJsonValue(QJsonValue::Undefined);
    }
    void hostileStatus()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = sampleStatus();
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        TrailStatus status;
        const auto error = ResponseParser::parseTrailStatus(bytes(body), &status);
        QVERIFY(error);
        QVERIFY2(error->detail.contains(field), qPrintable(error->detail));
    }

    void regionsSample()
    {
        QList<ServiceRegion> regions;
        QString requestId;
        QVERIFY(!ResponseParser::parseRegions(
            regionsBody(QJsonArray {
                QJsonObject {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                             {QStringLiteral("RegionEndpoint"),
                              QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com")},
                             {QStringLiteral("LocalName"), QStringLiteral("华东1（杭州）")}},
                QJsonObject {{QStringLiteral("RegionId"), QStringLiteral("cn-beijing")}}}),
            &regions, &requestId));
        QCOMPARE(regions.size(), 2);
        QCOMPARE(regions.at(0).regionEndpoint,
                 QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com"));
        QCOMPARE(regions.at(0).localName, QStringLiteral("华东1（杭州）"));
        QCOMPARE(regions.at(1).regionId, QStringLiteral("cn-beijing"));
        QCOMPARE(requestId, QStringLiteral("R-3"));
    }

    void hostileRegions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("Regions an array")
            << bytes(QJsonObject {{QStringLiteral("Regions"), QJsonArray()},
                                  {QStringLiteral("RequestId"), QStringLiteral("R")}})
            << QStringLiteral("Regions");
        QTest::newRow("no Region inside")
            << bytes(QJsonObject {{QStringLiteral("Regions"), QJsonObject()},
                                  {QStringLiteral("RequestId"), QStringLiteral("R")}})
            << QStringLiteral("Regions.Region");
        QTest::newRow("RegionId missing") << regionsBody(QJsonArray {QJsonObject {}})
                                          << QStringLiteral("Regions.Region[0].RegionId");
        QTest::newRow("RegionId empty")
            << regionsBody(QJsonArray {QJsonObject {{QStringLiteral("RegionId"), QString()}}})
            << QStringLiteral("Regions.Region[0].RegionId");
        QJsonArray many;
        for (int i = 0; i <= ResponseParser::maxRegions; ++i)
            many.append(QJsonObject {{QStringLiteral("RegionId"), QStringLiteral("r")}});
        QTest::newRow("more regions than the cap")
            << regionsBody(many) << QStringLiteral("Regions.Region");
    }
    void hostileRegions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        QList<ServiceRegion> regions;
        QString requestId;
        const auto error = ResponseParser::parseRegions(body, &regions, &requestId);
        QVERIFY(error);
        QVERIFY2(error->detail.contains(named), qPrintable(error->detail));
    }

    void notJsonIsRefusedByEach_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << trailsBody(sampleTrail()).chopped(3);
    }
    void notJsonIsRefusedByEach()
    {
        QFETCH(QByteArray, body);
        QList<Trail> trails;
        QList<ServiceRegion> regions;
        TrailStatus status;
        QString requestId;
        QVERIFY(ResponseParser::parseTrails(body, &trails, &requestId)->bodyNotJson);
        QVERIFY(ResponseParser::parseTrailStatus(body, &status)->bodyNotJson);
        QVERIFY(ResponseParser::parseRegions(body, &regions, &requestId)->bodyNotJson);
    }
};

QTEST_GUILESS_MAIN(tst_TrailParser)
#include "tst_trailparser.moc"
