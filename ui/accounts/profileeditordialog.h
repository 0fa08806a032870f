#pragma once

#include "credentials/profile.h"
#include "credentials/secretstore.h"

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class RegionEndpointsEditor;

/**
 * Edits one profile: name, description, key id, secret (password field with a reveal toggle),
 * STS token, region (editable combo of the known regions), endpoint, the endpoints of some
 * regions, signature version.
 * Only collects and validates; the caller saves (asynchronously) on accepted(). In edit mode an
 * empty secret field means "keep the stored secret".
 */
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileEditorDialog(QWidget *parent = nullptr);

    /** Edit mode: the name is fixed, the secret field may stay empty. */
    void setProfile(const Profile &profile);
    /** Names already taken (add mode refuses them). */
    void setExistingNames(const QStringList &names);

    Profile profile() const;
    /** What was typed; empty in edit mode when the secret is to be kept. */
    ProfileSecret secret() const;
    bool isSecretChanged() const;

    /** Empty when the input is acceptable, else the first problem in words. */
    QString validationProblem() const;

private:
    void revalidate();
    QAction *addRevealAction(QLineEdit *edit, const QString &objectName, const QString &what);

    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secret;
    QCheckBox *m_sts;
    QLineEdit *m_token;
    QComboBox *m_region;
    QLineEdit *m_endpoint;
    RegionEndpointsEditor *m_regionEndpoints;
    QLineEdit *m_caBundle;
    QComboBox *m_signatureVersion;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_existingNames;
    bool m_editing = false;
    bool m_storedSts = false;
};
