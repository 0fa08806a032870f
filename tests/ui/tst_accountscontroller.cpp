#include "accounts/accountmanagerdialog.h"
#include "accounts/accountscontroller.h"
#include "accounts/firstrunwidget.h"
#include "accounts/profileswitcher.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CredentialSource)

// The accounts side as the main window sees it. Session-only secrets: no keychain needed.
class TestAccountsController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startChooses_data();
    void startChooses();
    void switcherSelectsAnotherProfile();
    void firstAccountIsUsedAtOnce();
    void firstRunButtons();
    void editingTheAccountInUseReconnects();

private:
    void addProfile(const QString &name, bool makeDefault);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestAccountsController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<QWidget>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("backfill-test-unused"));
}

void TestAccountsController::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_profiles.reset();
}

void TestAccountsController::addProfile(const QString &name, bool makeDefault)
{
    // Saved profiles whose secrets are held for the session: the resolver reads them from memory.
    Profile p;
    p.name = name;
    p.accessKeyId = QStringLiteral("LTAI5tFAKE") + name;
    p.region = QStringLiteral("eu-west-1");
    QVERIFY(m_profiles->save(p));
    m_secrets->holdForSession(name, {QStringLiteral("FAKE-") + name, {}});
    if (makeDefault)
        QVERIFY(m_profiles->setDefaultProfile(name));
}

void TestAccountsController::startChooses_data()
{
    QTest::addColumn<QStringList>("profiles"); // first is the default
    QTest::addColumn<QString>("saved");
    QTest::addColumn<bool>("envKeys");
    QTest::addColumn<QString>("outcome"); // ready:<profile or env> / none / failed
    QTest::newRow("nothing configured: first run")
        << QStringList() << QString() << false << QStringLiteral("none");
    QTest::newRow("default profile") << QStringList {QStringLiteral("a"), QStringLiteral("b")}
                                     << QString() << false << QStringLiteral("ready:a");
    QTest::newRow("last used profile wins")
        << QStringList {QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("b") << false
        << QStringLiteral("ready:b");
    QTest::newRow("last used profile is gone")
        << QStringList {QStringLiteral("a")} << QStringLiteral("gone") << false
        << QStringLiteral("ready:a");
    QTest::newRow("environment keys")
        << QStringList() << QString() << true << QStringLiteral("ready:env");
}

void TestAccountsController::startChooses()
{
    QFETCH(QStringList, profiles);
    QFETCH(QString, saved);
    QFETCH(bool, envKeys);
    QFETCH(QString, outcome);
    QVERIFY(m_profiles->load());
    for (int i = 0; i < profiles.size(); ++i)
        addProfile(profiles.at(i), i == 0);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path());
    if (envKeys) {
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI5tFAKEenv"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("FAKE-env"));
    }
    AccountsController accounts(m_window.get(), m_profiles.get(), m_secrets.get(), env);
    QSignalSpy ready(&accounts, &AccountsController::credentialsReady);
    QSignalSpy failed(&accounts, &AccountsController::credentialsFailed);
    QSignalSpy none(&accounts, &AccountsController::noCredentials);
    accounts.start(saved);
    QTRY_COMPARE(ready.size() + failed.size() + none.size(), 1);
    QTest::qWait(0);
    QCOMPARE(ready.size() + failed.size() + none.size(), 1); // exactly one outcome
    if (outcome == QLatin1String("none")) {
        QCOMPARE(none.size(), 1);
        return;
    }
    QCOMPARE(ready.size(), 1);
    const auto credentials = ready.at(0).at(0).value<ResolvedCredentials>();
    const QString expected = outcome.mid(6);
    if (expected == QLatin1String("env")) {
        QCOMPARE(credentials.source, CredentialSource::Environment);
        QCOMPARE(accounts.currentProfile(), QString());
    } else {
        QCOMPARE(credentials.profileName, expected);
        QCOMPARE(credentials.provider->last().value().key.secret,
                 QStringLiteral("FAKE-") + expected);
        QCOMPARE(accounts.profileSwitcher()->currentProfile(), expected);
        QCOMPARE(accounts.currentProfile(), expected);
    }
}

