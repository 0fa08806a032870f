// Fuzzes the percent-encoder and both signers. Input: lines; the first is the secret, the second
// the method, the rest name=value parameters. Checked properties (abort on violation):
//  - the encoding holds only A-Z a-z 0-9 - _ . ~ and %XY with upper-case hex, decodes back, and
//    equals QByteArray::toPercentEncoding();
//  - signing is deterministic for a fixed clock and nonce;
//  - a verifier rebuilding the canonical form from what was sent gets the same signature.
#include "api/percentencoding.h"
#include "api/requestsigner.h"

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

void checkEncoding(const QByteArray &raw)
{
    const QByteArray encoded = alibabaPercentEncode(raw);
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '%') {
            check(i + 2 < encoded.size());
            check(isUpperHex(encoded.at(i + 1)) && isUpperHex(encoded.at(i + 2)));
            i += 2;
            continue;
        }
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
        check(unreserved);
    }
    check(QByteArray::fromPercentEncoding(encoded) == raw);
    // Our hand-written encoder must agree with Qt's own, byte for byte, and the UTF-16 path
    // (which skips the UTF-8 copy for ASCII) with the byte path.
    check(encoded == raw.toPercentEncoding());
    const QString text = QString::fromUtf8(raw);
    check(alibabaPercentEncode(text) == text.toUtf8().toPercentEncoding());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkEncoding(input);

    const QList<QByteArray> lines = input.split('\n');
    const QString secret = QString::fromUtf8(lines.value(0));
    const QByteArray method = lines.value(1).isEmpty() ? QByteArray("POST") : lines.value(1);
    UnsignedRequest request;
    request.method = method;
    request.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    request.action = QStringLiteral("ListDeliveryHistoryJobs");
    request.apiVersion = QStringLiteral("2020-07-06");
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype eq = lines[i].indexOf('=');
        const QByteArray name = eq < 0 ? lines[i] : lines[i].left(eq);
        request.parameters.insert(QString::fromUtf8(name),
                                  QString::fromUtf8(eq < 0 ? QByteArray() : lines[i].mid(eq + 1)));
    }
    const AccessKey key {QStringLiteral("fuzz-id"), secret, {}};
    const QDateTime time = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        const RequestSigner signer(
            version, [time] { return time; }, [] { return QStringLiteral("fuzz-nonce"); });
        const SignedRequest first = signer.sign(request, key);
        const SignedRequest second = signer.sign(request, key);
        check(first.queryParameters == second.queryParameters && first.headers == second.headers);

        if (version == SignatureVersion::V1) {
            const QByteArray expected = RequestSigner::v1Signature(
                secret, RequestSigner::v1StringToSign(method, first.queryParameters));
            check(first.queryParameters.value(QStringLiteral("Signature")).toLatin1() == expected);
        } else {
            QMap<QByteArray, QByteArray> signedHeaders;
            for (const auto &[name, value] : first.headers) {
                if (RequestSigner::v3IsSignedHeader(name))
                    signedHeaders.insert(name, value);
            }
            const QByteArray expected = RequestSigner::v3Signature(
                secret,
                RequestSigner::v3StringToSign(RequestSigner::v3CanonicalRequest(
                    method, first.queryParameters, signedHeaders, RequestSigner::hexSha256({}))));
            check(first.header("authorization").endsWith("Signature=" + expected));
        }
    }
    return 0;
}
