#include "timelinegeometry.h"

#include "domain/deliveryjob.h"

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

    // Newest first, so the tasks people look for are the ones drawn: each takes the first row
    // where its window overlaps no other (in time: windows that only touch share a row).
    QList<int> newestFirst(coverage.bars.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [&coverage](int a, int b) {
        return coverage.bars.at(b).created < coverage.bars.at(a).created;
    });
    using Span = std::pair<double, double>;
    QList<QList<Span>> taken(MaxBarRows); // per row, sorted by start, never overlapping
    QList<Span> spans(coverage.bars.size()); // in pixels, at least one wide
    g.bars.resize(coverage.bars.size());
    g.barRows.fill(-1, coverage.bars.size());
    for (int index : std::as_const(newestFirst)) {
        const TimeWindow &window = coverage.bars.at(index).window;
        // A window wholly before the picture's left edge has nothing to show.
        if (!window.isValid() || scale.x(window.to) < scale.left())
            continue;
        const QRectF span = horizontal(window, 0, 1);
        spans[index] = {span.left(), span.right()};
        const Span wanted {scale.x(window.from), scale.x(window.to)};
        for (int row = 0; row < MaxBarRows; ++row) {
            QList<Span> &inRow = taken[row];
            const auto after = std::lower_bound(inRow.begin(), inRow.end(), wanted);
            const bool clashesAfter = after != inRow.end() && after->first < wanted.second;
            const bool clashesBefore
                = after != inRow.begin() && std::prev(after)->second > wanted.first;
            if (clashesAfter || clashesBefore)
                continue;
            inRow.insert(after, wanted);
            g.barRows[index] = row;
            g.rowCount = std::max(g.rowCount, row + 1);
            break;
        }
        if (g.barRows.at(index) < 0)
            ++g.hiddenBars;
    }
    // A lone row is not drawn a quarter high: rows share the room of at least two.
    const double rowHeight = barsHeight / std::max(2, g.rowCount);
    for (int i = 0; i < coverage.bars.size(); ++i) {
        const int row = g.barRows.at(i);
        if (row >= 0)
            g.bars[i] = QRectF(spans.at(i).first, barsTop + row * rowHeight + 1,
                               spans.at(i).second - spans.at(i).first, rowHeight - 2);
    }
    // Complete bars touching in a row (to a pixel) paint as one rectangle: a thousand sub-pixel
    // windows side by side are one fill.
    for (int row = 0; row < g.rowCount; ++row) {
        QList<Span> complete;
        for (int i = 0; i < coverage.bars.size(); ++i) {
            if (g.barRows.at(i) == row && coverage.bars.at(i).status == JobStatus::Complete)
                complete.append(spans.at(i));
        }
        std::sort(complete.begin(), complete.end());
        QList<Span> runs;
        for (const Span &span : std::as_const(complete)) {
            if (!runs.isEmpty() && span.first <= runs.last().second + 1)
                runs.last().second = std::max(runs.last().second, span.second);
            else
                runs.append(span);
        }
        for (const Span &run : std::as_const(runs))
            g.completeRuns.append(QRectF(run.first, barsTop + row * rowHeight + 1,
                                         run.second - run.first, rowHeight - 2));
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
    // Neighbours in a row may share their boundary pixel: the newer one wins there.
    int hit = -1;
    for (int i = 0; i < geometry.bars.size(); ++i) {
        if (geometry.bars.at(i).isEmpty() || !geometry.bars.at(i).contains(point))
            continue;
        if (hit < 0 || coverage.bars.at(hit).created <= coverage.bars.at(i).created)
            hit = i;
    }
    return hit;
}

int nextShownBar(const LaneGeometry &geometry, int bar, int step)
{
    const int count = int(geometry.bars.size());
    for (int i = bar < 0 ? (step > 0 ? 0 : count - 1) : bar + step; i >= 0 && i < count;
         i += step) {
        if (geometry.barRows.at(i) >= 0)
            return i;
    }
    return -1;
}

double tickLabelLeft(double x, double textWidth, double right)
{
    const double gap = 3;
    if (x + gap + textWidth <= right)
        return x + gap;
    return x - gap - textWidth;
}

} // namespace TimelineGeometry
