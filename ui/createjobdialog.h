#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"
#include "domain/trail.h"
#include "models/jobsource.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

/**
 * "New backfill task": choose or type a trail, read the service's limits, create. The dialog
 * makes one ClientToken when it opens and sends it with every attempt, so pressing Create again
 * after a timeout cannot start a second task. It stays open (never blocking the window) until
 * the service confirms, and shows a refusal in place.
 */
class CreateJobDialog : public QDialog
{
    Q_OBJECT

public:
    /** `runningJobId` > 0: a task is running, which the service would refuse; say so. */
    CreateJobDialog(JobSource *source, const QStringList &trails, qint64 runningJobId,
                    QWidget *parent = nullptr);

    /**
     * Offers the account's trails (DescribeTrails) instead of the names seen in tasks: the
     * ready ones to pick, the others listed with the reason they cannot be picked in `region`.
     */
    void setTrails(const QList<Trail> &trails, const QString &region);
    /** Pre-selects a trail (e.g. that of the selected task). */
    void setTrailName(const QString &trailName);
    ~CreateJobDialog() override;

    QString clientToken() const { return m_clientToken; }
    QString trailName() const;

public slots:
    /**
     * The task that is running now (0: none), for the owner to call when it learns that one has
     * started or ended: says so and enables or disables Create accordingly.
     */
    void setRunningJob(qint64 jobId);

signals:
    void jobCreated(const CreatedJob &created, const QString &trailName);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void create();
    void updateState();
    /** Why the typed trail cannot be sent (name rule, or a listed trail not ready); empty: ok. */
    QString trailProblem() const;
    void keepContentsVisible();

    QPointer<JobSource> m_source;
    QPointer<PendingJobRequest> m_request;
    const QString m_clientToken;
    qint64 m_runningJobId;
    QComboBox *m_trail;
    QLabel *m_blocked;
    QLabel *m_nameProblem;
    QLabel *m_unavailable;
    QLabel *m_window;
    QList<Trail> m_trails;
    QString m_region;
    QLabel *m_error;
    QLabel *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};
