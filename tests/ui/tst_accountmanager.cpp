#include "accounts/accountmanagerdialog.h"
#include "accounts/importaliyundialog.h"
#include "accounts/profileeditordialog.h"
#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"
#include "scriptedhttpserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The account manager against the real keychain of with-keyring.sh: what a user clicks through.
class TestAccountManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addEditSetDefaultRemove();
    void importFromAliyunCli();
    void importChainedRoleBringsItsSource();
    void testConnectionIsDelegated();
    void testConnectionCallsTheService();
    void leftoversAreFoundAndOfferedForRemoval();

private:
    template<typename T> T *waitForDialog(const char *name)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                found = m_dialog->findChild<T *>(QLatin1String(name));
                return found && found->isVisible();
            },
            5000);
        return shown ? found : nullptr;
    }
    bool waitIdle()
    {
        return QTest::qWaitFor([&] { return !m_dialog->isBusy(); }, 30000);
    }
    QString keychain()
    {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels);
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral(BACKFILL_APP_ID)});
        tool.waitForFinished(30000);
        return QString::fromUtf8(tool.readAll());
    }
    QStringList rows() const
    {
        QStringList out;
        auto *list = m_dialog->findChild<QTreeWidget *>(QStringLiteral("profileList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QStringList cells;
            for (int c = 0; c < list->columnCount(); ++c)
                cells << list->topLevelItem(i)->text(c);
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }
    QString status() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountManagerDialog> m_dialog;
};

void TestAccountManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<SecretStore>();
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path());
    m_dialog = std::make_unique<AccountManagerDialog>(m_profiles.get(), m_secrets.get(), env);
    m_dialog->show();
}

void TestAccountManager::cleanup()
{
    m_dialog.reset();
    m_secrets.reset();
    m_profiles.reset();
}

void TestAccountManager::addEditSetDefaultRemove()
{
    QSignalSpy busy(m_dialog.get(), &AccountManagerDialog::busyChanged);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("addButton")),
                      Qt::LeftButton);
    auto *editor = waitForDialog<ProfileEditorDialog>("profileEditorDialog");
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("prod"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("accessKeyIdEdit")),
                     QStringLiteral("LTAI5tFAKEguiwxyz"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("secretEdit")),
                     QStringLiteral("FAKE-gui-secret"));
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(m_dialog->isBusy()); // the keychain write is running; the dialog shows it
    QVERIFY(m_dialog->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
    QVERIFY(waitIdle());
    QCOMPARE(busy.size(), 2);
    QVERIFY2(status().contains(QStringLiteral("Saved \"prod\"")), qPrintable(status()));
    QCOMPARE(
        rows(),
        QStringList {QStringLiteral("prod (default)|LTAI****wxyz|cn-hangzhou|AccessKey|Keychain")});
    QVERIFY(keychain().contains(QStringLiteral("attribute.user = " BACKFILL_APP_ID "/prod")));
    QVERIFY(!QFile(m_profiles->filePath()).open(QIODevice::ReadOnly)
            || !QFile(m_profiles->filePath()).readAll().contains("FAKE-gui-secret"));

    // Edit: change the region, keep the secret.
    m_dialog->selectProfile(QStringLiteral("prod"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("editButton")),
                      Qt::LeftButton);
    editor = waitForDialog<ProfileEditorDialog>("profileEditorDialog");
    QVERIFY(editor);
    editor->findChild<QComboBox *>(QStringLiteral("regionCombo"))
        ->setCurrentText(QStringLiteral("eu-west-1"));
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(m_profiles->profile(QStringLiteral("prod"))->region, QStringLiteral("eu-west-1"));
    SecretStore fresh; // not the dialog's cache: the keychain itself still holds the secret
    SecretJob *read = fresh.read(QStringLiteral("prod"));
    QString kept;
    connect(read, &SecretJob::finished, this,
            [&kept](SecretJob *job) { kept = job->secret().secret; });
    QSignalSpy readDone(read, &SecretJob::finished);
    QVERIFY(readDone.wait(30000));
    QCOMPARE(kept, QStringLiteral("FAKE-gui-secret"));

    // Remove through the confirmation.
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("removeButton")),
                      Qt::LeftButton);
    auto *question = waitForDialog<QMessageBox>("removeQuestion");
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                      Qt::LeftButton);
    QTest::qWait(0);
    QVERIFY(waitIdle());
    QVERIFY2(status().contains(QStringLiteral("Removed \"prod\"")), qPrintable(status()));
    QVERIFY(rows().isEmpty());
    QVERIFY(!keychain().contains(QStringLiteral("/prod")));
}

