#pragma once

#include "api/accesskey.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

class EmulatorProtocol;
class JobStore;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QTimer;
struct EmulatorResponse;

/** The failures `--faults` can inject: what the real service and network do now and then. */
enum class EmulatorFault {
    ServiceUnavailable, ///< "503": 503 ServiceUnavailable
    Throttle, ///< "throttle": 400 Throttling.User
    InternalError, ///< "500": 500 InternalError
    Reset, ///< "reset": the connection is closed with no response
    Truncate, ///< "truncate": Content-Length of the whole body, half of it sent
    Garbage, ///< "garbage": 200 with a body that is not JSON
    Slow, ///< "slow": the answer comes after the client's read timeout
};

/** The command-line name of a fault ("503", "throttle", ...) and back. */
QString emulatorFaultName(EmulatorFault fault);
std::optional<EmulatorFault> emulatorFaultFromName(const QString &name);
/** Every fault but `slow` (the default of --faults). */
QList<EmulatorFault> defaultEmulatorFaults();

/** How an emulator is set up; the defaults are the documented demo account. */
struct EmulatorConfig
{
    /** The one access key the account accepts (with securityToken: STS credentials). */
    AccessKey key;
    quint64 seed = 1;
    int jobCount = 50;
    /** Fraction of requests, 0..1, that get one of `faults` (seeded, reproducible). */
    double faultRate = 0.0;
    QList<EmulatorFault> faults = defaultEmulatorFaults();
    int latencyMs = 0;
    /** How late the `slow` fault answers (default: past the official SDKs' 10 s read timeout). */
    int slowDelayMs;
    /** 0: jobs never progress; N: every N seconds the running task moves one region step. */
    int tickSeconds = 0;
    /** The key is disabled: every request gets InvalidAccessKeyId.Inactive (no CLI flag). */
    bool keyInactive = false;
    /** Actions the key's RAM policy denies: Forbidden.RAM (no CLI flag). */
    QStringList deniedActions;
    /** The server's clock (timestamp checks, CreatedTime of new jobs); default: the system's. */
    std::function<QDateTime()> clock;
    /**
     * Job scope "region": this endpoint serves `region` only (its listing holds the tasks whose
     * HomeRegion is `region`). Empty: job scope "account", every task of the account.
     */
    QString region;
    /** What DescribeRegions lists; empty: every known region. */
    QStringList servedRegions;

    EmulatorConfig();
};

/**
 * A local ActionTrail service over real HTTP (QHttpServer): the protocol of EmulatorProtocol on
 * the data of a JobStore, plus injected faults, latency and live progress of running jobs.
 *
 * Delayed answers (latency, `slow`) never block: the route handler keeps the
 * QHttpServerResponder (movable in Qt 6.4) and answers from a timer; a client that hangs up in
 * the meantime only drops the pending answer. So the emulator can run in the GUI thread of the
 * demo without freezing it. Answers on one connection leave in request order (HTTP/1.1), even
 * when a pipelined later request is due sooner.
 */
class ActionTrailEmulator : public QObject
{
    Q_OBJECT

public:
    explicit ActionTrailEmulator(EmulatorConfig config, QObject *parent = nullptr);
    /** An endpoint of an account whose data another endpoint already holds (job scope region). */
    ActionTrailEmulator(EmulatorConfig config, std::shared_ptr<JobStore> store,
                        QObject *parent = nullptr);
    ~ActionTrailEmulator() override;

    /** Starts listening; returns the port (the real one for port 0), or 0 on failure. */
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    /** http://<address>:<port> — what a client uses as its endpoint. */
    QUrl endpoint() const;
    const EmulatorConfig &config() const { return m_config; }

    /** The account's data, e.g. to insert a known job in a test. */
    JobStore &store();
    std::shared_ptr<JobStore> sharedStore() const { return m_store; }
    /** Advances running jobs one step now (what the tick timer does). */
    void tick();

    /** Requests received, and how many got each fault (for fault-rate checks). */
    int requestCount() const { return m_requestCount; }
    int faultCount(EmulatorFault fault) const;

signals:
    /** One per request, after its answer has been decided (before latency). */
    void requestHandled(const QString &code, int httpStatus);

private:
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    std::optional<EmulatorFault> pickFault();
    void answerLater(QHttpServerResponder &&responder, int delayMs,
                     std::function<void(QHttpServerResponder &)> answer);
    static void writeResponse(QHttpServerResponder &responder, const EmulatorResponse &response);
    static void writeTruncated(QHttpServerResponder &responder, const EmulatorResponse &response);
    static void resetConnection(QHttpServerResponder &responder);

    EmulatorConfig m_config;
    QRandomGenerator m_faultRandom;
    std::shared_ptr<JobStore> m_store;
    std::unique_ptr<EmulatorProtocol> m_protocol;
    std::unique_ptr<QHttpServer> m_server;
    QTimer *m_tickTimer = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_requestCount = 0;
    std::map<EmulatorFault, int> m_faultCounts;

    void flush(QTcpSocket *socket);
    void dropConnection(QTcpSocket *socket);

    struct PendingAnswer;
    struct ConnectionQueue;
    // Declared after m_server so that pending responders die before the sockets they refer to.
    std::map<quint64, std::unique_ptr<PendingAnswer>> m_pending;
    std::map<QTcpSocket *, ConnectionQueue> m_queues; // answers per connection, in request order
    quint64 m_nextPendingId = 0;
};
