#include "accountssummary.h"

#include "api/apierror.h"
#include "domain/safetext.h"
#include "errortext.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int AccountIdRole = Qt::UserRole + 1;
}

AccountsSummary::AccountsSummary(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_failures(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("accountsSummary"));
    m_headline->setObjectName(QStringLiteral("accountsHeadline"));
    m_headline->setWordWrap(true);
    m_failures->setObjectName(QStringLiteral("accountFailures"));
    m_failures->setAccessibleName(tr("Accounts that could not be listed"));
    m_failures->setRootIsDecorated(false);
    m_failures->setUniformRowHeights(true);
    m_failures->setColumnCount(ColumnCount);
    m_failures->setHeaderLabels(
        {tr("Account"), tr("Problem"), tr("Code and RequestId"), QString()});
    m_failures->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_failures->header()->setStretchLastSection(false);
    m_failures->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_headline);
    layout->addWidget(m_failures);
    layout->addStretch();
    clear();
}

void AccountsSummary::clear()
{
    m_failures->clear();
    m_failures->hide();
    m_headline->setText(tr("Listing the member accounts…"));
}

void AccountsSummary::setListing(const AllAccountsListing &listing)
{
    m_failures->clear();
    const int accounts = int(listing.accounts.size());
    const int failed = listing.failedAccounts();
    const QString listed = tr("Tasks listed: %1 from %n member account(s).", nullptr, accounts)
                               .arg(QLocale().toString(listing.jobCount()));
    m_headline->setText(failed == 0 ? listed
                                    : listed + QLatin1Char(' ')
                                + tr("%n account(s) could not be listed; the other accounts' "
                                     "tasks are all shown.",
                                     nullptr, failed));
    for (const AccountTasks &tasks : listing.accounts) {
        if (!tasks.failure)
            continue;
        const ApiError error = safeForDisplay(*tasks.failure);
        const MemberAccount &account = tasks.account;
        const QString name = SafeText::forDisplay(account.displayName);
        auto *item = new QTreeWidgetItem(m_failures);
        item->setText(
            AccountColumn,
            name.isEmpty()
                ? account.accountId
                : tr("%1 (%2)", "account display name (account id)").arg(name, account.accountId));
        item->setData(AccountColumn, AccountIdRole, account.accountId);
        const QString problem = describeApiError(error, ErrorAudience::Window);
        item->setText(ProblemColumn, problem);
        item->setToolTip(ProblemColumn, problem);
        item->setText(IdentifiersColumn, ErrorText::identifiers(error));
        auto *retry = new QPushButton(tr("Retry"), m_failures);
        retry->setObjectName(QStringLiteral("retryAccount_%1").arg(account.accountId));
        retry->setAccessibleName(tr("Retry account %1").arg(account.accountId));
        const QString accountId = account.accountId;
        connect(retry, &QPushButton::clicked, this, [this, accountId, retry] {
            // Once per click: the new listing brings a fresh row (or none).
            retry->setEnabled(false);
            emit retryRequested(accountId);
        });
        m_failures->setItemWidget(item, RetryColumn, retry);
    }
    m_failures->setVisible(failed > 0);
    // As tall as its rows (up to six, then it scrolls): the tasks keep the window's height.
    const int rows = std::min(failed, 6);
    const int rowHeight = failed > 0 ? m_failures->sizeHintForRow(0) : 0;
    m_failures->setMaximumHeight(m_failures->header()->sizeHint().height() + rows * rowHeight
                                 + 2 * m_failures->frameWidth() + 2);
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != ProblemColumn)
            m_failures->resizeColumnToContents(column);
    }
}

QStringList AccountsSummary::failedAccountIds() const
{
    QStringList ids;
    for (int i = 0; i < m_failures->topLevelItemCount(); ++i)
        ids << m_failures->topLevelItem(i)->data(AccountColumn, AccountIdRole).toString();
    return ids;
}
