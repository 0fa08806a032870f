#pragma once

#include "models/trailcoverage.h"

#include <QList>
#include <QPointF>
#include <QRectF>

/** Maps a span of time onto [left, left + width) pixels, linearly. */
class TimelineScale
{
public:
    TimelineScale() = default;
    TimelineScale(const TimeWindow &span, double left, double width);

    TimeWindow span() const { return m_span; }
    double left() const { return m_left; }
    double width() const { return m_width; }
    /** The x of `time` (outside the span: beyond the edges, not clamped). */
    double x(const QDateTime &time) const;
    /** The time at `x`, to the second. */
    QDateTime time(double x) const;

private:
    TimeWindow m_span;
    qint64 m_fromSecs = 0;
    qint64 m_spanSecs = 1;
    double m_left = 0;
    double m_width = 0;
};

/** Where each part of one trail's coverage lands in its lane. */
struct LaneGeometry
{
    QRectF lane;
    /** The strip at the top: what the trail delivered itself, and the gaps. */
    QRectF strip;
    QRectF ownDelivery; ///< empty when the trail delivered nothing to SLS itself
    QList<QRectF> gaps; ///< parallel to TrailCoverage::gaps
    QList<QRectF> bars; ///< parallel to TrailCoverage::bars
    QList<int> barRows; ///< the row of each bar (overlapping windows stack)
    /**
     * The parts of each bar not under a newer bar of its row (empty: wholly covered). Painting
     * only these changes no pixel, and with thousands of overlapping 90-day windows the covered
     * parts are nearly all of the area.
     */
    QList<QList<QRectF>> barPieces;
    double horizonX = 0;
    double nowX = 0;
    bool hasTrailStart = false;
    double trailStartX = 0;
};

/**
 * The timeline's geometry as pure functions, so a test can check that a bar lands at the right
 * x for known dates; the widget only paints what these return.
 */
namespace TimelineGeometry {

/** Rows of bars in a lane: overlapping windows stack, the rest share the last row. */
constexpr int MaxBarRows = 3;
/** How far back the picture reaches at most: the horizon and as much again of the trail's life. */
constexpr int MaxDaysShown = 2 * Coverage::HorizonDays;

/**
 * The one time axis all lanes share: from the earliest thing any lane shows (never more than
 * MaxDaysShown before `now`) to a little after `now`.
 */
TimeWindow span(const QList<TrailCoverage> &coverages, const QDateTime &now);

/** Where the strip, gaps and bars of `coverage` go within `lane`. */
LaneGeometry layout(const TrailCoverage &coverage, const TimelineScale &scale, const QRectF &lane);

/** The bar under `point` (the newest on top wins), -1 for none. */
int barAt(const LaneGeometry &geometry, const TrailCoverage &coverage, const QPointF &point);

} // namespace TimelineGeometry
