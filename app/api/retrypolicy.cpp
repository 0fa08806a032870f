#include "retrypolicy.h"

#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

RetryPolicy::RetryPolicy(RandomSource random)
{
    setRandomSource(std::move(random));
}

void RetryPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

void RetryPolicy::setRandomSource(RandomSource random)
{
    m_random = random ? std::move(random)
                      : RandomSource([] { return QRandomGenerator::global()->generateDouble(); });
}

bool RetryPolicy::isRetryable(const ApiError &error, Safety safety)
{
    const bool idempotent = safety == Safety::Idempotent;
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Configuration:
        return false;
    case ApiError::Kind::Network:
        switch (QNetworkReply::NetworkError(error.networkError)) {
        // Retrying cannot fix these: a distrusted certificate, an unsupported URL, credentials.
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::AuthenticationRequiredError:
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            return false;
        // A name that does not resolve now will not resolve in a few seconds either.
        case QNetworkReply::HostNotFoundError:
            return false;
        // Nothing reached the service: safe for any call.
        case QNetworkReply::ConnectionRefusedError:
            return true;
        default:
            return idempotent;
        }
    case ApiError::Kind::Timeout:
        return idempotent;
    case ApiError::Kind::Http:
        if (error.httpStatus == 429)
            return true;
        return idempotent && error.httpStatus >= 500;
    case ApiError::Kind::MalformedResponse:
        // Cut-off or garbled bodies are transient; a well-formed body of the wrong shape is not.
        return idempotent && error.bodyNotJson;
    case ApiError::Kind::Service:
        // Refused before acting: the same request may be sent again (re-signed).
        if (error.code.startsWith(QLatin1String("Throttling"))
            || error.code == QLatin1String("SignatureNonceUsed"))
            return true;
        if (!idempotent)
            return false;
        return error.code == QLatin1String("ServiceUnavailable")
            || error.code == QLatin1String("InternalError") || error.httpStatus >= 500;
    }
    return false;
}

bool RetryPolicy::mayHaveActed(const ApiError &error)
{
    if (isRetryable(error, Safety::NotIdempotent))
        return false; // refused before acting
    switch (error.kind) {
    case ApiError::Kind::Network:
        switch (QNetworkReply::NetworkError(error.networkError)) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return false; // nothing left this computer in a form the service could act on
        default:
            return true;
        }
    case ApiError::Kind::Timeout:
    case ApiError::Kind::MalformedResponse:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500;
    case ApiError::Kind::Service:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Configuration:
        return false;
    }
    return false;
}

std::chrono::milliseconds RetryPolicy::backoffCeiling(int failedAttempt) const
{
    const int doublings = std::clamp(failedAttempt - 1, 0, 30);
    const qint64 ceiling = qint64(m_baseDelay.count()) << doublings;
    return std::chrono::milliseconds(std::min<qint64>(ceiling, m_maxDelay.count()));
}

std::chrono::milliseconds RetryPolicy::backoff(int failedAttempt, const ApiError &error) const
{
    const double random = std::clamp(m_random(), 0.0, 1.0);
    const qint64 ceiling = backoffCeiling(failedAttempt).count();
    qint64 delay = std::min<qint64>(qint64(random * double(ceiling + 1)), ceiling);
    if (error.retryAfterMs >= 0)
        delay = std::max<qint64>(delay,
                                 std::min<qint64>(error.retryAfterMs, m_maxRetryAfter.count()));
    return std::chrono::milliseconds(delay);
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError &error, Safety safety,
                                          int failedAttempt) const
{
    Decision decision;
    if (failedAttempt >= m_maxAttempts || !isRetryable(error, safety))
        return decision;
    // A server that asks for more than the bound will not be ready after it either: say so now.
    if (error.retryAfterMs > m_maxRetryAfter.count())
        return decision;
    decision.retry = true;
    decision.delay = backoff(failedAttempt, error);
    return decision;
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    // Date and time separately: a combined parse would go through local time and its DST gaps.
    const QStringList parts = QString::fromLatin1(value).simplified().split(QLatin1Char(' '));
    if (parts.size() != 6 || parts.at(5) != QLatin1String("GMT"))
        return {};
    const QDate date = QLocale::c().toDate(parts.mid(0, 4).join(QLatin1Char(' ')),
                                           QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QLocale::c().toTime(parts.at(4), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return {date, time, Qt::UTC};
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                                      const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(seconds * 1000));
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}
