#include "accountmanagerdialog.h"

#include "importaliyundialog.h"
#include "profileeditordialog.h"

#include "credentials/accountstore.h"
#include "credentials/aliyunimport.h"
#include "credentials/connectiontest.h"
#include "credentials/credentialresolver.h"
#include "credentials/profilestore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, KeyColumn, RegionColumn, KindColumn, StorageColumn };

bool isKeychainUnavailable(SecretJob::Error error)
{
    return error == SecretJob::Error::NoKeychain || error == SecretJob::Error::AccessDenied;
}
} // namespace

AccountManagerDialog::AccountManagerDialog(ProfileStore *profiles, SecretStore *secrets,
                                           const QProcessEnvironment &environment, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_accounts(new AccountStore(profiles, secrets, this))
    , m_environment(environment)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_default(new QPushButton(tr("Set as &Default"), this))
    , m_import(new QPushButton(tr("&Import from Alibaba Cloud CLI…"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_busyIndicator(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountManagerDialog"));
    setWindowTitle(tr("Accounts"));

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Name"), tr("AccessKey ID"), tr("Region"), tr("Kind"), tr("Stored in")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const struct
    {
        QPushButton *button;
        const char *name;
        QString tip;
    } buttons[] = {
        {m_add, "addButton", tr("Add an account with its AccessKey")},
        {m_edit, "editButton", tr("Change the selected account")},
        {m_remove, "removeButton",
         tr("Remove the selected account and its secret from the keychain")},
        {m_default, "setDefaultButton", tr("Use the selected account when none is chosen")},
        {m_import, "importButton", {}}, // says which files: updateActions()
        {m_test, "testConnectionButton",
         tr("List one backfill task with the selected account to check that it works")},
    };
    auto *buttonColumn = new QVBoxLayout;
    for (const auto &b : buttons) {
        b.button->setObjectName(QLatin1String(b.name));
        b.button->setToolTip(b.tip);
        b.button->setAccessibleDescription(b.tip);
        b.button->setAutoDefault(false);
        buttonColumn->addWidget(b.button);
    }
    buttonColumn->addStretch(1);

    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // indeterminate
    m_busyIndicator->setMaximumHeight(6);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->hide();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttonBox"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttonColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(880, 380);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AccountManagerDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountManagerDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountManagerDialog::removeSelected);
    connect(m_default, &QPushButton::clicked, this, &AccountManagerDialog::setSelectedAsDefault);
    connect(m_import, &QPushButton::clicked, this, &AccountManagerDialog::importFromAliyun);
    connect(m_test, &QPushButton::clicked, this, &AccountManagerDialog::testSelectedConnection);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AccountManagerDialog::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, &AccountManagerDialog::editSelected);
    if (m_profiles) {
        connect(m_profiles, &ProfileStore::profilesChanged, this, &AccountManagerDialog::reload);
        if (m_profiles->isFileUnreadable())
            setIdle(m_profiles->lastError(), true);
    }
    reload();
    // Queued: whoever created the dialog connects first, and the window shows before the
    // keychain is asked anything.
    QTimer::singleShot(0, this, &AccountManagerDialog::scanForOrphans);
}

QString AccountManagerDialog::selectedProfile() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString()
                              : selected.first()->data(NameColumn, Qt::UserRole).toString();
}

void AccountManagerDialog::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void AccountManagerDialog::reload()
{
    const QString selected = selectedProfile();
    m_list->clear();
    if (!m_profiles)
        return;
    const QString defaultName = m_profiles->defaultProfileName();
    for (const Profile &p : m_profiles->profiles()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, p.name);
        item->setText(NameColumn,
                      p.name == defaultName ? tr("%1 (default)").arg(p.displayName())
                                            : p.displayName());
        item->setText(KeyColumn, p.maskedAccessKeyId());
        item->setText(RegionColumn, p.region);
        item->setText(KindColumn,
                      p.kind == CredentialKind::StsToken ? tr("STS token") : tr("AccessKey"));
        item->setText(StorageColumn,
                      p.sessionOnly ? tr("This session only (not saved)") : tr("Keychain"));
        if (!p.description.isEmpty())
            item->setToolTip(NameColumn, p.description);
        if (p.name == defaultName) {
            QFont font = item->font(NameColumn);
            font.setBold(true);
            item->setFont(NameColumn, font);
        }
        for (const AccountOrphan &orphan : std::as_const(m_orphans)) {
            if (orphan.profileName == p.name
                && orphan.kind == AccountOrphan::Kind::ProfileWithoutSecret) {
                item->setText(StorageColumn, tr("Keychain: secret missing"));
                item->setToolTip(StorageColumn,
                                 tr("The keychain holds no secret for this account (an add or "
                                    "remove was interrupted). Edit it to enter the secret again, "
                                    "or remove it."));
                item->setIcon(StorageColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
        }
    }
    for (const AccountOrphan &orphan : std::as_const(m_orphans)) {
        if (orphan.kind != AccountOrphan::Kind::SecretWithoutProfile
            || m_profiles->contains(orphan.profileName))
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, orphan.profileName);
        item->setText(NameColumn, orphan.profileName);
        item->setText(KindColumn, tr("Secret only"));
        item->setText(StorageColumn, tr("Keychain: no account uses it"));
        item->setIcon(StorageColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        const QString tip = tr("A secret an interrupted add left in the keychain; no account "
                               "leads to it. Remove deletes it.");
        item->setToolTip(NameColumn, tip);
        item->setToolTip(StorageColumn, tip);
    }
    selectProfile(selected.isEmpty() ? defaultName : selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateActions();
}

void AccountManagerDialog::updateActions()
{
    const bool writable = m_profiles && !m_profiles->isFileUnreadable();
    const QString name = selectedProfile();
    const std::optional<Profile> p = m_profiles ? m_profiles->profile(name) : std::nullopt;
    m_list->setEnabled(!m_busy);
    m_add->setEnabled(!m_busy && writable);
    // Nothing to offer while neither file exists; the tooltip says where we looked.
    const QString cliConfig = AliyunImport::cliConfigPath(m_environment);
    const QString credentialsFile = AliyunImport::credentialsFilePath(m_environment);
    const bool importable = QFileInfo::exists(cliConfig) || QFileInfo::exists(credentialsFile);
    m_import->setEnabled(!m_busy && writable && importable);
    m_import->setToolTip(
        importable
            ? tr("Import AccessKey and STS profiles of %1 and %2").arg(cliConfig, credentialsFile)
            : tr("Nothing to import: neither %1 nor %2 exists.").arg(cliConfig, credentialsFile));
    m_import->setAccessibleDescription(m_import->toolTip());
    m_edit->setEnabled(!m_busy && writable && p.has_value());
    m_remove->setEnabled(!m_busy && writable && (p.has_value() || isOrphanedSecret(name)));
    m_default->setEnabled(!m_busy && writable && p && !p->sessionOnly
                          && m_profiles->defaultProfileName() != name);
    m_test->setEnabled(!m_busy && p.has_value());
}

void AccountManagerDialog::changeEvent(QEvent *event)
{
    // Coming back from a terminal where `aliyun configure` just wrote its file: look again.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        updateActions();
    QDialog::changeEvent(event);
}

void AccountManagerDialog::setBusy(const QString &what)
{
    m_busy = true;
    m_busyIndicator->show();
    m_status->setText(what);
    m_status->setStyleSheet(QString());
    updateActions();
    emit busyChanged(true);
}

void AccountManagerDialog::setIdle(const QString &message, bool error)
{
    const bool wasBusy = m_busy;
    m_busy = false;
    m_busyIndicator->hide();
    m_status->setText(message);
    m_status->setProperty("error", error);
    // Errors must stand out; colour alone is not enough, hence the text says what failed.
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(highlighted-text); background: "
                                                   "#b00020; padding: 4px;")
                                  : QString());
    updateActions();
    if (wasBusy) {
        emit busyChanged(false);
        scanForOrphans(); // what just ran may have fixed or left a half
    }
}

void AccountManagerDialog::addAccount()
{
    if (m_busy || !m_profiles)
        return;
    auto *editor = new ProfileEditorDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const Profile &p : m_profiles->profiles())
        names << p.name;
    editor->setExistingNames(names);
    connect(editor, &QDialog::accepted, this,
            [this, editor] { saveEdited(editor->profile(), editor->secret(), true, false); });
    editor->open(); // window-modal without a nested event loop
}

void AccountManagerDialog::editSelected()
{
    const std::optional<Profile> existing
        = m_profiles ? m_profiles->profile(selectedProfile()) : std::nullopt;
    if (m_busy || !existing)
        return;
    auto *editor = new ProfileEditorDialog(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setProfile(*existing);
    const bool sessionOnly = existing->sessionOnly;
    connect(editor, &QDialog::accepted, this, [this, editor, sessionOnly] {
        Profile p = editor->profile();
        p.sessionOnly = sessionOnly;
        saveEdited(p, editor->secret(), editor->isSecretChanged(), true);
    });
    editor->open();
}

void AccountManagerDialog::saveEdited(const Profile &profile, const ProfileSecret &secret,
                                      bool secretChanged, bool editing)
{
    if (!m_secrets || !m_profiles)
        return;
    if (!secretChanged) {
        storeProfile(profile, false);
        return;
    }
    if (profile.sessionOnly) {
        m_secrets->holdForSession(profile.name, secret);
        storeProfile(profile, false);
        return;
    }
    setBusy(tr("Saving the secret of \"%1\" to the keychain…").arg(profile.name));
    const bool first = m_profiles->defaultProfileName().isEmpty();
    AccountJob *job = m_accounts->add(profile, secret);
    connect(job, &AccountJob::finished, this,
            [this, profile, secret, editing, first](AccountJob *done) {
                if (done->succeeded()) {
                    if (!editing && first)
                        m_profiles->setDefaultProfile(profile.name);
                    selectProfile(profile.name);
                    emit profileSaved(profile.name);
                    setIdle(tr("Saved \"%1\"; its secret is in the keychain.").arg(profile.name));
                    return;
                }
                if (!editing && isKeychainUnavailable(done->secretError())) {
                    setIdle();
                    offerSessionOnly(profile, secret, done->errorString());
                    return;
                }
                setIdle(tr("Not saved: %1").arg(done->errorString()), true);
            });
}

void AccountManagerDialog::storeProfile(const Profile &profile, bool makeDefaultIfFirst)
{
    const bool first = m_profiles->defaultProfileName().isEmpty();
    // Only profiles whose secret did not change come here (new secrets go through AccountStore):
    // a failed save leaves the stored secret as it was.
    if (!m_profiles->save(profile)) {
        setIdle(tr("Not saved: %1").arg(m_profiles->lastError()), true);
        return;
    }
    if (makeDefaultIfFirst && first && !profile.sessionOnly)
        m_profiles->setDefaultProfile(profile.name);
    selectProfile(profile.name);
    emit profileSaved(profile.name);
    setIdle(
        profile.sessionOnly
            ? tr("\"%1\" is available for this session only; it is not saved.").arg(profile.name)
            : tr("Saved \"%1\"; its secret is in the keychain.").arg(profile.name));
}

void AccountManagerDialog::offerSessionOnly(const Profile &profile, const ProfileSecret &secret,
                                            const QString &keychainError)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No keychain available"), keychainError,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sessionOnlyQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("You can use this account for this session only: the secret is "
                               "kept in memory and forgotten when Backfill Browser quits. "
                               "Nothing is written to disk."));
    QPushButton *sessionOnly
        = box->addButton(tr("Use for This Session Only"), QMessageBox::AcceptRole);
    sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, sessionOnly, profile, secret](QAbstractButton *button) {
                Q_UNUSED(box);
                if (button != sessionOnly) {
                    setIdle(tr("Not saved."));
                    return;
                }
                Profile temporary = profile;
                temporary.sessionOnly = true;
                m_secrets->holdForSession(temporary.name, secret);
                storeProfile(temporary, false);
            });
    box->open();
}

