#pragma once

#include "credentials/credentialresolver.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class AccountManagerDialog;
class FirstRunWidget;
class ProfileStore;
class ProfileSwitcher;
class SecretStore;
class QWidget;

/**
 * Everything the main window needs from the accounts side, in one object: the stores, the
 * resolver, the first-run widget, the profile switcher and the account manager dialog. It
 * decides which credentials to use (saved profile, then CredentialResolver's precedence) and says
 * so with credentialsReady(); the window connects that to its session.
 *
 * Wiring (guimain.cpp):
 *   AccountsController accounts(&window, network);
 *   window.setFirstRunWidget(accounts.firstRunWidget());
 *   window.setProfileSwitcher(accounts.profileSwitcher());
 *   connect(&accounts, &AccountsController::credentialsReady, ...session.connectWith(...));
 *   connect(&window, &MainWindow::manageAccountsRequested, &accounts,
 * &AccountsController::manageAccounts); accounts.start(MainWindow::savedProfile());
 */
class AccountsController : public QObject
{
    Q_OBJECT

public:
    /** @p window parents the widgets and dialogs; @p network (optional) enables Test Connection. */
    explicit AccountsController(QWidget *window, QNetworkAccessManager *network = nullptr,
                                QObject *parent = nullptr);
    /** For tests: injected stores and environment. */
    AccountsController(QWidget *window, ProfileStore *profiles, SecretStore *secrets,
                       const QProcessEnvironment &environment,
                       QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    CredentialResolver *resolver() const { return m_resolver; }
    FirstRunWidget *firstRunWidget() const { return m_firstRun; }
    ProfileSwitcher *profileSwitcher() const { return m_switcher; }

    /** The profile in use (empty: none, or the environment's keys). */
    QString currentProfile() const { return m_current; }

    /**
     * Loads the profiles and resolves credentials: @p preferredProfile (--profile, or the one
     * used last time) if it still exists, ours or the aliyun CLI's, else the usual precedence. Ends
     * in exactly one of credentialsReady / credentialsFailed / noCredentials.
     */
    void start(const QString &preferredProfile = {});

public slots:
    /** Switches to @p name (the switcher does this on its own). */
    void useProfile(const QString &name);
    void manageAccounts();
    void addAccount();
    void importAccounts();

signals:
    /** Connect the session with these; `describeSource()` says where they came from. */
    void credentialsReady(const ResolvedCredentials &credentials);
    /** A source was chosen but cannot be used (missing secret, locked keyring, ...): show it. */
    void credentialsFailed(const QString &message);
    /** Nothing configured at all: keep the first-run screen. */
    void noCredentials();
    /** "Try with demo data" on the first-run screen. */
    void demoRequested();

private:
    void resolve(const QString &profile);
    AccountManagerDialog *manager();

    QPointer<QWidget> m_window;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    CredentialResolver *m_resolver;
    FirstRunWidget *m_firstRun;
    ProfileSwitcher *m_switcher;
    QPointer<AccountManagerDialog> m_manager;
    QPointer<QNetworkAccessManager> m_network;
    QProcessEnvironment m_environment;
    QString m_current;
    bool m_started = false;
    bool m_connected = false;
    bool m_resolving = false;
};
