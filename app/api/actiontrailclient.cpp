#include "actiontrailclient.h"

#include "apilogging.h"
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

struct ApiCall::Private
{
    QPointer<ActionTrailClient> client;
    QString action;
    QMap<QString, QString> parameters;
    RetryPolicy::Safety safety = RetryPolicy::Safety::Idempotent;
    RetryPolicy policy;
    int attempt = 0;
    bool done = false;
    QPointer<QNetworkReply> reply;
    QTimer retryTimer;
    QElapsedTimer attemptTimer;
    QDateTime attemptSentAt;
    int lastStatus = 0;
    qint64 lastElapsedMs = 0;
};

ApiCall::ApiCall(ActionTrailClient *client, QString action, QMap<QString, QString> parameters,
                 bool idempotent)
    : QObject(client)
    , d(std::make_unique<Private>())
{
    d->client = client;
    d->action = std::move(action);
    d->parameters = std::move(parameters);
    d->safety = idempotent ? RetryPolicy::Safety::Idempotent : RetryPolicy::Safety::NotIdempotent;
    d->policy = client->retryPolicy();
    d->retryTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
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

void ApiCall::start()
{
    // Queued so that the caller can connect to the signals of the call it was just handed,
    // even when the call fails before anything is sent (no credentials, refused endpoint).
    QMetaObject::invokeMethod(this, &ApiCall::sendAttempt, Qt::QueuedConnection);
}

void ApiCall::releaseReply()
{
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
    ActionTrailClient *client = d->client.data();
    if (!client) {
        abort();
        return;
    }
    ++d->attempt;

    ApiError configurationError;
    configurationError.kind = ApiError::Kind::Configuration;
    configurationError.action = d->action;
    configurationError.parameters = d->parameters;
    QString whyNot;
    if (!ActionTrailClient::isAllowedEndpoint(client->m_endpoint, &whyNot)) {
        configurationError.detail = whyNot;
        finishWithError(configurationError);
        return;
    }
    if (!client->m_accessKey.isValid()) {
        configurationError.detail =
            tr("No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
               "ALIBABA_CLOUD_ACCESS_KEY_SECRET.");
        finishWithError(configurationError);
        return;
    }

    UnsignedRequest unsignedRequest;
    unsignedRequest.method = "POST";
    unsignedRequest.host = ActionTrailClient::hostHeader(client->m_endpoint);
    unsignedRequest.action = d->action;
    unsignedRequest.apiVersion = QString::fromLatin1(ActionTrailClient::apiVersion);
    unsignedRequest.parameters = d->parameters;

    // A fresh signer per attempt: new nonce, new timestamp (a replayed nonce is refused).
    d->attemptSentAt = client->now();
    const RequestSigner signer(client->m_signatureVersion, [this] { return d->attemptSentAt; });
    const SignedRequest signedRequest = signer.sign(unsignedRequest, client->m_accessKey);

    QUrl url = client->m_endpoint;
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString::fromLatin1(signedRequest.encodedQuery()), QUrl::StrictMode);
    QNetworkRequest request(url);
    for (const auto &[name, value] : signedRequest.headers)
        request.setRawHeader(name == "host" ? QByteArray("Host") : name, value);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(client->m_transferTimeout.count()));

    d->attemptTimer.start();
    // A custom verb keeps Qt from adding an (unsigned) form Content-Type to the empty body.
    QNetworkReply *reply = client->m_network->sendCustomRequest(request, "POST", signedRequest.body);
    d->reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
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

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = d->reply.data();
    if (!reply || d->done)
        return;
    ActionTrailClient *client = d->client.data();
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
    const bool transportFailure =
        networkError != QNetworkReply::NoError && (status == 0 || int(networkError) < 200);

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
        if (client)
            error.proxy = describeProxyFor(client->networkAccessManager(), client->endpoint());
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
    if (client) {
        error.accessKeyId = client->m_accessKey.id;
        error.host = ActionTrailClient::hostHeader(client->m_endpoint);
    }
    const QDateTime now = client ? client->now() : QDateTime::currentDateTimeUtc();
    if (const auto retryAfter = RetryPolicy::parseRetryAfter(retryAfterHeader, now))
        error.retryAfterMs = retryAfter->count();

    // Never the query (V1 carries the signature and token there) nor any header value.
    qCDebug(lcApi).noquote().nospace()
        << d->action << " attempt " << d->attempt << "/" << d->policy.maxAttempts() << ": HTTP "
        << status << " in " << elapsedMs << " ms, RequestId " << error.requestId << ", "
        << (error.code.isEmpty() ? error.detail : error.code);

    const RetryPolicy::Decision decision = d->policy.decide(error, d->safety, d->attempt);
    if (decision.retry) {
        const int delayMs = int(decision.delay.count());
        qCDebug(lcApi).noquote() << d->action << "retrying in" << delayMs << "ms";
        QPointer<ApiCall> self(this);
        emit retrying(d->attempt + 1, d->policy.maxAttempts(), error, delayMs);
        if (self && !d->done) // a slot connected to retrying() may have aborted or deleted us
            d->retryTimer.start(delayMs);
        return;
    }
    finishWithError(error);
}

