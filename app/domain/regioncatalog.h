#pragma once

#include <QString>
#include <QStringList>

/**
 * The region IDs ActionTrail documents, with their English display names. Only a catalogue
 * for choosing and labelling: any other region ID is accepted everywhere.
 */
namespace RegionCatalog {

/** The region used when nothing says otherwise: the service's documented default, cn-hangzhou. */
QString defaultRegionId();

/** Known region IDs in the spec's order. */
QStringList knownRegionIds();

/** "China (Hangzhou)" for "cn-hangzhou"; an empty string for an ID we do not know. */
QString displayName(const QString &regionId);

} // namespace RegionCatalog
