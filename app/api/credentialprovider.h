#pragma once

#include "accesskey.h"
#include "apierror.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

/** Usable signing credentials: a key (with its security token for STS) and when it expires. */
struct Credentials
{
    AccessKey key;
    /** When the key stops working (UTC); null: it never expires (a long-term AccessKey). */
    QDateTime expiration;

    bool isValid() const { return key.isValid(); }
    /** True when the key is valid and will still work `margin` after `now`. */
    bool isUsableAt(const QDateTime &now, std::chrono::seconds margin) const;
};

Q_DECLARE_METATYPE(Credentials)

/**
 * Where the requests of a session get their signing key. One provider is shared by every request
 * of a session (and by any client that signs as the same principal), so that temporary
 * credentials are fetched once and refreshed once, however many calls are under way.
 *
 * current() answers synchronously from what the provider holds; refresh() asks the source for new
 * credentials. A refresh always completes later (never inside refresh()), with exactly one
 * `refreshed()` or `refreshFailed(ApiError)`; calling refresh() while one is under way joins it.
 * A failed refresh keeps what the provider held: credentials still valid stay usable.
 *
 * Subclasses implement startRefresh() and end each refresh with deliver() or fail().
 */
class CredentialProvider : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /**
     * Temporary credentials are renewed when this little remains, as the official Go credentials
     * library does: enough for a slow request (and its retries) to arrive before they expire.
     */
    static constexpr std::chrono::seconds refreshMargin {180};
    /**
     * The least a key must have left to sign a request with when a refresh could not renew it:
     * an attempt's transfer plus a clock a little off.
     */
    static constexpr std::chrono::seconds minimumValidity {15};

    explicit CredentialProvider(QObject *parent = nullptr);
    ~CredentialProvider() override;

    /** The credentials held, when they are usable for at least `margin` more; else nullopt. */
    std::optional<Credentials> current(std::chrono::seconds margin) const;
    /** The credentials last delivered, usable or not (for labels: key id, expiry). */
    std::optional<Credentials> last() const;
    /** Starts one refresh, or joins the one under way. */
    void refresh();
    bool isRefreshing() const;
    /**
     * For people and logs: what signs ("AccessKey LTAI****1234", "role acs:ram::…:role/x via
     * AccessKey LTAI****1234"); never a secret or token.
     */
    virtual QString describe() const = 0;

    /** The clock expiry is judged by (tests inject one; the default is the system's UTC time). */
    void setClock(Clock clock);
    QDateTime now() const;

signals:
    void refreshed();
    void refreshFailed(const ApiError &error);

protected:
    /** Begins fetching; must end, now or later, in exactly one deliver() or fail(). */
    virtual void startRefresh() = 0;
    /** Ends the refresh under way with new credentials (also usable to seed them, unasked). */
    void deliver(const Credentials &credentials);
    /** Ends the refresh under way with an error; the credentials held stay as they are. */
    void fail(const ApiError &error);

private:
    void beginRefresh();

    std::optional<Credentials> m_credentials;
    Clock m_clock;
    bool m_refreshing = false;
};

/**
 * Fixed credentials: a long-term AccessKey, or a pasted STS token with an optional expiry. A
 * refresh hands back the same key while it is valid and fails once it has expired.
 */
class StaticCredentialProvider : public CredentialProvider
{
    Q_OBJECT

public:
    explicit StaticCredentialProvider(const Credentials &credentials, QObject *parent = nullptr);
    QString describe() const override;

protected:
    void startRefresh() override;

private:
    Credentials m_fixed;
};
