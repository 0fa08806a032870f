#pragma once

#include "jobsoptions.h"

#include <QObject>
#include <QTextStream>
#include <QUrl>

#include <functional>

class ActionTrailClient;
struct AccountPage;
struct AllAccountsListing;
struct ApiError;

/**
 * `accounts list` and `jobs list --all-accounts`: the resource directory's member accounts, and
 * every member's backfill tasks (AllAccountsLister), written as table, json or csv. Ends through
 * `finish(exitCode)`: 0 when every account was listed, 1 when the directory could not be listed
 * or any account failed (its rows missing, the others' printed, the failure on stderr).
 */
class AccountsRun
{
public:
    using Finish = std::function<void(int exitCode)>;
    using Fail = std::function<void(const ApiError &error)>;

    AccountsRun(const JobsRequest &request, ActionTrailClient *client, QTextStream &out,
                QTextStream &err, Finish finish, Fail fail);

    /** `accounts list`: every member, all pages. */
    void listAccounts();
    /** `jobs list --all-accounts`; member ActionTrail endpoints come from `endpointFor`. */
    void listAllAccountsJobs(std::function<QUrl(const QString &region)> endpointFor);

private:
    void printAccounts(const QList<struct MemberAccount> &accounts);
    void printListing(const AllAccountsListing &listing);

    JobsRequest m_request;
    ActionTrailClient *m_client;
    QTextStream &m_out;
    QTextStream &m_err;
    Finish m_finish;
    Fail m_fail;
    QObject m_context;
};
