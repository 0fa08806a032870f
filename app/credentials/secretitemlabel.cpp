#include "secretitemlabel.h"

#include "profile.h"

#if defined(BACKFILL_SECRET_SERVICE_CHECK)
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <QCoreApplication>

namespace {
#if defined(BACKFILL_SECRET_SERVICE_CHECK)
const QString secretsService = QStringLiteral("org.freedesktop.secrets");
const QString itemInterface = QStringLiteral("org.freedesktop.Secret.Item");
const QString propertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
const QString profileAttribute = QStringLiteral("profile");

QDBusMessage propertiesCall(const QString &path, const char *method)
{
    QDBusMessage message = QDBusMessage::createMethodCall(secretsService, path, propertiesInterface,
                                                          QLatin1String(method));
    return message;
}
#endif
} // namespace

SecretItemLabel::SecretItemLabel(QObject *parent)
    : QObject(parent)
{ }

QString SecretItemLabel::labelFor(const QString &profileName, const QString &accessKeyId, bool sts)
{
    // Enough of the id to tell keys apart, never all of it: the label is shown to anyone who
    // opens the keyring manager.
    const QString shown = accessKeyId.size() >= 12
        ? accessKeyId.left(4) + QChar(0x2026) + accessKeyId.right(4)
        : Profiles::maskAccessKeyId(accessKeyId);
    return QCoreApplication::translate("SecretItemLabel", "Backfill Browser: %1 (%2 %3)")
        .arg(profileName, sts ? QStringLiteral("STS") : QStringLiteral("AccessKey"), shown);
}

SecretItemLabel *SecretItemLabel::start(const QString &service, const QString &key,
                                        const QString &label, const QString &profileName,
                                        QObject *parent)
{
    auto *job = new SecretItemLabel(parent);
    job->m_label = label;
    job->m_profileName = profileName;
    job->run(service, key);
    return job;
}

void SecretItemLabel::run(const QString &service, const QString &key)
{
#if defined(BACKFILL_SECRET_SERVICE_CHECK)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(false, tr("no D-Bus session bus")); }, Qt::QueuedConnection);
        return;
    }
    qDBusRegisterMetaType<QMap<QString, QString>>();
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
    QDBusMessage search = QDBusMessage::createMethodCall(
        secretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(QMap<QString, QString> {{QStringLiteral("user"), key},
                                                          {QStringLiteral("server"), service}});
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *call;
            if (reply.isError()) {
                finish(false, reply.error().message());
                return;
            }
            const QList<QDBusObjectPath> unlocked = reply.argumentAt<0>();
            if (unlocked.isEmpty()) {
                finish(false,
                       reply.argumentAt<1>().isEmpty() ? tr("no such item")
                                                       : tr("the keyring is locked"));
                return;
            }
            // QtKeychain keeps one item per key; should there be more, the first is ours.
            relabel(unlocked.constFirst().path());
        });
#else
    Q_UNUSED(service)
    Q_UNUSED(key)
    QMetaObject::invokeMethod(
        this, [this] { finish(false, tr("no Secret Service on this platform")); },
        Qt::QueuedConnection);
#endif
}

void SecretItemLabel::relabel(const QString &path)
{
#if defined(BACKFILL_SECRET_SERVICE_CHECK)
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage getAll = propertiesCall(path, "GetAll");
    getAll << itemInterface;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(getAll), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, path](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QVariantMap> reply = *call;
                if (reply.isError()) {
                    finish(false, reply.error().message());
                    return;
                }
                const QVariantMap properties = reply.value();
                QMap<QString, QString> attributes;
                qvariant_cast<QDBusArgument>(properties.value(QStringLiteral("Attributes")))
                    >> attributes;
                const bool labelled
                    = properties.value(QStringLiteral("Label")).toString() == m_label
                    && attributes.value(profileAttribute) == m_profileName;
                if (labelled) {
                    finish(false, {});
                    return;
                }
                attributes.insert(profileAttribute, m_profileName);
                QDBusConnection bus = QDBusConnection::sessionBus();
                QDBusMessage setLabel = propertiesCall(path, "Set");
                setLabel << itemInterface << QStringLiteral("Label")
                         << QVariant::fromValue(QDBusVariant(m_label));
                bus.asyncCall(setLabel);
                QDBusMessage setAttributes = propertiesCall(path, "Set");
                setAttributes << itemInterface << QStringLiteral("Attributes")
                              << QVariant::fromValue(QDBusVariant(QVariant::fromValue(attributes)));
                // Calls on one connection are handled in order: the answer to the second means both
                // were applied (or refused).
                auto *set = new QDBusPendingCallWatcher(bus.asyncCall(setAttributes), this);
                connect(set, &QDBusPendingCallWatcher::finished, this,
                        [this](QDBusPendingCallWatcher *done) {
                            done->deleteLater();
                            const QDBusPendingReply<> answer = *done;
                            finish(!answer.isError(),
                                   answer.isError() ? answer.error().message() : QString());
                        });
            });
#else
    Q_UNUSED(path)
#endif
}

void SecretItemLabel::finish(bool changed, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    if (!detail.isEmpty())
        qCDebug(lcCredentials) << "keychain item of" << m_profileName
                               << "not relabelled:" << detail;
    emit finished(changed, detail);
    deleteLater();
}
