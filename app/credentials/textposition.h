#pragma once

#include <QByteArray>
#include <QPair>

/** 1-based line and column of a byte offset, for error messages people can act on. */
QPair<int, int> lineAndColumn(const QByteArray &data, int offset);
