#include "resourcedirectory.h"

#include "api/responseparser.h"
#include "emulatorprotocol.h"
#include "jobstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace {
const char *const teamNames[]
    = {"payments", "web", "data", "security", "mobile", "search", "billing", "iot", "ml", "ops"};
const char *const stageNames[] = {"prod", "staging", "dev"};

EmulatorResponse errorFor(int status, const char *code, const char *message, const QByteArray &host)
{
    return EmulatorProtocol::errorResponse(status, QString::fromLatin1(code),
                                           QString::fromLatin1(message), host);
}
} // namespace

ResourceDirectoryEmulator::ResourceDirectoryEmulator(int memberCount, quint64 seed,
                                                     int jobsPerMember, qint64 nowSecs)
{
    const int count = std::clamp(memberCount, 0, maxMembers);
    const QString directory = QStringLiteral("rd-3Gemu");
    const QString root = QStringLiteral("r-Wemu");
    for (int i = 0; i < count; ++i) {
        EmulatedMember member;
        MemberAccount &account = member.account;
        // 16 digits like the service's; never the management account's own id.
        account.accountId = QStringLiteral("18%1").arg(i + 1, 14, 10, QLatin1Char('0'));
        account.displayName = QStringLiteral("%1-%2").arg(QLatin1String(stageNames[i % 3]),
                                                          QLatin1String(teamNames[(i / 3) % 10]));
        if (i >= 30)
            account.displayName += QStringLiteral("-%1").arg(i / 30 + 1);
        // Every third member was invited; the others were created in the directory.
        const bool invited = i % 3 == 2;
        account.type = invited ? QStringLiteral("CloudAccount") : QStringLiteral("ResourceAccount");
        account.status
            = invited ? QStringLiteral("InviteSuccess") : QStringLiteral("CreateSuccess");
        account.joinMethod = invited ? QStringLiteral("invited") : QStringLiteral("created");
        account.folderId = QStringLiteral("fd-emu%1").arg(i % 4);
        account.resourceDirectoryId = directory;
        account.resourceDirectoryPath
            = QStringLiteral("%1/%2/%3/%4")
                  .arg(directory, root, account.folderId, account.accountId);
        const qint64 joined = nowSecs - qint64(400 - i % 400) * 86400;
        account.joinTime = QDateTime::fromSecsSinceEpoch(joined, Qt::UTC);
        account.modifyTime = account.joinTime;
        // JobIds are numbered by the service for every account: members' never meet (a store's
        // ids stay below 2^33, growing from its first).
        const qint64 firstJobId = (qint64(i) + 1) << 33;
        member.store = std::make_shared<JobStore>(seed * 1000003u + quint64(i) + 1, jobsPerMember,
                                                  nowSecs, firstJobId);
        m_members.append(std::move(member));
    }
    // The last invited member lacks the access role (invited accounts may).
    for (qsizetype i = m_members.size() - 1; i >= 0; --i) {
        if (m_members.at(i).account.type == QLatin1String("CloudAccount")) {
            m_members[i].hasAccessRole = false;
            break;
        }
    }
}

ResourceDirectoryEmulator::~ResourceDirectoryEmulator() = default;

const EmulatedMember *ResourceDirectoryEmulator::member(const QString &accountId) const
{
    for (const EmulatedMember &candidate : m_members) {
        if (candidate.account.accountId == accountId)
            return &candidate;
    }
    return nullptr;
}

bool ResourceDirectoryEmulator::setThrottled(const QString &accountId, bool throttled)
{
    for (EmulatedMember &candidate : m_members) {
        if (candidate.account.accountId == accountId) {
            candidate.throttled = throttled;
            return true;
        }
    }
    return false;
}

StsEmulatorSettings::ForeignRole
ResourceDirectoryEmulator::memberRole(const QString &accountId, const QString &roleName) const
{
    using ForeignRole = StsEmulatorSettings::ForeignRole;
    const EmulatedMember *found = member(accountId);
    if (!found)
        return ForeignRole::NotTrusted;
    return found->hasAccessRole && roleName == QLatin1String(accessRoleName) ? ForeignRole::Trusted
                                                                             : ForeignRole::Missing;
}

EmulatorResponse ResourceDirectoryEmulator::handle(const QString &action,
                                                   const QMap<QString, QString> &parameters,
                                                   bool managementCaller,
                                                   const QByteArray &host) const
{
    if (action != QLatin1String("ListAccounts"))
        return errorFor(404, "InvalidApi.NotFound",
                        "Specified api is not found, please check your url and method.", host);
    if (!managementCaller || m_members.isEmpty())
        return errorFor(404, "EntityNotExists.ResourceDirectory",
                        "The resource directory does not exist.", host);
    bool ok = true;
    const int pageNumber = parameters.contains(QStringLiteral("PageNumber"))
        ? parameters.value(QStringLiteral("PageNumber")).toInt(&ok)
        : 1;
    if (!ok || pageNumber < 1)
        return errorFor(400, "InvalidParameter.PageNumber", "The PageNumber is invalid.", host);
    const int pageSize = parameters.contains(QStringLiteral("PageSize"))
        ? parameters.value(QStringLiteral("PageSize")).toInt(&ok)
        : 10;
    if (!ok || pageSize < 1 || pageSize > ResponseParser::maxAccountsPerPage)
        return errorFor(400, "InvalidParameter.PageSize", "The PageSize is invalid.", host);

    AccountPage page;
    page.pageNumber = pageNumber;
    page.pageSize = pageSize;
    page.totalCount = int(m_members.size());
    const qint64 first = qint64(pageNumber - 1) * pageSize;
    for (qint64 i = first; i < std::min<qint64>(first + pageSize, m_members.size()); ++i)
        page.accounts.append(m_members.at(i).account);
    EmulatorResponse response;
    response.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    page.requestId = response.requestId;
    response.body
        = QJsonDocument(ResponseParser::accountPageToJson(page)).toJson(QJsonDocument::Compact);
    return response;
}
