#include "aliyunconfig.h"

#include "aliyunenvironment.h"
#include "textposition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString homePath(const QProcessEnvironment &environment)
{
    const QString home = environment.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

struct ModeSpelling
{
    AliyunMode mode;
    const char *name;
};

constexpr ModeSpelling modeSpellings[] = {
    {AliyunMode::AK, "AK"},
    {AliyunMode::StsToken, "StsToken"},
    {AliyunMode::RamRoleArn, "RamRoleArn"},
    {AliyunMode::ChainableRamRoleArn, "ChainableRamRoleArn"},
    {AliyunMode::CloudSSO, "CloudSSO"},
    {AliyunMode::External, "External"},
    {AliyunMode::CredentialsURI, "CredentialsURI"},
    {AliyunMode::EcsRamRole, "EcsRamRole"},
    {AliyunMode::OIDC, "OIDC"},
    {AliyunMode::OAuth, "OAuth"},
};

/**
 * Old files hold numbers as numbers, hand-edited ones sometimes as strings. A number that is not
 * a whole qint64 (1e300, 1.5) reads as 0, "not set": converting it would be undefined behaviour.
 */
qint64 integer(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger(0);
    if (value.isString())
        return value.toString().trimmed().toLongLong();
    return 0;
}

QString text(const QJsonObject &entry, const char *key)
{
    return entry.value(QLatin1String(key)).toString().trimmed();
}

/** The CLI's rule for a profile written without a mode. */
AliyunMode inferMode(const AliyunProfile &p)
{
    if (!p.accessKeyId.isEmpty() && !p.accessKeySecret.isEmpty()) {
        if (!p.stsToken.isEmpty())
            return AliyunMode::StsToken;
        return p.ramRoleArn.isEmpty() ? AliyunMode::AK : AliyunMode::RamRoleArn;
    }
    if (!p.processCommand.isEmpty())
        return AliyunMode::External;
    if (!p.cloudSsoSignInUrl.isEmpty())
        return AliyunMode::CloudSSO;
    return AliyunMode::Unset;
}

/** Keeps the first profile of each name; later ones become problems. */
void keepFirstOfEachName(AliyunConfigFile *file, QList<AliyunProfile> found)
{
    QSet<QString> seen;
    for (const AliyunProfile &profile : found) {
        if (seen.contains(profile.name)) {
            file->problems.append(AliyunConfigProblem {
                profile.name, file->path,
                QCoreApplication::translate(
                    "AliyunConfig",
                    "defined more than once in this file; the first definition is used")});
            continue;
        }
        seen.insert(profile.name);
        file->profiles.append(profile);
    }
}

AliyunConfigFile readFile(const QString &path,
                          AliyunConfigFile (*parse)(const QByteArray &, const QString &))
{
    AliyunConfigFile result;
    result.path = path;
    QFile file(path);
    if (!file.exists())
        return result;
    result.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("AliyunConfig", "Cannot read %1: %2")
                           .arg(path, file.errorString());
        return result;
    }
    if (file.size() > AliyunConfig::maxFileSize) {
        result.error = QCoreApplication::translate("AliyunConfig",
                                                   "%1 is larger than %2 MiB; it was not read.")
                           .arg(path)
                           .arg(AliyunConfig::maxFileSize / (1024 * 1024));
        return result;
    }
    const QByteArray data = file.read(AliyunConfig::maxFileSize + 1);
    if (data.size() > AliyunConfig::maxFileSize) {
        result.error = QCoreApplication::translate("AliyunConfig",
                                                   "%1 is larger than %2 MiB; it was not read.")
                           .arg(path)
                           .arg(AliyunConfig::maxFileSize / (1024 * 1024));
        return result;
    }
    AliyunConfigFile parsed = parse(data, path);
    parsed.exists = true;
    return parsed;
}
} // namespace

