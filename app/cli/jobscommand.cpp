#include "jobscommand.h"

#include <QTextStream>

int runJobsCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "backfill-browser: 'jobs' is not available in this build yet\n";
    return 2;
}
