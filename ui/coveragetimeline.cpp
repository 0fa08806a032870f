#include "coveragetimeline.h"

#include "models/jobformat.h"
#include "models/trailformat.h"
#include "statusstyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace {
QString exact(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

/**
 * `color` over `background` at `share` (0..1), as an opaque colour: with opaque fills a bar
 * under newer ones can be skipped without changing a pixel.
 */
QColor mixed(const QColor &color, const QColor &background, double share)
{
    const auto mix
        = [share](int a, int b) { return int(std::lround(a * share + b * (1 - share))); };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
                  mix(color.blue(), background.blue()));
}
} // namespace

CoverageTimeline::CoverageTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coverageTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Coverage timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // paintEvent() covers every pixel: no background fill first (a whole-widget fill is
    // handed to the raster engine's thread pool, and then painted over).
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CoverageTimeline::setCoverages(const QList<TrailCoverage> &coverages, const QDateTime &now)
{
    QString focusedTrail;
    if (m_focusLane >= 0 && m_focusLane < m_coverages.size())
        focusedTrail = m_coverages.at(m_focusLane).trailName;
    m_coverages = coverages;
    m_now = now;
    m_focusLane = -1;
    m_focusBar = -1;
    for (int i = 0; i < m_coverages.size(); ++i) {
        if (m_coverages.at(i).trailName == focusedTrail)
            m_focusLane = i;
    }
    if (m_focusLane < 0 && !m_coverages.isEmpty())
        m_focusLane = 0;
    relayout();
    updateGeometry();
    setAccessibleDescription(laneSummary(m_focusLane));
    update();
}

int CoverageTimeline::laneHeight() const
{
    return fontMetrics().height() * 3 + 6;
}

int CoverageTimeline::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int CoverageTimeline::labelWidth() const
{
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("mmmmmmmmmm"));
    for (const TrailCoverage &coverage : m_coverages)
        widest = std::max(widest, fontMetrics().horizontalAdvance(coverage.trailName));
    return std::min(widest, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 18) + 12;
}

QRectF CoverageTimeline::laneRect(int lane) const
{
    return QRectF(0, headerHeight() + lane * laneHeight(), width(), laneHeight());
}

int CoverageTimeline::laneAt(const QPointF &point) const
{
    if (point.y() < headerHeight())
        return -1;
    const int lane = int((point.y() - headerHeight()) / laneHeight());
    return lane < m_coverages.size() ? lane : -1;
}

QSize CoverageTimeline::sizeHint() const
{
    return {720,
            headerHeight() + int(std::max<qsizetype>(1, m_coverages.size())) * laneHeight() + 2};
}

QSize CoverageTimeline::minimumSizeHint() const
{
    return {labelWidth() + 200, headerHeight() + laneHeight()};
}

void CoverageTimeline::relayout()
{
    const int left = labelWidth();
    const int right = 8;
    m_scale = TimelineScale(TimelineGeometry::span(m_coverages, m_now), left,
                            std::max(10, width() - left - right));
    m_lanes.clear();
    m_lanes.reserve(m_coverages.size());
    for (int i = 0; i < m_coverages.size(); ++i)
        m_lanes.append(TimelineGeometry::layout(m_coverages.at(i), m_scale, laneRect(i)));
    m_monthTicks.clear();
    QDate month(m_scale.span().from.date().year(), m_scale.span().from.date().month(), 1);
    while (true) {
        month = month.addMonths(1);
        const QDateTime at(month, QTime(0, 0), Qt::UTC);
        if (at >= m_scale.span().to)
            break;
        m_monthTicks.append({std::round(m_scale.x(at)) + 0.5, month});
    }
}

LaneGeometry CoverageTimeline::laneGeometry(int lane) const
{
    return lane >= 0 && lane < m_lanes.size() ? m_lanes.at(lane) : LaneGeometry();
}

void CoverageTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CoverageTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        updateGeometry();
    }
}

QString CoverageTimeline::laneSummary(int lane) const
{
    if (lane < 0 || lane >= m_coverages.size())
        return tr("No trails to show.");
    return TrailFormat::coverageSummary(m_coverages.at(lane));
}

