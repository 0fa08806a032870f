#pragma once

#include "credentials/aliyunimport.h"

#include <QDialog>

class QDialogButtonBox;
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

private:
    void updateButton();

    QList<ImportCandidate> m_candidates;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};