const AliyunProfile *AliyunConfigFile::find(const QString &name) const
{
    for (const AliyunProfile &profile : profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

namespace AliyunConfig {
AliyunMode parseMode(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return AliyunMode::Unset;
    for (const ModeSpelling &spelling : modeSpellings) {
        if (trimmed.compare(QLatin1String(spelling.name), Qt::CaseInsensitive) == 0)
            return spelling.mode;
    }
    return AliyunMode::Other;
}

QString modeName(AliyunMode mode)
{
    for (const ModeSpelling &spelling : modeSpellings) {
        if (spelling.mode == mode)
            return QLatin1String(spelling.name);
    }
    return {};
}

QString cliConfigPath(const QProcessEnvironment &environment)
{
    const QString configured = environment.value(QStringLiteral("ALIBABA_CLOUD_CONFIG_FILE"));
    if (!configured.isEmpty())
        return configured;
    return homePath(environment) + QStringLiteral("/.aliyun/config.json");
}

QString credentialsFilePath(const QProcessEnvironment &environment)
{
    const QString configured = environment.value(QStringLiteral("ALIBABA_CLOUD_CREDENTIALS_FILE"));
    if (!configured.isEmpty())
        return configured;
    return homePath(environment) + QStringLiteral("/.alibabacloud/credentials");
}

AliyunConfigFile parseCliConfig(const QByteArray &data, const QString &fileName)
{
    AliyunConfigFile result;
    result.path = fileName;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        result.error = QCoreApplication::translate("AliyunConfig",
                                                   "%1 is not valid JSON (line %2, column %3: %4).")
                           .arg(fileName)
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("profiles")).isArray()) {
        result.error = QCoreApplication::translate(
                           "AliyunConfig",
                           "%1 does not look like an Alibaba Cloud CLI configuration (no "
                           "\"profiles\" list).")
                           .arg(fileName);
        return result;
    }
    const QJsonObject root = document.object();
    result.current = root.value(QStringLiteral("current")).toString();
    const QJsonArray entries = root.value(QStringLiteral("profiles")).toArray();
    QList<AliyunProfile> found;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            result.problems.append(AliyunConfigProblem {
                QCoreApplication::translate("AliyunConfig", "(entry %1)").arg(i + 1), fileName,
                QCoreApplication::translate("AliyunConfig", "not a JSON object")});
            continue;
        }
        const QJsonObject entry = entries.at(i).toObject();
        AliyunProfile p;
        p.name = entry.value(QStringLiteral("name")).toString();
        if (p.name.isEmpty()) {
            result.problems.append(AliyunConfigProblem {
                QCoreApplication::translate("AliyunConfig", "(entry %1)").arg(i + 1), fileName,
                QCoreApplication::translate("AliyunConfig", "no name")});
            continue;
        }
        p.sourceFile = fileName;
        p.modeText = text(entry, "mode");
        p.accessKeyId = text(entry, "access_key_id");
        p.accessKeySecret = text(entry, "access_key_secret");
        p.stsToken = text(entry, "sts_token");
        p.stsExpiration = integer(entry.value(QStringLiteral("sts_expiration")));
        p.regionId = text(entry, "region_id");
        p.ramRoleArn = text(entry, "ram_role_arn");
        p.roleSessionName = text(entry, "ram_session_name");
        p.externalId = text(entry, "external_id");
        p.policy = entry.value(QStringLiteral("policy")).toString();
        p.sourceProfile = text(entry, "source_profile");
        p.stsRegion = text(entry, "sts_region");
        p.stsEndpoint = text(entry, "sts_endpoint");
        p.expiredSeconds
            = int(qBound(Q_INT64_C(0), integer(entry.value(QStringLiteral("expired_seconds"))),
                         Q_INT64_C(1000000)));
        p.processCommand = text(entry, "process_command");
        p.credentialsUri = text(entry, "credentials_uri");
        p.cloudSsoSignInUrl = text(entry, "cloud_sso_sign_in_url");
        p.cloudSsoAccountId = text(entry, "cloud_sso_account_id");
        p.cloudSsoAccessConfig = text(entry, "cloud_sso_access_config");
        p.accessToken = text(entry, "access_token");
        p.cloudSsoAccessTokenExpire
            = integer(entry.value(QStringLiteral("cloud_sso_access_token_expire")));
        p.mode = AliyunConfig::parseMode(p.modeText);
        if (p.mode == AliyunMode::Unset)
            p.mode = inferMode(p);
        found.append(p);
    }
    keepFirstOfEachName(&result, found);
    return result;
}

