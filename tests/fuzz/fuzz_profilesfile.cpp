// Fuzzes the reading of profiles.json (ProfileStore::load), the file that holds the user's
// accounts. The input is the whole file. Checked properties (abort on violation), beyond "never
// crashes":
//  - a file that is refused is never changed: a save() after the refusal fails and the bytes on
//    disk stay exactly the input (nothing lost);
//  - a file that is accepted survives a change: after saving one more profile and reading again,
//    every profile read before is still there, unchanged (nothing dropped by a misreading).
#include "credentials/profilestore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    static QTemporaryDir dir;
    // A refused file is the expected outcome of most inputs: its warning would drown the output.
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("backfill.credentials.warning=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        check(file.write(input) == input.size());
    }
    Profile added;
    added.name = QStringLiteral("fuzz-added-profile");
    added.accessKeyId = QStringLiteral("LTAI5tFuzzAdded");

    ProfileStore store(path);
    if (!store.load()) {
        check(!store.save(added));
        QFile file(path);
        check(file.open(QIODevice::ReadOnly) && file.readAll() == input);
        return 0;
    }
    const QList<Profile> before = store.profiles();
    if (store.contains(added.name))
        return 0;
    check(store.save(added));
    ProfileStore again(path);
    check(again.load());
    for (const Profile &profile : before) {
        const std::optional<Profile> kept = again.profile(profile.name);
        check(kept && *kept == profile);
    }
    return 0;
}
