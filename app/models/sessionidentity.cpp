#include "sessionidentity.h"

#include "jobformat.h"
#include "modelslogging.h"
#include "session.h"

SessionIdentity::SessionIdentity(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::accountChanged, this, &SessionIdentity::follow);
}

QString SessionIdentity::text() const
{
    if (!m_identity)
        return {};
    const QString who
        = tr("%1 @ %2").arg(m_identity->principalName(), m_identity->elidedAccountId());
    if (m_identity->expiration.isNull())
        return who;
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return tr("%1, expires %2").arg(who, JobFormat::clockTime(m_identity->expiration, now));
}

QString SessionIdentity::toolTip() const
{
    if (!m_identity)
        return {};
    QStringList lines;
    for (const auto &[label, value] : m_identity->details())
        lines << tr("%1: %2").arg(label, value);
    return lines.join(QLatin1Char('\n'));
}

void SessionIdentity::follow(const SessionAccount &account)
{
    // Another account: what was known, or being asked, about the last one is void.
    delete m_check;
    disconnect(m_refreshed);
    const bool wasKnown = m_identity.has_value();
    m_identity.reset();
    if (wasKnown)
        emit changed({}, {});
    if (account.demo || !account.credentials || account.stsEndpoint.isEmpty())
        return;
    m_refreshed = connect(account.credentials.get(), &CredentialProvider::refreshed, this,
                          &SessionIdentity::renewed);
    ask();
}

void SessionIdentity::renewed()
{
    // A static key "renewed" is the same key: ask only when the credentials really changed, so
    // that the question never renews them itself, round and round.
    const std::shared_ptr<CredentialProvider> provider
        = m_session ? m_session->account().credentials : nullptr;
    const std::optional<Credentials> held = provider ? provider->last() : std::nullopt;
    if (m_check || !held || (m_identity && held->expiration == m_identity->expiration))
        return;
    ask();
}

void SessionIdentity::ask()
{
    if (!m_session)
        return;
    const SessionAccount account = m_session->account();
    ClientConfig settings;
    settings.credentials = account.credentials;
    settings.stsEndpoint = account.stsEndpoint;
    settings.signatureVersion = account.signatureVersion;
    // A label, not the work: one retry for a transient failure, then say nothing.
    settings.retryPolicy.setMaxAttempts(2);
    m_check = IdentityCheck::start(m_session->network(), settings, this);
    connect(m_check, &IdentityCheck::finished, this, [this](IdentityCheck *done) {
        m_check = nullptr;
        if (!done->succeeded()) {
            const ApiError error = safeForDisplay(done->error());
            qCInfo(lcModel).noquote() << "who the session signs in as is unknown:" << error.code
                                      << error.requestId << error.detail;
            return;
        }
        m_identity = done->identity();
        emit changed(text(), toolTip());
    });
}
