#include "percentencoding.h"

namespace {
constexpr bool isUnreserved(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'_' || c == u'.' || c == u'~';
}

constexpr char16_t codeOf(char byte)
{
    return char16_t(uchar(byte));
}

constexpr char16_t codeOf(QChar ch)
{
    return ch.unicode();
}

/**
 * Encodes each unit of @p units (bytes, or UTF-16 units known to be ASCII) onto the end of @p out.
 * Hand-written rather than QByteArray::toPercentEncoding(), which allocates a new array per call:
 * a request encodes a dozen names and values, and a V1 string-to-sign all of them twice. Writing
 * through a pointer into space reserved once keeps it at a few instructions a byte.
 */
template<typename Units> void appendEncodedUnits(QByteArray &out, const Units &units)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const qsizetype start = out.size();
    out.resize(start + 3 * qsizetype(units.size()));
    char *at = out.data() + start;
    for (const auto unit : units) {
        const char16_t code = codeOf(unit); // < 0x100: a byte, or an ASCII character
        if (isUnreserved(code)) {
            *at++ = char(code);
        } else {
            *at++ = '%';
            *at++ = hex[code >> 4];
            *at++ = hex[code & 0xF];
        }
    }
    out.resize(at - out.constData());
}
} // namespace

void appendAlibabaPercentEncoded(QByteArray &out, QByteArrayView utf8)
{
    appendEncodedUnits(out, utf8);
}

void appendAlibabaPercentEncoded(QByteArray &out, QStringView text)
{
    // Names and almost all values are ASCII: encode them straight from UTF-16 and pay for the
    // UTF-8 conversion only when a character needs it.
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80) {
            appendEncodedUnits(out, QByteArrayView(text.toUtf8()));
            return;
        }
    }
    appendEncodedUnits(out, text);
}

QByteArray alibabaPercentEncode(const QByteArray &utf8)
{
    QByteArray encoded;
    encoded.reserve(utf8.size() * 3 / 2);
    appendAlibabaPercentEncoded(encoded, QByteArrayView(utf8));
    return encoded;
}

QByteArray alibabaPercentEncode(const QString &text)
{
    QByteArray encoded;
    encoded.reserve(text.size() * 3 / 2);
    appendAlibabaPercentEncoded(encoded, QStringView(text));
    return encoded;
}

void appendAlibabaCanonicalQuery(QByteArray &out, const QMap<QString, QString> &parameters)
{
    // QMap iterates in key order: the sort by parameter name the schemes require.
    bool first = true;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (!first)
            out.append('&');
        first = false;
        appendAlibabaPercentEncoded(out, QStringView(it.key()));
        out.append('=');
        appendAlibabaPercentEncoded(out, QStringView(it.value()));
    }
}

QByteArray alibabaCanonicalQuery(const QMap<QString, QString> &parameters)
{
    QByteArray query;
    query.reserve(parameters.size() * 32);
    appendAlibabaCanonicalQuery(query, parameters);
    return query;
}
