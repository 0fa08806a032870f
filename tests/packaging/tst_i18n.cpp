// installTranslations(): which language wins (override > setting > system), that our embedded
// catalogue and Qt's qtbase catalogue are both installed, and that a language we do not ship is
// refused with a clear message instead of silently falling back.
#include "i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTest>
#include <QTranslator>

namespace {
// A string of ours (app/buildinfo.cpp) and one of Qt's (qtbase), with their zh_CN translations.
QString ourString()
{
    return QCoreApplication::translate("BuildInfo", "Licence: %1");
}
QString qtString()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}
} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shipsEnglishAndSimplifiedChinese();
    void overrideSelectsLanguage_data();
    void overrideSelectsLanguage();
    void unshippedLanguageIsRefused_data();
    void unshippedLanguageIsRefused();
    void settingIsUsedWithoutOverride();
    void overrideBeatsSetting();
    void invalidSettingIsReported();
    void nativeNames();
    void plainLabels_data();
    void plainLabels();
    void systemLocaleIsFollowed();
};

void TestI18n::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BackfillBrowserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
}

void TestI18n::cleanup()
{
    // Each test starts in English: take back every translator the previous one installed.
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QSettings().remove(I18n::languageSettingKey());
    QLocale::setDefault(QLocale::c());
}

void TestI18n::shipsEnglishAndSimplifiedChinese()
{
    QCOMPARE(I18n::availableLanguages(),
             QStringList({QStringLiteral("en"), QStringLiteral("zh_CN")}));
}

void TestI18n::overrideSelectsLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("ours");
    QTest::addColumn<QString>("qt");
    const QString zhOurs = QStringLiteral("许可证：%1");
    const QString zhQt = QStringLiteral("取消");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN" << zhOurs << zhQt;
    QTest::newRow("zh-CN (BCP 47 spelling)") << "zh-CN"
                                             << "zh_CN" << zhOurs << zhQt;
    QTest::newRow("zh (language only)") << "zh"
                                        << "zh_CN" << zhOurs << zhQt;
    QTest::newRow("zh_SG (Simplified script)") << "zh_SG"
                                               << "zh_CN" << zhOurs << zhQt;
    QTest::newRow("en") << "en"
                        << "en"
                        << "Licence: %1"
                        << "Cancel";
    QTest::newRow("en_GB (language only matches)") << "en_GB"
                                                   << "en"
                                                   << "Licence: %1"
                                                   << "Cancel";
    QTest::newRow("surrounding spaces") << " zh_CN "
                                        << "zh_CN" << zhOurs << zhQt;
}

void TestI18n::overrideSelectsLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, chosen);
    QFETCH(QString, ours);
    QFETCH(QString, qt);
    QString error;
    QVERIFY(installTranslations(*qApp, requested, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(I18n::currentLanguage(), chosen);
    QCOMPARE(ourString(), ours);
    QCOMPARE(qtString(), qt);
    // An explicit choice also formats dates and numbers.
    QCOMPARE(QLocale().name(), QLocale(chosen).name());
}

void TestI18n::unshippedLanguageIsRefused_data()
{
    QTest::addColumn<QString>("requested");
    QTest::newRow("not a language") << "xx";
    QTest::newRow("French, not shipped") << "fr";
    QTest::newRow("Traditional Chinese is not Simplified") << "zh_TW";
    QTest::newRow("C locale") << "C";
    QTest::newRow("garbage") << "--";
}

void TestI18n::unshippedLanguageIsRefused()
{
    QFETCH(QString, requested);
    QString error;
    QVERIFY(!installTranslations(*qApp, requested, &error));
    QVERIFY2(error.contains(requested), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("zh_CN")), qPrintable(error)); // says what there is
    QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
    QCOMPARE(ourString(), QStringLiteral("Licence: %1"));
}

void TestI18n::settingIsUsedWithoutOverride()
{
    QSettings().setValue(I18n::languageSettingKey(), QStringLiteral("zh_CN"));
    QVERIFY(installTranslations(*qApp, QString()));
    QCOMPARE(I18n::currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(ourString(), QStringLiteral("许可证：%1"));
}

void TestI18n::overrideBeatsSetting()
{
    QSettings().setValue(I18n::languageSettingKey(), QStringLiteral("zh_CN"));
    QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
    QCOMPARE(I18n::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(ourString(), QStringLiteral("Licence: %1"));
}

void TestI18n::invalidSettingIsReported()
{
    QSettings().setValue(I18n::languageSettingKey(), QStringLiteral("klingon"));
    QString error;
    QVERIFY(!installTranslations(*qApp, QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("klingon")), qPrintable(error));
}

void TestI18n::nativeNames()
{
    QCOMPARE(I18n::nativeLanguageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(I18n::nativeLanguageName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestI18n::plainLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("mnemonic and ellipsis") << "&New Task…"
                                           << "New Task";
    QTest::newRow("mnemonic inside") << "Load &All"
                                     << "Load All";
    QTest::newRow("three dots") << "&Export..."
                                << "Export";
    QTest::newRow("CJK mnemonic") << "新建任务(&N)…"
                                  << "新建任务";
    QTest::newRow("CJK mnemonic, full-width") << "导出（&E）…"
                                              << "导出";
    QTest::newRow("CJK mnemonic after Latin") << "复制为 &JSON"
                                              << "复制为 JSON";
    QTest::newRow("literal ampersand") << "Save && Quit"
                                       << "Save & Quit";
    QTest::newRow("no mnemonic") << "Accounts"
                                 << "Accounts";
    QTest::newRow("parenthesis that is not a mnemonic") << "Region (ID)"
                                                        << "Region (ID)";
}

void TestI18n::plainLabels()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(I18n::plainLabel(text), plain);
}

void TestI18n::systemLocaleIsFollowed()
{
    // The system locale is read once at start-up, so CTest runs this function in processes with
    // LC_ALL set (tests/packaging/CMakeLists.txt) and tells it what to expect.
    const QString expected = qEnvironmentVariable("BACKFILL_EXPECTED_LANGUAGE");
    if (expected.isEmpty())
        QSKIP("run by the tst_i18n_system_* CTest entries with LC_ALL set");
    QString error;
    QVERIFY(installTranslations(*qApp, QString(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(I18n::currentLanguage(), expected);
    QCOMPARE(ourString(),
             expected == QLatin1String("zh_CN") ? QStringLiteral("许可证：%1")
                                                : QStringLiteral("Licence: %1"));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
