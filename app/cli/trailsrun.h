#pragma once

#include "apicommand.h"
#include "globaloptions.h"

#include <QObject>
#include <QString>
#include <QTextStream>

class ActionTrailClient;
struct ApiError;
struct TrailOverview;

/** What one `trails ...` call asks for, validated. */
struct TrailsRequest
{
    QString subcommand; ///< list or get
    QString name; ///< get: the trail
    QString format = QStringLiteral("table");
    int deadlineMs = 60000;
};

/** Runs one validated `trails` request; ends the event loop with the exit code. */
class TrailsRun : public CommandRun
{
public:
    TrailsRun(const GlobalOptions &global, const TrailsRequest &request, ActionTrailClient *client);

    void start(const QString &region, const GlobalOptions &global) override;
    void failUsage(const QString &reason) override;
    QTextStream &err() override { return m_err; }

private:
    void print(const QList<TrailOverview> &overviews, const QString &tasksError);
    void fail(const ApiError &error);
    void finish(int code);

    GlobalOptions m_global;
    TrailsRequest m_request;
    ActionTrailClient *m_client;
    QObject m_context;
    QTextStream m_out;
    QTextStream m_err;
};
