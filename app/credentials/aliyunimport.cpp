#include "aliyunimport.h"

#include "textposition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AliyunImport", text);
}

QString homePath(const QProcessEnvironment &environment)
{
    const QString home = environment.value(QStringLiteral("HOME"));
    return home.isEmpty() ? QDir::homePath() : home;
}

/** Shared checks of a candidate's fields; returns false with the reason. */
bool completeCandidate(ImportCandidate *candidate, QString *why)
{
    if (!Profiles::isValidName(candidate->profile.name, why))
        return false;
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
    return true;
}

/**
 * A profile name defined twice in one file: the first definition is used and the later one is
 * listed as skipped, as for a name found in both files. Two candidates of one name would
 * otherwise be offered side by side and the second would overwrite the first when saved
 * (found by fuzz_aliyunconfig).
 */
void skipRepeatedNames(ImportResult *result, const QString &fileName)
{
    QSet<QString> seen;
    QList<ImportCandidate> first;
    for (const ImportCandidate &candidate : std::as_const(result->candidates)) {
        if (seen.contains(candidate.profile.name)) {
            result->skipped.append(ImportProblem {
                candidate.profile.name, fileName,
                tr("defined more than once in this file; the first definition is used")});
            continue;
        }
        seen.insert(candidate.profile.name);
        first.append(candidate);
    }
    result->candidates = first;
}
} // namespace

namespace AliyunImport {
QString cliConfigPath(const QProcessEnvironment &environment)
{
    QString configured = environment.value(QStringLiteral("ALIBABA_CLOUD_CONFIG_FILE"));
    if (!configured.isEmpty())
        return configured;
    return homePath(environment) + QStringLiteral("/.aliyun/config.json");
}

QString credentialsFilePath(const QProcessEnvironment &environment)
{
    QString configured = environment.value(QStringLiteral("ALIBABA_CLOUD_CREDENTIALS_FILE"));
    if (!configured.isEmpty())
        return configured;
    return homePath(environment) + QStringLiteral("/.alibabacloud/credentials");
}

ImportResult parseCliConfig(const QByteArray &data, const QString &fileName)
{
    ImportResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        result.fileError = tr("%1 is not valid JSON (line %2, column %3: %4); nothing was "
                              "imported from it.")
                               .arg(fileName)
                               .arg(line)
                               .arg(column)
                               .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("profiles")).isArray()) {
        result.fileError
            = tr("%1 does not look like an Alibaba Cloud CLI configuration (no \"profiles\" "
                 "list); nothing was imported from it.")
                  .arg(fileName);
        return result;
    }
    const QJsonObject root = document.object();
    result.currentProfile = root.value(QStringLiteral("current")).toString();
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject entry = profiles.at(i).toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        const QString displayed = name.isEmpty() ? tr("(entry %1)").arg(i + 1) : name;
        const auto skip = [&](const QString &reason) {
            result.skipped.append(ImportProblem {displayed, fileName, reason});
        };
        if (!profiles.at(i).isObject()) {
            skip(tr("not a JSON object"));
            continue;
        }
        ImportCandidate candidate;
        candidate.sourceFile = fileName;
        candidate.profile.name = name;
        candidate.profile.accessKeyId
            = entry.value(QStringLiteral("access_key_id")).toString().trimmed();
        candidate.profile.region = entry.value(QStringLiteral("region_id")).toString().trimmed();
        candidate.profile.description = tr("Imported from the Alibaba Cloud CLI");
        candidate.secret.secret
            = entry.value(QStringLiteral("access_key_secret")).toString().trimmed();
        const QString token = entry.value(QStringLiteral("sts_token")).toString().trimmed();

        QString mode = entry.value(QStringLiteral("mode")).toString().trimmed();
        if (mode.isEmpty()) {
            // Older CLI versions leave the mode empty: infer it as the CLI does.
            if (!candidate.profile.accessKeyId.isEmpty() && !candidate.secret.secret.isEmpty())
                mode = token.isEmpty() ? QStringLiteral("AK") : QStringLiteral("StsToken");
        }
        if (mode == QLatin1String("AK")) {
            candidate.profile.kind = CredentialKind::AccessKey;
        } else if (mode == QLatin1String("StsToken")) {
            candidate.profile.kind = CredentialKind::StsToken;
            candidate.secret.securityToken = token;
            if (token.isEmpty()) {
                skip(tr("mode StsToken without an sts_token"));
                continue;
            }
        } else if (mode.isEmpty()) {
            skip(tr("no mode and no access key id and secret"));
            continue;
        } else {
            skip(tr("mode %1 is not supported yet (only AK and StsToken)").arg(mode));
            continue;
        }
        QString why;
        if (!completeCandidate(&candidate, &why)) {
            skip(why);
            continue;
        }
        result.candidates.append(candidate);
    }
    skipRepeatedNames(&result, fileName);
    return result;
}