AliyunConfigFile parseCredentialsFile(const QByteArray &data, const QString &fileName)
{
    AliyunConfigFile result;
    result.path = fileName;
    struct Section
    {
        QString name;
        QHash<QString, QString> values;
    };
    QList<Section> sections;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                result.error = QCoreApplication::translate(
                                   "AliyunConfig", "%1: line %2 is not a valid section header.")
                                   .arg(fileName)
                                   .arg(i + 1);
                return result;
            }
            sections.append(Section {line.mid(1, line.size() - 2).trimmed(), {}});
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0 || sections.isEmpty()) {
            result.error
                = QCoreApplication::translate(
                      "AliyunConfig", "%1: line %2 is neither a section nor \"key = value\".")
                      .arg(fileName)
                      .arg(i + 1);
            return result;
        }
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2
            && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
                || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
            value = value.mid(1, value.size() - 2);
        }
        sections.last().values.insert(line.left(equals).trimmed().toLower(), value);
    }
    QList<AliyunProfile> found;
    for (const Section &section : std::as_const(sections)) {
        const auto value = [&section](const char *key) {
            return section.values.value(QLatin1String(key)).trimmed();
        };
        if (value("enable").compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            result.problems.append(AliyunConfigProblem {
                section.name, fileName,
                QCoreApplication::translate("AliyunConfig", "disabled (enable = false)")});
            continue;
        }
        AliyunProfile p;
        p.name = section.name;
        p.sourceFile = fileName;
        p.fromCredentialsFile = true;
        p.modeText = value("type");
        p.accessKeyId = value("access_key_id");
        p.accessKeySecret = value("access_key_secret");
        p.regionId = value("region_id");
        p.ramRoleArn = value("role_arn");
        p.roleSessionName = value("role_session_name");
        p.policy = section.values.value(QStringLiteral("policy"));
        // The SDKs' INI types, not the CLI's mode names.
        static const QHash<QString, AliyunMode> types {
            {QStringLiteral("access_key"), AliyunMode::AK},
            {QStringLiteral("ram_role_arn"), AliyunMode::RamRoleArn},
            {QStringLiteral("ecs_ram_role"), AliyunMode::EcsRamRole},
            {QStringLiteral("oidc_role_arn"), AliyunMode::OIDC},
        };
        p.mode = p.modeText.isEmpty() ? AliyunMode::Unset
                                      : types.value(p.modeText.toLower(), AliyunMode::Other);
        // The SDKs assume roles from this file for an hour.
        if (p.mode == AliyunMode::RamRoleArn)
            p.expiredSeconds = 3600;
        found.append(p);
    }
    keepFirstOfEachName(&result, found);
    return result;
}

AliyunConfigFile readCliConfig(const QProcessEnvironment &environment)
{
    return readFile(cliConfigPath(environment), &parseCliConfig);
}

AliyunConfigFile readCredentialsFile(const QProcessEnvironment &environment)
{
    return readFile(credentialsFilePath(environment), &parseCredentialsFile);
}
} // namespace AliyunConfig

AliyunProfiles AliyunProfiles::load(const QProcessEnvironment &environment)
{
    AliyunProfiles loaded;
    loaded.m_cliDisabled = AliyunEnvironment::cliProfileDisabled(environment);
    if (!loaded.m_cliDisabled)
        loaded.m_cli = AliyunConfig::readCliConfig(environment);
    loaded.m_ini = AliyunConfig::readCredentialsFile(environment);
    return loaded;
}

std::optional<AliyunProfile> AliyunProfiles::find(const QString &name, QString *error) const
{
    for (const AliyunConfigFile *file : {&m_cli, &m_ini}) {
        if (!file->exists)
            continue;
        if (!file->error.isEmpty()) {
            *error = file->error;
            return std::nullopt;
        }
        if (const AliyunProfile *profile = file->find(name))
            return *profile;
    }
    return std::nullopt;
}

std::optional<AliyunProfile> AliyunProfiles::fallback(QString *error) const
{
    if (m_cli.exists) {
        if (!m_cli.error.isEmpty()) {
            *error = m_cli.error;
            return std::nullopt;
        }
        if (!m_cli.current.isEmpty()) {
            if (const AliyunProfile *profile = m_cli.find(m_cli.current))
                return *profile;
            *error = QCoreApplication::translate(
                         "AliyunConfig", "The current profile of %1, \"%2\", is not defined in it.")
                         .arg(m_cli.path, m_cli.current);
            return std::nullopt;
        }
    }
    if (m_ini.exists) {
        if (!m_ini.error.isEmpty()) {
            *error = m_ini.error;
            return std::nullopt;
        }
        if (const AliyunProfile *profile = m_ini.find(QStringLiteral("default")))
            return *profile;
    }
    return std::nullopt;
}

QList<AliyunProfile> AliyunProfiles::all() const
{
    QList<AliyunProfile> profiles = m_cli.profiles;
    for (const AliyunProfile &profile : m_ini.profiles) {
        if (!m_cli.find(profile.name))
            profiles.append(profile);
    }
    return profiles;
}

QString AliyunProfiles::errors() const
{
    QStringList lines;
    for (const AliyunConfigFile *file : {&m_cli, &m_ini}) {
        if (!file->error.isEmpty())
            lines.append(file->error);
    }
    return lines.join(QLatin1Char('\n'));
}
