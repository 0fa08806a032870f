#include "profilecommand.h"

#include "profiletest.h"

#include "credentials/accountstore.h"
#include "credentials/aliyunenvironment.h"
#include "credentials/aliyunimport.h"
#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "domain/safetext.h"
#include "globaloptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <termios.h>
#include <unistd.h>

// Exit codes shared by the command line: 0 done, 1 the operation failed, 2 wrong usage or a
// missing prerequisite (no usable keychain).
namespace {
constexpr int exitOk = 0;
constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage()
{
    out() << profileHelpText() << Qt::flush;
    return exitOk;
}

/** Parses `profile SUB ...`; on a usage error prints it and returns false. */
bool parse(QCommandLineParser &parser, const QString &subcommand, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("backfill-browser profile ") + subcommand}
                      + arguments)) {
        err() << QCoreApplication::translate("ProfileCommand", "backfill-browser profile %1: %2\n")
                     .arg(subcommand, parser.errorText())
              << Qt::flush;
        return false;
    }
    return true;
}

/**
 * Reads one line from stdin without echo when stdin is a terminal. Returns false at end of input.
 */
bool readHiddenLine(const QString &prompt, QString *line)
{
    static QFile input;
    if (!input.isOpen() && !input.open(stdin, QIODevice::ReadOnly))
        return false;
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        err() << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QByteArray bytes = input.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << "\n" << Qt::flush;
    }
    if (bytes.isEmpty())
        return false;
    *line = QString::fromUtf8(bytes).trimmed();
    return true;
}

bool isMissingKeychain(SecretJob::Error error)
{
    return error == SecretJob::Error::NoKeychain || error == SecretJob::Error::AccessDenied;
}

/** Holds the stores for the duration of one command and ends the event loop with its result. */
class ProfileCommand : public QObject
{
    // QObject::tr would look up the context "QObject"; lupdate files these under ProfileCommand.
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    ProfileCommand()
        : m_profiles(new ProfileStore(this))
        , m_secrets(new SecretStore(this))
        , m_accounts(new AccountStore(m_profiles, m_secrets, this))
    { }

    void quit(int code) { QCoreApplication::exit(code); }

    /** False (after printing why) when the profiles file cannot be read. */
    bool loadProfiles()
    {
        if (m_profiles->load())
            return true;
        err() << m_profiles->lastError() << "\n" << Qt::flush;
        return false;
    }

    int list(const QStringList &arguments);
    int add(const QStringList &arguments);
    int remove(const QStringList &arguments);
    int setDefault(const QStringList &arguments);
    int show(const QStringList &arguments);
    int importAliyun(const QStringList &arguments);
    void reportDefault();

private:
    void importNext();
    void printOrphans();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    AccountStore *m_accounts;
    // import-aliyun state
    QList<ImportCandidate> m_toImport;
    QStringList m_imported;
    QString m_aliyunCurrent;
    /** The aliyun CLI's current profile as imported: the principal --make-default may pick. */
    std::optional<Profile> m_aliyunCurrentProfile;
    bool m_makeDefault = false;
    int m_importFailures = 0;
};

int ProfileCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption orphans(QStringLiteral("orphans"),
                                     tr("Only the halves an interrupted add or remove left."));
    parser.addOption(orphans);
    if (!parse(parser, QStringLiteral("list"), arguments))
        return exitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("backfill-browser profile list: takes no arguments\n") << Qt::flush;
        return exitUsage;
    }
    if (!loadProfiles())
        return exitFailed;
    if (parser.isSet(orphans)) {
        // Queued: quit() only ends an event loop that is already running.
        QMetaObject::invokeMethod(
            this, [this] { printOrphans(); }, Qt::QueuedConnection);
        return -1;
    }

    QList<QStringList> rows;
    rows.append({QString(), tr("NAME"), tr("KEY ID"), tr("REGION"), tr("KIND"), tr("SOURCE")});
    const QString defaultName = m_profiles->defaultProfileName();
    for (const Profile &p : m_profiles->profiles()) {
        rows.append({p.name == defaultName ? QStringLiteral("*") : QString(), p.displayName(),
                     p.hasSecret() ? p.maskedAccessKeyId() : tr("(from %1)").arg(p.sourceProfile),
                     p.region.isEmpty() ? tr("(none)") : p.region, p.kindLabel(),
                     p.sessionOnly ? tr("this session only") : tr("keychain")});
    }
    // The environment wins over every profile but --profile: show it so nobody is surprised.
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString envKeyId = AliyunEnvironment::accessKeyId(env).value;
    if (!envKeyId.isEmpty()) {
        const QString envRegion = AliyunEnvironment::regionId(env).value;
        rows.append(
            {QString(), tr("(environment)"), Profiles::maskAccessKeyId(envKeyId),
             envRegion.isEmpty() ? tr("(none)") : envRegion,
             AliyunEnvironment::securityToken(env).value.isEmpty() ? tr("AccessKey") : tr("STS"),
             tr("environment")});
    }
    // The aliyun CLI's profiles are used live where ours do not decide: list them too, marked.
    const AliyunProfiles aliyun = AliyunProfiles::load(env);
    for (const AliyunProfile &p : aliyun.all()) {
        const bool current = !p.fromCredentialsFile && p.name == aliyun.cliConfig().current;
        rows.append({current ? QStringLiteral("a") : QString(), p.name,
                     Profiles::maskAccessKeyId(p.accessKeyId),
                     p.regionId.isEmpty() ? tr("(none)") : p.regionId,
                     p.mode == AliyunMode::Other || p.mode == AliyunMode::Unset
                         ? SafeText::forDisplay(p.modeText.left(32))
                         : AliyunConfig::modeName(p.mode),
                     p.fromCredentialsFile ? tr("aliyun credentials file") : tr("aliyun CLI")});
    }
    if (rows.size() == 1) {
        out() << tr("No profiles yet. Add one with\n"
                    "  backfill-browser profile add NAME --access-key-id ID --secret-stdin\n"
                    "or import the Alibaba Cloud CLI's with\n"
                    "  backfill-browser profile import-aliyun\n")
              << Qt::flush;
        return exitOk;
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += row.at(c).leftJustified(widths[c] + (c + 1 < row.size() ? 2 : 0));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out() << line << "\n";
    }
    if (!defaultName.isEmpty())
        out() << tr("* default profile\n");
    if (!aliyun.all().isEmpty()) {
        QStringList files;
        for (const AliyunConfigFile *file : {&aliyun.cliConfig(), &aliyun.credentialsFile()}) {
            if (file->exists)
                files.append(file->path);
        }
        out() << tr("a the aliyun CLI's current profile; aliyun profiles are read live from %1, "
                    "never changed\n")
                     .arg(files.join(tr(" and ")));
    }
    if (!aliyun.errors().isEmpty())
        err() << aliyun.errors() << "\n";
    // The same decision `jobs` makes, so nobody has to work out the precedence by hand.
    const CredentialChoice choice = CredentialResolver(m_profiles, m_secrets, env).choose();
    if (choice.ok)
        out() << tr("Without --profile, requests use: %1\n").arg(choice.describeSource());
    else
        out() << tr("Without --profile, requests fail: %1\n").arg(choice.error);
    out() << Qt::flush;
    return exitOk;
}

