#include "trailsrun.h"

#include "api/actiontrailclient.h"
#include "api/apierror.h"
#include "domain/safetext.h"
#include "domain/trailoverview.h"
#include "exitcode.h"
#include "jobstext.h"
#include "models/trailoverviewloader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString date(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

/** "from 2026-09-08 to 2026-12-07, 90 days", or why a new task would add nothing. */
QString windowText(const TimeWindow &window)
{
    if (!window.isValid())
        return QCoreApplication::translate("TrailsCommand",
                                           "nothing: the trail itself recorded the last 90 days");
    return QCoreApplication::translate("TrailsCommand", "from %1 to %2, %3 days")
        .arg(date(window.from), date(window.to))
        .arg(window.days());
}

QString reasonText(const BackfillReadiness &readiness)
{
    switch (readiness.reason) {
    case BackfillReadiness::Reason::Ready:
        return QCoreApplication::translate("TrailsCommand", "ready");
    case BackfillReadiness::Reason::NoSlsDelivery:
        return QCoreApplication::translate("TrailsCommand", "no: no SLS delivery");
    case BackfillReadiness::Reason::NotLogging:
        return QCoreApplication::translate("TrailsCommand", "no: not logging");
    case BackfillReadiness::Reason::OrganizationTrail:
        return QCoreApplication::translate("TrailsCommand", "no: organization trail");
    case BackfillReadiness::Reason::OtherRegion:
        return QCoreApplication::translate("TrailsCommand", "no: other region");
    }
    return {};
}

QString loggingText(const TrailOverview &o)
{
    if (!o.statusError.isEmpty())
        return QCoreApplication::translate("TrailsCommand", "unknown");
    return o.status.isLogging ? QCoreApplication::translate("TrailsCommand", "yes")
                              : QCoreApplication::translate("TrailsCommand", "no");
}

QString lastTaskText(const TrailOverview &o)
{
    if (o.lastTask.jobId <= 0)
        return QCoreApplication::translate("TrailsCommand", "none");
    return QStringLiteral("%1 %2").arg(QString::number(o.lastTask.jobId),
                                       jobStatusText(o.lastTask.status, o.lastTask.rawStatus));
}
} // namespace

TrailsRun::TrailsRun(const GlobalOptions &global, const TrailsRequest &request,
                     ActionTrailClient *client)
    : m_global(global)
    , m_request(request)
    , m_client(client)
    , m_out(stdout)
    , m_err(stderr)
{ }

void TrailsRun::start(const QString &region, const GlobalOptions &global)
{
    m_global = global;
    auto *loader = new TrailOverviewLoader(
        m_client, region, [] { return QDateTime::currentDateTimeUtc(); }, &m_context);
    if (m_request.subcommand == QLatin1String("get"))
        loader->setNames({m_request.name});
    QObject::connect(loader, &TrailOverviewLoader::finished, &m_context,
                     [this, loader](const QList<TrailOverview> &overviews) {
                         print(overviews, loader->tasksError());
                     });
    QObject::connect(loader, &TrailOverviewLoader::failed, &m_context,
                     [this](const ApiError &error) { fail(error); });
    loader->start();
}

