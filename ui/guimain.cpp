#include "guimain.h"

#include "mainwindow.h"

#include <QApplication>

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Backfill Browser"));
    QApplication::setOrganizationName(QStringLiteral("BackfillBrowser"));
    QApplication::setApplicationVersion(QStringLiteral(BACKFILL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(BACKFILL_APP_ID));

    MainWindow window;
    window.show();
    return app.exec();
}
