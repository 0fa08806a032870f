#include "regioncatalog.h"

#include <QCoreApplication>

namespace {
struct KnownRegion
{
    const char *id;
    const char *name;
};

// The region ids ActionTrail documents. Names follow Alibaba Cloud's console.
constexpr KnownRegion knownRegions[] = {
    {"cn-qingdao", QT_TRANSLATE_NOOP("RegionCatalog", "China (Qingdao)")},
    {"cn-beijing", QT_TRANSLATE_NOOP("RegionCatalog", "China (Beijing)")},
    {"cn-chengdu", QT_TRANSLATE_NOOP("RegionCatalog", "China (Chengdu)")},
    {"cn-zhangjiakou", QT_TRANSLATE_NOOP("RegionCatalog", "China (Zhangjiakou)")},
    {"cn-huhehaote", QT_TRANSLATE_NOOP("RegionCatalog", "China (Hohhot)")},
    {"cn-hangzhou", QT_TRANSLATE_NOOP("RegionCatalog", "China (Hangzhou)")},
    {"cn-shanghai", QT_TRANSLATE_NOOP("RegionCatalog", "China (Shanghai)")},
    {"cn-shenzhen", QT_TRANSLATE_NOOP("RegionCatalog", "China (Shenzhen)")},
    {"cn-hongkong", QT_TRANSLATE_NOOP("RegionCatalog", "China (Hong Kong)")},
    {"cn-wulanchabu", QT_TRANSLATE_NOOP("RegionCatalog", "China (Ulanqab)")},
    {"cn-nanjing", QT_TRANSLATE_NOOP("RegionCatalog", "China (Nanjing - Local Region)")},
    {"cn-heyuan", QT_TRANSLATE_NOOP("RegionCatalog", "China (Heyuan)")},
    {"cn-guangzhou", QT_TRANSLATE_NOOP("RegionCatalog", "China (Guangzhou)")},
    {"cn-shanghai-finance-1", QT_TRANSLATE_NOOP("RegionCatalog", "China East 2 Finance")},
    {"cn-north-2-gov-1", QT_TRANSLATE_NOOP("RegionCatalog", "China North 2 Ali Gov")},
    {"ap-southeast-1", QT_TRANSLATE_NOOP("RegionCatalog", "Singapore")},
    {"ap-southeast-2", QT_TRANSLATE_NOOP("RegionCatalog", "Australia (Sydney)")},
    {"ap-southeast-3", QT_TRANSLATE_NOOP("RegionCatalog", "Malaysia (Kuala Lumpur)")},
    {"ap-southeast-5", QT_TRANSLATE_NOOP("RegionCatalog", "Indonesia (Jakarta)")},
    {"ap-southeast-6", QT_TRANSLATE_NOOP("RegionCatalog", "Philippines (Manila)")},
    {"ap-southeast-7", QT_TRANSLATE_NOOP("RegionCatalog", "Thailand (Bangkok)")},
    {"ap-southeast-8", QT_TRANSLATE_NOOP("RegionCatalog", "Vietnam (Ho Chi Minh City)")},
    {"ap-northeast-1", QT_TRANSLATE_NOOP("RegionCatalog", "Japan (Tokyo)")},
    {"ap-northeast-2", QT_TRANSLATE_NOOP("RegionCatalog", "South Korea (Seoul)")},
    {"ap-south-1", QT_TRANSLATE_NOOP("RegionCatalog", "India (Mumbai)")},
    {"eu-west-1", QT_TRANSLATE_NOOP("RegionCatalog", "UK (London)")},
    {"eu-central-1", QT_TRANSLATE_NOOP("RegionCatalog", "Germany (Frankfurt)")},
    {"us-west-1", QT_TRANSLATE_NOOP("RegionCatalog", "US (Silicon Valley)")},
    {"us-east-1", QT_TRANSLATE_NOOP("RegionCatalog", "US (Virginia)")},
    {"me-east-1", QT_TRANSLATE_NOOP("RegionCatalog", "UAE (Dubai)")},
};
} // namespace

namespace RegionCatalog {

QStringList knownRegionIds()
{
    QStringList ids;
    for (const auto &region : knownRegions)
        ids << QLatin1String(region.id);
    return ids;
}

QString displayName(const QString &regionId)
{
    for (const auto &region : knownRegions) {
        if (regionId == QLatin1String(region.id))
            return QCoreApplication::translate("RegionCatalog", region.name);
    }
    return {};
}

} // namespace RegionCatalog

QString RegionCatalog::defaultRegionId()
{
    return QStringLiteral("cn-hangzhou");
}
