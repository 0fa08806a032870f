#include "scriptedhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RecordedRequest::queryValue(const QString &name) const
{
    const QList<QByteArray> pairs = rawQuery.split('&');
    for (const QByteArray &pair : pairs) {
        const int eq = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (QString::fromUtf8(key) == name)
            return QString::fromUtf8(
                QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
    }
    return {};
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/json;charset=utf-8")));
    return response;
}

ScriptedResponse ScriptedResponse::errorBody(int status, const QString &code,
                                             const QString &message)
{
    const QByteArray body
        = QStringLiteral(
              "{\"RequestId\":\"REQ-%1\",\"HostId\":\"actiontrail.cn-hangzhou.aliyuncs.com\","
              "\"Code\":\"%1\",\"Message\":\"%2\",\"Recommend\":\"https://api.aliyun.com/"
              "troubleshoot?q=%1\"}")
              .arg(code, message)
              .toUtf8();
    return json(status, body);
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void ScriptedHttpServer::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setProperty("connectionIndex", m_connections++);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const int question = request.target.indexOf('?');
        request.path = question < 0 ? request.target : request.target.left(question);
        request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
        qsizetype contentLength = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        request.connection = socket->property("connectionIndex").toInt();
        m_requests.append(request);
        emit requestReceived(request);

        ScriptedResponse response;
        if (!m_queue.isEmpty())
            response = m_queue.takeFirst();
        else if (m_handler)
            response = m_handler(request);
        else
            response = ScriptedResponse::errorBody(500, QStringLiteral("NoScript"),
                                                   QStringLiteral("no scripted answer left"));
        ++m_pending;
        m_peakPending = std::max(m_peakPending, m_pending);
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
            --m_pending;
            if (guarded)
                answer(guarded, response);
        });
    }
    socket->setProperty("buffer", buffer);
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const ScriptedResponse &response)
{
    switch (response.mode) {
    case ScriptedResponse::Mode::Hang:
        return;
    case ScriptedResponse::Mode::CloseWithoutAnswer:
        socket->abort();
        return;
    case ScriptedResponse::Mode::FinWithoutAnswer:
        socket->disconnectFromHost();
        return;
    case ScriptedResponse::Mode::ResetWithoutAnswer: {
        // Linger 0: close() sends RST instead of FIN.
        const linger noLinger {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                     sizeof noLinger);
        socket->abort();
        return;
    }
    case ScriptedResponse::Mode::CloseAfterHalfHeaders:
        socket->write("HTTP/1.1 " + QByteArray::number(response.status)
                      + " Status\r\nContent-Type: application/json\r\nx-acs-req");
        socket->flush();
        socket->disconnectFromHost();
        return;
    case ScriptedResponse::Mode::CloseAfterStatusLine:
        socket->write("HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n");
        socket->flush();
        socket->disconnectFromHost();
        return;
    case ScriptedResponse::Mode::Trickle: {
        socket->write("HTTP/1.1 " + QByteArray::number(response.status)
                      + " Status\r\nContent-Length: " + QByteArray::number(response.body.size())
                      + "\r\n\r\n");
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        const QByteArray body = response.body;
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
            if (*sent >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(std::max(1, response.trickleMs));
        return;
    }
    case ScriptedResponse::Mode::Stream: {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (response.streamAnnouncesLength)
            head += "Content-Length: "
                + QByteArray::number(response.body.size() + response.streamBytes) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head + response.body);
        auto left = std::make_shared<qint64>(response.streamBytes);
        const auto refill = [socket, left] {
            static const QByteArray chunk(256 * 1024, ' ');
            while (*left > 0 && socket->bytesToWrite() < 1024 * 1024) {
                const qint64 count = std::min<qint64>(*left, chunk.size());
                socket->write(chunk.constData(), count);
                *left -= count;
            }
            if (*left == 0 && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, refill);
        refill();
        return;
    }
    case ScriptedResponse::Mode::Normal:
    case ScriptedResponse::Mode::TruncateBody:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    if (response.mode == ScriptedResponse::Mode::TruncateBody) {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += response.body;
    socket->write(out);
}
