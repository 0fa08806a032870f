// Secrets audit (issue 8, item 5): run a full command-line session -- profile add with the secret
// on stdin, jobs list/get/create/delete, error paths, --verbose, every debug log category on --
// with a marker secret, then look for the marker (and its percent-encoded and Base64 forms) in
// every byte of stdout and stderr and in every file under the session's throw-away HOME. The
// secret may live in the OS keychain only (the Secret Service's own files are not under that HOME).
// Each step must also do what it says (exit code), so the session really used the secret.
#include "emulatorprocess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
constexpr const char *auditKeyId = "LTAI5tAuditKeyId";
constexpr const char *profileName = "audit";

struct Step
{
    QString what;
    QStringList arguments;
    int expectedExit;
    QByteArray input;
};

/** The forms a leaked secret could take in text: as is, percent-encoded, Base64. */
QList<QByteArray> leakForms(const QByteArray &marker)
{
    return {marker, marker.toPercentEncoding(), marker.toBase64(),
            marker.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

/** Files under `root` holding any of `needles`, as "path (form)" lines. */
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(file.fileName() + QStringLiteral(" (unreadable, so unchecked)"));
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle)) {
                hits.append(file.fileName() + QStringLiteral(" (") + QString::fromLatin1(needle)
                            + QLatin1Char(')'));
                break; // one line per leaking file
            }
        }
    }
    return hits;
}

int fileCount(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}
} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsAPlantedMarker();
    void sessionLeavesNoTrace_data();
    void sessionLeavesNoTrace();
};

// The audit proves absence; first prove the scanner would see a presence.
void TestSecretsAudit::scannerFindsAPlantedMarker()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".config/deep")));
    const QByteArray marker
        = "AUDIT-MARKER-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QFile planted(home.filePath(QStringLiteral(".config/deep/settings.ini")));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("[x]\nsecret=" + marker.toBase64() + "\n");
    planted.close();
    QCOMPARE(filesContaining(home.path(), leakForms(marker)).size(), 1);
}

void TestSecretsAudit::sessionLeavesNoTrace_data()
{
    QTest::addColumn<bool>("viaProfile");
    QTest::newRow("secret in environment variables") << false;
    QTest::newRow("secret in a keychain profile") << true;
}

