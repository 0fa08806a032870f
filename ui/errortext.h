#pragma once

#include "api/apierror.h"

#include <QString>

/** What the UI says about an ApiError. One place, so the banner, pane and dialogs agree. */
namespace ErrorText {

/** One or two sentences for people: what happened and what to do (describeApiError). */
QString human(const ApiError &error);
/** "Code: X · RequestId: Y" (what support needs), empty parts left out. */
QString identifiers(const ApiError &error);
/** A few words for "Retrying 3/8 — …": the Code, else the HTTP status, else the kind. */
QString shortReason(const ApiError &error);
/** Everything known, for "Details" and the clipboard (apiErrorDetails). */
QString details(const ApiError &error);

} // namespace ErrorText
