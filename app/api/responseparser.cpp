#include "responseparser.h"

#include "domain/jobserializer.h"
#include "domain/utctime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace ResponseParser {
namespace {

ApiError malformed(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.detail = detail;
    return error;
}

ApiError missingField(const QString &path)
{
    return malformed(
        QCoreApplication::translate("ResponseParser", "field %1 is missing").arg(path));
}

ApiError wrongType(const QString &path, const QString &expected)
{
    return malformed(
        QCoreApplication::translate("ResponseParser", "field %1 is not %2").arg(path, expected));
}

/**
 * Where a reader is in the body: the top level, or element `index` of the array `array`. It
 * becomes text only for an error message: every field of every job passes through a reader, and
 * building "DeliveryHistoryJobs[57]" eagerly was 5% of parsing a page.
 */
struct JsonPath
{
    QLatin1String array;
    int index = -1;

    QString toString() const
    {
        return array.isEmpty()
            ? QString()
            : QString(array) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }
    QString field(const QString &name) const
    {
        return array.isEmpty() ? name : toString() + QLatin1Char('.') + name;
    }
};

std::optional<ApiError> parseObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ApiError error = malformed(
            body.isEmpty() ? QCoreApplication::translate("ResponseParser", "the body is empty")
                : parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("ResponseParser",
                                              "the body is not valid JSON (%1 at offset %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QCoreApplication::translate("ResponseParser", "the body is not a JSON object"));
        error.bodyNotJson = true;
        return error;
    }
    *object = document.object();
    return std::nullopt;
}

// Each reader checks presence and JSON type and names the field (with its path) when wrong.

std::optional<ApiError> readInt64(const QJsonObject &object, const JsonPath &path,
                                  const QString &name, qint64 *out)
{
    // The field's path is only built for an error: every field of every job passes here.
    const auto it = object.constFind(name);
    if (it == object.constEnd())
        return missingField(path.field(name));
    const QJsonValue value = *it;
    if (!value.isDouble())
        return wrongType(path.field(name),
                         QCoreApplication::translate("ResponseParser", "a number"));
    // Qt keeps JSON integers as qint64 (exact beyond 2^53); toInteger() answers its default for
    // anything that is not integral, so two different defaults reveal a fraction.
    const qint64 low = value.toInteger(std::numeric_limits<qint64>::min());
    const qint64 high = value.toInteger(std::numeric_limits<qint64>::max());
    if (low != high)
        return wrongType(path.field(name),
                         QCoreApplication::translate("ResponseParser", "an integer"));
    *out = low;
    return std::nullopt;
}

std::optional<ApiError> readInt(const QJsonObject &object, const JsonPath &path,
                                const QString &name, int *out)
{
    qint64 value = 0;
    if (auto error = readInt64(object, path, name, &value))
        return error;
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        return wrongType(path.field(name),
                         QCoreApplication::translate("ResponseParser", "a 32-bit integer"));
    *out = int(value);
    return std::nullopt;
}

std::optional<ApiError> readString(const QJsonObject &object, const JsonPath &path,
                                   const QString &name, QString *out)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd())
        return missingField(path.field(name));
    if (!it->isString())
        return wrongType(path.field(name),
                         QCoreApplication::translate("ResponseParser", "a string"));
    *out = it->toString();
    return std::nullopt;
}

std::optional<ApiError> readTime(const QJsonObject &object, const JsonPath &path,
                                 const QString &name, QDateTime *out)
{
    QString text;
    if (auto error = readString(object, path, name, &text))
        return error;
    const QDateTime time = parseServiceTime(text);
    if (!time.isValid()) {
        return malformed(QCoreApplication::translate(
                             "ResponseParser",
                             "field %1 is not a UTC time of the form yyyy-MM-ddTHH:mm:ssZ: \"%2\"")
                             .arg(path.field(name), text.left(40)));
    }
    *out = time;
    return std::nullopt;
}

