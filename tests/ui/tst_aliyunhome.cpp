#include "accounts/accountscontroller.h"
#include "appsession.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "emulator/actiontrailemulator.h"
#include "mainwindow.h"
#include "models/jobbrowser.h"
#include "models/jobtablemodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

enum class StsFrom { ConfigFile, Environment, CommandLine };
Q_DECLARE_METATYPE(StsFrom)

// A new admin's first start: a throw-away HOME holding only ~/.aliyun/config.json whose current
// profile is a RamRoleArn (its STS the emulator's, over loopback). The window must work with no
// import, name what it uses, and say who signed in.
class TestAliyunHome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ramRoleOfTheAliyunCliWorksWithoutImport_data();
    void ramRoleOfTheAliyunCliWorksWithoutImport();
    void cloudSsoProfileByNameStaysLive();
};

void TestAliyunHome::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_aliyunhome"));
    QSettings().clear();
}

void TestAliyunHome::ramRoleOfTheAliyunCliWorksWithoutImport_data()
{
    QTest::addColumn<StsFrom>("stsFrom");
    QTest::newRow("sts_endpoint in config.json") << StsFrom::ConfigFile;
    QTest::newRow("ALIBABA_CLOUD_STS_ENDPOINT") << StsFrom::Environment;
    // What runGui() does with --sts-endpoint.
    QTest::newRow("--sts-endpoint") << StsFrom::CommandLine;
}

void TestAliyunHome::ramRoleOfTheAliyunCliWorksWithoutImport()
{
    QFETCH(StsFrom, stsFrom);
    EmulatorConfig config;
    config.key = {QStringLiteral("LTAI5tFAKEaliyunhome"), QStringLiteral("FAKE-aliyun-home"), {}};
    config.jobCount = 5;
    ActionTrailEmulator emulator(config);
    QVERIFY(emulator.listen() != 0);

    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aliyun")));
    QJsonObject auditor {
        {QStringLiteral("name"), QStringLiteral("auditor")},
        {QStringLiteral("mode"), QStringLiteral("RamRoleArn")},
        {QStringLiteral("access_key_id"), config.key.id},
        {QStringLiteral("access_key_secret"), config.key.secret},
        {QStringLiteral("ram_role_arn"),
         QStringLiteral("acs:ram::%1:role/audit").arg(config.sts.accountId)},
        {QStringLiteral("ram_session_name"), QStringLiteral("bb-audit")},
        {QStringLiteral("expired_seconds"), 3600},
        {QStringLiteral("region_id"), QStringLiteral("cn-hangzhou")},
    };
    if (stsFrom == StsFrom::ConfigFile)
        auditor.insert(QStringLiteral("sts_endpoint"), emulator.endpoint().toString());
    QFile file(home.filePath(QStringLiteral(".aliyun/config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("current"), QStringLiteral("auditor")},
                                          {QStringLiteral("profiles"), QJsonArray {auditor}}})
                   .toJson());
    file.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    if (stsFrom == StsFrom::Environment)
        environment.insert(QStringLiteral("ALIBABA_CLOUD_STS_ENDPOINT"),
                           emulator.endpoint().toString());

    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession session(&window);
    ProfileStore profiles(home.filePath(QStringLiteral("profiles.json"))); // none of ours
    SecretStore secrets(QStringLiteral("backfill-browser-test-unused"));
    AccountsController accounts(&window, &profiles, &secrets, environment, session.network());
    if (stsFrom == StsFrom::CommandLine)
        accounts.resolver()->setStsEndpointOverride(emulator.endpoint().toString());
    // The aliyun CLI's config has no ActionTrail endpoint: --endpoint names the emulator.
    session.attachAccounts(&accounts, emulator.endpoint());
    QSignalSpy failed(&accounts, &AccountsController::credentialsFailed);
    QSignalSpy ready(&accounts, &AccountsController::credentialsReady);
    accounts.start();

    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(failed.size(), 0);
    QTRY_COMPARE(browser.model()->rowCount(), config.jobCount);
    QCOMPARE(emulator.sts().sessionCount(), 1); // the role was assumed once, and shared

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->currentText(), QStringLiteral("aliyun CLI: auditor"));
    QVERIFY2(combo->itemData(combo->currentIndex(), Qt::ToolTipRole)
                 .toString()
                 .contains(home.filePath(QStringLiteral(".aliyun/config.json"))),
             qPrintable(combo->itemData(combo->currentIndex(), Qt::ToolTipRole).toString()));

    auto *identity = window.findChild<QLabel *>(QStringLiteral("identityLabel"));
    QVERIFY(identity);
    QTRY_VERIFY(identity->isVisible());
    QVERIFY2(identity->text().startsWith(QStringLiteral("bb-audit @ 1234\u20263456, expires ")),
             qPrintable(identity->text()));
    QVERIFY2(
        identity->toolTip().contains(
            QStringLiteral("acs:ram::%1:assumed-role/audit/bb-audit").arg(config.sts.accountId)),
        qPrintable(identity->toolTip()));
    QVERIFY(window.findChildren<QMessageBox *>().isEmpty()); // no problem was shown
}

