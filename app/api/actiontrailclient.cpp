#include "actiontrailclient.h"

#include "apilogging.h"
#include "requestslots.h"
#include "responseparser.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include "networksetup.h"

namespace {
// A page of 100 jobs is about 50 KiB and an error body a few hundred bytes: anything near these
// caps is not ActionTrail, and must not cost the memory it claims.
constexpr qint64 maxSuccessBodyBytes = 8 * 1024 * 1024;
constexpr qint64 maxErrorBodyBytes = 1024 * 1024;

/**
 * A request body that can be read once and never rewound. Qt's HTTP layer silently resends a
 * request whose connection closed before the answer (even on a fresh connection), but only after
 * rewinding its body; with this body it reports ContentReSendError instead, so that a write that
 * may have reached the service is never sent a second time behind our back.
 */
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::copy_n(m_data.constData() + m_position, count, data);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
} // namespace

struct ApiCall::Private
{
    QPointer<ActionTrailClient> client;
    QPointer<QNetworkAccessManager> network;
    /** The client's settings as they were when the call started. */
    ClientConfig config;
    ApiProduct product = ApiProduct::ActionTrail;
    QString action;
    QMap<QString, QString> parameters;
    Effect effect = Effect::Read;
    RetryPolicy::Safety safety = RetryPolicy::Safety::Idempotent;
    RetryPolicy policy;
    int attempt = 0;
    bool done = false;
    bool holdsSlot = false; // one of config.requestSlots, from sending to the answer
    QPointer<QNetworkReply> reply;
    QTimer retryTimer;
    QTimer deadlineTimer;
    QTimer waitTicker;
    std::chrono::milliseconds deadline {0};
    ApiError waitReason;
    QElapsedTimer attemptTimer;
    QDateTime attemptSentAt;
    int lastStatus = 0;
    qint64 lastElapsedMs = 0;
    /** The key id of the attempt under way or last made (for error messages). */
    QString keyId;
    /** Waiting for the provider's refresh: its two signals, connected while we wait. */
    QList<QMetaObject::Connection> credentialWait;
    QTimer credentialWaitNotice;
    /** InvalidSecurityToken.Expired was answered once already: the next one is final. */
    bool refreshedAfterExpiry = false;
};