std::optional<ApiError> readArray(const QJsonObject &object, const JsonPath &path,
                                  const QString &name, QJsonArray *out)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd())
        return missingField(path.field(name));
    if (!it->isArray())
        return wrongType(path.field(name),
                         QCoreApplication::translate("ResponseParser", "an array"));
    *out = it->toArray();
    return std::nullopt;
}

std::optional<ApiError> readStatus(const QJsonObject &object, const JsonPath &path,
                                   const QString &name, JobStatus *status, int *rawStatus)
{
    if (auto error = readInt(object, path, name, rawStatus))
        return error;
    *status = jobStatusFromInt(*rawStatus);
    return std::nullopt;
}

std::optional<ApiError> readJob(const QJsonObject &object, const JsonPath &path, DeliveryJob *job)
{
    if (auto e = readInt64(object, path, QStringLiteral("JobId"), &job->jobId))
        return e;
    if (job->jobId <= 0) {
        return malformed(
            QCoreApplication::translate("ResponseParser", "field %1 is not a positive job id")
                .arg(path.field(QStringLiteral("JobId"))));
    }
    if (auto e = readString(object, path, QStringLiteral("TrailName"), &job->trailName))
        return e;
    if (auto e = readString(object, path, QStringLiteral("HomeRegion"), &job->homeRegion))
        return e;
    if (auto e
        = readStatus(object, path, QStringLiteral("JobStatus"), &job->status, &job->rawStatus))
        return e;
    if (auto e = readTime(object, path, QStringLiteral("StartTime"), &job->eventsFrom))
        return e;
    if (auto e = readTime(object, path, QStringLiteral("EndTime"), &job->eventsTo))
        return e;
    if (auto e = readTime(object, path, QStringLiteral("CreatedTime"), &job->createdTime))
        return e;
    if (auto e = readTime(object, path, QStringLiteral("UpdatedTime"), &job->updatedTime))
        return e;
    return std::nullopt;
}

std::optional<ApiError> objectAt(const QJsonArray &array, const JsonPath &path, QJsonObject *out)
{
    const QJsonValue value = array.at(path.index);
    if (!value.isObject())
        return wrongType(path.toString(),
                         QCoreApplication::translate("ResponseParser", "an object"));
    *out = value.toObject();
    return std::nullopt;
}

// ---- Trails, trail status and regions: most fields optional, every one bounded -------------

enum class Overflow { Refuse, Cut };

std::optional<ApiError> boundString(const JsonPath &path, const QString &name, QString *text,
                                    int maxLength, Overflow overflow)
{
    if (text->size() <= maxLength)
        return std::nullopt;
    if (overflow == Overflow::Cut) {
        // The cut text is exactly maxLength long, so that reading it again changes nothing.
        qsizetype keep = maxLength - 3;
        if (text->at(keep - 1).isHighSurrogate()) // never half a character
            --keep;
        text->truncate(keep);
        text->append(QStringLiteral("..."));
        return std::nullopt;
    }
    return malformed(
        QCoreApplication::translate("ResponseParser", "field %1 is longer than %2 characters")
            .arg(path.field(name))
            .arg(maxLength));
}

std::optional<ApiError> readBoundedString(const QJsonObject &object, const JsonPath &path,
                                          const QString &name, QString *out)
{
    if (auto error = readString(object, path, name, out))
        return error;
    return boundString(path, name, out, maxFieldLength, Overflow::Refuse);
}

/** Absent or null leaves `out` empty; any other non-string is an error. */
std::optional<ApiError> readOptionalString(const QJsonObject &object, const JsonPath &path,
                                           const QString &name, QString *out,
                                           int maxLength = maxFieldLength,
                                           Overflow overflow = Overflow::Refuse)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd() || it->isNull()) {
        out->clear();
        return std::nullopt;
    }
    if (!it->isString())
        return wrongType(path.field(name),
                         QCoreApplication::translate("ResponseParser", "a string"));
    *out = it->toString();
    return boundString(path, name, out, maxLength, overflow);
}

