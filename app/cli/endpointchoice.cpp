#include "endpointchoice.h"

#include "api/actiontrailclient.h"
#include "credentials/profile.h"
#include "credentials/stsendpoint.h"
#include "globaloptions.h"

#include <QCoreApplication>

bool chooseEndpoint(const GlobalOptions &global, const QProcessEnvironment &environment,
                    QUrl *endpoint, QString *error)
{
    if (!global.endpoint.isEmpty()) {
        const QUrl url(global.endpoint, QUrl::StrictMode);
        QString whyNot;
        if (!ActionTrailClient::isAllowedEndpoint(url, &whyNot)) {
            *error = whyNot;
            return false;
        }
        *endpoint = url;
        return true;
    }
    return regionEndpoint(global, chooseRegion(global, environment), endpoint, error);
}

QString chooseRegion(const GlobalOptions &global, const QProcessEnvironment &environment)
{
    QString region = global.region;
    if (region.isEmpty())
        region = environment.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID")).trimmed();
    if (region.isEmpty())
        region = Profiles::fallbackRegion();
    return region;
}

bool regionEndpoint(const GlobalOptions &global, const QString &region, QUrl *endpoint,
                    QString *error)
{
    const auto given = global.regionEndpoints.constFind(region);
    if (given != global.regionEndpoints.constEnd()) {
        const QUrl url(*given, QUrl::StrictMode);
        QString whyNot;
        if (!ActionTrailClient::isAllowedEndpoint(url, &whyNot)) {
            *error = QCoreApplication::translate("JobsCommand", "--endpoint %1=...: %2")
                         .arg(region, whyNot);
            return false;
        }
        *endpoint = url;
        return true;
    }
    *endpoint = ActionTrailClient::endpointForRegion(region);
    if (!endpoint->isValid()) {
        *error = QCoreApplication::translate("JobsCommand",
                                             "\"%1\" is not a region ID (such as cn-hangzhou)")
                     .arg(region);
        return false;
    }
    return true;
}

bool memberRegionEndpoint(const GlobalOptions &global, const QUrl &serving, const QString &region,
                          QUrl *endpoint, QString *error)
{
    if (!global.regionEndpoints.contains(region) && serving.isValid()) {
        *endpoint = serving;
        return true;
    }
    return regionEndpoint(global, region, endpoint, error);
}

bool checkRegionEndpoints(const GlobalOptions &global, QString *error)
{
    for (auto it = global.regionEndpoints.cbegin(); it != global.regionEndpoints.cend(); ++it) {
        QUrl url;
        if (!regionEndpoint(global, it.key(), &url, error))
            return false;
    }
    return true;
}

void addProfileRegionEndpoints(GlobalOptions *global, const QMap<QString, QUrl> &profileEndpoints)
{
    for (auto it = profileEndpoints.cbegin(); it != profileEndpoints.cend(); ++it) {
        if (!global->regionEndpoints.contains(it.key()))
            global->regionEndpoints.insert(it.key(), it.value().toString());
    }
}

bool applyProfileEndpoint(const GlobalOptions &global, const QUrl &profileEndpoint,
                          const QString &profileRegion, QUrl *endpoint, QString *error)
{
    // The command line wins over the profile.
    if (!global.endpoint.isEmpty() || !global.region.isEmpty())
        return true;
    if (!profileRegion.isEmpty() && global.regionEndpoints.contains(profileRegion)
        && profileEndpoint.isEmpty())
        return regionEndpoint(global, profileRegion, endpoint, error);
    if (profileEndpoint.isEmpty() && profileRegion.isEmpty())
        return true;
    const QUrl chosen = profileEndpoint.isEmpty()
        ? ActionTrailClient::endpointForRegion(profileRegion)
        : profileEndpoint;
    QString whyNot;
    if (!chosen.isValid() || !ActionTrailClient::isAllowedEndpoint(chosen, &whyNot)) {
        *error = whyNot.isEmpty()
            ? QCoreApplication::translate("JobsCommand",
                                          "the profile's region \"%1\" is not a region ID")
                  .arg(profileRegion)
            : whyNot;
        return false;
    }
    *endpoint = chosen;
    return true;
}

bool chooseResourceManagerEndpoint(const GlobalOptions &global,
                                   const QProcessEnvironment &environment, QUrl *endpoint,
                                   QString *error)
{
    QString given = global.resourceManagerEndpoint;
    if (given.isEmpty())
        given = environment.value(QStringLiteral("ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT"));
    const QUrl chosen = given.isEmpty() ? ClientConfig::defaultResourceManagerEndpoint()
                                        : StsEndpointChoice::fromHostOrUrl(given);
    QString whyNot;
    if (!ActionTrailClient::isAllowedEndpoint(chosen, &whyNot)) {
        *error = whyNot;
        return false;
    }
    *endpoint = chosen;
    return true;
}
