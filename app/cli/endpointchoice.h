#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

struct GlobalOptions;

/**
 * Which endpoint a `jobs` call talks to: --endpoint URL > --region (its --endpoint REGION=URL, else
 * its public endpoint) > ALIBABA_CLOUD_REGION_ID > the fallback region. False with a one-line
 * reason for a refused URL or a malformed region ID.
 */
bool chooseEndpoint(const GlobalOptions &global, const QProcessEnvironment &environment,
                    QUrl *endpoint, QString *error);

/** The region a call works in: --region > ALIBABA_CLOUD_REGION_ID > the fallback region. */
QString chooseRegion(const GlobalOptions &global, const QProcessEnvironment &environment);

/**
 * The endpoint of `region` for All regions: its --endpoint REGION=URL, else its public endpoint.
 * False with a one-line reason for a refused URL or a malformed region ID.
 */
bool regionEndpoint(const GlobalOptions &global, const QString &region, QUrl *endpoint,
                    QString *error);

/**
 * The endpoint of a member account's `region` (All accounts): its --endpoint REGION=URL, else
 * `serving` (--endpoint URL: one endpoint that serves every region, such as the emulator), else
 * the region's public endpoint. False with a one-line reason as regionEndpoint().
 */
bool memberRegionEndpoint(const GlobalOptions &global, const QUrl &serving, const QString &region,
                          QUrl *endpoint, QString *error);

/** Checks every --endpoint REGION=URL now, so that a bad one is a usage error before any call. */
bool checkRegionEndpoints(const GlobalOptions &global, QString *error);

/**
 * Adds a profile's endpoints of some regions to the command line's --endpoint REGION=URL, which
 * win for the regions they name.
 */
void addProfileRegionEndpoints(GlobalOptions *global, const QMap<QString, QUrl> &profileEndpoints);

/**
 * The endpoint a profile names (its own endpoint, else its region's) when the command line named
 * none. Returns false with a reason when the profile's value is refused; `*endpoint` stays
 * unchanged when the profile names neither.
 */
bool applyProfileEndpoint(const GlobalOptions &global, const QUrl &profileEndpoint,
                          const QString &profileRegion, QUrl *endpoint, QString *error);

/**
 * Where ResourceManager (ListAccounts) is: --resourcemanager-endpoint >
 * ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT > https://resourcemanager.aliyuncs.com. A bare host means
 * https; plain http only to this computer. False with a one-line reason when refused.
 */
bool chooseResourceManagerEndpoint(const GlobalOptions &global,
                                   const QProcessEnvironment &environment, QUrl *endpoint,
                                   QString *error);
