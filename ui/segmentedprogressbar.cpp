#include "segmentedprogressbar.h"

#include "statusstyle.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

SegmentedProgressBar::SegmentedProgressBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("segmentedProgressBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Region progress"));
}

void SegmentedProgressBar::setRegions(const QList<RegionStatus> &regions)
{
    m_regions = regions;
    QStringList parts;
    for (const RegionStatus &region : regions)
        parts << QStringLiteral("%1: %2").arg(
            region.region, JobFormat::statusText(region.status, region.rawStatus));
    setToolTip(parts.join(QLatin1Char('\n')));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    update();
}

QSize SegmentedProgressBar::sizeHint() const
{
    return {200, fontMetrics().height() / 2 + 4};
}

QSize SegmentedProgressBar::minimumSizeHint() const
{
    return {40, sizeHint().height()};
}

void SegmentedProgressBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void SegmentedProgressBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = area.height() / 2;
    QPainterPath clip;
    clip.addRoundedRect(area, radius, radius);
    painter.setClipPath(clip);
    QColor track = palette().color(QPalette::Mid);
    track.setAlpha(90);
    painter.fillRect(area, track);
    const int count = int(m_regions.size());
    if (count > 0) {
        const qreal gap = count > 1 ? std::min<qreal>(2.0, area.width() / count / 4) : 0;
        const qreal width = (area.width() - gap * (count - 1)) / count;
        for (int i = 0; i < count; ++i) {
            const JobStatus status = m_regions[i].status;
            QColor fill = StatusStyle::color(status, palette());
            if (status == JobStatus::Initializing)
                fill = StatusStyle::isDark(palette()) ? fill.darker(140) : fill.lighter(150);
            painter.fillRect(
                QRectF(area.left() + i * (width + gap), area.top(), width, area.height()), fill);
        }
    }
    painter.setClipping(false);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(area, radius, radius);
}
