// Parsing of the service's JSON: the documentation's own samples verbatim, and every way a body
// can be wrong, each of which must name the offending field.
#include "api/responseparser.h"
#include "domain/utctime.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
using TestSupport::getSample;
using TestSupport::listSample;
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

/** The list sample with its first job's `field` replaced (or removed when value is undefined). */
QByteArray listWithJobField(const QString &field, const QJsonValue &value)
{
    QJsonObject root = object(listSample());
    QJsonArray jobs = root.value(QStringLiteral("DeliveryHistoryJobs")).toArray();
    QJsonObject job = jobs.at(0).toObject();
    if (value.isUndefined())
        job.remove(field);
    else
        job.insert(field, value);
    jobs.replace(0, job);
    root.insert(QStringLiteral("DeliveryHistoryJobs"), jobs);
    return bytes(root);
}

QByteArray listWithTopField(const QString &field, const QJsonValue &value)
{
    QJsonObject root = object(listSample());
    if (value.isUndefined())
        root.remove(field);
    else
        root.insert(field, value);
    return bytes(root);
}

QByteArray getWithField(const QString &field, const QJsonValue &value)
{
    QJsonObject root = object(getSample());
    if (value.isUndefined())
        root.remove(field);
    else
        root.insert(field, value);
    return bytes(root);
}
} // namespace