QString CoverageTimeline::barText(const CoverageBar &bar) const
{
    QString text
        = tr("Task %1: %2").arg(bar.jobId).arg(JobFormat::statusText(bar.status, bar.rawStatus));
    if (isJobActive(bar.status) && bar.progress >= 0)
        text += tr(" (%1% of regions done)").arg(qRound(bar.progress * 100));
    text += QLatin1Char('\n')
        + tr("Events from %1 to %2 (%3 days)")
              .arg(exact(bar.window.from), exact(bar.window.to))
              .arg(bar.window.days());
    if (bar.created.isValid())
        text += QLatin1Char('\n') + tr("Created %1").arg(exact(bar.created));
    return text;
}

void CoverageTimeline::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    if (m_coverages.isEmpty()) {
        painter.fillRect(rect(), palette().color(QPalette::Base));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No trails to show."));
        return;
    }
    // Lane by lane, each fill a lane high: Qt's raster engine hands fills of many rows to its
    // thread pool, which on a busy machine costs more than the fill itself.
    const QRect dirty = event->rect();
    if (dirty.top() < headerHeight())
        paintAxis(painter);
    double bottom = headerHeight();
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const QRectF &laneRect = m_lanes.at(lane).lane;
        bottom = laneRect.bottom();
        if (!laneRect.toAlignedRect().intersects(dirty))
            continue;
        paintLaneBackground(painter, laneRect);
        paintLane(painter, lane, dirty);
    }
    if (bottom < height())
        painter.fillRect(QRectF(0, bottom, width(), height() - bottom),
                         palette().color(QPalette::Base));
}

void CoverageTimeline::paintAxis(QPainter &painter)
{
    const QPalette pal = palette();
    const QRectF header(0, 0, width(), headerHeight());
    painter.fillRect(header, pal.color(QPalette::Window));
    const double horizonX = m_scale.x(m_now.addDays(-Coverage::HorizonDays));
    // The horizon's label first, then the months that do not collide with it.
    const QString horizonLabel = tr("%1 days ago").arg(Coverage::HorizonDays);
    const int horizonWidth = fontMetrics().horizontalAdvance(horizonLabel);
    const QRectF horizonRect(horizonX - horizonWidth - 4, 0, horizonWidth + 2, header.height() - 4);
    painter.setPen(pal.color(QPalette::WindowText));
    if (horizonRect.left() >= m_scale.left())
        painter.drawText(horizonRect, Qt::AlignRight | Qt::AlignBottom, horizonLabel);
    const QLocale locale;
    const QColor grid = withAlpha(pal.color(QPalette::Text), 40);
    QRectF lastLabel;
    for (const auto &[x, month] : std::as_const(m_monthTicks)) {
        painter.setPen(grid);
        painter.drawLine(QPointF(x, header.bottom() - 4), QPointF(x, header.bottom()));
        const QString text = locale.toString(month, QStringLiteral("MMM yyyy"));
        const double textWidth = fontMetrics().horizontalAdvance(text) + 2;
        const QRectF textRect(TimelineGeometry::tickLabelLeft(x, textWidth, width() - 2), 0,
                              textWidth, header.height() - 4);
        if (textRect.intersects(horizonRect) || textRect.left() < m_scale.left()
            || textRect.intersects(lastLabel))
            continue;
        lastLabel = textRect;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, text);
    }
    const QPen horizonPen(pal.color(QPalette::WindowText), 1, Qt::DotLine);
    painter.setPen(horizonPen);
    painter.drawLine(QPointF(std::round(horizonX) + 0.5, header.bottom() - 6),
                     QPointF(std::round(horizonX) + 0.5, header.bottom()));
}

void CoverageTimeline::paintLaneBackground(QPainter &painter, const QRectF &lane)
{
    const QPalette pal = palette();
    painter.fillRect(lane, pal.color(QPalette::Base));
    // Outside the horizon a backfill reaches nothing any more: shade it for every lane.
    const double horizonX = m_scale.x(m_now.addDays(-Coverage::HorizonDays));
    if (horizonX > m_scale.left()) {
        painter.fillRect(
            QRectF(m_scale.left(), lane.top(), horizonX - m_scale.left(), lane.height()),
            mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.07));
    }
    const QColor grid = mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.16);
    const QColor shadedGrid = mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.22);
    for (const auto &tick : std::as_const(m_monthTicks))
        painter.fillRect(QRectF(tick.first - 0.5, lane.top(), 1, lane.height()),
                         tick.first < horizonX ? shadedGrid : grid);
    painter.setPen(QPen(pal.color(QPalette::WindowText), 1, Qt::DotLine));
    const double x = std::round(horizonX) + 0.5;
    painter.drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
}

