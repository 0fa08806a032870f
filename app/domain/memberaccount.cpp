#include "memberaccount.h"

#include <algorithm>

bool operator==(const MemberAccount &a, const MemberAccount &b)
{
    return a.accountId == b.accountId && a.displayName == b.displayName && a.type == b.type
        && a.status == b.status && a.folderId == b.folderId
        && a.resourceDirectoryId == b.resourceDirectoryId
        && a.resourceDirectoryPath == b.resourceDirectoryPath && a.joinMethod == b.joinMethod
        && a.joinTime == b.joinTime && a.modifyTime == b.modifyTime;
}

namespace MemberAccounts {
bool isAccountId(const QString &text)
{
    return !text.isEmpty() && text.size() <= 32
        && std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}
} // namespace MemberAccounts
