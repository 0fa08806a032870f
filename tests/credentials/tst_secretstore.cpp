#include "credentials/profile.h"
#include "credentials/secretstore.h"
#include "keychaintesthelpers.h"

#include <QDir>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// Runs inside tests/support/with-keyring.sh: a real gnome-keyring on a private session bus.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void readIsCachedForTheSession();
    void jobsRunInOrderAndFinishOnce();
    void tooLargeNeverReachesTheKeychain();
    void foreignEntryIsReportedAsUnreadable();
    void destroyingTheStoreFinishesEveryJob();
    void secretsNeverLandInFiles();
    void itemsGetARecognisableLabel();
    // Must stay last: the keyring cannot be unlocked again without a prompt.
    void lockedKeyringIsAClearError();

private:
    /** Runs a job to completion, checking it emits exactly one finished and deletes itself. */
    static SecretJob::Error run(SecretJob *job, ProfileSecret *secret = nullptr,
                                QString *errorString = nullptr, bool *fromCache = nullptr);
    QStringList m_writtenSecrets;
};

SecretJob::Error TestSecretStore::run(SecretJob *job, ProfileSecret *secret, QString *errorString,
                                      bool *fromCache)
{
    QPointer<SecretJob> guard(job);
    QSignalSpy spy(job, &SecretJob::finished);
    SecretJob::Error error = SecretJob::Error::Other;
    QObject::connect(job, &SecretJob::finished, job, [&](SecretJob *done) {
        error = done->error();
        if (secret)
            *secret = done->secret();
        if (errorString)
            *errorString = done->errorString();
        if (fromCache)
            *fromCache = done->fromCache();
    });
    if (!spy.wait(30000))
        qWarning("keychain job did not finish");
    // Self-deleting: once it is gone it cannot emit a second time.
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 30000))
        qWarning("keychain job did not delete itself");
    if (spy.size() != 1)
        qWarning("finished emitted %d times", int(spy.size()));
    return spy.size() == 1 && guard.isNull() ? error : SecretJob::Error::Other;
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::newRow("AccessKey") << QStringLiteral("prod") << QStringLiteral("FAKE-rt-secret-1")
                               << QString();
    QTest::newRow("STS with a long token")
        << QStringLiteral("sts") << QStringLiteral("FAKE-rt-secret-2")
        << QStringLiteral("FAKE-rt-token-") + QStringLiteral("x").repeated(1500);
    QTest::newRow("non-ASCII and JSON metacharacters")
        << QStringLiteral("odd.name_1") << QStringLiteral("FAKE-\"rt\"\\秘密-3") << QString();
}

void TestSecretStore::roundTrip()
{
    QFETCH(QString, profile);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    const ProfileSecret written {secret, token};
    m_writtenSecrets << secret;

    SecretStore writer;
    QCOMPARE(writer.keyFor(profile), QStringLiteral(BACKFILL_APP_ID "/") + profile);
    QCOMPARE(run(writer.write(profile, written)), SecretJob::Error::None);

    const QString stored = KeychainTest::secretToolSearch(QStringLiteral(BACKFILL_APP_ID));
    QVERIFY2(stored.contains(QStringLiteral("attribute.user = " BACKFILL_APP_ID "/") + profile),
             qPrintable(stored));
    QVERIFY(stored.contains(QStringLiteral("schema = org.qt.keychain")));

    SecretStore reader; // a fresh store has nothing cached: this really reads the keychain
    ProfileSecret read;
    bool fromCache = true;
    QCOMPARE(run(reader.read(profile), &read, nullptr, &fromCache), SecretJob::Error::None);
    QVERIFY(!fromCache);
    QCOMPARE(read, written);

    QCOMPARE(run(reader.remove(profile)), SecretJob::Error::None);
    QVERIFY(!KeychainTest::secretToolSearch(QStringLiteral(BACKFILL_APP_ID))
                 .contains(QStringLiteral(BACKFILL_APP_ID "/") + profile + QLatin1Char('\n')));
    QString errorString;
    QCOMPARE(run(SecretStore().read(profile), nullptr, &errorString), SecretJob::Error::NotFound);
    QVERIFY2(errorString.contains(profile) && errorString.contains(QStringLiteral("locked")),
             qPrintable(errorString));
    // Deleting what is gone is fine: the keychain is as the caller wants it.
    QCOMPARE(run(reader.remove(profile)), SecretJob::Error::None);
}

