#pragma once

#include "api/assumerole.h"
#include "api/requestsigner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

/** How a profile signs: with a key it holds, or as a RAM role it assumes through STS. */
enum class CredentialKind {
    AccessKey, ///< key id + secret
    StsToken, ///< key id + secret + security token (expires; re-import or re-add when it does)
    RamRoleArn, ///< assumes `role` with its own AccessKey (id here, secret in the keychain)
    ChainableRamRoleArn, ///< assumes `role` with the credentials of `sourceProfile`
};

/**
 * An account the user works with: everything except the secret, which lives only in the OS
 * keychain (SecretStore). A value type.
 */
struct Profile
{
    QString name;
    QString description;
    QString accessKeyId;
    /** Region id such as "cn-hangzhou"; any id is accepted: the service adds regions. */
    QString region;
    /** Optional endpoint override; empty means "derive from the region". */
    QUrl endpoint;
    /**
     * Optional per-region endpoints (region id -> URL), e.g. VPC or private endpoints: used for
     * that region instead of its public endpoint, unless the command line names another.
     */
    QMap<QString, QUrl> regionEndpoints;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    /** Optional PEM file of CA certificates trusted beside the system's (TLS inspection). */
    QString caBundle;
    CredentialKind kind = CredentialKind::AccessKey;
    /** StsToken: when the token stops working (UTC); null when not known. */
    QDateTime expiration;
    /** RamRoleArn, ChainableRamRoleArn: the role and how to assume it. */
    AssumeRoleRequest role;
    /** ChainableRamRoleArn: the profile whose credentials assume the role (any kind). */
    QString sourceProfile;
    /**
     * RamRoleArn, ChainableRamRoleArn: the STS endpoint as a host ("sts.cn-hangzhou.aliyuncs.com")
     * or a URL; empty: from stsRegion, then the environment, then sts.aliyuncs.com.
     */
    QString stsEndpoint;
    /** RamRoleArn, ChainableRamRoleArn: "cn-hangzhou" means sts.cn-hangzhou.aliyuncs.com. */
    QString stsRegion;
    /**
     * True when the secret is held in memory for this session only (no usable keychain): the
     * profile is never written to disk and disappears when the app quits.
     */
    bool sessionOnly = false;

    /** The name as shown to people: session-only profiles say so in the name itself. */
    QString displayName() const;
    /** True for the kinds that assume a role (RamRoleArn, ChainableRamRoleArn). */
    bool assumesRole() const;
    /** True for the kinds whose secret is in the keychain (all but ChainableRamRoleArn). */
    bool hasSecret() const;
    /**
     * Every rule a profile must meet to be saved: its name, key id (when it holds a secret),
     * endpoint, and for the role kinds the role's parameters and a source profile.
     */
    bool check(QString *why) const;
    /** "AccessKey", "STS", "RAM role", "RAM role (chained)": for lists people read. */
    QString kindLabel() const;
    /** The access key id with the middle hidden, e.g. "LTAI****wxyz". */
    QString maskedAccessKeyId() const;

    QJsonObject toJson() const;
    /** Reads what toJson() wrote; returns false (and why) for a missing or invalid field. */
    static bool fromJson(const QJsonObject &object, Profile *profile, QString *why);

    friend bool operator==(const Profile &a, const Profile &b);
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Profile)

namespace Profiles {
/** Where requests go when neither the profile nor the environment names a region [ours]. */
QString fallbackRegion();
/** Known ActionTrail region ids, for pickers; any other id is accepted too. */
QStringList knownRegions();
/** "LTAI5tAbCdEfwxyz" -> "LTAI****wxyz"; short ids are hidden completely. */
QString maskAccessKeyId(const QString &accessKeyId);
/**
 * Profile names: 1..64 characters of A-Z a-z 0-9 . _ - starting with a letter or digit. They are
 * part of the keychain key (app id + "/" + name), so no slashes or spaces.
 */
bool isValidName(const QString &name, QString *why = nullptr);
/** An access key id: 1..128 printable ASCII characters without spaces. */
bool isValidAccessKeyId(const QString &id, QString *why = nullptr);
/** "AccessKey", "StsToken", "RamRoleArn", "ChainableRamRoleArn" (the profiles file's words). */
QString kindName(CredentialKind kind);
/** Reads kindName()'s words, case-insensitively (as the aliyun CLI compares its modes). */
bool parseKind(const QString &text, CredentialKind *kind);
/** "v3" / "v1" (the spelling used on the command line and in the profiles file). */
QString signatureVersionName(SignatureVersion version);
bool parseSignatureVersion(const QString &text, SignatureVersion *version);
/** An endpoint is optional; when given it must be https (http only to loopback, checked by the
 * API). */
bool isValidEndpoint(const QUrl &endpoint, QString *why = nullptr);
/**
 * One entry of Profile::regionEndpoints: a region id (such as cn-beijing) and an endpoint that
 * isValidEndpoint() accepts and that is not empty.
 */
bool isValidRegionEndpoint(const QString &region, const QUrl &endpoint, QString *why = nullptr);
} // namespace Profiles
