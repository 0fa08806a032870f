// The About dialog shows what BuildInfo knows, copies the --version text, closes, and is
// translated when zh_CN is installed.
#include "aboutdialog.h"
#include "buildinfo.h"
#include "i18n.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void showsBuildInfo_data();
    void showsBuildInfo();
    void linksPointAtTheProject();
    void copyDetailsPutsVersionTextOnClipboard();
    void closeButtonRejects();
    void translatedToSimplifiedChinese();
};

void TestAboutDialog::cleanup()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestAboutDialog::showsBuildInfo_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << "aboutVersionLabel" << BuildInfo::applicationVersion();
    QTest::newRow("commit") << "aboutCommitLabel" << BuildInfo::gitCommit();
    QTest::newRow("Qt run-time") << "aboutQtVersionLabel" << BuildInfo::qtRuntimeVersion();
    QTest::newRow("Qt compiled") << "aboutQtVersionLabel" << BuildInfo::qtCompileVersion();
    QTest::newRow("QtKeychain") << "aboutKeychainVersionLabel" << BuildInfo::keychainVersion();
    QTest::newRow("secret store") << "aboutSecretStoreLabel" << BuildInfo::secretStoreDescription();
    QTest::newRow("licence") << "aboutLicenseLabel" << BuildInfo::licenseSpdx();
}

void TestAboutDialog::showsBuildInfo()
{
    QFETCH(QString, objectName);
    QFETCH(QString, expected);
    AboutDialog dialog;
    auto *label = dialog.findChild<QLabel *>(objectName);
    QVERIFY2(label, qPrintable(objectName));
    QVERIFY(!expected.isEmpty());
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
}

void TestAboutDialog::linksPointAtTheProject()
{
    AboutDialog dialog;
    auto *links = dialog.findChild<QLabel *>(QStringLiteral("aboutLinksLabel"));
    QVERIFY(links);
    QVERIFY(links->openExternalLinks());
    QVERIFY(links->text().contains(QStringLiteral("href=\"%1\"").arg(BuildInfo::homepageUrl())));
    QVERIFY(links->text().contains(QStringLiteral("href=\"%1\"").arg(BuildInfo::issuesUrl())));
}

void TestAboutDialog::copyDetailsPutsVersionTextOnClipboard()
{
    AboutDialog dialog;
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("aboutCopyButton"));
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), buildInfoText());
}

void TestAboutDialog::closeButtonRejects()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("aboutButtonBox"));
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestAboutDialog::translatedToSimplifiedChinese()
{
    QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
    AboutDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("关于 Backfill Browser"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("aboutButtonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("关闭")); // qtbase
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("aboutCopyButton"))->text(),
             QStringLiteral("复制详细信息"));
    // For looking at it (docs, reviews): BACKFILL_SCREENSHOT_DIR=/tmp build/bin/tst_aboutdialog
    const QString shots = qEnvironmentVariable("BACKFILL_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("about-zh_CN.png"))));
        cleanup();
        AboutDialog english;
        english.show();
        QVERIFY(QTest::qWaitForWindowExposed(&english));
        QVERIFY(english.grab().save(QDir(shots).filePath(QStringLiteral("about-en.png"))));
    }
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
