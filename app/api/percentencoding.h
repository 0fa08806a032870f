#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

/**
 * The percent-encoding both Alibaba Cloud signature schemes share (spec section 6): UTF-8, keep
 * A-Z a-z 0-9 - _ . ~, every other byte becomes %XY in upper-case hex. Space is %20, never '+'.
 */
QByteArray alibabaPercentEncode(const QByteArray &utf8);
QByteArray alibabaPercentEncode(const QString &text);

/** name=value pairs, sorted by name, both encoded, joined by '&' (the canonical query string). */
QByteArray alibabaCanonicalQuery(const QMap<QString, QString> &parameters);
