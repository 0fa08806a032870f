#pragma once

#include "apierror.h"
#include "assumerole.h"
#include "domain/deliveryjob.h"

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

/**
 * STS AssumeRole: the assumed role's ARN and id and its temporary credentials. The key id, secret
 * and token must be printable ASCII (they go into headers); the token's length is not capped.
 */
std::optional<ApiError> parseAssumedRole(const QByteArray &body, AssumedRole *role);
/** STS GetCallerIdentity: AccountId, IdentityType and Arn are required, the ids optional. */
std::optional<ApiError> parseCallerIdentity(const QByteArray &body, CallerIdentity *identity);

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

} // namespace ResponseParser
