#pragma once

#include "api/accesskey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * The answers of the aliyun CLI's credential sources, checked field by field: an answer is a
 * claim. Each returns false with the missing or malformed field named (never its value).
 */
namespace AliyunAnswers {
/**
 * A CredentialsURI endpoint: `{"Code": "Success", "AccessKeyId", "AccessKeySecret",
 * "SecurityToken", "Expiration": "2026-12-07T10:00:00Z"}`.
 */
bool parseCredentialsUri(const QJsonObject &answer, AccessKey *key, QDateTime *expiration,
                         QString *why);
/**
 * The CloudSSO portal's POST /cloud-credentials: `{"CloudCredential": {"AccessKeyId",
 * "AccessKeySecret", "SecurityToken", "Expiration"}, "RequestId"}`.
 */
bool parseCloudCredential(const QJsonObject &answer, AccessKey *key, QDateTime *expiration,
                          QString *why);
/** The body of that POST. */
QByteArray cloudCredentialRequest(const QString &accountId, const QString &accessConfigurationId);
} // namespace AliyunAnswers
