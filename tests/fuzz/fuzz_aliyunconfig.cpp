// Fuzzes the importers of other tools' credentials: the aliyun CLI's config.json and the SDKs' INI
// credentials file (AliyunImport::parseCliConfig / parseCredentialsFile). The first byte's low bit
// picks the parser; the rest is the file. Checked properties (abort on violation), beyond "never
// crashes":
//  - a file error means no candidates (nothing half-imported from a broken file);
//  - every candidate has a valid profile name and AccessKey id and a non-empty secret, and no
//    two candidates of one file share a name;
//  - a candidate's profile survives the profile store's round trip (toJson -> fromJson);
//  - the profile as persisted (toJson) never holds the secret or the STS token: secrets go to
//    the keychain only.
#include "credentials/aliyunimport.h"
#include "credentials/profile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

/**
 * True when `needle` is in a value the profile persists but not because a public field holds it
 * too. Values, not the serialised text: a secret such as `abc"` would otherwise "occur" in the
 * JSON where a public value ending in `abc` meets its closing quote.
 */
bool persistedLeaks(const Profile &profile, const QString &needle)
{
    if (needle.size() < 4)
        return false; // too short to tell a leak from a coincidence
    const QStringList publicFields = {profile.name, profile.description, profile.accessKeyId,
                                      profile.region, profile.endpoint.toString()};
    const QJsonObject persisted = profile.toJson();
    for (auto it = persisted.begin(); it != persisted.end(); ++it) {
        const QString value = it.value().toVariant().toString(); // every field is a string
        if (it.key().contains(needle))
            return true;
        if (!value.contains(needle))
            continue;
        bool explained = false;
        for (const QString &field : publicFields)
            explained = explained || field.contains(needle);
        if (!explained)
            return true;
    }
    return false;
}

void checkResult(const ImportResult &result)
{
    if (!result.fileError.isEmpty())
        check(result.candidates.isEmpty());
    QSet<QString> names;
    for (const ImportCandidate &candidate : result.candidates) {
        const Profile &profile = candidate.profile;
        check(Profiles::isValidName(profile.name));
        check(Profiles::isValidAccessKeyId(profile.accessKeyId));
        check(!candidate.secret.isEmpty());
        check(!names.contains(profile.name));
        names.insert(profile.name);

        Profile again;
        QString why;
        check(Profile::fromJson(profile.toJson(), &again, &why));
        check(again == profile);

        check(!persistedLeaks(profile, candidate.secret.secret));
        check(!persistedLeaks(profile, candidate.secret.securityToken));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1)
        checkResult(AliyunImport::parseCredentialsFile(file, QStringLiteral("/fuzz/credentials")));
    else
        checkResult(AliyunImport::parseCliConfig(file, QStringLiteral("/fuzz/config.json")));
    return 0;
}
