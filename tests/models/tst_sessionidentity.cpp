#include "actiontrailemulator.h"
#include "api/rolesessionprovider.h"
#include "models/jobformat.h"
#include "models/jobsource.h"
#include "models/session.h"
#include "models/sessionidentity.h"
#include "scriptedhttpserver.h"

#include <QSignalSpy>
#include <QTest>

// The status bar's "who am I": asked of the emulator's STS over loopback, for a RAM role's
// session and a plain AccessKey, again when the role's session is renewed, never for the demo,
// and quietly absent when STS cannot say.
class TestSessionIdentity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesWhoSignedIn_data();
    void namesWhoSignedIn();
    void demoAsksNobody();
    void failureIsQuiet();
    void renewedSessionIsAskedAgain();
    void anotherAccountClearsTheLast();

private:
    void startEmulator(int durationCapSeconds = 0);
    std::shared_ptr<CredentialProvider> sourceKey() const;
    std::shared_ptr<CredentialProvider> role(const QString &roleName, const QString &sessionName);
    SessionAccount account(std::shared_ptr<CredentialProvider> credentials) const;
    /** Lists one page through the session (a role's session is renewed first when due). */
    void listOnce();
    QString accountId() const { return m_emulator->config().sts.accountId; }

    std::unique_ptr<ActionTrailEmulator> m_emulator;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SessionIdentity> m_identity;
    qint64 m_skew = 0; // seconds added to both clocks
};

void TestSessionIdentity::startEmulator(int durationCapSeconds)
{
    EmulatorConfig config;
    config.key = {QStringLiteral("LTAI5tFAKEidentity"), QStringLiteral("FAKE-identity-secret"), {}};
    config.jobCount = 2;
    config.sts.durationCapSeconds = durationCapSeconds;
    config.clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(m_skew); };
    m_emulator = std::make_unique<ActionTrailEmulator>(config);
    QVERIFY(m_emulator->listen() != 0);
}

void TestSessionIdentity::init()
{
    m_skew = 0;
    startEmulator();
    m_session = std::make_unique<Session>();
    m_identity = std::make_unique<SessionIdentity>(m_session.get());
    m_identity->setClock([this] { return QDateTime::currentDateTimeUtc().addSecs(m_skew); });
}

void TestSessionIdentity::cleanup()
{
    m_identity.reset();
    m_session.reset();
    m_emulator.reset();
}

std::shared_ptr<CredentialProvider> TestSessionIdentity::sourceKey() const
{
    return std::make_shared<StaticCredentialProvider>(
        Credentials {m_emulator->config().key, QDateTime()});
}

std::shared_ptr<CredentialProvider> TestSessionIdentity::role(const QString &roleName,
                                                              const QString &sessionName)
{
    ClientConfig settings;
    settings.stsEndpoint = m_emulator->endpoint();
    settings.credentials = sourceKey();
    settings.clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(m_skew); };
    AssumeRoleRequest request;
    request.roleArn = QStringLiteral("acs:ram::%1:role/%2").arg(accountId(), roleName);
    request.roleSessionName = sessionName;
    return std::make_shared<RoleSessionProvider>(m_session->network(), settings, request);
}

SessionAccount TestSessionIdentity::account(std::shared_ptr<CredentialProvider> credentials) const
{
    SessionAccount account;
    account.profileName = QStringLiteral("audit");
    account.credentials = std::move(credentials);
    account.endpoint = m_emulator->endpoint();
    account.stsEndpoint = m_emulator->endpoint();
    return account;
}