void ProfileCommand::printOrphans()
{
    OrphanScan *scan = m_accounts->findOrphans();
    connect(scan, &OrphanScan::finished, this, [this](OrphanScan *done) {
        if (!done->succeeded()) {
            err() << tr("backfill-browser profile list: %1\n").arg(done->errorString())
                  << Qt::flush;
            quit(exitUsage);
            return;
        }
        for (const AccountOrphan &orphan : done->orphans()) {
            if (orphan.kind == AccountOrphan::Kind::ProfileWithoutSecret)
                out() << tr("profile without a secret: %1 (remove it with: backfill-browser "
                            "profile remove %1, or add it again with --replace)\n")
                             .arg(orphan.profileName);
            else
                out() << tr("secret without a profile: %1 (delete it with: backfill-browser "
                            "profile remove %1)\n")
                             .arg(orphan.profileName);
        }
        if (done->orphans().isEmpty())
            out() << tr(
                "No orphans: every profile has its secret, and no secret lacks a profile.\n");
        out() << Qt::flush;
        quit(exitOk);
    });
}

int ProfileCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keyId(QStringLiteral("access-key-id"), tr("Access key id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption region(QStringLiteral("region"), tr("Region id."),
                                    QStringLiteral("R"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), tr("Endpoint override."),
                                      QStringLiteral("URL"));
    const QCommandLineOption regionEndpoint(QStringLiteral("region-endpoint"),
                                            tr("One region's endpoint (repeatable)."),
                                            QStringLiteral("REGION=URL"));
    const QCommandLineOption signature(QStringLiteral("signature-version"),
                                       tr("v3 (default) or v1."), QStringLiteral("VERSION"));
    const QCommandLineOption description(QStringLiteral("description"), tr("Free text."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"),
                                         tr("Read the secret from stdin."));
    const QCommandLineOption tokenStdin(QStringLiteral("security-token-stdin"),
                                        tr("Read an STS token from stdin (second line)."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace an existing profile of that name."));
    const QCommandLineOption roleArn(QStringLiteral("role-arn"), tr("Assume this RAM role."),
                                     QStringLiteral("ARN"));
    const QCommandLineOption sourceProfile(QStringLiteral("source-profile"),
                                           tr("Assume the role with this profile's credentials."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption sessionName(QStringLiteral("role-session-name"),
                                         tr("Session name (default backfill-browser-<ms>)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption duration(QStringLiteral("duration-seconds"),
                                      tr("Session length, 900 to 43200 (default 3600)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption externalId(QStringLiteral("external-id"),
                                        tr("ExternalId the role's trust policy asks for."),
                                        QStringLiteral("ID"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    tr("JSON policy narrowing the role's own."),
                                    QStringLiteral("JSON"));
    const QCommandLineOption stsEndpoint(QStringLiteral("sts-endpoint"),
                                         tr("STS host or URL for this profile."),
                                         QStringLiteral("HOST|URL"));
    const QCommandLineOption stsRegion(QStringLiteral("sts-region"),
                                       tr("STS region: sts.<region>.aliyuncs.com."),
                                       QStringLiteral("REGION"));
    parser.addOptions({keyId, region, endpoint, regionEndpoint, signature, description, secretStdin,
                       tokenStdin, replace, roleArn, sourceProfile, sessionName, duration,
                       externalId, policy, stsEndpoint, stsRegion});
    if (!parse(parser, QStringLiteral("add"), arguments))
        return exitUsage;

    const auto usageError = [](const QString &message) {
        err() << tr("backfill-browser profile add: %1\n").arg(message) << Qt::flush;
        return exitUsage;
    };
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("give exactly one profile NAME"));
    Profile profile;
    profile.name = parser.positionalArguments().constFirst();
    profile.accessKeyId = parser.value(keyId).trimmed();
    profile.region = parser.value(region).trimmed();
    profile.description = parser.value(description);
    profile.kind = parser.isSet(tokenStdin) ? CredentialKind::StsToken : CredentialKind::AccessKey;
    if (parser.isSet(endpoint))
        profile.endpoint = QUrl(parser.value(endpoint), QUrl::StrictMode);
    if (parser.isSet(regionEndpoint)) {
        // The same REGION=URL form as the global --endpoint REGION=URL.
        QString plain;
        QMap<QString, QString> given;
        QString why;
        if (!splitEndpointValues(parser.values(regionEndpoint), &plain, &given, &why)
            || !plain.isEmpty())
            return usageError(tr("--region-endpoint needs REGION=URL, e.g. "
                                 "cn-beijing=https://actiontrail-vpc.cn-beijing.aliyuncs.com"));
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            profile.regionEndpoints.insert(it.key(), QUrl(it.value(), QUrl::StrictMode));
    }
    if (parser.isSet(roleArn)) {
        profile.kind = parser.isSet(sourceProfile) ? CredentialKind::ChainableRamRoleArn
                                                   : CredentialKind::RamRoleArn;
        profile.role.roleArn = parser.value(roleArn).trimmed();
        profile.role.roleSessionName = parser.value(sessionName).trimmed();
        profile.role.externalId = parser.value(externalId);
        profile.role.policy = parser.value(policy);
        profile.sourceProfile = parser.value(sourceProfile).trimmed();
        profile.stsEndpoint = parser.value(stsEndpoint).trimmed();
        profile.stsRegion = parser.value(stsRegion).trimmed();
        if (parser.isSet(duration)) {
            bool ok = false;
            profile.role.durationSeconds = parser.value(duration).toInt(&ok);
            if (!ok)
                return usageError(tr("--duration-seconds needs a number of seconds"));
        }
        if (parser.isSet(tokenStdin))
            return usageError(tr("a role profile holds no STS token: leave out "
                                 "--security-token-stdin"));
    } else {
        for (const QCommandLineOption *roleOnly :
             {&sourceProfile, &sessionName, &duration, &externalId, &policy, &stsEndpoint,
              &stsRegion}) {
            if (parser.isSet(*roleOnly))
                return usageError(tr("--%1 needs --role-arn").arg(roleOnly->names().constFirst()));
        }
    }
    const bool chained = profile.kind == CredentialKind::ChainableRamRoleArn;
    if (chained && (parser.isSet(keyId) || parser.isSet(secretStdin)))
        return usageError(tr("a role assumed with --source-profile takes no key of its own: "
                             "leave out --access-key-id and --secret-stdin"));
    QString why;
    if (!chained && !parser.isSet(keyId))
        return usageError(tr("--access-key-id ID is required"));
    if (!profile.check(&why))
        return usageError(why);
    if (parser.isSet(signature)
        && !Profiles::parseSignatureVersion(parser.value(signature), &profile.signatureVersion)) {
        return usageError(tr("--signature-version must be v3 or v1"));
    }
    if (!chained && !parser.isSet(secretStdin)) {
        return usageError(tr("the secret is read from stdin only: pass --secret-stdin and pipe "
                             "the secret in (e.g. from your password manager)"));
    }
    if (!loadProfiles())
        return exitFailed;
    if (chained) {
        // The chain as it would be with this profile saved: its source must exist, no cycle.
        const auto lookup = [this, &profile](const QString &name) {
            return name == profile.name ? std::optional<Profile>(profile)
                                        : m_profiles->profile(name);
        };
        if (CredentialResolver::sourceChain(profile.name, lookup, &why).isEmpty())
            return usageError(why);
    }
    if (m_profiles->contains(profile.name) && !parser.isSet(replace)) {
        err() << tr("backfill-browser profile add: a profile named \"%1\" already exists (use "
                    "--replace to overwrite it)\n")
                     .arg(profile.name)
              << Qt::flush;
        return exitFailed;
    }

    ProfileSecret secret;
    if (!chained
        && (!readHiddenLine(tr("Access key secret: "), &secret.secret) || secret.secret.isEmpty()))
        return usageError(tr("no secret on stdin (expected it on the first line)"));
    if (parser.isSet(tokenStdin)
        && (!readHiddenLine(tr("Security token: "), &secret.securityToken)
            || secret.securityToken.isEmpty())) {
        return usageError(tr("no security token on stdin (expected it on the second line)"));
    }

    // One transaction (app/credentials/accountstore.h): nothing half-saved on failure, and a
    // kill at any moment leaves nothing `profile list --orphans` cannot find.
    const bool firstProfile = m_profiles->defaultProfileName().isEmpty();
    AccountJob *job = m_accounts->add(profile, secret);
    connect(job, &AccountJob::finished, this, [this, profile, firstProfile](AccountJob *done) {
        if (!done->succeeded()) {
            err() << tr("backfill-browser profile add: %1\nNothing was saved.\n")
                         .arg(done->errorString())
                  << Qt::flush;
            quit(isMissingKeychain(done->secretError()) ? exitUsage : exitFailed);
            return;
        }
        if (profile.kind == CredentialKind::ChainableRamRoleArn)
            out() << tr("Saved profile \"%1\": role %2 assumed with the credentials of \"%3\".\n")
                         .arg(profile.name, profile.role.roleArn, profile.sourceProfile);
        else
            out() << tr("Saved profile \"%1\" (key id %2); the secret is in the keychain.\n")
                         .arg(profile.name, profile.maskedAccessKeyId());
        if (firstProfile && m_profiles->setDefaultProfile(profile.name))
            out() << tr("\"%1\" is now the default profile.\n").arg(profile.name);
        out() << Qt::flush;
        quit(exitOk);
    });
    return -1;
}

int ProfileCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("remove"), arguments))
        return exitUsage;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("backfill-browser profile remove: give exactly one profile NAME\n")
              << Qt::flush;
        return exitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (!loadProfiles())
        return exitFailed;
    const bool orphanedSecret
        = !m_profiles->contains(name) && m_profiles->pendingNames().contains(name);
    if (!m_profiles->contains(name) && !orphanedSecret) {
        err() << tr("backfill-browser profile remove: there is no profile named \"%1\"\n").arg(name)
              << Qt::flush;
        return exitFailed;
    }
    // The secret first: a profile whose secret could not be deleted stays listed, so the user
    // can retry instead of leaving an invisible secret behind.
    AccountJob *job = m_accounts->remove(name);
    connect(job, &AccountJob::finished, this, [this, name, orphanedSecret](AccountJob *done) {
        if (!done->succeeded()) {
            if (done->secretError() != SecretJob::Error::None)
                err() << tr("backfill-browser profile remove: %1\nThe profile was kept.\n")
                             .arg(done->errorString());
            else
                err() << tr("backfill-browser profile remove: %1\n").arg(done->errorString());
            err() << Qt::flush;
            quit(isMissingKeychain(done->secretError()) ? exitUsage : exitFailed);
            return;
        }
        if (orphanedSecret)
            out() << tr("Removed the secret \"%1\" that no profile pointed to.\n").arg(name);
        else
            out() << tr("Removed profile \"%1\" and its secret from the keychain.\n").arg(name);
        out() << Qt::flush;
        quit(exitOk);
    });
    return -1;
}

int ProfileCommand::setDefault(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("set-default"), arguments))
        return exitUsage;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("backfill-browser profile set-default: give exactly one profile NAME\n")
              << Qt::flush;
        return exitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (!loadProfiles())
        return exitFailed;
    if (!m_profiles->setDefaultProfile(name)) {
        err() << tr("backfill-browser profile set-default: %1\n").arg(m_profiles->lastError())
              << Qt::flush;
        return exitFailed;
    }
    out() << tr("\"%1\" is now the default profile.\n").arg(name) << Qt::flush;
    return exitOk;
}

int ProfileCommand::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("show"), arguments))
        return exitUsage;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("backfill-browser profile show: give exactly one profile NAME\n") << Qt::flush;
        return exitUsage;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (!loadProfiles())
        return exitFailed;
    const std::optional<Profile> profile = m_profiles->profile(name);
    if (!profile) {
        err() << tr("backfill-browser profile show: there is no profile named \"%1\"\n")
                     .arg(SafeText::forDisplay(name))
              << Qt::flush;
        return exitFailed;
    }
    // The file's own shape (JSON escapes control characters), the key id masked as in list.
    QJsonObject shown = profile->toJson();
    if (shown.contains(QStringLiteral("accessKeyId")))
        shown.insert(QStringLiteral("accessKeyId"), profile->maskedAccessKeyId());
    shown.insert(QStringLiteral("default"), m_profiles->defaultProfileName() == profile->name);
    out() << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)) << Qt::flush;
    return exitOk;
}

