#pragma once

#include "domain/deliveryjob.h"

#include <QWidget>

/**
 * One segment per region, coloured by its status: a job's progress at a glance, in the order
 * the service lists the regions. Its accessible description says the same in words.
 */
class SegmentedProgressBar : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentedProgressBar(QWidget *parent = nullptr);

    void setRegions(const QList<RegionStatus> &regions);
    QList<RegionStatus> regions() const { return m_regions; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<RegionStatus> m_regions;
};
