#include "aliyunimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

/** The role an aliyun CLI profile assumes, whichever source signs the AssumeRole. */
void copyRole(const AliyunProfile &entry, Profile *profile)
{
    profile->role.roleArn = entry.ramRoleArn;
    profile->role.roleSessionName = entry.roleSessionName;
    profile->role.durationSeconds = entry.expiredSeconds;
    profile->role.externalId = entry.externalId;
    profile->role.policy = entry.policy;
    profile->stsEndpoint = entry.stsEndpoint;
    profile->stsRegion = entry.stsRegion;
}

/**
 * A chained role is offered only when its chain of sources, within what is offered, ends at a
 * profile with credentials of its own: a missing or unofferable source, or a cycle, moves it to
 * the skipped list with the chain named.
 */
void keepCompleteChains(ImportResult *result, const QString &fileName)
{
    QMap<QString, ImportCandidate> byName;
    for (const ImportCandidate &c : std::as_const(result->candidates))
        byName.insert(c.profile.name, c);
    QList<ImportCandidate> kept;
    for (const ImportCandidate &candidate : std::as_const(result->candidates)) {
        QStringList chain {candidate.profile.name};
        QString why;
        const ImportCandidate *link = &candidate;
        while (why.isEmpty() && link->profile.kind == CredentialKind::ChainableRamRoleArn) {
            const QString source = link->profile.sourceProfile;
            const auto next = byName.constFind(source);
            if (chain.contains(source)) {
                chain << source;
                why = QCoreApplication::translate("AliyunImport",
                                                  "its source profiles form a cycle (%1)")
                          .arg(chain.join(QStringLiteral(" -> ")));
            } else if (next == byName.constEnd()) {
                why = QCoreApplication::translate(
                          "AliyunImport",
                          "its source profile \"%1\" cannot be imported (see above, or it is not "
                          "defined); it is used live instead (backfill-browser --profile %2)")
                          .arg(source, candidate.profile.name);
            } else {
                chain << source;
                link = &next.value();
            }
        }
        if (why.isEmpty())
            kept.append(candidate);
        else
            result->skipped.append(ImportProblem {candidate.profile.name, fileName, why});
    }
    result->candidates = kept;
}

/** Shared checks of a candidate's fields; returns false with the reason. */
bool completeCandidate(ImportCandidate *candidate, QString *why)
{
    if (!Profiles::isValidName(candidate->profile.name, why))
        return false;
    // A chained role signs with its source's credentials: it has no key of its own.
    if (candidate->profile.kind == CredentialKind::ChainableRamRoleArn) {
        Profile saved;
        return Profile::fromJson(candidate->profile.toJson(), &saved, why);
    }
    if (candidate->profile.accessKeyId.isEmpty() || candidate->secret.secret.isEmpty()) {
        *why = QCoreApplication::translate("AliyunImport", "the access key id or secret is empty");
        return false;
    }
    if (!Profiles::isValidAccessKeyId(candidate->profile.accessKeyId, why))
        return false;
    if (candidate->secret.toBlob().size() > ProfileSecret::maxBlobSize) {
        *why = QCoreApplication::translate("AliyunImport",
                                           "the secret and token are too large for the keychain");
        return false;
    }
    // What is offered must also be what can be saved (a role's rules, an expiry).
    Profile saved;
    return Profile::fromJson(candidate->profile.toJson(), &saved, why);
}
} // namespace

