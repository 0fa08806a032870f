#include "profile.h"

#include "api/actiontrailclient.h"
#include "domain/regioncatalog.h"
#include "domain/safetext.h"
#include "domain/utctime.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>

// Debug output (which source won, keychain details) only when asked for, e.g. --verbose.
Q_LOGGING_CATEGORY(lcCredentials, "backfill.credentials", QtInfoMsg)

namespace {
void roleFromJson(const QJsonObject &object, Profile *p)
{
    p->role.roleArn = object.value(QStringLiteral("roleArn")).toString();
    p->role.roleSessionName = object.value(QStringLiteral("roleSessionName")).toString();
    p->role.durationSeconds = object.value(QStringLiteral("durationSeconds")).toInt(0);
    p->role.externalId = object.value(QStringLiteral("externalId")).toString();
    p->role.policy = object.value(QStringLiteral("policy")).toString();
    p->stsEndpoint = object.value(QStringLiteral("stsEndpoint")).toString();
    p->stsRegion = object.value(QStringLiteral("stsRegion")).toString();
    p->sourceProfile = object.value(QStringLiteral("sourceProfile")).toString();
}
} // namespace

QString Profile::displayName() const
{
    if (!sessionOnly)
        return name;
    return QCoreApplication::translate("Profile", "%1 (this session only, not saved)").arg(name);
}

bool Profile::assumesRole() const
{
    return kind == CredentialKind::RamRoleArn || kind == CredentialKind::ChainableRamRoleArn;
}

bool Profile::hasSecret() const
{
    return kind != CredentialKind::ChainableRamRoleArn;
}

bool Profile::check(QString *why) const
{
    if (!Profiles::isValidName(name, why))
        return false;
    if (hasSecret() && !Profiles::isValidAccessKeyId(accessKeyId, why))
        return false;
    if (!Profiles::isValidEndpoint(endpoint, why))
        return false;
    for (auto it = regionEndpoints.cbegin(); it != regionEndpoints.cend(); ++it) {
        if (!Profiles::isValidRegionEndpoint(it.key(), it.value(), why))
            return false;
    }
    if (!assumesRole())
        return true;
    if (kind == CredentialKind::ChainableRamRoleArn) {
        if (!Profiles::isValidName(sourceProfile, why))
            return false;
        if (sourceProfile == name) {
            if (why)
                *why = QCoreApplication::translate("Profile",
                                                   "the profile \"%1\" cannot be its own source")
                           .arg(name);
            return false;
        }
    }
    // The session name is optional here: a fresh one is made for every session.
    AssumeRoleRequest checked = role;
    if (checked.roleSessionName.isEmpty())
        checked.roleSessionName = QStringLiteral("checked");
    if (const auto problem = Sts::check(checked)) {
        if (why)
            *why = problem->message;
        return false;
    }
    return true;
}

QString Profile::kindLabel() const
{
    switch (kind) {
    case CredentialKind::AccessKey:
        return QCoreApplication::translate("Profile", "AccessKey");
    case CredentialKind::StsToken:
        return QCoreApplication::translate("Profile", "STS");
    case CredentialKind::RamRoleArn:
        return QCoreApplication::translate("Profile", "RAM role");
    case CredentialKind::ChainableRamRoleArn:
        return QCoreApplication::translate("Profile", "RAM role (chained)");
    }
    return {};
}

QString Profile::maskedAccessKeyId() const
{
    return Profiles::maskAccessKeyId(accessKeyId);
}

