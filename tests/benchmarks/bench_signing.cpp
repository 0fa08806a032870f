// Signing cost per request, both schemes, including nonce generation and timestamp formatting:
// what every API call pays.
#include "benchtable.h"

#include "api/requestsigner.h"

void benchSigning(BenchTable &table)
{
    UnsignedRequest request;
    request.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    request.action = QStringLiteral("ListDeliveryHistoryJobs");
    request.apiVersion = QStringLiteral("2020-07-06");
    request.parameters = {{QStringLiteral("PageNumber"), QStringLiteral("7")},
                          {QStringLiteral("PageSize"), QStringLiteral("100")}};
    const AccessKey key{QStringLiteral("LTAI5tBenchmarkKeyId"), QStringLiteral("bench-secret"), {}};

    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        const RequestSigner signer(version);
        volatile qsizetype sink = 0;
        const double ns = nanosecondsPerCall([&] { sink = sink + signer.sign(request, key).headers.size(); });
        const QString name = version == SignatureVersion::V3 ? QStringLiteral("V3 ACS3-HMAC-SHA256")
                                                             : QStringLiteral("V1 HMAC-SHA1");
        table.add({QStringLiteral("signing"), name + QStringLiteral(" per request"),
                   QStringLiteral("%1 (%2/s)").arg(formatDuration(ns)).arg(qRound64(1e9 / ns)),
                   QStringLiteral("< 5 µs"), ns < 5000});
    }
}
