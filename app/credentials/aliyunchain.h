#pragma once

#include "aliyunconfig.h"
#include "api/accesskey.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <chrono>

class QNetworkAccessManager;
struct CredentialChoice;

/**
 * The aliyun CLI's configuration as a link of CredentialResolver's chain: where a profile name
 * of ours is not found, the CLI's profile of that name is; where nothing else is configured, the
 * CLI's current profile (then the INI file's `default` section) is. Read live on every decision
 * (a key rotated with `aliyun configure` is followed) and never written.
 */
namespace AliyunChain {
/**
 * Looks NAME up among the aliyun CLI's profiles. True when that decided the choice: the profile
 * was found (choice->ok, choice->aliyunProfile set) or one of the files is broken (choice->error
 * names it). False when the CLI has no profile of that name.
 */
bool chooseNamed(const QProcessEnvironment &environment, const QString &name,
                 CredentialChoice *choice);
/** The same for "no name given": config.json's current profile, else the INI's `default`. */
bool chooseFallback(const QProcessEnvironment &environment, CredentialChoice *choice);

/** No real chain of roles comes near this; a longer one is a mistake in the file. */
constexpr int maxChainDepth = 16;
/**
 * The profiles a ChainableRamRoleArn profile stands on, its root source first and @p profile
 * last (just @p profile for any other mode). A missing source_profile, a name that is not
 * defined, a cycle or a chain longer than maxChainDepth is refused with one sentence naming the
 * profiles involved.
 */
QList<AliyunProfile> sourceChain(const AliyunProfile &profile, const AliyunProfiles &profiles,
                                 QString *error);
} // namespace AliyunChain

/**
 * Turns one aliyun CLI profile that holds or fetches its own credentials into them: at once for
 * AK and StsToken (an expired `sts_expiration` is refused), by running `process_command`
 * (External), by fetching `credentials_uri` (CredentialsURI) or from the CloudSSO portal (role
 * profiles are AliyunProviderFactory's). Unsupported and half-written profiles get one sentence
 * naming the profile, its file and what to do.
 *
 * Emits `finished` exactly once, never before control returns to the event loop, then deletes
 * itself.
 */
class AliyunResolution : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        /** For External: the aliyun CLI's 60 s. */
        std::chrono::milliseconds processLimit {std::chrono::seconds(60)};
        /** For CredentialsURI and the CloudSSO portal. */
        std::chrono::milliseconds httpDeadline {std::chrono::seconds(15)};
    };

    static AliyunResolution *start(const AliyunProfile &profile,
                                   const QProcessEnvironment &environment,
                                   QNetworkAccessManager *network, const Limits &limits,
                                   QObject *parent);

    bool succeeded() const { return m_errorString.isEmpty(); }
    AccessKey accessKey() const { return m_key; }
    /** Invalid for long-term keys and when the source did not say. */
    QDateTime expiration() const { return m_expiration; }
    QString errorString() const { return m_errorString; }

    /**
     * Why @p profile cannot give credentials without asking anyone (unsupported mode, missing
     * field, expired sign-in, switched off by the environment); empty when it can be tried.
     */
    static QString problem(const AliyunProfile &profile, const QProcessEnvironment &environment,
                           const QDateTime &now);

signals:
    void finished(AliyunResolution *resolution);

private:
    explicit AliyunResolution(QObject *parent);
    void run(const AliyunProfile &profile, const QProcessEnvironment &environment,
             QNetworkAccessManager *network, const Limits &limits);
    void succeed(const AccessKey &key, const QDateTime &expiration);
    void fail(const QString &error);
    void later(const std::function<void()> &step);

    AccessKey m_key;
    QDateTime m_expiration;
    QString m_errorString;
    bool m_done = false;
};
