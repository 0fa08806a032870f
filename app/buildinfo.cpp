#include "buildinfo.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtGlobal>

// BACKFILL_GIT_COMMIT, BACKFILL_KEYCHAIN_VERSION, BACKFILL_LICENSE, BACKFILL_HOMEPAGE are set on
// this file only (app/CMakeLists.txt), so a new commit recompiles one file rather than the whole
// app.

namespace BuildInfo {

QString applicationVersion()
{
    return QStringLiteral(BACKFILL_VERSION);
}

QString gitCommit()
{
    return QStringLiteral(BACKFILL_GIT_COMMIT);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString qtCompileVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString keychainVersion()
{
    return QStringLiteral(BACKFILL_KEYCHAIN_VERSION);
}

QString licenseSpdx()
{
    return QStringLiteral(BACKFILL_LICENSE);
}

QString homepageUrl()
{
    return QStringLiteral(BACKFILL_HOMEPAGE);
}

QString issuesUrl()
{
    return homepageUrl() + QStringLiteral("/issues");
}

QString secretStoreDescription()
{
    // Mirrors QtKeychain's backend choice per platform: it picks KWallet on KDE and the freedesktop
    // Secret Service (GNOME Keyring, KeePassXC, ...) elsewhere.
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("BuildInfo", "macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("BuildInfo", "Windows Credential Manager");
#else
    return QCoreApplication::translate("BuildInfo", "Secret Service (GNOME Keyring) or KWallet");
#endif
}

} // namespace BuildInfo

QString buildInfoText()
{
    using namespace BuildInfo;
    QStringList lines;
    // The first line stays untranslated and machine-readable: scripts and bug templates parse it.
    lines
        << QStringLiteral("backfill-browser %1 (commit %2)").arg(applicationVersion(), gitCommit());
    lines << QCoreApplication::translate("BuildInfo", "Qt %1 (built with %2)")
                 .arg(qtRuntimeVersion(), qtCompileVersion());
    lines << QCoreApplication::translate("BuildInfo", "QtKeychain %1").arg(keychainVersion());
    lines << QCoreApplication::translate("BuildInfo", "Secrets are stored in: %1")
                 .arg(secretStoreDescription());
    lines << QCoreApplication::translate("BuildInfo", "Licence: %1").arg(licenseSpdx());
    lines << homepageUrl();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
