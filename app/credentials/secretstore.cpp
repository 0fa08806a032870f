#include "secretstore.h"

#include "profile.h"
#include "secretitemlabel.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QJsonDocument>
#if defined(BACKFILL_SECRET_SERVICE_CHECK)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif
#include <QJsonObject>

namespace {
SecretJob::Error mapKeychainError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Error::None;
    case QKeychain::EntryNotFound:
        return SecretJob::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretJob::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // On Linux every failure to reach the Secret Service (no session bus, no daemon, no default
    // keyring collection) arrives as OtherError.
    case QKeychain::OtherError:
        return SecretJob::Error::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
        return SecretJob::Error::Other;
    }
    return SecretJob::Error::Other;
}
} // namespace

QByteArray ProfileSecret::toBlob() const
{
    // Short keys keep the blob small: STS tokens are long and the entry limit is 2560 bytes.
    QJsonObject object {{QStringLiteral("v"), 1}, {QStringLiteral("s"), secret}};
    if (!securityToken.isEmpty())
        object.insert(QStringLiteral("t"), securityToken);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool ProfileSecret::fromBlob(const QByteArray &blob, ProfileSecret *secret)
{
    const QJsonDocument document = QJsonDocument::fromJson(blob);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("v")).toInt() != 1
        || !object.value(QStringLiteral("s")).isString()) {
        return false;
    }
    secret->secret = object.value(QStringLiteral("s")).toString();
    secret->securityToken = object.value(QStringLiteral("t")).toString();
    return !secret->secret.isEmpty();
}

SecretJob::SecretJob(Operation operation, QString profileName, SecretStore *store)
    : QObject(store)
    , m_operation(operation)
    , m_profileName(std::move(profileName))
{ }

void SecretJob::finish(Error error, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_detail = detail;
    if (error != Error::None) {
        m_secret = {};
        m_errorString = SecretStore::describe(error, m_profileName, detail);
        // The caller reports errorString() to the user; the log keeps the backend's own words.
        qCDebug(lcCredentials).noquote() << "keychain" << m_operation << "for profile"
                                         << m_profileName << "failed:" << error << detail;
    }
    emit finished(this);
    deleteLater();
}

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QStringLiteral(BACKFILL_APP_ID), parent)
{ }

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretStore::~SecretStore()
{
    // Every job emits finished once, even when the store goes away first. A QtKeychain job still
    // in flight finishes on its own (it owns itself; see runJob()).
    const QString detail = tr("the operation was cancelled");
    if (m_running)
        m_running->finish(SecretJob::Error::Other, detail);
    while (!m_queue.isEmpty()) {
        if (QPointer<SecretJob> job = m_queue.dequeue())
            job->finish(SecretJob::Error::Other, detail);
    }
}

QString SecretStore::keyFor(const QString &profileName) const
{
    // Windows ignores the service name: the key alone must be unique across applications.
    return m_service + QLatin1Char('/') + profileName;
}

SecretJob *SecretStore::read(const QString &profileName)
{
    return enqueue(new SecretJob(SecretJob::Operation::Read, profileName, this));
}

SecretJob *SecretStore::write(const QString &profileName, const ProfileSecret &secret)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, profileName, this);
    job->m_secret = secret;
    return enqueue(job);
}

SecretJob *SecretStore::remove(const QString &profileName)
{
    return enqueue(new SecretJob(SecretJob::Operation::Delete, profileName, this));
}

SecretJob *SecretStore::label(const Profile &profile)
{
    auto *job = new SecretJob(SecretJob::Operation::Label, profile.name, this);
    job->m_label = SecretItemLabel::labelFor(profile.name, profile.accessKeyId,
                                             profile.kind == CredentialKind::StsToken);
    return enqueue(job);
}

void SecretStore::holdForSession(const QString &profileName, const ProfileSecret &secret)
{
    m_cache.insert(profileName, secret);
}

SecretJob *SecretStore::enqueue(SecretJob *job)
{
    m_queue.enqueue(job);
    // Always start from the event loop, so callers can connect to the job they just received.
    if (!m_running && !m_startScheduled) {
        m_startScheduled = true;
        QMetaObject::invokeMethod(this, &SecretStore::startNext, Qt::QueuedConnection);
    }
    return job;
}

void SecretStore::startNext()
{
    m_startScheduled = false;
    while (!m_running && !m_queue.isEmpty()) {
        QPointer<SecretJob> job = m_queue.dequeue();
        if (!job)
            continue;
        m_running = job;
        connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
            if (m_running == done)
                m_running = nullptr;
            if (!m_startScheduled && !m_queue.isEmpty()) {
                m_startScheduled = true;
                QMetaObject::invokeMethod(this, &SecretStore::startNext, Qt::QueuedConnection);
            }
        });
        runJob(job);
    }
}

