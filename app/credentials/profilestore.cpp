#include "profilestore.h"

#include "textposition.h"

#include "domain/safetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
constexpr int fileFormat = 1;

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

/**
 * What is wrong with the shape of a profiles file, or empty. Every field's type is checked:
 * a value of another type must never read as "absent", or the next write would drop it.
 */
QString shapeProblem(const QJsonObject &root)
{
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined()) {
        if (!format.isDouble())
            return QStringLiteral("\"format\" is %1, not a number").arg(jsonTypeName(format));
        // toInteger() answers 0 for 1.5 or 1e300 instead of converting out of range.
        if (format.toInteger(0) < 1)
            return QStringLiteral("\"format\" is %1, not a version number").arg(format.toDouble());
    }
    const QJsonValue defaultName = root.value(QStringLiteral("default"));
    if (!defaultName.isUndefined() && !defaultName.isString())
        return QStringLiteral("\"default\" is %1, not a string").arg(jsonTypeName(defaultName));
    const QJsonValue profiles = root.value(QStringLiteral("profiles"));
    if (profiles.isUndefined())
        return {};
    if (!profiles.isArray())
        return QStringLiteral("\"profiles\" is %1, not an array").arg(jsonTypeName(profiles));
    const QJsonArray entries = profiles.toArray();
    static const char *const textFields[]
        = {"name", "accessKeyId", "region", "description", "endpoint", "signatureVersion", "kind"};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject())
            return QStringLiteral("entry %1 is %2, not an object")
                .arg(i + 1)
                .arg(jsonTypeName(entry));
        const QJsonObject object = entry.toObject();
        for (const char *field : textFields) {
            const QJsonValue value = object.value(QLatin1String(field));
            if (!value.isUndefined() && !value.isString())
                return QStringLiteral("\"%1\" of entry %2 is %3, not a string")
                    .arg(QLatin1String(field))
                    .arg(i + 1)
                    .arg(jsonTypeName(value));
        }
        const QJsonValue regionEndpoints = object.value(QStringLiteral("regionEndpoints"));
        if (regionEndpoints.isUndefined())
            continue;
        if (!regionEndpoints.isObject())
            return QStringLiteral("\"regionEndpoints\" of entry %1 is %2, not an object")
                .arg(i + 1)
                .arg(jsonTypeName(regionEndpoints));
        const QJsonObject endpoints = regionEndpoints.toObject();
        for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it) {
            if (!it.value().isString())
                return QStringLiteral("\"regionEndpoints\" \"%1\" of entry %2 is %3, not a string")
                    .arg(SafeText::forDisplay(it.key().left(64)))
                    .arg(i + 1)
                    .arg(jsonTypeName(it.value()));
        }
    }
    return {};
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultFilePath(), parent)
{ }

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{ }

QString ProfileStore::defaultFilePath()
{
    // Scoped by the app id, not by QCoreApplication::applicationName(), which differs between the
    // GUI ("Backfill Browser") and the command line ("backfill-browser").
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/" BACKFILL_APP_ID "/profiles.json");
}

bool ProfileStore::readFile(State *state, QString *error) const
{
    *state = State {};
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the profiles file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return true; // an empty file (e.g. created by hand) holds no profiles
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        *error = tr("The profiles file %1 is not valid JSON (line %2, column %3: %4). Fix it, or "
                    "move it aside to start with no profiles.")
                     .arg(m_filePath)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("The profiles file %1 does not hold a JSON object.").arg(m_filePath);
        return false;
    }
    const QJsonObject root = document.object();
    if (const QString problem = shapeProblem(root); !problem.isEmpty()) {
        *error = tr("The profiles file %1 does not have the expected shape: %2. Fix it, or move "
                    "it aside to start with no profiles.")
                     .arg(m_filePath, problem);
        return false;
    }
    const int format = root.value(QStringLiteral("format")).toInt(fileFormat);
    if (format > fileFormat) {
        *error = tr("The profiles file %1 was written by a newer version (format %2).")
                     .arg(m_filePath)
                     .arg(format);
        return false;
    }
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        Profile profile;
        QString why;
        if (!Profile::fromJson(profiles.at(i).toObject(), &profile, &why)) {
            *error = tr("The profiles file %1 has an invalid profile (entry %2): %3")
                         .arg(m_filePath)
                         .arg(i + 1)
                         .arg(why);
            return false;
        }
        // Two entries of one name cannot both be kept: any change would silently drop one.
        for (qsizetype j = 0; j < state->saved.size(); ++j) {
            if (state->saved.at(j).name == profile.name) {
                *error = tr("The profiles file %1 has the profile \"%2\" twice (entries %3 and "
                            "%4).")
                             .arg(m_filePath, profile.name)
                             .arg(j + 1)
                             .arg(i + 1);
                return false;
            }
        }
        state->saved.append(profile);
    }
    state->defaultName = root.value(QStringLiteral("default")).toString();
    return true;
}

