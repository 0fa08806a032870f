#pragma once

// CONTRACT between the API layer and its users (models, CLI, UI, emulator tests). The API
// helper implements it; change the shape only together with its users.

#include "accesskey.h"
#include "apierror.h"
#include "domain/deliveryjob.h"
#include "requestsigner.h"

#include <QObject>
#include <QMap>

#include <memory>
#include <optional>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class ActionTrailClient;

/**
 * One API call. Created started by ActionTrailClient; emits exactly one completion signal
 * (the subclass's `finished(...)` or `failed(ApiError)`) on every path, then deletes itself
 * (deleteLater). While it retries it emits `retrying` before each new attempt.
 */
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    QString action() const;
    /** Aborts: `failed` is emitted once with Kind::Cancelled (unless already completed). */
    void abort();

signals:
    void failed(const ApiError &error);
    /** Attempt `attempt` of `maxAttempts` will start in `delayMs` because of `reason`. */
    void retrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs);

protected:
    ApiCall(ActionTrailClient *client, QString action, QMap<QString, QString> parameters,
            bool idempotent);
    /** Parses a 2xx JSON body; on success emits the subclass's `finished`, else returns an error. */
    virtual std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) = 0;

private:
    friend class ActionTrailClient;
    void start();
    // implementation details are the API helper's: attempts, timers, the reply, ...
    struct Private;
    std::unique_ptr<Private> d;
};

class ListJobsCall : public ApiCall
{
    Q_OBJECT
signals:
    void finished(const JobPage &page);
};

class GetJobCall : public ApiCall
{
    Q_OBJECT
signals:
    /** `job.regions` is filled; requestId is the RequestId of the successful attempt. */
    void finished(const DeliveryJob &job, const QString &requestId);
};

class CreateJobCall : public ApiCall
{
    Q_OBJECT
signals:
    void finished(const CreatedJob &created);
};

class DeleteJobCall : public ApiCall
{
    Q_OBJECT
signals:
    void finished(qint64 jobId, const QString &requestId);
};

/**
 * The ActionTrail 2020-07-06 API over an injected QNetworkAccessManager.
 * Calls are children of the client; destroying the client aborts them.
 */
class ActionTrailClient : public QObject
{
    Q_OBJECT

public:
    explicit ActionTrailClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    /** https://actiontrail.<region>.aliyuncs.com; http:// only for loopback hosts. */
    static QUrl endpointForRegion(const QString &regionId);
    /** Validates an endpoint: https anywhere, http only to 127.0.0.0/8, ::1, localhost. */
    static bool isAllowedEndpoint(const QUrl &endpoint, QString *whyNot = nullptr);

    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const;
    void setAccessKey(const AccessKey &key);
    void setSignatureVersion(SignatureVersion version);
    void setTransferTimeout(std::chrono::milliseconds timeout); ///< default 10 s
    void setMaxAttempts(int attempts);                          ///< for idempotent calls; default 8

    ListJobsCall *listDeliveryHistoryJobs(int pageNumber, int pageSize);
    GetJobCall *getDeliveryHistoryJob(qint64 jobId);
    CreateJobCall *createDeliveryHistoryJob(const QString &trailName, const QString &clientToken);
    DeleteJobCall *deleteDeliveryHistoryJob(qint64 jobId);
};
