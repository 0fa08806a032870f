#pragma once

#include <QString>

/**
 * An Alibaba Cloud access key: the id, its secret and, for STS credentials, the security token.
 * A value type; it never logs or prints itself.
 */
struct AccessKey
{
    QString id;
    QString secret;
    /** Empty for a long-term AccessKey; set for STS (temporary) credentials. */
    QString securityToken;

    bool isValid() const { return !id.isEmpty() && !secret.isEmpty(); }
    bool isSts() const { return !securityToken.isEmpty(); }

    /** "LTAI5tAbCdEfwxyz" -> "LTAI****wxyz"; short ids are hidden completely. */
    static QString maskId(const QString &id);
};
