#include "clientconfig.h"

QUrl ClientConfig::endpointFor(ApiProduct product) const
{
    switch (product) {
    case ApiProduct::ActionTrail:
        return endpoint;
    case ApiProduct::Sts:
        return stsEndpoint;
    case ApiProduct::ResourceManager:
        return resourceManagerEndpoint;
    }
    return {};
}

QString ClientConfig::apiVersionOf(ApiProduct product)
{
    switch (product) {
    case ApiProduct::ActionTrail:
        return QStringLiteral("2020-07-06");
    case ApiProduct::Sts:
        return QStringLiteral("2015-04-01");
    case ApiProduct::ResourceManager:
        return QStringLiteral("2020-03-31");
    }
    return {};
}

QUrl ClientConfig::defaultStsEndpoint()
{
    return QUrl(QStringLiteral("https://sts.aliyuncs.com"));
}

QUrl ClientConfig::defaultResourceManagerEndpoint()
{
    return QUrl(QStringLiteral("https://resourcemanager.aliyuncs.com"));
}

QDateTime ClientConfig::now() const
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}