void AccountManagerDialog::removeSelected()
{
    if (!m_busy && isOrphanedSecret(selectedProfile())) {
        removeOrphanedSecret(selectedProfile());
        return;
    }
    const std::optional<Profile> p
        = m_profiles ? m_profiles->profile(selectedProfile()) : std::nullopt;
    if (m_busy || !p)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove Account"),
        tr("Remove \"%1\" and delete its secret from the keychain?").arg(p->displayName()),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const Profile &profile = *p;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, profile](QAbstractButton *button) {
                if (button != remove)
                    return;
                if (profile.sessionOnly) {
                    m_secrets->forget(profile.name);
                    m_profiles->remove(profile.name);
                    setIdle(tr("Removed \"%1\".").arg(profile.name));
                    return;
                }
                setBusy(tr("Deleting the secret of \"%1\" from the keychain…").arg(profile.name));
                AccountJob *job = m_accounts->remove(profile.name);
                connect(job, &AccountJob::finished, this, [this, profile](AccountJob *done) {
                    if (done->secretError() != SecretJob::Error::None) {
                        setIdle(tr("Not removed (the profile is kept so you can retry): %1")
                                    .arg(done->errorString()),
                                true);
                        return;
                    }
                    if (!done->succeeded()) {
                        setIdle(done->errorString(), true);
                        return;
                    }
                    setIdle(tr("Removed \"%1\" and its secret.").arg(profile.name));
                });
            });
    box->open();
}

