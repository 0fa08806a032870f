#pragma once

#include "actiontrailclient.h"
#include "domain/memberaccount.h"

/**
 * ResourceManager ListAccounts: one page of the resource directory's member accounts. Only the
 * management account or a delegated administrator may call it; any other account (or one without
 * a resource directory) fails with EntityNotExists.ResourceDirectory. Resent freely (a read).
 */
class ListAccountsCall : public ApiCall
{
    Q_OBJECT
public:
    int pageNumber() const { return m_pageNumber; }
    int pageSize() const { return m_pageSize; }
signals:
    void finished(const AccountPage &page);

private:
    friend class ActionTrailClient;
    ListAccountsCall(ActionTrailClient *client, int pageNumber, int pageSize);
    std::optional<ApiError> deliver(const QByteArray &body, const QString &requestId) override;
    int m_pageNumber;
    int m_pageSize;
};