/** Absent, null or "" is "not known" (a null QDateTime); anything else must be the UTC form. */
std::optional<ApiError> readOptionalTime(const QJsonObject &object, const JsonPath &path,
                                         const QString &name, QDateTime *out)
{
    QString text;
    if (auto error = readOptionalString(object, path, name, &text))
        return error;
    if (text.isEmpty()) {
        *out = QDateTime();
        return std::nullopt;
    }
    const QDateTime time = parseServiceTime(text);
    if (!time.isValid()) {
        return malformed(QCoreApplication::translate(
                             "ResponseParser",
                             "field %1 is not a UTC time of the form yyyy-MM-ddTHH:mm:ssZ: \"%2\"")
                             .arg(path.field(name), text.left(40)));
    }
    *out = time;
    return std::nullopt;
}

/** Absent or null is false; a JSON boolean otherwise. */
std::optional<ApiError> readOptionalBool(const QJsonObject &object, const JsonPath &path,
                                         const QString &name, bool *out)
{
    const auto it = object.constFind(name);
    if (it == object.constEnd() || it->isNull()) {
        *out = false;
        return std::nullopt;
    }
    if (!it->isBool())
        return wrongType(path.field(name),
                         QCoreApplication::translate("ResponseParser", "a boolean"));
    *out = it->toBool();
    return std::nullopt;
}

std::optional<ApiError> checkCount(const QString &name, qsizetype count, int max)
{
    if (count <= max)
        return std::nullopt;
    return malformed(
        QCoreApplication::translate("ResponseParser", "field %1 holds %2 entries, more than %3")
            .arg(name)
            .arg(count)
            .arg(max));
}

std::optional<ApiError> readTrail(const QJsonObject &object, const JsonPath &path, Trail *trail)
{
    if (auto e = readBoundedString(object, path, QStringLiteral("Name"), &trail->name))
        return e;
    if (trail->name.isEmpty())
        return malformed(QCoreApplication::translate("ResponseParser", "field %1 is empty")
                             .arg(path.field(QStringLiteral("Name"))));
    if (auto e = readBoundedString(object, path, QStringLiteral("HomeRegion"), &trail->homeRegion))
        return e;
    const std::pair<const char *, QString *> strings[] = {
        {"TrailRegion", &trail->trailRegion},
        {"Status", &trail->status},
        {"EventRW", &trail->eventRW},
        {"SlsProjectArn", &trail->slsProjectArn},
        {"SlsWriteRoleArn", &trail->slsWriteRoleArn},
        {"OssBucketName", &trail->ossBucketName},
        {"MaxComputeProjectArn", &trail->maxComputeProjectArn},
        {"OrganizationId", &trail->organizationId},
        {"TrailArn", &trail->trailArn},
    };
    for (const auto &[name, out] : strings) {
        if (auto e = readOptionalString(object, path, QString::fromLatin1(name), out))
            return e;
    }
    const std::pair<const char *, QDateTime *> times[] = {
        {"CreateTime", &trail->createTime},
        {"UpdateTime", &trail->updateTime},
        {"StartLoggingTime", &trail->startLoggingTime},
        {"StopLoggingTime", &trail->stopLoggingTime},
    };
    for (const auto &[name, out] : times) {
        if (auto e = readOptionalTime(object, path, QString::fromLatin1(name), out))
            return e;
    }
    return readOptionalBool(object, path, QStringLiteral("IsOrganizationTrail"),
                            &trail->isOrganizationTrail);
}

} // namespace