void TestSessionIdentity::listOnce()
{
    PendingJobRequest *request = m_session->source()->listJobs(1, 1);
    QSignalSpy listed(request, &PendingJobRequest::listed);
    QSignalSpy failed(request, &PendingJobRequest::failed);
    QTRY_COMPARE(listed.size() + failed.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestSessionIdentity::namesWhoSignedIn_data()
{
    QTest::addColumn<bool>("assumesRole");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("arnEnd");
    QTest::newRow("role session") << true << QStringLiteral("bb-audit")
                                  << QStringLiteral(":assumed-role/auditor/bb-audit");
    QTest::newRow("RAM user's AccessKey") << false << QStringLiteral("backfill-emulator")
                                          << QStringLiteral(":user/backfill-emulator");
}

void TestSessionIdentity::namesWhoSignedIn()
{
    QFETCH(bool, assumesRole);
    QFETCH(QString, name);
    QFETCH(QString, arnEnd);
    QSignalSpy changed(m_identity.get(), &SessionIdentity::changed);
    const auto credentials
        = assumesRole ? role(QStringLiteral("auditor"), QStringLiteral("bb-audit")) : sourceKey();
    m_session->connectTo(account(credentials));
    QTRY_COMPARE(changed.size(), 1);

    // "1234567890123456" elided in the middle.
    const QString who = QStringLiteral("%1 @ 1234\u20263456").arg(name);
    const QString text = changed.at(0).at(0).toString();
    const QString toolTip = changed.at(0).at(1).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("ARN: acs:ram::%1%2").arg(accountId(), arnEnd)),
             qPrintable(toolTip));
    QVERIFY2(toolTip.contains(QStringLiteral("Account: %1").arg(accountId())), qPrintable(toolTip));
    if (assumesRole) {
        const QDateTime expires = credentials->last()->expiration;
        QVERIFY(expires.isValid());
        QCOMPARE(text,
                 QStringLiteral("%1, expires %2")
                     .arg(who, JobFormat::clockTime(expires, QDateTime::currentDateTimeUtc())));
        QVERIFY(toolTip.contains(QStringLiteral("AssumedRoleUser")));
    } else {
        QCOMPARE(text, who); // a long-term key does not expire
        QVERIFY(toolTip.contains(QStringLiteral("never (a long-term AccessKey)")));
    }
    QCOMPARE(m_identity->text(), text);
    // AssumeRole for the role, then one GetCallerIdentity.
    QCOMPARE(m_emulator->requestCount(), assumesRole ? 2 : 1);
}

void TestSessionIdentity::demoAsksNobody()
{
    SessionAccount demo = account(nullptr);
    demo.accessKey = m_emulator->config().key;
    demo.demo = true;
    QSignalSpy changed(m_identity.get(), &SessionIdentity::changed);
    m_session->connectTo(demo);
    // The session's own first page is the sign that the event loop ran past any question.
    listOnce();
    QCOMPARE(m_emulator->requestCount(), 1);
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_identity->text().isEmpty());
}

void TestSessionIdentity::failureIsQuiet()
{
    ScriptedHttpServer sts;
    QVERIFY(sts.listen());
    sts.setHandler([](const RecordedRequest &) {
        return ScriptedResponse::errorBody(404, QStringLiteral("InvalidAction.NotFound"),
                                           QStringLiteral("Specified api is not found."));
    });
    SessionAccount keyOnly = account(sourceKey());
    keyOnly.stsEndpoint = sts.url();
    QSignalSpy changed(m_identity.get(), &SessionIdentity::changed);
    m_session->connectTo(keyOnly);
    QTRY_COMPARE(sts.requests().size(), 1);
    // The session still works, and nothing was said.
    listOnce();
    QCOMPARE(sts.requests().size(), 1); // not retried: a 404 is no transient failure
    QVERIFY(!m_identity->identity().has_value());
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_identity->text().isEmpty());
}

void TestSessionIdentity::renewedSessionIsAskedAgain()
{
    startEmulator(900); // sessions of 15 minutes
    QSignalSpy changed(m_identity.get(), &SessionIdentity::changed);
    const auto credentials = role(QStringLiteral("auditor"), QStringLiteral("bb-audit"));
    m_session->connectTo(account(credentials));
    QTRY_COMPARE(changed.size(), 1);
    const QDateTime first = m_identity->identity()->expiration;

    // 100 s left: the session's next call renews the role first, and the label follows.
    m_skew = 800;
    listOnce();
    QTRY_COMPARE(changed.size(), 2);
    QVERIFY(m_identity->identity()->expiration > first);
    QCOMPARE(m_emulator->sts().sessionCount(), 2);
    QCOMPARE(changed.at(1).at(0).toString(),
             QStringLiteral("bb-audit @ 1234\u20263456, expires %1")
                 .arg(JobFormat::clockTime(m_identity->identity()->expiration,
                                           QDateTime::currentDateTimeUtc().addSecs(m_skew))));
}

void TestSessionIdentity::anotherAccountClearsTheLast()
{
    QSignalSpy changed(m_identity.get(), &SessionIdentity::changed);
    m_session->connectTo(account(sourceKey()));
    QTRY_COMPARE(changed.size(), 1);
    SessionAccount noSts = account(sourceKey());
    noSts.stsEndpoint.clear();
    m_session->connectTo(noSts);
    QCOMPARE(changed.size(), 2);
    QVERIFY(changed.at(1).at(0).toString().isEmpty());
    QVERIFY(m_identity->text().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionIdentity)
#include "tst_sessionidentity.moc"
