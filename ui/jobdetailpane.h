#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"
#include "models/jobdetailloader.h"

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
 * GetDeliveryHistoryJob. A view: it is given what the JobBrowser knows (showDetail) and fetches
 * nothing itself; Retry asks the browser.
 */
class JobDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit JobDetailPane(QWidget *parent = nullptr);
    ~JobDetailPane() override;

    /** Shows what is known of the selected job (a zero JobId: nothing selected). */
    void showDetail(const JobDetail &detail);
    /** Back to "select a task". */
    void clear();
    /** After this long, "Updated N ago" says the regions shown may be old. */
    static constexpr int StaleAfterSeconds = JobDetailLoader::DefaultStaleAfterSeconds;

    void setShowUtc(bool showUtc);
    bool showUtc() const { return m_showUtc; }
    void setClock(std::function<QDateTime()> clock);

    qint64 currentJobId() const { return m_job.jobId; }
    DeliveryJob currentJob() const { return m_job; }
    QString lastRequestId() const { return m_requestId; }

signals:
    /** The Retry button after a failed fetch. */
    void retryRequested();
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
    void renderFreshness();
    void copyJson();

    DeliveryJob m_job;
    bool m_regionsKnown = false;
    bool m_loadingRegions = false;
    QString m_retryNote;
    QDateTime m_fetchedAt;
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
