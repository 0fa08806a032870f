// actiontrail-emulator: the emulated ActionTrail service as a process, for the official SDKs,
// the CLI and benchmarks. See README.md, "The emulator".

#include "actiontrailemulator.h"
#include "emulatorpolicy.h"
#include "jobstore.h"
#include "regionalemulators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <cstdio>
#include <limits>
#include <optional>

namespace {

constexpr int badUsage = 2;

int fail(const QString &reason, int exitCode = badUsage)
{
    std::fprintf(stderr, "actiontrail-emulator: %s\n", qPrintable(reason));
    return exitCode;
}

std::optional<qint64> integerOption(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("actiontrail-emulator", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("actiontrail-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local ActionTrail 2020-07-06 service for tests and demos."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Loopback address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Backfill tasks in the account."),
                                  QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the data and the faults."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption keyId(QStringLiteral("access-key-id"), tr("Accepted AccessKey id."),
                                   QStringLiteral("id"),
                                   QString::fromLatin1(EmulatorPolicy::demoAccessKeyId));
    const QCommandLineOption keySecret(QStringLiteral("access-key-secret"), tr("Its secret."),
                                       QStringLiteral("secret"),
                                       QString::fromLatin1(EmulatorPolicy::demoAccessKeySecret));
    const QCommandLineOption token(QStringLiteral("security-token"),
                                   tr("Require this STS security token."), QStringLiteral("token"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       tr("Fraction of requests (0..1) that get a fault."),
                                       QStringLiteral("f"), QStringLiteral("0"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        tr("Faults to choose from: 503,throttle,500,reset,truncate,garbage,slow "
           "(default: all but slow)."),
        QStringLiteral("list"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     tr("Delay added to every answer."), QStringLiteral("ms"),
                                     QStringLiteral("0"));
    const QCommandLineOption tick(QStringLiteral("tick-seconds"),
                                  tr("Advance running tasks every N seconds (0: never)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption jobScope(
        QStringLiteral("job-scope"),
        tr("account: one endpoint lists every task of the account; region: one endpoint (port) "
           "per region, each listing the tasks whose HomeRegion is its region."),
        QStringLiteral("account|region"), QStringLiteral("account"));
    const QCommandLineOption regions(
        QStringLiteral("regions"),
        tr("Regions served (DescribeRegions; with --job-scope region one endpoint each; "
           "default with region scope: the home regions of the account's trails)."),
        QStringLiteral("R1,R2,..."));
    parser.addOptions({help, host, port, jobs, seed, keyId, keySecret, token, faultRate, faults,
                       latency, tick, jobScope, regions});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    EmulatorConfig config;

    // Only loopback: the service speaks plain HTTP and accepts a documented demo key, so it
    // must never be reachable from the network (and there is no flag to make it so).
    const QString hostText = parser.value(host);
    QHostAddress address;
    if (hostText == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(hostText))
        return fail(tr("--host '%1' is not an IP address").arg(hostText));
    if (!address.isLoopback())
        return fail(
            tr("--host must be a loopback address (127.0.0.0/8 or ::1), not '%1'").arg(hostText));

    const auto portValue = integerOption(parser.value(port), 0, 65535);
    if (!portValue)
        return fail(tr("--port must be an integer from 0 to 65535"));
    const auto jobsValue = integerOption(parser.value(jobs), 0, 10'000'000);
    if (!jobsValue)
        return fail(tr("--jobs must be an integer from 0 to 10000000"));
    config.jobCount = int(*jobsValue);
    bool seedOk = false;
    config.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return fail(tr("--seed must be a non-negative integer"));

    config.key.id = parser.value(keyId);
    config.key.secret = parser.value(keySecret);
    config.key.securityToken = parser.value(token);
    if (config.key.id.isEmpty() || config.key.secret.isEmpty())
        return fail(tr("--access-key-id and --access-key-secret must not be empty"));
    if (parser.isSet(token) && config.key.securityToken.isEmpty())
        return fail(tr("--security-token must not be empty"));

    bool rateOk = false;
    config.faultRate = parser.value(faultRate).toDouble(&rateOk);
    if (!rateOk || !(config.faultRate >= 0.0 && config.faultRate <= 1.0))
        return fail(tr("--fault-rate must be a number from 0 to 1"));
    if (parser.isSet(faults)) {
        config.faults.clear();
        const QStringList names = parser.value(faults).split(QLatin1Char(','));
        for (const QString &name : names) {
            const auto fault = emulatorFaultFromName(name.trimmed());
            if (!fault) {
                return fail(tr("--faults: unknown fault '%1' (known: "
                               "503,throttle,500,reset,truncate,garbage,slow)")
                                .arg(name.trimmed()));
            }
            if (!config.faults.contains(*fault))
                config.faults.append(*fault);
        }
    }
    const auto latencyValue = integerOption(parser.value(latency), 0, 600'000);
    if (!latencyValue)
        return fail(tr("--latency-ms must be an integer from 0 to 600000"));
    config.latencyMs = int(*latencyValue);
    const auto tickValue = integerOption(parser.value(tick), 0, 86'400);
    if (!tickValue)
        return fail(tr("--tick-seconds must be an integer from 0 to 86400"));
    config.tickSeconds = int(*tickValue);

    const QString scope = parser.value(jobScope);
    if (scope != QLatin1String("account") && scope != QLatin1String("region"))
        return fail(tr("--job-scope must be account or region, not '%1'").arg(scope));
    QStringList regionList;
    if (parser.isSet(regions)) {
        static const QRegularExpression regionForm(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        for (const QString &region : parser.value(regions).split(QLatin1Char(','))) {
            if (!regionForm.match(region.trimmed()).hasMatch())
                return fail(tr("--regions: '%1' is not a region id").arg(region.trimmed()));
            if (!regionList.contains(region.trimmed()))
                regionList.append(region.trimmed());
        }
    }

    const auto printAccount = [&](const JobStore &store) {
        std::printf("account: %d jobs, seed %llu, access key id %s, ready in %lld ms\n",
                    store.count(), static_cast<unsigned long long>(config.seed),
                    qPrintable(config.key.id), static_cast<long long>(startup.elapsed()));
        std::fflush(stdout);
    };

    if (scope == QLatin1String("region")) {
        if (parser.isSet(port) && *portValue != 0)
            return fail(tr("--port cannot be combined with --job-scope region (one free port "
                           "per region is picked)"));
        if (regionList.isEmpty()) {
            const JobStore probe(config.seed, 0, 0);
            for (const EmulatedTrail &trail : probe.trails()) {
                const QString region = JobStore::regionId(trail.homeRegion);
                if (!regionList.contains(region))
                    regionList.append(region);
            }
        }
        RegionalEmulators emulators(config, regionList);
        if (!emulators.listen(address))
            return fail(tr("cannot listen on %1").arg(hostText), 1);
        // The first line is a contract (scripts read the endpoint from it); then one line per
        // region, "region <id> <endpoint>".
        std::printf("listening on %s\n",
                    qPrintable(emulators.emulators().constFirst()->endpoint().toString()));
        for (const QString &region : std::as_const(regionList)) {
            std::printf("region %s %s\n", qPrintable(region),
                        qPrintable(emulators.emulator(region)->endpoint().toString()));
        }
        printAccount(emulators.store());
        return QCoreApplication::exec();
    }

    config.servedRegions = regionList;
    ActionTrailEmulator emulator(config);
    if (emulator.listen(address, quint16(*portValue)) == 0)
        return fail(tr("cannot listen on %1 port %2").arg(hostText).arg(*portValue), 1);

    // The first line is a contract: scripts and tests read the port from it.
    std::printf("listening on %s\n", qPrintable(emulator.endpoint().toString()));
    printAccount(emulator.store());
    return QCoreApplication::exec();
}
