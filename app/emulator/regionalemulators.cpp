#include "regionalemulators.h"

RegionalEmulators::RegionalEmulators(EmulatorConfig config, const QStringList &regions,
                                     QObject *parent)
    : QObject(parent)
    , m_regions(regions)
{
    m_regions.removeDuplicates();
    std::shared_ptr<JobStore> store;
    config.servedRegions = m_regions;
    for (const QString &region : std::as_const(m_regions)) {
        EmulatorConfig regional = config;
        regional.region = region;
        if (store)
            regional.tickSeconds = 0;
        auto *emulator = new ActionTrailEmulator(regional, store, this);
        store = emulator->sharedStore();
        m_emulators.append(emulator);
    }
}

RegionalEmulators::~RegionalEmulators() = default;

bool RegionalEmulators::listen(const QHostAddress &address)
{
    for (ActionTrailEmulator *emulator : std::as_const(m_emulators)) {
        if (emulator->listen(address) == 0)
            return false;
    }
    return true;
}

ActionTrailEmulator *RegionalEmulators::emulator(const QString &region) const
{
    const qsizetype index = m_regions.indexOf(region);
    return index < 0 ? nullptr : m_emulators.at(index);
}

JobStore &RegionalEmulators::store()
{
    return m_emulators.constFirst()->store();
}
