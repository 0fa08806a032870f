#include "accounts/accountmanagerdialog.h"
#include "accounts/accountscontroller.h"
#include "accounts/firstrunwidget.h"
#include "accounts/importaliyundialog.h"
#include "accounts/profileeditordialog.h"
#include "accounts/profileswitcher.h"
#include "credentials/aliyunimport.h"
#include "credentials/profilestore.h"
#include "mainwindow.h"
#include "models/jobbrowser.h"
#include "models/joblistloader.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using TestSupport::child;

class TestAccountWidgets : public QObject
{
    Q_OBJECT

private slots:
    void everyInteractiveChildIsNamed();
    void revealToggle_data();
    void revealToggle();
    void editorValidation_data();
    void editorValidation();
    void editModeKeepsTheSecret();
    void caBundleIsPartOfTheProfile();
    void firstRunSignals_data();
    void firstRunSignals();
    void switcherListsProfiles();
    void importChecklist();
    void importAsksBeforeMakingTheDefault_data();
    void importAsksBeforeMakingTheDefault();
    void importNeedsAnAliyunFile();
    void screenshots();
};

void TestAccountWidgets::everyInteractiveChildIsNamed()
{
    ProfileEditorDialog editor;
    FirstRunWidget firstRun;
    ProfileSwitcher switcher(nullptr);
    for (QWidget *root : std::initializer_list<QWidget *> {&editor, &firstRun, &switcher}) {
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QLineEdit *>(w)
                || qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w);
            // Internal children of composite widgets (the combo's own line edit) are Qt's.
            if (!interactive || w->parentWidget() != root)
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->toolTip().isEmpty() || qobject_cast<QCheckBox *>(w),
                     qPrintable(w->objectName()));
        }
    }
}

void TestAccountWidgets::revealToggle_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("action");
    QTest::newRow("secret") << QStringLiteral("secretEdit") << QStringLiteral("revealSecretAction");
    QTest::newRow("token") << QStringLiteral("securityTokenEdit")
                           << QStringLiteral("revealTokenAction");
}

void TestAccountWidgets::revealToggle()
{
    QFETCH(QString, edit);
    QFETCH(QString, action);
    ProfileEditorDialog editor;
    auto *field = editor.findChild<QLineEdit *>(edit);
    auto *reveal = editor.findChild<QAction *>(action);
    QVERIFY(field && reveal);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    reveal->trigger();
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QVERIFY(reveal->toolTip().startsWith(QStringLiteral("Hide")));
    reveal->trigger();
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(reveal->toolTip().startsWith(QStringLiteral("Show")));
    QVERIFY(!reveal->shortcut().isEmpty()); // reachable from the keyboard
}

void TestAccountWidgets::editorValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("sts");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("problem"); // empty: acceptable

    QTest::newRow("complete AccessKey") << "prod"
                                        << "LTAI5tFAKE0001"
                                        << "FAKE-s" << false << ""
                                        << ""
                                        << "";
    QTest::newRow("complete STS") << "tmp"
                                  << "STS.FAKE0001"
                                  << "FAKE-s" << true << "FAKE-t"
                                  << ""
                                  << "";
    QTest::newRow("https endpoint") << "prod"
                                    << "LTAI5tFAKE0001"
                                    << "FAKE-s" << false << ""
                                    << "https://actiontrail-vpc.cn-hangzhou.aliyuncs.com"
                                    << "";
    QTest::newRow("no name") << ""
                             << "LTAI5tFAKE0001"
                             << "FAKE-s" << false << ""
                             << ""
                             << "name is empty";
    QTest::newRow("name with slash") << "a/b"
                                     << "LTAI5tFAKE0001"
                                     << "FAKE-s" << false << ""
                                     << ""
                                     << "invalid profile name";
    QTest::newRow("name taken") << "taken"
                                << "LTAI5tFAKE0001"
                                << "FAKE-s" << false << ""
                                << ""
                                << "already exists";
    QTest::newRow("no key id") << "prod"
                               << ""
                               << "FAKE-s" << false << ""
                               << ""
                               << "access key id is empty";
    QTest::newRow("no secret") << "prod"
                               << "LTAI5tFAKE0001"
                               << "" << false << ""
                               << ""
                               << "Enter the AccessKey secret";
    QTest::newRow("STS without token") << "tmp"
                                       << "STS.FAKE0001"
                                       << "FAKE-s" << true << ""
                                       << ""
                                       << "security token";
    QTest::newRow("plain http endpoint") << "prod"
                                         << "LTAI5tFAKE0001"
                                         << "FAKE-s" << false << ""
                                         << "http://actiontrail.cn-hangzhou.aliyuncs.com"
                                         << "plain http";
    QTest::newRow("token too long for the keychain")
        << "tmp"
        << "STS.FAKE0001"
        << "FAKE-s" << true << QString(3000, QLatin1Char('t')) << ""
        << "too long";
}

