#pragma once

// CONTRACT shared by the API layer (ResourceManager ListAccounts), the emulator, the all-accounts
// lister and the command line. Change the shape only together with its users.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

/** One member account of a resource directory, as ListAccounts describes it. Times are UTC. */
struct MemberAccount
{
    /** Digits only: it is spliced into role ARNs (acs:ram::<AccountId>:role/...). */
    QString accountId;
    QString displayName;
    /** "CloudAccount" (invited) or "ResourceAccount" (created in the directory). */
    QString type;
    /** "CreateSuccess", "InviteSuccess", "PromoteSuccess", ... or what the service sent. */
    QString status;
    QString folderId;
    QString resourceDirectoryId;
    QString resourceDirectoryPath;
    /** "invited" or "created". */
    QString joinMethod;
    QDateTime joinTime;
    QDateTime modifyTime;

    friend bool operator==(const MemberAccount &a, const MemberAccount &b);
    friend bool operator!=(const MemberAccount &a, const MemberAccount &b) { return !(a == b); }
};

/** One page of ListAccounts. */
struct AccountPage
{
    QList<MemberAccount> accounts;
    int totalCount = 0;
    int pageNumber = 0;
    int pageSize = 0;
    QString requestId;
};

namespace MemberAccounts {
/** True for an account id the service could have issued: 1 to 32 ASCII digits. */
bool isAccountId(const QString &text);
} // namespace MemberAccounts

Q_DECLARE_METATYPE(MemberAccount)
Q_DECLARE_METATYPE(AccountPage)