void TestAccountsController::switcherSelectsAnotherProfile()
{
    QVERIFY(m_profiles->load());
    addProfile(QStringLiteral("a"), true);
    addProfile(QStringLiteral("b"), false);
    AccountsController accounts(m_window.get(), m_profiles.get(), m_secrets.get(),
                                QProcessEnvironment());
    QSignalSpy ready(&accounts, &AccountsController::credentialsReady);
    accounts.start();
    QTRY_COMPARE(ready.size(), 1);
    m_window->show();
    auto *combo
        = accounts.profileSwitcher()->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(ready.at(1).at(0).value<ResolvedCredentials>().profileName, QStringLiteral("b"));
    QCOMPARE(accounts.currentProfile(), QStringLiteral("b"));
}

void TestAccountsController::firstAccountIsUsedAtOnce()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path());
    AccountsController accounts(m_window.get(), m_profiles.get(), m_secrets.get(), env);
    QSignalSpy ready(&accounts, &AccountsController::credentialsReady);
    QSignalSpy none(&accounts, &AccountsController::noCredentials);
    accounts.start();
    QTRY_COMPARE(none.size(), 1);
    addProfile(QStringLiteral("first"), true); // what the account manager does after "Add"
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(0).value<ResolvedCredentials>().profileName, QStringLiteral("first"));
}

void TestAccountsController::firstRunButtons()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path()); // no aliyun CLI config here
    AccountsController accounts(m_window.get(), m_profiles.get(), m_secrets.get(), env);
    QSignalSpy demo(&accounts, &AccountsController::demoRequested);
    FirstRunWidget *firstRun = accounts.firstRunWidget();
    QVERIFY(
        !firstRun->findChild<QCommandLinkButton *>(QStringLiteral("importButton"))->isEnabled());
    QTest::mouseClick(firstRun->findChild<QCommandLinkButton *>(QStringLiteral("demoButton")),
                      Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    m_window->show();
    QTest::mouseClick(firstRun->findChild<QCommandLinkButton *>(QStringLiteral("addAccountButton")),
                      Qt::LeftButton);
    auto *manager
        = m_window->findChild<AccountManagerDialog *>(QStringLiteral("accountManagerDialog"));
    QVERIFY(manager && manager->isVisible());
    QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("profileEditorDialog")));
}

QTEST_MAIN(TestAccountsController)
// Defect: an edited endpoint (or key) of the account in use took effect only after switching
// accounts away and back.
void TestAccountsController::editingTheAccountInUseReconnects()
{
    addProfile(QStringLiteral("a"), true);
    addProfile(QStringLiteral("b"), false);
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path());
    AccountsController accounts(m_window.get(), m_profiles.get(), m_secrets.get(), env);
    QSignalSpy ready(&accounts, &AccountsController::credentialsReady);
    accounts.start();
    QTRY_COMPARE(ready.size(), 1);
    m_window->show();
    accounts.manageAccounts();
    auto *manager
        = m_window->findChild<AccountManagerDialog *>(QStringLiteral("accountManagerDialog"));
    QVERIFY(manager);
    manager->selectProfile(QStringLiteral("a"));
    QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("editButton")),
                      Qt::LeftButton);
    QDialog *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<QDialog *>(QStringLiteral("profileEditorDialog"))));
    auto *endpoint = editor->findChild<QLineEdit *>(QStringLiteral("endpointEdit"));
    endpoint->setText(QStringLiteral("http://127.0.0.1:9"));
    editor->accept();
    QTRY_COMPARE(ready.size(), 2);
    const auto again = ready.at(1).at(0).value<ResolvedCredentials>();
    QCOMPARE(again.profileName, QStringLiteral("a"));
    QCOMPARE(again.endpoint, QUrl(QStringLiteral("http://127.0.0.1:9")));

    // Another account edited: the one in use stays connected as it was.
    manager->selectProfile(QStringLiteral("b"));
    QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("editButton")),
                      Qt::LeftButton);
    QTRY_VERIFY((editor = m_window->findChild<QDialog *>(QStringLiteral("profileEditorDialog"))));
    editor->findChild<QLineEdit *>(QStringLiteral("endpointEdit"))
        ->setText(QStringLiteral("http://127.0.0.1:10"));
    editor->accept();
    QTest::qWait(100);
    QCOMPARE(ready.size(), 2);
}

#include "tst_accountscontroller.moc"
