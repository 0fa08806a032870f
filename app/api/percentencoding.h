#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringView>

/**
 * The percent-encoding both Alibaba Cloud signature schemes share: UTF-8, keep
 * A-Z a-z 0-9 - _ . ~, every other byte becomes %XY in upper-case hex. Space is %20, never '+'.
 * The result is exactly QByteArray::toPercentEncoding() of the UTF-8 bytes (the fuzz target
 * checks that); ours appends in place because every signed request encodes a dozen of them.
 */
QByteArray alibabaPercentEncode(const QByteArray &utf8);
QByteArray alibabaPercentEncode(const QString &text);
/** Appends the encoding of @p utf8 to @p out. */
void appendAlibabaPercentEncoded(QByteArray &out, QByteArrayView utf8);
/** Appends the encoding of @p text's UTF-8 form to @p out. */
void appendAlibabaPercentEncoded(QByteArray &out, QStringView text);

/** name=value pairs, sorted by name, both encoded, joined by '&' (the canonical query string). */
QByteArray alibabaCanonicalQuery(const QMap<QString, QString> &parameters);
/** Appends alibabaCanonicalQuery(@p parameters) to @p out. */
void appendAlibabaCanonicalQuery(QByteArray &out, const QMap<QString, QString> &parameters);
