// backfill-bench: prints the benchmark table of tests/benchmarks/RESULTS.md.
//   backfill-bench [--markdown] [--only SECTION]
#include "benchtable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

void benchSigning(BenchTable &table);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backfill Browser benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Print the table as Markdown."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Run one section (signing, ...)."),
                                  QStringLiteral("section"));
    parser.addOptions({markdown, only});
    parser.process(app);

    QTextStream(stdout) << "machine: " << QSysInfo::prettyProductName() << ", "
                        << QSysInfo::currentCpuArchitecture() << ", "
                        << QThread::idealThreadCount() << " cores, Qt " << qVersion() << "\n\n";
    const QString section = parser.value(only);
    BenchTable table;
    if (section.isEmpty() || section == QLatin1String("signing"))
        benchSigning(table);
    table.print(parser.isSet(markdown));
    return 0;
}
