#include "importaliyundialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

ImportAliyunDialog::ImportAliyunDialog(const ImportResult &found, const QStringList &existingNames,
                                       QWidget *parent)
    : QDialog(parent)
    , m_candidates(found.candidates)
    , m_list(new QListWidget(this))
    , m_makeDefault(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importAliyunDialog"));
    setWindowTitle(tr("Import from Alibaba Cloud CLI"));

    auto *intro = new QLabel(tr("Choose the profiles to import:"), this);
    intro->setObjectName(QStringLiteral("introLabel"));
    m_list->setObjectName(QStringLiteral("candidateList"));
    m_list->setAccessibleName(tr("Profiles to import"));
    m_list->setToolTip(tr("Check the profiles to import (Space toggles)"));
    for (const ImportCandidate &c : std::as_const(m_candidates)) {
        const bool exists = existingNames.contains(c.profile.name);
        const QString region = c.profile.region.isEmpty() ? tr("no region") : c.profile.region;
        // A chained role has no key: it names the profile whose credentials it assumes with
        // (imported with it when checked).
        QString text = c.profile.kind == CredentialKind::ChainableRamRoleArn
            ? tr("%1 — role %2 with the credentials of \"%3\", %4")
                  .arg(c.profile.name, c.profile.role.roleArn, c.profile.sourceProfile, region)
            : tr("%1 — %2, %3, %4")
                  .arg(c.profile.name, c.profile.maskedAccessKeyId(), region,
                       c.profile.kind == CredentialKind::StsToken ? tr("STS token")
                           : c.profile.assumesRole() ? tr("role %1").arg(c.profile.role.roleArn)
                                                     : tr("AccessKey"));
        if (exists)
            text += tr(" (already added)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(exists ? tr("A profile named \"%1\" already exists; remove it first to "
                                     "import it again.")
                                      .arg(c.profile.name)
                                : tr("From %1").arg(c.sourceFile));
        item->setFlags(exists ? Qt::ItemIsUserCheckable
                              : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(exists ? Qt::Unchecked : Qt::Checked);
    }

    auto *skippedLabel = new QLabel(tr("Not importable:"), this);
    auto *skipped = new QListWidget(this);
    skipped->setObjectName(QStringLiteral("skippedList"));
    skipped->setAccessibleName(tr("Profiles that cannot be imported"));
    for (const ImportProblem &p : found.skipped)
        new QListWidgetItem(tr("%1: %2").arg(p.profileName, p.reason), skipped);
    skipped->setMaximumHeight(skipped->sizeHintForRow(0) * 4 + 2 * skipped->frameWidth() + 4);
    skippedLabel->setVisible(!found.skipped.isEmpty());
    skipped->setVisible(!found.skipped.isEmpty());

    auto *fileError = new QLabel(found.fileError, this);
    fileError->setObjectName(QStringLiteral("fileErrorLabel"));
    fileError->setWordWrap(true);
    fileError->setVisible(!found.fileError.isEmpty());

    auto *confirmation = new QLabel(tr("The secrets of the checked profiles will be stored in "
                                       "your system keychain. The Alibaba Cloud CLI's files are "
                                       "only read, never changed."),
                                    this);
    confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    confirmation->setWordWrap(true);

    // The default decides whose name later commands act in: asked here, and only ever for the
    // principal the aliyun CLI itself uses.
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultCheck"));
    m_makeDefault->setText(tr("Make \"%1\", the aliyun CLI's current profile, the default account")
                               .arg(found.currentProfile));
    const bool currentImportable = !found.currentProfile.isEmpty()
        && !existingNames.contains(found.currentProfile)
        && std::any_of(m_candidates.cbegin(), m_candidates.cend(), [&](const ImportCandidate &c) {
               return c.profile.name == found.currentProfile;
           });
    m_makeDefault->setVisible(currentImportable);

    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileError);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(skippedLabel);
    layout->addWidget(skipped);
    layout->addWidget(m_makeDefault);
    layout->addWidget(confirmation);
    layout->addWidget(m_buttons);

    resize(600, 440);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ImportAliyunDialog::updateButton);
    updateButton();
}

bool ImportAliyunDialog::makeCurrentDefault() const
{
    return !m_makeDefault->isHidden() && m_makeDefault->isChecked();
}

void ImportAliyunDialog::setMakeCurrentDefault(bool checked)
{
    m_makeDefault->setChecked(checked);
}

QList<ImportCandidate> ImportAliyunDialog::selectedCandidates() const
{
    QList<ImportCandidate> selected;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            selected.append(m_candidates.at(i));
    }
    return selected;
}

void ImportAliyunDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedCandidates().isEmpty());
}
