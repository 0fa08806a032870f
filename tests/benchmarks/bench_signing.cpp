// Signing cost per request, both schemes, including nonce generation and timestamp formatting:
// what every API call pays. A third row times the V3 hashing alone on the same request's bytes,
// the floor under which no V3 signer built on QCryptographicHash/QMessageAuthenticationCode can go.
#include "benchtable.h"

#include "api/requestsigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

void benchSigning(BenchTable &table)
{
    UnsignedRequest request;
    request.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    request.action = QStringLiteral("ListDeliveryHistoryJobs");
    request.apiVersion = QStringLiteral("2020-07-06");
    request.parameters = {{QStringLiteral("PageNumber"), QStringLiteral("7")},
                          {QStringLiteral("PageSize"), QStringLiteral("100")}};
    const AccessKey key {
        QStringLiteral("LTAI5tBenchmarkKeyId"), QStringLiteral("bench-secret"), {}};

    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        const RequestSigner signer(version);
        volatile qsizetype sink = 0;
        const double ns
            = nanosecondsPerCall([&] { sink = sink + signer.sign(request, key).headers.size(); });
        const QString name = version == SignatureVersion::V3 ? QStringLiteral("V3 ACS3-HMAC-SHA256")
                                                             : QStringLiteral("V1 HMAC-SHA1");
        table.add({QStringLiteral("signing"), name + QStringLiteral(" per request"),
                   QStringLiteral("%1 (%2/s)").arg(formatDuration(ns)).arg(qRound64(1e9 / ns)),
                   QStringLiteral("< 5 µs"), ns < 5000});
    }

    // The same request's canonical form, rebuilt once: SHA-256 of it, then HMAC-SHA256 of the
    // string to sign. Everything else sign() does is on top of this.
    QMap<QByteArray, QByteArray> headers {{"host", request.host.toUtf8()},
                                          {"x-acs-action", request.action.toUtf8()},
                                          {"x-acs-content-sha256", RequestSigner::hexSha256({})},
                                          {"x-acs-date", "2026-11-21T14:10:00Z"},
                                          {"x-acs-signature-nonce", QByteArray(32, 'f')},
                                          {"x-acs-version", request.apiVersion.toUtf8()}};
    const QByteArray canonical = RequestSigner::v3CanonicalRequest(
        "POST", request.parameters, headers, headers.value("x-acs-content-sha256"));
    const QByteArray secret = key.secret.toUtf8();
    volatile char sink = 0;
    const double hashNs = nanosecondsPerCall([&] {
        const QByteArray stringToSign = QByteArray(RequestSigner::v3Algorithm) + '\n'
            + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
        sink = sink
            + QMessageAuthenticationCode::hash(stringToSign, secret, QCryptographicHash::Sha256)
                  .at(0);
    });
    table.add({QStringLiteral("signing"),
               QStringLiteral("V3 floor: Qt SHA-256 + HMAC-SHA256 alone, %1-byte canonical request")
                   .arg(canonical.size()),
               formatDuration(hashNs),
               {},
               true});
}
