#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

/**
 * The non-secret half of every profile, in one JSON file written atomically (QSaveFile):
 * `<GenericConfigLocation>/<BACKFILL_APP_ID>/profiles.json`. Secrets are never here (SecretStore).
 *
 * Why a JSON file and not QSettings: the GUI and the command line set different application names,
 * so the file is scoped by the app id explicitly; and a damaged file must be reported with its
 * position and kept, which QSettings' lenient INI reader cannot do.
 *
 * An unreadable or corrupt file is never overwritten: load() reports it, every change is refused
 * (lastError() says why) until the user fixes the file or calls moveAsideUnreadableFile().
 *
 * Session-only profiles (no keychain available) live only in memory and are never written.
 * Every change re-reads the file first under a lock (QLockFile "<file>.lock"), so the GUI and
 * `profile ...` commands can edit it at once without losing a change. The file is validated by
 * shape (the type of every field): a file that does not match is refused, never overwritten.
 */
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    /** Uses defaultFilePath(). */
    explicit ProfileStore(QObject *parent = nullptr);
    /** Uses the given file (tests, portable setups). */
    explicit ProfileStore(const QString &filePath, QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    /**
     * Reads the file. A missing file is an empty store (true). An unreadable or invalid file
     * returns false, keeps the store empty and read-only, and sets lastError().
     */
    bool load();
    /** True after a load() that could not read the file: changes are refused. */
    bool isFileUnreadable() const { return m_unreadable; }
    /** The last failure in words (names the file and, for JSON, the line and column). */
    QString lastError() const { return m_lastError; }

    /** Saved profiles (sorted by name) followed by session-only ones. */
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;
    /** Empty when none is set (or when it names a profile that no longer exists). */
    QString defaultProfileName() const;

    /** Adds or replaces the profile with this name. Session-only profiles stay in memory. */
    bool save(const Profile &profile);
    bool remove(const QString &name);
    /** Empty name clears the default. */
    bool setDefaultProfile(const QString &name);

    /**
     * Renames an unreadable file to "<file>.unreadable-<UTC timestamp>" (nothing is deleted) so
     * that a fresh file can be written. movedTo receives the new path.
     */
    bool moveAsideUnreadableFile(QString *movedTo = nullptr);

    /**
     * Notes, before a secret is written to the keychain, that `name` may own one: a crash between
     * the keychain write and save() then leaves a name orphans() can still find (and `profile
     * remove` delete), never an unreachable secret. The note lives in "<file>.pending" (not in
     * the profiles file, which stays untouched until save()); release() takes it back.
     */
    bool reserve(const QString &name);
    bool release(const QString &name);
    /** Names reserved and not released: possibly a secret without a profile. */
    QStringList pendingNames() const;

    /** How long a change waits for another process's change to finish; default 10 s. */
    void setLockTimeout(std::chrono::milliseconds timeout);

signals:
    /** Any change of the list or of the default (also after load()). */
    void profilesChanged();

private:
    struct State
    {
        QList<Profile> saved;
        QString defaultName;
    };
    bool readFile(State *state, QString *error) const;
    bool writeFile(const State &state, QString *error) const;
    /** Creates the file's folder (owner-only) when it is missing. */
    bool makeFolder(QString *error) const;
    /** Re-reads the file, applies the change, writes the file. */
    bool modify(const std::function<bool(State &, QString *)> &change);
    bool changePending(const std::function<void(QStringList &)> &change);
    void fail(const QString &error);

    QString m_filePath;
    State m_state;
    QList<Profile> m_sessionOnly;
    bool m_unreadable = false;
    QString m_lastError;
    std::chrono::milliseconds m_lockTimeout {10000};
};
