// The dispatcher of the one binary, as an admin meets it: which words start the desktop app and
// which the command line (a command-line call never needs a display), unknown words as usage
// errors with a suggestion, help per command, one --version. Runs the real binary via QProcess,
// with and without a display.
#include "cli/commandline.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

/** Without a display: no X11 or Wayland socket and no platform plugin chosen. */
Run run(const QStringList &arguments, bool withDisplay)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_PROFILE",
          "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (withDisplay)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BACKFILL_BIN_DIR") + QStringLiteral("/backfill-browser"),
                  arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(30000))
        process.kill();
    return {process.exitCode(), process.exitStatus(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool routesToCommandLine(const QStringList &arguments)
{
    QList<QByteArray> storage {QByteArray("backfill-browser")};
    for (const QString &argument : arguments)
        storage.append(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &word : storage)
        argv.push_back(word.data());
    return isCommandLineInvocation(int(argv.size()), argv.data());
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void route_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("commandLine");
        QTest::newRow("no arguments: GUI") << QString() << false;
        QTest::newRow("GUI option --demo") << QStringLiteral("--demo") << false;
        QTest::newRow("GUI option with a value") << QStringLiteral("--language zh_CN") << false;
        QTest::newRow("GUI option value named jobs") << QStringLiteral("--profile jobs") << false;
        QTest::newRow("--endpoint X alone: GUI") << QStringLiteral("--endpoint X") << false;
        QTest::newRow("GUI option in = form")
            << QStringLiteral("--region=cn-beijing --demo") << false;
        QTest::newRow("jobs") << QStringLiteral("jobs list") << true;
        QTest::newRow("profile") << QStringLiteral("profile list") << true;
        QTest::newRow("help") << QStringLiteral("help") << true;
        QTest::newRow("--language before a command")
            << QStringLiteral("--language zh_CN jobs list") << true;
        QTest::newRow("mistyped command") << QStringLiteral("job list") << true;
        QTest::newRow("a file argument") << QStringLiteral("jobs.csv") << true;
        QTest::newRow("a command-line option alone") << QStringLiteral("--verbose") << true;
        QTest::newRow("an unknown option") << QStringLiteral("--bogus") << true;
        QTest::newRow("--help") << QStringLiteral("--help") << true;
        QTest::newRow("-v after a GUI option") << QStringLiteral("--demo -v") << true;
    }
    void route()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, commandLine);
        QCOMPARE(routesToCommandLine(arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)),
                 commandLine);
    }

    void unknownWordsAreUsageErrors_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<bool>("withDisplay");
        QTest::addColumn<QString>("message");
        for (bool display : {false, true}) {
            const char *suffix = display ? ", display" : ", no display";
            QTest::addRow("job list%s", suffix)
                << QStringLiteral("job list") << display
                << QStringLiteral("unknown command 'job' (did you mean 'jobs'?)");
            QTest::addRow("profiles%s", suffix)
                << QStringLiteral("profiles list") << display
                << QStringLiteral("unknown command 'profiles' (did you mean 'profile'?)");
            QTest::addRow("hlep%s", suffix)
                << QStringLiteral("hlep") << display << QStringLiteral("(did you mean 'help'?)");
            QTest::addRow("nothing alike%s", suffix)
                << QStringLiteral("frobnicate") << display
                << QStringLiteral("unknown command 'frobnicate'");
            QTest::addRow("a file%s", suffix)
                << QStringLiteral("--region cn-beijing jobs.csv") << display
                << QStringLiteral("unknown command 'jobs.csv'");
            QTest::addRow("unknown option%s", suffix)
                << QStringLiteral("--bogus") << display << QStringLiteral("bogus");
            QTest::addRow("command-line option without a command%s", suffix)
                << QStringLiteral("--verbose") << display << QStringLiteral("command");
            QTest::addRow("jobs subcommand%s", suffix) << QStringLiteral("jobs lst") << display
                                                       << QStringLiteral("(did you mean 'list'?)");
        }
    }
    void unknownWordsAreUsageErrors()
    {
        QFETCH(QString, arguments);
        QFETCH(bool, withDisplay);
        QFETCH(QString, message);
        const Run result = run(arguments.split(QLatin1Char(' ')), withDisplay);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.startsWith(QStringLiteral("backfill-browser: ")),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void guiWithoutDisplaySaysSo()
    {
        // Not an abort (exit 134) from deep inside Qt: one line and a usage-error exit.
        const Run result = run({QStringLiteral("--demo")}, false);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("display")), qPrintable(result.err));
    }

    void guiRefusesAnStsItMayNotUse()
    {
        // --sts-endpoint is the GUI's as much as the command line's: checked before any window.
        const Run result = run(
            {QStringLiteral("--sts-endpoint"), QStringLiteral("http://sts.example.com")}, true);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QStringLiteral("backfill-browser: ")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("sts.example.com")), qPrintable(result.err));
    }

    void helpPerCommand_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("usage"); ///< the first line starts with it
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QString global = QStringLiteral("Usage: backfill-browser [options]");
        QTest::newRow("--help") << QStringLiteral("--help") << global
                                << words("jobs list profile --demo --language --endpoint")
                                << QStringList();
        QTest::newRow("help") << QStringLiteral("help") << global << words("jobs list --demo")
                              << QStringList();
        const QString jobs = QStringLiteral("Usage: backfill-browser jobs");
        QTest::newRow("jobs --help")
            << QStringLiteral("jobs --help") << jobs
            << words("list get create delete watch --format") << words("--demo");
        QTest::newRow("help jobs")
            << QStringLiteral("help jobs") << jobs << words("list watch") << QStringList();
        const QString list = QStringLiteral("Usage: backfill-browser jobs list");
        QTest::newRow("jobs list --help")
            << QStringLiteral("jobs list --help") << list << words("--page --all --format")
            << words("--yes --interval");
        QTest::newRow("help jobs list")
            << QStringLiteral("help jobs list") << list << words("--page") << words("--yes");
        QTest::newRow("jobs delete -h") << QStringLiteral("jobs delete -h")
                                        << QStringLiteral("Usage: backfill-browser jobs delete")
                                        << words("--yes") << words("--page");
        const QString profile = QStringLiteral("Usage: backfill-browser profile");
        QTest::newRow("profile --help") << QStringLiteral("profile --help") << profile
                                        << words("add remove import-aliyun") << QStringList();
        QTest::newRow("profile add --help")
            << QStringLiteral("profile add --help") << profile
            << words("--access-key-id --secret-stdin") << QStringList();
        QTest::newRow("help profile")
            << QStringLiteral("help profile") << profile << words("set-default") << QStringList();
    }
    void helpPerCommand()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, usage);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const Run result = run(arguments.split(QLatin1Char(' ')), false);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        // The program's name, never the path it was started by.
        QVERIFY2(result.out.startsWith(usage), qPrintable(result.out.left(200)));
        QVERIFY(!result.out.contains(qEnvironmentVariable("BACKFILL_BIN_DIR")));
        for (const QString &word : present)
            QVERIFY2(result.out.contains(word), qPrintable(word));
        for (const QString &word : absent)
            QVERIFY2(!result.out.contains(word), qPrintable(word));
    }

    void helpForUnknownCommand()
    {
        const Run result = run({QStringLiteral("help"), QStringLiteral("job")}, false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("(did you mean 'jobs'?)")),
                 qPrintable(result.err));
    }

    void versionIsTheSameEverywhere_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::newRow("-v") << QStringLiteral("-v");
        QTest::newRow("jobs --version") << QStringLiteral("jobs --version");
        QTest::newRow("jobs list --version") << QStringLiteral("jobs list --version");
        QTest::newRow("profile --version") << QStringLiteral("profile --version");
        QTest::newRow("--region x --version") << QStringLiteral("--region x --version");
    }
    void versionIsTheSameEverywhere()
    {
        QFETCH(QString, arguments);
        const Run reference = run({QStringLiteral("--version")}, false);
        QCOMPARE(reference.exitCode, 0);
        QVERIFY(reference.out.startsWith(QStringLiteral("backfill-browser ")));
        const Run result = run(arguments.split(QLatin1Char(' ')), false);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, reference.out);
    }

    void languageBeforeCommandRunsTheCommandLine()
    {
        // The option takes a value: "zh_CN" is not the command word, `jobs` is.
        const Run result = run(words("--language en jobs list --page 0"), false);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--page")), qPrintable(result.err));
        const Run chinese = run(words("--language zh_CN jobs --help"), false);
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(chinese.out.contains(QStringLiteral("jobs list")), qPrintable(chinese.out));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
