#pragma once

// Every behaviour of the emulator that Alibaba does not document ([ours] in the spec) lives here,
// so that correcting one after meeting the real service is a one-line change. The README's
// "The emulator" section has the same list as a table; keep the two in step.

#include <QByteArray>
#include <QString>

namespace EmulatorPolicy {

/** The only API version ActionTrail's backfill operations have. */
inline constexpr const char *apiVersion = "2020-07-06";

/** Allowed clock skew of x-acs-date / Timestamp against the server clock, either way [doc]. */
inline constexpr qint64 maxClockSkewSeconds = qint64(15) * 60;
/** How long a used nonce is remembered: twice the skew window, after which the timestamp check
 * alone rejects a replay. [ours] */
inline constexpr qint64 nonceMemorySeconds = 2 * maxClockSkewSeconds;

/** HostId of error bodies when the request carries no Host header. [ours] */
inline constexpr const char *defaultHostId = "actiontrail.cn-hangzhou.aliyuncs.com";

// ---- Documented error codes [doc] -----------------------------------------------------------
struct ErrorShape
{
    int httpStatus;
    const char *code;
    const char *message;
};

inline constexpr ErrorShape signatureDoesNotMatch {
    400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation."};
inline constexpr ErrorShape incompleteSignature {
    400, "IncompleteSignature",
    "The request signature does not conform to Alibaba Cloud standards."};
inline constexpr ErrorShape accessKeyNotFound {404, "InvalidAccessKeyId.NotFound",
                                               "Specified access key is not found."};
inline constexpr ErrorShape timeStampExpired {400, "InvalidTimeStamp.Expired",
                                              "Specified time stamp or date value is expired."};
inline constexpr ErrorShape timeStampFormat {
    400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."};
inline constexpr ErrorShape nonceUsed {400, "SignatureNonceUsed",
                                       "Specified signature nonce was used already."};
inline constexpr ErrorShape apiNotFound {
    404, "InvalidApi.NotFound", "Specified api is not found, please check your url and method."};
inline constexpr ErrorShape throttling {400, "Throttling.User",
                                        "Request was denied due to user flow control."};
inline constexpr ErrorShape serviceUnavailable {
    503, "ServiceUnavailable", "The service is unavailable. Please try again later."};
inline constexpr ErrorShape internalError {
    500, "InternalError", "An unknown error occurred while processing your request."};
/** The key exists but is disabled (EmulatorConfig::keyInactive) [doc]. */
inline constexpr ErrorShape accessKeyInactive {400, "InvalidAccessKeyId.Inactive",
                                               "Specified access key is disabled."};
/** A RAM policy does not allow the action (EmulatorConfig::deniedActions) [doc]; the spec has
 * seen both 403 and 400 for it: 403 is our choice. [ours: the status] */
inline constexpr ErrorShape forbiddenRam {
    403, "Forbidden.RAM",
    "User not authorized to operate on the specified resource, or this API doesn't support RAM."};
inline constexpr ErrorShape trailNotFound {404, "TrailNotFoundException",
                                           "The specified Trail does not exist."};

/** `Missing<Name>`: "<Name> is mandatory for this action." (400) [doc shape]. */
inline constexpr int missingParameterStatus = 400;
/** `Invalid<Name>`: "Specified parameter <Name> is not valid." (400) [doc shape]. */
inline constexpr int invalidParameterStatus = 400;

// ---- Undocumented choices [ours] -----------------------------------------------------------
/** Get/Delete of an unknown JobId (Alibaba's Terraform provider checks this code). [ours] */
inline constexpr ErrorShape jobNotFound {404, "DeliveryHistoryJobNotFound",
                                         "The specified delivery history job does not exist."};
/** A second Create while a task of the account is running. [ours] */
inline constexpr ErrorShape jobRunning {
    400, "DeliveryHistoryJobRunning",
    "A delivery history job is already running. Please try again after it finishes."};
/** Configured STS token and the request's differ (or the request has none). [ours] */
inline constexpr ErrorShape securityTokenMismatch {
    400, "InvalidSecurityToken.MismatchWithAccessKey",
    "Specified SecurityToken mismatch with the AccessKey."};
/** A Version other than 2020-07-06 is reported as Invalid<Name> for "Version". It is checked
 * BEFORE the action, so another product's request (spec vectors V1-a, V1-b, V3-a) gets
 * InvalidVersion after passing signature verification. [ours] */
inline constexpr bool versionCheckedBeforeAction = true;
/** x-acs-content-sha256 that does not match the received body: the signature cannot match. [ours]
 */
inline constexpr const ErrorShape &contentHashMismatch = signatureDoesNotMatch;
/** A page past the end: 200 with an empty list (false: 400 InvalidPageNumber). [ours] */
inline constexpr bool pagePastEndIsEmptySuccess = true;
/** ClientToken must be ASCII and at most this long [doc]; otherwise InvalidClientToken. [ours code]
 */
inline constexpr int maxClientTokenLength = 64;
/** Delete of a running task is allowed (the console offers it). [ours] */
inline constexpr bool deleteRunningJobAllowed = true;

// ---- Trails [ours]
// ------------------------------------------------------------------------------- Create refuses a
// trail that cannot be backfilled; the real codes are undocumented.
inline constexpr ErrorShape createOrganizationTrail {
    400, "InvalidTrailType.OrganizationTrail", "Only a single-account trail can be backfilled."};
inline constexpr ErrorShape createNoSlsDelivery {
    400, "TrailNotDeliveredToSls", "The trail does not deliver events to Simple Log Service."};
inline constexpr ErrorShape createNotLogging {400, "TrailNotLogging",
                                              "The trail is not logging. Start logging first."};
inline constexpr ErrorShape createOtherRegion {
    400, "TrailNotInRegion", "The trail does not belong to the region of this endpoint."};
/** Every endpoint's DescribeTrails lists every trail of the account (HomeRegion says where each
 * lives), in both job scopes; IncludeShadowTrails is checked but changes nothing. [ours] */
inline constexpr bool describeTrailsListsWholeAccount = true;
/** The emulated account's id in ARNs (the spec's example account). [ours] */
inline constexpr const char *accountId = "1594986938260000";
/** The delivery error GetTrailStatus reports for the one trail whose SLS delivery fails. [ours] */
inline constexpr const char *slsDeliveryError
    = "write sls failed, exception: ProjectNotExist, the project does not exist";
/** How long before "now" the last delivery of a logging trail happened. [ours] */
inline constexpr qint64 latestDeliveryAgoSeconds = 3 * 60;

// ---- Data and time-line choices [ours] -------------------------------------------------------
/** StartTime = CreatedTime - 90 days (the window of events delivered) [doc samples]. */
inline constexpr qint64 eventWindowDays = 90;
/** EndTime = CreatedTime + 5 minutes, as in both documented samples. [ours, from samples] */
inline constexpr qint64 endTimeAfterCreatedSeconds = qint64(5) * 60;
/** With ticking on, each tick with no running task starts a new one with this chance, so a
 * live demo keeps moving ("someone else started a backfill"). [ours] */
inline constexpr double autoStartChancePerTick = 0.2;
/** Chance that a region, when it finishes, fails (status 3) rather than completes. [ours] */
inline constexpr double regionFailureChance = 0.08;

// ---- Faults [ours] -----------------------------------------------------------------------------
/** The `slow` fault answers after the official SDKs' read timeout (10 s) has passed. */
inline constexpr int slowFaultDelayMs = 12000;
/** Body of the `garbage` fault: what a misbehaving proxy in front of the service may send. */
inline constexpr const char *garbageBody
    = "<html><head><title>502 Bad Gateway</title></head><body>Tengine</body></html>";

// ---- The fixed demo account [ours] (documented in the README) ----------------------------------
inline constexpr const char *demoAccessKeyId = "LTAI5tDemoBackfillBrowser";
inline constexpr const char *demoAccessKeySecret = "DemoSecretNotARealKey0000000000";

} // namespace EmulatorPolicy