int ProfileCommand::importAliyun(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), tr("Import every supported profile."));
    const QCommandLineOption makeDefault(
        QStringLiteral("make-default"),
        tr("Make the aliyun CLI's current profile the default, once imported."));
    parser.addOptions({all, makeDefault});
    if (!parse(parser, QStringLiteral("import-aliyun"), arguments))
        return exitUsage;
    const QStringList names = parser.positionalArguments();
    if (parser.isSet(all) && !names.isEmpty()) {
        err() << tr("backfill-browser profile import-aliyun: give NAMEs or --all, not both\n")
              << Qt::flush;
        return exitUsage;
    }
    if (!loadProfiles())
        return exitFailed;

    const ImportResult found = AliyunImport::readAll(QProcessEnvironment::systemEnvironment());
    m_aliyunCurrent = found.currentProfile;
    m_makeDefault = parser.isSet(makeDefault);
    for (const ImportCandidate &candidate : found.candidates) {
        if (candidate.profile.name == m_aliyunCurrent)
            m_aliyunCurrentProfile = candidate.profile;
    }
    if (!found.fileError.isEmpty())
        err() << found.fileError << "\n";
    QList<ImportProblem> skipped = found.skipped;
    const bool listOnly = !parser.isSet(all) && names.isEmpty();
    QSet<QString> wanted(names.cbegin(), names.cend());
    for (const ImportCandidate &candidate : found.candidates) {
        if (!listOnly && !parser.isSet(all) && !wanted.contains(candidate.profile.name))
            continue;
        wanted.remove(candidate.profile.name);
        if (m_profiles->contains(candidate.profile.name)) {
            skipped.append(ImportProblem {candidate.profile.name, candidate.sourceFile,
                                          tr("a profile with this name already exists here "
                                             "(remove it first to re-import)")});
            continue;
        }
        m_toImport.append(candidate);
    }
    for (const QString &name : std::as_const(wanted)) {
        skipped.append(
            ImportProblem {name, QString(), tr("not found among the importable profiles")});
    }
    // A chained role comes with the profiles it stands on, saved before it.
    m_toImport
        = AliyunImport::withSources(found.candidates, m_toImport, [this](const QString &name) {
              return m_profiles->contains(name);
          });
    // Names asked for but unsupported appear in `skipped` already; only show those relevant.
    for (const ImportProblem &problem : std::as_const(skipped)) {
        if (!listOnly && !parser.isSet(all) && !names.contains(problem.profileName))
            continue;
        err() << tr("skipped %1%2: %3\n")
                     .arg(problem.profileName,
                          problem.sourceFile.isEmpty() ? QString()
                                                       : tr(" (%1)").arg(problem.sourceFile),
                          problem.reason);
    }
    err() << Qt::flush;
    if (listOnly) {
        if (m_toImport.isEmpty()) {
            out() << tr("Nothing to import.\n") << Qt::flush;
        } else {
            out() << tr("Can be imported:\n");
            for (const ImportCandidate &c : std::as_const(m_toImport)) {
                out() << QStringLiteral("  %1  %2  %3  %4\n")
                             .arg(c.profile.name, c.profile.maskedAccessKeyId(),
                                  c.profile.region.isEmpty() ? tr("(no region)") : c.profile.region,
                                  Profiles::kindName(c.profile.kind));
            }
            out() << tr("Nothing was imported. Run again with the names to import, or --all; "
                        "their secrets will be stored in the keychain.\n")
                  << Qt::flush;
        }
        m_toImport.clear();
        return found.candidates.isEmpty() && !found.fileError.isEmpty() ? exitFailed : exitOk;
    }
    if (m_toImport.isEmpty()) {
        out() << tr("Nothing was imported.\n") << Qt::flush;
        return exitFailed;
    }
    // Exit 1 when something asked for by name was not imported; --all only imports what it can.
    m_importFailures = 0;
    for (const QString &name : names) {
        if (std::none_of(m_toImport.cbegin(), m_toImport.cend(),
                         [&](const ImportCandidate &c) { return c.profile.name == name; })) {
            ++m_importFailures;
        }
    }
    QMetaObject::invokeMethod(
        this, [this] { importNext(); }, Qt::QueuedConnection);
    return -1;
}