void SecretStore::runJob(SecretJob *job)
{
    const QString name = job->profileName();
    QString why;
    if (!Profiles::isValidName(name, &why)) {
        job->finish(SecretJob::Error::Other, why);
        return;
    }
    QKeychain::Job *keychainJob = nullptr;
    switch (job->operation()) {
    case SecretJob::Operation::Read: {
        const auto cached = m_cache.constFind(name);
        if (cached != m_cache.cend()) {
            job->m_secret = *cached;
            job->m_fromCache = true;
            job->finish(SecretJob::Error::None);
            return;
        }
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    }
    case SecretJob::Operation::Write: {
        if (job->m_secret.isEmpty()) {
            job->finish(SecretJob::Error::Other, tr("the secret is empty"));
            return;
        }
        const QByteArray blob = job->m_secret.toBlob();
        if (blob.size() > ProfileSecret::maxBlobSize) {
            job->finish(
                SecretJob::Error::TooLarge,
                tr("%1 bytes; the limit is %2").arg(blob.size()).arg(ProfileSecret::maxBlobSize));
            return;
        }
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(QString::fromUtf8(blob));
        keychainJob = writeJob;
        break;
    }
    case SecretJob::Operation::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    case SecretJob::Operation::Label: {
        SecretItemLabel *labelling
            = SecretItemLabel::start(m_service, keyFor(name), job->m_label, name, job);
        connect(labelling, &SecretItemLabel::finished, job, [job](bool, const QString &detail) {
            job->finish(detail.isEmpty() ? SecretJob::Error::None : SecretJob::Error::Other,
                        detail);
        });
        return;
    }
    }
    // The QtKeychain job owns itself (autoDelete) and is deliberately not parented: its backend
    // callbacks hold a raw pointer to it, so it must live until it finishes even if we do not.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false); // never a plaintext file
    keychainJob->setKey(keyFor(name));
    connect(keychainJob, &QKeychain::Job::finished, job,
            [this, job](QKeychain::Job *done) { keychainFinished(job, done); });
    keychainJob->start();
}

void SecretStore::keychainFinished(SecretJob *job, QKeychain::Job *keychainJob)
{
    const QString name = job->profileName();
    const SecretJob::Error error = mapKeychainError(keychainJob->error());
    switch (job->operation()) {
    case SecretJob::Operation::Read: {
        if (error != SecretJob::Error::None) {
            job->finish(error, keychainJob->errorString());
            return;
        }
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(keychainJob);
        ProfileSecret secret;
        if (!ProfileSecret::fromBlob(readJob->textData().toUtf8(), &secret)) {
            job->finish(SecretJob::Error::Unreadable);
            return;
        }
        m_cache.insert(name, secret);
        job->m_secret = secret;
        job->finish(SecretJob::Error::None);
        return;
    }
    case SecretJob::Operation::Write:
        if (error == SecretJob::Error::None)
            m_cache.insert(name, job->m_secret);
        job->finish(error, keychainJob->errorString());
        return;
    case SecretJob::Operation::Delete:
        m_cache.remove(name);
        if (error != SecretJob::Error::None && error != SecretJob::Error::NotFound) {
            job->finish(error, keychainJob->errorString());
            return;
        }
        // Deleting what is not there leaves the keychain as the caller wants it -- but a locked
        // keyring also answers "deleted" while keeping the item: look again.
        verifyDeleted(job);
        return;
    case SecretJob::Operation::Label:
        return;
    }
}

void SecretStore::verifyDeleted(SecretJob *job)
{
#if defined(BACKFILL_SECRET_SERVICE_CHECK)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        job->finish(SecretJob::Error::None);
        return;
    }
    qDBusRegisterMetaType<QMap<QString, QString>>();
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    const QMap<QString, QString> attributes {{QStringLiteral("user"), keyFor(job->profileName())},
                                             {QStringLiteral("server"), m_service}};
    search << QVariant::fromValue(attributes);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search), job);
    connect(watcher, &QDBusPendingCallWatcher::finished, job, [job](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *call;
        if (reply.isError()) {
            // No Secret Service to ask (KWallet, another backend): trust the backend's answer.
            job->finish(SecretJob::Error::None);
            return;
        }
        if (!reply.argumentAt<1>().isEmpty()) {
            job->finish(SecretJob::Error::AccessDenied,
                        tr("the keyring is locked, so the entry was not deleted"));
            return;
        }
        job->finish(
            reply.argumentAt<0>().isEmpty() ? SecretJob::Error::None : SecretJob::Error::Other,
            reply.argumentAt<0>().isEmpty() ? QString()
                                            : tr("the entry is still there after deleting it"));
    });
#else
    job->finish(SecretJob::Error::None);
#endif
}

QString SecretStore::describe(SecretJob::Error error, const QString &profileName,
                              const QString &detail)
{
    QString text;
    switch (error) {
    case SecretJob::Error::None:
        return {};
    case SecretJob::Error::NotFound:
        text = tr("No secret is stored in the keychain for profile \"%1\" (or the keyring is "
                  "locked: unlock it and try again). Add the profile's secret again if it is "
                  "missing.")
                   .arg(profileName);
        break;
    case SecretJob::Error::NoKeychain:
        text = tr("No keychain service is available, so the secret of profile \"%1\" cannot be "
                  "stored safely. Start gnome-keyring (or KWallet) in your desktop session, make "
                  "sure a D-Bus session bus is running (DBUS_SESSION_BUS_ADDRESS) and your login "
                  "keyring exists and is unlocked, then try again.")
                   .arg(profileName);
        break;
    case SecretJob::Error::AccessDenied:
        text = tr("The keychain refused access to the secret of profile \"%1\": the keyring is "
                  "probably locked. Unlock it (e.g. with your desktop's password manager, "
                  "Seahorse) and try again.")
                   .arg(profileName);
        break;
    case SecretJob::Error::TooLarge:
        text = tr("The secret and security token of profile \"%1\" are too large for the "
                  "keychain.")
                   .arg(profileName);
        break;
    case SecretJob::Error::Unreadable:
        text = tr("The keychain entry of profile \"%1\" is not in the format Backfill Browser "
                  "writes. Add the profile's secret again.")
                   .arg(profileName);
        break;
    case SecretJob::Error::Other:
        text = tr("The keychain operation for profile \"%1\" failed.").arg(profileName);
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("(Keychain said: %1)").arg(detail);
    return text;
}
