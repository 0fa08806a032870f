// The Language menu lists what we ship, shows the saved choice, and saves a new one for the next
// start (which installTranslations() then honours).
#include "i18n.h"
#include "languagemenu.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestLanguageMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void listsSystemAndShippedLanguages();
    void checksTheSavedLanguage_data();
    void checksTheSavedLanguage();
    void choosingSavesForNextStart_data();
    void choosingSavesForNextStart();
};

void TestLanguageMenu::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagemenu"));
}

void TestLanguageMenu::cleanup()
{
    QSettings().remove(I18n::languageSettingKey());
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestLanguageMenu::listsSystemAndShippedLanguages()
{
    LanguageMenu menu;
    auto *system = menu.findChild<QAction *>(QStringLiteral("languageAction_system"));
    auto *zh = menu.findChild<QAction *>(QStringLiteral("languageAction_zh_CN"));
    auto *en = menu.findChild<QAction *>(QStringLiteral("languageAction_en"));
    QVERIFY(system && zh && en);
    QCOMPARE(zh->text(), QStringLiteral("简体中文")); // named in its own language
    QCOMPARE(en->text(), QStringLiteral("English"));
    QVERIFY(system->isChecked()); // nothing saved yet
}

void TestLanguageMenu::checksTheSavedLanguage_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("checkedAction");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "languageAction_zh_CN";
    QTest::newRow("en") << "en"
                        << "languageAction_en";
    QTest::newRow("no longer shipped: none checked") << "fr"
                                                     << "";
}

void TestLanguageMenu::checksTheSavedLanguage()
{
    QFETCH(QString, saved);
    QFETCH(QString, checkedAction);
    QSettings().setValue(I18n::languageSettingKey(), saved);
    LanguageMenu menu;
    const auto actions = menu.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isCheckable())
            QCOMPARE(action->isChecked(), action->objectName() == checkedAction);
    }
}

void TestLanguageMenu::choosingSavesForNextStart_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QString>("expectedSetting");
    QTest::addColumn<QString>("expectedLicenceText");
    QTest::newRow("system -> zh_CN") << ""
                                     << "languageAction_zh_CN"
                                     << "zh_CN"
                                     << "许可证：%1";
    QTest::newRow("zh_CN -> en") << "zh_CN"
                                 << "languageAction_en"
                                 << "en"
                                 << "Licence: %1";
    QTest::newRow("zh_CN -> system (setting removed)") << "zh_CN"
                                                       << "languageAction_system"
                                                       << ""
                                                       << "Licence: %1";
}

void TestLanguageMenu::choosingSavesForNextStart()
{
    QFETCH(QString, before);
    QFETCH(QString, actionName);
    QFETCH(QString, expectedSetting);
    QFETCH(QString, expectedLicenceText);
    if (!before.isEmpty())
        QSettings().setValue(I18n::languageSettingKey(), before);
    LanguageMenu menu;
    QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
    auto *action = menu.findChild<QAction *>(actionName);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), expectedSetting);
    QCOMPARE(QSettings().contains(I18n::languageSettingKey()), !expectedSetting.isEmpty());
    QCOMPARE(QSettings().value(I18n::languageSettingKey()).toString(), expectedSetting);
    // The next start: the system locale of the test run is not zh, so "" means English.
    QVERIFY(installTranslations(*qApp, QString()));
    QCOMPARE(QCoreApplication::translate("BuildInfo", "Licence: %1"), expectedLicenceText);
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
