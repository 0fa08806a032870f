#pragma once

#include "credentials/aliyunimport.h"

#include <QDialog>

class QDialogButtonBox;
class QCheckBox;
class QListWidget;

/**
 * The checklist of profiles found in the Alibaba Cloud CLI's files: supported ones checkable
 * (profiles that already exist here are shown but cannot be checked), unsupported ones listed
 * with the reason. Accepting is the user's confirmation that the checked secrets go to the
 * keychain; the caller does the saving.
 */
class ImportAliyunDialog : public QDialog
{
    Q_OBJECT

public:
    ImportAliyunDialog(const ImportResult &found, const QStringList &existingNames,
                       QWidget *parent = nullptr);

    QList<ImportCandidate> selectedCandidates() const;
    /**
     * True when the person asked to make the aliyun CLI's current profile the default (offered
     * only when that profile is importable: never another one).
     */
    bool makeCurrentDefault() const;
    void setMakeCurrentDefault(bool checked);

private:
    void updateButton();

    QList<ImportCandidate> m_candidates;
    QListWidget *m_list;
    QCheckBox *m_makeDefault;
    QDialogButtonBox *m_buttons;
};
