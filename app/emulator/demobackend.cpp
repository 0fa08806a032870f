#include "demobackend.h"

#include "actiontrailemulator.h"
#include "emulatorpolicy.h"

#include <QCoreApplication>

DemoBackend::DemoBackend(QObject *parent)
    : DemoBackend(Options(), parent)
{ }

DemoBackend::DemoBackend(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

DemoBackend::~DemoBackend() = default;

AccessKey DemoBackend::accessKey()
{
    return {QString::fromLatin1(EmulatorPolicy::demoAccessKeyId),
            QString::fromLatin1(EmulatorPolicy::demoAccessKeySecret), QString()};
}

bool DemoBackend::start()
{
    if (isRunning())
        return true;
    EmulatorConfig config;
    config.key = accessKey();
    config.seed = m_options.seed;
    config.jobCount = m_options.jobCount;
    config.tickSeconds = m_options.tickSeconds;
    config.latencyMs = m_options.latencyMs;

    auto *emulator = new ActionTrailEmulator(config, this);
    if (emulator->listen(QHostAddress::LocalHost, 0) == 0) {
        delete emulator;
        m_errorString = QCoreApplication::translate(
            "DemoBackend", "The demo service could not open a port on 127.0.0.1.");
        return false;
    }
    m_emulator = emulator;
    m_errorString.clear();
    return true;
}

bool DemoBackend::isRunning() const
{
    return m_emulator != nullptr;
}

QUrl DemoBackend::endpoint() const
{
    return m_emulator ? m_emulator->endpoint() : QUrl();
}
