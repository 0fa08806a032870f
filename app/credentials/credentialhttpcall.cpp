#include "credentialhttpcall.h"

#include "api/networksetup.h"
#include "domain/safetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

CredentialHttpCall::CredentialHttpCall(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_deadline.setSingleShot(true);
}

bool CredentialHttpCall::isAllowedUrl(const QUrl &url, QString *whyNot)
{
    const QString shown
        = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.isValid() || url.host().isEmpty()) {
        *whyNot
            = tr("\"%1\" is not a valid URL with a host name.").arg(SafeText::forDisplay(shown));
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && EnvironmentProxyFactory::isLoopbackHost(url.host()))
        return true;
    *whyNot = tr("%1 is refused: credentials are fetched over https, or over plain http from this "
                 "computer (loopback) only.")
                  .arg(SafeText::forDisplay(shown));
    return false;
}

CredentialHttpCall *CredentialHttpCall::start(QNetworkAccessManager *network, const QUrl &url,
                                              const QByteArray &bearerToken,
                                              const QByteArray &jsonBody,
                                              std::chrono::milliseconds deadline, QObject *parent)
{
    auto *call = new CredentialHttpCall(url, parent);
    QString why;
    if (!network)
        why = tr("No network is available to fetch credentials.");
    else
        isAllowedUrl(url, &why);
    if (!why.isEmpty()) {
        QMetaObject::invokeMethod(
            call, [call, why] { call->finish(why); }, Qt::QueuedConnection);
        return call;
    }
    call->send(network, bearerToken, jsonBody, deadline);
    return call;
}

QString CredentialHttpCall::where() const
{
    return SafeText::forDisplay(
        m_url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

void CredentialHttpCall::send(QNetworkAccessManager *network, const QByteArray &bearerToken,
                              const QByteArray &jsonBody, std::chrono::milliseconds deadline)
{
    QNetworkRequest request(m_url);
    // A redirect could lead from loopback http to anywhere: the answer must come from the URL
    // that was checked.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(deadline.count()));
    request.setRawHeader("Accept", "application/json");
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    if (jsonBody.isEmpty()) {
        m_reply = network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        m_reply = network->post(request, jsonBody);
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBodySize)
            finish(tr("%1 announced an answer of %2 bytes, more than credentials ever take; it "
                      "was not read.")
                       .arg(where())
                       .arg(length.toLongLong()));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &CredentialHttpCall::readSome);
    connect(m_reply, &QNetworkReply::finished, this, &CredentialHttpCall::replyFinished);
    connect(&m_deadline, &QTimer::timeout, this, [this, deadline] {
        finish(tr("%1 did not answer within %2 s.")
                   .arg(where())
                   .arg(std::chrono::duration_cast<std::chrono::seconds>(deadline).count()));
    });
    m_deadline.start(deadline);
}

void CredentialHttpCall::readSome()
{
    if (m_done || !m_reply)
        return;
    m_body += m_reply->read(maxBodySize + 1 - m_body.size());
    if (m_body.size() > maxBodySize)
        finish(tr("%1 answered with more than %2 KiB, more than credentials ever take.")
                   .arg(where())
                   .arg(maxBodySize / 1024));
}

void CredentialHttpCall::replyFinished()
{
    readSome();
    if (m_done || !m_reply)
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus != 0 && m_httpStatus != 200) {
        finish(tr("%1 answered HTTP %2.").arg(where()).arg(m_httpStatus));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        finish(tr("%1 could not be reached: %2")
                   .arg(where(), SafeText::forDisplay(m_reply->errorString())));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        finish(tr("%1 did not answer with a JSON object.").arg(where()));
        return;
    }
    m_answer = document.object();
    finish({});
}

void CredentialHttpCall::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_errorString = error;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_body.clear();
    emit finished(this);
    deleteLater();
}
