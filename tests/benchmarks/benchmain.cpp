// backfill-bench: prints the benchmark table of tests/benchmarks/RESULTS.md.
//   backfill-bench [--markdown] [--only SECTION]
#include "benchtable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

void benchSigning(BenchTable &table);
void benchParsing(BenchTable &table);
void benchListing(BenchTable &table);
void benchAllAccounts(BenchTable &table);
void benchCliStart(BenchTable &table);
void benchModel(BenchTable &table);
void benchStartup(BenchTable &table);
void benchDetailSelection(BenchTable &table);
void benchTimeline(BenchTable &table);

int main(int argc, char *argv[])
{
    // The detail section shows a real window: without a display it goes offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backfill Browser benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Print the table as Markdown."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Run one section (signing, parsing, listing, clistart, model, startup, "
                       "detail, timeline, accounts)."),
        QStringLiteral("section"));
    parser.addOptions({markdown, only});
    parser.process(app);

    QTextStream(stdout) << "machine: " << QSysInfo::prettyProductName() << ", "
                        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
                        << " cores, Qt " << qVersion() << "\n\n";
    const QString section = parser.value(only);
    BenchTable table;
    const QList<std::pair<QString, void (*)(BenchTable &)>> sections = {
        {QStringLiteral("signing"), benchSigning},
        {QStringLiteral("parsing"), benchParsing},
        {QStringLiteral("listing"), benchListing},
        {QStringLiteral("clistart"), benchCliStart},
        {QStringLiteral("model"), benchModel},
        {QStringLiteral("startup"), benchStartup},
        {QStringLiteral("detail"), benchDetailSelection},
        {QStringLiteral("accounts"), benchAllAccounts},
        {QStringLiteral("timeline"), benchTimeline},
    };
    bool known = section.isEmpty();
    for (const auto &[name, run] : sections) {
        if (section.isEmpty() || section == name) {
            known = true;
            run(table);
        }
    }
    if (!known) {
        QTextStream(stderr) << "backfill-bench: unknown section " << section << "\n";
        return 2;
    }
    table.print(parser.isSet(markdown));
    return 0;
}
