#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

/**
 * One HTTP exchange with a credential source that is not an Alibaba Cloud API (a CredentialsURI
 * endpoint, the CloudSSO portal): the answer is a claim, so it gets a deadline for the whole
 * exchange, a cap on the body, no redirects, and must be a JSON object. https anywhere, plain
 * http only to loopback. Never retried: the portal's POST hands out new credentials each time.
 *
 * Emits `finished` exactly once, never before control returns to the event loop, then deletes
 * itself.
 */
class CredentialHttpCall : public QObject
{
    Q_OBJECT

public:
    /** No answer is this large; the real ones are under 4 KiB. */
    static constexpr qint64 maxBodySize = 64 * 1024;

    /** @p body empty: GET; else POST of that JSON. */
    static CredentialHttpCall *start(QNetworkAccessManager *network, const QUrl &url,
                                     const QByteArray &bearerToken, const QByteArray &jsonBody,
                                     std::chrono::milliseconds deadline, QObject *parent);

    /** https anywhere, http only to loopback; false with one sentence naming the URL. */
    static bool isAllowedUrl(const QUrl &url, QString *whyNot);

    bool succeeded() const { return m_errorString.isEmpty(); }
    /** The answer (when succeeded()). */
    QJsonObject answer() const { return m_answer; }
    /** One sentence naming the URL (without its query) and the problem; never the body. */
    QString errorString() const { return m_errorString; }
    int httpStatus() const { return m_httpStatus; }

signals:
    void finished(CredentialHttpCall *call);

private:
    CredentialHttpCall(const QUrl &url, QObject *parent);
    void send(QNetworkAccessManager *network, const QByteArray &bearerToken,
              const QByteArray &jsonBody, std::chrono::milliseconds deadline);
    void readSome();
    void replyFinished();
    void finish(const QString &error);
    QString where() const;

    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QByteArray m_body;
    QJsonObject m_answer;
    QString m_errorString;
    int m_httpStatus = 0;
    bool m_done = false;
};
