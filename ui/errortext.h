#pragma once

#include "api/apierror.h"

#include <QString>

/** What the UI says about an ApiError. One place, so the banner, pane and dialogs agree. */
namespace ErrorText {

/** "Code: X · RequestId: Y" (what support needs), empty parts and success statuses left out. */
QString identifiers(const ApiError &error);
/** A few words for "Retrying 3/8 — …": the Code, else the kind, else the HTTP error status. */
QString shortReason(const ApiError &error);

} // namespace ErrorText