void TestAccountWidgets::editorValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(bool, sts);
    QFETCH(QString, token);
    QFETCH(QString, endpoint);
    QFETCH(QString, problem);

    ProfileEditorDialog editor;
    editor.setExistingNames({QStringLiteral("taken")});
    // Typed like a user, so the textChanged-driven validation runs.
    QTest::keyClicks(child<QLineEdit>(&editor, "nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>(&editor, "accessKeyIdEdit"), keyId);
    QTest::keyClicks(child<QLineEdit>(&editor, "secretEdit"), secret);
    child<QCheckBox>(&editor, "stsCheck")->setChecked(sts);
    child<QLineEdit>(&editor, "securityTokenEdit")->setText(token);
    QTest::keyClicks(child<QLineEdit>(&editor, "endpointEdit"), endpoint);

    auto *save = child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Save);
    auto *label = child<QLabel>(&editor, "validationLabel");
    QCOMPARE(save->isEnabled(), problem.isEmpty());
    QCOMPARE(child<QLineEdit>(&editor, "securityTokenEdit")->isEnabled(), sts);
    if (problem.isEmpty()) {
        QCOMPARE(label->text(), QString());
        const Profile p = editor.profile();
        QCOMPARE(p.name, name);
        QCOMPARE(p.accessKeyId, keyId);
        QCOMPARE(p.kind, sts ? CredentialKind::StsToken : CredentialKind::AccessKey);
        QCOMPARE(p.region, QStringLiteral("cn-hangzhou"));
        QCOMPARE(editor.secret(), (ProfileSecret {secret, sts ? token : QString()}));
    } else {
        QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
    }
}

void TestAccountWidgets::caBundleIsPartOfTheProfile()
{
    Profile p;
    p.name = QStringLiteral("inspected");
    p.accessKeyId = QStringLiteral("LTAI5tFAKE0001");
    p.region = QStringLiteral("cn-hangzhou");
    p.caBundle = QStringLiteral("/etc/ssl/corp/inspection-ca.pem");
    ProfileEditorDialog editor;
    editor.setProfile(p);
    QCOMPARE(child<QLineEdit>(&editor, "caBundleEdit")->text(), p.caBundle);
    QCOMPARE(editor.profile().caBundle, p.caBundle);
    // Stored with the profile (profiles.json) and read back.
    Profile again;
    QString why;
    QVERIFY2(Profile::fromJson(p.toJson(), &again, &why), qPrintable(why));
    QCOMPARE(again.caBundle, p.caBundle);
    QCOMPARE(again, p);
}

void TestAccountWidgets::editModeKeepsTheSecret()
{
    Profile p;
    p.name = QStringLiteral("prod");
    p.accessKeyId = QStringLiteral("LTAI5tFAKE0001");
    p.region = QStringLiteral("eu-west-1");
    p.signatureVersion = SignatureVersion::V1;
    ProfileEditorDialog editor;
    editor.setExistingNames({QStringLiteral("prod")});
    editor.setProfile(p);
    QVERIFY(child<QLineEdit>(&editor, "nameEdit")->isReadOnly());
    auto *save = child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled()); // the secret may stay empty: it is kept
    QVERIFY(!editor.isSecretChanged());
    QCOMPARE(editor.profile(), p);
    child<QComboBox>(&editor, "regionCombo")->setCurrentText(QStringLiteral("my-private-region"));
    QCOMPARE(editor.profile().region, QStringLiteral("my-private-region")); // any region id
    // Switching to STS needs the secret and token again.
    child<QCheckBox>(&editor, "stsCheck")->setChecked(true);
    QVERIFY(editor.isSecretChanged());
    QVERIFY(!save->isEnabled());
}

