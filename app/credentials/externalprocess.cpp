#include "externalprocess.h"

#include "domain/safetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

ExternalProcess::ExternalProcess(const QString &command, QObject *parent)
    : QObject(parent)
    , m_command(command)
{
    m_limit.setSingleShot(true);
}

ExternalProcess *ExternalProcess::start(const QString &command,
                                        const QProcessEnvironment &environment,
                                        std::chrono::milliseconds limit, QObject *parent)
{
    auto *process = new ExternalProcess(command, parent);
    process->run(environment, limit);
    return process;
}

void ExternalProcess::run(const QProcessEnvironment &environment, std::chrono::milliseconds limit)
{
    const QStringList words = QProcess::splitCommand(m_command);
    // Only the program is named in messages: its arguments may carry something private.
    const QString program = words.isEmpty() ? QString() : words.constFirst();
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(tr("The process_command is empty.")); }, Qt::QueuedConnection);
        return;
    }
    m_command = program;
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(words.mid(1));
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->read(maxOutput + 1 - m_output.size());
        if (m_output.size() > maxOutput)
            finish(withErrorOutput(tr("The credential program %1 printed more than %2 KiB; it "
                                      "was stopped.")
                                       .arg(SafeText::forDisplay(m_command))
                                       .arg(maxOutput / 1024)));
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray more = m_process->readAllStandardError();
        m_errorOutput += more.left(maxErrorOutput - m_errorOutput.size());
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(tr("The credential program %1 could not be started: %2")
                       .arg(SafeText::forDisplay(m_command),
                            SafeText::forDisplay(m_process->errorString())));
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                processFinished(exitCode, status == QProcess::CrashExit);
            });
    connect(&m_limit, &QTimer::timeout, this, [this, limit] {
        finish(withErrorOutput(
            tr("The credential program %1 did not finish within %2 s; it was stopped.")
                .arg(SafeText::forDisplay(m_command))
                .arg(std::chrono::duration_cast<std::chrono::seconds>(limit).count())));
    });
    m_limit.start(limit);
    m_process->start(QIODevice::ReadOnly);
}

void ExternalProcess::processFinished(int exitCode, bool crashed)
{
    if (m_done)
        return;
    m_output += m_process->read(maxOutput + 1 - m_output.size());
    m_errorOutput += m_process->readAllStandardError().left(maxErrorOutput - m_errorOutput.size());
    if (crashed) {
        finish(withErrorOutput(
            tr("The credential program %1 crashed.").arg(SafeText::forDisplay(m_command))));
        return;
    }
    if (exitCode != 0) {
        finish(withErrorOutput(tr("The credential program %1 failed (exit code %2).")
                                   .arg(SafeText::forDisplay(m_command))
                                   .arg(exitCode)));
        return;
    }
    if (m_output.size() > maxOutput) {
        finish(withErrorOutput(tr("The credential program %1 printed more than %2 KiB.")
                                   .arg(SafeText::forDisplay(m_command))
                                   .arg(maxOutput / 1024)));
        return;
    }
    parse();
}

void ExternalProcess::parse()
{
    const auto refuse = [this](const QString &what) {
        finish(withErrorOutput(tr("The credential program %1 did not print the expected JSON (%2).")
                                   .arg(SafeText::forDisplay(m_command), what)));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_output, &parseError);
    m_output.fill('\0');
    m_output.clear();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(tr("its output is not a JSON object"));
    const QJsonObject answer = document.object();
    const QString mode = answer.value(QStringLiteral("mode")).toString();
    m_key.id = answer.value(QStringLiteral("access_key_id")).toString();
    m_key.secret = answer.value(QStringLiteral("access_key_secret")).toString();
    m_key.securityToken = answer.value(QStringLiteral("sts_token")).toString();
    if (m_key.id.isEmpty() || m_key.secret.isEmpty())
        return refuse(tr("access_key_id or access_key_secret is missing"));
    if (mode.compare(QLatin1String("StsToken"), Qt::CaseInsensitive) == 0
        && m_key.securityToken.isEmpty())
        return refuse(tr("mode StsToken without an sts_token"));
    const QString expiration = answer.value(QStringLiteral("expiration")).toString();
    if (!expiration.isEmpty()) {
        m_expiration = QDateTime::fromString(expiration, Qt::ISODate);
        if (!m_expiration.isValid())
            return refuse(tr("expiration is not a date and time such as 2026-12-07T10:00:00Z"));
    }
    finish({});
}

QString ExternalProcess::errorOutput() const
{
    return SafeText::forDisplay(QString::fromUtf8(m_errorOutput).trimmed());
}

QString ExternalProcess::withErrorOutput(const QString &sentence) const
{
    const QString said = errorOutput();
    return said.isEmpty() ? sentence : tr("%1 It said: %2").arg(sentence, said);
}

void ExternalProcess::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_errorString = error;
    if (!error.isEmpty())
        m_key = AccessKey {};
    m_limit.stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            // SIGKILL ends it at once; reaping it here spares a "destroyed while running".
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    emit finished(this);
    deleteLater();
}