void CoverageTimeline::paintLane(QPainter &painter, int laneIndex, const QRect &dirty)
{
    const QPalette pal = palette();
    const TrailCoverage &coverage = m_coverages.at(laneIndex);
    const LaneGeometry &g = m_lanes.at(laneIndex);
    const bool laneFocused = hasFocus() && laneIndex == m_focusLane;

    // Opaque one-pixel fills, not lines: a translucent line is blended pixel by pixel, and a
    // line as wide as the widget then goes to the raster engine's thread pool.
    painter.fillRect(QRectF(0, g.lane.bottom() - 1, width(), 1),
                     mixed(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.2));
    QFont labelFont = font();
    labelFont.setBold(laneFocused && m_focusBar < 0);
    painter.setFont(labelFont);
    painter.setPen(pal.color(QPalette::Text));
    const QRectF label(4, g.lane.top(), m_scale.left() - 8, g.lane.height());
    painter.drawText(
        label, Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(coverage.trailName, Qt::ElideMiddle, int(label.width())));
    painter.setFont(font());
    if (g.hiddenBars > 0) {
        // Below the name: how many older overlapping tasks no row had room for.
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(label.adjusted(0, 0, 0, -2), Qt::AlignRight | Qt::AlignBottom,
                         tr("+%1").arg(g.hiddenBars));
    }

    // What the trail delivered itself, then the gaps over the same strip.
    const QColor complete = StatusStyle::color(JobStatus::Complete, pal);
    const QColor failed = StatusStyle::color(JobStatus::Failed, pal);
    painter.fillRect(g.strip, withAlpha(pal.color(QPalette::Text), 20));
    if (!g.ownDelivery.isEmpty())
        painter.fillRect(g.ownDelivery, withAlpha(complete, 110));
    for (const QRectF &gap : g.gaps) {
        painter.fillRect(gap, withAlpha(failed, 60));
        painter.fillRect(gap, QBrush(failed, Qt::BDiagPattern));
    }

    const QRectF clip(m_scale.left(), g.lane.top(), m_scale.width() + 1, g.lane.height());
    painter.save();
    painter.setClipRect(clip);
    const QColor base = pal.color(QPalette::Base);
    const QRectF visible = QRectF(dirty).intersected(clip);
    // Complete bars as runs (one fill for neighbours that touch); the others one by one.
    for (const QRectF &run : g.completeRuns) {
        if (run.intersects(visible))
            painter.fillRect(run, complete);
    }
    for (int i = 0; i < g.bars.size(); ++i) {
        const QRectF &bar = g.bars.at(i);
        const CoverageBar &task = coverage.bars.at(i);
        if (task.status == JobStatus::Complete || bar.isEmpty() || !bar.intersects(visible))
            continue;
        const QColor color = StatusStyle::color(task.status, pal);
        if (isJobActive(task.status)) {
            // Running: the outline is the window, the fill how far the regions got.
            painter.fillRect(bar, mixed(color, base, 0.2));
            const double done = bar.left() + bar.width() * std::max(0.0, task.progress);
            if (done > bar.left())
                painter.fillRect(QRectF(bar.left(), bar.top(), done - bar.left(), bar.height()),
                                 color);
        } else if (task.status == JobStatus::Failed) {
            // Pale and outlined, never hatched: hatching means "nobody delivered" (the gaps
            // above), and a failed task must not read as one.
            painter.fillRect(bar, mixed(color, base, 0.3));
        } else {
            painter.fillRect(bar, color);
            continue;
        }
        painter.setPen(color);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter.restore();

    if (g.hasTrailStart && g.trailStartX >= m_scale.left()) {
        QPen pen(pal.color(QPalette::Text), 1, Qt::DashLine);
        painter.setPen(pen);
        const double x = std::round(g.trailStartX) + 0.5;
        painter.drawLine(QPointF(x, g.lane.top() + 1), QPointF(x, g.lane.bottom() - 1));
    }
    painter.fillRect(QRectF(std::round(g.nowX), g.lane.top(), 1, g.lane.height()),
                     pal.color(QPalette::Highlight));

    if (laneFocused) {
        QPen focusPen(pal.color(QPalette::Highlight), 2);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        const QRectF target = m_focusBar >= 0 && m_focusBar < g.bars.size()
            ? g.bars.at(m_focusBar).adjusted(-2, -2, 2, 2)
            : g.lane.adjusted(1, 1, -1, -1);
        painter.drawRect(target);
    }
}

QString CoverageTimeline::toolTipAt(const QPointF &point) const
{
    const int lane = laneAt(point);
    if (lane < 0)
        return {};
    const TrailCoverage &coverage = m_coverages.at(lane);
    const LaneGeometry &g = m_lanes.at(lane);
    if (point.x() < m_scale.left())
        return laneSummary(lane);
    const int bar = TimelineGeometry::barAt(g, coverage, point);
    if (bar >= 0)
        return barText(coverage.bars.at(bar));
    if (g.strip.adjusted(0, -2, 0, 2).contains(point)) {
        for (int i = 0; i < g.gaps.size(); ++i) {
            if (g.gaps.at(i).contains(QPointF(point.x(), g.strip.center().y()))) {
                const TimeWindow &gap = coverage.gaps.at(i);
                return tr("Not delivered by anyone: %1 to %2 (%3 days)")
                    .arg(exact(gap.from), exact(gap.to))
                    .arg(gap.days());
            }
        }
        if (g.ownDelivery.contains(QPointF(point.x(), g.strip.center().y())))
            return tr("Delivered by the trail itself since %1")
                .arg(exact(coverage.ownDelivery.from));
    }
    if (g.hasTrailStart && std::abs(point.x() - g.trailStartX) <= 3)
        return tr("The trail started logging at %1").arg(exact(coverage.trailStart));
    return tr("%1\n%2").arg(exact(m_scale.time(point.x())), laneSummary(lane));
}

bool CoverageTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CoverageTimeline::setFocusItem(int lane, int bar)
{
    if (lane < 0 || lane >= m_coverages.size())
        return;
    const bool laneChanged = lane != m_focusLane;
    m_focusLane = lane;
    m_focusBar = bar >= 0 && bar < m_coverages.at(lane).bars.size() ? bar : -1;
    QString description = laneSummary(lane);
    if (m_focusBar >= 0)
        description += QLatin1Char('\n') + barText(m_coverages.at(lane).bars.at(m_focusBar));
    setAccessibleDescription(description);
    update();
    if (laneChanged)
        emit trailFocused(m_coverages.at(lane).trailName);
}

void CoverageTimeline::focusTrail(const QString &trailName)
{
    for (int i = 0; i < m_coverages.size(); ++i) {
        if (m_coverages.at(i).trailName == trailName && i != m_focusLane) {
            m_focusLane = i;
            m_focusBar = -1;
            setAccessibleDescription(laneSummary(i));
            update();
        }
    }
}

void CoverageTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int lane = laneAt(event->position());
    if (lane < 0)
        return;
    const int bar
        = TimelineGeometry::barAt(m_lanes.at(lane), m_coverages.at(lane), event->position());
    setFocusItem(lane, bar);
    if (bar >= 0)
        emit taskActivated(m_coverages.at(lane).bars.at(bar).jobId);
}

void CoverageTimeline::keyPressEvent(QKeyEvent *event)
{
    if (m_coverages.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int lane = std::max(0, m_focusLane);
    const LaneGeometry &geometry = m_lanes.at(lane);
    switch (event->key()) {
    case Qt::Key_Up:
        setFocusItem(std::max(0, lane - 1), -1);
        break;
    case Qt::Key_Down:
        setFocusItem(std::min(int(m_coverages.size()) - 1, lane + 1), -1);
        break;
    case Qt::Key_Right: {
        // Only the bars drawn: a focus ring needs something to go around.
        const int next = TimelineGeometry::nextShownBar(geometry, m_focusBar, +1);
        if (next >= 0)
            setFocusItem(lane, next);
        break;
    }
    case Qt::Key_Left:
        // Before the first bar comes the lane itself; from the lane, the last bar.
        setFocusItem(lane, TimelineGeometry::nextShownBar(geometry, m_focusBar, -1));
        break;
    case Qt::Key_Home:
        setFocusItem(0, -1);
        break;
    case Qt::Key_End:
        setFocusItem(int(m_coverages.size()) - 1, -1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focusBar >= 0)
            emit taskActivated(m_coverages.at(lane).bars.at(m_focusBar).jobId);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}
