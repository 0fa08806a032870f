#pragma once

#include <QLoggingCategory>

/**
 * `backfill.api`: one line per attempt at debug level (action, HTTP status, RequestId, timing,
 * attempt). Never a secret, signature, security token or Authorization header.
 */
Q_DECLARE_LOGGING_CATEGORY(lcApi)