QJsonObject Profile::toJson() const
{
    QJsonObject object {
        {QStringLiteral("name"), name},
        {QStringLiteral("accessKeyId"), accessKeyId},
        {QStringLiteral("region"), region},
        {QStringLiteral("signatureVersion"), Profiles::signatureVersionName(signatureVersion)},
        {QStringLiteral("kind"), Profiles::kindName(kind)},
    };
    if (!expiration.isNull())
        object.insert(QStringLiteral("expiration"), UtcTime::format(expiration));
    if (assumesRole()) {
        QJsonObject roleObject {{QStringLiteral("roleArn"), role.roleArn}};
        if (!role.roleSessionName.isEmpty())
            roleObject.insert(QStringLiteral("roleSessionName"), role.roleSessionName);
        if (role.durationSeconds != 0)
            roleObject.insert(QStringLiteral("durationSeconds"), role.durationSeconds);
        if (!role.externalId.isEmpty())
            roleObject.insert(QStringLiteral("externalId"), role.externalId);
        if (!role.policy.isEmpty())
            roleObject.insert(QStringLiteral("policy"), role.policy);
        if (!stsEndpoint.isEmpty())
            roleObject.insert(QStringLiteral("stsEndpoint"), stsEndpoint);
        if (!stsRegion.isEmpty())
            roleObject.insert(QStringLiteral("stsRegion"), stsRegion);
        if (!sourceProfile.isEmpty())
            roleObject.insert(QStringLiteral("sourceProfile"), sourceProfile);
        object.insert(QStringLiteral("role"), roleObject);
    }
    if (kind == CredentialKind::ChainableRamRoleArn)
        object.remove(QStringLiteral("accessKeyId"));
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (!endpoint.isEmpty())
        object.insert(QStringLiteral("endpoint"), endpoint.toString());
    if (!caBundle.isEmpty())
        object.insert(QStringLiteral("caBundle"), caBundle);
    if (!regionEndpoints.isEmpty()) {
        QJsonObject endpoints;
        for (auto it = regionEndpoints.cbegin(); it != regionEndpoints.cend(); ++it)
            endpoints.insert(it.key(), it.value().toString());
        object.insert(QStringLiteral("regionEndpoints"), endpoints);
    }
    return object;
}

bool Profile::fromJson(const QJsonObject &object, Profile *profile, QString *why)
{
    Profile p;
    p.name = object.value(QStringLiteral("name")).toString();
    if (!Profiles::isValidName(p.name, why))
        return false;
    p.description = object.value(QStringLiteral("description")).toString();
    const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("AccessKey"));
    if (!Profiles::parseKind(kind, &p.kind)) {
        if (why)
            *why = QCoreApplication::translate("Profile", "unknown kind \"%1\"").arg(kind);
        return false;
    }
    p.accessKeyId = object.value(QStringLiteral("accessKeyId")).toString();
    const QString expiration = object.value(QStringLiteral("expiration")).toString();
    if (!expiration.isEmpty()) {
        p.expiration = QDateTime::fromString(expiration, Qt::ISODate);
        if (!p.expiration.isValid()) {
            if (why)
                *why = QCoreApplication::translate("Profile", "invalid expiration \"%1\"")
                           .arg(expiration);
            return false;
        }
        p.expiration = p.expiration.toUTC();
    }
    if (p.assumesRole())
        roleFromJson(object.value(QStringLiteral("role")).toObject(), &p);
    p.region = object.value(QStringLiteral("region")).toString();
    p.caBundle = object.value(QStringLiteral("caBundle")).toString();
    const QString endpoint = object.value(QStringLiteral("endpoint")).toString();
    if (!endpoint.isEmpty())
        p.endpoint = QUrl(endpoint, QUrl::StrictMode);
    if (!Profiles::isValidEndpoint(p.endpoint, why))
        return false;
    const QJsonObject regionEndpoints = object.value(QStringLiteral("regionEndpoints")).toObject();
    for (auto it = regionEndpoints.constBegin(); it != regionEndpoints.constEnd(); ++it)
        p.regionEndpoints.insert(it.key(), QUrl(it.value().toString(), QUrl::StrictMode));
    const QString version
        = object.value(QStringLiteral("signatureVersion")).toString(QStringLiteral("v3"));
    if (!Profiles::parseSignatureVersion(version, &p.signatureVersion)) {
        if (why)
            *why = QCoreApplication::translate("Profile", "unknown signature version \"%1\"")
                       .arg(version);
        return false;
    }
    if (!p.check(why))
        return false;
    *profile = p;
    return true;
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.description == b.description && a.accessKeyId == b.accessKeyId
        && a.region == b.region && a.endpoint == b.endpoint
        && a.regionEndpoints == b.regionEndpoints && a.signatureVersion == b.signatureVersion
        && a.caBundle == b.caBundle && a.kind == b.kind && a.expiration == b.expiration
        && a.role == b.role && a.sourceProfile == b.sourceProfile && a.stsEndpoint == b.stsEndpoint
        && a.stsRegion == b.stsRegion && a.sessionOnly == b.sessionOnly;
}

