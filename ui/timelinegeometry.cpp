#include "timelinegeometry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

TimelineScale::TimelineScale(const TimeWindow &span, double left, double width)
    : m_span(span)
    , m_fromSecs(span.from.toSecsSinceEpoch())
    , m_spanSecs(std::max<qint64>(1, span.from.secsTo(span.to)))
    , m_left(left)
    , m_width(width)
{ }

double TimelineScale::x(const QDateTime &time) const
{
    const double secs = double(time.toSecsSinceEpoch() - m_fromSecs);
    return m_left + secs * m_width / double(m_spanSecs);
}

QDateTime TimelineScale::time(double x) const
{
    const double secs = (x - m_left) * double(m_spanSecs) / std::max(1.0, m_width);
    return QDateTime::fromSecsSinceEpoch(m_fromSecs + qint64(secs), Qt::UTC);
}

namespace TimelineGeometry {

TimeWindow span(const QList<TrailCoverage> &coverages, const QDateTime &now)
{
    const QDateTime utcNow = now.toUTC();
    const QDateTime earliestAllowed = utcNow.addDays(-MaxDaysShown);
    // A little room after now, so the last day's bars do not touch the edge.
    TimeWindow span {utcNow.addDays(-Coverage::HorizonDays), utcNow.addDays(2)};
    for (const TrailCoverage &coverage : coverages) {
        const TimeWindow extent = coverage.extent();
        if (extent.from.isValid() && extent.from < span.from)
            span.from = extent.from;
    }
    span.from = std::max(span.from, earliestAllowed);
    // Whole days at the left edge keep the day ticks steady while the clock moves.
    span.from = QDateTime(span.from.date(), QTime(0, 0), Qt::UTC);
    return span;
}

LaneGeometry layout(const TrailCoverage &coverage, const TimelineScale &scale, const QRectF &lane)
{
    LaneGeometry g;
    g.lane = lane;
    const double padding = 3;
    const double stripHeight = std::max(4.0, lane.height() * 0.18);
    g.strip = QRectF(scale.left(), lane.top() + padding, scale.width(), stripHeight);
    const double barsTop = g.strip.bottom() + 2;
    const double barsHeight = lane.bottom() - padding - barsTop;
    const double rowHeight = barsHeight / MaxBarRows;

    const auto horizontal = [&scale](const TimeWindow &window, double top, double height) {
        const double left = std::max(scale.x(window.from), scale.left() - 1);
        const double right = std::min(scale.x(window.to), scale.left() + scale.width() + 1);
        // At least a pixel wide, so a one-hour window is still there to see and to click.
        return QRectF(left, top, std::max(1.0, right - left), height);
    };

    if (coverage.ownDelivery.isValid())
        g.ownDelivery = horizontal(coverage.ownDelivery, g.strip.top(), g.strip.height());
    for (const TimeWindow &gap : coverage.gaps)
        g.gaps.append(horizontal(gap, g.strip.top(), g.strip.height()));

    // Greedy stacking in time order: a bar takes the first row free at its start; when none is,
    // it shares the row that frees first.
    QList<int> order(coverage.bars.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&coverage](int a, int b) {
        return coverage.bars.at(a).window.from < coverage.bars.at(b).window.from;
    });
    QList<QDateTime> rowEnds(MaxBarRows);
    g.bars.resize(coverage.bars.size());
    g.barRows.resize(coverage.bars.size());
    for (int index : std::as_const(order)) {
        const TimeWindow &window = coverage.bars.at(index).window;
        int row = -1;
        for (int r = 0; r < MaxBarRows && row < 0; ++r) {
            if (!rowEnds.at(r).isValid() || rowEnds.at(r) <= window.from)
                row = r;
        }
        if (row < 0)
            row = int(std::min_element(rowEnds.cbegin(), rowEnds.cend()) - rowEnds.cbegin());
        rowEnds[row] = std::max(rowEnds.at(row), window.to);
        g.barRows[index] = row;
        g.bars[index] = window.isValid()
            ? horizontal(window, barsTop + row * rowHeight + 1, rowHeight - 2)
            : QRectF();
    }

    // Newest first: what each row already shows, as merged pixel spans; each bar keeps only
    // the parts outside them, which are all of it a screen can show.
    g.barPieces.resize(coverage.bars.size());
    QList<int> newestFirst(coverage.bars.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&coverage](int a, int b) {
        return coverage.bars.at(b).created < coverage.bars.at(a).created;
    });
    using Span = std::pair<double, double>;
    QList<QList<Span>> shown(MaxBarRows);
    for (int index : std::as_const(newestFirst)) {
        const QRectF &bar = g.bars.at(index);
        if (bar.isEmpty())
            continue;
        QList<Span> &spans = shown[g.barRows.at(index)];
        double cursor = bar.left();
        const auto addPiece = [&](double from, double to) {
            if (to - from > 0.01)
                g.barPieces[index].append(QRectF(from, bar.top(), to - from, bar.height()));
        };
        for (const Span &span : std::as_const(spans)) {
            if (span.second <= cursor)
                continue;
            if (span.first >= bar.right())
                break;
            addPiece(cursor, std::min(span.first, bar.right()));
            cursor = std::max(cursor, span.second);
        }
        addPiece(cursor, bar.right());
        spans.append({std::floor(bar.left()), std::ceil(bar.right())});
        std::sort(spans.begin(), spans.end());
        QList<Span> merged;
        for (const Span &span : std::as_const(spans)) {
            if (!merged.isEmpty() && span.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, span.second);
            else
                merged.append(span);
        }
        spans = merged;
    }

    g.horizonX = scale.x(coverage.horizon.from);
    g.nowX = scale.x(coverage.now);
    g.hasTrailStart = coverage.trailStart.isValid();
    if (g.hasTrailStart)
        g.trailStartX = scale.x(coverage.trailStart);
    return g;
}

int barAt(const LaneGeometry &geometry, const TrailCoverage &coverage, const QPointF &point)
{
    // Bars are painted oldest first, so the newest containing the point is the one on top.
    int hit = -1;
    for (int i = 0; i < geometry.bars.size(); ++i) {
        if (!geometry.bars.at(i).contains(point))
            continue;
        if (hit < 0 || coverage.bars.at(hit).created <= coverage.bars.at(i).created)
            hit = i;
    }
    return hit;
}

} // namespace TimelineGeometry
