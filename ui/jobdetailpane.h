#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"
#include "models/jobsource.h"

#include <QPointer>
#include <QWidget>



class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class RegionStatusModel;
class SegmentedProgressBar;
class QTimer;

/**
 * The selected job in full: header (id, trail, home region, status badge), its timestamps,
 * duration, per-region status (table, summary, segmented bar), and the RequestId of the last
 * GetDeliveryHistoryJob. Shows the listing's data at once, then fetches the regions; an answer
 * for a job that is no longer selected is dropped.
 */
class JobDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailPane(QWidget *parent = nullptr);
    ~JobDetailPane() override;

    void setSource(JobSource *source);
    /** Shows `summary` (from the table) and fetches the job's regions. */
    void showJob(const DeliveryJob &summary);
    /** Back to "select a task". */
    void clear();
    /** A fresh copy from elsewhere (live progress); ignored unless it is the job shown. */
    void updateJob(const DeliveryJob &job, const QString &requestId);
    /** Fetches the shown job again. */
    void reload();

    void setShowUtc(bool showUtc);
    bool showUtc() const { return m_showUtc; }
    void setClock(std::function<QDateTime()> clock);

    qint64 currentJobId() const { return m_job.jobId; }
    DeliveryJob currentJob() const { return m_job; }
    QString lastRequestId() const { return m_requestId; }

signals:
    /** A GetDeliveryHistoryJob answer for the shown job (the window applies it to the table). */
    void jobFetched(const DeliveryJob &job, const QString &requestId);
    void showUtcToggled(bool showUtc);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderTimes();

public:
    /** Re-renders the times and the running duration (called periodically). */
    void refreshTimes() { renderTimes(); }

private:
    void setTime(QLabel *label, const QDateTime &utc);
    void onFetched(const DeliveryJob &job, const QString &requestId);
    void onFailed(const ApiError &error);
    void copyJson();
    void abortFetch();

    QPointer<JobSource> m_source;
    QPointer<PendingJobRequest> m_request;
    DeliveryJob m_job;
    bool m_regionsKnown = false;
    QString m_requestId;
    bool m_showUtc = false;
    std::function<QDateTime()> m_clock;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_subtitle;
    QLabel *m_created;
    QLabel *m_eventsFrom;
    QLabel *m_eventsTo;
    QLabel *m_updated;
    QLabel *m_endedLabel;
    QLabel *m_ended;
    QLabel *m_durationLabel;
    QLabel *m_duration;
    QCheckBox *m_utc;
    QLabel *m_summary;
    SegmentedProgressBar *m_bar;
    QTableView *m_regionsView;
    QWidget *m_filler;
    RegionStatusModel *m_regions;
    QLabel *m_loading;
    QWidget *m_errorBox;
    QLabel *m_errorText;
    QPushButton *m_retry;
    QLineEdit *m_requestIdLabel;
    QToolButton *m_copyRequestId;
    QPushButton *m_copyJson;
    QTimer *m_tick = nullptr;
};