void ProfileCommand::reportDefault()
{
    // The default decides whose name every later command acts in: an import changes it only
    // when asked, and only to the principal the aliyun CLI itself uses.
    if (m_makeDefault) {
        const std::optional<Profile> ours
            = m_aliyunCurrent.isEmpty() ? std::nullopt : m_profiles->profile(m_aliyunCurrent);
        if (m_aliyunCurrent.isEmpty()) {
            out() << tr("The aliyun CLI has no current profile; the default profile was not "
                        "changed.\n");
        } else if (!ours || !m_aliyunCurrentProfile
                   || ours->accessKeyId != m_aliyunCurrentProfile->accessKeyId
                   || ours->kind != m_aliyunCurrentProfile->kind
                   || ours->role.roleArn != m_aliyunCurrentProfile->role.roleArn) {
            out() << tr("The aliyun CLI's current profile \"%1\" was not imported, so the default "
                        "profile was not changed.\n")
                         .arg(m_aliyunCurrent);
        } else if (m_profiles->setDefaultProfile(m_aliyunCurrent)) {
            out() << tr("\"%1\" (the aliyun CLI's current profile) is now the default profile.\n")
                         .arg(m_aliyunCurrent);
        }
        return;
    }
    if (m_imported.isEmpty())
        return;
    const QString current = m_profiles->defaultProfileName();
    out() << (current.isEmpty()
                  ? tr("No profile is the default: without one, requests use the aliyun CLI's "
                       "current profile, read live. ")
                  : tr("The default profile is still \"%1\". ").arg(current))
          << tr("To make the aliyun CLI's current profile the default, import with "
                "--make-default.\n");
}

