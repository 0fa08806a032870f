#include "appsession.h"

#include "accounts/accountscontroller.h"
#include "accounts/firstrunwidget.h"
#include "accounts/profileswitcher.h"
#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "emulator/demobackend.h"
#include "mainwindow.h"
#include "models/clientjobsource.h"
#include "uilogging.h"

#include <QMessageBox>
#include <QNetworkAccessManager>

AppSession::AppSession(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_network(new QNetworkAccessManager(this))
{
    configureNetworkAccess(m_network);
    connect(m_window, &MainWindow::regionChanged, this, &AppSession::onRegionChanged);
}

AppSession::~AppSession()
{
    // The window may outlive us by a moment: it must not keep a source that is going away.
    if (m_window)
        m_window->setJobSource(nullptr);
}

bool AppSession::startDemo(const QUrl &endpoint, QString *error)
{
    QUrl target = endpoint;
    if (target.isEmpty()) {
        if (!m_demo)
            m_demo = new DemoBackend(this);
        if (!m_demo->start()) {
            if (error)
                *error = m_demo->errorString();
            return false;
        }
        target = m_demo->endpoint();
    }
    QString whyNot;
    if (!ActionTrailClient::isAllowedEndpoint(target, &whyNot)) {
        if (error)
            *error = whyNot;
        return false;
    }
    m_demoMode = true;
    m_window->setDemoMode(true);
    // Signed requests over loopback with the demo account's key, exactly as to the service.
    connectWith(DemoBackend::accessKey(), m_window->currentRegion(), target);
    qCInfo(lcUi) << "demo data from" << target.toString();
    return true;
}

void AppSession::connectAccount(const AccessKey &key, const QString &region, const QUrl &endpoint,
                                SignatureVersion version, const QUrl &endpointOverride)
{
    m_demoMode = false;
    m_window->setDemoMode(false);
    const QString regionToUse = region.isEmpty() ? m_window->currentRegion() : region;
    m_window->setRegion(regionToUse);
    connectWith(key, regionToUse, endpointOverride.isEmpty() ? endpoint : endpointOverride,
                version);
}

void AppSession::connectWith(const AccessKey &key, const QString &region, const QUrl &endpoint,
                             SignatureVersion version)
{
    m_window->setJobSource(nullptr);
    delete m_source;
    delete m_client;
    m_client = new ActionTrailClient(m_network, this);
    m_client->setAccessKey(key);
    m_client->setSignatureVersion(version);
    m_fixedEndpoint = endpoint;
    m_client->setEndpoint(endpoint.isEmpty() ? ActionTrailClient::endpointForRegion(region)
                                             : endpoint);
    m_source = new ClientJobSource(m_client, this);
    attach();
}

void AppSession::disconnectAccount()
{
    m_window->setJobSource(nullptr);
    delete m_source;
    m_source = nullptr;
    delete m_client;
    m_client = nullptr;
    m_demoMode = false;
    m_window->setDemoMode(false);
}

void AppSession::attach()
{
    m_window->setJobSource(m_source);
}

void AppSession::onRegionChanged(const QString &region)
{
    if (!m_client)
        return;
    // The demo (or an explicit endpoint) stays where it is; the listing is simply fetched again.
    if (m_fixedEndpoint.isEmpty())
        m_client->setEndpoint(ActionTrailClient::endpointForRegion(region));
    attach();
}

void AppSession::attachAccounts(AccountsController *accounts, const QUrl &endpointOverride)
{
    m_window->setFirstRunWidget(accounts->firstRunWidget());
    accounts->profileSwitcher()->setManageButtonVisible(false); // the toolbar has Accounts…
    m_window->setProfileSwitcher(accounts->profileSwitcher());
    connect(accounts, &AccountsController::credentialsReady, this,
            [this, endpointOverride](const ResolvedCredentials &credentials) {
                connectAccount(credentials.accessKey, credentials.region, credentials.endpoint,
                               credentials.signatureVersion, endpointOverride);
                m_window->setCurrentProfile(credentials.profileName);
                qCInfo(lcUi).noquote() << "credentials:" << credentials.describeSource();
            });
    connect(accounts, &AccountsController::credentialsFailed, this,
            [this](const QString &message) { showProblem(tr("Accounts"), message); });
    connect(accounts, &AccountsController::demoRequested, this, [this] { startDemoOrSay({}); });
    connect(m_window, &MainWindow::demoRequested, this, [this] { startDemoOrSay({}); });
    connect(m_window, &MainWindow::addAccountRequested, accounts, &AccountsController::addAccount);
    connect(m_window, &MainWindow::importAccountRequested, accounts,
            &AccountsController::importAccounts);
    connect(m_window, &MainWindow::manageAccountsRequested, accounts,
            &AccountsController::manageAccounts);
}

void AppSession::startDemoOrSay(const QUrl &endpoint)
{
    QString error;
    if (!startDemo(endpoint, &error))
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