void TestAliyunHome::cloudSsoProfileByNameStaysLive()
{
    // A CloudSSO profile is not imported (its credentials last an hour or so and the aliyun CLI
    // renews them): --profile NAME uses it live, with the STS credentials the CLI wrote back.
    EmulatorConfig config;
    config.key = {QStringLiteral("STS.FAKEssocached"), QStringLiteral("FAKE-sso-secret"),
                  QStringLiteral("FAKE-sso-token")};
    config.jobCount = 3;
    ActionTrailEmulator emulator(config);
    QVERIFY(emulator.listen() != 0);

    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aliyun")));
    const QJsonObject plain {
        {QStringLiteral("name"), QStringLiteral("default")},
        {QStringLiteral("mode"), QStringLiteral("AK")},
        {QStringLiteral("access_key_id"), QStringLiteral("LTAI5tFAKEnotthisone")},
        {QStringLiteral("access_key_secret"), QStringLiteral("FAKE-not-this-one")},
    };
    const QJsonObject sso {
        {QStringLiteral("name"), QStringLiteral("sso")},
        {QStringLiteral("mode"), QStringLiteral("CloudSSO")},
        {QStringLiteral("cloud_sso_sign_in_url"),
         QStringLiteral("https://signin-example.alibabacloudsso.com/device/login")},
        {QStringLiteral("cloud_sso_account_id"), config.sts.accountId},
        {QStringLiteral("cloud_sso_access_config"), QStringLiteral("ac-FAKE")},
        {QStringLiteral("access_token"), QStringLiteral("FAKE-sso-access-token")},
        {QStringLiteral("cloud_sso_access_token_expire"),
         QDateTime::currentSecsSinceEpoch() + 3600},
        {QStringLiteral("access_key_id"), config.key.id},
        {QStringLiteral("access_key_secret"), config.key.secret},
        {QStringLiteral("sts_token"), config.key.securityToken},
        {QStringLiteral("sts_expiration"), QDateTime::currentSecsSinceEpoch() + 3000},
    };
    QFile file(home.filePath(QStringLiteral(".aliyun/config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("current"), QStringLiteral("default")},
                                          {QStringLiteral("profiles"), QJsonArray {plain, sso}}})
                   .toJson());
    file.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());

    JobBrowser browser;
    MainWindow window(&browser);
    window.show();
    AppSession session(&window);
    ProfileStore profiles(home.filePath(QStringLiteral("profiles.json")));
    SecretStore secrets(QStringLiteral("backfill-browser-test-unused"));
    AccountsController accounts(&window, &profiles, &secrets, environment, session.network());
    session.attachAccounts(&accounts, emulator.endpoint());
    QSignalSpy failed(&accounts, &AccountsController::credentialsFailed);
    QSignalSpy ready(&accounts, &AccountsController::credentialsReady);
    accounts.start(QStringLiteral("sso")); // what runGui() passes for --profile sso

    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(ready.at(0).at(0).value<ResolvedCredentials>().profileName, QStringLiteral("sso"));
    QTRY_COMPARE(browser.model()->rowCount(), config.jobCount);
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("aliyun CLI: sso"));
}

QTEST_MAIN(TestAliyunHome)
#include "tst_aliyunhome.moc"
