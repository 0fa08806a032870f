// BuildInfo and the `--version` text: every piece present, well-formed and current.
#include "buildinfo.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestBuildInfo : public QObject
{
    Q_OBJECT

private slots:
    void versionsAreWellFormed_data();
    void versionsAreWellFormed();
    void qtVersionsAreTheLoadedAndCompiledOnes();
    void commitIsTheCheckedOutOne();
    void textHasEveryPiece_data();
    void textHasEveryPiece();
    void versionOptionPrintsTheText();
};

void TestBuildInfo::versionsAreWellFormed_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("application") << BuildInfo::applicationVersion()
                                 << QStringLiteral("^\\d+\\.\\d+\\.\\d+$");
    QTest::newRow("QtKeychain 0.13.x (Debian bookworm)")
        << BuildInfo::keychainVersion() << QStringLiteral("^0\\.1[3-9]\\.\\d+$");
    QTest::newRow("licence is SPDX")
        << BuildInfo::licenseSpdx() << QStringLiteral("^[A-Za-z0-9.+-]+$");
    QTest::newRow("homepage") << BuildInfo::homepageUrl() << QStringLiteral("^https://\\S+[^/]$");
    QTest::newRow("issues") << BuildInfo::issuesUrl() << QStringLiteral("^https://\\S+/issues$");
    QTest::newRow("commit or unknown")
        << BuildInfo::gitCommit() << QStringLiteral("^([0-9a-f]{7,40}|unknown)$");
    QTest::newRow("secret store named")
        << BuildInfo::secretStoreDescription() << QStringLiteral("\\S{3,}");
}

void TestBuildInfo::versionsAreWellFormed()
{
    QFETCH(QString, value);
    QFETCH(QString, pattern);
    const QRegularExpression re(pattern);
    QVERIFY2(re.match(value).hasMatch(), qPrintable(value + QStringLiteral(" !~ ") + pattern));
}

void TestBuildInfo::qtVersionsAreTheLoadedAndCompiledOnes()
{
    QCOMPARE(BuildInfo::qtRuntimeVersion(), QString::fromLatin1(qVersion()));
    QCOMPARE(BuildInfo::qtCompileVersion(), QStringLiteral(QT_VERSION_STR));
}

void TestBuildInfo::commitIsTheCheckedOutOne()
{
    const QString sourceDir = qEnvironmentVariable("BACKFILL_SOURCE_DIR");
    QVERIFY(!sourceDir.isEmpty());
    QProcess git;
    git.setWorkingDirectory(sourceDir);
    git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    if (!git.waitForFinished(10000) || git.exitStatus() != QProcess::NormalExit
        || git.exitCode() != 0) {
        // Not a checkout (release tarball) or no git: the build must say so rather than guess.
        QCOMPARE(BuildInfo::gitCommit(), QStringLiteral("unknown"));
        return;
    }
    const QString head = QString::fromLatin1(git.readAllStandardOutput()).trimmed();
    QVERIFY2(head.startsWith(BuildInfo::gitCommit()),
             qPrintable(QStringLiteral("built from %1 but HEAD is %2 (rebuild after committing)")
                            .arg(BuildInfo::gitCommit(), head)));
}

void TestBuildInfo::textHasEveryPiece_data()
{
    QTest::addColumn<QString>("piece");
    QTest::newRow("version") << BuildInfo::applicationVersion();
    QTest::newRow("commit") << BuildInfo::gitCommit();
    QTest::newRow("Qt run-time") << BuildInfo::qtRuntimeVersion();
    QTest::newRow("QtKeychain") << QStringLiteral("QtKeychain ") + BuildInfo::keychainVersion();
    QTest::newRow("secret store") << BuildInfo::secretStoreDescription();
    QTest::newRow("licence") << BuildInfo::licenseSpdx();
    QTest::newRow("homepage") << BuildInfo::homepageUrl();
}

void TestBuildInfo::textHasEveryPiece()
{
    QFETCH(QString, piece);
    const QString text = buildInfoText();
    QVERIFY2(text.contains(piece), qPrintable(text));
    const QRegularExpression firstLine(
        QStringLiteral("^backfill-browser \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]+|unknown)\\)\\n"));
    QVERIFY2(firstLine.match(text).hasMatch(), qPrintable(text));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
}

void TestBuildInfo::versionOptionPrintsTheText()
{
    const QString binary = QDir(qEnvironmentVariable("BACKFILL_BIN_DIR"))
                               .filePath(QStringLiteral("backfill-browser"));
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        QProcess app;
        app.start(binary, {option});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(app.readAllStandardOutput()), buildInfoText());
    }
}

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "tst_buildinfo.moc"
