#include "copyfeedback.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>
#include <QToolTip>

namespace CopyFeedback {

void copy(QAbstractButton *button, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    // A second click while "Copied" shows must not make "Copied" the text to come back to.
    static const char originalText[] = "copyFeedbackOriginalText";
    if (!button->property(originalText).isValid())
        button->setProperty(originalText, button->text());
    button->setText(QCoreApplication::translate("CopyFeedback", "Copied"));
    QToolTip::showText(button->mapToGlobal(QPoint(0, button->height())),
                       QCoreApplication::translate("CopyFeedback", "Copied to the clipboard"),
                       button);
    QTimer::singleShot(confirmationMs, button, [button] {
        const QVariant original = button->property(originalText);
        if (!original.isValid())
            return;
        button->setText(original.toString());
        button->setProperty(originalText, QVariant());
    });
}

} // namespace CopyFeedback