ApiCall::ApiCall(ActionTrailClient *client, QString action, QMap<QString, QString> parameters,
                 Effect effect, ApiProduct product)
    : QObject(client)
    , d(std::make_unique<Private>())
{
    d->client = client;
    d->network = client->networkAccessManager();
    d->product = product;
    d->action = std::move(action);
    d->parameters = std::move(parameters);
    d->effect = effect;
    d->safety = effect == Effect::Write ? RetryPolicy::Safety::NotIdempotent
                                        : RetryPolicy::Safety::Idempotent;
    d->config = client->config();
    d->policy = d->config.retryPolicy;
    d->retryTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    d->deadline = d->config.callDeadline;
    d->deadlineTimer.setSingleShot(true);
    connect(&d->deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
    d->waitTicker.setInterval(1000);
    connect(&d->waitTicker, &QTimer::timeout, this, &ApiCall::onWaitTick);
    d->credentialWaitNotice.setSingleShot(true);
    connect(&d->credentialWaitNotice, &QTimer::timeout, this, [this] {
        d->waitReason = baseError(ApiError::Kind::Configuration);
        d->waitReason.detail
            = tr("waiting for new credentials: %1")
                  .arg(d->config.credentials ? d->config.credentials->describe() : QString());
        d->waitTicker.start();
        emit waiting(d->waitReason, d->deadlineTimer.remainingTime());
    });
}

ApiCall::~ApiCall()
{
    releaseReply();
}

QString ApiCall::action() const
{
    return d->action;
}

QMap<QString, QString> ApiCall::parameters() const
{
    return d->parameters;
}

int ApiCall::attempt() const
{
    return d->attempt;
}

void ApiCall::noteRequestId(const QString &requestId)
{
    // Logged here, before finished() is emitted: its slots may destroy this call.
    qCDebug(lcApi).noquote().nospace()
        << d->action << " attempt " << d->attempt << "/" << d->policy.maxAttempts() << ": HTTP "
        << d->lastStatus << " in " << d->lastElapsedMs << " ms, RequestId " << requestId << ", ok";
}

bool ApiCall::isFinished() const
{
    return d->done;
}

void ApiCall::abort()
{
    if (d->done)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.action = d->action;
    error.parameters = d->parameters;
    qCDebug(lcApi).noquote() << d->action << "cancelled at attempt" << d->attempt;
    finishWithError(error);
}

ApiError ApiCall::baseError(ApiError::Kind kind) const
{
    ApiError error;
    error.kind = kind;
    error.action = d->action;
    error.parameters = d->parameters;
    error.localDate = d->attemptSentAt;
    error.accessKeyId = d->keyId;
    error.host = ActionTrailClient::hostHeader(d->config.endpointFor(d->product));
    return error;
}

void ApiCall::start()
{
    // The settings as they are now: later changes to the client are for later calls.
    if (ActionTrailClient *client = d->client.data()) {
        d->config = client->config();
        d->policy = d->config.retryPolicy;
        d->deadline = d->config.callDeadline;
    }
    // Queued so that the caller can connect to the signals of the call it was just handed,
    // even when the call fails before anything is sent (no credentials, refused endpoint).
    QMetaObject::invokeMethod(this, &ApiCall::sendAttempt, Qt::QueuedConnection);
    d->deadlineTimer.start(d->deadline);
}

void ApiCall::onDeadline()
{
    if (d->done)
        return;
    const bool sent = !d->reply.isNull();
    const bool awaitingCredentials = !d->credentialWait.isEmpty();
    d->retryTimer.stop();
    d->waitTicker.stop();
    stopAwaitingCredentials();
    releaseReply();
    ApiError error = baseError(ApiError::Kind::Timeout);
    if (awaitingCredentials) {
        error.detail
            = tr("no new credentials within the deadline of %1 s (%2)")
                  .arg(double(d->deadline.count()) / 1000.0)
                  .arg(d->config.credentials ? d->config.credentials->describe() : QString());
    } else {
        error.detail = tr("no complete answer within the deadline of %1 s (attempt %2)")
                           .arg(double(d->deadline.count()) / 1000.0)
                           .arg(d->attempt);
    }
    qCDebug(lcApi).noquote().nospace() << d->action << " attempt " << d->attempt << "/"
                                       << d->policy.maxAttempts() << ": " << error.detail;
    if (sent && d->effect == Effect::Write && resolveUnknownOutcome(error))
        return;
    finishWithError(error);
}

void ApiCall::onWaitTick()
{
    const bool awaitingCredentials = !d->credentialWait.isEmpty();
    const QTimer &timer = awaitingCredentials ? d->deadlineTimer : d->retryTimer;
    const int remaining = timer.remainingTime();
    if (d->done || !timer.isActive() || remaining <= 0) {
        d->waitTicker.stop();
        return;
    }
    emit waiting(d->waitReason, remaining);
}

void ApiCall::releaseSlot()
{
    if (d->holdsSlot && d->config.requestSlots) {
        d->holdsSlot = false;
        d->config.requestSlots->release();
    }
}

void ApiCall::releaseReply()
{
    releaseSlot();
    if (QNetworkReply *reply = d->reply.data()) {
        d->reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::sendAttempt()
{
    if (d->done)
        return;
    d->waitTicker.stop();
    if (!d->client || !d->network) {
        abort();
        return;
    }
    ApiError configurationError = baseError(ApiError::Kind::Configuration);
    QString whyNot;
    if (!ActionTrailClient::isAllowedEndpoint(d->config.endpointFor(d->product), &whyNot)) {
        configurationError.detail = whyNot;
        finishWithError(configurationError);
        return;
    }
    if (!d->config.credentials) {
        configurationError.detail
            = tr("No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                 "ALIBABA_CLOUD_ACCESS_KEY_SECRET.");
        finishWithError(configurationError);
        return;
    }
    if (const auto credentials
        = d->config.credentials->current(CredentialProvider::refreshMargin)) {
        sendSigned(*credentials);
        return;
    }
    awaitCredentials(false);
}

void ApiCall::awaitCredentials(bool force)
{
    CredentialProvider *provider = d->config.credentials.get();
    if (!force) {
        // Nothing held yet, or it runs out within the margin: a new key first.
        qCDebug(lcApi).noquote() << d->action << "waiting for credentials:" << provider->describe();
    }
    d->credentialWait << connect(provider, &CredentialProvider::refreshed, this,
                                 [this] { onCredentialsReady(std::nullopt); });
    d->credentialWait << connect(provider, &CredentialProvider::refreshFailed, this,
                                 [this](const ApiError &error) { onCredentialsReady(error); });
    d->credentialWaitNotice.start(2000);
    provider->refresh();
}

void ApiCall::stopAwaitingCredentials()
{
    for (const QMetaObject::Connection &connection : std::as_const(d->credentialWait))
        disconnect(connection);
    d->credentialWait.clear();
    d->credentialWaitNotice.stop();
}

void ApiCall::onCredentialsReady(const std::optional<ApiError> &refreshError)
{
    stopAwaitingCredentials();
    d->waitTicker.stop();
    if (d->done)
        return;
    // A refresh that failed leaves the old key, which may still do for one more request.
    if (const auto credentials
        = d->config.credentials->current(CredentialProvider::minimumValidity)) {
        if (refreshError)
            qCDebug(lcApi).noquote()
                << d->action << "refresh failed; the current key is still valid";
        sendSigned(*credentials);
        return;
    }
    if (refreshError) {
        finishWithError(*refreshError);
        return;
    }
    ApiError error = baseError(ApiError::Kind::Configuration);
    error.detail = tr("The new credentials (%1) expire too soon to sign with; check this "
                      "computer's clock.")
                       .arg(d->config.credentials->describe());
    finishWithError(error);
}

void ApiCall::sendSigned(const Credentials &credentials)
{
    if (d->config.requestSlots && !d->holdsSlot) {
        // Signed when the slot is ours: a timestamp from before the wait could be stale.
        d->config.requestSlots->acquire(this, [this, credentials] {
            d->holdsSlot = true;
            if (d->done) {
                releaseSlot();
                return;
            }
            sendSigned(credentials);
        });
        return;
    }
    ++d->attempt;
    d->keyId = credentials.key.id;
    const QUrl endpoint = d->config.endpointFor(d->product);
    UnsignedRequest unsignedRequest;
    unsignedRequest.method = "POST";
    unsignedRequest.host = ActionTrailClient::hostHeader(endpoint);
    unsignedRequest.action = d->action;
    unsignedRequest.apiVersion = ClientConfig::apiVersionOf(d->product);
    unsignedRequest.parameters = d->parameters;

    // A fresh signer per attempt: new nonce, new timestamp (a replayed nonce is refused).
    d->attemptSentAt = d->config.now();
    const RequestSigner signer(d->config.signatureVersion, [this] { return d->attemptSentAt; });
    const SignedRequest signedRequest = signer.sign(unsignedRequest, credentials.key);

    QUrl url = endpoint;
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString::fromLatin1(signedRequest.encodedQuery()), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name == "host" ? QByteArray("Host") : name, value);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(d->config.transferTimeout.count()));

    d->attemptTimer.start();
    // A custom verb keeps Qt from adding an (unsigned) form Content-Type to the empty body.
    QNetworkReply *reply = nullptr;
    if (d->effect == Effect::Read) {
        reply = d->network->sendCustomRequest(request, "POST", signedRequest.body);
    } else {
        // HTTP/1.1 only: HTTP/2 has resend paths of its own. Unbuffered with a known length, so
        // that Qt reads the body from the one-shot device itself and cannot rewind it.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, signedRequest.body.size());
        auto *body = new OneShotBody(signedRequest.body);
        reply = d->network->sendCustomRequest(request, "POST", body);
        body->setParent(reply);
    }
    qCDebug(lcApi).noquote().nospace()
        << d->action << " attempt " << d->attempt << "/" << d->policy.maxAttempts() << ": sent";
    // Back-pressure: without it Qt keeps reading a fast endless body into memory (hundreds of
    // MiB) before checkBodySize() gets to abort. A little over the cap, so that crossing it shows.
    reply->setReadBufferSize(maxSuccessBodyBytes + 256 * 1024);
    d->reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Checked while the body arrives, before it is ever read whole.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { checkBodySize(0); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkBodySize(received); });
    // The manager owns its replies: if it goes away first, the reply dies without finishing.
    connect(reply, &QObject::destroyed, this, [this] {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.action = d->action;
        error.parameters = d->parameters;
        error.detail = tr("the network access was shut down before the answer arrived");
        finishWithError(error);
    });
}

void ApiCall::checkBodySize(qint64 received)
{
    QNetworkReply *reply = d->reply.data();
    if (!reply || d->done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    const qint64 cap = success ? maxSuccessBodyBytes : maxErrorBodyBytes;
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 size = std::max(received, announced.isValid() ? announced.toLongLong() : 0);
    if (size <= cap)
        return;
    ApiError error = baseError(ApiError::Kind::MalformedResponse);
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(reply->rawHeader("x-acs-request-id").left(200));
    error.detail = tr("the answer (HTTP %1) is larger than %2 MiB (at least %3 bytes); it was "
                      "not read")
                       .arg(status)
                       .arg(cap / (1024 * 1024))
                       .arg(size);
    qCDebug(lcApi).noquote().nospace()
        << d->action << " attempt " << d->attempt << "/" << d->policy.maxAttempts() << ": HTTP "
        << status << ", " << error.detail;
    finishWithError(error);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = d->reply.data();
    if (!reply || d->done)
        return;
    // The answer is in: the next request may go while this one is read.
    releaseSlot();
    const qint64 elapsedMs = d->attemptTimer.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    // An aborted (timed-out) reply is closed: reading it would only warn.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString headerRequestId = QString::fromLatin1(reply->rawHeader("x-acs-request-id"));
    const QByteArray dateHeader = reply->rawHeader("Date");
    const QByteArray retryAfterHeader = reply->rawHeader("Retry-After");
    const QString transportText = reply->errorString();
    d->reply.clear();
    reply->disconnect(this);
    reply->deleteLater();

    // Transport-level failures (1..199: connection, TLS, proxy, timeout) have no usable answer,
    // even when a status line arrived before the connection broke (a truncated body).
    const bool transportFailure
        = networkError != QNetworkReply::NoError && (status == 0 || int(networkError) < 200);

    d->lastStatus = status;
    d->lastElapsedMs = elapsedMs;
    ApiError error;
    if (transportFailure) {
        // Qt's transfer timeout aborts the reply (OperationCanceledError); our own aborts never
        // get here because they disconnect first.
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        error.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        error.networkError = int(networkError);
        error.httpStatus = status;
        error.detail = transportText;
        if (d->network)
            error.proxy = describeProxyFor(d->network, d->config.endpointFor(d->product));
    } else if (status >= 200 && status < 300 && !ResponseParser::looksLikeErrorBody(body)) {
        // Done before delivering: a slot of finished() may abort or destroy us (or the client),
        // and finished() must stay the one completion signal.
        d->done = true;
        QPointer<ApiCall> self(this);
        const std::optional<ApiError> parseError = deliver(body, headerRequestId);
        if (!self)
            return;
        if (!parseError) {
            finishSuccessfully();
            return;
        }
        d->done = false;
        error = *parseError;
    } else {
        error = ResponseParser::parseErrorResponse(status, body);
    }

    if (error.requestId.isEmpty())
        error.requestId = headerRequestId;
    error.httpStatus = error.httpStatus ? error.httpStatus : status;
    error.action = d->action;
    error.parameters = d->parameters;
    error.localDate = d->attemptSentAt;
    error.serverDate = RetryPolicy::parseHttpDate(dateHeader);
    error.accessKeyId = d->keyId;
    error.host = ActionTrailClient::hostHeader(d->config.endpointFor(d->product));
    const QDateTime now = d->config.now();
    if (const auto retryAfter = RetryPolicy::parseRetryAfter(retryAfterHeader, now))
        error.retryAfterMs = retryAfter->count();

    // Never the query (V1 carries the signature and token there) nor any header value.
    qCDebug(lcApi).noquote().nospace()
        << d->action << " attempt " << d->attempt << "/" << d->policy.maxAttempts() << ": HTTP "
        << status << " in " << elapsedMs << " ms, RequestId " << error.requestId << ", "
        << (error.code.isEmpty() ? error.detail : error.code);

    // Temporary credentials the service says have expired (our clock may think otherwise): a
    // new key and one more try; the service refused before acting, so even a write may resend.
    if (error.code == QLatin1String("InvalidSecurityToken.Expired") && !d->refreshedAfterExpiry
        && d->config.credentials) {
        d->refreshedAfterExpiry = true;
        qCDebug(lcApi).noquote() << d->action << "credentials expired: refreshing once";
        awaitCredentials(true);
        return;
    }
    const RetryPolicy::Decision decision = d->policy.decide(error, d->safety, d->attempt);
    // A retry that could not start before the deadline would only delay the same failure.
    if (decision.retry && decision.delay.count() < d->deadlineTimer.remainingTime()) {
        const int delayMs = int(decision.delay.count());
        qCDebug(lcApi).noquote() << d->action << "retrying in" << delayMs << "ms";
        QPointer<ApiCall> self(this);
        emit retrying(d->attempt + 1, d->policy.maxAttempts(), error, delayMs);
        if (!self || d->done) // a slot connected to retrying() may have aborted or deleted us
            return;
        d->retryTimer.start(delayMs);
        if (delayMs > 2000) {
            d->waitReason = error;
            d->waitTicker.start();
            emit waiting(error, delayMs);
        }
        return;
    }
    if (d->effect == Effect::Write && RetryPolicy::mayHaveActed(error)) {
        d->deadlineTimer.stop(); // the check is a call with a deadline of its own
        if (resolveUnknownOutcome(error))
            return;
    }
    finishWithError(error);
}

bool ApiCall::resolveUnknownOutcome(const ApiError &)
{
    return false;
}

void ApiCall::completeWithError(const ApiError &error)
{
    finishWithError(error);
}

void ApiCall::completeSuccessfully()
{
    if (d->done)
        return;
    d->done = true;
    finishSuccessfully();
}

ActionTrailClient *ApiCall::client() const
{
    return d->client.data();
}

void ApiCall::finishWithError(const ApiError &error)
{
    if (d->done)
        return;
    d->done = true;
    d->retryTimer.stop();
    d->deadlineTimer.stop();
    d->waitTicker.stop();
    stopAwaitingCredentials();
    releaseReply();
    QPointer<ApiCall> self(this);
    emit failed(error);
    if (self) // a slot may have deleted us (or our client) already
        deleteLater();
}

void ApiCall::finishSuccessfully()
{
    d->retryTimer.stop();
    d->deadlineTimer.stop();
    d->waitTicker.stop();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------

namespace {
QMap<QString, QString> listParameters(int pageNumber, int pageSize)
{
    return {{QStringLiteral("PageNumber"), QString::number(pageNumber)},
            {QStringLiteral("PageSize"), QString::number(pageSize)}};
}
} // namespace

ListJobsCall::ListJobsCall(ActionTrailClient *client, int pageNumber, int pageSize)
    : ApiCall(client, QStringLiteral("ListDeliveryHistoryJobs"),
              listParameters(pageNumber, pageSize), Effect::Read)
    , m_pageNumber(pageNumber)
    , m_pageSize(pageSize)
{ }

std::optional<ApiError> ListJobsCall::deliver(const QByteArray &body, const QString &)
{
    JobPage page;
    if (auto error = ResponseParser::parseJobPage(body, &page))
        return error;
    if (page.jobs.size() > m_pageSize) {
        ApiError error;
        error.kind = ApiError::Kind::MalformedResponse;
        error.requestId = page.requestId;
        error.detail = tr("the page holds %1 jobs though %2 were asked for")
                           .arg(page.jobs.size())
                           .arg(m_pageSize);
        return error;
    }
    noteRequestId(page.requestId);
    emit finished(page);
    return std::nullopt;
}

GetJobCall::GetJobCall(ActionTrailClient *client, qint64 jobId)
    : ApiCall(client, QStringLiteral("GetDeliveryHistoryJob"),
              {{QStringLiteral("JobId"), QString::number(jobId)}}, Effect::Read)
    , m_jobId(jobId)
{ }

std::optional<ApiError> GetJobCall::deliver(const QByteArray &body, const QString &)
{
    DeliveryJob job;
    QString requestId;
    if (auto error = ResponseParser::parseJobDetail(body, &job, &requestId))
        return error;
    noteRequestId(requestId);
    emit finished(job, requestId);
    return std::nullopt;
}

CreateJobCall::CreateJobCall(ActionTrailClient *client, const QString &trailName,
                             const QString &clientToken)
    : ApiCall(
        client, QStringLiteral("CreateDeliveryHistoryJob"),
        {{QStringLiteral("TrailName"), trailName}, {QStringLiteral("ClientToken"), clientToken}},
        Effect::RepeatableWrite) // every attempt carries the same ClientToken
    , m_clientToken(clientToken)
{ }

std::optional<ApiError> CreateJobCall::deliver(const QByteArray &body, const QString &)
{
    CreatedJob created;
    if (auto error = ResponseParser::parseCreatedJob(body, &created))
        return error;
    noteRequestId(created.requestId);
    emit finished(created);
    return std::nullopt;
}

DeleteJobCall::DeleteJobCall(ActionTrailClient *client, qint64 jobId)
    : ApiCall(client, QStringLiteral("DeleteDeliveryHistoryJob"),
              {{QStringLiteral("JobId"), QString::number(jobId)}},
              Effect::Write) // a repeated delete would answer "not found": only safe failures retry
    , m_jobId(jobId)
{ }

std::optional<ApiError> DeleteJobCall::deliver(const QByteArray &body, const QString &)
{
    QString requestId;
    if (auto error = ResponseParser::parseRequestIdOnly(body, &requestId))
        return error;
    noteRequestId(requestId);
    emit finished(m_jobId, requestId);
    return std::nullopt;
}

bool DeleteJobCall::resolveUnknownOutcome(const ApiError &error)
{
    ActionTrailClient *owner = client();
    if (!owner)
        return false;
    qCDebug(lcApi).noquote() << "DeleteDeliveryHistoryJob: outcome unknown, asking whether job"
                             << m_jobId << "still exists";
    ApiError unknown = error;
    unknown.outcomeUnknown = true;
    GetJobCall *check = owner->getDeliveryHistoryJob(m_jobId);
    connect(check, &GetJobCall::finished, this,
            [this, unknown](const DeliveryJob &, const QString &) { completeWithError(unknown); });
    connect(check, &ApiCall::failed, this, [this, unknown](const ApiError &checkError) {
        if (isFinished())
            return;
        if (!isNotFoundError(checkError)) {
            completeWithError(unknown);
            return;
        }
        qCDebug(lcApi).noquote() << "DeleteDeliveryHistoryJob: job" << m_jobId
                                 << "is gone: the delete took effect";
        QPointer<DeleteJobCall> self(this);
        emit finished(m_jobId, QString());
        if (self)
            completeSuccessfully();
    });
    return true;
}

// ---------------------------------------------------------------------------------------------

ActionTrailClient::ActionTrailClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

ActionTrailClient::~ActionTrailClient()
{
    // Every call still under way hears about it while both it and we are whole.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->abort();
}

QUrl ActionTrailClient::endpointForRegion(const QString &regionId)
{
    static const QRegularExpression regionForm(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!regionForm.match(regionId).hasMatch())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("actiontrail.%1.aliyuncs.com").arg(regionId));
    return url;
}

bool ActionTrailClient::isAllowedEndpoint(const QUrl &endpoint, QString *whyNot)
{
    auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return refuse(tr("The endpoint \"%1\" is not a valid URL with a host name.")
                          .arg(endpoint.toDisplayString()));
    if (!endpoint.userInfo().isEmpty() || endpoint.hasQuery() || endpoint.hasFragment()
        || (!endpoint.path().isEmpty() && endpoint.path() != QLatin1String("/")))
        return refuse(tr("The endpoint \"%1\" must be only a scheme, a host and a port, such as "
                         "https://actiontrail.cn-hangzhou.aliyuncs.com.")
                          .arg(endpoint.toDisplayString(QUrl::RemoveUserInfo)));
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (EnvironmentProxyFactory::isLoopbackHost(endpoint.host()))
            return true;
        return refuse(tr("Plain http:// is allowed only to this computer (127.0.0.1, ::1, "
                         "localhost); use https:// for %1.")
                          .arg(endpoint.host()));
    }
    return refuse(tr("The endpoint must start with https:// (not \"%1://\").").arg(scheme));
}

QString ActionTrailClient::hostHeader(const QUrl &endpoint)
{
    const QString host = endpoint.host(QUrl::FullyEncoded);
    QString value = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + host + QLatin1Char(']')
        : host;
    const int defaultPort = endpoint.scheme() == QLatin1String("http") ? 80 : 443;
    if (endpoint.port() != -1 && endpoint.port() != defaultPort)
        value += QLatin1Char(':') + QString::number(endpoint.port());
    return value;
}

void ActionTrailClient::setConfig(const ClientConfig &config)
{
    m_config = config;
    m_config.callDeadline = std::max(config.callDeadline, std::chrono::milliseconds(1));
}

ClientConfig ActionTrailClient::config() const
{
    return m_config;
}

void ActionTrailClient::setEndpoint(const QUrl &endpoint)
{
    m_config.endpoint = endpoint;
}

QUrl ActionTrailClient::endpoint() const
{
    return m_config.endpoint;
}

void ActionTrailClient::setStsEndpoint(const QUrl &endpoint)
{
    m_config.stsEndpoint = endpoint;
}

QUrl ActionTrailClient::stsEndpoint() const
{
    return m_config.stsEndpoint;
}

void ActionTrailClient::setCredentialProvider(std::shared_ptr<CredentialProvider> provider)
{
    m_config.credentials = std::move(provider);
}

std::shared_ptr<CredentialProvider> ActionTrailClient::credentialProvider() const
{
    return m_config.credentials;
}

void ActionTrailClient::setAccessKey(const AccessKey &key)
{
    setCredentialProvider(std::make_shared<StaticCredentialProvider>(Credentials {key, {}}));
}

QString ActionTrailClient::accessKeyId() const
{
    if (!m_config.credentials)
        return {};
    const std::optional<Credentials> last = m_config.credentials->last();
    return last ? last->key.id : QString();
}

void ActionTrailClient::setSignatureVersion(SignatureVersion version)
{
    m_config.signatureVersion = version;
}

SignatureVersion ActionTrailClient::signatureVersion() const
{
    return m_config.signatureVersion;
}

void ActionTrailClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_config.transferTimeout = timeout;
}

