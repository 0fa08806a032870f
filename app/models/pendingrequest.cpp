#include "pendingrequest.h"

PendingRequest::PendingRequest(QObject *parent)
    : QObject(parent)
{ }

PendingRequest::~PendingRequest() = default;

void PendingRequest::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    // The underlying call may still emit (ApiCall emits Cancelled); we stay silent by design.
    if (auto handler = std::exchange(m_abortHandler, {}))
        handler();
    deleteLater();
}

bool PendingRequest::begin()
{
    if (m_finished)
        return false;
    m_finished = true;
    m_abortHandler = {};
    deleteLater();
    return true;
}
