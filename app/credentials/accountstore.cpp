#include "accountstore.h"

#include "profilestore.h"

#include <QTimer>

AccountJob::AccountJob(const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_profileName(profileName)
{ }

void AccountJob::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_succeeded = true;
    // Queued: a job that ends before any keychain work still finishes after the caller connected.
    QTimer::singleShot(0, this, [this] {
        emit finished(this);
        deleteLater();
    });
}

void AccountJob::fail(const QString &errorString, SecretJob::Error secretError)
{
    if (m_done)
        return;
    m_done = true;
    m_errorString = errorString;
    m_secretError = secretError;
    QTimer::singleShot(0, this, [this] {
        emit finished(this);
        deleteLater();
    });
}

AccountStore::AccountStore(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{ }

AccountJob *AccountStore::add(const Profile &profile, const ProfileSecret &secret)
{
    auto *job = new AccountJob(profile.name, this);
    if (!m_profiles || !m_secrets) {
        job->fail(tr("The account stores are gone."));
        return job;
    }
    if (!profile.hasSecret()) {
        // A chained role signs with its source's credentials: nothing goes to the keychain.
        if (m_profiles->save(profile))
            job->succeed();
        else
            job->fail(m_profiles->lastError());
        return job;
    }
    if (!m_profiles->reserve(profile.name)) {
        job->fail(m_profiles->lastError());
        return job;
    }
    SecretJob *write = m_secrets->write(profile.name, secret);
    connect(write, &SecretJob::finished, job, [this, job, profile](SecretJob *written) {
        if (!m_profiles || !m_secrets) {
            job->fail(tr("The account stores are gone."));
            return;
        }
        if (written->error() != SecretJob::Error::None) {
            m_profiles->release(profile.name);
            job->fail(written->errorString(), written->error());
            return;
        }
        if (m_profiles->save(profile)) {
            m_profiles->release(profile.name);
            // Done once the item has its recognisable label (a failure there is cosmetic): a
            // command that exits on success must not cut the labelling short.
            connect(m_secrets->label(profile), &SecretJob::finished, job,
                    [job](SecretJob *) { job->succeed(); });
            return;
        }
        // Undone here so that no secret stays behind for a profile that does not exist; the
        // reservation is kept if even that fails, so the secret can still be found.
        const QString error = m_profiles->lastError();
        SecretJob *undo = m_secrets->remove(profile.name);
        connect(undo, &SecretJob::finished, job,
                [this, job, error, name = profile.name](SecretJob *undone) {
                    if (undone->error() == SecretJob::Error::None && m_profiles)
                        m_profiles->release(name);
                    job->fail(error);
                });
    });
    return job;
}

AccountJob *AccountStore::remove(const QString &profileName)
{
    auto *job = new AccountJob(profileName, this);
    if (!m_profiles || !m_secrets) {
        job->fail(tr("The account stores are gone."));
        return job;
    }
    SecretJob *removal = m_secrets->remove(profileName);
    connect(removal, &SecretJob::finished, job, [this, job, profileName](SecretJob *removed) {
        if (!m_profiles) {
            job->fail(tr("The account stores are gone."));
            return;
        }
        if (removed->error() != SecretJob::Error::None) {
            job->fail(removed->errorString(), removed->error());
            return;
        }
        if (m_profiles->contains(profileName) && !m_profiles->remove(profileName)) {
            job->fail(m_profiles->lastError());
            return;
        }
        m_profiles->release(profileName);
        job->succeed();
    });
    return job;
}

OrphanScan::OrphanScan(QObject *parent)
    : QObject(parent)
{ }

void OrphanScan::finish(bool succeeded, const QString &errorString)
{
    if (m_done)
        return;
    m_done = true;
    m_succeeded = succeeded;
    m_errorString = errorString;
    QTimer::singleShot(0, this, [this] {
        emit finished(this);
        deleteLater();
    });
}

OrphanScan *AccountStore::findOrphans()
{
    auto *scan = new OrphanScan(this);
    if (!m_profiles || !m_secrets) {
        scan->finish(false, tr("The account stores are gone."));
        return scan;
    }
    for (const Profile &p : m_profiles->profiles()) {
        // A chained role profile keeps no secret of its own: nothing can be missing.
        if (!p.sessionOnly && p.hasSecret())
            scan->m_toCheck.append(p.name);
    }
    for (const QString &name : m_profiles->pendingNames()) {
        if (!scan->m_toCheck.contains(name))
            scan->m_toCheck.append(name);
    }
    checkNextOrphan(scan);
    return scan;
}

void AccountStore::checkNextOrphan(OrphanScan *scan)
{
    if (!m_profiles || !m_secrets) {
        scan->finish(false, tr("The account stores are gone."));
        return;
    }
    if (scan->m_toCheck.isEmpty()) {
        scan->finish(true);
        return;
    }
    // One at a time: a locked keychain asks to be unlocked once, not once per profile.
    const QString name = scan->m_toCheck.takeFirst();
    SecretJob *read = m_secrets->read(name);
    connect(read, &SecretJob::finished, scan, [this, scan, name](SecretJob *done) {
        if (!m_profiles) {
            scan->finish(false, tr("The account stores are gone."));
            return;
        }
        const SecretJob::Error error = done->error();
        if (error == SecretJob::Error::NoKeychain || error == SecretJob::Error::AccessDenied) {
            scan->finish(false, done->errorString());
            return;
        }
        const bool hasProfile = m_profiles->contains(name);
        // An item we cannot read is still an item: it counts as the secret being there.
        const bool hasSecret = error != SecretJob::Error::NotFound;
        if (hasProfile && !hasSecret)
            scan->m_orphans.append({name, AccountOrphan::Kind::ProfileWithoutSecret});
        else if (!hasProfile && hasSecret)
            scan->m_orphans.append({name, AccountOrphan::Kind::SecretWithoutProfile});
        else
            m_profiles->release(name); // both halves, or neither: nothing was left half done
        checkNextOrphan(scan);
    });
}
