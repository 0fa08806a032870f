#include "profilestore.h"

#include "textposition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
constexpr int fileFormat = 1;

} // namespace

ProfileStore::ProfileStore(QObject *parent) : ProfileStore(defaultFilePath(), parent) { }

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
}

QString ProfileStore::defaultFilePath()
{
    // Scoped by the app id, not by QCoreApplication::applicationName(), which differs between the
    // GUI ("Backfill Browser") and the command line ("backfill-browser").
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/" BACKFILL_APP_ID "/profiles.json");
}

bool ProfileStore::readFile(State *state, QString *error) const
{
    *state = State{};
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
    QJsonObject root{{QStringLiteral("format"), fileFormat},
                     {QStringLiteral("profiles"), profiles}};
    if (!state.defaultName.isEmpty())
        root.insert(QStringLiteral("default"), state.defaultName);

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
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
        m_state = State{};
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

bool ProfileStore::modify(const std::function<bool(State &, QString *)> &change)
{
    State state;
    QString error;
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
    if (!Profiles::isValidName(profile.name, &why)
        || !Profiles::isValidAccessKeyId(profile.accessKeyId, &why)
        || !Profiles::isValidEndpoint(profile.endpoint, &why)) {
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
    const bool wasSessionOnly =
            std::any_of(m_sessionOnly.cbegin(), m_sessionOnly.cend(), sameName);
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
