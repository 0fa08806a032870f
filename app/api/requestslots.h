#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

/**
 * A cap on requests in flight shared by many clients (ClientConfig::requestSlots): All accounts
 * gives every member's regions and role sessions the same slots, so the cap counts requests,
 * whoever sends them, and a slot freed by one member's answer goes at once to whichever request
 * waits next. A call holds a slot from sending an attempt until its answer (or abort), never while
 * it waits for credentials or a retry, so a call that needs a role session refreshed cannot wait
 * for a slot held by another call that needs the same.
 */
class RequestSlots
{
public:
    explicit RequestSlots(int capacity);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    /** Slots taken now, and the most ever taken at once. */
    int inUse() const { return m_inUse; }
    int peak() const { return m_peak; }

    /**
     * Runs `granted` with a slot taken: at once when one is free, else when one is released,
     * first come first served. Nothing runs once `context` is gone.
     */
    void acquire(QObject *context, std::function<void()> granted);
    /** Gives a slot back (once per `granted` that ran). */
    void release();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> granted;
    };
    void grant(std::function<void()> granted);

    int m_capacity;
    int m_inUse = 0;
    int m_peak = 0;
    QList<Waiter> m_waiting;
};
