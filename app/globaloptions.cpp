#include "globaloptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct OptionSpec
{
    const char *name;
    const char *shortName; // nullptr: none
    const char *valueName; // nullptr: a flag
    const char *description;
    GlobalOptionList::Scope scope;
};

using GlobalOptionList::Scope;

// Descriptions are translated where they are shown (context "CommandLine").
const OptionSpec specs[] = {
    {"profile", nullptr, "NAME",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Use the credentials profile NAME (default: the environment, then the "
                       "default profile)."),
     Scope::Both},
    {"region", nullptr, "ID",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Region ID whose endpoint to use, e.g. cn-hangzhou (default: "
                       "ALIBABA_CLOUD_REGION_ID, else cn-hangzhou)."),
     Scope::Both},
    {"endpoint", nullptr, "[REGION=]URL",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Full endpoint URL instead of the region's, e.g. "
                       "https://actiontrail-vpc.cn-beijing.aliyuncs.com (http:// only to this "
                       "computer). REGION=URL sets one region's endpoint (VPC, private, or for "
                       "--all-regions); repeatable."),
     Scope::Both},
    {"language", nullptr, "LANGUAGE",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Use LANGUAGE for messages and the user interface (e.g. zh_CN, en) "
                       "instead of the system's."),
     Scope::Both},
    {"ca-bundle", nullptr, "FILE",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Also trust the CA certificates in FILE (PEM), beside the system's and "
                       "SSL_CERT_FILE/SSL_CERT_DIR; for networks behind TLS inspection."),
     Scope::Both},
    {"signature-version", nullptr, "v3|v1",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Request signing: v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1)."),
     Scope::CommandLine},
    {"timeout", nullptr, "SECONDS",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Give up on an attempt after SECONDS without data (default 10); reads are "
                       "retried."),
     Scope::CommandLine},
    {"verbose", nullptr, nullptr,
     QT_TRANSLATE_NOOP("CommandLine",
                       "Log each request (action, HTTP status, RequestId, timing; never secrets) "
                       "and the credential source to stderr."),
     Scope::CommandLine},
    {"demo", nullptr, nullptr,
     QT_TRANSLATE_NOOP("CommandLine",
                       "Desktop app only: show demo data from the built-in ActionTrail "
                       "emulator."),
     Scope::Gui},
    {"help", "h", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Show this help."), Scope::CommandLine},
    {"version", "v", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Show the version."),
     Scope::CommandLine},
};

const OptionSpec *find(QStringView name)
{
    for (const OptionSpec &spec : specs) {
        if (name == QLatin1String(spec.name)
            || (spec.shortName && name == QLatin1String(spec.shortName)))
            return &spec;
    }
    return nullptr;
}

QCommandLineOption toOption(const OptionSpec &spec)
{
    QStringList names;
    if (spec.shortName)
        names << QString::fromLatin1(spec.shortName);
    names << QString::fromLatin1(spec.name);
    return QCommandLineOption(names, QCoreApplication::translate("CommandLine", spec.description),
                              spec.valueName ? QString::fromLatin1(spec.valueName) : QString());
}

} // namespace

namespace GlobalOptionList {

bool takesValue(QStringView name)
{
    const OptionSpec *spec = find(name);
    return spec && spec->valueName;
}

bool scopeOf(QStringView name, Scope *scope)
{
    const OptionSpec *spec = find(name);
    if (spec)
        *scope = spec->scope;
    return spec;
}

bool isHelpOrVersion(QStringView name)
{
    return name == QLatin1String("help") || name == QLatin1String("h")
        || name == QLatin1String("version") || name == QLatin1String("v");
}

QList<QCommandLineOption> options(Scope side)
{
    QList<QCommandLineOption> result;
    for (const OptionSpec &spec : specs) {
        if (spec.scope == Scope::Both || spec.scope == side)
            result.append(toOption(spec));
    }
    return result;
}

void addTo(QCommandLineParser *parser, Scope side)
{
    parser->addOptions(options(side));
}

QList<QCommandLineOption> all()
{
    QList<QCommandLineOption> result;
    for (const OptionSpec &spec : specs)
        result.append(toOption(spec));
    return result;
}

} // namespace GlobalOptionList

bool splitEndpointValues(const QStringList &values, QString *endpoint,
                         QMap<QString, QString> *regionEndpoints, QString *error)
{
    endpoint->clear();
    regionEndpoints->clear();
    // "cn-beijing=https://..." names one region's endpoint; a plain URL is the endpoint in use.
    static const QRegularExpression regionForm(QStringLiteral("^([a-z0-9]+(?:-[a-z0-9]+)*)=(.+)$"));
    for (const QString &value : values) {
        const QRegularExpressionMatch match = regionForm.match(value);
        if (match.hasMatch()) {
            regionEndpoints->insert(match.captured(1), match.captured(2));
            continue;
        }
        if (!endpoint->isEmpty()) {
            *error = QCoreApplication::translate(
                "CommandLine",
                "--endpoint URL may be given once; use --endpoint REGION=URL for more regions");
            return false;
        }
        *endpoint = value;
    }
    return true;
}

bool GlobalOptions::read(const QCommandLineParser &parser, QString *error)
{
    profile = parser.value(QStringLiteral("profile"));
    region = parser.value(QStringLiteral("region"));
    if (!splitEndpointValues(parser.values(QStringLiteral("endpoint")), &endpoint, &regionEndpoints,
                             error))
        return false;
    language = parser.value(QStringLiteral("language"));
    caBundle = parser.value(QStringLiteral("ca-bundle"));
    verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("profile")) && profile.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "--profile needs a profile name");
        return false;
    }
    if (parser.isSet(QStringLiteral("region")) && region.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine",
                                             "--region needs a region ID such as cn-hangzhou");
        return false;
    }
    signatureVersionSet = parser.isSet(QStringLiteral("signature-version"));
    if (signatureVersionSet) {
        const QString version = parser.value(QStringLiteral("signature-version")).toLower();
        if (version == QLatin1String("v3") || version == QLatin1String("3")) {
            signatureVersion = SignatureVersion::V3;
        } else if (version == QLatin1String("v1") || version == QLatin1String("1")) {
            signatureVersion = SignatureVersion::V1;
        } else {
            *error = QCoreApplication::translate("CommandLine",
                                                 "--signature-version must be v3 or v1, not \"%1\"")
                         .arg(parser.value(QStringLiteral("signature-version")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = QCoreApplication::translate(
                         "CommandLine",
                         "--timeout must be a number of seconds between 0 and 3600, not \"%1\"")
                         .arg(parser.value(QStringLiteral("timeout")));
            return false;
        }
        timeoutMs = int(seconds * 1000);
    }
    return true;
}
