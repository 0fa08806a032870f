#pragma once

#include "models/trailcoverage.h"
#include "timelinegeometry.h"

#include <QWidget>

/**
 * One lane per trail over the last 90 days and as much of the trail's life as fits: the horizon,
 * the trail's start of logging, what the trail delivered itself, each task's window (complete,
 * failed, running with its progress) and the gaps nobody delivered. Painted from the palette
 * and StatusStyle, so it reads in light and dark themes. Hovering says the exact UTC dates,
 * clicking a bar or pressing Enter on it activates the task; Up/Down move between lanes,
 * Left/Right between a lane's tasks. The accessible description is the focused lane's summary.
 */
class CoverageTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageTimeline(QWidget *parent = nullptr);

    /** The lanes to show, in order, and the time they were computed at. */
    void setCoverages(const QList<TrailCoverage> &coverages, const QDateTime &now);
    QList<TrailCoverage> coverages() const { return m_coverages; }

    /** Where lane `lane` and its parts are now (for tests and for painting). */
    LaneGeometry laneGeometry(int lane) const;
    TimelineScale scale() const { return m_scale; }
    int focusedLane() const { return m_focusLane; }
    /** The focused bar of the focused lane, -1 for the lane itself. */
    int focusedBar() const { return m_focusBar; }
    /** Focuses the lane of `trailName` (e.g. the trail selected in the table). */
    void focusTrail(const QString &trailName);
    /** The text a screen reader reads for lane `lane`. */
    QString laneSummary(int lane) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** A task's bar was clicked or Enter pressed on it. */
    void taskActivated(qint64 jobId);
    /** The focused lane changed (by mouse or keyboard). */
    void trailFocused(const QString &trailName);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int laneHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    QRectF laneRect(int lane) const;
    int laneAt(const QPointF &point) const;
    void relayout();
    void setFocusItem(int lane, int bar);
    void paintAxis(QPainter &painter);
    /** The lane's backdrop: base, the shade beyond the horizon, month and horizon lines. */
    void paintLaneBackground(QPainter &painter, const QRectF &lane);
    void paintLane(QPainter &painter, int lane, const QRect &dirty);
    QString toolTipAt(const QPointF &point) const;
    QString barText(const CoverageBar &bar) const;

    QList<TrailCoverage> m_coverages;
    QList<LaneGeometry> m_lanes;
    /** The x of each month's first day inside the span (computed with the layout). */
    QList<std::pair<double, QDate>> m_monthTicks;
    QDateTime m_now;
    TimelineScale m_scale;
    int m_focusLane = -1;
    int m_focusBar = -1;
};