void TestAccountManager::importFromAliyunCli()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral(".aliyun")));
    QVERIFY(QFile::copy(QStringLiteral(BACKFILL_TEST_DATA_DIR "/credentials/aliyun-new.json"),
                        m_dir->filePath(QStringLiteral(".aliyun/config.json"))));
    // Import is offered once the file exists; the dialog looks again when it is activated.
    m_dialog->hide();
    m_dialog->show();
    m_dialog->activateWindow();
    QTRY_VERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    auto *checklist = waitForDialog<ImportAliyunDialog>("importAliyunDialog");
    QVERIFY(checklist);
    QCOMPARE(checklist->selectedCandidates().size(), 5); // the RamRoleArn profile too
    QTest::mouseClick(checklist->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    QTest::qWait(0);
    QVERIFY(waitIdle());
    QVERIFY2(status().contains(QStringLiteral("Imported 5 account(s)")), qPrintable(status()));
    QCOMPARE(rows().size(), 5);
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("work")); // the CLI's "current"
    QVERIFY(rows().contains(QStringLiteral("temp|STS.****0002|ap-southeast-1|STS token|Keychain")));
    QVERIFY(keychain().contains(QStringLiteral("\"t\":\"FAKE-temp-token\"")));
    for (const Profile &p : m_profiles->profiles()) {
        SecretJob *job = m_secrets->remove(p.name);
        QSignalSpy done(job, &SecretJob::finished);
        QVERIFY(done.wait(30000));
    }
}

void TestAccountManager::importChainedRoleBringsItsSource()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral(".aliyun")));
    QFile file(m_dir->filePath(QStringLiteral(".aliyun/config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"current": "top", "profiles": [
        {"name": "base", "mode": "RamRoleArn", "access_key_id": "LTAI5tFAKEguichain",
         "access_key_secret": "FAKE-gui-chain-base", "ram_role_arn": "acs:ram::1:role/base"},
        {"name": "top", "mode": "ChainableRamRoleArn", "source_profile": "base",
         "ram_role_arn": "acs:ram::1:role/top"}]})");
    file.close();
    m_dialog->hide();
    m_dialog->show();
    m_dialog->activateWindow();
    QTRY_VERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    auto *checklist = waitForDialog<ImportAliyunDialog>("importAliyunDialog");
    QVERIFY(checklist);
    auto *list = checklist->findChild<QListWidget *>(QStringLiteral("candidateList"));
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(1)->text().contains(
                 QStringLiteral("role acs:ram::1:role/top with the credentials of \"base\"")),
             qPrintable(list->item(1)->text()));
    list->item(0)->setCheckState(Qt::Unchecked); // only the chained role is asked for
    QCOMPARE(checklist->selectedCandidates().size(), 1);
    QTest::mouseClick(checklist->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    QTest::qWait(0);
    QVERIFY(waitIdle());
    QVERIFY2(status().contains(QStringLiteral("Imported 2 account(s)")), qPrintable(status()));
    QCOMPARE(m_profiles->profile(QStringLiteral("top"))->kind, CredentialKind::ChainableRamRoleArn);
    QCOMPARE(m_profiles->profile(QStringLiteral("top"))->sourceProfile, QStringLiteral("base"));
    QCOMPARE(m_profiles->profile(QStringLiteral("base"))->kind, CredentialKind::RamRoleArn);
    QVERIFY(keychain().contains(QStringLiteral("/base")));
    SecretJob *job = m_secrets->remove(QStringLiteral("base"));
    QSignalSpy done(job, &SecretJob::finished);
    QVERIFY(done.wait(30000));
}

void TestAccountManager::testConnectionIsDelegated()
{
    Profile p;
    p.name = QStringLiteral("prod");
    p.accessKeyId = QStringLiteral("LTAI5tFAKE0001");
    p.sessionOnly = true;
    QVERIFY(m_profiles->save(p));
    m_dialog->selectProfile(QStringLiteral("prod"));
    QSignalSpy asked(m_dialog.get(), &AccountManagerDialog::testConnectionRequested);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("prod"));
    QVERIFY(m_dialog->isBusy());
    m_dialog->setConnectionTestResult(QStringLiteral("other"), true, QString());
    QVERIFY(m_dialog->isBusy()); // not the question asked
    m_dialog->setConnectionTestResult(QStringLiteral("prod"), false,
                                      QStringLiteral("InvalidAccessKeyId.NotFound"));
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(status().contains(QStringLiteral("InvalidAccessKeyId.NotFound")));
    QVERIFY(rows().at(0).contains(QStringLiteral("This session only")));
}