QDateTime parseServiceTime(const QString &text)
{
    // "yyyy-MM-ddTHH:mm:ssZ", checked by hand and turned into milliseconds since the epoch without
    // going through QTime's and QDateTime's field constructors: it runs four times per job of
    // every page.
    if (text.size() != 20)
        return {};
    const QChar *c = text.constData();
    const auto digits = [c](int from, int count, int *out) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t u = c[i].unicode();
            if (u < u'0' || u > u'9')
                return false;
            value = value * 10 + (u - u'0');
        }
        *out = value;
        return true;
    };
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!digits(0, 4, &year) || c[4] != u'-' || !digits(5, 2, &month) || c[7] != u'-'
        || !digits(8, 2, &day) || c[10] != u'T' || !digits(11, 2, &hour) || c[13] != u':'
        || !digits(14, 2, &minute) || c[16] != u':' || !digits(17, 2, &second) || c[19] != u'Z')
        return {};
    const QDate date(year, month, day);
    if (!date.isValid() || !QTime::isValid(hour, minute, second, 0))
        return {};
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    const qint64 seconds = (date.toJulianDay() - epochDay) * 86400 + qint64(hour) * 3600
        + qint64(minute) * 60 + second;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000, Qt::UTC);
}

std::optional<ApiError> parseJobPage(const QByteArray &body, JobPage *page)
{
    QJsonObject object;
    if (auto e = parseObject(body, &object))
        return e;
    JobPage result;
    QJsonArray jobs;
    if (auto e = readArray(object, {}, QStringLiteral("DeliveryHistoryJobs"), &jobs))
        return e;
    result.jobs.reserve(jobs.size());
    for (int i = 0; i < jobs.size(); ++i) {
        const JsonPath path {QLatin1String("DeliveryHistoryJobs"), i};
        QJsonObject jobObject;
        if (auto e = objectAt(jobs, path, &jobObject))
            return e;
        DeliveryJob job;
        if (auto e = readJob(jobObject, path, &job))
            return e;
        result.jobs.append(std::move(job));
    }
    if (auto e = readInt(object, {}, QStringLiteral("PageNumber"), &result.pageNumber))
        return e;
    if (auto e = readInt(object, {}, QStringLiteral("PageSize"), &result.pageSize))
        return e;
    if (auto e = readInt(object, {}, QStringLiteral("TotalCount"), &result.totalCount))
        return e;
    if (auto e = readString(object, {}, QStringLiteral("RequestId"), &result.requestId))
        return e;
    // A negative count or page would only ever be a broken answer, and paging arithmetic
    // downstream must not have to defend against it (found by fuzz_responseparser).
    const std::pair<const char *, int> counts[] = {{"PageNumber", result.pageNumber},
                                                   {"PageSize", result.pageSize},
                                                   {"TotalCount", result.totalCount}};
    for (const auto &[name, value] : counts) {
        if (value < 0)
            return wrongType(QString::fromLatin1(name),
                             QCoreApplication::translate("ResponseParser", "a non-negative count"));
    }
    *page = std::move(result);
    return std::nullopt;
}

std::optional<ApiError> parseJobDetail(const QByteArray &body, DeliveryJob *job, QString *requestId)
{
    QJsonObject object;
    if (auto e = parseObject(body, &object))
        return e;
    DeliveryJob result;
    if (auto e = readJob(object, {}, &result))
        return e;
    QJsonArray regions;
    if (auto e = readArray(object, {}, QStringLiteral("Status"), &regions))
        return e;
    for (int i = 0; i < regions.size(); ++i) {
        const JsonPath path {QLatin1String("Status"), i};
        QJsonObject regionObject;
        if (auto e = objectAt(regions, path, &regionObject))
            return e;
        RegionStatus region;
        if (auto e = readString(regionObject, path, QStringLiteral("Region"), &region.region))
            return e;
        if (auto e = readStatus(regionObject, path, QStringLiteral("Status"), &region.status,
                                &region.rawStatus))
            return e;
        result.regions.append(region);
    }
    QString id;
    if (auto e = readString(object, {}, QStringLiteral("RequestId"), &id))
        return e;
    *job = result;
    *requestId = id;
    return std::nullopt;
}

