#pragma once

#include "domain/regioncatalog.h"

#include <QString>

/**
 * The QSettings keys of the window, in one place. Only presentation state lives here: no
 * secrets, no account data beyond the name of the last profile.
 */
namespace UiSettings {
inline QString geometry()
{
    return QStringLiteral("window/geometry");
}
inline QString windowState()
{
    return QStringLiteral("window/state");
}
inline QString splitter()
{
    return QStringLiteral("window/splitter");
}
inline QString header()
{
    return QStringLiteral("jobs/headerState");
}
inline QString sortColumn()
{
    return QStringLiteral("jobs/sortColumn");
}
inline QString sortOrder()
{
    return QStringLiteral("jobs/sortOrder");
}
inline QString pageSize()
{
    return QStringLiteral("jobs/pageSize");
}
inline QString lastProfile()
{
    return QStringLiteral("session/lastProfile");
}
inline QString lastRegion()
{
    return QStringLiteral("session/lastRegion");
}
inline QString liveInterval()
{
    return QStringLiteral("refresh/liveIntervalSeconds");
}
inline QString livePaused()
{
    return QStringLiteral("refresh/livePaused");
}
inline QString watchInTray()
{
    return QStringLiteral("window/watchInTray");
}
inline QString autoRefresh()
{
    return QStringLiteral("refresh/autoRefresh");
}
inline QString autoRefreshInterval()
{
    return QStringLiteral("refresh/autoRefreshSeconds");
}
inline QString showUtc()
{
    return QStringLiteral("view/showUtc");
}
inline QString exportFolder()
{
    return QStringLiteral("export/lastFolder");
}
inline QString exportFormat()
{
    return QStringLiteral("export/lastFormat");
}

/** [ours] Defaults: live progress every 10 s, list auto-refresh off (every 60 s when on). */
constexpr int DefaultLiveIntervalSeconds = 10;
constexpr int DefaultAutoRefreshSeconds = 60;
inline QString defaultRegion()
{
    return RegionCatalog::defaultRegionId();
}
} // namespace UiSettings
