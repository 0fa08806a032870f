#include "requestsigner.h"

#include "domain/utctime.h"
#include "percentencoding.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

QByteArray SignedRequest::encodedQuery() const
{
    return alibabaCanonicalQuery(queryParameters);
}

QByteArray SignedRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerCaseName)
            return value;
    }
    return {};
}

RequestSigner::RequestSigner(SignatureVersion version, Clock clock, NonceSource nonceSource)
    : m_version(version)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_nonceSource(nonceSource ? std::move(nonceSource) : NonceSource([] {
        // 128 random bits as 32 hex digits, the form Alibaba's own examples use. A nonce must be
        // unique, not secret: the securely seeded global generator is plenty and 5x cheaper than
        // QUuid::createUuid's system generator.
        quint64 bits[2];
        QRandomGenerator::global()->fillRange(bits);
        return QString::fromLatin1(
            QByteArray::fromRawData(reinterpret_cast<const char *>(bits), sizeof bits).toHex());
    }))
{ }

SignedRequest RequestSigner::sign(const UnsignedRequest &request, const AccessKey &key) const
{
    return m_version == SignatureVersion::V3 ? signV3(request, key) : signV1(request, key);
}

QString RequestSigner::formatTimestamp(const QDateTime &time)
{
    return QString::fromLatin1(timestampBytes(time));
}

QByteArray RequestSigner::timestampBytes(const QDateTime &time)
{
    return UtcTime::bytes(time.toSecsSinceEpoch());
}

QByteArray RequestSigner::hexSha256(const QByteArray &data)
{
    // Most requests (the SDK style) have an empty body: its hash is a constant.
    if (data.isEmpty())
        return QByteArrayLiteral(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// ---------------------------------------------------------------------------------------------
// V3

bool RequestSigner::v3IsSignedHeader(const QByteArray &lowerCaseName)
{
    return lowerCaseName == "host" || lowerCaseName == "content-type"
        || lowerCaseName.startsWith("x-acs-");
}

QByteArray RequestSigner::v3SignedHeaderList(const QMap<QByteArray, QByteArray> &signedHeaders)
{
    QByteArray list;
    list.reserve(signedHeaders.size() * 16);
    for (auto it = signedHeaders.cbegin(); it != signedHeaders.cend(); ++it) {
        if (!list.isEmpty())
            list.append(';');
        list.append(it.key());
    }
    return list;
}

QByteArray RequestSigner::v3CanonicalRequest(const QByteArray &method,
                                             const QMap<QString, QString> &queryParameters,
                                             const QMap<QByteArray, QByteArray> &signedHeaders,
                                             const QByteArray &hexBodyHash)
{
    return v3CanonicalRequest(method, queryParameters, signedHeaders,
                              v3SignedHeaderList(signedHeaders), hexBodyHash);
}

QByteArray RequestSigner::v3CanonicalRequest(const QByteArray &method,
                                             const QMap<QString, QString> &queryParameters,
                                             const QMap<QByteArray, QByteArray> &signedHeaders,
                                             const QByteArray &signedHeaderList,
                                             const QByteArray &hexBodyHash)
{
    // One buffer, appended to in place: the canonical request is ~460 bytes and built per call.
    QByteArray canonical;
    canonical.reserve(512);
    canonical.append(method).append("\n/\n");
    appendAlibabaCanonicalQuery(canonical, queryParameters);
    canonical.append('\n');
    for (auto it = signedHeaders.cbegin(); it != signedHeaders.cend(); ++it)
        canonical.append(it.key()).append(':').append(it.value().trimmed()).append('\n');
    canonical.append('\n').append(signedHeaderList).append('\n').append(hexBodyHash);
    return canonical;
}

QByteArray RequestSigner::v3StringToSign(const QByteArray &canonicalRequest)
{
    return QByteArray(v3Algorithm) + '\n' + hexSha256(canonicalRequest);
}

QByteArray RequestSigner::v3Signature(const QString &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(),
                                            QCryptographicHash::Sha256)
        .toHex();
}

SignedRequest RequestSigner::signV3(const UnsignedRequest &request, const AccessKey &key) const
{
    const QByteArray bodyHash = hexSha256(request.body);

    QMap<QByteArray, QByteArray> signedHeaders;
    signedHeaders.insert(QByteArrayLiteral("host"), request.host.toUtf8());
    signedHeaders.insert(QByteArrayLiteral("x-acs-action"), request.action.toUtf8());
    signedHeaders.insert(QByteArrayLiteral("x-acs-version"), request.apiVersion.toUtf8());
    signedHeaders.insert(QByteArrayLiteral("x-acs-date"), timestampBytes(m_clock()));
    signedHeaders.insert(QByteArrayLiteral("x-acs-signature-nonce"), m_nonceSource().toUtf8());
    signedHeaders.insert(QByteArrayLiteral("x-acs-content-sha256"), bodyHash);
    if (key.isSts())
        signedHeaders.insert(QByteArrayLiteral("x-acs-security-token"), key.securityToken.toUtf8());
    if (!request.contentType.isEmpty())
        signedHeaders.insert(QByteArrayLiteral("content-type"), request.contentType);

    const QByteArray headerList = v3SignedHeaderList(signedHeaders);
    const QByteArray canonical = v3CanonicalRequest(request.method, request.parameters,
                                                    signedHeaders, headerList, bodyHash);
    const QByteArray signature = v3Signature(key.secret, v3StringToSign(canonical));

    SignedRequest signedRequest;
    signedRequest.queryParameters = request.parameters;
    signedRequest.body = request.body;
    signedRequest.headers.reserve(signedHeaders.size() + 1);
    for (auto it = signedHeaders.cbegin(); it != signedHeaders.cend(); ++it)
        signedRequest.headers.append({it.key(), it.value()});
    signedRequest.headers.append({QByteArrayLiteral("authorization"),
                                  QByteArray(v3Algorithm) + " Credential=" + key.id.toUtf8()
                                      + ",SignedHeaders=" + headerList
                                      + ",Signature=" + signature});
    return signedRequest;
}

// ---------------------------------------------------------------------------------------------
// V1

QByteArray RequestSigner::v1StringToSign(const QByteArray &method,
                                         const QMap<QString, QString> &parameters)
{
    // Signature itself is never signed; only a verifier (the emulator) passes one in, so only
    // then is the map copied. V1 signs the canonical query percent-encoded a second time, whole.
    QMap<QString, QString> withoutSignature;
    const bool hasSignature = parameters.contains(QStringLiteral("Signature"));
    if (hasSignature) {
        withoutSignature = parameters;
        withoutSignature.remove(QStringLiteral("Signature"));
    }
    QByteArray query;
    query.reserve(parameters.size() * 32);
    appendAlibabaCanonicalQuery(query, hasSignature ? withoutSignature : parameters);
    QByteArray stringToSign;
    stringToSign.reserve(method.size() + 6 + query.size() * 3 / 2);
    stringToSign.append(method).append("&%2F&");
    appendAlibabaPercentEncoded(stringToSign, QByteArrayView(query));
    return stringToSign;
}

QByteArray RequestSigner::v1Signature(const QString &secret, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8() + '&',
                                            QCryptographicHash::Sha1)
        .toBase64();
}

