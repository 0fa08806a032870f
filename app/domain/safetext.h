#pragma once

#include <QString>

/**
 * The rules for putting text that came from the service (trail names, regions, error codes and
 * messages, request ids) in front of people: a terminal must not run the escape sequences it may
 * carry, and a spreadsheet must not run it as a formula. Written once, here, and used by every
 * output that is not exact JSON (JSON escapes control characters itself).
 */
namespace SafeText {

/**
 * For a terminal, a table cell or a log line: C0 control characters (U+0000..U+001F), DEL, C1
 * control characters (U+0080..U+009F) and the bidirectional overrides and isolates (which can
 * make text read differently from what it is) are written as visible escapes: "\x1b", "\x9b",
 * "\u202e". Everything else is unchanged, so ordinary names read as they are.
 */
QString forDisplay(const QString &text);

/** True when forDisplay() would change the text. */
bool needsEscaping(const QString &text);

/**
 * One CSV cell's text (before RFC 4180 quoting): control characters escaped as by forDisplay(),
 * except line breaks and tabs, which quoting keeps; and a cell a spreadsheet would take for a
 * formula -- starting with '=', '+', '-', '@', a tab or a carriage return -- gets a leading
 * apostrophe (OWASP's advice), so that it is shown, never run.
 */
QString forCsvCell(const QString &text);

} // namespace SafeText
