#include "errorbanner.h"

#include "models/jobformat.h"

#include "copyfeedback.h"
#include "errortext.h"
#include "statusstyle.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The service's message, our retry note and the details can be far longer than the window is
// wide (and a label that does not wrap makes its width the window's minimum). Such a label takes
// the width the banner is given and grows in height instead; the full text stays selectable and
// goes to the clipboard with Copy.
void wrapWithinGivenWidth(QLabel *label)
{
    label->setWordWrap(true);
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
}
} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_identifiers(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_detailsButton(new QPushButton(tr("De&tails"), this))
    , m_copy(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));
    m_message->setObjectName(QStringLiteral("errorBannerMessage"));
    wrapWithinGivenWidth(m_message);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_identifiers->setObjectName(QStringLiteral("errorBannerIdentifiers"));
    m_identifiers->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    wrapWithinGivenWidth(m_identifiers);
    m_details->setObjectName(QStringLiteral("errorBannerDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    wrapWithinGivenWidth(m_details);
    m_details->hide();
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_retry->setToolTip(tr("Try the failed request again"));
    m_detailsButton->setObjectName(QStringLiteral("errorBannerDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("Show everything the service answered"));
    m_copy->setObjectName(QStringLiteral("errorBannerCopy"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the error code, RequestId and details (for support)"));
    m_copy->setAccessibleName(tr("Copy error details"));
    m_close->setObjectName(QStringLiteral("errorBannerClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Dismiss error"));
    m_icon->setPixmap(StatusStyle::icon(JobStatus::Failed).pixmap(20, 20));
    m_icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_message);
    text->addWidget(m_identifiers);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QLabel::setVisible);
    connect(m_copy, &QToolButton::clicked, this, &ErrorBanner::copyIdentifiers);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    applyColours();
    hide();
}

void ErrorBanner::showError(const ApiError &error, bool canRetry)
{
    m_error = error;
    m_icon->setPixmap(StatusStyle::icon(JobStatus::Failed).pixmap(20, 20));
    m_message->setText(describeApiError(error, ErrorAudience::Window));
    const QString ids = ErrorText::identifiers(error);
    m_identifiers->setText(ids);
    m_identifiers->setVisible(!ids.isEmpty());
    m_details->setText(apiErrorDetails(error));
    m_detailsButton->setVisible(!m_details->text().isEmpty());
    m_copy->setVisible(!ids.isEmpty());
    m_retry->setVisible(canRetry);
    m_retry->setEnabled(true);
    setAccessibleDescription(m_message->text() + QLatin1Char(' ') + ids);
    show();
}

void ErrorBanner::showRetrying(int attempt, int maxAttempts, const ApiError &reason,
                               int secondsLeft)
{
    m_error = reason;
    m_icon->setPixmap(StatusStyle::icon(JobStatus::Initializing).pixmap(20, 20));
    const QString why = ErrorText::shortReason(reason);
    m_message->setText(secondsLeft >= 0
                           ? tr("Retrying %1/%2 in %3 \u2014 %4")
                                 .arg(attempt)
                                 .arg(maxAttempts)
                                 .arg(JobFormat::duration(secondsLeft), why)
                           : tr("Retrying %1/%2 \u2014 %3").arg(attempt).arg(maxAttempts).arg(why));
    // describeApiError's advice ("wait a moment and try again") is for a final failure; here the
    // app is already doing that, and the service's own words stay one click away under Details.
    m_identifiers->setText(
        tr("Backfill Browser tries again by itself; press Esc to stop waiting."));
    m_identifiers->show();
    m_details->setText(apiErrorDetails(reason));
    m_retry->hide();
    show();
}

void ErrorBanner::dismiss()
{
    m_detailsButton->setChecked(false);
    hide();
}

void ErrorBanner::copyIdentifiers()
{
    CopyFeedback::copy(m_copy, apiErrorDetails(m_error));
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !property("applyingColours").toBool())
        applyColours();
    QFrame::changeEvent(event);
}

void ErrorBanner::applyColours()
{
    // A tint of the failure colour over the window colour: visible in light and dark themes
    // while the text keeps the palette's own (readable) colour.
    setProperty("applyingColours", true);
    QPalette pal = QApplication::palette(this);
    const QColor base = pal.color(QPalette::Window);
    const QColor accent = StatusStyle::color(JobStatus::Failed, pal);
    const float mix = StatusStyle::isDark(pal) ? 0.22F : 0.12F;
    const QColor tint = QColor::fromRgbF(base.redF() * (1 - mix) + accent.redF() * mix,
                                         base.greenF() * (1 - mix) + accent.greenF() * mix,
                                         base.blueF() * (1 - mix) + accent.blueF() * mix);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
    setProperty("applyingColours", false);
}