namespace AliyunImport {
QString cliConfigPath(const QProcessEnvironment &environment)
{
    return AliyunConfig::cliConfigPath(environment);
}

QString credentialsFilePath(const QProcessEnvironment &environment)
{
    return AliyunConfig::credentialsFilePath(environment);
}

ImportResult fromConfigFile(const AliyunConfigFile &file)
{
    ImportResult result;
    result.currentProfile = file.current;
    result.skipped = file.problems;
    if (!file.error.isEmpty()) {
        result.fileError
            = QCoreApplication::translate("AliyunImport", "%1 Nothing was imported from it.")
                  .arg(file.error);
        return result;
    }
    for (const AliyunProfile &entry : file.profiles) {
        const auto skip = [&](const QString &reason) {
            result.skipped.append(ImportProblem {entry.name, file.path, reason});
        };
        ImportCandidate candidate;
        candidate.sourceFile = file.path;
        candidate.profile.name = entry.name;
        candidate.profile.accessKeyId = entry.accessKeyId;
        candidate.profile.region = entry.regionId;
        candidate.profile.description = entry.fromCredentialsFile
            ? QCoreApplication::translate("AliyunImport",
                                          "Imported from ~/.alibabacloud/credentials")
            : QCoreApplication::translate("AliyunImport", "Imported from the Alibaba Cloud CLI");
        candidate.secret.secret = entry.accessKeySecret;
        switch (entry.mode) {
        case AliyunMode::AK:
            candidate.profile.kind = CredentialKind::AccessKey;
            break;
        case AliyunMode::StsToken:
            if (entry.stsToken.isEmpty()) {
                skip(QCoreApplication::translate("AliyunImport",
                                                 "mode StsToken without an sts_token"));
                continue;
            }
            candidate.profile.kind = CredentialKind::StsToken;
            candidate.secret.securityToken = entry.stsToken;
            // The token keeps its expiry here too, so that it is never used past it.
            if (entry.stsExpiration > 0) {
                candidate.profile.expiration
                    = QDateTime::fromSecsSinceEpoch(entry.stsExpiration, Qt::UTC);
                if (candidate.profile.expiration <= QDateTime::currentDateTimeUtc()) {
                    skip(QCoreApplication::translate("AliyunImport", "its STS token expired at %1")
                             .arg(candidate.profile.expiration.toString(Qt::ISODate)));
                    continue;
                }
            }
            break;
        case AliyunMode::RamRoleArn:
            candidate.profile.kind = CredentialKind::RamRoleArn;
            copyRole(entry, &candidate.profile);
            break;
        case AliyunMode::ChainableRamRoleArn:
            candidate.profile.kind = CredentialKind::ChainableRamRoleArn;
            candidate.profile.sourceProfile = entry.sourceProfile;
            candidate.profile.accessKeyId.clear();
            candidate.secret = {};
            copyRole(entry, &candidate.profile);
            break;
        case AliyunMode::CloudSSO:
        case AliyunMode::External:
        case AliyunMode::CredentialsURI:
            // Their credentials live outside the file (another profile, a sign-in the CLI
            // renews, a program, a URL): a copy here would go stale, the live chain would not.
            skip(QCoreApplication::translate(
                     "AliyunImport",
                     "mode %1 is used live from the aliyun CLI's configuration (backfill-browser "
                     "--profile %2), not imported")
                     .arg(AliyunConfig::modeName(entry.mode), entry.name));
            continue;
        case AliyunMode::Unset:
            skip(entry.fromCredentialsFile
                     ? QCoreApplication::translate(
                         "AliyunImport", "no type given (only type = access_key is supported)")
                     : QCoreApplication::translate("AliyunImport",
                                                   "no mode and no access key id and secret"));
            continue;
        default:
            skip(entry.fromCredentialsFile
                     ? QCoreApplication::translate(
                           "AliyunImport",
                           "type %1 is not supported (only access_key and ram_role_arn)")
                           .arg(entry.modeText)
                     : QCoreApplication::translate(
                           "AliyunImport",
                           "mode %1 is not supported (only AK, StsToken and RamRoleArn)")
                           .arg(entry.mode == AliyunMode::Other
                                    ? entry.modeText
                                    : AliyunConfig::modeName(entry.mode)));
            continue;
        }
        QString why;
        if (!completeCandidate(&candidate, &why)) {
            skip(why);
            continue;
        }
        result.candidates.append(candidate);
    }
    keepCompleteChains(&result, file.path);
    return result;
}

QList<ImportCandidate> withSources(const QList<ImportCandidate> &candidates,
                                   const QList<ImportCandidate> &chosen,
                                   const std::function<bool(const QString &)> &alreadyOurs)
{
    QList<ImportCandidate> ordered;
    QSet<QString> taken;
    // Depth first, a source before the profile standing on it; keepCompleteChains() left
    // only chains that end, so this ends too.
    std::function<void(const ImportCandidate &)> take = [&](const ImportCandidate &candidate) {
        if (taken.contains(candidate.profile.name))
            return;
        taken.insert(candidate.profile.name);
        if (candidate.profile.kind == CredentialKind::ChainableRamRoleArn) {
            const QString source = candidate.profile.sourceProfile;
            const auto found
                = std::find_if(candidates.cbegin(), candidates.cend(),
                               [&](const ImportCandidate &c) { return c.profile.name == source; });
            if (found != candidates.cend() && !(alreadyOurs && alreadyOurs(source)))
                take(*found);
        }
        ordered.append(candidate);
    };
    for (const ImportCandidate &candidate : chosen)
        take(candidate);
    return ordered;
}

ImportResult parseCliConfig(const QByteArray &data, const QString &fileName)
{
    return fromConfigFile(AliyunConfig::parseCliConfig(data, fileName));
}

ImportResult parseCredentialsFile(const QByteArray &data, const QString &fileName)
{
    return fromConfigFile(AliyunConfig::parseCredentialsFile(data, fileName));
}

ImportResult readAll(const QProcessEnvironment &environment)
{
    ImportResult all;
    QStringList missing;
    QStringList errors;
    const auto addOne = [&](const AliyunConfigFile &file) {
        if (!file.exists) {
            missing.append(file.path);
            return;
        }
        ImportResult one = fromConfigFile(file);
        if (!one.fileError.isEmpty())
            errors.append(one.fileError);
        if (all.currentProfile.isEmpty())
            all.currentProfile = one.currentProfile;
        QSet<QString> seen;
        for (const ImportCandidate &c : std::as_const(all.candidates))
            seen.insert(c.profile.name);
        for (const ImportCandidate &c : std::as_const(one.candidates)) {
            if (seen.contains(c.profile.name)) {
                all.skipped.append(ImportProblem {
                    c.profile.name, file.path,
                    QCoreApplication::translate("AliyunImport",
                                                "a profile with this name was already found in %1")
                        .arg(cliConfigPath(environment))});
                continue;
            }
            all.candidates.append(c);
        }
        all.skipped += one.skipped;
    };
    addOne(AliyunConfig::readCliConfig(environment));
    addOne(AliyunConfig::readCredentialsFile(environment));
    if (missing.size() == 2) {
        errors.append(
            QCoreApplication::translate("AliyunImport",
                                        "No Alibaba Cloud CLI configuration found (looked for %1).")
                .arg(missing.join(QCoreApplication::translate("AliyunImport", " and "))));
    }
    all.fileError = errors.join(QLatin1Char('\n'));
    return all;
}
} // namespace AliyunImport
