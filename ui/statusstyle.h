#pragma once

#include "models/jobformat.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

/**
 * How a status looks: a crisp SVG icon and a text colour derived from the palette so it stays
 * readable on light and dark themes (Qt 6.4 has no colorScheme(): we look at the base colour).
 */
namespace StatusStyle {

/** ":/icons/status-complete.svg" etc. (for rich text) */
QString iconPath(JobStatus status);
QIcon icon(JobStatus status);
/** The status colour for text drawn on `palette`'s Base (or Window) colour. */
QColor color(JobStatus status, const QPalette &palette);
/** True when the palette's base colour is dark. */
bool isDark(const QPalette &palette);
/** A decorator for the models: icons and palette-derived foreground brushes. */
JobFormat::StatusDecorator decorator(const QPalette &palette);

} // namespace StatusStyle
