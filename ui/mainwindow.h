#pragma once

#include "api/apierror.h"
#include "domain/deliveryjob.h"
#include "models/jobbrowser.h"
#include "models/jobsource.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class AccountsSummary;
class ActiveJobPoller;
class BrowserPage;
class ErrorBanner;
struct RegionFailure;
class JobDetailPane;
class JobFilterProxyModel;
class JobListLoader;

class JobTableModel;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;
class TrailBrowser;
class TrailsPage;
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
    /**
     * Adds the Trails tab beside the tasks, showing `trails` (not owned; must outlive the
     * window): its "New backfill task" opens the New Task dialog for that trail, and a task
     * clicked in its timeline is selected in the task table.
     */
    void setTrailBrowser(TrailBrowser *trails);
    TrailBrowser *trailBrowser() const { return m_trails; }
    /** Marks the window as showing demo data (status bar marker and title). */
    void setDemoMode(bool demo);
    /** Puts the credentials' first-run widget in place of the built-in placeholder. */
    void setFirstRunWidget(QWidget *widget);
    /** Puts a profile switcher in the toolbar. */
    void setProfileSwitcher(QWidget *widget);
    /** Remembers the profile in use (for the next start). */
    void setCurrentProfile(const QString &profile);
    /** Who the session signs in as, in the status bar; empty text shows nothing. */
    void setIdentity(const QString &text, const QString &toolTip);

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

    /** All regions: some regions could not be listed (the banner says which; Retry refreshes). */
    void showRegionFailures(const QList<RegionFailure> &failures);
    /** All accounts: the member accounts and which could not be listed (with Retry). */
    AccountsSummary *accountsSummary() const { return m_accountsSummary; }
    bool isAllAccounts() const { return m_allAccounts; }

signals:
    void regionChanged(const QString &regionId);
    /** "All regions" was chosen (true) or left for one region (false, before regionChanged). */
    void allRegionsChanged(bool allRegions);
    /** "All accounts" was chosen (true) or left (false, before the new scope's signal). */
    void allAccountsChanged(bool allAccounts);
    void addAccountRequested();
    void importAccountRequested();
    void demoRequested();
    void manageAccountsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

public:
    /**
     * Whether closing the window now hides it to the tray instead: a task runs, the setting is
     * on (the default), there is a tray, and Quit was not chosen.
     */
    bool keepsWatchingOnClose(bool trayAvailable) const;

protected:
private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createFirstRunPlaceholder();
    void restoreSettings();

    void updateActions();
    void onJobFinished(qint64 jobId, JobStatus status, const QString &trail);
    void onSourceChanged(JobSource *source);
    QSystemTrayIcon *trayIcon();

    void newTask();
    /** The New Task dialog, with `trailName` chosen (empty: the selected task's trail). */
    void openNewTaskDialog(const QString &trailName);
    /** Shows `jobId` in the task table (from the timeline). */
    void showTask(qint64 jobId);
    void confirmDelete();
    void deleteJob(qint64 jobId);
    void refresh();
    void copyJobId();
    void exportRows();
    void setShowUtc(bool showUtc);
    void setLiveInterval(int seconds);
    void setAutoRefreshInterval(int seconds);

    JobBrowser *m_browser;
    JobTableModel *m_model;
    JobFilterProxyModel *m_proxy;
    JobListLoader *m_list;
    ActiveJobPoller *m_poller;
    QPointer<JobSource> m_source;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_notifiedJobId = 0;
    bool m_demo = false;
    QString m_profile;
    QString m_lastRegion;
    bool m_allRegions = false; ///< "All regions" is chosen in the region selector
    bool allRegionsChosen() const;
    bool m_allAccounts = false; ///< "All accounts" is chosen in the region selector
    bool allAccountsChosen() const;
    /** Shows what the chosen scope needs (Account and Region columns, the Accounts panel). */
    void showScope();
    AccountsSummary *m_accountsSummary = nullptr;
    QDockWidget *m_accountsDock = nullptr;
    int m_liveSeconds;
    int m_autoRefreshSeconds;

    QStackedWidget *m_pages;
    BrowserPage *m_page;
    QTabWidget *m_tabs;
    TrailBrowser *m_trails = nullptr;
    TrailsPage *m_trailsPage = nullptr;
    QWidget *m_firstRunHost;
    QWidget *m_firstRunPlaceholder;
    QComboBox *m_region;
    QWidget *m_profileHost;
    QLabel *m_countLabel;
    QProgressBar *m_busy;
    QLabel *m_demoLabel;
    QLabel *m_identityLabel;

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
    QAction *m_watchInTrayAction;
    QAction *m_showTasksAction;
    QAction *m_showTrailsAction;
    bool m_quitting = false;
};
