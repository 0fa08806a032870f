#include "emulatorprotocol.h"

#include "api/requestsigner.h"
#include "api/responseparser.h"
#include "domain/regioncatalog.h"
#include "emulatorpolicy.h"
#include "jobstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <limits>

namespace {

QString newRequestId()
{
    // The service's RequestIds are upper-case UUIDs without braces.
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QString hostIdFrom(const QByteArray &hostHeader)
{
    if (hostHeader.isEmpty())
        return QString::fromLatin1(EmulatorPolicy::defaultHostId);
    // HostId names the host only, as the service's does (no port).
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(hostHeader));
    return url.host().isEmpty() ? QString::fromLatin1(hostHeader) : url.host();
}

EmulatorResponse shapeError(const EmulatorPolicy::ErrorShape &shape, const QByteArray &host)
{
    return EmulatorProtocol::errorResponse(shape.httpStatus, QString::fromLatin1(shape.code),
                                           QString::fromLatin1(shape.message), host);
}

EmulatorResponse missingParameter(const QString &name, const QByteArray &host)
{
    return EmulatorProtocol::errorResponse(
        EmulatorPolicy::missingParameterStatus, QStringLiteral("Missing") + name,
        name + QStringLiteral(" is mandatory for this action."), host);
}

EmulatorResponse invalidParameter(const QString &name, const QByteArray &host)
{
    return EmulatorProtocol::errorResponse(
        EmulatorPolicy::invalidParameterStatus, QStringLiteral("Invalid") + name,
        QStringLiteral("Specified parameter ") + name + QStringLiteral(" is not valid."), host);
}

EmulatorResponse success(QJsonObject body)
{
    EmulatorResponse response;
    response.requestId = newRequestId();
    body.insert(QStringLiteral("RequestId"), response.requestId);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

/** Seconds since the epoch for a strict "yyyy-MM-ddTHH:mm:ssZ", else nothing. */
std::optional<qint64> parseTimestamp(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toSecsSinceEpoch();
}

std::optional<qint64> parseInteger(const QString &text, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value > max)
        return std::nullopt;
    return value;
}

bool timingSafeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool isAsciiToken(const QString &token)
{
    for (const QChar c : token) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

EmulatorProtocol::EmulatorProtocol(JobStore *store, AccessKey key, Clock clock)
    : m_store(store)
    , m_key(std::move(key))
    , m_clock(std::move(clock))
{ }

EmulatorResponse EmulatorProtocol::errorResponse(int httpStatus, const QString &code,
                                                 const QString &message,
                                                 const QByteArray &hostHeader)
{
    EmulatorResponse response;
    response.httpStatus = httpStatus;
    response.code = code;
    response.requestId = newRequestId();
    const QJsonObject body {
        {QStringLiteral("RequestId"), response.requestId},
        {QStringLiteral("HostId"), hostIdFrom(hostHeader)},
        {QStringLiteral("Code"), code},
        {QStringLiteral("Message"), message},
        {QStringLiteral("Recommend"),
         QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=Actiontrail&requestId=%2")
             .arg(code, response.requestId)},
    };
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QMap<QString, QString> EmulatorProtocol::mergedParameters(const EmulatorRequest &request)
{
    QMap<QString, QString> parameters;
    for (const auto &[name, value] : request.queryItems)
        parameters.insert(name, value);

    const QByteArray contentType = request.headers.value("content-type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        // Form encoding: '+' is a space, the rest percent-encoded (the HTML form rules).
        const QList<QByteArray> fields = request.body.split('&');
        for (QByteArray field : fields) {
            if (field.isEmpty())
                continue;
            field.replace('+', ' ');
            const qsizetype eq = field.indexOf('=');
            const QByteArray name = eq < 0 ? field : field.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : field.mid(eq + 1);
            parameters.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                              QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
        }
    }
    return parameters;
}

EmulatorResponse EmulatorProtocol::handle(const EmulatorRequest &request)
{
    const QByteArray host = request.headers.value("host");
    if (request.path != "/" || (request.method != "GET" && request.method != "POST"))
        return shapeError(EmulatorPolicy::apiNotFound, host);

    const QMap<QString, QString> parameters = mergedParameters(request);
    QString action;
    QString version;
    if (auto failure = authenticate(request, parameters, &action, &version))
        return *failure;

    const auto checkVersion = [&]() -> std::optional<EmulatorResponse> {
        if (version.isEmpty())
            return missingParameter(QStringLiteral("Version"), host);
        if (version != QLatin1String(EmulatorPolicy::apiVersion))
            return invalidParameter(QStringLiteral("Version"), host);
        return std::nullopt;
    };
    if (EmulatorPolicy::versionCheckedBeforeAction) {
        if (auto failure = checkVersion())
            return *failure;
    }
    static const QStringList actions
        = {QStringLiteral("ListDeliveryHistoryJobs"),  QStringLiteral("GetDeliveryHistoryJob"),
           QStringLiteral("CreateDeliveryHistoryJob"), QStringLiteral("DeleteDeliveryHistoryJob"),
           QStringLiteral("DescribeTrails"),           QStringLiteral("GetTrailStatus"),
           QStringLiteral("DescribeRegions")};
    if (!actions.contains(action))
        return shapeError(EmulatorPolicy::apiNotFound, host);
    if (!EmulatorPolicy::versionCheckedBeforeAction) {
        if (auto failure = checkVersion())
            return *failure;
    }
    if (m_deniedActions.contains(action))
        return shapeError(EmulatorPolicy::forbiddenRam, host);
    return dispatch(action, parameters, host);
}

std::optional<EmulatorResponse>
EmulatorProtocol::authenticate(const EmulatorRequest &request,
                               const QMap<QString, QString> &parameters, QString *action,
                               QString *version)
{
    const QByteArray host = request.headers.value("host");
    const qint64 now = m_clock().toSecsSinceEpoch();
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray v3Prefix = QByteArray(RequestSigner::v3Algorithm) + ' ';

    QString keyId;
    QString timestamp;
    QString nonce;
    QString securityToken;
    bool securityTokenSent = false;

    if (authorization.startsWith(v3Prefix)) {
        // Authorization: ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>
        QMap<QByteArray, QByteArray> fields;
        for (const QByteArray &part : authorization.mid(v3Prefix.size()).split(',')) {
            const QByteArray trimmed = part.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0)
                fields.insert(trimmed.left(eq), trimmed.mid(eq + 1));
        }
        const QByteArray credential = fields.value("Credential");
        const QByteArray signedHeaderList = fields.value("SignedHeaders");
        const QByteArray signature = fields.value("Signature");
        if (credential.isEmpty() || signedHeaderList.isEmpty() || signature.isEmpty())
            return shapeError(EmulatorPolicy::incompleteSignature, host);

        // Rebuild the canonical headers from exactly the names the client says it signed.
        QMap<QByteArray, QByteArray> signedHeaders;
        for (const QByteArray &name : signedHeaderList.split(';')) {
            const QByteArray lower = name.trimmed().toLower();
            if (lower.isEmpty() || !request.headers.contains(lower))
                return shapeError(EmulatorPolicy::incompleteSignature, host);
            signedHeaders.insert(lower, request.headers.value(lower));
        }
        // The headers the service acts on must be covered by the signature.
        for (const char *required : {"host", "x-acs-action", "x-acs-version", "x-acs-date",
                                     "x-acs-signature-nonce", "x-acs-content-sha256"}) {
            if (!signedHeaders.contains(required))
                return shapeError(EmulatorPolicy::incompleteSignature, host);
        }
        securityTokenSent = request.headers.contains("x-acs-security-token");
        if (securityTokenSent && !signedHeaders.contains("x-acs-security-token"))
            return shapeError(EmulatorPolicy::incompleteSignature, host);

        keyId = QString::fromUtf8(credential);
        if (keyId != m_key.id)
            return shapeError(EmulatorPolicy::accessKeyNotFound, host);
        if (m_keyInactive)
            return shapeError(EmulatorPolicy::accessKeyInactive, host);
        timestamp = QString::fromUtf8(signedHeaders.value("x-acs-date"));
        const std::optional<qint64> sent = parseTimestamp(timestamp);
        if (!sent)
            return shapeError(EmulatorPolicy::timeStampFormat, host);
        if (qAbs(now - *sent) > EmulatorPolicy::maxClockSkewSeconds)
            return shapeError(EmulatorPolicy::timeStampExpired, host);

        const QByteArray bodyHash = RequestSigner::hexSha256(request.body);
        if (signedHeaders.value("x-acs-content-sha256").trimmed().toLower() != bodyHash)
            return shapeError(EmulatorPolicy::contentHashMismatch, host);

        QMap<QString, QString> queryParameters;
        for (const auto &[name, value] : request.queryItems)
            queryParameters.insert(name, value);
        const QByteArray canonical = RequestSigner::v3CanonicalRequest(
            request.method, queryParameters, signedHeaders, bodyHash);
        const QByteArray expected
            = RequestSigner::v3Signature(m_key.secret, RequestSigner::v3StringToSign(canonical));
        if (!timingSafeEqual(expected, signature.toLower()))
            return shapeError(EmulatorPolicy::signatureDoesNotMatch, host);

        nonce = QString::fromUtf8(signedHeaders.value("x-acs-signature-nonce"));
        securityToken = QString::fromUtf8(signedHeaders.value("x-acs-security-token"));
        *action = QString::fromUtf8(signedHeaders.value("x-acs-action").trimmed());
        *version = QString::fromUtf8(signedHeaders.value("x-acs-version").trimmed());
    } else if (parameters.contains(QStringLiteral("Signature"))) {
        for (const char *required : {"AccessKeyId", "SignatureMethod", "SignatureVersion",
                                     "SignatureNonce", "Timestamp"}) {
            const QString name = QString::fromLatin1(required);
            if (parameters.value(name).isEmpty())
                return missingParameter(name, host);
        }
        if (parameters.value(QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1"))
            return invalidParameter(QStringLiteral("SignatureMethod"), host);
        if (parameters.value(QStringLiteral("SignatureVersion")) != QLatin1String("1.0"))
            return invalidParameter(QStringLiteral("SignatureVersion"), host);

        keyId = parameters.value(QStringLiteral("AccessKeyId"));
        if (keyId != m_key.id)
            return shapeError(EmulatorPolicy::accessKeyNotFound, host);
        if (m_keyInactive)
            return shapeError(EmulatorPolicy::accessKeyInactive, host);
        timestamp = parameters.value(QStringLiteral("Timestamp"));
        const std::optional<qint64> sent = parseTimestamp(timestamp);
        if (!sent)
            return shapeError(EmulatorPolicy::timeStampFormat, host);
        if (qAbs(now - *sent) > EmulatorPolicy::maxClockSkewSeconds)
            return shapeError(EmulatorPolicy::timeStampExpired, host);

        // V1 signs the decoded values of query and form alike (v1StringToSign drops Signature).
        const QByteArray expected = RequestSigner::v1Signature(
            m_key.secret, RequestSigner::v1StringToSign(request.method, parameters));
        if (!timingSafeEqual(expected, parameters.value(QStringLiteral("Signature")).toUtf8()))
            return shapeError(EmulatorPolicy::signatureDoesNotMatch, host);

        nonce = parameters.value(QStringLiteral("SignatureNonce"));
        securityTokenSent = parameters.contains(QStringLiteral("SecurityToken"));
        securityToken = parameters.value(QStringLiteral("SecurityToken"));
        *action = parameters.value(QStringLiteral("Action"));
        *version = parameters.value(QStringLiteral("Version"));
    } else {
        return shapeError(EmulatorPolicy::incompleteSignature, host);
    }

    if (m_key.isSts() && (!securityTokenSent || securityToken != m_key.securityToken))
        return shapeError(EmulatorPolicy::securityTokenMismatch, host);
    if (!checkAndRememberNonce(nonce, now))
        return shapeError(EmulatorPolicy::nonceUsed, host);
    return std::nullopt;
}

bool EmulatorProtocol::checkAndRememberNonce(const QString &nonce, qint64 nowSecs)
{
    if (nowSecs - m_lastNoncePurge > 60) {
        m_lastNoncePurge = nowSecs;
        for (auto it = m_nonces.begin(); it != m_nonces.end();) {
            if (nowSecs - it.value() > EmulatorPolicy::nonceMemorySeconds)
                it = m_nonces.erase(it);
            else
                ++it;
        }
    }
    if (m_nonces.contains(nonce))
        return false;
    m_nonces.insert(nonce, nowSecs);
    return true;
}

EmulatorResponse EmulatorProtocol::dispatch(const QString &action,
                                            const QMap<QString, QString> &parameters,
                                            const QByteArray &host)
{
    constexpr qint64 int32Max = std::numeric_limits<qint32>::max();
    constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
    const auto jobIdParameter = [&](std::optional<EmulatorResponse> *failure) -> qint64 {
        const QString name = QStringLiteral("JobId");
        if (!parameters.contains(name) || parameters.value(name).isEmpty()) {
            *failure = missingParameter(name, host);
            return 0;
        }
        const std::optional<qint64> jobId = parseInteger(parameters.value(name), int64Max);
        if (!jobId || *jobId < 0) {
            *failure = invalidParameter(name, host);
            return 0;
        }
        return *jobId;
    };

    if (action == QLatin1String("ListDeliveryHistoryJobs")) {
        qint64 pageSize = 20;
        qint64 pageNumber = 1;
        if (parameters.contains(QStringLiteral("PageSize"))) {
            const auto value = parseInteger(parameters.value(QStringLiteral("PageSize")), int32Max);
            if (!value || *value < 1 || *value > 100)
                return invalidParameter(QStringLiteral("PageSize"), host);
            pageSize = *value;
        }
        if (parameters.contains(QStringLiteral("PageNumber"))) {
            const auto value
                = parseInteger(parameters.value(QStringLiteral("PageNumber")), int32Max);
            if (!value || *value < 1)
                return invalidParameter(QStringLiteral("PageNumber"), host);
            pageNumber = *value;
        }
        const qint64 offset = (pageNumber - 1) * pageSize;
        const int total = m_region.isEmpty() ? m_store->count() : m_store->countInRegion(m_region);
        if (!EmulatorPolicy::pagePastEndIsEmptySuccess && offset > 0 && offset >= total)
            return invalidParameter(QStringLiteral("PageNumber"), host);
        EmulatorResponse response = success({
            {QStringLiteral("PageNumber"), int(pageNumber)},
            {QStringLiteral("PageSize"), int(pageSize)},
            {QStringLiteral("TotalCount"), total},
        });
        // The jobs are spliced in from each job's cached JSON, as the first key: QJsonDocument
        // writes keys in sorted order and "DeliveryHistoryJobs" sorts first, so the bytes are
        // exactly what rendering the whole object would give (tst_emulatorprotocol checks).
        QByteArray jobs = "\"DeliveryHistoryJobs\":[";
        const auto page = m_region.isEmpty()
            ? m_store->page(offset, int(pageSize))
            : m_store->pageInRegion(m_region, offset, int(pageSize));
        for (const EmulatedJob *job : page) {
            if (job != page.front())
                jobs += ',';
            jobs += m_store->listEntryJson(*job);
        }
        jobs += "],";
        response.body.insert(1, jobs);
        return response;
    }

    if (action == QLatin1String("GetDeliveryHistoryJob")) {
        std::optional<EmulatorResponse> failure;
        const qint64 jobId = jobIdParameter(&failure);
        if (failure)
            return *failure;
        const EmulatedJob *job = m_store->find(jobId);
        if (!job)
            return shapeError(EmulatorPolicy::jobNotFound, host);
        return success(m_store->toJson(*job, true));
    }

    if (action == QLatin1String("CreateDeliveryHistoryJob")) {
        const QString trailName = parameters.value(QStringLiteral("TrailName"));
        if (trailName.isEmpty())
            return missingParameter(QStringLiteral("TrailName"), host);
        const QString clientToken = parameters.value(QStringLiteral("ClientToken"));
        if (clientToken.size() > EmulatorPolicy::maxClientTokenLength || !isAsciiToken(clientToken))
            return invalidParameter(QStringLiteral("ClientToken"), host);
        const JobStore::CreateResult result
            = m_store->create(trailName, clientToken, m_clock().toSecsSinceEpoch(), m_region);
        switch (result.outcome) {
        case JobStore::CreateOutcome::TrailNotFound:
            return shapeError(EmulatorPolicy::trailNotFound, host);
        case JobStore::CreateOutcome::OrganizationTrail:
            return shapeError(EmulatorPolicy::createOrganizationTrail, host);
        case JobStore::CreateOutcome::NoSlsDelivery:
            return shapeError(EmulatorPolicy::createNoSlsDelivery, host);
        case JobStore::CreateOutcome::NotLogging:
            return shapeError(EmulatorPolicy::createNotLogging, host);
        case JobStore::CreateOutcome::OtherRegion:
            return shapeError(EmulatorPolicy::createOtherRegion, host);
        case JobStore::CreateOutcome::AlreadyRunning:
            return shapeError(EmulatorPolicy::jobRunning, host);
        case JobStore::CreateOutcome::Created:
        case JobStore::CreateOutcome::SameClientToken:
            break;
        }
        return success({{QStringLiteral("JobId"), result.jobId}});
    }

    if (action == QLatin1String("DeleteDeliveryHistoryJob")) {
        std::optional<EmulatorResponse> failure;
        const qint64 jobId = jobIdParameter(&failure);
        if (failure)
            return *failure;
        const EmulatedJob *job = m_store->find(jobId);
        if (!job)
            return shapeError(EmulatorPolicy::jobNotFound, host);
        if (!EmulatorPolicy::deleteRunningJobAllowed && job->isRunning())
            return shapeError(EmulatorPolicy::jobRunning, host);
        m_store->remove(jobId);
        return success({});
    }

    return dispatchTrails(action, parameters, host);
}

EmulatorResponse EmulatorProtocol::dispatchTrails(const QString &action,
                                                  const QMap<QString, QString> &parameters,
                                                  const QByteArray &host)
{
    // An absent boolean is its default; anything but "true"/"false" is Invalid<Name>. [ours]
    const auto boolean = [&](const QString &name, bool *out) {
        if (!parameters.contains(name))
            return true;
        const QString value = parameters.value(name);
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return false;
        *out = value == QLatin1String("true");
        return true;
    };

    if (action == QLatin1String("DescribeTrails")) {
        bool includeOrganization = false;
        bool includeShadow = false;
        if (!boolean(QStringLiteral("IncludeOrganizationTrail"), &includeOrganization))
            return invalidParameter(QStringLiteral("IncludeOrganizationTrail"), host);
        if (!boolean(QStringLiteral("IncludeShadowTrails"), &includeShadow))
            return invalidParameter(QStringLiteral("IncludeShadowTrails"), host);
        const QString nameList = parameters.value(QStringLiteral("NameList"));
        const QStringList names = nameList.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QList<Trail> trails;
        for (int i = 0; i < m_store->trails().size(); ++i) {
            const Trail trail = m_store->describeTrail(i);
            if (trail.isOrganizationTrail && !includeOrganization)
                continue;
            if (!names.isEmpty() && !names.contains(trail.name))
                continue;
            if (!EmulatorPolicy::describeTrailsListsWholeAccount && !includeShadow
                && !m_region.isEmpty() && trail.homeRegion != m_region)
                continue;
            trails.append(trail);
        }
        return success(ResponseParser::trailsToJson(trails, QString()));
    }

    if (action == QLatin1String("GetTrailStatus")) {
        const QString name = parameters.value(QStringLiteral("Name"));
        if (name.isEmpty())
            return missingParameter(QStringLiteral("Name"), host);
        bool organization = false;
        if (!boolean(QStringLiteral("IsOrganizationTrail"), &organization))
            return invalidParameter(QStringLiteral("IsOrganizationTrail"), host);
        const int index = m_store->trailIndex(name);
        // An organization trail is found only when asked for as one, and the other way round.
        if (index < 0 || m_store->trails().at(index).organization != organization)
            return shapeError(EmulatorPolicy::trailNotFound, host);
        TrailStatus status = m_store->trailStatus(index, m_clock().toSecsSinceEpoch());
        return success(ResponseParser::trailStatusToJson(status));
    }

    if (action == QLatin1String("DescribeRegions")) {
        const QStringList ids
            = m_servedRegions.isEmpty() ? JobStore::knownRegions() : m_servedRegions;
        QList<ServiceRegion> regions;
        for (const QString &id : ids) {
            regions.append({id, QStringLiteral("actiontrail.%1.aliyuncs.com").arg(id),
                            RegionCatalog::displayName(id)});
        }
        return success(ResponseParser::regionsToJson(regions, QString()));
    }

    return shapeError(EmulatorPolicy::apiNotFound, host);
}
