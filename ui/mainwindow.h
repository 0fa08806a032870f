#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"
#include "models/jobbrowser.h"
#include "models/jobsource.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class ActiveJobPoller;
class ErrorBanner;
class JobDetailPane;
class JobFilterProxyModel;
class JobListLoader;

class JobTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QVBoxLayout;

/**
 * The shell around a JobBrowser: toolbar and menus, search and filters, the paginated job table
 * with the detail pane beside it, a non-modal error banner, the status bar ("Loaded 150 of
 * 2,340") and the tray. The window is given the browser and only shows it and calls it; while the
 * browser has no source it shows the first-run screen.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `browser` is not owned and must outlive the window. */
    explicit MainWindow(JobBrowser *browser, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobBrowser *browser() const { return m_browser; }
    /** Marks the window as showing demo data (status bar marker and title). */
    void setDemoMode(bool demo);
    /** Puts the credentials' first-run widget in place of the built-in placeholder. */
    void setFirstRunWidget(QWidget *widget);
    /** Puts a profile switcher in the toolbar. */
    void setProfileSwitcher(QWidget *widget);
    /** Remembers the profile in use (for the next start). */
    void setCurrentProfile(const QString &profile);

    QString currentRegion() const;
    void setRegion(const QString &regionId);


    /**
     * What clicking a finish notification does: brings the window up with the job of the latest
     * notification selected (or says why it cannot be shown).
     */
    void showNotifiedJob();
    /** The job of the latest finish notification; 0 before any. */
    qint64 notifiedJobId() const { return m_notifiedJobId; }

    void saveSettings() const;
    /** The last profile and region saved, for the start-up code. */
    static QString savedProfile();
    static QString savedRegion();

signals:
    void regionChanged(const QString &regionId);
    void addAccountRequested();
    void importAccountRequested();
    void demoRequested();
    void manageAccountsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class BannerOrigin { None, List, Action };

    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createBrowserPage();
    QWidget *createFirstRunPlaceholder();
    void restoreSettings();
    void applyDefaultColumnWidths();
    void sizeSplitterOnce();

    void updateCounts();
    void updateListState();
    void updateActions();
    void followSelection();
    void refilter(const std::function<void()> &apply);
    void onListError(const ApiError &error);
    void onRetrying(int attempt, int maxAttempts, const ApiError &reason);
    void onJobFinished(qint64 jobId, JobStatus status, const QString &trail);
    void showActionError(const ApiError &error, const JobBrowser::Retry &retry);
    void onSourceChanged(JobSource *source);

    void newTask();
    void confirmDelete();
    void deleteJob(qint64 jobId);
    void refresh();
    void copyJobId();
    void copyRow();
    void exportRows();
    void setShowUtc(bool showUtc);
    void setLiveInterval(int seconds);
    void setAutoRefreshInterval(int seconds);
    /** Selects and shows the job; false when it is not in the table as filtered. */
    bool selectJob(qint64 jobId);
    DeliveryJob selectedJob() const;

    JobBrowser *m_browser;
    JobTableModel *m_model;
    JobFilterProxyModel *m_proxy;
    JobListLoader *m_list;
    ActiveJobPoller *m_poller;
    QPointer<JobSource> m_source;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_notifiedJobId = 0;
    qint64 m_hiddenSelection = 0; ///< the job a filter hid while selected, to select on return
    bool m_demo = false;
    QString m_profile;
    QString m_lastRegion;
    BannerOrigin m_bannerOrigin = BannerOrigin::None;
    std::function<void()> m_actionRetry;
    int m_liveSeconds;
    int m_autoRefreshSeconds;
    bool m_splitterRestored = false;
    bool m_splitterSized = false;
    int m_defaultTableWidth = 0;

    QStackedWidget *m_pages;
    QWidget *m_firstRunHost;
    QWidget *m_firstRunPlaceholder;
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
    JobDetailPane *m_detail;
    QComboBox *m_region;
    QWidget *m_profileHost;
    QLabel *m_countLabel;
    QProgressBar *m_busy;
    QLabel *m_demoLabel;

    QAction *m_newAction;
    QAction *m_deleteAction;
    QAction *m_refreshAction;
    QAction *m_loadAllAction;
    QAction *m_findAction;
    QAction *m_copyIdAction;
    QAction *m_copyRowAction;
    QAction *m_exportAction;
    QAction *m_utcAction;
    QAction *m_autoRefreshAction;
    QAction *m_pauseLiveAction;
    QAction *m_accountsAction;
    QAction *m_quitAction;
};
