#include "appsession.h"

#include "accounts/accountscontroller.h"
#include "accounts/firstrunwidget.h"
#include "accounts/profileswitcher.h"
#include "accountssummary.h"
#include "api/actiontrailclient.h"
#include "mainwindow.h"
#include "models/allaccountsjobsource.h"
#include "models/allregionsjobsource.h"
#include "models/sessionidentity.h"
#include "models/trailbrowser.h"
#include "uilogging.h"

#include <QMessageBox>

AppSession::AppSession(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(new Session(this))
    , m_identity(new SessionIdentity(m_session, this))
{
    connect(m_identity, &SessionIdentity::changed, m_window, &MainWindow::setIdentity);
    JobBrowser *browser = m_window->browser();
    connect(m_session, &Session::sourceChanged, browser, &JobBrowser::setSource);
    // The window's trails view, when it has one, follows the same account and region.
    connect(m_session, &Session::trailSourceChanged, this, [this](TrailSource *source) {
        if (TrailBrowser *trails = m_window->trailBrowser())
            trails->setSource(source);
    });
    connect(m_session, &Session::regionChanged, m_window, &MainWindow::setRegion);
    connect(m_session, &Session::accountChanged, m_window,
            [this](const SessionAccount &account) { m_window->setDemoMode(account.demo); });
    connect(m_window, &MainWindow::regionChanged, m_session, &Session::setRegion);
    connect(m_window, &MainWindow::allRegionsChanged, m_session, &Session::setAllRegions);
    connect(m_window, &MainWindow::allAccountsChanged, m_session, &Session::setAllAccounts);
    connect(m_session, &Session::sourceChanged, m_window, [this](JobSource *source) {
        if (auto *allRegions = qobject_cast<AllRegionsJobSource *>(source)) {
            connect(allRegions, &AllRegionsJobSource::regionsFailed, m_window,
                    &MainWindow::showRegionFailures);
        }
        if (auto *allAccounts = qobject_cast<AllAccountsJobSource *>(source))
            attachAccountsSummary(allAccounts);
    });
}

void AppSession::attachAccountsSummary(AllAccountsJobSource *source)
{
    // Each connection has the source as context: they go with it when the scope changes.
    AccountsSummary *summary = m_window->accountsSummary();
    summary->clear();
    connect(source, &AllAccountsJobSource::accountsListed, summary, &AccountsSummary::setListing);
    connect(summary, &AccountsSummary::retryRequested, source,
            [source](const QString &accountId) { source->retryAccount(accountId); });
    // The retried account's rows join the table by a refresh that costs no request.
    connect(source, &AllAccountsJobSource::listingUpdated, m_window->browser(),
            &JobBrowser::refresh);
}

AppSession::~AppSession()
{
    // The window may outlive us by a moment: it must not keep a source that is going away.
    m_window->browser()->setSource(nullptr);
    if (TrailBrowser *trails = m_window->trailBrowser())
        trails->setSource(nullptr);
}

bool AppSession::startDemo(const QUrl &endpoint, QString *error)
{
    DemoService service;
    if (m_demoStarter)
        service = m_demoStarter(endpoint);
    else
        service.error = tr("Demo data is not available in this build.");
    QString whyNot = service.error;
    if (service.endpoint.isEmpty()
        || !ActionTrailClient::isAllowedEndpoint(service.endpoint, &whyNot)) {
        if (error)
            *error = whyNot;
        return false;
    }
    const QUrl target = service.endpoint;
    SessionAccount demo;
    demo.accessKey = service.accessKey;
    demo.region = m_window->currentRegion();
    demo.endpoint = target;
    demo.demo = true;
    // Signed requests over loopback with the demo account's key, exactly as to the service.
    m_session->connectTo(demo);
    qCInfo(lcUi) << "demo data from" << target.toString();
    return true;
}

void AppSession::attachAccounts(AccountsController *accounts, const QUrl &endpointOverride)
{
    m_window->setFirstRunWidget(accounts->firstRunWidget());
    accounts->profileSwitcher()->setManageButtonVisible(false); // the toolbar has Accounts…
    m_window->setProfileSwitcher(accounts->profileSwitcher());
    connect(accounts, &AccountsController::credentialsReady, this,
            [this, endpointOverride](const ResolvedCredentials &credentials) {
                SessionAccount account;
                account.profileName = credentials.profileName;
                account.credentials = credentials.provider;
                account.region
                    = credentials.region.isEmpty() ? m_window->currentRegion() : credentials.region;
                account.endpoint
                    = endpointOverride.isEmpty() ? credentials.endpoint : endpointOverride;
                account.stsEndpoint = credentials.stsEndpoint;
                account.signatureVersion = credentials.signatureVersion;
                account.regionEndpoints = credentials.regionEndpoints;
                m_session->connectTo(account);
                m_window->setCurrentProfile(credentials.profileName);
                qCInfo(lcUi).noquote() << "credentials:" << credentials.describeSource();
            });
    connect(accounts, &AccountsController::credentialsFailed, this,
            [this](const QString &message) { showProblem(tr("Accounts"), message); });
    connect(accounts, &AccountsController::demoRequested, this, &AppSession::startDemoOrSay);
    connect(m_window, &MainWindow::demoRequested, this, &AppSession::startDemoOrSay);
    connect(m_window, &MainWindow::addAccountRequested, accounts, &AccountsController::addAccount);
    connect(m_window, &MainWindow::importAccountRequested, accounts,
            &AccountsController::importAccounts);
    connect(m_window, &MainWindow::manageAccountsRequested, accounts,
            &AccountsController::manageAccounts);
}

void AppSession::startDemoOrSay()
{
    QString error;
    if (!startDemo({}, &error))
        showProblem(tr("Demo Data"), error);
}

void AppSession::showProblem(const QString &title, const QString &text)
{
    qCWarning(lcUi).noquote() << title << text;
    // Never a blocking exec(): the window stays usable behind the message.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("sessionProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
