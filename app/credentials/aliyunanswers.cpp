#include "aliyunanswers.h"

#include "domain/safetext.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

/** The STS triple and its expiry, all four required. */
bool parseTriple(const QJsonObject &object, AccessKey *key, QDateTime *expiration, QString *why)
{
    const auto field
        = [&object](const char *name) { return object.value(QLatin1String(name)).toString(); };
    for (const char *name : {"AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"}) {
        if (field(name).isEmpty()) {
            *why = QCoreApplication::translate("AliyunAnswers", "%1 is missing")
                       .arg(QLatin1String(name));
            return false;
        }
    }
    const QDateTime expires = QDateTime::fromString(field("Expiration"), Qt::ISODate);
    if (!expires.isValid()) {
        *why = QCoreApplication::translate("AliyunAnswers", "Expiration is not a date and time");
        return false;
    }
    *key = AccessKey {field("AccessKeyId"), field("AccessKeySecret"), field("SecurityToken")};
    *expiration = expires.toUTC();
    return true;
}
} // namespace

namespace AliyunAnswers {
bool parseCredentialsUri(const QJsonObject &answer, AccessKey *key, QDateTime *expiration,
                         QString *why)
{
    const QString code = answer.value(QStringLiteral("Code")).toString();
    if (code != QLatin1String("Success")) {
        *why = code.isEmpty()
            ? QCoreApplication::translate("AliyunAnswers", "Code is missing")
            : QCoreApplication::translate("AliyunAnswers", "Code is %1, not Success")
                  .arg(SafeText::forDisplay(code.left(100)));
        return false;
    }
    return parseTriple(answer, key, expiration, why);
}

bool parseCloudCredential(const QJsonObject &answer, AccessKey *key, QDateTime *expiration,
                          QString *why)
{
    const QJsonValue credential = answer.value(QStringLiteral("CloudCredential"));
    if (!credential.isObject()) {
        *why = QCoreApplication::translate("AliyunAnswers", "CloudCredential is missing");
        return false;
    }
    return parseTriple(credential.toObject(), key, expiration, why);
}

QByteArray cloudCredentialRequest(const QString &accountId, const QString &accessConfigurationId)
{
    return QJsonDocument(
               QJsonObject {{QStringLiteral("AccountId"), accountId},
                            {QStringLiteral("AccessConfigurationId"), accessConfigurationId}})
        .toJson(QJsonDocument::Compact);
}
} // namespace AliyunAnswers
