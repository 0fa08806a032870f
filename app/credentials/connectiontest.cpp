#include "connectiontest.h"

#include "api/actiontrailclient.h"
#include "credentialresolver.h"

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
        connect(call, &ListJobsCall::finished, this, [this, endpoint](const JobPage &page) {
            finish(true,
                   tr("%n backfill task(s) in this account (%1).", nullptr, page.totalCount)
                       .arg(endpoint.host()));
        });
        connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
            // Test Connection is a button in the Accounts dialog: say what to change there.
            finish(false,
                   describeApiError(error, ErrorAudience::Window) + QLatin1Char(' ')
                       + apiErrorDetails(error));
        });
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