void ProfileCommand::importNext()
{
    if (m_toImport.isEmpty()) {
        out() << tr("Imported %n profile(s).", nullptr, int(m_imported.size())) << "\n";
        reportDefault();
        out() << Qt::flush;
        quit(m_importFailures > 0 ? exitFailed : exitOk);
        return;
    }
    const ImportCandidate candidate = m_toImport.takeFirst();
    AccountJob *job = m_accounts->add(candidate.profile, candidate.secret);
    connect(job, &AccountJob::finished, this, [this, candidate](AccountJob *done) {
        if (!done->succeeded()) {
            err() << tr("not imported %1: %2\n").arg(candidate.profile.name, done->errorString())
                  << Qt::flush;
            if (isMissingKeychain(done->secretError())) {
                // Every other profile would fail the same way: stop here.
                quit(exitUsage);
                return;
            }
            ++m_importFailures;
            importNext();
            return;
        }
        m_imported.append(candidate.profile.name);
        const Profile &p = candidate.profile;
        const QString region = p.region.isEmpty() ? tr("none") : p.region;
        if (p.kind == CredentialKind::ChainableRamRoleArn) {
            out() << tr("imported %1 (role %2 with the credentials of \"%3\", region %4) from "
                        "%5\n")
                         .arg(p.name, p.role.roleArn, p.sourceProfile, region,
                              candidate.sourceFile);
        } else {
            out() << tr("imported %1 (key id %2, region %3) from %4\n")
                         .arg(p.name, p.maskedAccessKeyId(), region, candidate.sourceFile);
        }
        out() << Qt::flush;
        importNext();
    });
}
} // namespace