void TestSecretsAudit::sessionLeavesNoTrace()
{
    QFETCH(bool, viaProfile);
    const QByteArray marker
        = "AUDIT-MARKER-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString secret = QString::fromLatin1(marker);

    QString error;
    EmulatorProcess emulator;
    QVERIFY2(emulator.start({QStringLiteral("--jobs"), QStringLiteral("250"),
                             QStringLiteral("--access-key-id"), QString::fromLatin1(auditKeyId),
                             QStringLiteral("--access-key-secret"), secret},
                            &error),
             qPrintable(error));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList cleared
        = {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
           QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
           QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("ALIBABA_CLOUD_PROFILE"),
           QStringLiteral("ALIBABA_CLOUD_REGION_ID")};
    for (const QString &name : cleared)
        environment.remove(name);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       home.filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"),
                       home.filePath(QStringLiteral(".local/state")));
    environment.insert(QStringLiteral("TMPDIR"), home.filePath(QStringLiteral("tmp")));
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("tmp")));
    // Every category at debug level: a secret in any log line would show.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));

    QStringList credentials;
    if (viaProfile) {
        credentials = {QStringLiteral("--profile"), QString::fromLatin1(profileName)};
    } else {
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                           QString::fromLatin1(auditKeyId));
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    }
    const QString endpoint = emulator.endpoint();
    const QStringList at = QStringList {QStringLiteral("--endpoint"), endpoint} + credentials;
    const QString jobs = QStringLiteral("jobs");
    const QString verbose = QStringLiteral("--verbose");

    QByteArray everything; // all stdout and stderr of the session
    const auto run = [&](const Step &step) -> ProcessRun {
        const ProcessRun result
            = runProcess(backfillBrowserPath(), step.arguments, environment, 60000, step.input);
        everything += result.out + result.err;
        return result;
    };
    const auto runChecked = [&](const Step &step) -> std::optional<ProcessRun> {
        const ProcessRun result = run(step);
        if (!result.finished || result.exitCode != step.expectedExit) {
            qWarning("%s: exit %d, expected %d\n%s", qPrintable(step.what), result.exitCode,
                     step.expectedExit, result.err.constData());
            return std::nullopt;
        }
        return result;
    };

    if (viaProfile) {
        const ProcessRun added = run(
            {QStringLiteral("profile add"),
             {QStringLiteral("profile"), QStringLiteral("add"), QString::fromLatin1(profileName),
              QStringLiteral("--access-key-id"), QString::fromLatin1(auditKeyId),
              QStringLiteral("--secret-stdin"), QStringLiteral("--endpoint"), endpoint},
             0,
             marker + '\n'});
        QVERIFY2(added.finished && added.exitCode == 0, added.err.constData());
        QVERIFY(runChecked({QStringLiteral("profile list"),
                            {QStringLiteral("profile"), QStringLiteral("list"), verbose},
                            0,
                            {}}));
    }

    const QList<Step> reads = {
        {QStringLiteral("list one page"), QStringList {jobs, QStringLiteral("list")} + at, 0, {}},
        {QStringLiteral("list all, verbose"),
         QStringList {jobs, QStringLiteral("list"), QStringLiteral("--all"),
                      QStringLiteral("--format"), QStringLiteral("json"), verbose}
             + at,
         0,
         {}},
        {QStringLiteral("list, V1 signature (signature in the query)"),
         QStringList {jobs, QStringLiteral("list"), verbose, QStringLiteral("--signature-version"),
                      QStringLiteral("v1")}
             + at,
         0,
         {}},
    };
    for (const Step &step : reads)
        QVERIFY2(runChecked(step), qPrintable(step.what));

    const auto created
        = runChecked({QStringLiteral("create"),
                      QStringList {jobs, QStringLiteral("create"), QStringLiteral("trail-name"),
                                   QStringLiteral("--format"), QStringLiteral("json"), verbose}
                          + at,
                      0,
                      {}});
    QVERIFY(created);
    const qint64 jobId
        = QJsonDocument::fromJson(created->out).object().value(QStringLiteral("JobId")).toInteger();
    QVERIFY(jobId > 0);
    const QString id = QString::number(jobId);

    const QList<Step> rest = {
        {QStringLiteral("get, verbose"),
         QStringList {jobs, QStringLiteral("get"), id, verbose} + at,
         0,
         {}},
        {QStringLiteral("delete"),
         QStringList {jobs, QStringLiteral("delete"), id, QStringLiteral("--yes"), verbose} + at,
         0,
         {}},
        {QStringLiteral("get a deleted job"),
         QStringList {jobs, QStringLiteral("get"), id, verbose} + at,
         1,
         {}},
        {QStringLiteral("create again after the delete"),
         QStringList {jobs, QStringLiteral("create"), QStringLiteral("trail-name"), verbose} + at,
         0,
         {}},
        {QStringLiteral("create while one runs"),
         QStringList {jobs, QStringLiteral("create"), QStringLiteral("trail-name"), verbose} + at,
         1,
         {}},
        {QStringLiteral("nothing listening (connection refused)"),
         QStringList {jobs, QStringLiteral("list"), verbose, QStringLiteral("--timeout"),
                      QStringLiteral("2"), QStringLiteral("--endpoint"),
                      QStringLiteral("http://127.0.0.1:1")}
             + credentials,
         1,
         {}},
        {QStringLiteral("plain http to a non-loopback host"),
         QStringList {jobs, QStringLiteral("list"), verbose, QStringLiteral("--endpoint"),
                      QStringLiteral("http://actiontrail.example.com")}
             + credentials,
         2,
         {}},
        {QStringLiteral("unknown flag"),
         QStringList {jobs, QStringLiteral("list"), QStringLiteral("--no-such-flag"), verbose} + at,
         2,
         {}},
        {QStringLiteral("bad page size"),
         QStringList {jobs, QStringLiteral("list"), QStringLiteral("--page-size"),
                      QStringLiteral("0")}
             + at,
         2,
         {}},
    };
    for (const Step &step : rest)
        QVERIFY2(runChecked(step), qPrintable(step.what));

    if (viaProfile) {
        QVERIFY(runChecked({QStringLiteral("profile remove"),
                            {QStringLiteral("profile"), QStringLiteral("remove"),
                             QString::fromLatin1(profileName)},
                            0,
                            {}}));
    }

    const QList<QByteArray> forms = leakForms(marker);
    for (const QByteArray &form : forms)
        QVERIFY2(!everything.contains(form), "the marker secret was printed");
    const QStringList leaks = filesContaining(home.path(), forms);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    // The session wrote its debug output and (via profiles) its settings; say what was audited.
    qInfo("%lld bytes of output and %d files under HOME checked", qint64(everything.size()),
          fileCount(home.path()));
}

QTEST_GUILESS_MAIN(TestSecretsAudit)
#include "tst_secretsaudit.moc"
