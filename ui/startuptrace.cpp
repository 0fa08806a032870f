#include "startuptrace.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QMetaObject>
#include <QSet>
#include <QTextStream>
#include <QWindow>

#include <functional>

#include <ctime>
#include <unistd.h>

namespace StartupTrace {
namespace {

/** Milliseconds since the process started: /proc/self/stat's start time against CLOCK_BOOTTIME. */
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    static const double startMs = [] {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray text = stat.readAll();
        // Field 2 (comm) may hold spaces; fields are counted after its closing parenthesis.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        bool ok = false;
        const qint64 ticks = fields.value(19).toLongLong(&ok); // field 22: starttime
        return ok ? double(ticks) * 1000.0 / double(sysconf(_SC_CLK_TCK)) : -1.0;
    }();
    timespec now {};
    if (startMs >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
#endif
    static QElapsedTimer sinceFirstCall;
    if (!sinceFirstCall.isValid())
        sinceFirstCall.start();
    return double(sinceFirstCall.nsecsElapsed()) / 1e6;
}

/** Marks `event` after the first event `watched` gets for which `matches` is true has been handled.
 */
class OneShotWatcher : public QObject
{
public:
    OneShotWatcher(QObject *watched, const char *event, std::function<bool(QEvent *)> matches)
        : QObject(watched)
        , m_event(event)
        , m_matches(std::move(matches))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_matches(event)) {
            // Queued: marked once this event (the paint and its flush) has been handled.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    mark(m_event);
                    deleteLater();
                },
                Qt::QueuedConnection);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    const char *m_event;
    std::function<bool(QEvent *)> m_matches;
};

} // namespace

bool isEnabled()
{
    static const bool enabled = qEnvironmentVariableIntValue("BACKFILL_TRACE_STARTUP") == 1;
    return enabled;
}

void mark(const char *event)
{
    if (!isEnabled())
        return;
    static QSet<QByteArray> seen;
    if (seen.contains(event))
        return;
    seen.insert(event);
    QTextStream(stderr) << "startup: " << event << ' '
                        << QString::number(msSinceProcessStart(), 'f', 1) << " ms\n";
}

void watchWindowShown(QWindow *window)
{
    if (!isEnabled() || !window)
        return;
    window->installEventFilter(new OneShotWatcher(window, "window shown", [window](QEvent *event) {
        return event->type() == QEvent::Expose && window->isExposed();
    }));
}

void watchFirstRowsPainted(QWidget *table)
{
    auto *view = qobject_cast<QAbstractItemView *>(table);
    if (!isEnabled() || !view)
        return;
    QWidget *viewport = view->viewport();
    viewport->installEventFilter(
        new OneShotWatcher(viewport, "first rows painted", [view](QEvent *event) {
            return event->type() == QEvent::Paint && view->model() && view->model()->rowCount() > 0;
        }));
}

} // namespace StartupTrace
