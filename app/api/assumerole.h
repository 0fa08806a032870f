#pragma once

#include "credentialprovider.h"

#include <QDateTime>
#include <QString>

#include <optional>

/** The parameters of STS AssumeRole: which role to take on, and how. A value type. */
struct AssumeRoleRequest
{
    /** acs:ram::<account id>:role/<role name> */
    QString roleArn;
    /** Names the session in the role's audit trail; empty: a fresh defaultSessionName(). */
    QString roleSessionName;
    /** 0: the service's default (3600 s). */
    int durationSeconds = 0;
    /** Empty: none sent. */
    QString externalId;
    /** A JSON policy narrowing the role's own; empty: none sent. */
    QString policy;

    friend bool operator==(const AssumeRoleRequest &a, const AssumeRoleRequest &b);
    friend bool operator!=(const AssumeRoleRequest &a, const AssumeRoleRequest &b)
    {
        return !(a == b);
    }
};

/** A rule of AssumeRole broken: the service's error code for it and a sentence for people. */
struct AssumeRoleProblem
{
    /** e.g. "InvalidParameter.RoleArn" */
    QString code;
    QString message;
};

/** What AssumeRole answered. */
struct AssumedRole
{
    QString requestId;
    /** acs:ram::<account id>:assumed-role/<role name>/<session name> */
    QString arn;
    QString assumedRoleId;
    Credentials credentials;
};

/** What GetCallerIdentity answered: who the credentials in use are. */
struct CallerIdentity
{
    QString requestId;
    QString accountId;
    /** "Account", "RAMUser" or "AssumedRoleUser" */
    QString identityType;
    QString arn;
    QString principalId;
    QString userId;
    QString roleId;
};

Q_DECLARE_METATYPE(AssumedRole)
Q_DECLARE_METATYPE(CallerIdentity)

namespace Sts {
/** STS 2015-04-01's bounds on DurationSeconds (the role's own maximum may be lower). */
constexpr int minDurationSeconds = 900;
constexpr int maxDurationSeconds = 43200;
constexpr int defaultDurationSeconds = 3600;
/** Policy documents longer than this are refused (PolicySize). */
constexpr int maxPolicyLength = 2048;

/** The first rule `request` breaks (with a non-empty session name), or nullopt. */
std::optional<AssumeRoleProblem> check(const AssumeRoleRequest &request);
/** Each rule alone, for forms that check one field as it is typed. */
std::optional<AssumeRoleProblem> checkRoleArn(const QString &roleArn);
std::optional<AssumeRoleProblem> checkSessionName(const QString &sessionName);
std::optional<AssumeRoleProblem> checkDuration(int durationSeconds);
std::optional<AssumeRoleProblem> checkExternalId(const QString &externalId);
std::optional<AssumeRoleProblem> checkPolicy(const QString &policy);

/** "backfill-browser-<milliseconds since the epoch>": unique enough per run, and recognisable. */
QString defaultSessionName(const QDateTime &now);
/** The account id of a role ARN; empty when it is not one. */
QString accountIdOfRoleArn(const QString &roleArn);
/** The role name of a role ARN; empty when it is not one. */
QString roleNameOfRoleArn(const QString &roleArn);
} // namespace Sts
