#include "guimain.h"

#include "api/actiontrailclient.h"
#include "appsession.h"
#include "cli/clicredentials.h"
#include "i18n.h"
#include "mainwindow.h"
#include "uilogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTextStream>

namespace {
// --language picks the UI language for this run, overriding the saved setting and the system
// locale (packaging/localisation work; see app/i18n.h).
QCommandLineOption languageOption()
{
    return {QStringLiteral("language"),
            QApplication::translate("GuiMain",
                                    "Use LANGUAGE for the user interface (e.g. zh_CN, en) instead "
                                    "of the system's."),
            QStringLiteral("LANGUAGE")};
}
} // namespace

int runGui(int argc, char *argv[])
{
    // The embedded icons live in a static library nothing else references; keep them linked.
    Q_INIT_RESOURCE(backfill_icons);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Backfill Browser"));
    QApplication::setOrganizationName(QStringLiteral("BackfillBrowser"));
    QApplication::setApplicationVersion(QStringLiteral(BACKFILL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(BACKFILL_APP_ID));
    // The installed hicolor icon when there is one (it follows the icon theme), else the embedded.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(BACKFILL_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/app.svg"))));

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
    const QCommandLineOption language = languageOption();
    parser.addOptions({demo, region, endpoint, language});
    parser.process(app); // a wrong flag: one line on stderr and exit code 1, before any window

    // Before the first window: every tr() after this point is in the chosen language.
    QString languageError;
    if (!installTranslations(app, parser.value(language), &languageError)) {
        QTextStream(stderr) << "backfill-browser: " << languageError << '\n';
        return 2;
    }

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

    window.show();
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
