#pragma once

#include <QString>

class QAbstractButton;

/** Copy buttons that answer: without a word, a click on "Copy" looks like it did nothing. */
namespace CopyFeedback {

/**
 * Puts `text` on the clipboard and says so for a moment: the button reads "Copied" and a tooltip
 * "Copied to the clipboard" appears under it; then the button reads as before.
 */
void copy(QAbstractButton *button, const QString &text);

/** How long the button says "Copied". */
constexpr int confirmationMs = 1500;

} // namespace CopyFeedback
