#pragma once

#include "api/accesskey.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class ActionTrailEmulator;

/**
 * The emulated ActionTrail behind `backfill-browser --demo`: an ActionTrailEmulator on an
 * ephemeral 127.0.0.1 port, with the fixed demo credentials, a seeded account and live progress
 * of the running task. The app talks to it exactly as to the real service, over loopback HTTP
 * with signed requests; only the endpoint and the key differ.
 *
 * It runs in the thread that owns it (the GUI thread is fine: the emulator never blocks).
 */
class DemoBackend : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int jobCount = 240; ///< a few pages' worth, so paging shows
        int tickSeconds = 3; ///< how often the running task moves one region step
        int latencyMs = 60; ///< about a real service's round trip, so loading states show
        quint64 seed = 20240102;
    };

    explicit DemoBackend(QObject *parent = nullptr);
    DemoBackend(const Options &options, QObject *parent = nullptr);
    ~DemoBackend() override;

    /** Starts listening; false (see errorString()) when no loopback port could be opened. */
    bool start();
    bool isRunning() const;
    /** http://127.0.0.1:<port>; empty until start() succeeded. */
    QUrl endpoint() const;
    /** The demo credentials (also documented in the README). */
    static AccessKey accessKey();
    QString errorString() const { return m_errorString; }
    /** The running emulator (nullptr before start()), e.g. for tests. */
    ActionTrailEmulator *emulator() const { return m_emulator; }

private:
    Options m_options;
    ActionTrailEmulator *m_emulator = nullptr; // child of this
    QString m_errorString;
};
