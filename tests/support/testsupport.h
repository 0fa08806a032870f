#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace TestSupport {
/** Reads a file the test cannot do without; fails loudly (QFAIL-style abort) when it is missing. */
QByteArray readFileOrDie(const QString &path);
/** The spec's ListDeliveryHistoryJobs sample answer (tests/data), byte for byte. */
QByteArray listSample();
/** The spec's GetDeliveryHistoryJob sample answer (tests/data), byte for byte. */
QByteArray getSample();

/**
 * The descendant of @p parent with this objectName. Aborts with the name when there is none:
 * every caller uses the widget at once, and a renamed widget would otherwise be a null
 * dereference with no clue.
 */
template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}
} // namespace TestSupport
