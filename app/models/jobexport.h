#pragma once

#include "domain/deliveryjob.h"

#include <QByteArray>
#include <QJsonObject>

class QAbstractItemModel;

/**
 * Jobs as files and clipboard text, written by JobSerializer (the same CSV and JSON as the
 * command line's), so an export can be compared with the API's own output and with a script's.
 */
namespace JobExport {

enum class Format { Csv, Json };

/** The job in the shape GetDeliveryHistoryJob returns. */
QJsonObject toJson(const DeliveryJob &job, const QString &requestId = {});

/**
 * Every row of `model` (a JobTableModel or a proxy over one, so only the filtered rows, in the
 * view's order) as CSV (RFC 4180, UTF-8, CRLF) or a JSON array.
 */
QByteArray rows(const QAbstractItemModel &model, Format format);

/** Writes atomically (QSaveFile): the file is either complete or untouched. */
bool writeFile(const QString &path, const QByteArray &contents, QString *errorMessage);

} // namespace JobExport
