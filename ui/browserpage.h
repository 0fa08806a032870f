#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"
#include "models/jobbrowser.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class ErrorBanner;
class JobDetailPane;
class JobFilterProxyModel;
class JobListLoader;
class JobTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

/**
 * The job browser's page: search and filters, the error banner, the job table with its footer
 * (Load more, Load all with progress and Cancel) or the empty state, and the detail pane beside
 * it. It is given a JobBrowser and only shows it and calls it; the window's actions it shows
 * (in the table's context menu, the empty state) are handed in.
 */
class BrowserPage : public QWidget
{
    Q_OBJECT

public:
    /** The shell's actions the page shows or follows (not owned). */
    struct Actions
    {
        QAction *newTask = nullptr;
        QAction *remove = nullptr;
        QAction *copyJobId = nullptr;
        QAction *copyRow = nullptr;
        QAction *loadAll = nullptr;
        QAction *exportRows = nullptr;
    };

    BrowserPage(JobBrowser *browser, const Actions &actions, QWidget *parent = nullptr);
    ~BrowserPage() override;

    /** The selected job as the table shows it (JobId 0: none). */
    DeliveryJob selectedJob() const;
    /** Selects and shows the job; false when it is not in the table as filtered. */
    bool selectJob(qint64 jobId);
    void focusSearch();
    /** Copies the current row's visible cells, tab-separated. */
    void copyRow();
    void showActionError(const ApiError &error, const JobBrowser::Retry &retry);
    void dismissActionError();
    void setShowUtc(bool showUtc);
    /** Fills `menu` with one checkable entry per column (the header's menu, View > Columns). */
    void fillColumnMenu(QMenu *menu);
    /** Sorts by `column` (keyboard: View > Sort By). */
    void sortBy(int column);
    /** The Region column (All regions) shown or hidden. */
    void setRegionColumnShown(bool shown);
    /** All accounts: shows the Account column (display name and id). */
    void setAccountColumnShown(bool shown);
    /** Turns the sort order around. */
    void reverseSort();
    /** "Showing 3 · Loaded 50 of 120" */
    QString countsText() const { return m_countsText; }

    QTableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }
    /** The splitter's state came from the settings: keep it. */
    void setSplitterRestored(bool restored) { m_splitterRestored = restored; }

signals:
    void selectionChanged();
    void countsChanged(const QString &text, bool busy);
    /** Loading started or stopped, an error came or went: actions may change. */
    void listStateChanged();
    void showUtcToggled(bool showUtc);
    void statusMessage(const QString &text, int timeoutMs);
    /** The message `text` no longer holds (empty: whatever is shown). */
    void statusMessageWithdrawn(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class BannerOrigin { None, List, Action };

    void applyDefaultColumnWidths();
    /**
     * Until the user moves the handle (or the settings gave the sizes): the table gets the width
     * its default columns need, the pane the rest but at least its minimum.
     */
    void fitSplitter();
    void onSourceChanged();
    void updateCounts();
    void updateListState();
    void followSelection();
    void refilter(const std::function<void()> &apply);
    void onListError(const ApiError &error);
    void onRetrying(int attempt, int maxAttempts, const ApiError &reason, int delayMs);
    void showWaitCountdown();
    /** "Loading 3,200 of 100,000 tasks… about 20 s left" */
    QString loadAllText() const;

    JobBrowser *m_browser;
    JobTableModel *m_model;
    JobFilterProxyModel *m_proxy;
    JobListLoader *m_list;
    Actions m_actions;

    qint64 m_hiddenSelection = 0; ///< the job a filter hid while selected, to select on return
    BannerOrigin m_bannerOrigin = BannerOrigin::None;
    JobBrowser::Retry m_actionRetry;
    bool m_splitterRestored = false;
    bool m_splitterMovedByUser = false;
    int m_defaultTableWidth = 0;
    QString m_countsText;

    QSplitter *m_splitter;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_createdFilter;
    ErrorBanner *m_banner;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    QWidget *m_footer;
    QProgressBar *m_footerBusy;
    QLabel *m_footerText;
    QPushButton *m_loadMoreButton;
    QPushButton *m_loadAllButton;
    QPushButton *m_cancelLoadButton;
    QShortcut *m_cancelLoadShortcut;
    QShortcut *m_clearSearchShortcut;
    bool m_loadAllShown = false;
    QTimer *m_waitCountdown;
    bool m_retrying = false; // a listing is between attempts: Esc stops it, as the banner says
    QElapsedTimer m_waitEnds;
    qint64 m_waitTotalMs = 0;
    QString m_waitText;
    int m_waitAttempt = 0;
    int m_waitMaxAttempts = 0;
    ApiError m_waitReason;
    int m_loadAllStartRows = 0;
    JobDetailPane *m_detail;
};
