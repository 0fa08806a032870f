#include "appsession.h"

#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "emulator/demobackend.h"
#include "mainwindow.h"
#include "models/clientjobsource.h"
#include "uilogging.h"

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
