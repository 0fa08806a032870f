#include "apilogging.h"

// Debug output is off unless asked for (QT_LOGGING_RULES, --verbose).
Q_LOGGING_CATEGORY(lcApi, "backfill.api", QtInfoMsg)
