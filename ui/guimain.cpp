#include "guimain.h"

#include "accounts/accountscontroller.h"
#include "api/actiontrailclient.h"
#include "api/networksetup.h"
#include "appsession.h"
#include "cli/endpointchoice.h"
#include "credentials/profilestore.h"
#include "credentials/stsendpoint.h"
#include "globaloptions.h"
#include "i18n.h"
#include "mainwindow.h"
#include "models/jobbrowser.h"
#include "models/trailbrowser.h"
#include "startuptrace.h"
#include "uilogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTextStream>

namespace {
/**
 * False, after one line on stderr, when no display is reachable: QApplication would abort the
 * process (exit 134) deep inside Qt instead. Platforms chosen explicitly (offscreen, ...) pass.
 */
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QTextStream(stderr) << "backfill-browser: "
                            << QCoreApplication::translate(
                                   "GuiMain",
                                   "no display for the desktop app (neither DISPLAY nor "
                                   "WAYLAND_DISPLAY is set); for the command line see "
                                   "'backfill-browser --help'.")
                            << '\n';
        return false;
    }
#endif
    return true;
}
} // namespace

int runGui(int argc, char *argv[], const AppSession::DemoStarter &demoStarter)
{
    if (!displayAvailable())
        return 2;
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

    // The GUI's share of the global options; `--help`, `--version` and command words go to the
    // command line.
    QCommandLineParser parser;
    GlobalOptionList::addTo(&parser, GlobalOptionList::Scope::Gui);
    // A wrong flag: one line on stderr and exit code 2 (a usage error, as on the command line),
    // before any window. process() would exit with 1.
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << "backfill-browser: " << parser.errorText() << '\n'
                            << QCoreApplication::translate("GuiMain",
                                                           "Try 'backfill-browser --help'.")
                            << '\n';
        return 2;
    }

    // Before the first window: every tr() after this point is in the chosen language.
    QString languageError;
    if (!installTranslations(app, parser.value(QStringLiteral("language")), &languageError)) {
        QTextStream(stderr) << "backfill-browser: " << languageError << '\n';
        return 2;
    }

    QString caError;
    if (!addTrustedCertificates(QProcessEnvironment::systemEnvironment(),
                                parser.value(QStringLiteral("ca-bundle")), &caError)) {
        QTextStream(stderr) << "backfill-browser: " << caError << '\n';
        return 2;
    }

    // --endpoint URL overrides every endpoint; --endpoint REGION=URL only that region's.
    QString plainEndpoint;
    QMap<QString, QString> givenRegionEndpoints;
    QString optionError;
    if (!splitEndpointValues(parser.values(QStringLiteral("endpoint")), &plainEndpoint,
                             &givenRegionEndpoints, &optionError)) {
        qCCritical(lcUi).noquote() << optionError;
        return 2;
    }
    QUrl endpointOverride;
    if (!plainEndpoint.isEmpty()) {
        endpointOverride = QUrl::fromUserInput(plainEndpoint);
        QString whyNot;
        if (!ActionTrailClient::isAllowedEndpoint(endpointOverride, &whyNot)) {
            qCCritical(lcUi).noquote() << whyNot;
            return 2;
        }
    }
    QMap<QString, QUrl> regionEndpoints;
    for (auto it = givenRegionEndpoints.cbegin(); it != givenRegionEndpoints.cend(); ++it) {
        const QUrl url(it.value(), QUrl::StrictMode);
        QString whyNot;
        if (!ActionTrailClient::isAllowedEndpoint(url, &whyNot)) {
            qCCritical(lcUi).noquote() << it.key() << whyNot;
            return 2;
        }
        regionEndpoints.insert(it.key(), url);
    }

    // --sts-endpoint and --resourcemanager-endpoint: refused here as on the command line, before
    // any window. ALIBABA_CLOUD_STS_ENDPOINT and the profiles' own are read by the resolver too;
    // the resolved pair is where All accounts lists the members and assumes their role.
    GlobalOptions global;
    global.stsEndpoint = parser.value(QStringLiteral("sts-endpoint"));
    global.resourceManagerEndpoint = parser.value(QStringLiteral("resourcemanager-endpoint"));
    QString globalError;
    QUrl resourceManagerEndpoint;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QUrl stsEndpoint = StsEndpointChoice {global.stsEndpoint, QString(), QString()}.resolve(
        environment, &globalError);
    if (stsEndpoint.isValid())
        chooseResourceManagerEndpoint(global, environment, &resourceManagerEndpoint, &globalError);
    if (!stsEndpoint.isValid() || !resourceManagerEndpoint.isValid()) {
        QTextStream(stderr) << "backfill-browser: " << globalError << '\n';
        return 2;
    }

    JobBrowser browser;
    // Before the window, so it outlives the trails view that shows it.
    TrailBrowser trails(&browser);
    MainWindow window(&browser);
    window.setTrailBrowser(&trails);
    AppSession session(&window);
    session.setDemoStarter(demoStarter);
    AccountsController accounts(&window, session.network());
    accounts.resolver()->setStsEndpointOverride(global.stsEndpoint);
    session.session()->setRegionEndpoints(regionEndpoints);
    session.session()->setDirectoryEndpoints(stsEndpoint, resourceManagerEndpoint);
    session.attachAccounts(&accounts, endpointOverride);
    if (parser.isSet(QStringLiteral("region")))
        window.setRegion(parser.value(QStringLiteral("region")));

    StartupTrace::watchFirstRowsPainted(window.findChild<QTableView *>(QStringLiteral("jobTable")));
    window.show();
    StartupTrace::watchWindowShown(window.windowHandle());
    if (parser.isSet(QStringLiteral("demo"))) {
        accounts.profiles()->load(); // the switcher lists the accounts; the demo stays on
        QString error;
        if (!session.startDemo(endpointOverride, &error)) {
            qCCritical(lcUi).noquote() << error;
            return 1;
        }
    } else {
        // Without a profile (and without --demo) the first-run screen stays.
        accounts.start(parser.isSet(QStringLiteral("profile"))
                           ? parser.value(QStringLiteral("profile"))
                           : MainWindow::savedProfile());
    }
    return app.exec();
}
