#pragma once

#include "api/apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

/**
 * A non-modal error strip above the table: the human message, the Code and RequestId (selectable
 * and copyable, for support), Retry, and Details. Never a dialog: the rows already loaded stay
 * usable underneath.
 */
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /** Shows the banner for `error`; `canRetry` shows the Retry button. */
    void showError(const ApiError &error, bool canRetry = true);
    /** A progress note while a call is being retried: "Retrying 3/8 — Throttling.User". */
    /** `secondsLeft` >= 0: the wait before the attempt is counted down in the message. */
    void showRetrying(int attempt, int maxAttempts, const ApiError &reason, int secondsLeft = -1);
    void dismiss();
    ApiError error() const { return m_error; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void copyIdentifiers();

    ApiError m_error;
    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_identifiers;
    QLabel *m_details;
    QPushButton *m_retry;
    QPushButton *m_detailsButton;
    QToolButton *m_copy;
    QToolButton *m_close;
};
