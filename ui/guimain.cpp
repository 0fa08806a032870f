#include "guimain.h"

#include "accounts/accountscontroller.h"
#include "api/actiontrailclient.h"
#include "appsession.h"
#include "credentials/profilestore.h"
#include "mainwindow.h"
#include "uilogging.h"

#include <QApplication>
#include <QCommandLineParser>

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Backfill Browser"));
    QApplication::setOrganizationName(QStringLiteral("BackfillBrowser"));
    QApplication::setApplicationVersion(QStringLiteral(BACKFILL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(BACKFILL_APP_ID));

    // GUI options only; `--help`, `--version` and command words go to the command line.
    QCommandLineParser parser;
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("GuiMain", "Show demo data from the built-in ActionTrail emulator."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("GuiMain", "Open with the credentials profile NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        QCoreApplication::translate("GuiMain", "Region ID to open, e.g. cn-hangzhou."),
        QStringLiteral("ID"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        QCoreApplication::translate("GuiMain",
                                    "Endpoint URL instead of the region's (with --demo: an emulator "
                                    "already running, e.g. one started with --fault-rate)."),
        QStringLiteral("URL"));
    parser.addOptions({demo, profile, region, endpoint});
    parser.process(app); // a wrong flag: one line on stderr and exit code 1, before any window

    QUrl endpointOverride;
    if (parser.isSet(endpoint)) {
        endpointOverride = QUrl::fromUserInput(parser.value(endpoint));
        QString whyNot;
        if (!ActionTrailClient::isAllowedEndpoint(endpointOverride, &whyNot)) {
            qCCritical(lcUi).noquote() << whyNot;
            return 2;
        }
    }

    MainWindow window;
    AppSession session(&window);
    AccountsController accounts(&window, session.network());
    session.attachAccounts(&accounts, endpointOverride);
    if (parser.isSet(region))
        window.setRegion(parser.value(region));

    window.show();
    if (parser.isSet(demo)) {
        accounts.profiles()->load(); // the switcher lists the accounts; the demo stays on
        QString error;
        if (!session.startDemo(endpointOverride, &error)) {
            qCCritical(lcUi).noquote() << error;
            return 1;
        }
    } else {
        // Without a profile (and without --demo) the first-run screen stays.
        accounts.start(parser.isSet(profile) ? parser.value(profile) : MainWindow::savedProfile());
    }
    return app.exec();
}
