#include "guimain.h"

#include "api/actiontrailclient.h"
#include "appsession.h"
#include "cli/clicredentials.h"
#include "mainwindow.h"
#include "startuptrace.h"
#include "uilogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTableView>

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
    parser.addOptions({demo, region, endpoint});
    parser.process(app); // a wrong flag: one line on stderr and exit code 1, before any window

    MainWindow window;
    AppSession session(&window);
    if (parser.isSet(region))
        window.setRegion(parser.value(region));
    const QUrl endpointUrl = QUrl::fromUserInput(parser.value(endpoint));
    if (parser.isSet(endpoint)) {
        QString whyNot;
        if (!ActionTrailClient::isAllowedEndpoint(endpointUrl, &whyNot)) {
            qCCritical(lcUi).noquote() << whyNot;
            return 2;
        }
    }

    auto startDemo = [&](const QUrl &url) {
        QString error;
        if (!session.startDemo(url, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, QObject::tr("Demo Data"), error,
                                        QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    };
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&] { startDemo({}); });

    StartupTrace::watchFirstRowsPainted(window.findChild<QTableView *>(QStringLiteral("jobTable")));
    window.show();
    StartupTrace::watchWindowShown(window.windowHandle());
    if (parser.isSet(demo)) {
        startDemo(parser.isSet(endpoint) ? endpointUrl : QUrl());
    } else {
        // Credentials: the one resolution function shared with the command line.
        resolveCliCredentials({}, QProcessEnvironment::systemEnvironment(), &session,
                              [&](const CliCredentials &credentials) {
                                  if (credentials.ok)
                                      session.connectWith(credentials.key, window.currentRegion(),
                                                          parser.isSet(endpoint) ? endpointUrl
                                                                                 : QUrl());
                              });
    }
    return app.exec();
}
