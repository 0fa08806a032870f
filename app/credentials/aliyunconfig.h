#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

/** How an aliyun CLI profile signs in (its `mode`; the INI file's `type`). */
enum class AliyunMode {
    Unset, ///< no mode and nothing to infer one from
    AK,
    StsToken,
    RamRoleArn,
    ChainableRamRoleArn,
    CloudSSO,
    External,
    CredentialsURI,
    EcsRamRole,
    OIDC,
    OAuth,
    Other, ///< any other word (RsaKeyPair, BearerToken, a typo ...): see AliyunProfile::modeText
};

/**
 * One profile of the aliyun CLI's `config.json` or one section of the SDKs' INI credentials
 * file, with every field any supported mode uses. A value type; the secrets in it are never
 * logged and never written anywhere by us.
 */
struct AliyunProfile
{
    QString name;
    AliyunMode mode = AliyunMode::Unset;
    /** The mode (or INI type) exactly as written, for messages. */
    QString modeText;
    QString sourceFile;
    /** True for a section of the INI credentials file, false for a config.json profile. */
    bool fromCredentialsFile = false;

    QString accessKeyId;
    QString accessKeySecret;
    QString stsToken;
    /** Unix seconds after which the STS triple is no longer valid; 0 when not given. */
    qint64 stsExpiration = 0;
    QString regionId;

    QString ramRoleArn;
    QString roleSessionName;
    QString externalId;
    QString policy;
    QString sourceProfile;
    QString stsRegion;
    QString stsEndpoint;
    /** The role session's duration in seconds; 0 when not given. */
    int expiredSeconds = 0;

    QString processCommand;
    QString credentialsUri;

    QString cloudSsoSignInUrl;
    QString cloudSsoAccountId;
    QString cloudSsoAccessConfig;
    /** CloudSSO's bearer token, written by `aliyun configure` after signing in. */
    QString accessToken;
    /** Unix seconds after which accessToken is no longer accepted; 0 when not given. */
    qint64 cloudSsoAccessTokenExpire = 0;
};

/** An entry of one of the files that is not a usable profile, and why. */
struct AliyunConfigProblem
{
    QString profileName;
    QString sourceFile;
    QString reason;
};

/** What one of the two files holds. */
struct AliyunConfigFile
{
    QString path;
    bool exists = false;
    /** The file as a whole cannot be used: one sentence naming the path and the problem. */
    QString error;
    /** config.json's `current` profile. */
    QString current;
    /** Every named entry, the first definition of each name. */
    QList<AliyunProfile> profiles;
    /** Entries that are not profiles at all (not an object, repeated, disabled). */
    QList<AliyunConfigProblem> problems;

    const AliyunProfile *find(const QString &name) const;
};

/**
 * Reads (never writes) the aliyun CLI's `~/.aliyun/config.json` and the SDKs'
 * `~/.alibabacloud/credentials`: the one parser of both, used by the live credential chain and by
 * the import. The parsers are pure (bytes in, profiles out) so they can be fuzzed.
 */
namespace AliyunConfig {
/** Mode names compare case-insensitively, as the CLI compares them. */
AliyunMode parseMode(const QString &text);
/** The CLI's spelling of @p mode ("AK", "RamRoleArn", ...). */
QString modeName(AliyunMode mode);

/** ALIBABA_CLOUD_CONFIG_FILE, else ~/.aliyun/config.json. */
QString cliConfigPath(const QProcessEnvironment &environment);
/** ALIBABA_CLOUD_CREDENTIALS_FILE, else ~/.alibabacloud/credentials. */
QString credentialsFilePath(const QProcessEnvironment &environment);

/** config.json, old style (every key, empty ones too) and new (omitempty) alike. */
AliyunConfigFile parseCliConfig(const QByteArray &data, const QString &fileName);
/** The INI credentials file; `enable = false` sections are listed as problems. */
AliyunConfigFile parseCredentialsFile(const QByteArray &data, const QString &fileName);

/** Reads and parses one file; a missing file has exists == false and no error. */
AliyunConfigFile readCliConfig(const QProcessEnvironment &environment);
AliyunConfigFile readCredentialsFile(const QProcessEnvironment &environment);

/** Larger files are refused unread: no real configuration comes near it. */
constexpr qint64 maxFileSize = 4 * 1024 * 1024;
} // namespace AliyunConfig

/**
 * The aliyun CLI's configuration as the live credential chain sees it: config.json (unless
 * ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true) then the INI credentials file. A snapshot, read once.
 */
class AliyunProfiles
{
public:
    static AliyunProfiles load(const QProcessEnvironment &environment);

    bool cliConfigDisabled() const { return m_cliDisabled; }
    const AliyunConfigFile &cliConfig() const { return m_cli; }
    const AliyunConfigFile &credentialsFile() const { return m_ini; }

    /**
     * The profile NAME: config.json's first, then the INI file's. A file that exists but cannot
     * be read or parsed is an error (set in @p error), never skipped silently.
     */
    std::optional<AliyunProfile> find(const QString &name, QString *error) const;
    /**
     * What the official chain uses without any name: config.json's `current` profile, else the
     * INI file's `default` section. std::nullopt without an error when neither file is there.
     */
    std::optional<AliyunProfile> fallback(QString *error) const;
    /** Every profile of both files (config.json's first), for `profile list`. */
    QList<AliyunProfile> all() const;
    /** Both files' errors, one a line. */
    QString errors() const;

private:
    bool m_cliDisabled = false;
    AliyunConfigFile m_cli;
    AliyunConfigFile m_ini;
};
