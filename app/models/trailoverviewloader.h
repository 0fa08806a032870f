#pragma once

#include "api/apierror.h"
#include "domain/trailoverview.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ActionTrailClient;

/**
 * Gathers TrailOverviews: DescribeTrails (organization trails included), then GetTrailStatus of
 * each trail (at most maxConcurrent() at a time) and every task (JobLister) for each trail's last
 * task. A failed GetTrailStatus or task listing is kept beside the trails (statusError, and
 * tasksError()), not fatal; only a failed DescribeTrails fails the whole. One of finished() /
 * failed() per start().
 */
class TrailOverviewLoader : public QObject
{
    Q_OBJECT

public:
    /** `region`: the region worked in (readiness "other region"); `clock`: "now" for windows. */
    TrailOverviewLoader(ActionTrailClient *client, QString region, std::function<QDateTime()> clock,
                        QObject *parent = nullptr);
    ~TrailOverviewLoader() override;

    /** Only these trails (`trails get NAME`); empty: all. */
    void setNames(const QStringList &names) { m_names = names; }
    void setMaxConcurrent(int calls) { m_maxConcurrent = std::max(1, calls); }
    int maxConcurrent() const { return m_maxConcurrent; }
    /** Why the task listing failed, if it did (then no trail has a last task). */
    QString tasksError() const { return m_tasksError; }

    void start();

signals:
    void finished(const QList<TrailOverview> &overviews);
    void failed(const ApiError &error);

private:
    void onTrails(const QList<Trail> &trails);
    void launchStatuses();
    void maybeFinish();

    QPointer<ActionTrailClient> m_client;
    QString m_region;
    std::function<QDateTime()> m_clock;
    QStringList m_names;
    int m_maxConcurrent = 4;
    QList<TrailOverview> m_overviews;
    int m_nextStatus = 0;
    int m_statusesInFlight = 0;
    int m_statusesDone = 0;
    bool m_tasksDone = false;
    QString m_tasksError;
    bool m_finished = false;
};
