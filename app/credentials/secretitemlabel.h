#pragma once

#include <QObject>
#include <QString>

/**
 * Gives our keychain items a label people can recognise in Seahorse or KWallet's Secret Service
 * view ("Backfill Browser: prod (AccessKey LTAI…wxyz)") and the profile name as an attribute.
 * QtKeychain 0.13 labels every item with its service name and has no attribute API, so this
 * talks to the Secret Service over D-Bus after QtKeychain wrote the item. Items already labelled
 * are left alone, so running it on every first read migrates older items once. Cosmetic: where
 * there is no Secret Service (KWallet's own API, Windows, macOS), or the keyring is locked, it
 * changes nothing and says so in `finished`.
 *
 * Emits `finished` exactly once, never before control returns to the event loop, then deletes
 * itself.
 */
class SecretItemLabel : public QObject
{
    Q_OBJECT

public:
    static SecretItemLabel *start(const QString &service, const QString &key, const QString &label,
                                  const QString &profileName, QObject *parent);

    /** "Backfill Browser: NAME (AccessKey LTAI…1234)" (STS for STS credentials). */
    static QString labelFor(const QString &profileName, const QString &accessKeyId, bool sts);

signals:
    /** @p changed: an item was relabelled; @p detail: why nothing was (empty when all is well). */
    void finished(bool changed, const QString &detail);

private:
    SecretItemLabel(QObject *parent);
    void run(const QString &service, const QString &key);
    void relabel(const QString &path);
    void finish(bool changed, const QString &detail);

    QString m_label;
    QString m_profileName;
    bool m_done = false;
};
