#pragma once

#include "actiontrailemulator.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

/**
 * Job scope "region": one account served by one endpoint (port) per region, each listing only
 * the tasks whose HomeRegion is its region. The endpoints share the account's data (a task
 * created through one is the account's), and only the first advances running tasks, so that a
 * tick happens once however many regions are served.
 */
class RegionalEmulators : public QObject
{
    Q_OBJECT

public:
    /** `config.region` is ignored: each endpoint gets one of `regions` (their order kept, each
     * once). */
    RegionalEmulators(EmulatorConfig config, const QStringList &regions, QObject *parent = nullptr);
    ~RegionalEmulators() override;

    /** Listens on a free port per region; false when one of them cannot. */
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    QStringList regions() const { return m_regions; }
    /** The endpoint of `region`, nullptr for a region not served. */
    ActionTrailEmulator *emulator(const QString &region) const;
    QList<ActionTrailEmulator *> emulators() const { return m_emulators; }
    JobStore &store();

private:
    QStringList m_regions;
    QList<ActionTrailEmulator *> m_emulators; // children of this, in m_regions' order
};
