#pragma once

#include <QObject>

#include <functional>

/**
 * What every request to a source (JobSource, TrailSource) shares: exactly one completion, then
 * the object deletes itself; abort() cancels silently, so nothing is emitted afterwards, which is
 * what a model or loader wants when it drops a stale request. Subclasses add the typed completion
 * signals and call begin() before emitting one.
 */
class PendingRequest : public QObject
{
    Q_OBJECT

public:
    explicit PendingRequest(QObject *parent = nullptr);
    ~PendingRequest() override;

    /** Stops the request; no further signal is emitted. Safe to call more than once. */
    void abort();
    bool isFinished() const { return m_finished; }

    /** What abort() must do underneath (e.g. abort the ApiCall); set by the source. */
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }

protected:
    /** Marks the one completion: false when the request already finished or was aborted. */
    bool begin();

private:
    bool m_finished = false;
    std::function<void()> m_abortHandler;
};
