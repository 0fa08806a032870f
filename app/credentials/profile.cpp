#include "profile.h"

#include "domain/regioncatalog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>

// Debug output (which source won, keychain details) only when asked for, e.g. --verbose.
Q_LOGGING_CATEGORY(lcCredentials, "backfill.credentials", QtInfoMsg)

namespace {
QString kindName(CredentialKind kind)
{
    return kind == CredentialKind::StsToken ? QStringLiteral("StsToken")
                                            : QStringLiteral("AccessKey");
}
} // namespace

QString Profile::displayName() const
{
    if (!sessionOnly)
        return name;
    return QCoreApplication::translate("Profile", "%1 (this session only, not saved)").arg(name);
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
        {QStringLiteral("kind"), kindName(kind)},
    };
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (!endpoint.isEmpty())
        object.insert(QStringLiteral("endpoint"), endpoint.toString());
    if (!caBundle.isEmpty())
        object.insert(QStringLiteral("caBundle"), caBundle);
    return object;
}

bool Profile::fromJson(const QJsonObject &object, Profile *profile, QString *why)
{
    Profile p;
    p.name = object.value(QStringLiteral("name")).toString();
    if (!Profiles::isValidName(p.name, why))
        return false;
    p.description = object.value(QStringLiteral("description")).toString();
    p.accessKeyId = object.value(QStringLiteral("accessKeyId")).toString();
    if (!Profiles::isValidAccessKeyId(p.accessKeyId, why))
        return false;
    p.region = object.value(QStringLiteral("region")).toString();
    p.caBundle = object.value(QStringLiteral("caBundle")).toString();
    const QString endpoint = object.value(QStringLiteral("endpoint")).toString();
    if (!endpoint.isEmpty())
        p.endpoint = QUrl(endpoint, QUrl::StrictMode);
    if (!Profiles::isValidEndpoint(p.endpoint, why))
        return false;
    const QString version
        = object.value(QStringLiteral("signatureVersion")).toString(QStringLiteral("v3"));
    if (!Profiles::parseSignatureVersion(version, &p.signatureVersion)) {
        if (why)
            *why = QCoreApplication::translate("Profile", "unknown signature version \"%1\"")
                       .arg(version);
        return false;
    }
    const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("AccessKey"));
    if (kind == QLatin1String("StsToken")) {
        p.kind = CredentialKind::StsToken;
    } else if (kind == QLatin1String("AccessKey")) {
        p.kind = CredentialKind::AccessKey;
    } else {
        if (why)
            *why = QCoreApplication::translate("Profile", "unknown kind \"%1\"").arg(kind);
        return false;
    }
    *profile = p;
    return true;
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.description == b.description && a.accessKeyId == b.accessKeyId
        && a.region == b.region && a.endpoint == b.endpoint
        && a.signatureVersion == b.signatureVersion && a.caBundle == b.caBundle && a.kind == b.kind
        && a.sessionOnly == b.sessionOnly;
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
    // Short ids would be mostly revealed by a 4+4 mask; hide them entirely.
    if (accessKeyId.size() <= 8)
        return QStringLiteral("****");
    return accessKeyId.left(4) + QStringLiteral("****") + accessKeyId.right(4);
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
} // namespace Profiles
