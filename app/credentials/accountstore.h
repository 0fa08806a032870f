#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ProfileStore;

/**
 * One account change under way (AccountStore::add or remove). Emits `finished` exactly once, on
 * the next event loop turn at the earliest (connect right after creating it), then deletes itself.
 */
class AccountJob : public QObject
{
    Q_OBJECT

public:
    QString profileName() const { return m_profileName; }
    bool succeeded() const { return m_succeeded; }
    /** The keychain's error when the keychain failed; None when it did not (or on success). */
    SecretJob::Error secretError() const { return m_secretError; }
    /** Translated, actionable text; empty on success. */
    QString errorString() const { return m_errorString; }

signals:
    void finished(AccountJob *job);

private:
    friend class AccountStore;
    AccountJob(const QString &profileName, QObject *parent);
    void succeed();
    void fail(const QString &errorString, SecretJob::Error secretError = SecretJob::Error::None);

    QString m_profileName;
    bool m_succeeded = false;
    SecretJob::Error m_secretError = SecretJob::Error::None;
    QString m_errorString;
    bool m_done = false;
};

/**
 * The one account transaction of the app: a saved profile and its keychain secret are added or
 * removed together, and a failure half way is undone here, not by each caller.
 *
 * add(): the name is reserved first (ProfileStore::reserve), then the secret is written, then the
 * profile saved, then the reservation released; when saving fails, the secret is deleted again.
 * remove(): the secret first, then the profile. So a process killed at any moment leaves at most a
 * reserved name or a profile without its secret -- both found by `profile list --orphans` and
 * removable -- and never a secret no profile leads to. Without a usable keychain, the profiles
 * file is not touched.
 */
class AccountStore : public QObject
{
    Q_OBJECT

public:
    AccountStore(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    /**
     * Adds or replaces a saved (not session-only) profile together with its secret (none for a
     * profile that has none: a chained role).
     */
    AccountJob *add(const Profile &profile, const ProfileSecret &secret);
    /**
     * Deletes the secret, then the profile. A name with a secret but no profile (a reservation
     * an interrupted add left) is removed too: the secret is deleted and the name released.
     */
    AccountJob *remove(const QString &profileName);

private:
    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
};
