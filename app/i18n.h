#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/**
 * Loads the application's embedded translation (`:/i18n/backfill-browser_<lang>.qm`) together with
 * Qt's own `qtbase_<lang>` from QLibraryInfo::TranslationsPath, and installs both on @p app (which
 * owns the translators). The language is, in order: @p languageOverride (the `--language` option),
 * the saved setting (languageSettingKey()), the system locale. When a language is chosen explicitly
 * it also becomes the default QLocale, so dates and numbers follow it.
 *
 * Returns false, with a translated reason in @p errorMessage, only when an explicit override or
 * setting names a language we do not ship; a system locale we do not ship falls back to English,
 * the source language, which is not an error.
 */
bool installTranslations(QCoreApplication &app, const QString &languageOverride,
                         QString *errorMessage = nullptr);

namespace I18n {

/** The QSettings key of the saved language ("" or absent = follow the system). */
QString languageSettingKey();

/** The languages we ship a translation for, as locale names ("en", "zh_CN"), sorted. */
QStringList availableLanguages();

/** The name of @p language in that language ("English", "简体中文"), for a language chooser. */
QString nativeLanguageName(const QString &language);

/**
 * @p text without its keyboard mnemonic and trailing ellipsis, for toolbar buttons and accessible
 * names: "&New Task…" -> "New Task", and the CJK convention "新建任务(&N)…" -> "新建任务" (Qt only
 * removes the '&' and would show "新建任务(N)…"). "&&" stays a literal "&".
 */
QString plainLabel(const QString &text);

/** The locale name actually chosen by the last installTranslations() ("en" when none was found). */
QString currentLanguage();

} // namespace I18n
