#include "credentialprovider.h"

#include "apilogging.h"

#include "domain/utctime.h"

#include <QPointer>

bool Credentials::isUsableAt(const QDateTime &now, std::chrono::seconds margin) const
{
    if (!isValid())
        return false;
    if (expiration.isNull())
        return true;
    return now.addSecs(margin.count()) < expiration;
}

CredentialProvider::CredentialProvider(QObject *parent)
    : QObject(parent)
{ }

CredentialProvider::~CredentialProvider() = default;

std::optional<Credentials> CredentialProvider::current(std::chrono::seconds margin) const
{
    if (m_credentials && m_credentials->isUsableAt(now(), margin))
        return m_credentials;
    return std::nullopt;
}

std::optional<Credentials> CredentialProvider::last() const
{
    return m_credentials;
}

void CredentialProvider::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    // Queued: whoever asked connects first, and a provider that answers at once (a fixed key)
    // never emits inside the caller's own stack.
    QMetaObject::invokeMethod(this, &CredentialProvider::beginRefresh, Qt::QueuedConnection);
}

void CredentialProvider::beginRefresh()
{
    if (m_refreshing)
        startRefresh();
}

bool CredentialProvider::isRefreshing() const
{
    return m_refreshing;
}

void CredentialProvider::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime CredentialProvider::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void CredentialProvider::deliver(const Credentials &credentials)
{
    m_credentials = credentials;
    if (!m_refreshing)
        return;
    m_refreshing = false;
    emit refreshed();
}

void CredentialProvider::fail(const ApiError &error)
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    emit refreshFailed(error);
}

// ---------------------------------------------------------------------------------------------

StaticCredentialProvider::StaticCredentialProvider(const Credentials &credentials, QObject *parent)
    : CredentialProvider(parent)
    , m_fixed(credentials)
{
    if (m_fixed.isValid())
        deliver(m_fixed);
}

QString StaticCredentialProvider::describe() const
{
    if (!m_fixed.isValid())
        return tr("no AccessKey");
    const QString id = AccessKey::maskId(m_fixed.key.id);
    if (!m_fixed.key.isSts())
        return tr("AccessKey %1").arg(id);
    if (m_fixed.expiration.isNull())
        return tr("STS token %1").arg(id);
    return tr("STS token %1, expires %2").arg(id, UtcTime::format(m_fixed.expiration));
}

void StaticCredentialProvider::startRefresh()
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.accessKeyId = m_fixed.key.id;
    if (!m_fixed.isValid()) {
        error.detail = tr("No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                          "ALIBABA_CLOUD_ACCESS_KEY_SECRET.");
        fail(error);
        return;
    }
    if (!m_fixed.isUsableAt(now(), std::chrono::seconds(0))) {
        error.detail = tr("The STS token %1 expired at %2: get a new one and sign in with it "
                          "again.")
                           .arg(m_fixed.key.id, UtcTime::format(m_fixed.expiration));
        fail(error);
        return;
    }
    deliver(m_fixed);
}