void TestSecretStore::readIsCachedForTheSession()
{
    SecretStore store;
    const ProfileSecret secret {QStringLiteral("FAKE-cache-secret"), QString()};
    m_writtenSecrets << secret.secret;
    QCOMPARE(run(store.write(QStringLiteral("cached"), secret)), SecretJob::Error::None);
    QVERIFY(store.isCached(QStringLiteral("cached")));

    // Remove it behind the store's back: a cached read must not go to the keychain again.
    QCOMPARE(run(SecretStore().remove(QStringLiteral("cached"))), SecretJob::Error::None);
    ProfileSecret read;
    bool fromCache = false;
    QCOMPARE(run(store.read(QStringLiteral("cached")), &read, nullptr, &fromCache),
             SecretJob::Error::None);
    QVERIFY(fromCache);
    QCOMPARE(read, secret);
    store.forget(QStringLiteral("cached"));
    QCOMPARE(run(store.read(QStringLiteral("cached"))), SecretJob::Error::NotFound);

    // Session-only secrets never touch the keychain.
    store.holdForSession(QStringLiteral("session"),
                         ProfileSecret {QStringLiteral("FAKE-session"), {}});
    QCOMPARE(run(store.read(QStringLiteral("session")), &read, nullptr, &fromCache),
             SecretJob::Error::None);
    QVERIFY(fromCache);
    QVERIFY(!KeychainTest::secretToolSearch(QStringLiteral(BACKFILL_APP_ID))
                 .contains(QStringLiteral("/session")));
}

void TestSecretStore::itemsGetARecognisableLabel()
{
    const QString service = QStringLiteral("backfill-test-label");
    SecretStore store(service);
    Profile prod;
    prod.name = QStringLiteral("prod");
    prod.accessKeyId = QStringLiteral("LTAI5tFAKElabelwxyz");
    const ProfileSecret secret {QStringLiteral("FAKE-label-secret"), QString()};
    m_writtenSecrets << secret.secret;
    QCOMPARE(run(store.write(prod.name, secret)), SecretJob::Error::None);
    // What QtKeychain alone writes: every item labelled with the service name.
    QVERIFY2(KeychainTest::secretToolSearch(service).contains(QStringLiteral("label = ") + service),
             qPrintable(KeychainTest::secretToolSearch(service)));

    QCOMPARE(run(store.label(prod)), SecretJob::Error::None);
    QString found = KeychainTest::secretToolSearch(service);
    QVERIFY2(found.contains(QStringLiteral("label = Backfill Browser: prod (AccessKey LTAI")
                            + QChar(0x2026) + QStringLiteral("wxyz)")),
             qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("attribute.profile = prod")), qPrintable(found));
    // The secret is still found where QtKeychain looks for it, and is unchanged.
    store.forget(prod.name);
    ProfileSecret read;
    QCOMPARE(run(store.read(prod.name), &read), SecretJob::Error::None);
    QCOMPARE(read, secret);

    // An STS profile says so; labelling again only changes what differs.
    prod.kind = CredentialKind::StsToken;
    prod.accessKeyId = QStringLiteral("STS.FAKElabel0001");
    QCOMPARE(run(store.label(prod)), SecretJob::Error::None);
    QCOMPARE(run(store.label(prod)), SecretJob::Error::None);
    found = KeychainTest::secretToolSearch(service);
    QVERIFY2(found.contains(QStringLiteral("label = Backfill Browser: prod (STS STS.")),
             qPrintable(found));
    QCOMPARE(found.count(QStringLiteral("attribute.profile = prod")), 1);

    // Nothing to label: a failure the caller may ignore, never a crash or a hang.
    Profile ghost;
    ghost.name = QStringLiteral("ghost");
    QCOMPARE(run(store.label(ghost)), SecretJob::Error::Other);
    QCOMPARE(run(store.remove(prod.name)), SecretJob::Error::None);
}

void TestSecretStore::jobsRunInOrderAndFinishOnce()
{
    SecretStore store(QStringLiteral("backfill-test-order"));
    QStringList order;
    QList<QPointer<SecretJob>> jobs;
    QList<std::shared_ptr<QSignalSpy>> spies;
    const auto track = [&](SecretJob *job, const QString &label) {
        jobs << job;
        spies << std::make_shared<QSignalSpy>(job, &SecretJob::finished);
        connect(job, &SecretJob::finished, this, [&order, label](SecretJob *done) {
            order << label + QLatin1Char(':') + QString::number(int(done->error()));
        });
    };
    m_writtenSecrets << QStringLiteral("FAKE-order-1");
    track(store.write(QStringLiteral("o"), {QStringLiteral("FAKE-order-1"), {}}),
          QStringLiteral("write"));
    track(store.read(QStringLiteral("o")), QStringLiteral("read"));
    track(store.remove(QStringLiteral("o")), QStringLiteral("delete"));
    track(store.read(QStringLiteral("o")), QStringLiteral("read-again"));
    track(store.read(QStringLiteral("bad/name")), QStringLiteral("invalid"));
    QVERIFY(order.isEmpty()); // nothing finishes before the event loop runs

    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 60000);
    QCOMPARE(order,
             (QStringList {QStringLiteral("write:0"), QStringLiteral("read:0"),
                           QStringLiteral("delete:0"), QStringLiteral("read-again:1"),
                           QStringLiteral("invalid:6")}));
    for (const QPointer<SecretJob> &job : std::as_const(jobs))
        QTRY_VERIFY(job.isNull());
    for (const auto &spy : std::as_const(spies))
        QCOMPARE(spy->size(), 1);
}

