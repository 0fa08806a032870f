#include "profileswitcher.h"

#include "credentials/profilestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QSignalBlocker>
#include <QToolButton>

ProfileSwitcher::ProfileSwitcher(ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_combo(new QComboBox(this))
    , m_manage(new QToolButton(this))
{
    setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Account"));
    m_combo->setToolTip(tr("The account whose backfill tasks are shown"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_manage->setObjectName(QStringLiteral("manageAccountsButton"));
    m_manage->setIcon(QIcon::fromTheme(QStringLiteral("configure")));
    m_manage->setText(tr("Accounts…"));
    m_manage->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_manage->setAccessibleName(tr("Manage accounts"));
    m_manage->setToolTip(tr("Add, edit, remove or import accounts"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_manage);
    setFocusProxy(m_combo);

    connect(m_manage, &QToolButton::clicked, this, &ProfileSwitcher::manageRequested);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { emit profileSelected(m_combo->itemData(index).toString()); });
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfileSwitcher::reload);
    reload();
}

QString ProfileSwitcher::currentProfile() const
{
    return m_combo->currentData().toString();
}

void ProfileSwitcher::setCurrentProfile(const QString &name)
{
    const QSignalBlocker blocker(m_combo);
    const int index = m_combo->findData(name);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void ProfileSwitcher::setOutsideSource(const QString &name, const QString &text,
                                       const QString &toolTip)
{
    m_outsideName = name;
    m_outsideText = text;
    m_outsideToolTip = toolTip;
    reload();
    if (!text.isEmpty()) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_combo->count() - 1);
    }
}

void ProfileSwitcher::setManageButtonVisible(bool visible)
{
    m_manage->setVisible(visible);
}

void ProfileSwitcher::reload()
{
    const QString previous = currentProfile();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (!m_profiles) {
        m_combo->setEnabled(false);
        return;
    }
    const QString defaultName = m_profiles->defaultProfileName();
    for (const Profile &p : m_profiles->profiles()) {
        const QString text
            = p.name == defaultName ? tr("%1 (default)").arg(p.displayName()) : p.displayName();
        m_combo->addItem(text, p.name);
        m_combo->setItemData(m_combo->count() - 1,
                             tr("%1 — key %2, region %3")
                                 .arg(p.displayName(), p.maskedAccessKeyId(),
                                      p.region.isEmpty() ? tr("none") : p.region),
                             Qt::ToolTipRole);
    }
    if (!m_outsideText.isEmpty()) {
        m_combo->addItem(m_outsideText, m_outsideName);
        m_combo->setItemData(m_combo->count() - 1, m_outsideToolTip, Qt::ToolTipRole);
    }
    m_combo->setEnabled(m_combo->count() > 0);
    if (m_combo->count() == 0)
        m_combo->setPlaceholderText(tr("No account"));
    int index = m_combo->findData(previous);
    if (index < 0)
        index = m_combo->findData(defaultName);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    // The selected profile was removed: tell the window so it does not keep using it.
    if (!previous.isEmpty() && currentProfile() != previous)
        QMetaObject::invokeMethod(
            this, [this] { emit profileSelected(currentProfile()); }, Qt::QueuedConnection);
}
