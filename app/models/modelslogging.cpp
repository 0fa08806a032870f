#include "modelslogging.h"

Q_LOGGING_CATEGORY(lcModel, "backfill.model")