bool ProfileStore::writeFile(const State &state, QString *error) const
{
    QJsonArray profiles;
    for (const Profile &profile : state.saved)
        profiles.append(profile.toJson());
    QJsonObject root {{QStringLiteral("format"), fileFormat},
                      {QStringLiteral("profiles"), profiles}};
    if (!state.defaultName.isEmpty())
        root.insert(QStringLiteral("default"), state.defaultName);

    if (!makeFolder(error))
        return false;
    // QSaveFile writes a temporary file and renames it over the old one on commit(): a crash or a
    // full disk leaves the previous file intact.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the profiles file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the profiles file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

void ProfileStore::fail(const QString &error)
{
    m_lastError = error;
    qCWarning(lcCredentials).noquote() << error;
}

bool ProfileStore::load()
{
    State state;
    QString error;
    if (!readFile(&state, &error)) {
        m_state = State {};
        m_unreadable = true;
        fail(error);
        emit profilesChanged();
        return false;
    }
    m_state = state;
    m_unreadable = false;
    m_lastError.clear();
    emit profilesChanged();
    return true;
}

bool ProfileStore::makeFolder(QString *error) const
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (QFileInfo::exists(folder))
        return true;
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1").arg(folder);
        return false;
    }
    // Only the user: the file names the accounts and their key ids.
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

