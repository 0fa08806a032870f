#pragma once

#include "api/allaccountslister.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

/**
 * The "Accounts" summary of All accounts: how many member accounts and tasks were listed, and one
 * row per account that could not be listed (why, with its Code and RequestId) with a Retry
 * button each. It only shows a listing and asks for retries; the source does the work.
 */
class AccountsSummary : public QWidget
{
    Q_OBJECT

public:
    enum Column { AccountColumn, ProblemColumn, IdentifiersColumn, RetryColumn, ColumnCount };

    explicit AccountsSummary(QWidget *parent = nullptr);

    /** Shows `listing` (the latest one: a retry's listing replaces the whole). */
    void setListing(const AllAccountsListing &listing);
    /** Nothing listed yet (a new scope or account). */
    void clear();
    /** The accounts shown as failed, in the listing's order. */
    QStringList failedAccountIds() const;

signals:
    /** Retry on an account's row: list that account again. */
    void retryRequested(const QString &accountId);

private:
    QLabel *m_headline;
    QTreeWidget *m_failures;
};
