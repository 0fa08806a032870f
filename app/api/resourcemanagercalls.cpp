#include "resourcemanagercalls.h"

#include "responseparser.h"

#include <algorithm>

ListAccountsCall::ListAccountsCall(ActionTrailClient *client, int pageNumber, int pageSize)
    : ApiCall(client, QStringLiteral("ListAccounts"),
              {{QStringLiteral("PageNumber"), QString::number(pageNumber)},
               {QStringLiteral("PageSize"), QString::number(pageSize)}},
              Effect::Read, ApiProduct::ResourceManager)
    , m_pageNumber(pageNumber)
    , m_pageSize(pageSize)
{ }

std::optional<ApiError> ListAccountsCall::deliver(const QByteArray &body, const QString &)
{
    AccountPage page;
    if (auto error = ResponseParser::parseAccountPage(body, &page))
        return error;
    noteRequestId(page.requestId);
    emit finished(page);
    return std::nullopt;
}

ListAccountsCall *ActionTrailClient::listAccounts(int pageNumber, int pageSize)
{
    // The service's own bounds (PageNumber from 1, PageSize 1-100): out of them it answers an
    // error, so the request is made valid instead.
    auto *call = new ListAccountsCall(this, std::max(1, pageNumber),
                                      std::clamp(pageSize, 1, ResponseParser::maxAccountsPerPage));
    call->start();
    return call;
}