ImportResult parseCredentialsFile(const QByteArray &data, const QString &fileName)
{
    ImportResult result;
    struct Section
    {
        QString name;
        QHash<QString, QString> values;
        int line = 0;
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
                result.fileError = tr("%1: line %2 is not a valid section header; nothing was "
                                      "imported from it.")
                                       .arg(fileName)
                                       .arg(i + 1);
                result.candidates.clear();
                return result;
            }
            sections.append(Section {line.mid(1, line.size() - 2).trimmed(), {}, int(i + 1)});
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0 || sections.isEmpty()) {
            result.fileError = tr("%1: line %2 is neither a section nor \"key = value\"; nothing "
                                  "was imported from it.")
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
    for (const Section &section : sections) {
        const auto skip = [&](const QString &reason) {
            result.skipped.append(ImportProblem {section.name, fileName, reason});
        };
        const QString enable
            = section.values.value(QStringLiteral("enable"), QStringLiteral("true"));
        if (enable.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            skip(tr("disabled (enable = false)"));
            continue;
        }
        const QString type = section.values.value(QStringLiteral("type"));
        if (type != QLatin1String("access_key")) {
            skip(type.isEmpty() ? tr("no type given (only type = access_key is supported)")
                                : tr("type %1 is not supported yet (only access_key)").arg(type));
            continue;
        }
        ImportCandidate candidate;
        candidate.sourceFile = fileName;
        candidate.profile.name = section.name;
        candidate.profile.accessKeyId = section.values.value(QStringLiteral("access_key_id"));
        candidate.profile.region = section.values.value(QStringLiteral("region_id"));
        candidate.profile.description = tr("Imported from ~/.alibabacloud/credentials");
        candidate.secret.secret = section.values.value(QStringLiteral("access_key_secret"));
        QString why;
        if (!completeCandidate(&candidate, &why)) {
            skip(why);
            continue;
        }
        result.candidates.append(candidate);
    }
    skipRepeatedNames(&result, fileName);
    return result;
}

ImportResult readAll(const QProcessEnvironment &environment)
{
    ImportResult all;
    QStringList missing;
    QStringList errors;
    int readable = 0;
    const auto readOne = [&](const QString &path, auto parse) {
        QFile file(path);
        if (!file.exists()) {
            missing.append(path);
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        ++readable;
        ImportResult one = parse(file.readAll(), path);
        if (!one.fileError.isEmpty())
            errors.append(one.fileError);
        if (all.currentProfile.isEmpty())
            all.currentProfile = one.currentProfile;
        QSet<QString> seen;
        for (const ImportCandidate &c : std::as_const(all.candidates))
            seen.insert(c.profile.name);
        for (const ImportCandidate &c : std::as_const(one.candidates)) {
            if (seen.contains(c.profile.name)) {
                all.skipped.append(
                    ImportProblem {c.profile.name, path,
                                   tr("a profile with this name was already found in %1")
                                       .arg(cliConfigPath(environment))});
                continue;
            }
            all.candidates.append(c);
        }
        all.skipped += one.skipped;
    };
    readOne(cliConfigPath(environment), &parseCliConfig);
    readOne(credentialsFilePath(environment), &parseCredentialsFile);
    if (readable == 0 && errors.isEmpty()) {
        errors.append(tr("No Alibaba Cloud CLI configuration found (looked for %1).")
                          .arg(missing.join(tr(" and "))));
    }
    all.fileError = errors.join(QLatin1Char('\n'));
    return all;
}
} // namespace AliyunImport