void TestAccountWidgets::firstRunSignals_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("expected"); // 0 add, 1 import, 2 demo
    QTest::newRow("add") << QStringLiteral("addAccountButton") << 0;
    QTest::newRow("import") << QStringLiteral("importButton") << 1;
    QTest::newRow("demo") << QStringLiteral("demoButton") << 2;
}

void TestAccountWidgets::firstRunSignals()
{
    QFETCH(QString, button);
    QFETCH(int, expected);
    FirstRunWidget widget;
    QSignalSpy add(&widget, &FirstRunWidget::addAccountRequested);
    QSignalSpy import(&widget, &FirstRunWidget::importRequested);
    QSignalSpy demo(&widget, &FirstRunWidget::demoRequested);
    auto *b = widget.findChild<QCommandLinkButton *>(button);
    QVERIFY(b);
    QVERIFY(!b->accessibleName().isEmpty());
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(QList<int>({int(add.size()), int(import.size()), int(demo.size())}),
             QList<int>({expected == 0, expected == 1, expected == 2}));
    // Keyboard: Space on the focused button does the same.
    widget.show();
    b->setFocus();
    QTest::keyClick(b, Qt::Key_Space);
    QCOMPARE(add.size() + import.size() + demo.size(), 2);

    widget.setImportAvailable(false, QStringLiteral("No ~/.aliyun/config.json"));
    auto *importButton = widget.findChild<QCommandLinkButton *>(QStringLiteral("importButton"));
    QVERIFY(!importButton->isEnabled());
    QCOMPARE(importButton->toolTip(), QStringLiteral("No ~/.aliyun/config.json"));
}

void TestAccountWidgets::switcherListsProfiles()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(store.load());
    Profile a;
    a.name = QStringLiteral("alpha");
    a.accessKeyId = QStringLiteral("LTAI5tFAKEalpha");
    Profile b = a;
    b.name = QStringLiteral("beta");
    Profile t = a;
    t.name = QStringLiteral("temp");
    t.sessionOnly = true;
    QVERIFY(store.save(a) && store.save(b) && store.save(t));
    QVERIFY(store.setDefaultProfile(QStringLiteral("beta")));

    ProfileSwitcher switcher(&store);
    auto *combo = child<QComboBox>(&switcher, "profileCombo");
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(1), QStringLiteral("beta (default)"));
    QCOMPARE(combo->itemText(2), QStringLiteral("temp (this session only, not saved)"));
    QCOMPARE(switcher.currentProfile(), QStringLiteral("beta")); // the default is preselected
    QVERIFY(
        combo->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("LTAI****lpha")));

    QSignalSpy selected(&switcher, &ProfileSwitcher::profileSelected);
    QSignalSpy manage(&switcher, &ProfileSwitcher::manageRequested);
    switcher.setCurrentProfile(QStringLiteral("alpha"));
    QCOMPARE(selected.size(), 0); // programmatic selection is silent
    switcher.show();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // keyboard selection is a user choice
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("beta"));
    QTest::mouseClick(child<QToolButton>(&switcher, "manageAccountsButton"), Qt::LeftButton);
    QCOMPARE(manage.size(), 1);
    switcher.setManageButtonVisible(false);
    QVERIFY(!child<QToolButton>(&switcher, "manageAccountsButton")->isVisible());

    // The selected profile disappears: the switcher says which one is current now.
    QVERIFY(store.remove(QStringLiteral("beta")));
    QVERIFY(selected.wait(5000));
    QCOMPARE(selected.last().at(0).toString(), switcher.currentProfile());
    QCOMPARE(combo->count(), 2);
}

