#pragma once

#include "apierror.h"
#include "domain/deliveryjob.h"
#include "domain/trail.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * The service's JSON, both ways, in one place. Parsing is strict about types (a number must be a
 * JSON number, a time the documented UTC form) and tolerant of key order and unknown keys. A
 * missing or mistyped field is an ApiError of kind MalformedResponse whose detail names the field,
 * never a silent zero. A body that is not a (complete) JSON object sets ApiError::bodyNotJson.
 *
 * Each parse function returns std::nullopt on success (having filled its output) or the error.
 */
namespace ResponseParser {

std::optional<ApiError> parseJobPage(const QByteArray &body, JobPage *page);
/** GetDeliveryHistoryJob: the job with its per-region `Status` list, and the RequestId. */
std::optional<ApiError> parseJobDetail(const QByteArray &body, DeliveryJob *job,
                                       QString *requestId);
std::optional<ApiError> parseCreatedJob(const QByteArray &body, CreatedJob *created);
/** DeleteDeliveryHistoryJob: only the RequestId. */
std::optional<ApiError> parseRequestIdOnly(const QByteArray &body, QString *requestId);

/** More trails than this in one DescribeTrails answer is not ActionTrail (5 per region). */
constexpr int maxTrails = 1000;
/** More regions than this in one DescribeRegions answer is not ActionTrail (about 30 exist). */
constexpr int maxRegions = 500;
/** Longest name, region, ARN or time the trail parsers accept; longer is refused. */
constexpr int maxFieldLength = 1024;
/** Delivery error texts longer than this are cut (with "...") rather than refused: they are free
 * text from another service, and the rest of the status is still worth showing. */
constexpr int maxErrorTextLength = 2000;

/**
 * DescribeTrails: `TrailList`. Name and HomeRegion are required; the other strings, times and
 * booleans may be absent or empty (a trail without OSS delivery has no OssBucketName).
 */
std::optional<ApiError> parseTrails(const QByteArray &body, QList<Trail> *trails,
                                    QString *requestId);
/** GetTrailStatus: every field optional except RequestId; delivery errors are cut, not refused. */
std::optional<ApiError> parseTrailStatus(const QByteArray &body, TrailStatus *status);
/** DescribeRegions: `Regions.Region[]` (an object holding the array). RegionId is required. */
std::optional<ApiError> parseRegions(const QByteArray &body, QList<ServiceRegion> *regions,
                                     QString *requestId);

/**
 * The error of a non-2xx answer (or of a 2xx one carrying `Code`): Kind::Service with the
 * service's Code, Message, RequestId, HostId and Recommend when the body is an error object,
 * otherwise Kind::Http with the status (an HTML error page, an empty 5xx body, ...).
 */
ApiError parseErrorResponse(int httpStatus, const QByteArray &body);
/** True when a 2xx body is nevertheless an error object (has a string `Code`). */
bool looksLikeErrorBody(const QByteArray &body);

/** "yyyy-MM-ddTHH:mm:ssZ" -> UTC QDateTime; an invalid QDateTime for anything else. */
QDateTime parseServiceTime(const QString &text);

/** ListDeliveryHistoryJobs' response shape. */
QJsonObject jobPageToJson(const JobPage &page);
/** GetDeliveryHistoryJob's response shape. */
QJsonObject jobDetailToJson(const DeliveryJob &job, const QString &requestId);

/** DescribeTrails' response shape. */
QJsonObject trailsToJson(const QList<Trail> &trails, const QString &requestId);
/** One trail in DescribeTrails' shape. */
QJsonObject trailToJson(const Trail &trail);
/** GetTrailStatus' response shape. */
QJsonObject trailStatusToJson(const TrailStatus &status);
/** DescribeRegions' response shape. */
QJsonObject regionsToJson(const QList<ServiceRegion> &regions, const QString &requestId);

} // namespace ResponseParser
