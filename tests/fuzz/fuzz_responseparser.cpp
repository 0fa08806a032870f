// Fuzzes ResponseParser with everything the service (or a broken proxy) could send back. The low
// 7 bits of the first byte pick the call whose answer the rest of the input is (List, Get, Create,
// Delete, an error body, a service time, DescribeTrails, GetTrailStatus, DescribeRegions); the
// second byte and the first byte's top bit, the HTTP status of an error body. Checked properties
// (abort on violation), beyond "never crashes":
//  - a body a parser accepts, written back in the service's shape (jobPageToJson / jobDetailToJson)
//    and parsed again, gives the same value: parse -> serialise -> parse is stable;
//  - an accepted page has no negative counts;
//  - an error always carries the status it was given, and a body that looks like an error object
//    with a string Code is reported as a service error with that code;
//  - parseServiceTime only accepts what UtcTime::format writes back unchanged;
//  - accepted trails, trail status and regions respect the caps (counts, field lengths) and
//    round-trip through their writers (trailsToJson, trailStatusToJson, regionsToJson).
#include "api/responseparser.h"
#include "domain/utctime.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void fuzzPage(const QByteArray &body)
{
    JobPage page;
    if (ResponseParser::parseJobPage(body, &page))
        return;
    check(page.totalCount >= 0 && page.pageNumber >= 0 && page.pageSize >= 0);
    JobPage again;
    check(!ResponseParser::parseJobPage(compact(ResponseParser::jobPageToJson(page)), &again));
    check(again.jobs == page.jobs && again.totalCount == page.totalCount
          && again.pageNumber == page.pageNumber && again.pageSize == page.pageSize
          && again.requestId == page.requestId);
}

void fuzzDetail(const QByteArray &body)
{
    DeliveryJob job;
    QString requestId;
    if (ResponseParser::parseJobDetail(body, &job, &requestId))
        return;
    DeliveryJob again;
    QString againId;
    check(!ResponseParser::parseJobDetail(compact(ResponseParser::jobDetailToJson(job, requestId)),
                                          &again, &againId));
    check(again == job && againId == requestId);
}

void fuzzCreated(const QByteArray &body)
{
    CreatedJob created;
    ResponseParser::parseCreatedJob(body, &created);
}

void fuzzDeleted(const QByteArray &body)
{
    QString requestId;
    ResponseParser::parseRequestIdOnly(body, &requestId);
}

void fuzzError(int status, const QByteArray &body)
{
    const ApiError error = ResponseParser::parseErrorResponse(status, body);
    check(error.httpStatus == status);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue code = document.object().value(QStringLiteral("Code"));
    if (document.isObject() && code.isString() && !code.toString().isEmpty()) {
        check(ResponseParser::looksLikeErrorBody(body));
        check(error.kind == ApiError::Kind::Service && error.code == code.toString());
    }
}

void fuzzTrails(const QByteArray &body)
{
    QList<Trail> trails;
    QString requestId;
    if (ResponseParser::parseTrails(body, &trails, &requestId))
        return;
    check(trails.size() <= ResponseParser::maxTrails);
    for (const Trail &trail : trails) {
        check(!trail.name.isEmpty() && trail.name.size() <= ResponseParser::maxFieldLength);
        check(trail.slsProjectArn.size() <= ResponseParser::maxFieldLength);
    }
    QList<Trail> again;
    QString againId;
    check(!ResponseParser::parseTrails(compact(ResponseParser::trailsToJson(trails, requestId)),
                                       &again, &againId));
    check(again == trails && againId == requestId);
}

void fuzzTrailStatus(const QByteArray &body)
{
    TrailStatus status;
    if (ResponseParser::parseTrailStatus(body, &status))
        return;
    check(status.latestDeliveryError.size() <= ResponseParser::maxErrorTextLength);
    check(status.latestDeliveryLogServiceError.size() <= ResponseParser::maxErrorTextLength);
    TrailStatus again;
    check(!ResponseParser::parseTrailStatus(compact(ResponseParser::trailStatusToJson(status)),
                                            &again));
    check(again.isLogging == status.isLogging
          && again.latestDeliveryTime == status.latestDeliveryTime
          && again.latestDeliveryLogServiceError == status.latestDeliveryLogServiceError
          && again.latestDeliveryError == status.latestDeliveryError
          && again.requestId == status.requestId);
}

void fuzzRegions(const QByteArray &body)
{
    QList<ServiceRegion> regions;
    QString requestId;
    if (ResponseParser::parseRegions(body, &regions, &requestId))
        return;
    check(regions.size() <= ResponseParser::maxRegions);
    QList<ServiceRegion> again;
    QString againId;
    check(!ResponseParser::parseRegions(compact(ResponseParser::regionsToJson(regions, requestId)),
                                        &again, &againId));
    check(again.size() == regions.size() && againId == requestId);
    for (qsizetype i = 0; i < regions.size(); ++i)
        check(again.at(i).regionId == regions.at(i).regionId
              && again.at(i).localName == regions.at(i).localName);
}

void fuzzTime(const QByteArray &text)
{
    const QString string = QString::fromUtf8(text);
    const QDateTime time = ResponseParser::parseServiceTime(string);
    if (!time.isValid())
        return;
    check(time.timeSpec() == Qt::UTC);
    check(UtcTime::format(time) == string);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int selector = (data[0] & 0x7f) % 9;
    const int status = 100 + data[1] * 2 + (data[0] >> 7); // every status from 100 to 611
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    switch (selector) {
    case 0:
        fuzzPage(body);
        break;
    case 1:
        fuzzDetail(body);
        break;
    case 2:
        fuzzCreated(body);
        break;
    case 3:
        fuzzDeleted(body);
        break;
    case 4:
        fuzzError(status, body);
        break;
    case 5:
        fuzzTime(body);
        break;
    case 6:
        fuzzTrails(body);
        break;
    case 7:
        fuzzTrailStatus(body);
        break;
    default:
        fuzzRegions(body);
        break;
    }
    return 0;
}