void TestAccountManager::testConnectionCallsTheService()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &) {
        return ScriptedResponse::errorBody(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                                           QStringLiteral("Specified access key is not found."));
    });
    Profile p;
    p.name = QStringLiteral("prod");
    p.accessKeyId = QStringLiteral("LTAI5tFAKE0001");
    p.endpoint = server.url();
    p.sessionOnly = true;
    QVERIFY(m_profiles->save(p));
    m_secrets->holdForSession(p.name, {QStringLiteral("FAKE-s"), {}});
    QNetworkAccessManager network;
    QProcessEnvironment environment; // STS, asked who signed in, is the same loopback server
    environment.insert(QStringLiteral("ALIBABA_CLOUD_STS_ENDPOINT"), server.url().toString());
    CredentialResolver resolver(m_profiles.get(), m_secrets.get(), environment);
    m_dialog->setConnectionTester(&network, &resolver);
    m_dialog->selectProfile(QStringLiteral("prod"));
    QSignalSpy asked(m_dialog.get(), &AccountManagerDialog::testConnectionRequested);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(waitIdle());
    QCOMPARE(asked.size(), 0); // handled by the dialog itself
    QCOMPARE(server.requests().size(), 2); // one task listed, then who signed in
    QCOMPARE(server.requests().constFirst().queryValue(QStringLiteral("PageSize")),
             QStringLiteral("1"));
    QCOMPARE(server.requests().constLast().header("x-acs-action"), QByteArray("GetCallerIdentity"));
    QVERIFY2(status().contains(QStringLiteral("does not work"))
                 && status().contains(QStringLiteral("InvalidAccessKeyId.NotFound")),
             qPrintable(status()));
}

void TestAccountManager::leftoversAreFoundAndOfferedForRemoval()
{
    // What a kill in the middle of an add leaves: the name reserved and the secret written, no
    // profile. And what a kill in the middle of a remove leaves: a profile without its secret.
    QVERIFY(m_profiles->reserve(QStringLiteral("half")));
    SecretJob *write = m_secrets->write(QStringLiteral("half"),
                                        ProfileSecret {QStringLiteral("FAKE-half-secret"), {}});
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(30000));
    Profile lonely;
    lonely.name = QStringLiteral("lonely");
    lonely.accessKeyId = QStringLiteral("LTAI5tFAKElonely");
    QVERIFY(m_profiles->save(lonely));

    m_dialog = std::make_unique<AccountManagerDialog>(m_profiles.get(), m_secrets.get(),
                                                      QProcessEnvironment());
    m_dialog->show();
    QTRY_VERIFY_WITH_TIMEOUT(rows().size() == 2, 30000);
    QVERIFY2(rows().contains(QStringLiteral("half|||Secret only|Keychain: no account uses it")),
             qPrintable(rows().join(QLatin1Char('\n'))));
    QVERIFY2(rows().contains(QStringLiteral("lonely (default)|LTAI****nely||AccessKey|Keychain: "
                                            "secret missing"))
                 || rows().contains(
                     QStringLiteral("lonely|LTAI****nely||AccessKey|Keychain: secret missing")),
             qPrintable(rows().join(QLatin1Char('\n'))));
    QVERIFY2(status().contains(QStringLiteral("Found 2 leftover")), qPrintable(status()));

    m_dialog->selectProfile(QStringLiteral("half"));
    auto *remove = m_dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *question = waitForDialog<QMessageBox>("removeOrphanQuestion");
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                      Qt::LeftButton);
    QTest::qWait(0);
    QVERIFY(waitIdle());
    QVERIFY2(status().contains(QStringLiteral("Deleted the leftover secret \"half\"")),
             qPrintable(status()));
    QVERIFY(!keychain().contains(QStringLiteral("/half")));
    QVERIFY(!m_profiles->pendingNames().contains(QStringLiteral("half")));
    QTRY_COMPARE_WITH_TIMEOUT(rows().size(), 1, 30000);
}

QTEST_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
