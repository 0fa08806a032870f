#include "statusstyle.h"

#include <QBrush>

#include <array>
#include <memory>

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
    // Made once here rather than on each data() call: a QIcon made from a file name is a new
    // engine that parses and renders its SVG again, and a view asks for the icon and brush of
    // every visible row on every paint.
    struct Looks
    {
        std::array<QVariant, 5> icons; ///< index: status + 1 (Unknown is -1)
        std::array<QVariant, 5> brushes;
    };
    const auto slotOf = [](JobStatus status) {
        const int slot = int(status) + 1;
        return slot >= 0 ? std::size_t(slot) : std::size_t(-1);
    };
    auto looks = std::make_shared<Looks>();
    for (JobStatus status : {JobStatus::Unknown, JobStatus::Initializing, JobStatus::Delivering,
                             JobStatus::Complete, JobStatus::Failed}) {
        const std::size_t slot = slotOf(status);
        looks->icons.at(slot) = icon(status);
        looks->brushes.at(slot) = QBrush(color(status, palette));
    }
    return [looks, slotOf](JobStatus status, int role) -> QVariant {
        const std::size_t slot = slotOf(status);
        if (slot >= looks->icons.size())
            return {};
        if (role == Qt::DecorationRole)
            return looks->icons[slot];
        if (role == Qt::ForegroundRole)
            return looks->brushes[slot];
        return {};
    };
}

} // namespace StatusStyle