void TestSecretStore::tooLargeNeverReachesTheKeychain()
{
    SecretStore store;
    const ProfileSecret huge {QStringLiteral("FAKE-huge"), QStringLiteral("t").repeated(3000)};
    QVERIFY(huge.toBlob().size() > ProfileSecret::maxBlobSize);
    QString errorString;
    QCOMPARE(run(store.write(QStringLiteral("huge"), huge), nullptr, &errorString),
             SecretJob::Error::TooLarge);
    QVERIFY(errorString.contains(QStringLiteral("too large")));
    QVERIFY(!KeychainTest::secretToolSearch(QStringLiteral(BACKFILL_APP_ID))
                 .contains(QStringLiteral("/huge")));
}

void TestSecretStore::foreignEntryIsReportedAsUnreadable()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=foreign"), QStringLiteral("user"),
                QStringLiteral(BACKFILL_APP_ID "/foreign"), QStringLiteral("server"),
                QStringLiteral(BACKFILL_APP_ID), QStringLiteral("type"),
                QStringLiteral("plaintext")});
    QVERIFY(tool.waitForStarted());
    tool.write("not our format");
    tool.closeWriteChannel();
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitCode(), 0);
    ProfileSecret read;
    QCOMPARE(run(SecretStore().read(QStringLiteral("foreign")), &read),
             SecretJob::Error::Unreadable);
    QVERIFY(read.isEmpty());
    QCOMPARE(run(SecretStore().remove(QStringLiteral("foreign"))), SecretJob::Error::None);
}

void TestSecretStore::destroyingTheStoreFinishesEveryJob()
{
    auto store = std::make_unique<SecretStore>(QStringLiteral("backfill-test-destroy"));
    int finished = 0;
    QObject receiver;
    for (int i = 0; i < 3; ++i) {
        connect(store->read(QStringLiteral("d%1").arg(i)), &SecretJob::finished, &receiver,
                [&finished](SecretJob *job) {
                    ++finished;
                    QCOMPARE(job->error(), SecretJob::Error::Other);
                });
    }
    store.reset();
    QCOMPARE(finished, 3);
}

void TestSecretStore::secretsNeverLandInFiles()
{
    QVERIFY(!m_writtenSecrets.isEmpty());
    const QString home = QDir::homePath();
    QVERIFY2(home.contains(QStringLiteral("backfill-test")), "must run under with-keyring.sh");
    for (const QString &secret : std::as_const(m_writtenSecrets)) {
        const QStringList hits = KeychainTest::filesContaining(home, secret.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
    // The scan itself works: a file that does hold the text is found.
    QFile probe(home + QStringLiteral("/probe.txt"));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write("FAKE-probe-needle");
    probe.close();
    QCOMPARE(KeychainTest::filesContaining(home, "FAKE-probe-needle").size(), 1);
    QVERIFY(probe.remove());
}

void TestSecretStore::lockedKeyringIsAClearError()
{
    SecretStore before;
    QCOMPARE(run(before.write(QStringLiteral("kept"), {QStringLiteral("FAKE-locked-1"), {}})),
             SecretJob::Error::None);
    QVERIFY(KeychainTest::lockLoginKeyring());

    QString errorString;
    SecretStore store;
    QCOMPARE(run(store.write(QStringLiteral("new"), {QStringLiteral("FAKE-locked-2"), {}}), nullptr,
                 &errorString),
             SecretJob::Error::AccessDenied);
    QVERIFY2(errorString.contains(QStringLiteral("locked"))
                 && errorString.contains(QStringLiteral("Unlock")),
             qPrintable(errorString));
    QVERIFY(!store.isCached(QStringLiteral("new")));

    // A locked keyring reads as "not found"; the message says it may be locked.
    QCOMPARE(run(store.read(QStringLiteral("kept")), nullptr, &errorString),
             SecretJob::Error::NotFound);
    QVERIFY(errorString.contains(QStringLiteral("locked")));
    // A locked keyring answers "deleted" but keeps the item: the store notices and says so.
    QCOMPARE(run(store.remove(QStringLiteral("kept")), nullptr, &errorString),
             SecretJob::Error::AccessDenied);
    QVERIFY2(errorString.contains(QStringLiteral("not deleted")), qPrintable(errorString));
    QVERIFY(KeychainTest::secretToolSearch(QStringLiteral(BACKFILL_APP_ID))
                .contains(QStringLiteral("attribute.user = " BACKFILL_APP_ID "/kept")));
    const QStringList hits = KeychainTest::filesContaining(QDir::homePath(), "FAKE-locked-2");
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
