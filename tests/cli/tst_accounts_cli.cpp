// `accounts list` and `jobs list --all-accounts`, the real binary against the real emulator as a
// resource directory of five members (one without the access role): every member listed, every
// task of the others once with its AccountId, the failed member in the Accounts array with its
// Code and RequestId, exit 1 for the partial result; and csv with the account columns.
#include "emulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class tst_AccountsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_emulator.start({QStringLiteral("--accounts"), QStringLiteral("5"),
                                   QStringLiteral("--jobs"), QStringLiteral("15")},
                                  &error),
                 qPrintable(error));
    }

    void accountsList()
    {
        const ProcessRun run = cli({QStringLiteral("accounts"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray accounts
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("Accounts")).toArray();
        QCOMPARE(accounts.size(), 5);
        QVERIFY(
            !accounts.at(0).toObject().value(QStringLiteral("DisplayName")).toString().isEmpty());
    }

    void allAccountsJson()
    {
        const ProcessRun run
            = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all-accounts"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1); // one member lacks the role: partial, and said so
        QVERIFY2(run.err.contains("EntityNotExist.Role"), run.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(run.out).object();
        const QJsonArray accounts = answer.value(QStringLiteral("Accounts")).toArray();
        QCOMPARE(accounts.size(), 5);
        int failed = 0;
        QSet<QString> ok;
        for (const QJsonValue &value : accounts) {
            const QJsonObject account = value.toObject();
            if (account.contains(QStringLiteral("Code"))) {
                ++failed;
                QCOMPARE(account.value(QStringLiteral("Code")).toString(),
                         QStringLiteral("EntityNotExist.Role"));
                QVERIFY(!account.value(QStringLiteral("RequestId")).toString().isEmpty());
            } else {
                ok.insert(account.value(QStringLiteral("AccountId")).toString());
            }
        }
        QCOMPARE(failed, 1);
        const QJsonArray jobs = answer.value(QStringLiteral("DeliveryHistoryJobs")).toArray();
        QCOMPARE(jobs.size(), 4 * 15);
        QCOMPARE(answer.value(QStringLiteral("TotalCount")).toInt(), 4 * 15);
        QSet<QString> keys;
        for (const QJsonValue &job : jobs) {
            const QString account = job.toObject().value(QStringLiteral("AccountId")).toString();
            QVERIFY2(ok.contains(account), qPrintable(account));
            keys.insert(
                account + QLatin1Char('/')
                + QString::number(job.toObject().value(QStringLiteral("JobId")).toInteger()));
        }
        QCOMPARE(keys.size(), jobs.size()); // each task of each account once
    }

    void allAccountsCsv()
    {
        const ProcessRun run
            = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--all-accounts"),
                   QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 1);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("AccountId,AccountName,JobId"));
        QCOMPARE(lines.size(), 1 + 4 * 15);
    }

    void roleNameOnlyWithAllAccounts()
    {
        const ProcessRun run = cli({QStringLiteral("jobs"), QStringLiteral("list"),
                                    QStringLiteral("--role-name"), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 2);
    }

private:
    ProcessRun cli(const QStringList &arguments)
    {
        const QString endpoint = m_emulator.endpoint();
        return runProcess(backfillBrowserPath(),
                          arguments
                              + QStringList {QStringLiteral("--endpoint"), endpoint,
                                             QStringLiteral("--sts-endpoint"), endpoint,
                                             QStringLiteral("--resourcemanager-endpoint"),
                                             endpoint},
                          demoKeyEnvironment(), 120000);
    }

    EmulatorProcess m_emulator;
};

QTEST_GUILESS_MAIN(tst_AccountsCli)
#include "tst_accounts_cli.moc"
