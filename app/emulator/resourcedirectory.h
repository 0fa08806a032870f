#pragma once

#include "domain/memberaccount.h"
#include "stsemulator.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

class JobStore;
struct EmulatorResponse;

/** A member account of the emulated resource directory, with its own trails and tasks. */
struct EmulatedMember
{
    MemberAccount account;
    /** False for the one invited member that lacks ResourceDirectoryAccountAccessRole. */
    bool hasAccessRole = true;
    /** Every ActionTrail request of its role sessions answers Throttling.User (tests). */
    bool throttled = false;
    std::shared_ptr<JobStore> store;
};

/**
 * The emulator as a resource directory (`--accounts N`): its key is the management account of N
 * member accounts, each with its own JobStore (seeded apart, so their tasks differ). Serves
 * ResourceManager 2020-03-31 ListAccounts with the documented nested shape and paging. Members
 * mix ResourceAccount (created) and CloudAccount (invited); the last invited one lacks the access
 * role, as invited members may in the real service.
 */
class ResourceDirectoryEmulator
{
public:
    static constexpr const char *apiVersion = "2020-03-31";
    static constexpr const char *accessRoleName = "ResourceDirectoryAccountAccessRole";
    /** More members than this is not a directory one emulator should hold in memory. */
    static constexpr int maxMembers = 1000;

    /** `memberCount` members (capped at maxMembers) of `jobsPerMember` tasks each. */
    ResourceDirectoryEmulator(int memberCount, quint64 seed, int jobsPerMember, qint64 nowSecs);
    ~ResourceDirectoryEmulator();

    const QList<EmulatedMember> &members() const { return m_members; }
    /** The member with this account id, or nullptr. */
    const EmulatedMember *member(const QString &accountId) const;
    /** Makes a member's ActionTrail requests throttled (or not); false for an unknown id. */
    bool setThrottled(const QString &accountId, bool throttled);
    /**
     * What STS answers for a member role: only accessRoleName exists, in the members that have
     * it, and it trusts the management account.
     */
    StsEmulatorSettings::ForeignRole memberRole(const QString &accountId,
                                                const QString &roleName) const;

    /**
     * One ResourceManager request, already authenticated. `managementCaller`: signed by the
     * directory's management account (its own key); anyone else gets
     * EntityNotExists.ResourceDirectory, as an account outside a directory does.
     */
    EmulatorResponse handle(const QString &action, const QMap<QString, QString> &parameters,
                            bool managementCaller, const QByteArray &host) const;

private:
    QList<EmulatedMember> m_members;
};
