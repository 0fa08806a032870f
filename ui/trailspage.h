#pragma once

#include <QWidget>

class CoverageTimeline;
class QLabel;
class QPushButton;
class QTableView;
class TrailBrowser;
class TrailTableModel;

/**
 * The trails view beside the task table: every trail with its targets, logging status,
 * readiness and what a new task would cover today, the selected trail's details, "New backfill
 * task" for a ready trail, and the coverage timeline below. It is given a TrailBrowser and only
 * shows it; what a click means for the tasks (select one, open the New Task dialog) it says by
 * its signals.
 */
class TrailsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrailsPage(TrailBrowser *trails, QWidget *parent = nullptr);

    /** The trail of the current row; empty when none. */
    QString currentTrail() const;
    /** Makes `trailName` the current row; false when it is not listed. */
    bool selectTrail(const QString &trailName);
    QTableView *table() const { return m_table; }
    CoverageTimeline *timeline() const { return m_timeline; }
    /** The account's running task (0: none): while it runs no new task can start. */
    void setRunningJob(qint64 jobId);

signals:
    /** "New backfill task" for a ready trail. */
    void newTaskRequested(const QString &trailName);
    /** A task's bar was activated in the timeline: show it in the task table. */
    void taskActivated(qint64 jobId);

private:
    void updateTimeline();
    void updateDetail();
    void updateState();
    void updateBasis(int loaded, int total);

    TrailBrowser *m_trails;
    TrailTableModel *m_model;
    QLabel *m_state;
    QPushButton *m_retry;
    QTableView *m_table;
    QLabel *m_detail;
    QLabel *m_basis;
    QPushButton *m_newTask;
    CoverageTimeline *m_timeline;
    qint64 m_runningJobId = 0;
};
