#pragma once

#include "api/apierror.h"

#include <QString>

/** What the UI says about an ApiError. One place, so the banner and dialogs agree. */
namespace ErrorText {

/** One or two sentences for people: what happened and what to do. */
QString human(const ApiError &error);
/** "Code: X · RequestId: Y" (what support needs), empty parts left out. */
QString identifiers(const ApiError &error);
/** Everything known, for "Details" and the clipboard. */
QString details(const ApiError &error);
/** The RAM action a Forbidden.RAM error lacks, e.g. "actiontrail:ListDeliveryHistoryJobs". */
QString missingRamAction(const ApiError &error);

} // namespace ErrorText
