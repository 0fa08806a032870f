#include "jobscommand.h"

#include "apicommand.h"
#include "jobsoptions.h"
#include "jobsrun.h"

int runJobsCommand(const QStringList &arguments)
{
    JobsRequest request;
    ApiCommandSpec spec;
    spec.addOptions = addJobsOptions;
    spec.read = [&request](const QCommandLineParser &parser, QString *error) {
        return readJobsRequest(parser, &request, error);
    };
    spec.deadlineMs = [&request] { return request.deadlineMs; };
    spec.makeRun = [&request](const GlobalOptions &global, ActionTrailClient *client) {
        return std::unique_ptr<CommandRun>(std::make_unique<JobsRun>(global, request, client));
    };
    return runApiCommand(arguments, spec);
}
