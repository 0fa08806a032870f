#include "profilecommand.h"

#include <QTextStream>

int runProfileCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << "backfill-browser: 'profile' is not available in this build yet\n";
    return 2;
}