SignedRequest RequestSigner::signV1(const UnsignedRequest &request, const AccessKey &key) const
{
    QMap<QString, QString> parameters = request.parameters;
    parameters.insert(QStringLiteral("Action"), request.action);
    parameters.insert(QStringLiteral("Version"), request.apiVersion);
    parameters.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    parameters.insert(QStringLiteral("AccessKeyId"), key.id);
    parameters.insert(QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
    parameters.insert(QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
    parameters.insert(QStringLiteral("SignatureNonce"), m_nonceSource());
    parameters.insert(QStringLiteral("Timestamp"), QString::fromLatin1(timestampBytes(m_clock())));
    if (key.isSts())
        parameters.insert(QStringLiteral("SecurityToken"), key.securityToken);

    // A form body's fields are parameters too: they are signed but travel in the body.
    const bool formBody = request.contentType.startsWith("application/x-www-form-urlencoded");
    QMap<QString, QString> signedParameters
        = parameters; // implicitly shared until a form adds to it
    if (formBody) {
        const QList<QByteArray> fields = request.body.split('&');
        for (const QByteArray &field : fields) {
            if (field.isEmpty())
                continue;
            const qsizetype eq = field.indexOf('=');
            // In a form body '+' stands for a space (our own bodies never contain one).
            QByteArray name = eq < 0 ? field : field.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : field.mid(eq + 1);
            signedParameters.insert(
                QString::fromUtf8(QByteArray::fromPercentEncoding(name.replace('+', ' '))),
                QString::fromUtf8(QByteArray::fromPercentEncoding(value.replace('+', ' '))));
        }
    }

    const QByteArray signature
        = v1Signature(key.secret, v1StringToSign(request.method, signedParameters));
    parameters.insert(QStringLiteral("Signature"), QString::fromLatin1(signature));

    SignedRequest signedRequest;
    signedRequest.queryParameters = parameters;
    signedRequest.body = request.body;
    signedRequest.headers.append({"host", request.host.toUtf8()});
    if (!request.contentType.isEmpty())
        signedRequest.headers.append({"content-type", request.contentType});
    return signedRequest;
}
