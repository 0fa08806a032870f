#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

/**
 * Where a role is assumed, by the aliyun CLI's and the official libraries' rule, first wins:
 * `--sts-endpoint`, the profile's STS endpoint (a host or a URL), sts.<the profile's STS
 * region>.aliyuncs.com, ALIBABA_CLOUD_STS_ENDPOINT, sts.<ALIBABA_CLOUD_STS_REGION>.aliyuncs.com,
 * https://sts.aliyuncs.com. A bare host means https; plain http only to this computer.
 */
struct StsEndpointChoice
{
    /** `--sts-endpoint` (host or URL); empty when not given. */
    QString commandLine;
    /** The profile's own endpoint (host or URL) and region; empty when it has none. */
    QString profileEndpoint;
    QString profileRegion;

    /** The endpoint, or an invalid QUrl with `whyNot` set (malformed, http to a remote host). */
    QUrl resolve(const QProcessEnvironment &environment, QString *whyNot) const;
    /** "sts.aliyuncs.com" -> https://sts.aliyuncs.com; a URL stays as it is. */
    static QUrl fromHostOrUrl(const QString &text);
};
