#pragma once

#include <QPointer>
#include <QWidget>

class ProfileStore;
class QComboBox;
class QToolButton;

/**
 * A compact profile picker for the main window's toolbar: a combo of profiles (session-only ones
 * labelled as such, the default marked) and a button that opens the account manager.
 */
class ProfileSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(ProfileStore *profiles, QWidget *parent = nullptr);

    /** The selected profile's name; empty when there are none. */
    QString currentProfile() const;
    /** Selects a profile without emitting profileSelected (e.g. restoring the last session). */
    void setCurrentProfile(const QString &name);
    /**
     * Credentials in use that are none of our profiles (the aliyun CLI's profile NAME, the
     * environment's keys): listed after ours as `text` and selected, so the window always names
     * what it uses. Picking it again selects `name` (empty: nothing to pick). Empty `text`:
     * there is none.
     */
    void setOutsideSource(const QString &name, const QString &text, const QString &toolTip);
    /** Hide the "Accounts…" button where the window already has its own. */
    void setManageButtonVisible(bool visible);

signals:
    /** The user picked another profile. */
    void profileSelected(const QString &name);
    void manageRequested();

private:
    void reload();

    QPointer<ProfileStore> m_profiles;
    QComboBox *m_combo;
    QToolButton *m_manage;
    QString m_outsideName;
    QString m_outsideText;
    QString m_outsideToolTip;
    bool m_reloading = false;
};
