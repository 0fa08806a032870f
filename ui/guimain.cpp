#include "guimain.h"

#include "i18n.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

namespace {
// The GUI's command-line options. --language picks the UI language for this run, overriding the
// saved setting and the system locale (packaging/localisation work; see app/i18n.h).
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

    QCommandLineParser parser;
    const QCommandLineOption language = languageOption();
    parser.addOption(language);
    parser.process(app); // an unknown option prints Qt's message and exits with 1

    QString languageError;
    if (!installTranslations(app, parser.value(language), &languageError)) {
        QTextStream(stderr) << "backfill-browser: " << languageError << '\n';
        return 2;
    }

    MainWindow window;
    window.show();
    return app.exec();
}