namespace Profiles {
QString fallbackRegion()
{
    return RegionCatalog::defaultRegionId();
}

QStringList knownRegions()
{
    return RegionCatalog::knownRegionIds();
}

QString maskAccessKeyId(const QString &accessKeyId)
{
    return AccessKey::maskId(accessKeyId);
}

bool isValidName(const QString &name, QString *why)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (pattern.match(name).hasMatch())
        return true;
    if (why) {
        *why = name.isEmpty()
            ? QCoreApplication::translate("Profile", "the profile name is empty")
            : QCoreApplication::translate(
                  "Profile",
                  "invalid profile name \"%1\": use 1 to 64 letters, digits, '.', '_' or "
                  "'-', starting with a letter or digit")
                  .arg(name);
    }
    return false;
}

bool isValidAccessKeyId(const QString &id, QString *why)
{
    static const QRegularExpression pattern(QStringLiteral("^[!-~]{1,128}$"));
    if (pattern.match(id).hasMatch())
        return true;
    if (why) {
        *why = id.isEmpty()
            ? QCoreApplication::translate("Profile", "the access key id is empty")
            : QCoreApplication::translate(
                "Profile", "the access key id must be printable ASCII without spaces");
    }
    return false;
}

QString kindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::AccessKey:
        return QStringLiteral("AccessKey");
    case CredentialKind::StsToken:
        return QStringLiteral("StsToken");
    case CredentialKind::RamRoleArn:
        return QStringLiteral("RamRoleArn");
    case CredentialKind::ChainableRamRoleArn:
        return QStringLiteral("ChainableRamRoleArn");
    }
    return {};
}

bool parseKind(const QString &text, CredentialKind *kind)
{
    for (CredentialKind candidate :
         {CredentialKind::AccessKey, CredentialKind::StsToken, CredentialKind::RamRoleArn,
          CredentialKind::ChainableRamRoleArn}) {
        if (text.compare(kindName(candidate), Qt::CaseInsensitive) == 0) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString signatureVersionName(SignatureVersion version)
{
    return version == SignatureVersion::V1 ? QStringLiteral("v1") : QStringLiteral("v3");
}

bool parseSignatureVersion(const QString &text, SignatureVersion *version)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("v3") || t == QLatin1String("3")) {
        *version = SignatureVersion::V3;
        return true;
    }
    if (t == QLatin1String("v1") || t == QLatin1String("1")) {
        *version = SignatureVersion::V1;
        return true;
    }
    return false;
}

bool isValidEndpoint(const QUrl &endpoint, QString *why)
{
    if (endpoint.isEmpty())
        return true;
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("https")
            && endpoint.scheme() != QLatin1String("http"))) {
        if (why) {
            *why = QCoreApplication::translate("Profile",
                                               "invalid endpoint \"%1\": expected a URL such as "
                                               "https://actiontrail.cn-hangzhou.aliyuncs.com")
                       .arg(endpoint.toString());
        }
        return false;
    }
    // Plain http would expose the signed requests; only the local emulator may use it.
    const QHostAddress address(endpoint.host());
    const bool loopback = endpoint.host() == QLatin1String("localhost")
        || (!address.isNull() && address.isLoopback());
    if (endpoint.scheme() == QLatin1String("http") && !loopback) {
        if (why) {
            *why = QCoreApplication::translate(
                       "Profile",
                       "the endpoint \"%1\" uses plain http: only https is allowed "
                       "(http only to this computer, e.g. the local emulator)")
                       .arg(endpoint.toString());
        }
        return false;
    }
    return true;
}

bool isValidRegionEndpoint(const QString &region, const QUrl &endpoint, QString *why)
{
    // A region id has the form that makes a public endpoint host of it.
    if (!ActionTrailClient::endpointForRegion(region).isValid()) {
        if (why) {
            *why = region.isEmpty()
                ? QCoreApplication::translate("Profile", "a region endpoint names no region")
                : QCoreApplication::translate("Profile",
                                              "\"%1\" is not a region ID (such as cn-hangzhou)")
                      .arg(SafeText::forDisplay(region.left(64)));
        }
        return false;
    }
    if (endpoint.isEmpty()) {
        if (why)
            *why
                = QCoreApplication::translate("Profile", "the endpoint of %1 is empty").arg(region);
        return false;
    }
    return isValidEndpoint(endpoint, why);
}
} // namespace Profiles
