#include "assumerole.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QRegularExpression &roleArnPattern()
{
    // Role names: 1-64 of letters, digits, '.', '-', '_' (RAM's own rule); the path may nest.
    static const QRegularExpression pattern(QStringLiteral(
        "^acs:ram::([0-9]{1,32}):role/((?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]{1,64})$"));
    return pattern;
}
} // namespace

bool operator==(const AssumeRoleRequest &a, const AssumeRoleRequest &b)
{
    return a.roleArn == b.roleArn && a.roleSessionName == b.roleSessionName
        && a.durationSeconds == b.durationSeconds && a.externalId == b.externalId
        && a.policy == b.policy;
}

namespace Sts {
std::optional<AssumeRoleProblem> checkRoleArn(const QString &roleArn)
{
    if (roleArnPattern().match(roleArn).hasMatch())
        return std::nullopt;
    return AssumeRoleProblem {
        QStringLiteral("InvalidParameter.RoleArn"),
        roleArn.isEmpty()
            ? QCoreApplication::translate("Sts", "The role ARN is missing.")
            : QCoreApplication::translate(
                "Sts", "The role ARN must look like acs:ram::<account id>:role/<role name>.")};
}

std::optional<AssumeRoleProblem> checkSessionName(const QString &sessionName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9.@_-]{2,64}$"));
    if (pattern.match(sessionName).hasMatch())
        return std::nullopt;
    return AssumeRoleProblem {
        QStringLiteral("InvalidParameter.RoleSessionName"),
        QCoreApplication::translate("Sts",
                                    "The role session name must be 2 to 64 letters, digits or "
                                    "'.', '@', '-', '_'.")};
}

std::optional<AssumeRoleProblem> checkDuration(int durationSeconds)
{
    if (durationSeconds == 0
        || (durationSeconds >= minDurationSeconds && durationSeconds <= maxDurationSeconds))
        return std::nullopt;
    return AssumeRoleProblem {
        QStringLiteral("InvalidParameter.DurationSeconds"),
        QCoreApplication::translate("Sts", "The session duration must be %1 to %2 seconds.")
            .arg(minDurationSeconds)
            .arg(maxDurationSeconds)};
}

std::optional<AssumeRoleProblem> checkExternalId(const QString &externalId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_+=,.@:/-]{2,1224}$"));
    if (externalId.isEmpty() || pattern.match(externalId).hasMatch())
        return std::nullopt;
    return AssumeRoleProblem {
        QStringLiteral("InvalidParameter.ExternalId"),
        QCoreApplication::translate("Sts",
                                    "The external ID must be 2 to 1224 letters, digits or "
                                    "'_+=,.@:/-'.")};
}

std::optional<AssumeRoleProblem> checkPolicy(const QString &policy)
{
    if (policy.isEmpty())
        return std::nullopt;
    if (policy.size() > maxPolicyLength)
        return AssumeRoleProblem {
            QStringLiteral("InvalidParameter.PolicySize"),
            QCoreApplication::translate("Sts", "The policy is longer than %1 characters.")
                .arg(maxPolicyLength)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(policy.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return AssumeRoleProblem {
            QStringLiteral("InvalidParameter.PolicyGrammar"),
            QCoreApplication::translate("Sts", "The policy is not a JSON object.")};
    return std::nullopt;
}

std::optional<AssumeRoleProblem> check(const AssumeRoleRequest &request)
{
    if (auto problem = checkRoleArn(request.roleArn))
        return problem;
    if (auto problem = checkSessionName(request.roleSessionName))
        return problem;
    if (auto problem = checkDuration(request.durationSeconds))
        return problem;
    if (auto problem = checkExternalId(request.externalId))
        return problem;
    return checkPolicy(request.policy);
}

QString defaultSessionName(const QDateTime &now)
{
    return QStringLiteral("backfill-browser-%1").arg(now.toMSecsSinceEpoch());
}

QString accountIdOfRoleArn(const QString &roleArn)
{
    return roleArnPattern().match(roleArn).captured(1);
}

QString roleNameOfRoleArn(const QString &roleArn)
{
    const QString path = roleArnPattern().match(roleArn).captured(2);
    return path.section(QLatin1Char('/'), -1);
}
} // namespace Sts
