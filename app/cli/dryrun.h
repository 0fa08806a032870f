#pragma once

#include "api/accesskey.h"
#include "api/requestsigner.h"

#include <QMap>
#include <QString>
#include <QUrl>

/**
 * `--dry-run`: the request a write would send, signed as ActionTrailClient signs it (POST / with
 * the parameters in the query, the same headers), printed for a person to check and nothing
 * sent. The signature and the STS token are elided: the text may go to a log or a ticket.
 */
QString dryRunText(const QUrl &endpoint, SignatureVersion version, const AccessKey &key,
                   const QString &action, const QMap<QString, QString> &parameters);
