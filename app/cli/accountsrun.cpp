#include "accountsrun.h"

#include "api/actiontrailclient.h"
#include "api/allaccountslister.h"
#include "domain/jobserializer.h"
#include "domain/safetext.h"
#include "exitcode.h"
#include "jobstext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
QJsonObject accountJson(const MemberAccount &account)
{
    return QJsonObject {
        {QStringLiteral("AccountId"), account.accountId},
        {QStringLiteral("DisplayName"), account.displayName},
        {QStringLiteral("Type"), account.type},
        {QStringLiteral("Status"), account.status},
        {QStringLiteral("JoinMethod"), account.joinMethod},
        {QStringLiteral("FolderId"), account.folderId},
    };
}

/** "name (id)" for people, made safe for a terminal. */
QString accountLabel(const MemberAccount &account)
{
    return SafeText::forDisplay(account.displayName) + QStringLiteral(" (") + account.accountId
        + QLatin1Char(')');
}

/** Left-aligned columns, by terminal cells; every cell already safe for display. */
QString alignedTable(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += row.at(i);
            if (i + 1 < row.size())
                line += QString(widths.at(i) - displayWidth(row.at(i)) + 2, QLatin1Char(' '));
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}
} // namespace

AccountsRun::AccountsRun(const JobsRequest &request, ActionTrailClient *client, QTextStream &out,
                         QTextStream &err, Finish finish, Fail fail)
    : m_request(request)
    , m_client(client)
    , m_out(out)
    , m_err(err)
    , m_finish(std::move(finish))
    , m_fail(std::move(fail))
{ }

void AccountsRun::listAccounts()
{
    // The lister's first stage is the paged ListAccounts; it is stopped once the members are known.
    auto *lister = new AllAccountsLister(m_client, {}, &m_context);
    QObject::connect(lister, &AllAccountsLister::accountsKnown, &m_context,
                     [this, lister](const QList<MemberAccount> &accounts) {
                         // Stopped before any member's role is assumed.
                         lister->disconnect(&m_context);
                         lister->abort();
                         lister->deleteLater();
                         printAccounts(accounts);
                         m_finish(CliSuccess);
                     });
    QObject::connect(lister, &AllAccountsLister::failed, &m_context,
                     [this](const ApiError &error) { m_fail(error); });
    lister->start();
}

void AccountsRun::printAccounts(const QList<MemberAccount> &accounts)
{
    if (m_request.format == QLatin1String("json")) {
        QJsonArray list;
        for (const MemberAccount &account : accounts)
            list.append(accountJson(account));
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("Accounts"), list},
                                            {QStringLiteral("TotalCount"), int(accounts.size())}})
                     .toJson(QJsonDocument::Indented);
    } else if (m_request.format == QLatin1String("csv")) {
        QString text = QStringLiteral("AccountId,DisplayName,Type,Status,JoinMethod\r\n");
        for (const MemberAccount &account : accounts) {
            const QString cells[] = {account.accountId, account.displayName, account.type,
                                     account.status, account.joinMethod};
            for (int i = 0; i < 5; ++i) {
                if (i > 0)
                    text += QLatin1Char(',');
                JobSerializer::appendCsvText(text, cells[i]);
            }
            text += QStringLiteral("\r\n");
        }
        m_out << text;
    } else {
        QList<QStringList> rows {{QCoreApplication::translate("AccountsRun", "Account ID"),
                                  QCoreApplication::translate("AccountsRun", "Name"),
                                  QCoreApplication::translate("AccountsRun", "Type"),
                                  QCoreApplication::translate("AccountsRun", "Status")}};
        for (const MemberAccount &account : accounts)
            rows.append({account.accountId, SafeText::forDisplay(account.displayName),
                         SafeText::forDisplay(account.type), SafeText::forDisplay(account.status)});
        m_out << alignedTable(rows);
        m_out.flush();
        m_err << QCoreApplication::translate("AccountsRun", "%n member account(s).", nullptr,
                                             int(accounts.size()))
              << "\n";
    }
    m_out.flush();
}

void AccountsRun::listAllAccountsJobs(std::function<QUrl(const QString &region)> endpointFor)
{
    auto *lister = new AllAccountsLister(m_client, std::move(endpointFor), &m_context);
    if (!m_request.roleName.isEmpty())
        lister->setRoleName(m_request.roleName);
    lister->setExternalId(m_request.externalId);
    lister->setMaxConcurrent(m_request.parallel);
    QObject::connect(lister, &AllAccountsLister::finished, &m_context,
                     [this](const AllAccountsListing &listing) {
                         printListing(listing);
                         m_finish(listing.failedAccounts() > 0 ? CliServiceFailure : CliSuccess);
                     });
    QObject::connect(lister, &AllAccountsLister::failed, &m_context,
                     [this](const ApiError &error) { m_fail(error); });
    lister->start();
}

