#pragma once

#include <QByteArray>
#include <QString>

namespace TestSupport {
/** Reads a file the test cannot do without; fails loudly (QFAIL-style abort) when it is missing. */
QByteArray readFileOrDie(const QString &path);
} // namespace TestSupport
