#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

/**
 * Why an API call did not succeed. The service's own fields are kept verbatim so that a person
 * can quote them to Alibaba Cloud support; describeApiError() turns the whole into words.
 */
struct ApiError
{
    enum class Kind {
        Service, ///< the service answered with an error body (Code, Message, ...)
        Http, ///< an HTTP error status without a parsable error body
        Network, ///< connection refused, reset, DNS, TLS, proxy ...
        Timeout, ///< no complete answer within the transfer timeout
        MalformedResponse, ///< 2xx but the body is not the documented shape (detail names the
                           ///< field)
        Cancelled, ///< aborted by us (a newer request replaced it, the user cancelled)
        Configuration, ///< refused before sending: no credentials, http:// to a public host, ...
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString hostId;
    QString recommend;
    /** Extra text for the log and "Details": transport error string, the offending field, ... */
    QString detail;
    /** The operation, e.g. "ListDeliveryHistoryJobs" (for RAM action names in messages). */
    QString action;
    /** The access key id used (never the secret), for InvalidAccessKeyId.* messages. */
    QString accessKeyId;
    /** The response's Date header, when present (to say how far off the local clock is). */
    QDateTime serverDate;
    /** When the request was sent, by our clock (the other half of the clock-skew estimate). */
    QDateTime localDate;
    /** QNetworkReply::NetworkError of a Network/Timeout failure (0 otherwise), for the wording. */
    int networkError = 0;
    /** The endpoint's host (and port), for messages such as "no answer from ...". */
    QString host;
    /** The proxy a Network/Timeout failure went through ("http://proxy:3128", no credentials). */
    QString proxy;
    /** The operation's own parameters (JobId, TrailName, ...; never credentials). */
    QMap<QString, QString> parameters;
    /** MalformedResponse because the body is not (complete) JSON: transient, retryable on reads. */
    bool bodyNotJson = false;
    /** The server's Retry-After, in milliseconds; -1 when absent or unparsable. */
    qint64 retryAfterMs = -1;
    /**
     * A write whose request reached the service but whose answer did not reach us, and a check
     * afterwards could not tell that it took effect: it may or may not have.
     */
    bool outcomeUnknown = false;
};

/**
 * Who reads describeApiError(): what to do is said in the reader's terms, the command line's
 * options (--endpoint, --signature-version, --timeout) or the window's account settings.
 */
enum class ErrorAudience {
    CommandLine,
    Window,
};

/**
 * Turns an ApiError into one translated, actionable sentence or two for people (what happened and
 * what to do). The raw Code, Message and RequestId are not repeated: show them as details.
 */
QString describeApiError(const ApiError &error,
                         ErrorAudience audience = ErrorAudience::CommandLine);

/**
 * The same error with every text the service supplied (Code, Message, RequestId, ...) made safe
 * to print: control characters shown escaped, never sent to a terminal.
 */
ApiError safeForDisplay(ApiError error);

/** "Code: ..., Message: ..., RequestId: ..., HTTP status ..." for logs, stderr and "Details". */
QString apiErrorDetails(const ApiError &error);

/**
 * The error codes that mean "this job or trail does not exist": the documented
 * TrailNotFoundException, and DeliveryHistoryJobNotFound, which is undocumented but what
 * Alibaba's own Terraform provider checks for [ours].
 */
bool isNotFoundError(const ApiError &error);

Q_DECLARE_METATYPE(ApiError)