std::optional<ApiError> parseCreatedJob(const QByteArray &body, CreatedJob *created)
{
    QJsonObject object;
    if (auto e = parseObject(body, &object))
        return e;
    CreatedJob result;
    if (auto e = readInt64(object, {}, QStringLiteral("JobId"), &result.jobId))
        return e;
    if (auto e = readString(object, {}, QStringLiteral("RequestId"), &result.requestId))
        return e;
    *created = result;
    return std::nullopt;
}

std::optional<ApiError> parseRequestIdOnly(const QByteArray &body, QString *requestId)
{
    QJsonObject object;
    if (auto e = parseObject(body, &object))
        return e;
    QString id;
    if (auto e = readString(object, {}, QStringLiteral("RequestId"), &id))
        return e;
    *requestId = id;
    return std::nullopt;
}

std::optional<ApiError> parseTrails(const QByteArray &body, QList<Trail> *trails,
                                    QString *requestId)
{
    QJsonObject object;
    if (auto e = parseObject(body, &object))
        return e;
    QJsonArray list;
    if (auto e = readArray(object, {}, QStringLiteral("TrailList"), &list))
        return e;
    if (auto e = checkCount(QStringLiteral("TrailList"), list.size(), maxTrails))
        return e;
    QList<Trail> result;
    result.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const JsonPath path {QLatin1String("TrailList"), i};
        QJsonObject trailObject;
        if (auto e = objectAt(list, path, &trailObject))
            return e;
        Trail trail;
        if (auto e = readTrail(trailObject, path, &trail))
            return e;
        result.append(std::move(trail));
    }
    QString id;
    if (auto e = readBoundedString(object, {}, QStringLiteral("RequestId"), &id))
        return e;
    *trails = std::move(result);
    *requestId = id;
    return std::nullopt;
}

std::optional<ApiError> parseTrailStatus(const QByteArray &body, TrailStatus *status)
{
    QJsonObject object;
    if (auto e = parseObject(body, &object))
        return e;
    TrailStatus result;
    const JsonPath top;
    const std::pair<const char *, bool *> flags[] = {
        {"IsLogging", &result.isLogging},
        {"OssBucketStatus", &result.ossBucketStatus},
        {"SlsLogStoreStatus", &result.slsLogStoreStatus},
    };
    for (const auto &[name, out] : flags) {
        if (auto e = readOptionalBool(object, top, QString::fromLatin1(name), out))
            return e;
    }
    const std::pair<const char *, QDateTime *> times[] = {
        {"StartLoggingTime", &result.startLoggingTime},
        {"StopLoggingTime", &result.stopLoggingTime},
        {"LatestDeliveryTime", &result.latestDeliveryTime},
        {"LatestDeliveryLogServiceTime", &result.latestDeliveryLogServiceTime},
    };
    for (const auto &[name, out] : times) {
        if (auto e = readOptionalTime(object, top, QString::fromLatin1(name), out))
            return e;
    }
    const std::pair<const char *, QString *> errors[] = {
        {"LatestDeliveryError", &result.latestDeliveryError},
        {"LatestDeliveryLogServiceError", &result.latestDeliveryLogServiceError},
    };
    for (const auto &[name, out] : errors) {
        if (auto e = readOptionalString(object, top, QString::fromLatin1(name), out,
                                        maxErrorTextLength, Overflow::Cut))
            return e;
    }
    if (auto e = readBoundedString(object, top, QStringLiteral("RequestId"), &result.requestId))
        return e;
    *status = std::move(result);
    return std::nullopt;
}

