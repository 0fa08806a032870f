#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

/**
 * The one retry policy of the API layer: transport errors, 5xx, Throttling* and
 * ServiceUnavailable are retried with backoff, never signature, parameter or permission errors,
 * and only idempotent calls. A pure value: it decides from the
 * failed attempt's ApiError alone, and computes the wait from injected randomness, so tests can
 * table every case.
 *
 * Retried: transport errors, timeouts, HTTP 5xx, `Throttling*`, `ServiceUnavailable`,
 * `InternalError`, `SignatureNonceUsed`, and a body that is not (complete) JSON -- but only for
 * idempotent calls (List, Get, and Create with its ClientToken). A non-idempotent call is retried
 * only when the service certainly did not act (throttled, nonce refused, connection refused).
 * Never retried: 4xx signature, key, clock, parameter or permission errors, cancellation.
 *
 * Wait before attempt n+1 after attempt n failed: full jitter, uniform in
 * [0, min(cap, base * 2^(n-1))], base 200 ms, cap 5 s; a Retry-After from the server is a lower
 * bound, honoured up to maxRetryAfter (30 s): a server asking for longer is not retried at all.
 * A host name that does not resolve is not retried.
 */
class RetryPolicy
{
public:
    /** Uniform random numbers in [0, 1). */
    using RandomSource = std::function<double()>;

    enum class Safety { Idempotent, NotIdempotent };

    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay {0};
    };

    explicit RetryPolicy(RandomSource random = {});

    void setMaxAttempts(int attempts); ///< total attempts including the first; at least 1
    int maxAttempts() const { return m_maxAttempts; }
    void setBaseDelay(std::chrono::milliseconds delay) { m_baseDelay = delay; }
    std::chrono::milliseconds baseDelay() const { return m_baseDelay; }
    void setMaxDelay(std::chrono::milliseconds delay) { m_maxDelay = delay; }
    std::chrono::milliseconds maxDelay() const { return m_maxDelay; }
    void setMaxRetryAfter(std::chrono::milliseconds delay) { m_maxRetryAfter = delay; }
    std::chrono::milliseconds maxRetryAfter() const { return m_maxRetryAfter; }
    void setRandomSource(RandomSource random);

    /** Whether this failure is worth another attempt at all (ignores the attempt count). */
    static bool isRetryable(const ApiError &error, Safety safety);

    /**
     * Whether a failed write may nevertheless have taken effect: the request may have reached
     * the service and only the answer was lost or garbled (the opposite of "certainly not acted",
     * after which isRetryable() allows even a non-idempotent call again).
     */
    static bool mayHaveActed(const ApiError &error);

    /** The upper bound of the jittered wait after `failedAttempt` (1-based) failed. */
    std::chrono::milliseconds backoffCeiling(int failedAttempt) const;
    /** The jittered wait after `failedAttempt` failed, honouring error.retryAfterMs. */
    std::chrono::milliseconds backoff(int failedAttempt, const ApiError &error) const;

    /** After attempt `failedAttempt` (1-based) failed with `error`: try again, and when. */
    Decision decide(const ApiError &error, Safety safety, int failedAttempt) const;

    /** Retry-After as delta-seconds or an HTTP-date (relative to `now`); nullopt if neither. */
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);
    /** An HTTP-date (IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT") as UTC; else invalid. */
    static QDateTime parseHttpDate(const QByteArray &value);

private:
    int m_maxAttempts = 8;
    std::chrono::milliseconds m_baseDelay {200};
    std::chrono::milliseconds m_maxDelay {5000};
    std::chrono::milliseconds m_maxRetryAfter {30000};
    RandomSource m_random;
};
