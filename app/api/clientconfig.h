#pragma once

#include "credentialprovider.h"
#include "requestsigner.h"
#include "retrypolicy.h"

#include <QUrl>

#include <chrono>
#include <memory>

class RequestSlots;

/** The services a client's calls talk to; each call knows which one it belongs to. */
enum class ApiProduct {
    ActionTrail, ///< ActionTrail 2020-07-06 (the backfill tasks)
    Sts, ///< Security Token Service 2015-04-01 (AssumeRole, GetCallerIdentity)
    ResourceManager, ///< ResourceManager 2020-03-31 (ListAccounts of a resource directory)
};

/**
 * A client's settings, as a value: a call copies them when it starts, so that changing the
 * client afterwards never changes a call under way.
 */
struct ClientConfig
{
    /** ActionTrail's endpoint (https://actiontrail.<region>.aliyuncs.com or the emulator). */
    QUrl endpoint;
    /** STS's endpoint. */
    QUrl stsEndpoint = defaultStsEndpoint();
    /** ResourceManager's endpoint (one for every region). */
    QUrl resourceManagerEndpoint = defaultResourceManagerEndpoint();
    SignatureVersion signatureVersion = SignatureVersion::V3;
    /** The longest silence within one attempt (Qt's transfer timeout). */
    std::chrono::milliseconds transferTimeout {10000};
    /** The longest a call may take in all: attempts, waits and credential refreshes. */
    std::chrono::milliseconds callDeadline {60000};
    RetryPolicy retryPolicy;
    /** The clock for signing and clock-skew messages; empty: the system's UTC time. */
    RequestSigner::Clock clock;
    /** Shared with other clients: at most its capacity of requests in flight among them all
     * (null: no cap beyond the network's own). */
    std::shared_ptr<RequestSlots> requestSlots;
    /** Signs the calls; null: calls fail with "no AccessKey" before anything is sent. */
    std::shared_ptr<CredentialProvider> credentials;

    /** Where calls to `product` go. */
    QUrl endpointFor(ApiProduct product) const;
    /** The API version calls to `product` send, e.g. "2015-04-01". */
    static QString apiVersionOf(ApiProduct product);
    /** https://sts.aliyuncs.com */
    static QUrl defaultStsEndpoint();
    /** https://resourcemanager.aliyuncs.com */
    static QUrl defaultResourceManagerEndpoint();
    QDateTime now() const;
};