std::chrono::milliseconds ActionTrailClient::transferTimeout() const
{
    return m_config.transferTimeout;
}

void ActionTrailClient::setCallDeadline(std::chrono::milliseconds deadline)
{
    m_config.callDeadline = std::max(deadline, std::chrono::milliseconds(1));
}

std::chrono::milliseconds ActionTrailClient::callDeadline() const
{
    return m_config.callDeadline;
}

void ActionTrailClient::setMaxAttempts(int attempts)
{
    m_config.retryPolicy.setMaxAttempts(attempts);
}

int ActionTrailClient::maxAttempts() const
{
    return m_config.retryPolicy.maxAttempts();
}

void ActionTrailClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_config.retryPolicy = policy;
}

RetryPolicy ActionTrailClient::retryPolicy() const
{
    return m_config.retryPolicy;
}

void ActionTrailClient::setClock(RequestSigner::Clock clock)
{
    m_config.clock = std::move(clock);
}

QNetworkAccessManager *ActionTrailClient::networkAccessManager() const
{
    return m_network;
}

ListJobsCall *ActionTrailClient::listDeliveryHistoryJobs(int pageNumber, int pageSize)
{
    auto *call = new ListJobsCall(this, pageNumber, pageSize); // owned by this client
    call->start();
    return call;
}

GetJobCall *ActionTrailClient::getDeliveryHistoryJob(qint64 jobId)
{
    auto *call = new GetJobCall(this, jobId);
    call->start();
    return call;
}

CreateJobCall *ActionTrailClient::createDeliveryHistoryJob(const QString &trailName,
                                                           const QString &clientToken)
{
    const QString token
        = clientToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientToken;
    auto *call = new CreateJobCall(this, trailName, token);
    call->start();
    return call;
}

DeleteJobCall *ActionTrailClient::deleteDeliveryHistoryJob(qint64 jobId)
{
    auto *call = new DeleteJobCall(this, jobId);
    call->start();
    return call;
}
