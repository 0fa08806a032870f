#include "trailscommand.h"

#include "apicommand.h"
#include "helptext.h"
#include "suggestion.h"
#include "trailsrun.h"

#include <QCoreApplication>

namespace {

QList<QCommandLineOption> trailsOptions()
{
    return {
        {QStringLiteral("format"),
         QCoreApplication::translate(
             "TrailsCommand",
             "Output: table (default; local times), json or csv (RFC 4180, UTC times)."),
         QStringLiteral("table|json|csv")},
        {QStringLiteral("deadline"),
         QCoreApplication::translate(
             "TrailsCommand",
             "The longest one request may take in all, retries included, in seconds "
             "(default 60)."),
         QStringLiteral("SECONDS")},
    };
}

bool readTrailsRequest(const QCommandLineParser &parser, TrailsRequest *request, QString *error)
{
    const QStringList positional = parser.positionalArguments(); // "trails", subcommand, ...
    request->subcommand = positional.value(1);
    if (!trailsSubcommands().contains(request->subcommand)) {
        const QString guess = closestWord(request->subcommand, trailsSubcommands());
        *error = request->subcommand.isEmpty() ? QCoreApplication::translate(
                     "TrailsCommand", "'trails' needs a subcommand: list or get")
            : guess.isEmpty()
            ? QCoreApplication::translate("TrailsCommand",
                                          "unknown subcommand 'trails %1'; use list or get")
                  .arg(request->subcommand)
            : QCoreApplication::translate("TrailsCommand",
                                          "unknown subcommand 'trails %1' (did you mean '%2'?)")
                  .arg(request->subcommand, guess);
        return false;
    }
    const QStringList extra = positional.mid(2);
    if (request->subcommand == QLatin1String("get")) {
        if (extra.size() != 1 || extra.first().isEmpty()) {
            *error
                = QCoreApplication::translate("TrailsCommand", "'trails get' needs one TRAIL_NAME");
            return false;
        }
        request->name = extra.first();
    } else if (!extra.isEmpty()) {
        *error = QCoreApplication::translate("TrailsCommand",
                                             "'trails list' takes no arguments (got \"%1\")")
                     .arg(extra.join(QLatin1Char(' ')));
        return false;
    }
    if (parser.isSet(QStringLiteral("format"))) {
        request->format = parser.value(QStringLiteral("format")).toLower();
        const QStringList formats
            = {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
        if (!formats.contains(request->format)) {
            *error = QCoreApplication::translate(
                         "TrailsCommand", "--format must be one of table|json|csv, not \"%1\"")
                         .arg(parser.value(QStringLiteral("format")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("deadline"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("deadline")).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = QCoreApplication::translate(
                         "TrailsCommand",
                         "--deadline must be a number of seconds from 1 to 3600, not \"%1\"")
                         .arg(parser.value(QStringLiteral("deadline")));
            return false;
        }
        request->deadlineMs = int(seconds * 1000);
    }
    return true;
}
} // namespace

QStringList trailsSubcommands()
{
    return {QStringLiteral("list"), QStringLiteral("get")};
}

QString trailsHelpText(const QString &subcommand)
{
    QCommandLineParser parser;
    parser.addOptions(trailsOptions());
    QString program = QStringLiteral("backfill-browser trails");
    if (subcommand == QLatin1String("get")) {
        program += QStringLiteral(" get");
        parser.setApplicationDescription(
            QCoreApplication::translate(
                "TrailsCommand",
                "One trail: delivery targets, logging status, backfill readiness with the reason, "
                "its last task, and the window a new task would cover today.\n")
            + program + QStringLiteral(" TRAIL_NAME [--format table|json|csv]"));
    } else if (subcommand == QLatin1String("list")) {
        program += QStringLiteral(" list");
        parser.setApplicationDescription(
            QCoreApplication::translate(
                "TrailsCommand",
                "Every trail of the account (organization trails included) with its home "
                "region, logging status, backfill readiness, last task and the window a new task "
                "would cover today.\n")
            + program + QStringLiteral(" [--format table|json|csv]"));
    } else {
        parser.setApplicationDescription(QCoreApplication::translate(
            "TrailsCommand",
            "Subcommands:\n  list\n      every trail, with readiness and coverage\n"
            "  get TRAIL_NAME\n      one trail in detail"));
    }
    return helpWithProgram(parser, program)
        + QCoreApplication::translate(
               "TrailsCommand",
               "\nThe global options (--profile, --region, --endpoint, --timeout, --verbose, ...) "
               "apply too; readiness is judged for the region in use (--region).\n");
}

int runTrailsCommand(const QStringList &arguments)
{
    TrailsRequest request;
    ApiCommandSpec spec;
    spec.addOptions = [](QCommandLineParser *parser) { parser->addOptions(trailsOptions()); };
    spec.read = [&request](const QCommandLineParser &parser, QString *error) {
        return readTrailsRequest(parser, &request, error);
    };
    spec.deadlineMs = [&request] { return request.deadlineMs; };
    spec.makeRun = [&request](const GlobalOptions &global, ActionTrailClient *client) {
        return std::unique_ptr<CommandRun>(std::make_unique<TrailsRun>(global, request, client));
    };
    return runApiCommand(arguments, spec);
}
