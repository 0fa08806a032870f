#include "emulatortestclient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace EmulatorTest {

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

namespace {

void parseInto(const QByteArray &buffer, HttpAnswer *answer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    answer->status = statusLine.value(1).toInt();
    answer->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            answer->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    answer->body = buffer.mid(headerEnd + 4);
    bool ok = false;
    const qsizetype length = answer->headers.value("content-length").toLongLong(&ok);
    answer->complete = ok && answer->body.size() >= length;
    if (answer->complete)
        answer->body.truncate(length);
}

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray joinedQuery(const QMap<QString, QString> &parameters)
{
    QByteArrayList pairs;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        pairs.append(encode(it.key()) + '=' + encode(it.value()));
    return pairs.join('&');
}

QByteArray methodOf(Transport transport)
{
    return transport == Transport::GetQuery ? QByteArray("GET") : QByteArray("POST");
}

QByteArray assemble(const QByteArray &method, const QByteArray &query,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray raw
        = method + " /" + (query.isEmpty() ? QByteArray() : '?' + query) + " HTTP/1.1\r\n";
    for (const auto &[name, value] : headers)
        raw += name + ": " + value + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return raw;
}

} // namespace

HttpAnswer exchange(quint16 port, const QByteArray &raw, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray buffer;
    HttpAnswer answer;
    // The emulator runs in this thread: wait in an event loop, never by blocking the thread.
    // (QTest::qWaitFor would sleep 10 ms between rounds; this loop ends the moment it can.)
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        buffer += socket.readAll();
        parseInto(buffer, &answer);
        if (answer.complete)
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(raw); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    loop.exec();
    buffer += socket.readAll();
    parseInto(buffer, &answer);
    return answer;
}

QByteArray encode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray signedRequest(const Call &call)
{
    const QByteArray method = methodOf(call.transport);
    const bool form = call.transport == Transport::PostForm;
    const QString timestamp = call.timestampOverride.isEmpty()
        ? call.time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"))
        : call.timestampOverride;
    const QByteArray formBody = form ? joinedQuery(call.parameters) : QByteArray();

    if (call.scheme == Scheme::V3) {
        const QMap<QString, QString> query = form ? QMap<QString, QString>() : call.parameters;
        QMap<QByteArray, QByteArray> signedHeaders = call.extraSignedHeaders;
        signedHeaders.insert("host", call.host);
        signedHeaders.insert("x-acs-action", call.action.toUtf8());
        signedHeaders.insert("x-acs-version", call.version.toUtf8());
        signedHeaders.insert("x-acs-date", timestamp.toUtf8());
        signedHeaders.insert("x-acs-signature-nonce", call.nonce.toUtf8());
        signedHeaders.insert("x-acs-content-sha256", hexSha256(formBody));
        if (!call.securityToken.isEmpty())
            signedHeaders.insert("x-acs-security-token", call.securityToken.toUtf8());
        if (form)
            signedHeaders.insert("content-type", "application/x-www-form-urlencoded");
        QByteArray canonicalHeaders;
        for (auto it = signedHeaders.cbegin(); it != signedHeaders.cend(); ++it)
            canonicalHeaders += it.key() + ':' + it.value() + '\n';
        const QByteArray names = signedHeaders.keys().join(';');
        const QByteArray canonical = method + "\n/\n" + joinedQuery(query) + '\n' + canonicalHeaders
            + '\n' + names + '\n' + hexSha256(formBody);
        const QByteArray signature
            = QMessageAuthenticationCode::hash("ACS3-HMAC-SHA256\n" + hexSha256(canonical),
                                               call.secret.toUtf8(), QCryptographicHash::Sha256)
                  .toHex();
        QList<QPair<QByteArray, QByteArray>> headers;
        for (auto it = signedHeaders.cbegin(); it != signedHeaders.cend(); ++it)
            headers.append({it.key(), it.value()});
        headers.append({QByteArray("Authorization"),
                        "ACS3-HMAC-SHA256 Credential=" + call.keyId.toUtf8()
                            + ",SignedHeaders=" + names + ",Signature=" + signature});
        return assemble(method, joinedQuery(query), headers, formBody);
    }

    QMap<QString, QString> common {
        {QStringLiteral("AccessKeyId"), call.keyId},
        {QStringLiteral("Action"), call.action},
        {QStringLiteral("Format"), QStringLiteral("JSON")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), call.nonce},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("Timestamp"), timestamp},
        {QStringLiteral("Version"), call.version},
    };
    if (!call.securityToken.isEmpty())
        common.insert(QStringLiteral("SecurityToken"), call.securityToken);
    QMap<QString, QString> all = common;
    for (auto it = call.parameters.cbegin(); it != call.parameters.cend(); ++it)
        all.insert(it.key(), it.value());
    const QByteArray stringToSign
        = method + "&%2F&" + QUrl::toPercentEncoding(QString::fromLatin1(joinedQuery(all)));
    const QString signature = QString::fromLatin1(
        QMessageAuthenticationCode::hash(stringToSign, call.secret.toUtf8() + '&',
                                         QCryptographicHash::Sha1)
            .toBase64());
    QMap<QString, QString> query = form ? common : all;
    query.insert(QStringLiteral("Signature"), signature);
    QList<QPair<QByteArray, QByteArray>> headers {qMakePair(QByteArray("Host"), call.host)};
    if (form)
        headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return assemble(method, joinedQuery(query), headers, formBody);
}

QByteArray withFlippedSignature(QByteArray raw)
{
    const qsizetype at = raw.lastIndexOf("Signature=");
    if (at < 0)
        return raw;
    const qsizetype position = at + qsizetype(qstrlen("Signature="));
    raw[position] = raw.at(position) == 'a' ? 'b' : 'a';
    return raw;
}

} // namespace EmulatorTest