class tst_ResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void listSampleVerbatim()
    {
        JobPage page;
        const auto error = ResponseParser::parseJobPage(listSample(), &page);
        QVERIFY2(!error, qPrintable(error ? error->detail : QString()));
        QCOMPARE(page.jobs.size(), 1);
        QCOMPARE(page.pageNumber, 1);
        QCOMPARE(page.pageSize, 20);
        QCOMPARE(page.totalCount, 1);
        QCOMPARE(page.requestId, QStringLiteral("B190816C-6DCA-4DC5-9B8E-EE0367B57CFF"));
        const DeliveryJob &job = page.jobs.first();
        QCOMPARE(job.jobId, qint64(16602));
        QCOMPARE(job.trailName, QStringLiteral("trail-name"));
        QCOMPARE(job.homeRegion, QStringLiteral("cn-hangzhou"));
        QCOMPARE(job.status, JobStatus::Complete);
        QCOMPARE(job.rawStatus, 2);
        QCOMPARE(job.eventsFrom, utc("2021-01-26T03:17:04Z"));
        QCOMPARE(job.eventsTo, utc("2021-04-26T03:22:04Z"));
        QCOMPARE(job.createdTime, utc("2021-04-26T03:17:04Z"));
        QCOMPARE(job.updatedTime, utc("2021-04-26T03:20:08Z"));
        QCOMPARE(job.createdTime.timeSpec(), Qt::UTC);
        QVERIFY(job.regions.isEmpty());
    }

    void getSampleVerbatim()
    {
        DeliveryJob job;
        QString requestId;
        const auto error = ResponseParser::parseJobDetail(getSample(), &job, &requestId);
        QVERIFY2(!error, qPrintable(error ? error->detail : QString()));
        QCOMPARE(requestId, QStringLiteral("FAFEC427-A00D-5653-B837-D0FA52220D8C"));
        QCOMPARE(job.jobId, qint64(16602));
        QCOMPARE(job.status, JobStatus::Complete);
        QCOMPARE(job.eventsFrom, utc("2021-02-26T07:15:03Z"));
        QCOMPARE(job.eventsTo, utc("2021-05-27T07:20:03Z"));
        QCOMPARE(job.createdTime, utc("2021-05-27T07:15:03Z"));
        QCOMPARE(job.updatedTime, utc("2021-05-27T07:28:47Z"));
        QCOMPARE(job.regions.size(), 1);
        QCOMPARE(job.regions.first().region, QStringLiteral("cn-hangzhou"));
        QCOMPARE(job.regions.first().status, JobStatus::Complete);
    }

    void serialisationRoundTripsToTheServiceShape_data()
    {
        QTest::addColumn<bool>("detail");
        QTest::newRow("ListDeliveryHistoryJobs") << false;
        QTest::newRow("GetDeliveryHistoryJob") << true;
    }
    void serialisationRoundTripsToTheServiceShape()
    {
        QFETCH(bool, detail);
        if (detail) {
            DeliveryJob job;
            QString requestId;
            QVERIFY(!ResponseParser::parseJobDetail(getSample(), &job, &requestId));
            QCOMPARE(ResponseParser::jobDetailToJson(job, requestId), object(getSample()));
        } else {
            JobPage page;
            QVERIFY(!ResponseParser::parseJobPage(listSample(), &page));
            QCOMPARE(ResponseParser::jobPageToJson(page), object(listSample()));
        }
    }

    void tolerantOfKeyOrderAndUnknownKeys()
    {
        // Reversed key order and extra keys at both levels, written by hand.
        const QByteArray body
            = "{\"TotalCount\":1,\"Extra\":{\"x\":[1,2]},\"RequestId\":\"r\","
              "            "
              "\"PageSize\":20,\"PageNumber\":1,\"DeliveryHistoryJobs\":[{\"UpdatedTime\":\"2021-"
              "04-26T03:20:08Z\","
              "            "
              "\"Unknown\":null,\"TrailName\":\"t\",\"StartTime\":\"2021-01-26T03:17:04Z\","
              "\"JobStatus\":1,"
              "            "
              "\"JobId\":7,\"HomeRegion\":\"cn-beijing\",\"EndTime\":\"2021-04-26T03:22:04Z\","
              "            \"CreatedTime\":\"2021-04-26T03:17:04Z\"}]}";
        JobPage page;
        const auto error = ResponseParser::parseJobPage(body, &page);
        QVERIFY2(!error, qPrintable(error ? error->detail : QString()));
        QCOMPARE(page.jobs.first().jobId, qint64(7));
        QCOMPARE(page.jobs.first().status, JobStatus::Delivering);
    }

    void malformedListNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QStringList jobFields
            = {QStringLiteral("JobId"),       QStringLiteral("TrailName"),
               QStringLiteral("HomeRegion"),  QStringLiteral("JobStatus"),
               QStringLiteral("StartTime"),   QStringLiteral("EndTime"),
               QStringLiteral("CreatedTime"), QStringLiteral("UpdatedTime")};
        const QStringList numeric = {QStringLiteral("JobId"), QStringLiteral("JobStatus")};
        for (const QString &field : jobFields) {
            const QString path = QStringLiteral("DeliveryHistoryJobs[0].") + field;
            QTest::addRow("missing %s", qPrintable(field))
                << listWithJobField(field, QJsonValue::Undefined) << path;
            QTest::addRow("null %s", qPrintable(field))
                << listWithJobField(field, QJsonValue::Null) << path;
            QTest::addRow("wrong type %s", qPrintable(field)) << listWithJobField(
                field, numeric.contains(field) ? QJsonValue(QStringLiteral("2")) : QJsonValue(5))
                                                              << path;
        }
        for (const char *field :
             {"PageNumber", "PageSize", "TotalCount", "RequestId", "DeliveryHistoryJobs"}) {
            const QString name = QString::fromLatin1(field);
            QTest::addRow("missing %s", field)
                << listWithTopField(name, QJsonValue::Undefined) << name;
            QTest::addRow("wrong type %s", field)
                << listWithTopField(name,
                                    name == QLatin1String("RequestId")
                                        ? QJsonValue(1)
                                        : QJsonValue(QStringLiteral("x")))
                << name;
        }
        QTest::newRow("fractional JobId") << listWithJobField(QStringLiteral("JobId"), 16602.5)
                                          << QStringLiteral("DeliveryHistoryJobs[0].JobId");
        QTest::newRow("negative JobId") << listWithJobField(QStringLiteral("JobId"), -3)
                                        << QStringLiteral("DeliveryHistoryJobs[0].JobId");
        QTest::newRow("JobStatus beyond 32 bits")
            << listWithJobField(QStringLiteral("JobStatus"), 5000000000.0)
            << QStringLiteral("DeliveryHistoryJobs[0].JobStatus");
        QTest::newRow("job not an object")
            << listWithTopField(QStringLiteral("DeliveryHistoryJobs"), QJsonArray {1})
            << QStringLiteral("DeliveryHistoryJobs[0]");
        QTest::newRow("PageSize fractional")
            << listWithTopField(QStringLiteral("PageSize"), 2.5) << QStringLiteral("PageSize");
    }
    void malformedListNamesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        JobPage page;
        page.totalCount = 12345; // must stay untouched on failure
        const auto error = ResponseParser::parseJobPage(body, &page);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!error->bodyNotJson);
        QVERIFY2(error->detail.contains(field), qPrintable(error->detail));
        QCOMPARE(page.totalCount, 12345);
    }

    void invalidTimestampsAreErrorsNamingTheField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("space instead of T") << QStringLiteral("2021-04-26 03:17:04Z");
        QTest::newRow("no Z") << QStringLiteral("2021-04-26T03:17:04");
        QTest::newRow("offset") << QStringLiteral("2021-04-26T03:17:04+08:00");
        QTest::newRow("milliseconds") << QStringLiteral("2021-04-26T03:17:04.123Z");
        QTest::newRow("month 13") << QStringLiteral("2021-13-26T03:17:04Z");
        QTest::newRow("February 30") << QStringLiteral("2021-02-30T03:17:04Z");
        QTest::newRow("hour 25") << QStringLiteral("2021-04-26T25:17:04Z");
        QTest::newRow("empty") << QString();
        QTest::newRow("epoch number as string") << QStringLiteral("1619407024");
        QTest::newRow("lower-case z") << QStringLiteral("2021-04-26T03:17:04z");
        QTest::newRow("full-width digits") << QString::fromUtf8("\xef\xbc\x92"
                                                                "021-04-26T03:17:04Z");
        QTest::newRow("year 0") << QStringLiteral("0000-04-26T03:17:04Z");
        QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z");
        QTest::newRow("trailing space") << QStringLiteral("2021-04-26T03:17:04Z ");
    }
    void invalidTimestampsAreErrorsNamingTheField()
    {
        QFETCH(QString, text);
        for (const char *field : {"StartTime", "EndTime", "CreatedTime", "UpdatedTime"}) {
            JobPage page;
            const auto error = ResponseParser::parseJobPage(
                listWithJobField(QString::fromLatin1(field), text), &page);
            QVERIFY(error.has_value());
            QVERIFY2(error->detail.contains(QStringLiteral("DeliveryHistoryJobs[0].")
                                            + QString::fromLatin1(field)),
                     qPrintable(error->detail));
        }
        QVERIFY(!ResponseParser::parseServiceTime(text).isValid());
    }

    void validTimestampsParseToTheInstant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        QTest::newRow("spec sample")
            << QStringLiteral("2021-04-26T03:17:04Z") << utc(2021, 4, 26, 3, 17, 4);
        QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z")
                               << utc(1970, 1, 1, 0, 0, 0);
        QTest::newRow("before the epoch")
            << QStringLiteral("1969-12-31T23:59:59Z") << utc(1969, 12, 31, 23, 59, 59);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z")
                                  << utc(2024, 2, 29, 23, 59, 59);
        QTest::newRow("day after a leap day")
            << QStringLiteral("2024-03-01T00:00:00Z") << utc(2024, 3, 1, 0, 0, 0);
        QTest::newRow("2000 is a leap year")
            << QStringLiteral("2000-02-29T12:00:00Z") << utc(2000, 2, 29, 12, 0, 0);
        QTest::newRow("end of 2100-02")
            << QStringLiteral("2100-02-28T12:00:00Z") << utc(2100, 2, 28, 12, 0, 0);
        QTest::newRow("year 1") << QStringLiteral("0001-01-01T00:00:00Z") << utc(1, 1, 1, 0, 0, 0);
        QTest::newRow("year 9999")
            << QStringLiteral("9999-12-31T23:59:59Z") << utc(9999, 12, 31, 23, 59, 59);
    }
    void validTimestampsParseToTheInstant()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ResponseParser::parseServiceTime(text);
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(UtcTime::format(parsed), text);
    }

    void largeJobIdsSurviveExactly_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2^31") << QByteArray("2147483648") << qint64(2147483648LL);
        QTest::newRow("3e9") << QByteArray("3000000000") << qint64(3000000000LL);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << qint64(9007199254740992LL);
        QTest::newRow("2^53 + 1") << QByteArray("9007199254740993") << qint64(9007199254740993LL);
        QTest::newRow("int64 max")
            << QByteArray("9223372036854775807") << std::numeric_limits<qint64>::max();
    }
    void largeJobIdsSurviveExactly()
    {
        QFETCH(QByteArray, literal);
        QFETCH(qint64, expected);
        // Textual substitution: the number must not go through a double anywhere.
        QByteArray list = listSample();
        list.replace("16602", literal);
        JobPage page;
        const auto error = ResponseParser::parseJobPage(list, &page);
        QVERIFY2(!error, qPrintable(error ? error->detail : QString()));
        QCOMPARE(page.jobs.first().jobId, expected);
        // ... and back out the same way for --format json.
        const QByteArray written
            = QJsonDocument(ResponseParser::jobPageToJson(page)).toJson(QJsonDocument::Compact);
        QVERIFY2(written.contains("\"JobId\":" + literal), written.constData());

        QByteArray detail = getSample();
        detail.replace("16602", literal);
        DeliveryJob job;
        QString requestId;
        QVERIFY(!ResponseParser::parseJobDetail(detail, &job, &requestId));
        QCOMPARE(job.jobId, expected);

        CreatedJob created;
        QVERIFY(!ResponseParser::parseCreatedJob("{\"JobId\":" + literal + ",\"RequestId\":\"r\"}",
                                                 &created));
        QCOMPARE(created.jobId, expected);
    }

    void unknownStatusKeepsTheRawNumber_data()
    {
        QTest::addColumn<int>("raw");
        QTest::addColumn<JobStatus>("expected");
        QTest::newRow("0 initializing") << 0 << JobStatus::Initializing;
        QTest::newRow("1 delivering") << 1 << JobStatus::Delivering;
        QTest::newRow("3 failed") << 3 << JobStatus::Failed;
        QTest::newRow("4 unknown") << 4 << JobStatus::Unknown;
        QTest::newRow("-1 unknown") << -1 << JobStatus::Unknown;
        QTest::newRow("99 unknown") << 99 << JobStatus::Unknown;
    }
    void unknownStatusKeepsTheRawNumber()
    {
        QFETCH(int, raw);
        QFETCH(JobStatus, expected);
        JobPage page;
        QVERIFY(!ResponseParser::parseJobPage(listWithJobField(QStringLiteral("JobStatus"), raw),
                                              &page));
        QCOMPARE(page.jobs.first().status, expected);
        QCOMPARE(page.jobs.first().rawStatus, raw);

        QJsonObject detail = object(getSample());
        detail.insert(QStringLiteral("Status"),
                      QJsonArray {QJsonObject {{QStringLiteral("Region"), QStringLiteral("x")},
                                               {QStringLiteral("Status"), raw}}});
        DeliveryJob job;
        QString requestId;
        QVERIFY(!ResponseParser::parseJobDetail(bytes(detail), &job, &requestId));
        QCOMPARE(job.regions.first().status, expected);
        QCOMPARE(job.regions.first().rawStatus, raw);
        QCOMPARE(ResponseParser::jobDetailToJson(job, requestId)
                     .value(QStringLiteral("Status"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("Status"))
                     .toInt(),
                 raw);
    }

    void malformedDetailNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing Status")
            << getWithField(QStringLiteral("Status"), QJsonValue::Undefined)
            << QStringLiteral("Status");
        QTest::newRow("Status an object")
            << getWithField(QStringLiteral("Status"), QJsonObject()) << QStringLiteral("Status");
        QTest::newRow("missing Region") << getWithField(
            QStringLiteral("Status"), QJsonArray {QJsonObject {{QStringLiteral("Status"), 2}}})
                                        << QStringLiteral("Status[0].Region");
        QTest::newRow("region Status a string") << getWithField(
            QStringLiteral("Status"),
            QJsonArray {QJsonObject {{QStringLiteral("Region"), QStringLiteral("a")},
                                     {QStringLiteral("Status"), QStringLiteral("2")}}})
                                                << QStringLiteral("Status[0].Status");
        QTest::newRow("missing RequestId")
            << getWithField(QStringLiteral("RequestId"), QJsonValue::Undefined)
            << QStringLiteral("RequestId");
        QTest::newRow("missing JobId")
            << getWithField(QStringLiteral("JobId"), QJsonValue::Undefined)
            << QStringLiteral("JobId");
        QTest::newRow("JobId as string")
            << getWithField(QStringLiteral("JobId"), QStringLiteral("16602"))
            << QStringLiteral("JobId");
    }
    void malformedDetailNamesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        DeliveryJob job;
        QString requestId;
        const auto error = ResponseParser::parseJobDetail(body, &job, &requestId);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(error->detail.contains(field), qPrintable(error->detail));
    }

    void createAndDeleteAnswers()
    {
        CreatedJob created;
        QVERIFY(!ResponseParser::parseCreatedJob("{\"RequestId\":\"a\",\"JobId\":5}", &created));
        QCOMPARE(created.jobId, qint64(5));
        QCOMPARE(created.requestId, QStringLiteral("a"));
        auto error = ResponseParser::parseCreatedJob("{\"RequestId\":\"a\"}", &created);
        QVERIFY(error && error->detail.contains(QStringLiteral("JobId")));
        QString requestId;
        QVERIFY(!ResponseParser::parseRequestIdOnly("{\"RequestId\":\"d\"}", &requestId));
        QCOMPARE(requestId, QStringLiteral("d"));
        error = ResponseParser::parseRequestIdOnly("{\"Request\":\"d\"}", &requestId);
        QVERIFY(error && error->detail.contains(QStringLiteral("RequestId")));
    }

    void bodiesThatAreNotJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray sample = listSample();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated after 1 byte") << sample.left(1);
        QTest::newRow("truncated in the middle") << sample.left(sample.size() / 2);
        QTest::newRow("truncated before last brace") << sample.left(sample.lastIndexOf('}'));
        QTest::newRow("HTML error page") << QByteArray(
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
        QTest::newRow("JSON array") << QByteArray("[1,2]");
        QTest::newRow("JSON string") << QByteArray("\"ok\"");
    }
    void bodiesThatAreNotJson()
    {
        QFETCH(QByteArray, body);
        JobPage page;
        const auto error = ResponseParser::parseJobPage(body, &page);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::MalformedResponse);
        QVERIFY(error->bodyNotJson);
        QVERIFY(!error->detail.isEmpty());
    }

    void everyPrefixAndEveryByteFlipIsHandled_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("list sample") << 0;
        QTest::newRow("get sample") << 1;
    }
    void everyPrefixAndEveryByteFlipIsHandled()
    {
        // A cheap exhaustive robustness pass (the ASan build makes it a memory-safety check too):
        // every cut-off body is an error, and no single corrupted byte crashes the parser or
        // yields a job without its fields.
        QFETCH(int, which);
        const QByteArray sample = which == 0 ? listSample() : getSample();
        auto parse = [which](const QByteArray &body) {
            if (which == 0) {
                JobPage page;
                return ResponseParser::parseJobPage(body, &page);
            }
            DeliveryJob job;
            QString requestId;
            return ResponseParser::parseJobDetail(body, &job, &requestId);
        };
        const int end = int(sample.lastIndexOf('}')) + 1;
        for (int length = 0; length < end; ++length) {
            const auto error = parse(sample.left(length));
            QVERIFY2(error.has_value(), qPrintable(QString::number(length)));
            QVERIFY(error->bodyNotJson);
        }
        QVERIFY(!parse(sample.left(end)).has_value());
        for (int i = 0; i < sample.size(); ++i) {
            for (const char replacement : {'\0', '"', '9', '{', '\xff'}) {
                QByteArray corrupted = sample;
                corrupted[i] = replacement;
                const auto error = parse(corrupted);
                if (error)
                    QVERIFY(!error->detail.isEmpty());
            }
        }
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("documented error body")
            << 404
            << QByteArray(
                   "{\"RequestId\":\"R1\",\"HostId\":\"actiontrail.cn-hangzhou.aliyuncs.com\","
                   "                \"Code\":\"TrailNotFoundException\",\"Message\":\"The "
                   "specified Trail does not exist.\","
                   "                "
                   "\"Recommend\":\"https://api.aliyun.com/"
                   "troubleshoot?q=TrailNotFoundException\"}")
            << ApiError::Kind::Service << QStringLiteral("TrailNotFoundException");
        QTest::newRow("HTML 502") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << ApiError::Kind::Http << QString();
        QTest::newRow("empty 503") << 503 << QByteArray() << ApiError::Kind::Http << QString();
        QTest::newRow("JSON without Code")
            << 500 << QByteArray("{\"error\":\"x\"}") << ApiError::Kind::Http << QString();
        QTest::newRow("empty Code")
            << 400 << QByteArray("{\"Code\":\"\"}") << ApiError::Kind::Http << QString();
    }
    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, code);
        const ApiError error = ResponseParser::parseErrorResponse(status, body);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        if (kind == ApiError::Kind::Service) {
            QCOMPARE(error.requestId, QStringLiteral("R1"));
            QCOMPARE(error.hostId, QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com"));
            QCOMPARE(error.message, QStringLiteral("The specified Trail does not exist."));
            QVERIFY(error.recommend.startsWith(QStringLiteral("https://api.aliyun.com/")));
        } else {
            QVERIFY(!error.detail.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_ResponseParser)
#include "tst_responseparser.moc"