void TestAccountWidgets::importChecklist()
{
    ImportResult found;
    for (const char *name : {"work", "existing", "temp"}) {
        ImportCandidate c;
        c.profile.name = QLatin1String(name);
        c.profile.accessKeyId = QStringLiteral("LTAI5tFAKE") + QLatin1String(name);
        c.secret.secret = QStringLiteral("FAKE-") + QLatin1String(name);
        found.candidates << c;
    }
    found.skipped << ImportProblem {QStringLiteral("role"), QStringLiteral("f"),
                                    QStringLiteral("mode RamRoleArn is not supported yet")};
    ImportAliyunDialog dialog(found, {QStringLiteral("existing")});
    auto *list = child<QListWidget>(&dialog, "candidateList");
    QCOMPARE(list->count(), 3);
    QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled)); // already exists here
    QCOMPARE(child<QListWidget>(&dialog, "skippedList")->item(0)->text(),
             QStringLiteral("role: mode RamRoleArn is not supported yet"));
    QCOMPARE(dialog.selectedCandidates().size(), 2);
    list->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.selectedCandidates().size(), 1);
    QCOMPARE(dialog.selectedCandidates().at(0).profile.name, QStringLiteral("temp"));
    auto *import = child<QPushButton>(&dialog, "importButton");
    QVERIFY(import->isEnabled());
    list->item(2)->setCheckState(Qt::Unchecked);
    QVERIFY(!import->isEnabled()); // nothing to confirm
    QVERIFY(
        child<QLabel>(&dialog, "confirmationLabel")->text().contains(QStringLiteral("keychain")));
}

void TestAccountWidgets::importAsksBeforeMakingTheDefault_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<bool>("offered");
    QTest::newRow("the CLI's current profile is importable") << QStringLiteral("work") << true;
    QTest::newRow("the CLI's current profile cannot be imported")
        << QStringLiteral("role") << false;
    QTest::newRow("the CLI's current profile exists here") << QStringLiteral("existing") << false;
    QTest::newRow("the CLI has no current profile") << QString() << false;
}

void TestAccountWidgets::importAsksBeforeMakingTheDefault()
{
    QFETCH(QString, current);
    QFETCH(bool, offered);
    ImportResult found;
    for (const char *name : {"work", "existing"}) {
        ImportCandidate c;
        c.profile.name = QLatin1String(name);
        c.profile.accessKeyId = QStringLiteral("LTAI5tFAKE") + QLatin1String(name);
        c.secret.secret = QStringLiteral("FAKE-") + QLatin1String(name);
        found.candidates << c;
    }
    found.skipped << ImportProblem {QStringLiteral("role"), QStringLiteral("f"),
                                    QStringLiteral("mode EcsRamRole is not supported")};
    found.currentProfile = current;
    ImportAliyunDialog dialog(found, {QStringLiteral("existing")});
    auto *check = child<QCheckBox>(&dialog, "makeDefaultCheck");
    QCOMPARE(!check->isHidden(), offered);
    QVERIFY(!dialog.makeCurrentDefault()); // asked, not assumed
    dialog.setMakeCurrentDefault(true);
    QCOMPARE(dialog.makeCurrentDefault(), offered);
    if (offered)
        QVERIFY2(check->text().contains(QStringLiteral("\"work\"")), qPrintable(check->text()));
}

