#include "requestslots.h"

#include <algorithm>

RequestSlots::RequestSlots(int capacity)
    : m_capacity(std::max(1, capacity))
{ }

void RequestSlots::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
}

void RequestSlots::acquire(QObject *context, std::function<void()> granted)
{
    if (m_inUse < m_capacity && m_waiting.isEmpty()) {
        grant(std::move(granted));
        return;
    }
    m_waiting.append({context, std::move(granted)});
}

void RequestSlots::release()
{
    m_inUse = std::max(0, m_inUse - 1);
    while (m_inUse < m_capacity && !m_waiting.isEmpty()) {
        Waiter next = m_waiting.takeFirst();
        if (next.context)
            grant(std::move(next.granted));
    }
}

void RequestSlots::grant(std::function<void()> granted)
{
    ++m_inUse;
    m_peak = std::max(m_peak, m_inUse);
    granted();
}
