#include "guimain.h"

#include "accounts/accountscontroller.h"
#include "accounts/firstrunwidget.h"
#include "accounts/profileswitcher.h"
#include "credentials/profilestore.h"
#include "api/actiontrailclient.h"
#include "appsession.h"
#include "mainwindow.h"
#include "uilogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {
void showProblem(QWidget *window, const QString &title, const QString &text)
{
    // Never a blocking exec(): the window stays usable behind the message.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("startupProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

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
    window.setFirstRunWidget(accounts.firstRunWidget());
    accounts.profileSwitcher()->setManageButtonVisible(false); // the toolbar has Accounts…
    window.setProfileSwitcher(accounts.profileSwitcher());
    if (parser.isSet(region))
        window.setRegion(parser.value(region));

    const auto startDemo = [&] {
        QString error;
        if (!session.startDemo(parser.isSet(demo) ? endpointOverride : QUrl(), &error))
            showProblem(&window, QObject::tr("Demo Data"), error);
    };
    QObject::connect(&accounts, &AccountsController::credentialsReady, &session,
                     [&](const ResolvedCredentials &credentials) {
                         session.connectAccount(credentials.accessKey, credentials.region,
                                                credentials.endpoint, credentials.signatureVersion,
                                                endpointOverride);
                         window.setCurrentProfile(credentials.profileName);
                         qCInfo(lcUi).noquote() << "credentials:" << credentials.describeSource();
                     });
    QObject::connect(&accounts, &AccountsController::credentialsFailed, &window,
                     [&](const QString &message) {
                         showProblem(&window, QObject::tr("Accounts"), message);
                     });
    QObject::connect(&accounts, &AccountsController::demoRequested, &session, startDemo);
    QObject::connect(&window, &MainWindow::demoRequested, &session, startDemo);
    QObject::connect(&window, &MainWindow::addAccountRequested, &accounts,
                     &AccountsController::addAccount);
    QObject::connect(&window, &MainWindow::importAccountRequested, &accounts,
                     &AccountsController::importAccounts);
    QObject::connect(&window, &MainWindow::manageAccountsRequested, &accounts,
                     &AccountsController::manageAccounts);

    window.show();
    if (parser.isSet(demo)) {
        accounts.profiles()->load(); // the switcher lists the accounts; the demo stays on
        startDemo();
    } else // without a profile (and without --demo): the first-run screen stays
        accounts.start(parser.isSet(profile) ? parser.value(profile) : MainWindow::savedProfile());
    return app.exec();
}
