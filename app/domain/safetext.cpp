#include "safetext.h"

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
}

bool isEscaped(char16_t c, bool keepLineBreaks)
{
    if (keepLineBreaks && (c == u'\n' || c == u'\r' || c == u'\t'))
        return false;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || isBidiControl(c);
}

QString escaped(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isEscaped(c, keepLineBreaks)) {
            out += ch;
        } else if (c <= 0xFF) {
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}
} // namespace

namespace SafeText {

bool needsEscaping(const QString &text)
{
    for (const QChar ch : text) {
        if (isEscaped(ch.unicode(), false))
            return true;
    }
    return false;
}

QString forDisplay(const QString &text)
{
    return needsEscaping(text) ? escaped(text, false) : text;
}

QString forCsvCell(const QString &text)
{
    QString cell = needsEscaping(text) ? escaped(text, true) : text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(QLatin1Char('\''));
    }
    return cell;
}

} // namespace SafeText
