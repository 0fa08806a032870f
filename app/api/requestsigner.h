#pragma once

#include "accesskey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>

/** The two request-signing schemes of Alibaba Cloud RPC APIs. */
enum class SignatureVersion {
    V3, ///< ACS3-HMAC-SHA256 (headers + Authorization); the official SDKs' default.
    V1, ///< HMAC-SHA1 (Signature as a request parameter); older, still accepted.
};

/** What a caller wants to send, before signing. */
struct UnsignedRequest
{
    QByteArray method = "POST";
    /** Host header value, e.g. "actiontrail.cn-hangzhou.aliyuncs.com" (with ":port" if not
     * default). */
    QString host;
    QString action;
    QString apiVersion;
    /** The operation's own parameters (JobId, PageSize, ...): sent in the query string. */
    QMap<QString, QString> parameters;
    /** Optional body and its content type (e.g. a form body); empty for the SDK-style request. */
    QByteArray body;
    QByteArray contentType;
};

/** What goes on the wire: the query parameters (already complete), the headers and the body. */
struct SignedRequest
{
    QMap<QString, QString> queryParameters;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /** The query string exactly as it must be sent (Alibaba percent-encoding, sorted). */
    QByteArray encodedQuery() const;
    QByteArray header(const QByteArray &lowerCaseName) const;
};

/**
 * Signs Alibaba Cloud RPC requests with V3 (ACS3-HMAC-SHA256) or V1 (HMAC-SHA1).
 *
 * sign() is a pure function of the request, the access key, the clock and the nonce source; tests
 * inject both. The static building blocks are public because the emulator verifies signatures
 * with the same canonical forms, and the tests check each against Alibaba's worked examples.
 */
class RequestSigner
{
public:
    using Clock = std::function<QDateTime()>;
    using NonceSource = std::function<QString()>;

    explicit RequestSigner(SignatureVersion version = SignatureVersion::V3, Clock clock = {},
                           NonceSource nonceSource = {});

    SignatureVersion version() const { return m_version; }
    SignedRequest sign(const UnsignedRequest &request, const AccessKey &key) const;

    /** UtcTime's form of `time`, the format of both x-acs-date and Timestamp. */
    static QString formatTimestamp(const QDateTime &time);
    /** formatTimestamp() as the bytes that go into a header. */
    static QByteArray timestampBytes(const QDateTime &time);
    static QByteArray hexSha256(const QByteArray &data);

    // --- V3: ACS3-HMAC-SHA256 ---
    static constexpr const char *v3Algorithm = "ACS3-HMAC-SHA256";
    /** headers: lower-case name -> value, for exactly the signed headers. */
    static QByteArray v3CanonicalRequest(const QByteArray &method,
                                         const QMap<QString, QString> &queryParameters,
                                         const QMap<QByteArray, QByteArray> &signedHeaders,
                                         const QByteArray &hexBodyHash);
    /** The same, with v3SignedHeaderList(signedHeaders) already built (sign() needs it twice). */
    static QByteArray v3CanonicalRequest(const QByteArray &method,
                                         const QMap<QString, QString> &queryParameters,
                                         const QMap<QByteArray, QByteArray> &signedHeaders,
                                         const QByteArray &signedHeaderList,
                                         const QByteArray &hexBodyHash);
    static QByteArray v3SignedHeaderList(const QMap<QByteArray, QByteArray> &signedHeaders);
    static QByteArray v3StringToSign(const QByteArray &canonicalRequest);
    static QByteArray v3Signature(const QString &secret, const QByteArray &stringToSign);
    /** True for the headers V3 signs: host, content-type and every x-acs-* header. */
    static bool v3IsSignedHeader(const QByteArray &lowerCaseName);

    // --- V1: HMAC-SHA1 ---
    /** All parameters except Signature, sorted, encoded, joined by '&'. */
    static QByteArray v1StringToSign(const QByteArray &method,
                                     const QMap<QString, QString> &parameters);
    /** Base64 HMAC-SHA1 with key secret + "&" (not yet percent-encoded). */
    static QByteArray v1Signature(const QString &secret, const QByteArray &stringToSign);

private:
    SignedRequest signV3(const UnsignedRequest &request, const AccessKey &key) const;
    SignedRequest signV1(const UnsignedRequest &request, const AccessKey &key) const;

    SignatureVersion m_version;
    Clock m_clock;
    NonceSource m_nonceSource;
};
