#include "actiontrailemulator.h"

#include "emulatorpolicy.h"
#include "emulatorprotocol.h"
#include "jobstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

// Per-request lines are debug output: QT_LOGGING_RULES="backfill.emulator.debug=true" shows them.
Q_LOGGING_CATEGORY(lcEmulator, "backfill.emulator", QtInfoMsg)

namespace {

constexpr QByteArrayView jsonContentType = "application/json;charset=utf-8";

const std::pair<EmulatorFault, const char *> faultNames[] = {
    {EmulatorFault::ServiceUnavailable, "503"},
    {EmulatorFault::Throttle, "throttle"},
    {EmulatorFault::InternalError, "500"},
    {EmulatorFault::Reset, "reset"},
    {EmulatorFault::Truncate, "truncate"},
    {EmulatorFault::Garbage, "garbage"},
    {EmulatorFault::Slow, "slow"},
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

QRandomGenerator faultGenerator(quint64 seed)
{
    // A stream of its own (not the data's), so that fault choices do not shift the seeded data.
    const quint32 words[3] = {quint32(seed), quint32(seed >> 32), 0xfa017u};
    return {std::begin(words), std::end(words)};
}

EmulatorRequest toEmulatorRequest(const QHttpServerRequest &request)
{
    EmulatorRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    converted.queryItems = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : request.headers())
        converted.headers.insert(name.toLower(), value);
    converted.body = request.body();
    return converted;
}

EmulatorResponse shapeResponse(const EmulatorPolicy::ErrorShape &shape, const QByteArray &host)
{
    return EmulatorProtocol::errorResponse(shape.httpStatus, QString::fromLatin1(shape.code),
                                           QString::fromLatin1(shape.message), host);
}

/**
 * QHttpServerResponder writes status line, headers and body separately; with Nagle's algorithm
 * the body then waits for the client's delayed ACK (40 ms on Linux) — a latency the real
 * service does not have.
 */
void disableNagle(QHttpServerResponder &responder)
{
    if (QTcpSocket *socket = responder.socket())
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

} // namespace

QString emulatorFaultName(EmulatorFault fault)
{
    for (const auto &[value, name] : faultNames) {
        if (value == fault)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<EmulatorFault> emulatorFaultFromName(const QString &name)
{
    for (const auto &[value, text] : faultNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<EmulatorFault> defaultEmulatorFaults()
{
    return {EmulatorFault::ServiceUnavailable, EmulatorFault::Throttle,
            EmulatorFault::InternalError,      EmulatorFault::Reset,
            EmulatorFault::Truncate,           EmulatorFault::Garbage};
}

EmulatorConfig::EmulatorConfig()
    : key {QString::fromLatin1(EmulatorPolicy::demoAccessKeyId),
           QString::fromLatin1(EmulatorPolicy::demoAccessKeySecret), QString()}
    , slowDelayMs(EmulatorPolicy::slowFaultDelayMs)
{ }

/** An answer waiting for its time (and for the answers before it on its connection). */
struct ActionTrailEmulator::PendingAnswer
{
    std::unique_ptr<QHttpServerResponder> responder;
    std::function<void(QHttpServerResponder &)> answer;
    bool due = false;
};

/** The answers still owed on one connection, oldest first; dropped if the client hangs up. */
struct ActionTrailEmulator::ConnectionQueue
{
    std::deque<quint64> ids;
    QMetaObject::Connection hangUpWatch;
};

ActionTrailEmulator::ActionTrailEmulator(EmulatorConfig config, QObject *parent)
    : ActionTrailEmulator(std::move(config), nullptr, parent)
{ }

ActionTrailEmulator::ActionTrailEmulator(EmulatorConfig config, std::shared_ptr<JobStore> store,
                                         QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_faultRandom(faultGenerator(m_config.seed))
    , m_store(std::move(store))
{
    if (!m_config.clock)
        m_config.clock = [] { return QDateTime::currentDateTimeUtc(); };
    if (!m_store) {
        m_store = std::make_shared<JobStore>(m_config.seed, m_config.jobCount,
                                             m_config.clock().toSecsSinceEpoch());
    }
    m_protocol = std::make_unique<EmulatorProtocol>(m_store.get(), m_config.key, m_config.clock);
    m_protocol->setKeyInactive(m_config.keyInactive);
    m_protocol->setDeniedActions(m_config.deniedActions);
    m_protocol->setRegion(m_config.region);
    m_protocol->setServedRegions(m_config.servedRegions);

    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/"),
                    [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        onRequest(request, std::move(responder));
                    });
    // Other paths still get the service's JSON error, not QHttpServer's bare 404.
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, std::move(responder));
        });

    if (m_config.tickSeconds > 0) {
        m_tickTimer = new QTimer(this);
        m_tickTimer->setInterval(m_config.tickSeconds * 1000);
        connect(m_tickTimer, &QTimer::timeout, this, &ActionTrailEmulator::tick);
        m_tickTimer->start();
    }
}

ActionTrailEmulator::~ActionTrailEmulator()
{
    // Responders refer to the server's sockets: drop them while those still exist.
    for (auto &[socket, queue] : m_queues)
        disconnect(queue.hangUpWatch);
    m_queues.clear();
    m_pending.clear();
}

quint16 ActionTrailEmulator::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = m_server->listen(address, port);
    if (m_port == 0)
        qCWarning(lcEmulator) << "cannot listen on" << address.toString() << port;
    return m_port;
}

QUrl ActionTrailEmulator::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

JobStore &ActionTrailEmulator::store()
{
    return *m_store;
}

void ActionTrailEmulator::tick()
{
    m_store->tick(m_config.clock().toSecsSinceEpoch());
}

int ActionTrailEmulator::faultCount(EmulatorFault fault) const
{
    const auto it = m_faultCounts.find(fault);
    return it == m_faultCounts.end() ? 0 : it->second;
}

std::optional<EmulatorFault> ActionTrailEmulator::pickFault()
{
    if (m_config.faultRate <= 0.0 || m_config.faults.isEmpty())
        return std::nullopt;
    if (m_faultRandom.generateDouble() >= m_config.faultRate)
        return std::nullopt;
    return m_config.faults.at(m_faultRandom.bounded(int(m_config.faults.size())));
}

void ActionTrailEmulator::onRequest(const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    ++m_requestCount;
    const EmulatorRequest converted = toEmulatorRequest(request);
    const QByteArray host = converted.headers.value("host");
    const std::optional<EmulatorFault> fault = pickFault();
    int delayMs = m_config.latencyMs;

    EmulatorResponse response;
    if (!fault) {
        response = m_protocol->handle(converted);
    } else {
        ++m_faultCounts[*fault];
        switch (*fault) {
        case EmulatorFault::ServiceUnavailable:
            response = shapeResponse(EmulatorPolicy::serviceUnavailable, host);
            break;
        case EmulatorFault::Throttle:
            response = shapeResponse(EmulatorPolicy::throttling, host);
            break;
        case EmulatorFault::InternalError:
            response = shapeResponse(EmulatorPolicy::internalError, host);
            break;
        case EmulatorFault::Reset:
            response.code = QStringLiteral("reset");
            response.httpStatus = 0;
            break;
        case EmulatorFault::Garbage:
            response.body = EmulatorPolicy::garbageBody;
            response.code = QStringLiteral("garbage");
            break;
        case EmulatorFault::Truncate:
            // The service did the work; the answer is lost on the way.
            response = m_protocol->handle(converted);
            break;
        case EmulatorFault::Slow:
            response = m_protocol->handle(converted);
            delayMs += m_config.slowDelayMs;
            break;
        }
        qCDebug(lcEmulator) << "fault" << emulatorFaultName(*fault);
    }
    // Like the service, every answer carries the server's Date (clients use it to show skew).
    response.date
        = QLocale::c()
              .toString(m_config.clock().toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
    std::function<void(QHttpServerResponder &)> answer;
    if (fault == EmulatorFault::Reset)
        answer = [](QHttpServerResponder &r) { resetConnection(r); };
    else if (fault == EmulatorFault::Truncate)
        answer = [response](QHttpServerResponder &r) { writeTruncated(r, response); };
    else
        answer = [response](QHttpServerResponder &r) { writeResponse(r, response); };
    qCDebug(lcEmulator) << converted.method << response.httpStatus << response.code
                        << response.requestId;
    emit requestHandled(fault ? emulatorFaultName(*fault) : response.code, response.httpStatus);
    answerLater(std::move(responder), delayMs, std::move(answer));
}

void ActionTrailEmulator::answerLater(QHttpServerResponder &&responder, int delayMs,
                                      std::function<void(QHttpServerResponder &)> answer)
{
    QTcpSocket *socket = responder.socket();
    const auto queued = m_queues.find(socket);
    const bool answersOwed = queued != m_queues.end() && !queued->second.ids.empty();
    if (delayMs <= 0 && !answersOwed) {
        answer(responder);
        return;
    }

    const quint64 id = m_nextPendingId++;
    auto pending = std::make_unique<PendingAnswer>();
    pending->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    pending->answer = std::move(answer);
    pending->due = delayMs <= 0;
    m_pending.emplace(id, std::move(pending));

    ConnectionQueue &queue = m_queues[socket];
    if (!queue.hangUpWatch) {
        // A client that gave up (timeout, abort) closes the socket: forget what it is owed,
        // since QHttpServer deletes the socket and its request right after.
        queue.hangUpWatch = connect(socket, &QAbstractSocket::disconnected, this,
                                    [this, socket] { dropConnection(socket); });
    }
    queue.ids.push_back(id);
    if (delayMs > 0) {
        QTimer::singleShot(delayMs, this, [this, id, socket] {
            const auto it = m_pending.find(id);
            if (it == m_pending.end())
                return;
            it->second->due = true;
            flush(socket);
        });
    }
}

void ActionTrailEmulator::flush(QTcpSocket *socket)
{
    // Looked up afresh each round: an answer (reset) may close the socket, and the hang-up
    // handler then removes the whole queue.
    for (;;) {
        const auto queue = m_queues.find(socket);
        if (queue == m_queues.end())
            return;
        if (queue->second.ids.empty()) {
            disconnect(queue->second.hangUpWatch);
            m_queues.erase(queue);
            return;
        }
        const auto it = m_pending.find(queue->second.ids.front());
        if (it != m_pending.end() && !it->second->due)
            return; // the oldest answer is not due yet; later ones wait behind it
        queue->second.ids.pop_front();
        if (it == m_pending.end())
            continue;
        const std::unique_ptr<PendingAnswer> pending = std::move(it->second);
        m_pending.erase(it);
        if (socket->state() == QAbstractSocket::ConnectedState)
            pending->answer(*pending->responder);
    }
}

void ActionTrailEmulator::dropConnection(QTcpSocket *socket)
{
    const auto queue = m_queues.find(socket);
    if (queue == m_queues.end())
        return;
    for (quint64 id : queue->second.ids)
        m_pending.erase(id);
    disconnect(queue->second.hangUpWatch);
    m_queues.erase(queue);
}

void ActionTrailEmulator::writeResponse(QHttpServerResponder &responder,
                                        const EmulatorResponse &response)
{
    disableNagle(responder);
    const QByteArray contentType(jsonContentType.data(), jsonContentType.size());
    const auto status = QHttpServerResponder::StatusCode(response.httpStatus);
    if (response.requestId.isEmpty()) { // the garbage fault: no service behind the answer
        responder.write(response.body, {{"Content-Type", contentType}, {"Date", response.date}},
                        status);
        return;
    }
    responder.write(response.body,
                    {{"Content-Type", contentType},
                     {"Date", response.date},
                     {"x-acs-request-id", response.requestId.toLatin1()}},
                    status);
}

void ActionTrailEmulator::writeTruncated(QHttpServerResponder &responder,
                                         const EmulatorResponse &response)
{
    // Promise the whole body, send half of it, hang up: what a connection dropped mid-answer
    // looks like to the client.
    disableNagle(responder);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.httpStatus));
    responder.writeHeader("Content-Type",
                          QByteArray(jsonContentType.data(), jsonContentType.size()));
    responder.writeHeader("Date", response.date);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body.left(response.body.size() / 2));
    if (QTcpSocket *socket = responder.socket()) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

void ActionTrailEmulator::resetConnection(QHttpServerResponder &responder)
{
    if (QTcpSocket *socket = responder.socket())
        socket->abort();
}
