#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

struct GlobalOptions;

/**
 * Which endpoint a `jobs` call talks to: --endpoint > --region > ALIBABA_CLOUD_REGION_ID > the
 * fallback region. False with a one-line reason for a refused URL or a malformed region ID.
 */
bool chooseEndpoint(const GlobalOptions &global, const QProcessEnvironment &environment,
                    QUrl *endpoint, QString *error);

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
