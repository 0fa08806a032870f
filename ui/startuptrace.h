#pragma once

class QWidget;
class QWindow;

/**
 * BACKFILL_TRACE_STARTUP=1: prints to stderr the milliseconds from process start to the main
 * window shown and to the first job rows painted, for the start-up benchmark (tests/benchmarks).
 * Costs nothing when the variable is unset. Process start is the kernel's start time of the
 * process on Linux (so dynamic loading and static initialisation count; 10 ms resolution), the
 * first call into this module elsewhere.
 */
namespace StartupTrace {

bool isEnabled();
/** Prints "startup: <event> <ms> ms" (each event once). */
void mark(const char *event);
/** Marks "window shown" once `window` has been exposed and painted for the first time. */
void watchWindowShown(QWindow *window);
/** Marks "first rows painted" once `table`'s viewport has painted while its model had rows. */
void watchFirstRowsPainted(QWidget *table);

} // namespace StartupTrace
