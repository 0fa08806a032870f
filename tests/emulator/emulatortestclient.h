#pragma once

// Test-side HTTP and signing, written independently of app/api (QUrl's percent-encoding,
// QMessageAuthenticationCode directly), so the emulator's verifier is checked against a second
// implementation and the spec's vectors rather than against the signer it shares code with.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace EmulatorTest {

/** What came back on the socket. */
struct HttpAnswer
{
    int status = 0; ///< 0: no status line at all
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    bool complete = false; ///< a full status line, headers and Content-Length bytes of body

    QJsonObject json() const;
    QString code() const { return json().value(QStringLiteral("Code")).toString(); }
};

/** Sends `raw` as is on a fresh connection to 127.0.0.1:port and reads one answer. */
HttpAnswer exchange(quint16 port, const QByteArray &raw, int timeoutMs = 10000);

enum class Scheme { V3, V1 };
enum class Transport {
    GetQuery, ///< GET, everything in the query string
    PostQuery, ///< POST, everything in the query string, empty body (the official SDKs)
    PostForm, ///< POST, the action's parameters in an x-www-form-urlencoded body
};

/** A call to sign by hand. */
struct Call
{
    Scheme scheme = Scheme::V3;
    Transport transport = Transport::PostQuery;
    QString action;
    QString version = QStringLiteral("2020-07-06");
    QMap<QString, QString> parameters;
    QString keyId = QStringLiteral("testid");
    QString secret = QStringLiteral("testsecret");
    QString securityToken;
    QDateTime time;
    QString timestampOverride; ///< sent instead of the formatted time when set
    QString nonce;
    QByteArray host = "actiontrail.cn-hangzhou.aliyuncs.com";
    /** V3: extra x-acs-* headers to sign and send. */
    QMap<QByteArray, QByteArray> extraSignedHeaders;
};

/** The whole HTTP/1.1 request, signed. */
QByteArray signedRequest(const Call &call);

/** Alibaba percent-encoding as QUrl does it (unreserved kept, upper-case hex, space %20). */
QByteArray encode(const QString &text);

/** The request with one character of its (last) signature changed. */
QByteArray withFlippedSignature(QByteArray raw);

} // namespace EmulatorTest