int runProfileCommand(const QStringList &allArguments)
{
    QStringList arguments = allArguments;
    // The messages printed already say what went wrong; the log repeats them for --verbose only.
    QLoggingCategory::setFilterRules(arguments.removeAll(QStringLiteral("--verbose")) > 0
                                         ? QStringLiteral("backfill.credentials.debug=true")
                                         : QStringLiteral("backfill.credentials.*=false"));
    const QString subcommand = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    ProfileCommand command;
    int code = exitUsage;
    if (subcommand == QLatin1String("list")) {
        code = command.list(rest);
    } else if (subcommand == QLatin1String("add")) {
        code = command.add(rest);
    } else if (subcommand == QLatin1String("remove")) {
        code = command.remove(rest);
    } else if (subcommand == QLatin1String("show")) {
        code = command.show(rest);
    } else if (subcommand == QLatin1String("set-default")) {
        code = command.setDefault(rest);
    } else if (subcommand == QLatin1String("test")) {
        return runProfileTest(rest);
    } else if (subcommand == QLatin1String("import-aliyun")) {
        code = command.importAliyun(rest);
    } else if (subcommand.isEmpty() || subcommand == QLatin1String("--help")
               || subcommand == QLatin1String("-h") || subcommand == QLatin1String("help")) {
        return usage();
    } else {
        err() << QCoreApplication::translate("ProfileCommand",
                                             "backfill-browser profile: unknown command \"%1\"\n")
                     .arg(subcommand);
        usage();
        return exitUsage;
    }
    // -1: the command started keychain work and ends the event loop itself with its exit code.
    return code >= 0 ? code : QCoreApplication::exec();
}

