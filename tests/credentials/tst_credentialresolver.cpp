#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"
#include "credentials/secretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CredentialSource)

// Runs inside with-keyring.sh: the profiles' secrets are in a real gnome-keyring.
class TestCredentialResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void precedence_data();
    void precedence();
    void stsProfilesSignWithTheToken_data();
    void stsProfilesSignWithTheToken();

private:
    struct Outcome
    {
        bool ok = false;
        ResolvedCredentials credentials;
        QString error;
        bool keychainFailure = false;
    };
    Outcome resolve(const QProcessEnvironment &env, const QString &explicitProfile);

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestCredentialResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
    m_secrets = std::make_unique<SecretStore>();
    QVERIFY(m_profiles->load());

    const auto add = [this](const QString &name, const QString &id, const QString &region,
                            CredentialKind kind, const ProfileSecret &secret, bool sessionOnly) {
        Profile p;
        p.name = name;
        p.accessKeyId = id;
        p.region = region;
        p.kind = kind;
        p.sessionOnly = sessionOnly;
        if (name == QLatin1String("alpha")) {
            p.endpoint = QUrl(QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com"));
            p.signatureVersion = SignatureVersion::V1;
        }
        QVERIFY2(m_profiles->save(p), qPrintable(m_profiles->lastError()));
        if (secret.isEmpty())
            return;
        if (sessionOnly) {
            m_secrets->holdForSession(name, secret);
            return;
        }
        // Written by one store, read by the resolver's fresh one: really through the keychain.
        SecretStore writer;
        SecretJob *job = writer.write(name, secret);
        QSignalSpy spy(job, &SecretJob::finished);
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.at(0).at(0).value<SecretJob *>()->error(), SecretJob::Error::None);
    };
    add(QStringLiteral("alpha"), QStringLiteral("AKALPHA00001"), QStringLiteral("cn-beijing"),
        CredentialKind::AccessKey, {QStringLiteral("FAKE-alpha"), {}}, false);
    add(QStringLiteral("beta"), QStringLiteral("AKBETA000002"), QString(),
        CredentialKind::AccessKey, {QStringLiteral("FAKE-beta"), QStringLiteral("stray-token")},
        false);
    add(QStringLiteral("sts"), QStringLiteral("STS.GAMMA0003"), QStringLiteral("ap-southeast-1"),
        CredentialKind::StsToken, {QStringLiteral("FAKE-sts"), QStringLiteral("FAKE-sts-token")},
        false);
    add(QStringLiteral("nosecret"), QStringLiteral("AKNOSECRET04"), QString(),
        CredentialKind::AccessKey, {}, false);
    add(QStringLiteral("temp"), QStringLiteral("AKTEMP000005"), QStringLiteral("us-east-1"),
        CredentialKind::AccessKey, {QStringLiteral("FAKE-temp"), {}}, true);
}

TestCredentialResolver::Outcome TestCredentialResolver::resolve(const QProcessEnvironment &env,
                                                                const QString &explicitProfile)
{
    CredentialResolver resolver(m_profiles.get(), m_secrets.get(), env);
    Outcome outcome;
    int finished = 0;
    CredentialRequest *request = resolver.resolve(explicitProfile);
    connect(request, &CredentialRequest::finished, this, [&](CredentialRequest *r) {
        ++finished;
        outcome.ok = r->succeeded();
        outcome.credentials = r->credentials();
        outcome.error = r->errorString();
        outcome.keychainFailure = r->isKeychainFailure();
    });
    if (finished != 0)
        qWarning("finished before the event loop ran");
    if (!QTest::qWaitFor([&] { return finished != 0; }, 30000))
        qWarning("the request did not finish");
    QTest::qWait(0); // let deleteLater run; a second emission would be counted below
    if (finished != 1)
        qWarning("finished %d times", finished);
    if (finished != 1)
        outcome = Outcome {false, {}, QStringLiteral("finished %1 times").arg(finished), false};
    return outcome;
}

