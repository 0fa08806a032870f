#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

// Warnings only by default: the command line prints to the same stderr its users and scripts read.
Q_LOGGING_CATEGORY(lcI18n, "backfill.ui", QtWarningMsg)

namespace {

// qt_add_translations (translations/CMakeLists.txt) embeds the .qm files under this prefix.
const QLatin1String kResourceDir(":/i18n");
const QLatin1String kBaseName("backfill-browser");

QString s_currentLanguage = QStringLiteral("en");

QString qmPathFor(const QString &language)
{
    return QStringLiteral("%1/%2_%3.qm").arg(kResourceDir, kBaseName, language);
}

// "zh-CN", "zh_CN", "zh_Hans_CN" -> the shipped name that best matches, or "" for none. An exact
// locale match wins; otherwise the language alone ("zh" -> "zh_CN", "en_GB" -> "en").
QString matchShippedLanguage(const QLocale &locale)
{
    const QStringList shipped = I18n::availableLanguages();
    QString name = locale.name(); // "zh_CN"
    if (shipped.contains(name))
        return name;
    // Same language and script only: a Traditional Chinese (zh_TW) user is better served by
    // English than by Simplified Chinese chosen behind their back.
    for (const QString &candidate : shipped) {
        const QLocale shippedLocale(candidate);
        if (shippedLocale.language() == locale.language()
            && shippedLocale.script() == locale.script())
            return candidate;
    }
    return {};
}

// QLocale("xx") quietly becomes the C locale; an explicit choice must name a real language.
bool isRecognisedLocale(const QString &requested, const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return false;
    const QString lang
        = requested.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    return QLocale(lang).language() == locale.language();
}

} // namespace

bool installTranslations(QCoreApplication &app, const QString &languageOverride,
                         QString *errorMessage)
{
    QString requested = languageOverride.trimmed();
    if (requested.isEmpty())
        requested = QSettings().value(I18n::languageSettingKey()).toString().trimmed();

    QLocale locale = QLocale::system();
    QString shipped;
    if (!requested.isEmpty()) {
        const QLocale explicitLocale(requested);
        shipped = isRecognisedLocale(requested, explicitLocale)
            ? matchShippedLanguage(explicitLocale)
            : QString();
        if (shipped.isEmpty()) {
            if (errorMessage) {
                *errorMessage
                    = QCoreApplication::translate(
                          "I18n", "No translation for language \"%1\". Available: %2.")
                          .arg(requested, I18n::availableLanguages().join(QStringLiteral(", ")));
            }
            return false;
        }
        locale = QLocale(shipped);
        QLocale::setDefault(locale);
    } else {
        // The user's message languages in order of preference (LANGUAGE, LC_MESSAGES, LANG on
        // Unix): "LANGUAGE=de:zh_CN" gets Chinese rather than English.
        const QStringList preferred = locale.uiLanguages();
        for (const QString &tag : preferred) {
            shipped = matchShippedLanguage(QLocale(tag));
            if (!shipped.isEmpty())
                break;
        }
    }

    s_currentLanguage = shipped.isEmpty() ? QStringLiteral("en") : shipped;
    if (shipped.isEmpty()) {
        qCInfo(lcI18n) << "No translation for" << locale.name() << "- using English";
        return true;
    }

    auto *ours = new QTranslator(&app);
    if (ours->load(qmPathFor(shipped))) {
        QCoreApplication::installTranslator(ours);
    } else {
        // Cannot happen unless the resource is broken: availableLanguages() listed it.
        qCWarning(lcI18n) << "Embedded translation" << qmPathFor(shipped) << "did not load";
        delete ours;
    }

    // Qt's own strings (standard buttons, QCommandLineParser, file dialogs). Missing qtbase files
    // (qt6-translations-l10n not installed) only leave those in English.
    auto *qtBase = new QTranslator(&app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtBase->load(QLocale(shipped), QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QCoreApplication::installTranslator(qtBase);
    } else {
        qCInfo(lcI18n) << "No qtbase translation for" << shipped << "in" << qtDir;
        delete qtBase;
    }
    return true;
}

namespace I18n {

QString languageSettingKey()
{
    return QStringLiteral("general/language");
}

QStringList availableLanguages()
{
    QStringList languages;
    const QString prefix = kBaseName + QLatin1Char('_');
    const QStringList files
        = QDir(kResourceDir).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(prefix.size()).chopped(3);
    return languages;
}

QString nativeLanguageName(const QString &language)
{
    // CLDR names "en" and "zh_CN" after a country ("American English", "中文（中国）"); a
    // language chooser wants the language and, for Chinese, the script.
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("繁體中文")
                                                                    : QStringLiteral("简体中文");
    return locale.nativeLanguageName();
}

QString plainLabel(const QString &text)
{
    QString plain = text;
    // "(&N)" with optional full-width parentheses, as Chinese, Japanese and Korean menus write it.
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*[(（]&[^&\\s][)）]"));
    plain.remove(cjkMnemonic);
    QString result;
    result.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&')) {
            if (i + 1 < plain.size() && plain.at(i + 1) == QLatin1Char('&'))
                result += plain.at(++i);
            continue;
        }
        result += plain.at(i);
    }
    if (result.endsWith(QChar(0x2026)))
        result.chop(1);
    else if (result.endsWith(QLatin1String("...")))
        result.chop(3);
    return result.trimmed();
}

QString currentLanguage()
{
    return s_currentLanguage;
}

} // namespace I18n
