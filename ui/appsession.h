#pragma once

#include "api/accesskey.h"
#include "api/requestsigner.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class AccountsController;
class ActionTrailClient;
class ClientJobSource;
class DemoBackend;
class MainWindow;
class QNetworkAccessManager;

/**
 * What the window is connected to: the network, the ActionTrail client and the JobSource over
 * it, and, in demo mode, the in-process emulator. Owns them; the window only sees a JobSource.
 * Switching region re-points the client and reloads; nothing here blocks.
 */
class AppSession : public QObject
{
    Q_OBJECT

public:
    explicit AppSession(MainWindow *window, QObject *parent = nullptr);
    ~AppSession() override;

    /**
     * Demo data: starts the emulator in-process on 127.0.0.1 (or, with `endpoint`, uses an
     * emulator already running there, e.g. one started with --fault-rate) and connects to it
     * with the demo credentials over signed loopback HTTP. False with `error` set on failure.
     */
    bool startDemo(const QUrl &endpoint = {}, QString *error = nullptr);
    bool isDemo() const { return m_demoMode; }

    /**
     * Puts the accounts side in the window (first-run widget, profile switcher, account manager)
     * and connects with the credentials it decides on; `endpointOverride` is --endpoint.
     * Demo requests from the first-run screen start the demo.
     */
    void attachAccounts(AccountsController *accounts, const QUrl &endpointOverride = {});

    /** The network every request of the app goes through (proxies from the environment). */
    QNetworkAccessManager *network() const { return m_network; }

    /**
     * Leaves demo mode and connects with real credentials: the profile's region (shown in the
     * window's selector) and endpoint, unless `endpointOverride` (--endpoint) says otherwise.
     */
    void connectAccount(const AccessKey &key, const QString &region, const QUrl &endpoint,
                        SignatureVersion version, const QUrl &endpointOverride = {});
    /** Connects with real credentials to the region's public endpoint (or `endpoint`). */
    void connectWith(const AccessKey &key, const QString &region, const QUrl &endpoint = {},
                     SignatureVersion version = SignatureVersion::V3);
    /** Back to the first-run screen. */
    void disconnectAccount();

private:
    void onRegionChanged(const QString &region);
    void startDemoOrSay(const QUrl &endpoint);
    void showProblem(const QString &title, const QString &text);
    void attach();

    MainWindow *m_window;
    QNetworkAccessManager *m_network;
    ActionTrailClient *m_client = nullptr;
    ClientJobSource *m_source = nullptr;
    DemoBackend *m_demo = nullptr;
    bool m_demoMode = false;
    QUrl m_fixedEndpoint;
};