std::optional<ApiError> parseRegions(const QByteArray &body, QList<ServiceRegion> *regions,
                                     QString *requestId)
{
    QJsonObject object;
    if (auto e = parseObject(body, &object))
        return e;
    const auto holder = object.constFind(QStringLiteral("Regions"));
    if (holder == object.constEnd())
        return missingField(QStringLiteral("Regions"));
    if (!holder->isObject())
        return wrongType(QStringLiteral("Regions"),
                         QCoreApplication::translate("ResponseParser", "an object"));
    const QJsonValue inner = holder->toObject().value(QStringLiteral("Region"));
    if (inner.isUndefined())
        return missingField(QStringLiteral("Regions.Region"));
    if (!inner.isArray())
        return wrongType(QStringLiteral("Regions.Region"),
                         QCoreApplication::translate("ResponseParser", "an array"));
    const QJsonArray list = inner.toArray();
    if (auto e = checkCount(QStringLiteral("Regions.Region"), list.size(), maxRegions))
        return e;
    QList<ServiceRegion> result;
    result.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const JsonPath path {QLatin1String("Regions.Region"), i};
        QJsonObject regionObject;
        if (auto e = objectAt(list, path, &regionObject))
            return e;
        ServiceRegion region;
        if (auto e
            = readBoundedString(regionObject, path, QStringLiteral("RegionId"), &region.regionId))
            return e;
        if (region.regionId.isEmpty())
            return malformed(QCoreApplication::translate("ResponseParser", "field %1 is empty")
                                 .arg(path.field(QStringLiteral("RegionId"))));
        if (auto e = readOptionalString(regionObject, path, QStringLiteral("RegionEndpoint"),
                                        &region.regionEndpoint))
            return e;
        if (auto e = readOptionalString(regionObject, path, QStringLiteral("LocalName"),
                                        &region.localName))
            return e;
        result.append(std::move(region));
    }
    QString id;
    if (auto e = readBoundedString(object, {}, QStringLiteral("RequestId"), &id))
        return e;
    *regions = std::move(result);
    *requestId = id;
    return std::nullopt;
}

bool looksLikeErrorBody(const QByteArray &body)
{
    // Every successful answer passes here before its own parser: skip the second full parse
    // unless the bytes can hold a "Code" key at all. A backslash anywhere may spell the key
    // with escapes ("Co\u0064e", and Qt reads an unknown escape such as "\d" as the letter
    // itself), so then only the parse can tell; a trail named "Code" only costs the parse.
    if (!body.contains("\"Code\"") && !body.contains('\\'))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() && document.object().value(QStringLiteral("Code")).isString();
}

ApiError parseErrorResponse(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    const QJsonValue code = object.value(QStringLiteral("Code"));
    if (document.isObject() && code.isString() && !code.toString().isEmpty()) {
        error.kind = ApiError::Kind::Service;
        error.code = code.toString();
        error.message = object.value(QStringLiteral("Message")).toString();
        error.requestId = object.value(QStringLiteral("RequestId")).toString();
        error.hostId = object.value(QStringLiteral("HostId")).toString();
        error.recommend = object.value(QStringLiteral("Recommend")).toString();
        return error;
    }
    error.kind = ApiError::Kind::Http;
    // A proxy's or load balancer's page: keep a short, single-line excerpt for the details.
    QString excerpt = QString::fromUtf8(body.left(200)).simplified();
    error.detail = excerpt.isEmpty()
        ? QCoreApplication::translate("ResponseParser", "empty body")
        : QCoreApplication::translate("ResponseParser", "body: %1").arg(excerpt);
    return error;
}

QJsonObject jobPageToJson(const JobPage &page)
{
    QJsonArray jobs;
    for (const DeliveryJob &job : page.jobs)
        jobs.append(JobSerializer::toJson(job));
    QJsonObject object;
    object.insert(QStringLiteral("DeliveryHistoryJobs"), jobs);
    object.insert(QStringLiteral("PageNumber"), page.pageNumber);
    object.insert(QStringLiteral("PageSize"), page.pageSize);
    object.insert(QStringLiteral("TotalCount"), page.totalCount);
    object.insert(QStringLiteral("RequestId"), page.requestId);
    return object;
}

