#pragma once

#include "models/session.h"

#include <QObject>
#include <QUrl>

#include <functional>

class AccountsController;
class AllAccountsJobSource;
class MainWindow;
class SessionIdentity;

/**
 * The glue between the window, the accounts side and the Session: credentials chosen by the
 * accounts side connect the session, the window's region selector moves it, and the session's
 * source goes to the window's JobBrowser. The demo is started through a function handed in by
 * main() (the UI library does not link the emulator).
 */
class AppSession : public QObject
{
    Q_OBJECT

public:
    /** Where the demo service answers and its key; an empty endpoint with `error` on failure. */
    struct DemoService
    {
        QUrl endpoint;
        AccessKey accessKey;
        QString error;
    };
    /**
     * Starts the in-process demo service, or, given an emulator already running (`external`),
     * only answers the demo key for it.
     */
    using DemoStarter = std::function<DemoService(const QUrl &external)>;

    explicit AppSession(MainWindow *window, QObject *parent = nullptr);
    ~AppSession() override;

    Session *session() const { return m_session; }
    /** Who the session signs in as (the status bar shows it). */
    SessionIdentity *identity() const { return m_identity; }
    /** The network every request of the app goes through (proxies from the environment). */
    QNetworkAccessManager *network() const { return m_session->network(); }

    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }
    /**
     * Demo data: the in-process demo service (or, with `endpoint`, an emulator already running
     * there, e.g. one started with --fault-rate), with the demo credentials over signed loopback
     * HTTP. False with `error` set on failure.
     */
    bool startDemo(const QUrl &endpoint = {}, QString *error = nullptr);
    bool isDemo() const { return m_session->isDemo(); }

    /**
     * Puts the accounts side in the window (first-run widget, profile switcher, account manager)
     * and connects with the credentials it decides on; `endpointOverride` is --endpoint.
     */
    void attachAccounts(AccountsController *accounts, const QUrl &endpointOverride = {});

private:
    void startDemoOrSay();
    /** The window's Accounts panel shows `source`'s listings and retries its accounts. */
    void attachAccountsSummary(AllAccountsJobSource *source);
    void showProblem(const QString &title, const QString &text);

    MainWindow *m_window;
    Session *m_session;
    SessionIdentity *m_identity;
    DemoStarter m_demoStarter;
};