void TestCredentialResolver::precedence_data()
{
    QTest::addColumn<QString>("explicitProfile");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("defaultProfile");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<CredentialSource>("source");
    QTest::addColumn<QString>("profile");
    // keyId:secret:token:region
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("errorFragment");

    const QStringList envKeys {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID=AKENV0000006"),
                               QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET=FAKE-env")};
    const QString envProfileBeta = QStringLiteral("ALIBABA_CLOUD_PROFILE=beta");
    const QString envRegion = QStringLiteral("ALIBABA_CLOUD_REGION_ID=eu-west-1");
    using S = CredentialSource;

    QTest::newRow("explicit profile beats environment keys, env profile and default")
        << QStringLiteral("alpha") << (envKeys + QStringList {envProfileBeta, envRegion})
        << QStringLiteral("beta") << true << S::ExplicitProfile << QStringLiteral("alpha")
        << QStringLiteral("AKALPHA00001:FAKE-alpha::cn-beijing") << QString();
    QTest::newRow("environment keys beat ALIBABA_CLOUD_PROFILE and the default")
        << QString() << (envKeys + QStringList {envProfileBeta, envRegion})
        << QStringLiteral("alpha") << true << S::Environment << QString()
        << QStringLiteral("AKENV0000006:FAKE-env::eu-west-1") << QString();
    QTest::newRow("environment STS token is carried")
        << QString()
        << (envKeys + QStringList {QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN=FAKE-env-token")})
        << QString() << true << S::Environment << QString()
        << QStringLiteral("AKENV0000006:FAKE-env:FAKE-env-token:cn-hangzhou") << QString();
    QTest::newRow("ALIBABA_CLOUD_PROFILE beats the default")
        << QString() << QStringList {envProfileBeta, envRegion} << QStringLiteral("alpha") << true
        << S::EnvironmentProfile << QStringLiteral("beta")
        << QStringLiteral("AKBETA000002:FAKE-beta::eu-west-1") << QString();
    QTest::newRow("default profile when nothing else is given")
        << QString() << QStringList() << QStringLiteral("alpha") << true << S::DefaultProfile
        << QStringLiteral("alpha") << QStringLiteral("AKALPHA00001:FAKE-alpha::cn-beijing")
        << QString();
    QTest::newRow("profile without region falls back to cn-hangzhou")
        << QStringLiteral("beta") << QStringList() << QString() << true << S::ExplicitProfile
        << QStringLiteral("beta") << QStringLiteral("AKBETA000002:FAKE-beta::cn-hangzhou")
        << QString();
    QTest::newRow("STS profile carries its token")
        << QStringLiteral("sts") << QStringList() << QString() << true << S::ExplicitProfile
        << QStringLiteral("sts")
        << QStringLiteral("STS.GAMMA0003:FAKE-sts:FAKE-sts-token:ap-southeast-1") << QString();
    QTest::newRow("session-only profile")
        << QStringLiteral("temp") << QStringList() << QString() << true << S::ExplicitProfile
        << QStringLiteral("temp") << QStringLiteral("AKTEMP000005:FAKE-temp::us-east-1")
        << QString();
    QTest::newRow("no default and nothing else: an error, not a guess")
        << QString() << QStringList() << QString() << false << S::DefaultProfile << QString()
        << QString() << QStringLiteral("none is the default");
    QTest::newRow("half a key pair in the environment is an error, no fall-through")
        << QString() << QStringList {envKeys.at(0)} << QStringLiteral("alpha") << false
        << S::DefaultProfile << QString() << QString()
        << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set");
    QTest::newRow("unknown explicit profile")
        << QStringLiteral("nope") << envKeys << QStringLiteral("alpha") << false
        << S::DefaultProfile << QString() << QString()
        << QStringLiteral("no profile named \"nope\"");
    QTest::newRow("unknown ALIBABA_CLOUD_PROFILE")
        << QString() << QStringList {QStringLiteral("ALIBABA_CLOUD_PROFILE=ghost")}
        << QStringLiteral("alpha") << false << S::DefaultProfile << QString() << QString()
        << QStringLiteral("\"ghost\" (named by ALIBABA_CLOUD_PROFILE)");
    QTest::newRow("profile whose secret is missing from the keychain")
        << QStringLiteral("nosecret") << QStringList() << QString() << false << S::DefaultProfile
        << QString() << QString()
        << QStringLiteral("No secret is stored in the keychain for profile \"nosecret\"");
}

void TestCredentialResolver::precedence()
{
    QFETCH(QString, explicitProfile);
    QFETCH(QStringList, environment);
    QFETCH(QString, defaultProfile);
    QFETCH(bool, ok);
    QFETCH(CredentialSource, source);
    QFETCH(QString, profile);
    QFETCH(QString, key);
    QFETCH(QString, errorFragment);

    QVERIFY(m_profiles->setDefaultProfile(defaultProfile));
    QProcessEnvironment env;
    for (const QString &entry : std::as_const(environment))
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));

    // The synchronous decision agrees with the full resolution (except for a missing secret,
    // which only the keychain can tell).
    const CredentialChoice choice
        = CredentialResolver(m_profiles.get(), m_secrets.get(), env).choose(explicitProfile);
    if (explicitProfile != QLatin1String("nosecret")) {
        QCOMPARE(choice.ok, ok);
        if (ok)
            QCOMPARE(choice.source, source);
        else
            QCOMPARE(choice.error.isEmpty(), false);
    }

    const Outcome outcome = resolve(env, explicitProfile);
    QVERIFY2(outcome.ok == ok, qPrintable(outcome.error));
    if (!ok) {
        QVERIFY2(outcome.error.contains(errorFragment), qPrintable(outcome.error));
        QCOMPARE(outcome.keychainFailure,
                 profile.isEmpty() && explicitProfile == QLatin1String("nosecret"));
        return;
    }
    const ResolvedCredentials &c = outcome.credentials;
    QCOMPARE(c.source, source);
    QCOMPARE(c.profileName, profile);
    QVERIFY(c.provider);
    const std::optional<Credentials> held = c.provider->current(std::chrono::seconds(0));
    QVERIFY(held);
    const AccessKey &signing = held->key;
    QCOMPARE(QStringList({signing.id, signing.secret, signing.securityToken, c.region})
                 .join(QLatin1Char(':')),
             key);
    QVERIFY(!c.describeSource().isEmpty());
    QVERIFY(!c.describeSource().contains(signing.secret));
    QVERIFY(!c.provider->describe().contains(signing.secret));
    if (!profile.isEmpty())
        QVERIFY(c.describeSource().contains(profile));
    if (profile == QLatin1String("alpha")) {
        QCOMPARE(c.endpoint,
                 QUrl(QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com")));
        QCOMPARE(c.signatureVersion, SignatureVersion::V1);
    }
    QCOMPARE(c.sessionOnly, profile == QLatin1String("temp"));
}

void TestCredentialResolver::stsProfilesSignWithTheToken_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("expectedToken");
    QTest::newRow("STS, V3") << QStringLiteral("sts") << SignatureVersion::V3
                             << QStringLiteral("FAKE-sts-token");
    QTest::newRow("STS, V1") << QStringLiteral("sts") << SignatureVersion::V1
                             << QStringLiteral("FAKE-sts-token");
    QTest::newRow("AccessKey with a stray stored token, V3")
        << QStringLiteral("beta") << SignatureVersion::V3 << QString();
    QTest::newRow("AccessKey with a stray stored token, V1")
        << QStringLiteral("beta") << SignatureVersion::V1 << QString();
}

void TestCredentialResolver::stsProfilesSignWithTheToken()
{
    QFETCH(QString, profile);
    QFETCH(SignatureVersion, version);
    QFETCH(QString, expectedToken);
    const Outcome outcome = resolve(QProcessEnvironment(), profile);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    UnsignedRequest request;
    request.host = QStringLiteral("actiontrail.cn-hangzhou.aliyuncs.com");
    request.action = QStringLiteral("ListDeliveryHistoryJobs");
    request.apiVersion = QStringLiteral("2020-07-06");
    request.parameters.insert(QStringLiteral("PageSize"), QStringLiteral("1"));
    const SignedRequest signed_
        = RequestSigner(version).sign(request, outcome.credentials.provider->last().value().key);
    if (version == SignatureVersion::V3) {
        QCOMPARE(QString::fromUtf8(signed_.header("x-acs-security-token")), expectedToken);
        if (!expectedToken.isEmpty())
            QVERIFY(signed_.header("authorization").contains("x-acs-security-token"));
    } else {
        QCOMPARE(signed_.queryParameters.value(QStringLiteral("SecurityToken")), expectedToken);
        QCOMPARE(signed_.queryParameters.contains(QStringLiteral("SecurityToken")),
                 !expectedToken.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
