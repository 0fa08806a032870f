// Fuzzes the emulator's request handling (EmulatorProtocol::handle), which the tests, benchmarks
// and `--demo` trust to answer like the service whatever a client sends. The first byte picks the
// form: even, the rest is a raw request ("METHOD PATH?QUERY" line, "Name: value" header lines, an
// empty line, the body) that mostly exercises authentication; odd, the rest is "Name=Value" lines
// (the first being the Action) sent as a correctly signed V3 request, which reaches the actions
// and their parameter checks. Checked properties (abort on violation), beyond "never crashes":
//  - the status is 200 or an error status (400..599), and the body is one JSON object;
//  - every answer carries a RequestId, and an error body a non-empty Code equal to response.code;
//  - a 200 is never answered to a request that was not signed with the emulator's key.
#include "api/requestsigner.h"
#include "emulatorprotocol.h"
#include "jobstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

const AccessKey key {QStringLiteral("LTAI5tFuzzKey"), QStringLiteral("FuzzSecret"), {}};
const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

EmulatorRequest rawRequest(const QByteArray &data)
{
    EmulatorRequest request;
    const qsizetype headEnd = data.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? data : data.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : data.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    const QUrlQuery query(
        QString::fromUtf8(question < 0 ? QByteArray() : target.mid(question + 1)));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        request.queryItems.append({name, value});
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    return request;
}

EmulatorRequest signedRequest(const QByteArray &data)
{
    const QList<QByteArray> lines = data.split('\n');
    UnsignedRequest unsignedRequest;
    unsignedRequest.host = QStringLiteral("127.0.0.1:8080");
    unsignedRequest.apiVersion = QStringLiteral("2020-07-06");
    unsignedRequest.action = QString::fromUtf8(lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype eq = lines.at(i).indexOf('=');
        if (eq > 0)
            unsignedRequest.parameters.insert(QString::fromUtf8(lines.at(i).left(eq)),
                                              QString::fromUtf8(lines.at(i).mid(eq + 1)));
    }
    const RequestSigner signer(SignatureVersion::V3, [] { return now; });
    const SignedRequest signedOne = signer.sign(unsignedRequest, key);
    EmulatorRequest request;
    request.method = unsignedRequest.method;
    request.path = "/";
    for (auto it = signedOne.queryParameters.cbegin(); it != signedOne.queryParameters.cend(); ++it)
        request.queryItems.append({it.key(), it.value()});
    for (const auto &[name, value] : signedOne.headers)
        request.headers.insert(name.toLower(), value);
    request.body = signedOne.body;
    return request;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const bool signedForm = data[0] & 1;
    static JobStore store(1, 30, now.toSecsSinceEpoch());
    EmulatorProtocol protocol(&store, key, [] { return now; });
    const EmulatorRequest request = signedForm ? signedRequest(rest) : rawRequest(rest);
    const EmulatorResponse response = protocol.handle(request);

    check(response.httpStatus == 200 || (response.httpStatus >= 400 && response.httpStatus <= 599));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    check(error.error == QJsonParseError::NoError && document.isObject());
    const QJsonObject object = document.object();
    check(!object.value(QStringLiteral("RequestId")).toString().isEmpty());
    if (response.httpStatus != 200) {
        check(!response.code.isEmpty());
        check(object.value(QStringLiteral("Code")).toString() == response.code);
    }
    if (!signedForm)
        check(response.httpStatus != 200);
    return 0;
}
