#pragma once

#include "api/actiontrailclient.h"
#include "api/apierror.h"

#include <QCoreApplication>
#include <QPointer>

/**
 * How a client-backed source ties one of its pending requests (PendingJobRequest,
 * PendingTrailRequest) to the ApiCall behind it, the same way for every request type.
 */
namespace CallRequest {

/** Ties `request` to `call`: its abort() reaches the call, and the call's failure is its own. */
template<typename Request> void attach(Request *request, ApiCall *call)
{
    QPointer<ApiCall> guard(call);
    request->setAbortHandler([guard] {
        if (guard)
            guard->abort();
    });
    QObject::connect(call, &ApiCall::failed, request, &Request::finishFailed);
}

/** A new request attached to `call`. */
template<typename Request> Request *follow(ApiCall *call, QObject *parent)
{
    auto *request = new Request(parent);
    attach(request, call);
    return request;
}

/** A request that fails with `error` without asking anyone. */
template<typename Request> Request *failLater(QObject *parent, const ApiError &error)
{
    auto *request = new Request(parent);
    // Completion must come later, like a real reply: callers connect after the call returns.
    QMetaObject::invokeMethod(
        request, [request, error] { request->finishFailed(error); }, Qt::QueuedConnection);
    return request;
}

/** A request that fails because no account is connected. */
template<typename Request> Request *notConnected(QObject *parent)
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = QCoreApplication::translate("ClientJobSource", "Not connected to an account.");
    return failLater<Request>(parent, error);
}

} // namespace CallRequest
