#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>

namespace QKeychain {
class Job;
}

/**
 * The secret half of a profile: the AccessKey secret and, for STS credentials, the security token.
 * Stored in the keychain as one small JSON blob (at most maxBlobSize bytes, the Windows limit).
 */
struct ProfileSecret
{
    QString secret;
    QString securityToken;

    /** Keychain entries hold at most 2560 bytes on Windows. */
    static constexpr int maxBlobSize = 2560;

    bool isEmpty() const { return secret.isEmpty(); }
    QByteArray toBlob() const;
    /** False for a blob that is not ours (e.g. written by something else under our key). */
    static bool fromBlob(const QByteArray &blob, ProfileSecret *secret);

    friend bool operator==(const ProfileSecret &a, const ProfileSecret &b)
    {
        return a.secret == b.secret && a.securityToken == b.securityToken;
    }
};

class SecretStore;
struct Profile;

/**
 * One keychain operation for one profile. Created by SecretStore, started when its turn comes
 * (keychain jobs run one at a time), emits `finished` exactly once on every path (success, error,
 * store destroyed) and then deletes itself. Connect right after creating it: it never finishes
 * before control returns to the event loop.
 */
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete, Label };
    Q_ENUM(Operation)
    enum class Error {
        None,
        /** Nothing stored for this profile (with a locked keyring, reads also end here). */
        NotFound,
        /** No Secret Service / KWallet reachable (no session bus, daemon not running, no keyring).
         */
        NoKeychain,
        /** The keychain refused: locked keyring, or the user denied access. */
        AccessDenied,
        /** The secret plus token exceed ProfileSecret::maxBlobSize. */
        TooLarge,
        /** An entry exists under our key but is not in our format. */
        Unreadable,
        Other,
    };
    Q_ENUM(Error)

    Operation operation() const { return m_operation; }
    QString profileName() const { return m_profileName; }
    Error error() const { return m_error; }
    /** Translated, actionable text; empty on success. */
    QString errorString() const { return m_errorString; }
    /** The keychain backend's own words (for logs and "Details"). */
    QString detail() const { return m_detail; }
    /** For reads: the secret (empty on error). */
    ProfileSecret secret() const { return m_secret; }
    /** True when a read was answered from the in-memory cache without touching the keychain. */
    bool fromCache() const { return m_fromCache; }

signals:
    void finished(SecretJob *job);

private:
    friend class SecretStore;
    SecretJob(Operation operation, QString profileName, SecretStore *store);
    void finish(Error error, const QString &detail = {});

    Operation m_operation;
    QString m_profileName;
    ProfileSecret m_secret;
    /** For Label: the text the item gets. */
    QString m_label;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_detail;
    bool m_fromCache = false;
    bool m_finished = false;
};

/**
 * Profile secrets in the OS keychain through QtKeychain: service = BACKFILL_APP_ID, key =
 * BACKFILL_APP_ID + "/" + profile name (Windows ignores the service, so the key carries the app
 * id). Never uses QtKeychain's insecure plaintext fallback: without a keychain the caller offers
 * the explicit session-only mode (holdForSession()).
 *
 * Secrets are read at most once per profile per session and kept in memory; writes update the
 * cache, deletes drop it. All jobs are queued and run one at a time.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);
    /** For tests: a different keychain service name. */
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    QString keyFor(const QString &profileName) const;

    SecretJob *read(const QString &profileName);
    SecretJob *write(const QString &profileName, const ProfileSecret &secret);
    /** Deletes the keychain entry (a missing entry counts as success) and forgets the cache. */
    SecretJob *remove(const QString &profileName);
    /**
     * Labels the profile's keychain item "Backfill Browser: NAME (AccessKey LTAI…1234)" with the
     * profile name as an attribute (SecretItemLabel), unless it already is: called after a write
     * and after the first read of a session, so items written before are migrated on first use.
     * Cosmetic: the job fails (Other) when nothing could be labelled, and callers may ignore it.
     */
    SecretJob *label(const Profile &profile);

    /** Session-only mode: keep the secret in memory only; nothing goes to the keychain. */
    void holdForSession(const QString &profileName, const ProfileSecret &secret);
    bool isCached(const QString &profileName) const { return m_cache.contains(profileName); }
    void forget(const QString &profileName) { m_cache.remove(profileName); }

    /** The actionable text for an error (also used by SecretJob::errorString()). */
    static QString describe(SecretJob::Error error, const QString &profileName,
                            const QString &detail);

private:
    SecretJob *enqueue(SecretJob *job);
    void startNext();
    void runJob(SecretJob *job);
    void keychainFinished(SecretJob *job, QKeychain::Job *keychainJob);
    void verifyDeleted(SecretJob *job);

    QString m_service;
    QQueue<QPointer<SecretJob>> m_queue;
    QPointer<SecretJob> m_running;
    bool m_startScheduled = false;
    QHash<QString, ProfileSecret> m_cache;
};