QString profileHelpText()
{
    return QCoreApplication::translate(
        "ProfileCommand",
        "Usage: backfill-browser profile COMMAND ...\n"
        "  list                               profiles: name, key id (masked), region, "
        "source, default mark\n"
        "  add NAME --access-key-id ID --secret-stdin [--region R] [--endpoint URL]\n"
        "      [--region-endpoint REGION=URL]... (a region's own endpoint, e.g. VPC)\n"
        "      [--signature-version v3|v1] [--description TEXT] [--security-token-stdin] "
        "[--replace]\n"
        "                                     the secret is read from stdin (first line; "
        "the\n"
        "                                     STS token on the second line), never from "
        "the\n"
        "                                     command line\n"
        "  add NAME --role-arn ARN (--access-key-id ID --secret-stdin | --source-profile P)\n"
        "      [--role-session-name S] [--duration-seconds N] [--external-id ID]\n"
        "      [--policy JSON] [--sts-endpoint HOST|URL] [--sts-region R]\n"
        "                                     a RAM role, assumed with its own AccessKey or\n"
        "                                     with profile P's credentials (chains allowed)\n"
        "  test NAME [--sts-endpoint HOST|URL] who NAME signs in as (STS GetCallerIdentity):\n"
        "                                     account, identity type, ARN, expiry\n"
        "  list --orphans                     secrets without a profile and profiles without\n"
        "                                     a secret (left by an interrupted add or remove)\n"
        "  remove NAME                        also deletes its secret from the keychain\n"
        "  show NAME                          one profile's settings as JSON (key id masked)\n"
        "  set-default NAME\n"
        "  import-aliyun [NAME...|--all]      from ~/.aliyun/config.json and\n"
        "                                     ~/.alibabacloud/credentials; without "
        "names,\n"
        "                                     only lists what can be imported\n"
        "    --make-default                   make the aliyun CLI's current profile the\n"
        "                                     default (never another one)\n"
        "  --verbose (any command)            also log keychain and profile details\n");
}
