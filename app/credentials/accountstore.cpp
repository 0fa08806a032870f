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