void AccountsRun::printListing(const AllAccountsListing &listing)
{
    const QString format = m_request.format;
    if (format == QLatin1String("json")) {
        QString chunk = QStringLiteral("{\"DeliveryHistoryJobs\":[");
        bool first = true;
        for (const AccountTasks &tasks : listing.accounts) {
            for (const DeliveryJob &job : tasks.listing.jobs) {
                chunk += first ? QLatin1String("\n") : QLatin1String(",\n");
                first = false;
                JobSerializer::appendJson(chunk, job);
                chunk.chop(1); // the closing brace: AccountId goes inside
                chunk += QLatin1String(",\"AccountId\":");
                JobSerializer::appendJsonText(chunk, tasks.account.accountId);
                chunk += QLatin1Char('}');
            }
            m_out << chunk;
            chunk.clear();
        }
        QJsonArray accounts;
        for (const AccountTasks &tasks : listing.accounts) {
            QJsonObject object {{QStringLiteral("AccountId"), tasks.account.accountId},
                                {QStringLiteral("DisplayName"), tasks.account.displayName}};
            if (tasks.failure) {
                // A failure without a service Code (the network, a timeout) still says why.
                const ApiError &error = *tasks.failure;
                object.insert(QStringLiteral("Code"), error.code);
                object.insert(QStringLiteral("Message"),
                              error.message.isEmpty() ? describeApiError(error) : error.message);
                object.insert(QStringLiteral("RequestId"), error.requestId);
            }
            accounts.append(object);
        }
        chunk += QLatin1String("\n],\"Accounts\":")
            + QString::fromUtf8(QJsonDocument(accounts).toJson(QJsonDocument::Compact))
            + QLatin1String(",\"TotalCount\":") + QString::number(listing.jobCount())
            + QLatin1String("}\n");
        m_out << chunk;
    } else if (format == QLatin1String("csv")) {
        const QList<JobSerializer::Column> columns
            = m_request.columns.isEmpty() ? JobSerializer::allColumns() : m_request.columns;
        QString chunk
            = QStringLiteral("AccountId,AccountName,") + JobSerializer::csvHeader(columns);
        for (const AccountTasks &tasks : listing.accounts) {
            for (const DeliveryJob &job : tasks.listing.jobs) {
                JobSerializer::appendCsvText(chunk, tasks.account.accountId);
                chunk += QLatin1Char(',');
                JobSerializer::appendCsvText(chunk, tasks.account.displayName);
                chunk += QLatin1Char(',');
                JobSerializer::appendCsvRecord(chunk, job, columns);
            }
            m_out << chunk;
            chunk.clear();
        }
    } else {
        for (const AccountTasks &tasks : listing.accounts) {
            if (tasks.failure)
                continue;
            m_out << "== " << accountLabel(tasks.account) << " ==\n";
            if (tasks.listing.jobs.isEmpty()) {
                m_out << QCoreApplication::translate("AccountsRun", "No backfill tasks.") << "\n";
            } else {
                m_out << (m_request.columns.isEmpty()
                              ? formatJobsTable(tasks.listing.jobs)
                              : formatJobsTable(tasks.listing.jobs, m_request.columns));
            }
            m_out << "\n";
        }
        m_out.flush();
        m_err << QCoreApplication::translate("AccountsRun",
                                             "%n backfill task(s) in %1 of %2 accounts.", nullptr,
                                             listing.jobCount())
                     .arg(listing.accounts.size() - listing.failedAccounts())
                     .arg(listing.accounts.size())
              << "\n";
    }
    m_out.flush();
    // Failures on stderr whatever the format: the rows of the other accounts are complete.
    for (const AccountTasks &tasks : listing.accounts) {
        if (tasks.failure) {
            m_err << QCoreApplication::translate("AccountsRun", "account %1: %2 (%3, RequestId %4)")
                         .arg(accountLabel(tasks.account),
                              SafeText::forDisplay(describeApiError(*tasks.failure)),
                              SafeText::forDisplay(tasks.failure->code),
                              SafeText::forDisplay(tasks.failure->requestId))
                  << "\n";
        }
        for (const RegionFailure &failure : tasks.listing.failures) {
            m_err << QCoreApplication::translate("AccountsRun", "account %1, region %2: %3")
                         .arg(accountLabel(tasks.account), SafeText::forDisplay(failure.region),
                              SafeText::forDisplay(describeApiError(failure.error)))
                  << "\n";
        }
    }
    m_err.flush();
}
