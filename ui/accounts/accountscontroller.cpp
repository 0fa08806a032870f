#include "accountscontroller.h"

#include "accountmanagerdialog.h"
#include "firstrunwidget.h"
#include "profileswitcher.h"

#include "api/networksetup.h"
#include "credentials/aliyunimport.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QWidget>

AccountsController::AccountsController(QWidget *window, QNetworkAccessManager *network,
                                       QObject *parent)
    : AccountsController(window, nullptr, nullptr, QProcessEnvironment::systemEnvironment(),
                         network, parent)
{ }

AccountsController::AccountsController(QWidget *window, ProfileStore *profiles,
                                       SecretStore *secrets, const QProcessEnvironment &environment,
                                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles ? profiles : new ProfileStore(this))
    , m_secrets(secrets ? secrets : new SecretStore(this))
    , m_resolver(new CredentialResolver(m_profiles, m_secrets, environment, this))
    , m_firstRun(new FirstRunWidget(window))
    , m_switcher(new ProfileSwitcher(m_profiles, window))
    , m_network(network)
    , m_environment(environment)
{
    // Role profiles, and the aliyun CLI's CredentialsURI and CloudSSO profiles, use the same
    // network as everything else.
    m_resolver->setStsAccess(network, ClientConfig());
    const ImportResult importable = AliyunImport::readAll(environment);
    m_firstRun->setImportAvailable(
        !importable.candidates.isEmpty() || !importable.skipped.isEmpty(),
        tr("No Alibaba Cloud CLI configuration was found (~/.aliyun/config.json)."));
    connect(m_firstRun, &FirstRunWidget::addAccountRequested, this,
            &AccountsController::addAccount);
    connect(m_firstRun, &FirstRunWidget::importRequested, this,
            &AccountsController::importAccounts);
    connect(m_firstRun, &FirstRunWidget::demoRequested, this, &AccountsController::demoRequested);
    connect(m_switcher, &ProfileSwitcher::profileSelected, this, &AccountsController::useProfile);
    connect(m_switcher, &ProfileSwitcher::manageRequested, this,
            &AccountsController::manageAccounts);
    // The first account added or imported is used at once; later ones wait to be picked.
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (m_started && !m_connected && !m_resolving
            && !m_profiles->defaultProfileName().isEmpty())
            resolve(m_profiles->defaultProfileName());
    });
}

void AccountsController::start(const QString &preferredProfile)
{
    const bool loaded = m_profiles->load();
    m_started = true;
    if (!loaded) {
        QMetaObject::invokeMethod(
            this, [this] { emit credentialsFailed(m_profiles->lastError()); },
            Qt::QueuedConnection);
        return;
    }
    // Ours, else the aliyun CLI's profile of that name (a CloudSSO one stays there, live): the
    // same lookup as --profile NAME on the command line.
    const bool preferredExists
        = !preferredProfile.isEmpty() && m_resolver->choose(preferredProfile).ok;
    const CredentialChoice choice
        = m_resolver->choose(preferredExists ? preferredProfile : QString());
    if (!choice.ok && m_profiles->profiles().isEmpty()
        && choice.source == CredentialSource::DefaultProfile) {
        QMetaObject::invokeMethod(this, &AccountsController::noCredentials, Qt::QueuedConnection);
        return;
    }
    resolve(preferredExists ? preferredProfile : QString());
}

void AccountsController::useProfile(const QString &name)
{
    if (!name.isEmpty())
        resolve(name);
}

void AccountsController::resolve(const QString &profile)
{
    m_resolving = true;
    CredentialRequest *request = m_resolver->resolve(profile);
    connect(request, &CredentialRequest::finished, this, [this](CredentialRequest *done) {
        m_resolving = false;
        if (!done->succeeded()) {
            emit credentialsFailed(done->errorString());
            return;
        }
        const ResolvedCredentials credentials = done->credentials();
        // The account's CA bundle joins the trusted CAs before its first request. (Trust added
        // for one account stays for the session: Qt's default TLS configuration is global.)
        const std::optional<Profile> chosen = m_profiles->profile(credentials.profileName);
        QString caError;
        if (chosen && !chosen->caBundle.isEmpty()
            && !addTrustedCertificates(QProcessEnvironment(), chosen->caBundle, &caError)) {
            emit credentialsFailed(caError);
            return;
        }
        m_current = credentials.profileName;
        m_connected = true;
        // What is in use is always named: ours by the switcher's own entries, the aliyun CLI's
        // profile or the environment's keys by an entry of their own.
        if (!credentials.aliyunFile.isEmpty()) {
            m_switcher->setOutsideSource(m_current, tr("aliyun CLI: %1").arg(m_current),
                                         credentials.describeSource());
        } else if (credentials.source == CredentialSource::Environment) {
            m_switcher->setOutsideSource({}, tr("Environment variables"),
                                         credentials.describeSource());
        } else {
            m_switcher->setOutsideSource({}, {}, {});
            m_switcher->setCurrentProfile(m_current);
        }
        emit credentialsReady(credentials);
    });
}

AccountManagerDialog *AccountsController::manager()
{
    if (!m_manager) {
        m_manager = new AccountManagerDialog(m_profiles, m_secrets, m_environment, m_window);
        // The account in use was edited: connect again with what was saved (a new key or
        // endpoint takes effect now). Nothing in use yet: the account just added is used, also
        // one kept for this session only (it can never be the default).
        connect(m_manager, &AccountManagerDialog::profileSaved, this, [this](const QString &name) {
            if (m_resolving)
                return;
            if (!m_connected || name == m_current)
                resolve(name);
        });
        if (m_network)
            m_manager->setConnectionTester(m_network, m_resolver);
    }
    return m_manager;
}

void AccountsController::manageAccounts()
{
    AccountManagerDialog *dialog = manager();
    if (!m_current.isEmpty())
        dialog->selectProfile(m_current);
    dialog->open();
}

void AccountsController::addAccount()
{
    manageAccounts();
    manager()->addAccount();
}

void AccountsController::importAccounts()
{
    manageAccounts();
    manager()->importFromAliyun();
}
