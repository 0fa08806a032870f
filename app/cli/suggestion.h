#pragma once

#include <QString>
#include <QStringList>

/**
 * The candidate a mistyped word most likely meant ("job" -> "jobs", "lsit" -> "list"): the
 * nearest by edit distance, if at most two edits away and closer than the word is long; empty
 * when nothing is near.
 */
QString closestWord(const QString &word, const QStringList &candidates);

/** "unknown command 'job' (did you mean 'jobs'?)", without the hint when nothing is near. */
QString unknownCommandMessage(const QString &word, const QStringList &commands);
