#include "percentencoding.h"

QByteArray alibabaPercentEncode(const QByteArray &utf8)
{
    // QByteArray::toPercentEncoding leaves exactly the RFC 3986 unreserved set alone, which is the
    // set Alibaba keeps; it writes upper-case hex and turns space into %20 (never '+').
    return utf8.toPercentEncoding();
}

QByteArray alibabaPercentEncode(const QString &text)
{
    return alibabaPercentEncode(text.toUtf8());
}

QByteArray alibabaCanonicalQuery(const QMap<QString, QString> &parameters)
{
    // QMap iterates in key order: the sort by parameter name the schemes require.
    QByteArray query;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!query.isEmpty())
            query += '&';
        query += alibabaPercentEncode(it.key());
        query += '=';
        query += alibabaPercentEncode(it.value());
    }
    return query;
}