void TrailsRun::print(const QList<TrailOverview> &overviews, const QString &tasksError)
{
    if (!tasksError.isEmpty()) {
        m_err << QCoreApplication::translate(
                     "TrailsCommand",
                     "backfill-browser: the tasks could not be listed (%1); last tasks are not "
                     "shown")
                     .arg(SafeText::forDisplay(tasksError))
              << "\n";
    }
    const bool get = m_request.subcommand == QLatin1String("get");
    if (get && overviews.isEmpty()) {
        m_err << "backfill-browser: "
              << QCoreApplication::translate("TrailsCommand", "no trail named \"%1\"")
                     .arg(SafeText::forDisplay(m_request.name))
              << "\n";
        finish(CliServiceFailure);
        return;
    }
    if (m_request.format == QLatin1String("json")) {
        QJsonArray array;
        for (const TrailOverview &overview : overviews)
            array.append(TrailSerializer::toJson(overview));
        const QJsonDocument document = get
            ? QJsonDocument(array.first().toObject())
            : QJsonDocument(QJsonObject {{QStringLiteral("TrailList"), array}});
        m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else if (m_request.format == QLatin1String("csv")) {
        m_out << TrailSerializer::toCsv(overviews);
    } else if (get) {
        const TrailOverview &o = overviews.first();
        const QList<QStringList> rows = {
            {QCoreApplication::translate("TrailsCommand", "Trail"),
             SafeText::forDisplay(o.trail.name)},
            {QCoreApplication::translate("TrailsCommand", "Home region"),
             SafeText::forDisplay(o.trail.homeRegion)},
            {QCoreApplication::translate("TrailsCommand", "Delivers to"),
             SafeText::forDisplay(TrailSerializer::targets(o.trail))},
            {QCoreApplication::translate("TrailsCommand", "Status"),
             SafeText::forDisplay(o.trail.status)},
            {QCoreApplication::translate("TrailsCommand", "Logging"), loggingText(o)},
            {QCoreApplication::translate("TrailsCommand", "Last delivery"),
             formatLocalTime(o.status.latestDeliveryTime)},
            {QCoreApplication::translate("TrailsCommand", "Last SLS error"),
             o.statusError.isEmpty() ? SafeText::forDisplay(o.status.latestDeliveryLogServiceError)
                                     : SafeText::forDisplay(o.statusError)},
            {QCoreApplication::translate("TrailsCommand", "Backfill"), o.readiness.explanation()},
            {QCoreApplication::translate("TrailsCommand", "Last task"), lastTaskText(o)},
            {QCoreApplication::translate("TrailsCommand", "A new task would cover"),
             windowText(o.newTaskWindow)},
        };
        m_out << formatAlignedTable({QCoreApplication::translate("TrailsCommand", "FIELD"),
                                     QCoreApplication::translate("TrailsCommand", "VALUE")},
                                    rows);
    } else if (overviews.isEmpty()) {
        m_err << QCoreApplication::translate("TrailsCommand", "No trails.") << "\n";
    } else {
        QList<QStringList> rows;
        for (const TrailOverview &o : overviews) {
            rows.append({SafeText::forDisplay(o.trail.name),
                         SafeText::forDisplay(o.trail.homeRegion),
                         SafeText::forDisplay(o.trail.status), loggingText(o),
                         formatLocalTime(o.status.latestDeliveryTime), reasonText(o.readiness),
                         lastTaskText(o), windowText(o.newTaskWindow)});
        }
        m_out << formatAlignedTable(
            {QCoreApplication::translate("TrailsCommand", "TRAIL"),
             QCoreApplication::translate("TrailsCommand", "HOME REGION"),
             QCoreApplication::translate("TrailsCommand", "STATUS"),
             QCoreApplication::translate("TrailsCommand", "LOGGING"),
             QCoreApplication::translate("TrailsCommand", "LAST DELIVERY"),
             QCoreApplication::translate("TrailsCommand", "BACKFILL"),
             QCoreApplication::translate("TrailsCommand", "LAST TASK"),
             QCoreApplication::translate("TrailsCommand", "A NEW TASK WOULD COVER")},
            rows);
    }
    finish(CliSuccess);
}

void TrailsRun::fail(const ApiError &error)
{
    ApiError shown = error;
    for (QString *text : {&shown.code, &shown.message, &shown.requestId, &shown.detail})
        *text = SafeText::forDisplay(*text);
    m_err << "backfill-browser: " << describeApiError(shown) << "\n";
    finish(error.kind == ApiError::Kind::Configuration ? CliUsageError : CliServiceFailure);
}

void TrailsRun::failUsage(const QString &reason)
{
    m_err << "backfill-browser: " << reason << "\n";
    finish(CliUsageError);
}

void TrailsRun::finish(int code)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}