QStringList ProfileStore::pendingNames() const
{
    QFile file(m_filePath + QStringLiteral(".pending"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (Profiles::isValidName(name, nullptr) && !names.contains(name))
            names.append(name);
    }
    return names;
}

bool ProfileStore::changePending(const std::function<void(QStringList &)> &change)
{
    QString error;
    if (!makeFolder(&error)) {
        fail(error);
        return false;
    }
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lock.tryLock(int(m_lockTimeout.count()))) {
        fail(tr("Not changed: another program is changing the profiles (lock file %1). Try "
                "again in a moment.")
                 .arg(m_filePath + QStringLiteral(".lock")));
        return false;
    }
    QStringList names = pendingNames();
    change(names);
    const QString path = m_filePath + QStringLiteral(".pending");
    if (names.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(names.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit()) {
        fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

bool ProfileStore::reserve(const QString &name)
{
    return changePending([&name](QStringList &names) {
        if (!names.contains(name))
            names.append(name);
    });
}

bool ProfileStore::release(const QString &name)
{
    return changePending([&name](QStringList &names) { names.removeAll(name); });
}

void ProfileStore::setLockTimeout(std::chrono::milliseconds timeout)
{
    m_lockTimeout = timeout;
}

bool ProfileStore::modify(const std::function<bool(State &, QString *)> &change)
{
    State state;
    QString error;
    // The lock spans read, change and write, so that two processes changing profiles at once
    // both keep their change; a lock left by a crashed process is stale and taken over.
    if (!makeFolder(&error)) {
        fail(error);
        return false;
    }
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lock.tryLock(int(m_lockTimeout.count()))) {
        fail(tr("Not changed: another program is changing the profiles (lock file %1). Try "
                "again in a moment.")
                 .arg(m_filePath + QStringLiteral(".lock")));
        return false;
    }
    if (!readFile(&state, &error)) {
        m_unreadable = true;
        fail(tr("Not changed: %1").arg(error));
        return false;
    }
    m_unreadable = false;
    if (!change(state, &error) || !writeFile(state, &error)) {
        fail(error);
        return false;
    }
    m_state = state;
    m_lastError.clear();
    emit profilesChanged();
    return true;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> all = m_state.saved;
    std::sort(all.begin(), all.end(),
              [](const Profile &a, const Profile &b) { return a.name < b.name; });
    return all + m_sessionOnly;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : m_sessionOnly) {
        if (p.name == name)
            return p;
    }
    for (const Profile &p : m_state.saved) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

QString ProfileStore::defaultProfileName() const
{
    return contains(m_state.defaultName) ? m_state.defaultName : QString();
}

bool ProfileStore::save(const Profile &profile)
{
    QString why;
    if (!profile.check(&why)) {
        fail(why);
        return false;
    }
    const auto sameName = [&](const Profile &p) { return p.name == profile.name; };
    if (profile.sessionOnly) {
        // A session-only profile shadows nothing on disk: names stay unique across both lists.
        if (std::any_of(m_state.saved.cbegin(), m_state.saved.cend(), sameName)) {
            fail(tr("A saved profile named \"%1\" already exists.").arg(profile.name));
            return false;
        }
        m_sessionOnly.erase(std::remove_if(m_sessionOnly.begin(), m_sessionOnly.end(), sameName),
                            m_sessionOnly.end());
        m_sessionOnly.append(profile);
        m_lastError.clear();
        emit profilesChanged();
        return true;
    }
    const bool wasSessionOnly = std::any_of(m_sessionOnly.cbegin(), m_sessionOnly.cend(), sameName);
    const bool ok = modify([&](State &state, QString *) {
        state.saved.erase(std::remove_if(state.saved.begin(), state.saved.end(), sameName),
                          state.saved.end());
        state.saved.append(profile);
        return true;
    });
    if (ok && wasSessionOnly) {
        // Saved for good now (the keychain became available).
        m_sessionOnly.erase(std::remove_if(m_sessionOnly.begin(), m_sessionOnly.end(), sameName),
                            m_sessionOnly.end());
        emit profilesChanged();
    }
    return ok;
}

bool ProfileStore::remove(const QString &name)
{
    const auto sameName = [&](const Profile &p) { return p.name == name; };
    if (std::any_of(m_sessionOnly.cbegin(), m_sessionOnly.cend(), sameName)) {
        m_sessionOnly.erase(std::remove_if(m_sessionOnly.begin(), m_sessionOnly.end(), sameName),
                            m_sessionOnly.end());
        m_lastError.clear();
        emit profilesChanged();
        return true;
    }
    return modify([&](State &state, QString *error) {
        const auto it = std::remove_if(state.saved.begin(), state.saved.end(), sameName);
        if (it == state.saved.end()) {
            *error = tr("There is no profile named \"%1\".").arg(name);
            return false;
        }
        state.saved.erase(it, state.saved.end());
        if (state.defaultName == name)
            state.defaultName.clear();
        return true;
    });
}

bool ProfileStore::setDefaultProfile(const QString &name)
{
    const std::optional<Profile> session = profile(name);
    if (session && session->sessionOnly) {
        fail(tr("\"%1\" is a session-only profile and cannot be the default.").arg(name));
        return false;
    }
    return modify([&](State &state, QString *error) {
        if (!name.isEmpty()
            && std::none_of(state.saved.cbegin(), state.saved.cend(),
                            [&](const Profile &p) { return p.name == name; })) {
            *error = tr("There is no profile named \"%1\".").arg(name);
            return false;
        }
        state.defaultName = name;
        return true;
    });
}

bool ProfileStore::moveAsideUnreadableFile(QString *movedTo)
{
    const QString target = m_filePath + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    if (!QFile::rename(m_filePath, target)) {
        fail(tr("Cannot move %1 aside to %2.").arg(m_filePath, target));
        return false;
    }
    qCInfo(lcCredentials).noquote() << "moved unreadable profiles file to" << target;
    if (movedTo)
        *movedTo = target;
    return load();
}
