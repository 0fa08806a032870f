#include "connectiontest.h"

#include "api/actiontrailclient.h"
#include "credentialresolver.h"
#include "identitycheck.h"

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, QString profileName, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_profileName(std::move(profileName))
{ }

ConnectionTest *ConnectionTest::start(QNetworkAccessManager *network, CredentialResolver *resolver,
                                      const QString &profileName, QObject *parent)
{
    auto *test = new ConnectionTest(network, profileName, parent);
    test->run(resolver);
    return test;
}

void ConnectionTest::run(CredentialResolver *resolver)
{
    if (!resolver || !m_network) {
        QMetaObject::invokeMethod(
            this, [this] { finish(false, tr("Nothing to test with: no network or profiles.")); },
            Qt::QueuedConnection);
        return;
    }
    CredentialRequest *request = resolver->resolve(m_profileName);
    connect(request, &CredentialRequest::finished, this, [this](CredentialRequest *resolved) {
        if (!resolved->succeeded()) {
            finish(false, resolved->errorString());
            return;
        }
        const ResolvedCredentials credentials = resolved->credentials();
        const QUrl endpoint = credentials.endpoint.isEmpty()
            ? ActionTrailClient::endpointForRegion(credentials.region)
            : credentials.endpoint;
        QString whyNot;
        if (!m_network || !endpoint.isValid()
            || !ActionTrailClient::isAllowedEndpoint(endpoint, &whyNot)) {
            finish(false,
                   whyNot.isEmpty() ? tr("\"%1\" is not a region ID.").arg(credentials.region)
                                    : whyNot);
            return;
        }
        m_client = new ActionTrailClient(m_network, this);
        m_client->setEndpoint(endpoint);
        m_client->setCredentialProvider(credentials.provider);
        m_client->setSignatureVersion(credentials.signatureVersion);
        // A test should answer soon: one retry for a transient failure, not the full budget.
        m_client->setMaxAttempts(2);
        ListJobsCall *call = m_client->listDeliveryHistoryJobs(1, 1);
        connect(call, &ListJobsCall::finished, this,
                [this, endpoint, credentials](const JobPage &page) {
                    askWhoThisIs(
                        credentials, true,
                        tr("%n backfill task(s) in this account (%1).", nullptr, page.totalCount)
                            .arg(endpoint.host()));
                });
        connect(call, &ApiCall::failed, this, [this, credentials](const ApiError &error) {
            // Test Connection is a button in the Accounts dialog: say what to change there.
            askWhoThisIs(credentials, false,
                         describeApiError(error, ErrorAudience::Window) + QLatin1Char(' ')
                             + apiErrorDetails(error));
        });
    });
}

void ConnectionTest::askWhoThisIs(const ResolvedCredentials &credentials, bool ok,
                                  const QString &message)
{
    // Asked after ActionTrail answered either way: who signed in is what an admin needs to
    // read a refusal ("this role lacks the permission"), and confirms the right account on
    // success. Nothing to ask with when the settings name no STS that may be used.
    if (!m_network || credentials.stsEndpoint.isEmpty()) {
        finish(ok, message);
        return;
    }
    ClientConfig settings;
    settings.credentials = credentials.provider;
    settings.stsEndpoint = credentials.stsEndpoint;
    settings.signatureVersion = credentials.signatureVersion;
    settings.retryPolicy.setMaxAttempts(2);
    IdentityCheck *check = IdentityCheck::start(m_network, settings, this);
    connect(check, &IdentityCheck::finished, this, [this, ok, message](IdentityCheck *done) {
        QStringList lines {message};
        if (done->succeeded()) {
            m_identity = done->identity();
            for (const auto &[label, value] : m_identity->details())
                lines << tr("%1: %2").arg(label, value);
        } else {
            lines << tr("STS did not say who this is: %1")
                         .arg(describeApiError(done->error(), ErrorAudience::Window));
        }
        finish(ok, lines.join(QLatin1Char('\n')));
    });
}

void ConnectionTest::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_profileName, ok, message);
    deleteLater();
}
