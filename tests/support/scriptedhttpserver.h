#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

/** One request as it arrived on the wire. */
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< path + "?" + raw query, exactly as sent
    QByteArray path;
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connection = 0; ///< index of the TCP connection it came on (keep-alive checks)

    QByteArray header(const QByteArray &name) const;
    /** Decoded query parameters (Alibaba encoding is plain percent-encoding). */
    QString queryValue(const QString &name) const;
};

/** How to answer one request. */
struct ScriptedResponse
{
    enum class Mode {
        Normal, ///< status line, headers, full body
        CloseWithoutAnswer, ///< drop the connection without a byte
        TruncateBody, ///< announce the full Content-Length, send half, close
        CloseAfterStatusLine, ///< send only the status line, then close (no transparent resend)
        FinWithoutAnswer, ///< act, then close the connection in order (FIN) without a byte
        ResetWithoutAnswer, ///< act, then reset the connection (RST) without a byte
        CloseAfterHalfHeaders, ///< act, send the status line and half the headers, then close
        Hang, ///< never answer (timeouts)
        Trickle, ///< headers, then one byte of the body every trickleMs (deadlines)
        Stream, ///< `body`, then streamBytes of spaces made as the socket drains
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    int trickleMs = 100; ///< Mode::Trickle: between two bytes of the body
    qint64 streamBytes = 0; ///< Mode::Stream: padding after the body, never held in memory
    bool streamAnnouncesLength = true; ///< Mode::Stream: Content-Length, or close-delimited
    Mode mode = Mode::Normal;

    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse errorBody(int status, const QString &code, const QString &message);
    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

/**
 * A small scriptable HTTP/1.1 server on 127.0.0.1 for network tests of the API client: records
 * every request and answers each from a queue (then from a handler, then 500). Keep-alive is
 * supported; requests on one connection are answered in order.
 */
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    void enqueue(const ScriptedResponse &response);
    void setHandler(Handler handler);
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    /** Most requests that were being answered (received, not yet answered) at one time. */
    int peakConcurrent() const { return m_peakPending; }

signals:
    void requestReceived(const RecordedRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer m_server;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    int m_connections = 0;
    int m_pending = 0;
    int m_peakPending = 0;
};