void AccountManagerDialog::setSelectedAsDefault()
{
    const QString name = selectedProfile();
    if (m_busy || name.isEmpty() || !m_profiles)
        return;
    if (m_profiles->setDefaultProfile(name))
        setIdle(tr("\"%1\" is now the default account.").arg(name));
    else
        setIdle(m_profiles->lastError(), true);
}

void AccountManagerDialog::importFromAliyun()
{
    if (m_busy || !m_profiles)
        return;
    // Two small local files: reading them here is quicker than any thread hand-off.
    const ImportResult found = AliyunImport::readAll(m_environment);
    if (found.candidates.isEmpty() && found.skipped.isEmpty()) {
        setIdle(found.fileError.isEmpty() ? tr("Nothing to import.") : found.fileError,
                !found.fileError.isEmpty());
        return;
    }
    QStringList names;
    for (const Profile &p : m_profiles->profiles())
        names << p.name;
    auto *dialog = new ImportAliyunDialog(found, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aliyunCurrent = found.currentProfile;
    dialog->setMakeCurrentDefault(m_profiles->defaultProfileName().isEmpty());
    connect(dialog, &QDialog::accepted, this, [this, dialog, candidates = found.candidates] {
        // A chained role comes with the profiles it stands on, saved before it.
        m_importQueue = AliyunImport::withSources(
            candidates, dialog->selectedCandidates(),
            [this](const QString &name) { return m_profiles && m_profiles->contains(name); });
        m_makeCurrentDefault = dialog->makeCurrentDefault();
        m_imported.clear();
        m_importErrors.clear();
        importNext();
    });
    dialog->open();
}

void AccountManagerDialog::importNext()
{
    if (m_importQueue.isEmpty()) {
        // Only when asked, and only the CLI's current profile: never another principal.
        if (m_makeCurrentDefault && m_imported.contains(m_aliyunCurrent))
            m_profiles->setDefaultProfile(m_aliyunCurrent);
        QString message = tr("Imported %n account(s).", nullptr, int(m_imported.size()));
        if (!m_importErrors.isEmpty())
            message += QLatin1Char('\n') + m_importErrors.join(QLatin1Char('\n'));
        setIdle(message, !m_importErrors.isEmpty());
        return;
    }
    const ImportCandidate candidate = m_importQueue.takeFirst();
    setBusy(tr("Importing \"%1\"…").arg(candidate.profile.name));
    AccountJob *job = m_accounts->add(candidate.profile, candidate.secret);
    connect(job, &AccountJob::finished, this, [this, candidate](AccountJob *done) {
        if (!done->succeeded()) {
            m_importErrors << tr("%1: %2").arg(candidate.profile.name, done->errorString());
            if (isKeychainUnavailable(done->secretError()))
                m_importQueue.clear(); // the rest would fail the same way
            importNext();
            return;
        }
        m_imported << candidate.profile.name;
        importNext();
    });
}

void AccountManagerDialog::testSelectedConnection()
{
    const QString name = selectedProfile();
    if (m_busy || name.isEmpty())
        return;
    m_testing = name;
    setBusy(tr("Testing \"%1\": listing one backfill task…").arg(name));
    if (m_network && m_resolver) {
        ConnectionTest *test = ConnectionTest::start(m_network, m_resolver, name, this);
        connect(test, &ConnectionTest::finished, this,
                &AccountManagerDialog::setConnectionTestResult);
        return;
    }
    emit testConnectionRequested(name);
}

void AccountManagerDialog::setConnectionTester(QNetworkAccessManager *network,
                                               CredentialResolver *resolver)
{
    m_network = network;
    m_resolver = resolver;
}

void AccountManagerDialog::setConnectionTestResult(const QString &profileName, bool ok,
                                                   const QString &message)
{
    if (profileName != m_testing)
        return; // an answer to a question no longer asked
    m_testing.clear();
    setIdle(ok ? tr("\"%1\" works. %2").arg(profileName, message)
               : tr("\"%1\" does not work: %2").arg(profileName, message),
            !ok);
}

bool AccountManagerDialog::isOrphanedSecret(const QString &name) const
{
    if (name.isEmpty() || (m_profiles && m_profiles->contains(name)))
        return false;
    return std::any_of(m_orphans.cbegin(), m_orphans.cend(), [&name](const AccountOrphan &o) {
        return o.profileName == name && o.kind == AccountOrphan::Kind::SecretWithoutProfile;
    });
}

void AccountManagerDialog::scanForOrphans()
{
    if (m_scanning || m_busy || !m_profiles || m_profiles->isFileUnreadable())
        return;
    m_scanning = true;
    OrphanScan *scan = m_accounts->findOrphans();
    connect(scan, &OrphanScan::finished, this, [this](OrphanScan *done) {
        m_scanning = false;
        if (!done->succeeded()) {
            // The keychain cannot be asked; every add or test says so in its own words, so the
            // list simply shows no leftovers rather than a second error.
            m_orphans.clear();
            reload();
            return;
        }
        const bool found = !done->orphans().isEmpty();
        const bool changed = [&] {
            if (done->orphans().size() != m_orphans.size())
                return true;
            for (qsizetype i = 0; i < m_orphans.size(); ++i) {
                if (done->orphans().at(i).profileName != m_orphans.at(i).profileName
                    || done->orphans().at(i).kind != m_orphans.at(i).kind)
                    return true;
            }
            return false;
        }();
        m_orphans = done->orphans();
        if (!changed)
            return;
        reload();
        if (found && !m_busy && !m_status->property("error").toBool())
            m_status->setText(tr("Found %n leftover(s) of an interrupted change, marked in the "
                                 "list. Select one and press Remove to delete it.",
                                 nullptr, int(m_orphans.size())));
    });
}

void AccountManagerDialog::removeOrphanedSecret(const QString &name)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete Leftover Secret"),
        tr("Delete the secret stored under \"%1\" from the keychain? No account uses it.")
            .arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeOrphanQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *button) {
        if (button != remove)
            return;
        setBusy(tr("Deleting the leftover secret \"%1\" from the keychain…").arg(name));
        AccountJob *job = m_accounts->remove(name);
        connect(job, &AccountJob::finished, this, [this, name](AccountJob *done) {
            if (!done->succeeded()) {
                setIdle(tr("Not deleted: %1").arg(done->errorString()), true);
                return;
            }
            setIdle(tr("Deleted the leftover secret \"%1\".").arg(name));
        });
    });
    box->open();
}
