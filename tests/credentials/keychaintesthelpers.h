#pragma once

// Helpers for tests that run against the real Secret Service of tests/support/with-keyring.sh.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace KeychainTest {
/** `secret-tool search --all server SERVICE`: what the Secret Service holds for us (text). */
inline QString secretToolSearch(const QString &service)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!tool.waitForFinished(30000))
        return QStringLiteral("secret-tool did not finish");
    return QString::fromUtf8(tool.readAll());
}

/** Every regular file under @p root whose bytes contain @p needle (hidden files included). */
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

/** Locks the login collection through the Secret Service API (as a screen lock would). */
inline bool lockLoginKeyring()
{
    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
    return gdbus.waitForFinished(30000) && gdbus.exitCode() == 0
        && gdbus.readAllStandardOutput().contains("collection/login");
}
} // namespace KeychainTest
