#pragma once

#include "api/accesskey.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

#include <chrono>

class QProcess;

/**
 * One run of an aliyun CLI `External` profile's `process_command`: the program is started
 * directly (split into arguments as a shell would, but no shell runs it), with stdin closed and no
 * secret on its command line, and must print one JSON object within the limit:
 * `{"mode": "AK"|"StsToken", "access_key_id", "access_key_secret", "sts_token", "expiration"}`.
 * Its output is bounded; what it prints on stderr is kept (bounded, control characters escaped)
 * for the person to read. Its stdout is never repeated in a message: it may hold a secret.
 *
 * Emits `finished` exactly once, never before control returns to the event loop, then deletes
 * itself.
 */
class ExternalProcess : public QObject
{
    Q_OBJECT

public:
    /** The aliyun CLI's limit. */
    static constexpr std::chrono::seconds defaultLimit {60};
    static constexpr qint64 maxOutput = 64 * 1024;
    static constexpr qint64 maxErrorOutput = 4 * 1024;

    static ExternalProcess *start(const QString &command, const QProcessEnvironment &environment,
                                  std::chrono::milliseconds limit, QObject *parent);

    bool succeeded() const { return m_errorString.isEmpty(); }
    AccessKey accessKey() const { return m_key; }
    /** When the credentials stop working; invalid when the program did not say. */
    QDateTime expiration() const { return m_expiration; }
    /** One sentence naming the command and the problem, with its stderr (escaped). */
    QString errorString() const { return m_errorString; }
    /** What it printed on stderr, escaped for display (also on success). */
    QString errorOutput() const;

signals:
    void finished(ExternalProcess *process);

private:
    ExternalProcess(const QString &command, QObject *parent);
    void run(const QProcessEnvironment &environment, std::chrono::milliseconds limit);
    void processFinished(int exitCode, bool crashed);
    void parse();
    void finish(const QString &error);
    QString withErrorOutput(const QString &sentence) const;

    QString m_command;
    QPointer<QProcess> m_process;
    QTimer m_limit;
    QByteArray m_output;
    QByteArray m_errorOutput;
    AccessKey m_key;
    QDateTime m_expiration;
    QString m_errorString;
    bool m_done = false;
};
