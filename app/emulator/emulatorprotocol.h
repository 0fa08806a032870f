#pragma once

#include "api/accesskey.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class JobStore;

/** A request as the emulator sees it, independent of the HTTP server that received it. */
struct EmulatorRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QByteArray path; ///< "/"
    /** The query string's name/value pairs, percent-decoded, in the order sent. */
    QList<QPair<QString, QString>> queryItems;
    /** Header names in lower case. */
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

/** What the service answers: status and JSON body (Content-Type is always JSON). */
struct EmulatorResponse
{
    int httpStatus = 200;
    QByteArray body;
    QString requestId;
    QString code; ///< the error Code, empty on success (for logs and tests)
    QByteArray date; ///< the Date header (IMF-fixdate), set by the HTTP layer
};

/**
 * The ActionTrail 2020-07-06 RPC protocol: authenticates a request (V3 ACS3-HMAC-SHA256 or V1
 * HMAC-SHA1), checks its timestamp and nonce, dispatches the four DeliveryHistoryJob actions and
 * the trail reads (DescribeTrails, GetTrailStatus, DescribeRegions) to the JobStore and renders
 * the documented success and error bodies.
 *
 * Order of checks (each failure answers at once):
 *  1. path "/" and method GET/POST, else InvalidApi.NotFound;
 *  2. scheme: an `Authorization: ACS3-HMAC-SHA256 ...` header means V3, a `Signature`
 *     parameter V1; neither -> IncompleteSignature;
 *  3. required signature fields present (V3 headers / V1 Missing<Name>), the key id known
 *     (InvalidAccessKeyId.NotFound), the timestamp well-formed (InvalidTimeStamp.Format) and
 *     within 15 minutes (InvalidTimeStamp.Expired);
 *  4. the signature (SignatureDoesNotMatch; V3 also x-acs-content-sha256 against the body);
 *  5. the STS token when one is configured; then the nonce (SignatureNonceUsed) — only after
 *     the signature, so a forged request cannot burn someone else's nonce;
 *  6. Version (InvalidVersion), then the action (InvalidApi.NotFound), then RAM
 *     (Forbidden.RAM), then its parameters.
 * A disabled key (InvalidAccessKeyId.Inactive) is refused right after the key id is found.
 */
class EmulatorProtocol
{
public:
    using Clock = std::function<QDateTime()>;

    EmulatorProtocol(JobStore *store, AccessKey key, Clock clock);

    /** The key is known but disabled: every request gets InvalidAccessKeyId.Inactive. */
    void setKeyInactive(bool inactive) { m_keyInactive = inactive; }
    /** Actions the key's RAM policy does not allow: they get Forbidden.RAM. */
    void setDeniedActions(const QStringList &actions) { m_deniedActions = actions; }
    /**
     * The region this endpoint serves (job scope "region"): it lists only the tasks whose
     * HomeRegion is `region` and creates tasks only for trails living there. Empty (the
     * default, job scope "account"): every task of the account, whatever its region.
     */
    void setRegion(const QString &region) { m_region = region; }
    /** What DescribeRegions answers; empty: every known region. */
    void setServedRegions(const QStringList &regions) { m_servedRegions = regions; }

    EmulatorResponse handle(const EmulatorRequest &request);

    /** An error body for faults raised outside the protocol (503, throttling, 500). */
    static EmulatorResponse errorResponse(int httpStatus, const QString &code,
                                          const QString &message, const QByteArray &hostHeader);

    /** Merges the query and an x-www-form-urlencoded body into one parameter map (form wins). */
    static QMap<QString, QString> mergedParameters(const EmulatorRequest &request);

private:
    /** Empty when the request is authentic; otherwise the error to answer. */
    std::optional<EmulatorResponse> authenticate(const EmulatorRequest &request,
                                                 const QMap<QString, QString> &parameters,
                                                 QString *action, QString *version);
    EmulatorResponse dispatch(const QString &action, const QMap<QString, QString> &parameters,
                              const QByteArray &host);
    bool checkAndRememberNonce(const QString &nonce, qint64 nowSecs);

    JobStore *m_store;
    AccessKey m_key;
    Clock m_clock;
    QHash<QString, qint64> m_nonces; // nonce -> when first seen (secs)
    qint64 m_lastNoncePurge = 0;
    EmulatorResponse dispatchTrails(const QString &action, const QMap<QString, QString> &parameters,
                                    const QByteArray &host);

    bool m_keyInactive = false;
    QStringList m_deniedActions;
    QString m_region;
    QStringList m_servedRegions;
};
