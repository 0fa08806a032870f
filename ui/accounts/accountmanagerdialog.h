#pragma once

#include "credentials/accountstore.h"
#include "credentials/aliyunimport.h"
#include "credentials/profile.h"
#include "credentials/secretstore.h"

#include <QDialog>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcessEnvironment>

class AccountStore;
class CredentialResolver;
class ProfileStore;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTreeWidget;

/**
 * Manages the accounts: the list (masked key ids, default mark, session-only label) and add,
 * edit, remove, set default, import from the Alibaba Cloud CLI and test connection. All keychain
 * work is asynchronous; while it runs the dialog shows a busy indicator and disables its actions.
 *
 * Test connection: after setConnectionTester() the dialog runs ConnectionTest itself (a real
 * ListDeliveryHistoryJobs with PageSize 1). Without it, it emits testConnectionRequested() and
 * the owner answers with setConnectionTestResult().
 */
class AccountManagerDialog : public QDialog
{
    Q_OBJECT

public:
    AccountManagerDialog(ProfileStore *profiles, SecretStore *secrets,
                         const QProcessEnvironment &environment
                         = QProcessEnvironment::systemEnvironment(),
                         QWidget *parent = nullptr);

    /** The profile selected in the list (empty when none). */
    QString selectedProfile() const;
    void selectProfile(const QString &name);
    bool isBusy() const { return m_busy; }
    /** Lets "Test Connection" call the service itself through @p network and @p resolver. */
    void setConnectionTester(QNetworkAccessManager *network, CredentialResolver *resolver);

public slots:
    /** Opens the editor for a new account (also used by the first-run screen). */
    void addAccount();
    void editSelected();
    void removeSelected();
    void setSelectedAsDefault();
    /** Reads the CLI's files and opens the import checklist. */
    void importFromAliyun();
    void testSelectedConnection();
    /** The answer to testConnectionRequested(). */
    void setConnectionTestResult(const QString &profileName, bool ok, const QString &message);

signals:
    /**
     * Only without setConnectionTester(): run ListDeliveryHistoryJobs (PageSize 1) with this
     * profile and answer with setConnectionTestResult().
     */
    void testConnectionRequested(const QString &profileName);
    void busyChanged(bool busy);
    /** A profile was added or changed (its settings or its secret) and saved. */
    void profileSaved(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateActions();
    void setBusy(const QString &what);
    void setIdle(const QString &message = {}, bool error = false);
    void saveEdited(const Profile &profile, const ProfileSecret &secret, bool secretChanged,
                    bool editing);
    void storeProfile(const Profile &profile, bool makeDefaultIfFirst);
    void offerSessionOnly(const Profile &profile, const ProfileSecret &secret,
                          const QString &keychainError);
    void importNext();
    void scanForOrphans();
    void removeOrphanedSecret(const QString &name);
    bool isOrphanedSecret(const QString &name) const;

    QPointer<ProfileStore> m_profiles;
    QPointer<SecretStore> m_secrets;
    AccountStore *m_accounts;
    QProcessEnvironment m_environment;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_default;
    QPushButton *m_import;
    QPushButton *m_test;
    QProgressBar *m_busyIndicator;
    QLabel *m_status;
    bool m_busy = false;
    QString m_testing;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<CredentialResolver> m_resolver;
    QList<ImportCandidate> m_importQueue;
    QStringList m_imported;
    QStringList m_importErrors;
    bool m_makeCurrentDefault = false;
    QString m_aliyunCurrent;
    /** What the last AccountStore::findOrphans() found; shown in the list until fixed. */
    QList<AccountOrphan> m_orphans;
    bool m_scanning = false;
};
