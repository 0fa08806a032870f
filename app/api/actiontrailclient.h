#pragma once

// CONTRACT between the API layer and its users (models, CLI, UI, emulator tests). The API
// helper implements it; change the shape only together with its users.

#include "accesskey.h"
#include "apierror.h"
#include "clientconfig.h"
#include "domain/deliveryjob.h"
#include "requestsigner.h"
#include "retrypolicy.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class ActionTrailClient;
class AssumeRoleCall;
class GetCallerIdentityCall;
struct AssumeRoleRequest;
class DescribeTrailsCall;
class GetTrailStatusCall;
class DescribeRegionsCall;
class ListAccountsCall;

/**
 * One API call. Created started by ActionTrailClient (the first request leaves on the next event
 * loop turn, so connecting right after creation is safe); emits exactly one completion signal
 * (the subclass's `finished(...)` or `failed(ApiError)`) on every path -- success, service error,
 * network error, timeout, abort, destruction of the client -- then deletes itself (deleteLater).
 * While it retries it emits `retrying` before each new attempt. Every attempt is signed afresh
 * (new nonce and timestamp).
 *
 * A call copies the client's ClientConfig when it starts. Before each attempt it asks the
 * credential provider for a key valid for CredentialProvider::refreshMargin more; when there is
 * none it waits for the provider's refresh (within the call's deadline; a wait over 2 s is
 * reported through `waiting`). A service answer InvalidSecurityToken.Expired makes it refresh and
 * try once more.
 */
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    /** The operation, e.g. "ListDeliveryHistoryJobs". */
    QString action() const;
    /** The operation's own parameters (JobId, PageSize, ...). */
    QMap<QString, QString> parameters() const;
    /** The attempt under way or last made (1-based; 0 before the first leaves). */
    int attempt() const;
    /** True once the completion signal has been emitted. */
    bool isFinished() const;
    /** Aborts: `failed` is emitted once with Kind::Cancelled (unless already completed). */
    void abort();

signals:
    void failed(const ApiError &error);
    /** Attempt `attempt` of `maxAttempts` will start in `delayMs` because of `reason`. */
    void retrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs);
    /**
     * A wait longer than 2 s is under way because of `reason`: emitted when it starts and then
     * about every second with the time left (for a countdown people can see).
     */
    void waiting(const ApiError &reason, int remainingMs);

protected:
    /** What sending the request again could do: decides Qt's transparent resends and ours. */
    enum class Effect {
        Read, ///< no effect: resend freely
        RepeatableWrite, ///< acts once however often sent (Create with its ClientToken)
        Write, ///< acts on every send (Delete)
    };
    ApiCall(ActionTrailClient *client, QString action, QMap<QString, QString> parameters,
            Effect effect, ApiProduct product = ApiProduct::ActionTrail);
    /**
     * Called when the call is about to fail with an error after which the service may or may
     * not have acted (the connection broke after the request was sent). A subclass that can
     * find out returns true and completes later with completeUnknownOutcome() or its own
     * `finished`; the default returns false (the error is reported as it is).
     */
    virtual bool resolveUnknownOutcome(const ApiError &error);
    /** Fails with `error` (for resolveUnknownOutcome()); the one completion, as always. */
    void completeWithError(const ApiError &error);
    /** Completes successfully after the subclass emitted its `finished` (resolveUnknownOutcome). */
    void completeSuccessfully();
    ActionTrailClient *client() const;
    /**
     * Parses a 2xx JSON body; on success emits the subclass's `finished` and returns nullopt,
     * else returns the (MalformedResponse) error. `requestId` is the x-acs-request-id header.
     */
    virtual std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) = 0;
    /** Subclasses report the parsed RequestId of a success (for the log) before emitting. */
    void noteRequestId(const QString &requestId);

private:
    friend class ActionTrailClient;
    void start();
    void sendAttempt();
    void releaseSlot();
    void awaitCredentials(bool force);
    void onCredentialsReady(const std::optional<ApiError> &refreshError);
    void stopAwaitingCredentials();
    void sendSigned(const Credentials &credentials);
    ApiError baseError(ApiError::Kind kind) const;
    void onReplyFinished();
    void checkBodySize(qint64 received);
    void onDeadline();
    void onWaitTick();
    void finishWithError(const ApiError &error);
    void finishSuccessfully();
    void releaseReply();
    struct Private;
    std::unique_ptr<Private> d;
};

class ListJobsCall : public ApiCall
{
    Q_OBJECT
public:
    int pageNumber() const { return m_pageNumber; }
    int pageSize() const { return m_pageSize; }
signals:
    void finished(const JobPage &page);

private:
    friend class ActionTrailClient;
    ListJobsCall(ActionTrailClient *client, int pageNumber, int pageSize);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    int m_pageNumber;
    int m_pageSize;
};

class GetJobCall : public ApiCall
{
    Q_OBJECT
public:
    qint64 jobId() const { return m_jobId; }
signals:
    /** `job.regions` is filled; requestId is the RequestId of the successful attempt. */
    void finished(const DeliveryJob &job, const QString &requestId);

private:
    friend class ActionTrailClient;
    GetJobCall(ActionTrailClient *client, qint64 jobId);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    qint64 m_jobId;
};

class CreateJobCall : public ApiCall
{
    Q_OBJECT
public:
    QString clientToken() const { return m_clientToken; }
signals:
    void finished(const CreatedJob &created);

private:
    friend class ActionTrailClient;
    CreateJobCall(ActionTrailClient *client, const QString &trailName, const QString &clientToken);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    QString m_clientToken;
};

