#pragma once

#include "aliyunconfig.h"
#include "profile.h"
#include "secretstore.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

/** A profile found in another tool's configuration, ready to be saved on confirmation. */
struct ImportCandidate
{
    Profile profile;
    ProfileSecret secret;
    /** The file it came from (for "imported from ..."). */
    QString sourceFile;
};

/** An entry that cannot be imported, and why (e.g. mode "EcsRamRole" is not supported). */
using ImportProblem = AliyunConfigProblem;

/** What one file yielded. */
struct ImportResult
{
    QList<ImportCandidate> candidates;
    QList<ImportProblem> skipped;
    /** Set when the file as a whole could not be used (broken JSON, unreadable, missing). */
    QString fileError;
    /** The aliyun CLI's "current" profile, if any. */
    QString currentProfile;
};

/**
 * Turns the credentials the Alibaba Cloud CLI and SDKs already have (~/.aliyun/config.json and
 * ~/.alibabacloud/credentials, parsed by AliyunConfig) into profiles of ours. Pure functions of
 * the bytes, so they can be fuzzed; the files are only ever read, never written.
 */
namespace AliyunImport {
/** ALIBABA_CLOUD_CONFIG_FILE, else ~/.aliyun/config.json. */
QString cliConfigPath(const QProcessEnvironment &environment);
/** ALIBABA_CLOUD_CREDENTIALS_FILE, else ~/.alibabacloud/credentials. */
QString credentialsFilePath(const QProcessEnvironment &environment);

/**
 * The aliyun CLI's config.json: AK, StsToken, RamRoleArn and ChainableRamRoleArn profiles (an
 * empty mode is inferred from which keys are filled in; a chained role only when its chain of
 * sources is offered too and has no cycle); every other mode is listed in `skipped` with why.
 */
ImportResult parseCliConfig(const QByteArray &data, const QString &fileName);
/** What one parsed file (AliyunConfig) offers for import. */
ImportResult fromConfigFile(const AliyunConfigFile &file);
/** The SDKs' INI credentials file: sections of `type = access_key`; `enable = false` skipped. */
ImportResult parseCredentialsFile(const QByteArray &data, const QString &fileName);

/**
 * `chosen` with what they stand on: a chained role's source (and its source's, ...) from
 * `candidates` is added before it, unless `alreadyOurs` says a profile of that name exists here
 * (it is then the source, by name). Each profile once, sources first: the order to save them in.
 */
QList<ImportCandidate> withSources(const QList<ImportCandidate> &candidates,
                                   const QList<ImportCandidate> &chosen,
                                   const std::function<bool(const QString &)> &alreadyOurs);

/**
 * Reads both files. A missing file is not an error unless both are missing; a broken one sets
 * fileError (joined) but the other file's profiles are still returned. Names found twice keep the
 * CLI config's entry (it takes precedence in the official tools) and list the other as skipped.
 */
ImportResult readAll(const QProcessEnvironment &environment);
} // namespace AliyunImport
