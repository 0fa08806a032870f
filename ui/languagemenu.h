#pragma once

#include <QMenu>

class QActionGroup;

/**
 * A "Language" menu for the main window's menu bar (or Settings): "System default" and each
 * language we ship, named in its own language. Choosing one saves the setting
 * (I18n::languageSettingKey()) that installTranslations() reads at the next start; the running
 * windows are not retranslated, and the menu says so.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    /** The user picked @p language ("" = follow the system); it applies after a restart. */
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);
    QActionGroup *m_group;
};
