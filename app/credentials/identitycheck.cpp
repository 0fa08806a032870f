#include "identitycheck.h"

#include "api/actiontrailclient.h"
#include "api/stscalls.h"
#include "domain/safetext.h"
#include "domain/utctime.h"
#include "models/jobformat.h"

#include <QCoreApplication>

QString SignedInIdentity::principalName() const
{
    // The ARN's last word names the principal: ...:root, ...:user/NAME,
    // ...:assumed-role/ROLE/SESSION.
    const QString resource = arn.section(QLatin1Char(':'), -1);
    return resource.section(QLatin1Char('/'), -1);
}

QString SignedInIdentity::elidedAccountId() const
{
    if (accountId.size() <= 9)
        return accountId;
    return accountId.left(4) + QChar(0x2026) + accountId.right(4);
}

QList<QPair<QString, QString>> SignedInIdentity::details() const
{
    const QString expires = expiration.isNull()
        ? QCoreApplication::translate("SignedInIdentity", "never (a long-term AccessKey)")
        : QCoreApplication::translate("SignedInIdentity", "%1 (%2)")
              .arg(UtcTime::format(expiration), JobFormat::dateTimeWithZone(expiration, false));
    return {
        {QCoreApplication::translate("SignedInIdentity", "Account"), accountId},
        {QCoreApplication::translate("SignedInIdentity", "Identity"), identityType},
        {QCoreApplication::translate("SignedInIdentity", "ARN"), arn},
        {QCoreApplication::translate("SignedInIdentity", "Expires"), expires},
        {QCoreApplication::translate("SignedInIdentity", "Via"), via},
    };
}

IdentityCheck::IdentityCheck(QNetworkAccessManager *network, const ClientConfig &settings,
                             QObject *parent)
    : QObject(parent)
    , m_client(new ActionTrailClient(network, this))
{
    m_client->setConfig(settings);
}

IdentityCheck *IdentityCheck::start(QNetworkAccessManager *network, const ClientConfig &settings,
                                    QObject *parent)
{
    auto *check = new IdentityCheck(network, settings, parent);
    GetCallerIdentityCall *call = check->m_client->getCallerIdentity();
    connect(call, &GetCallerIdentityCall::finished, check,
            [check, provider = settings.credentials](const CallerIdentity &answer) {
                SignedInIdentity &identity = check->m_identity;
                identity.accountId = SafeText::forDisplay(answer.accountId);
                identity.identityType = SafeText::forDisplay(answer.identityType);
                identity.arn = SafeText::forDisplay(answer.arn);
                // The credentials that signed this call are the ones whose expiry matters.
                if (const std::optional<Credentials> used = provider->last())
                    identity.expiration = used->expiration;
                identity.via = provider->describe();
                check->m_succeeded = true;
                check->finish();
            });
    connect(call, &ApiCall::failed, check, [check](const ApiError &error) {
        check->m_error = error;
        check->finish();
    });
    return check;
}

void IdentityCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(this);
    deleteLater();
}