QJsonObject jobDetailToJson(const DeliveryJob &job, const QString &requestId)
{
    return JobSerializer::toDetailJson(job, requestId);
}

QJsonObject trailToJson(const Trail &trail)
{
    QJsonObject object;
    object.insert(QStringLiteral("Name"), trail.name);
    object.insert(QStringLiteral("HomeRegion"), trail.homeRegion);
    object.insert(QStringLiteral("TrailRegion"), trail.trailRegion);
    object.insert(QStringLiteral("Status"), trail.status);
    object.insert(QStringLiteral("EventRW"), trail.eventRW);
    object.insert(QStringLiteral("SlsProjectArn"), trail.slsProjectArn);
    object.insert(QStringLiteral("SlsWriteRoleArn"), trail.slsWriteRoleArn);
    object.insert(QStringLiteral("OssBucketName"), trail.ossBucketName);
    object.insert(QStringLiteral("MaxComputeProjectArn"), trail.maxComputeProjectArn);
    object.insert(QStringLiteral("IsOrganizationTrail"), trail.isOrganizationTrail);
    object.insert(QStringLiteral("OrganizationId"), trail.organizationId);
    object.insert(QStringLiteral("TrailArn"), trail.trailArn);
    // The service sends "" for a time that has not happened (StopLoggingTime of a running trail).
    object.insert(QStringLiteral("CreateTime"), UtcTime::format(trail.createTime));
    object.insert(QStringLiteral("UpdateTime"), UtcTime::format(trail.updateTime));
    object.insert(QStringLiteral("StartLoggingTime"), UtcTime::format(trail.startLoggingTime));
    object.insert(QStringLiteral("StopLoggingTime"), UtcTime::format(trail.stopLoggingTime));
    return object;
}

QJsonObject trailsToJson(const QList<Trail> &trails, const QString &requestId)
{
    QJsonArray list;
    for (const Trail &trail : trails)
        list.append(trailToJson(trail));
    QJsonObject object;
    object.insert(QStringLiteral("TrailList"), list);
    object.insert(QStringLiteral("RequestId"), requestId);
    return object;
}

QJsonObject trailStatusToJson(const TrailStatus &status)
{
    QJsonObject object;
    object.insert(QStringLiteral("IsLogging"), status.isLogging);
    object.insert(QStringLiteral("StartLoggingTime"), UtcTime::format(status.startLoggingTime));
    object.insert(QStringLiteral("StopLoggingTime"), UtcTime::format(status.stopLoggingTime));
    object.insert(QStringLiteral("LatestDeliveryTime"), UtcTime::format(status.latestDeliveryTime));
    object.insert(QStringLiteral("LatestDeliveryError"), status.latestDeliveryError);
    object.insert(QStringLiteral("LatestDeliveryLogServiceTime"),
                  UtcTime::format(status.latestDeliveryLogServiceTime));
    object.insert(QStringLiteral("LatestDeliveryLogServiceError"),
                  status.latestDeliveryLogServiceError);
    object.insert(QStringLiteral("OssBucketStatus"), status.ossBucketStatus);
    object.insert(QStringLiteral("SlsLogStoreStatus"), status.slsLogStoreStatus);
    object.insert(QStringLiteral("RequestId"), status.requestId);
    return object;
}

QJsonObject regionsToJson(const QList<ServiceRegion> &regions, const QString &requestId)
{
    QJsonArray list;
    for (const ServiceRegion &region : regions) {
        list.append(QJsonObject {{QStringLiteral("RegionId"), region.regionId},
                                 {QStringLiteral("RegionEndpoint"), region.regionEndpoint},
                                 {QStringLiteral("LocalName"), region.localName}});
    }
    QJsonObject object;
    object.insert(QStringLiteral("Regions"), QJsonObject {{QStringLiteral("Region"), list}});
    object.insert(QStringLiteral("RequestId"), requestId);
    return object;
}

} // namespace ResponseParser