// Not a check: with BACKFILL_SCREENSHOT_DIR set, saves what each widget looks like for review.
void TestAccountWidgets::screenshots()
{
    const QString dir = qEnvironmentVariable("BACKFILL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set BACKFILL_SCREENSHOT_DIR to save screenshots");
    QTemporaryDir tmp;
    ProfileStore store(tmp.filePath(QStringLiteral("profiles.json")));
    QVERIFY(store.load());
    Profile a;
    a.name = QStringLiteral("prod");
    a.accessKeyId = QStringLiteral("LTAI5tFAKEprodwxyz");
    a.region = QStringLiteral("cn-shanghai");
    Profile t = a;
    t.name = QStringLiteral("temp");
    t.kind = CredentialKind::StsToken;
    t.sessionOnly = true;
    QVERIFY(store.save(a) && store.save(t) && store.setDefaultProfile(QStringLiteral("prod")));

    ProfileEditorDialog editor;
    editor.setExistingNames({QStringLiteral("prod")});
    child<QLineEdit>(&editor, "nameEdit")->setText(QStringLiteral("staging"));
    child<QLineEdit>(&editor, "accessKeyIdEdit")->setText(QStringLiteral("LTAI5tFAKEstaging1"));
    child<QLineEdit>(&editor, "secretEdit")->setText(QStringLiteral("FAKE-secret"));
    child<QCheckBox>(&editor, "stsCheck")->setChecked(true);
    editor.show();
    QVERIFY(editor.grab().save(dir + QStringLiteral("/profileeditor.png")));

    FirstRunWidget firstRun;
    firstRun.resize(640, 420);
    firstRun.show();
    QVERIFY(firstRun.grab().save(dir + QStringLiteral("/firstrun.png")));

    ProfileSwitcher switcher(&store);
    switcher.show();
    QVERIFY(switcher.grab().save(dir + QStringLiteral("/switcher.png")));

    ImportResult found = AliyunImport::parseCliConfig(
        QByteArray(
            R"({"profiles":[{"name":"work","mode":"AK","access_key_id":"LTAI5tFAKEwork0001","access_key_secret":"s","region_id":"cn-shanghai"},{"name":"prod","mode":"AK","access_key_id":"LTAI5tFAKEprod0001","access_key_secret":"s"},{"name":"role","mode":"RamRoleArn"}]})"),
        QStringLiteral("~/.aliyun/config.json"));
    ImportAliyunDialog import(found, {QStringLiteral("prod")});
    import.show();
    QVERIFY(import.grab().save(dir + QStringLiteral("/import.png")));

    SecretStore secrets;
    AccountManagerDialog manager(&store, &secrets, QProcessEnvironment());
    manager.show();
    QVERIFY(manager.grab().save(dir + QStringLiteral("/accountmanager.png")));

    // In place: the main window's first-run screen and toolbar with the accounts widgets.
    for (const bool withProfiles : {false, true}) {
        QTemporaryDir emptyDir;
        ProfileStore empty(emptyDir.filePath(QStringLiteral("profiles.json")));
        JobBrowser browser;
        MainWindow window(&browser);
        AccountsController accounts(&window, withProfiles ? &store : &empty, &secrets,
                                    QProcessEnvironment());
        window.setFirstRunWidget(accounts.firstRunWidget());
        accounts.profileSwitcher()->setManageButtonVisible(false); // the window has its own
        window.setProfileSwitcher(accounts.profileSwitcher());
        accounts.start();
        window.resize(1100, 600);
        window.show();
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir
                                   + (withProfiles ? QStringLiteral("/mainwindow-switcher.png")
                                                   : QStringLiteral("/mainwindow-firstrun.png"))));
    }
}

void TestAccountWidgets::importNeedsAnAliyunFile()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    ProfileStore store(home.filePath(QStringLiteral("profiles.json")));
    SecretStore secrets;
    const QString cliConfig = home.filePath(QStringLiteral(".aliyun/config.json"));
    {
        AccountManagerDialog manager(&store, &secrets, environment);
        auto *import = child<QPushButton>(&manager, "importButton");
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(cliConfig), qPrintable(import->toolTip()));
    }
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aliyun")));
    QFile config(cliConfig);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"current":"","profiles":[]})");
    config.close();
    AccountManagerDialog manager(&store, &secrets, environment);
    auto *import = child<QPushButton>(&manager, "importButton");
    QVERIFY(import->isEnabled());
    QVERIFY2(import->toolTip().contains(cliConfig), qPrintable(import->toolTip()));
}

QTEST_MAIN(TestAccountWidgets)
#include "tst_accountwidgets.moc"