void ApiCall::finishWithError(const ApiError &error)
{
    if (d->done)
        return;
    d->done = true;
    d->retryTimer.stop();
    releaseReply();
    QPointer<ApiCall> self(this);
    emit failed(error);
    if (self) // a slot may have deleted us (or our client) already
        deleteLater();
}

void ApiCall::finishSuccessfully()
{
    d->retryTimer.stop();
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
              listParameters(pageNumber, pageSize), true)
    , m_pageNumber(pageNumber)
    , m_pageSize(pageSize)
{
}

std::optional<ApiError> ListJobsCall::deliver(const QByteArray &body, const QString &)
{
    JobPage page;
    if (auto error = ResponseParser::parseJobPage(body, &page))
        return error;
    noteRequestId(page.requestId);
    emit finished(page);
    return std::nullopt;
}

GetJobCall::GetJobCall(ActionTrailClient *client, qint64 jobId)
    : ApiCall(client, QStringLiteral("GetDeliveryHistoryJob"),
              {{QStringLiteral("JobId"), QString::number(jobId)}}, true)
    , m_jobId(jobId)
{
}

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
    : ApiCall(client, QStringLiteral("CreateDeliveryHistoryJob"),
              {{QStringLiteral("TrailName"), trailName},
               {QStringLiteral("ClientToken"), clientToken}},
              true) // idempotent: every attempt carries the same ClientToken
    , m_clientToken(clientToken)
{
}

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
              false) // a repeated delete would answer "not found": only safe failures retry
    , m_jobId(jobId)
{
}

std::optional<ApiError> DeleteJobCall::deliver(const QByteArray &body, const QString &)
{
    QString requestId;
    if (auto error = ResponseParser::parseRequestIdOnly(body, &requestId))
        return error;
    noteRequestId(requestId);
    emit finished(m_jobId, requestId);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------

ActionTrailClient::ActionTrailClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

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

void ActionTrailClient::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
}

QUrl ActionTrailClient::endpoint() const
{
    return m_endpoint;
}

void ActionTrailClient::setAccessKey(const AccessKey &key)
{
    m_accessKey = key;
}

QString ActionTrailClient::accessKeyId() const
{
    return m_accessKey.id;
}

void ActionTrailClient::setSignatureVersion(SignatureVersion version)
{
    m_signatureVersion = version;
}

SignatureVersion ActionTrailClient::signatureVersion() const
{
    return m_signatureVersion;
}

void ActionTrailClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

std::chrono::milliseconds ActionTrailClient::transferTimeout() const
{
    return m_transferTimeout;
}

void ActionTrailClient::setMaxAttempts(int attempts)
{
    m_retryPolicy.setMaxAttempts(attempts);
}

int ActionTrailClient::maxAttempts() const
{
    return m_retryPolicy.maxAttempts();
}

void ActionTrailClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

RetryPolicy ActionTrailClient::retryPolicy() const
{
    return m_retryPolicy;
}

void ActionTrailClient::setClock(RequestSigner::Clock clock)
{
    m_clock = std::move(clock);
}

QNetworkAccessManager *ActionTrailClient::networkAccessManager() const
{
    return m_network;
}

QDateTime ActionTrailClient::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
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
    const QString token =
        clientToken.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : clientToken;
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
