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
    /**
     * Parallel to TrailCoverage::bars; empty for a bar no row had room for, or whose window
     * ends before the picture starts.
     */
    QList<QRectF> bars;
    /** The row of each bar (0 at the top), -1 for a bar not drawn. */
    QList<int> barRows;
    /** Rows in use (1..MaxBarRows; 0 without bars). */
    int rowCount = 0;
    /** Bars no row had room for: the oldest of those overlapping; the lane says "+N". */
    int hiddenBars = 0;
    /**
     * The complete bars as runs: neighbours in a row that touch (to a pixel) are one rectangle,
     * so thousands of sub-pixel bars cost a few fills, not one each.
     */
    QList<QRectF> completeRuns;
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

/**
 * Rows of bars in a lane at most. Newest first, a bar takes the first row where it overlaps no
 * bar; bars that overlap one in every row are not drawn (the lane counts them as "+N").
 */
constexpr int MaxBarRows = 4;
/** How far back the picture reaches at most: the horizon and as much again of the trail's life. */
constexpr int MaxDaysShown = 2 * Coverage::HorizonDays;

/**
 * The one time axis all lanes share: from the earliest thing any lane shows (never more than
 * MaxDaysShown before `now`) to a little after `now`.
 */
TimeWindow span(const QList<TrailCoverage> &coverages, const QDateTime &now);

/** Where the strip, gaps and bars of `coverage` go within `lane`. */
LaneGeometry layout(const TrailCoverage &coverage, const TimelineScale &scale, const QRectF &lane);

/**
 * The next drawn bar after `bar` in `step` direction (+1/-1) in index order, -1 when none; `bar`
 * -1 starts before the first (step +1) or after the last (step -1).
 */
int nextShownBar(const LaneGeometry &geometry, int bar, int step);

/**
 * Where a label `textWidth` wide goes for a tick at `x`: just right of it, or just left of it
 * when it would cross `right` (the last month keeps its label). Returns the label's left edge.
 */
double tickLabelLeft(double x, double textWidth, double right);

/** The bar under `point`, -1 for none (bars in a row never overlap). */
int barAt(const LaneGeometry &geometry, const TrailCoverage &coverage, const QPointF &point);

} // namespace TimelineGeometry
