#include "statusstyle.h"

#include <QBrush>

static void initResources()
{
    // The icons live in an object library inside a static one: reference it so it is linked.
    Q_INIT_RESOURCE(backfill_icons);
}

namespace StatusStyle {

QString iconPath(JobStatus status)
{
    static const bool initialised = (initResources(), true);
    Q_UNUSED(initialised);
    switch (status) {
    case JobStatus::Initializing:
        return QStringLiteral(":/icons/status-initializing.svg");
    case JobStatus::Delivering:
        return QStringLiteral(":/icons/status-delivering.svg");
    case JobStatus::Complete:
        return QStringLiteral(":/icons/status-complete.svg");
    case JobStatus::Failed:
        return QStringLiteral(":/icons/status-failed.svg");
    case JobStatus::Unknown:
        break;
    }
    return QStringLiteral(":/icons/status-unknown.svg");
}

QIcon icon(JobStatus status)
{
    return QIcon(iconPath(status));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor color(JobStatus status, const QPalette &palette)
{
    int hue = -1;
    switch (status) {
    case JobStatus::Initializing:
        hue = 35;
        break;
    case JobStatus::Delivering:
        hue = 212;
        break;
    case JobStatus::Complete:
        hue = 135;
        break;
    case JobStatus::Failed:
        hue = 2;
        break;
    case JobStatus::Unknown:
        return palette.color(QPalette::PlaceholderText);
    }
    // Dark text on light bases, light text on dark ones: both keep a contrast ratio above 4.5.
    return isDark(palette) ? QColor::fromHsl(hue, 200, 175) : QColor::fromHsl(hue, 220, 70);
}

JobFormat::StatusDecorator decorator(const QPalette &palette)
{
    return [palette](JobStatus status, int role) -> QVariant {
        if (role == Qt::DecorationRole)
            return icon(status);
        if (role == Qt::ForegroundRole)
            return QBrush(color(status, palette));
        return {};
    };
}

} // namespace StatusStyle
