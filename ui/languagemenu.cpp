#include "languagemenu.h"

#include "i18n.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    const QString saved = QSettings().value(I18n::languageSettingKey()).toString();

    auto addChoice = [this, &saved](const QString &language, const QString &text) {
        QAction *action = addAction(text);
        action->setObjectName(QStringLiteral("languageAction_")
                              + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    addChoice(QString(), tr("System Default"));
    addSeparator();
    const QStringList languages = I18n::availableLanguages();
    for (const QString &language : languages)
        addChoice(language, I18n::nativeLanguageName(language));
    // A saved language we no longer ship: nothing is checked rather than a wrong one.
    addSeparator();
    QAction *note = addAction(tr("Applies the next time Backfill Browser starts"));
    note->setObjectName(QStringLiteral("languageRestartNote"));
    note->setEnabled(false);
}

void LanguageMenu::choose(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(I18n::languageSettingKey());
    else
        settings.setValue(I18n::languageSettingKey(), language);
    emit languageChosen(language);
}