/**
 * Deletes one job. Sent once: never resent by us or by Qt's network layer, since every send
 * deletes. When the connection breaks after the request went out, the call asks the service
 * (GetDeliveryHistoryJob) instead of guessing: a job that is gone was deleted (`finished`, with
 * an empty requestId); one that is still there fails with ApiError::outcomeUnknown set.
 */
class DeleteJobCall : public ApiCall
{
    Q_OBJECT
public:
    qint64 jobId() const { return m_jobId; }
signals:
    void finished(qint64 jobId, const QString &requestId);

private:
    friend class ActionTrailClient;
    DeleteJobCall(ActionTrailClient *client, qint64 jobId);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    bool resolveUnknownOutcome(const ApiError &error) override;
    qint64 m_jobId;
};

/**
 * The ActionTrail 2020-07-06 API, the STS 2015-04-01 calls that sign in with roles (in
 * stscalls.h) and ResourceManager 2020-03-31's ListAccounts (resourcemanagercalls.h), over an
 * injected QNetworkAccessManager (set it up with configureNetworkAccess() from networksetup.h).
 * Each call knows its product (ApiProduct) and goes to that product's endpoint in the ClientConfig.
 * Requests are `POST /` with every parameter in the query string and an empty body, signed V3
 * (default) or V1, `Accept: application/json`. Calls are children of the client; destroying the
 * client aborts them (each emits `failed` with Kind::Cancelled). Settings apply to calls started
 * afterwards: each copies the ClientConfig.
 */
class ActionTrailClient : public QObject
{
    Q_OBJECT

public:
    explicit ActionTrailClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ActionTrailClient() override;

    /** https://actiontrail.<region>.aliyuncs.com; an invalid QUrl for a malformed region id. */
    static QUrl endpointForRegion(const QString &regionId);
    /** Validates an endpoint: https anywhere, http only to 127.0.0.0/8, ::1, localhost. */
    static bool isAllowedEndpoint(const QUrl &endpoint, QString *whyNot = nullptr);
    /** The Host header for an endpoint: host, plus ":port" when the port is not the default. */
    static QString hostHeader(const QUrl &endpoint);

    /** Every setting at once (and what calls started now would copy). */
    void setConfig(const ClientConfig &config);
    ClientConfig config() const;

    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const;
    /** Where the STS calls go; default https://sts.aliyuncs.com. */
    void setStsEndpoint(const QUrl &endpoint);
    QUrl stsEndpoint() const;
    /** What signs the calls; shared with whoever else signs as the same principal. */
    void setCredentialProvider(std::shared_ptr<CredentialProvider> provider);
    std::shared_ptr<CredentialProvider> credentialProvider() const;
    /** Installs a StaticCredentialProvider holding `key` (no expiry known). */
    void setAccessKey(const AccessKey &key);
    /** The key id the provider signs with now (the secret is never handed out); may be empty. */
    QString accessKeyId() const;
    void setSignatureVersion(SignatureVersion version);
    SignatureVersion signatureVersion() const;
    /** The longest silence within one attempt (Qt's transfer timeout); default 10 s. */
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const;
    /**
     * The longest a call may take in all, attempts and waits between them included; default 60 s.
     * A call still under way then fails with Kind::Timeout (a retry that would start after it is
     * not attempted). A trickling server cannot hold a call longer than this.
     */
    void setCallDeadline(std::chrono::milliseconds deadline);
    std::chrono::milliseconds callDeadline() const;
    void setMaxAttempts(int attempts); ///< for idempotent calls; default 8
    int maxAttempts() const;
    /** Replaces the whole retry policy (tests inject randomness and short delays this way). */
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    /** The clock used for signing (x-acs-date / Timestamp) and clock-skew messages. */
    void setClock(RequestSigner::Clock clock);
    QNetworkAccessManager *networkAccessManager() const;

    ListJobsCall *listDeliveryHistoryJobs(int pageNumber, int pageSize);
    GetJobCall *getDeliveryHistoryJob(qint64 jobId);
    /** An empty clientToken is replaced by a fresh one, so that the call may be retried safely. */
    CreateJobCall *createDeliveryHistoryJob(const QString &trailName, const QString &clientToken);
    DeleteJobCall *deleteDeliveryHistoryJob(qint64 jobId);

    // STS 2015-04-01 (stscalls.cpp)
    /**
     * Assumes a role. Every rule of the parameters is checked before anything is sent (a broken
     * one fails with Kind::Configuration and the service's own code); an empty session name is
     * replaced by Sts::defaultSessionName().
     */
    AssumeRoleCall *assumeRole(const AssumeRoleRequest &request);
    GetCallerIdentityCall *getCallerIdentity();

    // The trail reads (trailcalls.h; defined there).
    /** Organization trails are asked for by default: the trails view explains why they are not
     * selectable rather than hiding them. */
    DescribeTrailsCall *describeTrails(bool includeOrganizationTrail = true,
                                       bool includeShadowTrails = false);
    GetTrailStatusCall *getTrailStatus(const QString &name, bool isOrganizationTrail = false);
    DescribeRegionsCall *describeRegions();

    // ResourceManager 2020-03-31 (resourcemanagercalls.h; defined there).
    /** One page of the resource directory's member accounts; PageSize is clamped to 1-100. */
    ListAccountsCall *listAccounts(int pageNumber, int pageSize);

private:
    QNetworkAccessManager *m_network;
    ClientConfig m_config;
};
