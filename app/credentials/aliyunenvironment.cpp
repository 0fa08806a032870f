#include "aliyunenvironment.h"

namespace AliyunEnvironment {
Value first(const QProcessEnvironment &environment, const QStringList &names)
{
    for (const QString &name : names) {
        const QString value = environment.value(name);
        if (!value.isEmpty())
            return Value {value, name};
    }
    return {};
}

Value accessKeyId(const QProcessEnvironment &environment)
{
    return first(environment,
                 {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                  QStringLiteral("ALIBABACLOUD_ACCESS_KEY_ID"),
                  QStringLiteral("ALICLOUD_ACCESS_KEY_ID")});
}

Value accessKeySecret(const QProcessEnvironment &environment)
{
    return first(environment,
                 {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                  QStringLiteral("ALIBABACLOUD_ACCESS_KEY_SECRET"),
                  QStringLiteral("ALICLOUD_ACCESS_KEY_SECRET")});
}

Value securityToken(const QProcessEnvironment &environment)
{
    return first(environment,
                 {QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"),
                  QStringLiteral("ALIBABACLOUD_SECURITY_TOKEN"),
                  QStringLiteral("ALICLOUD_SECURITY_TOKEN")});
}

Value regionId(const QProcessEnvironment &environment)
{
    return first(environment,
                 {QStringLiteral("ALIBABA_CLOUD_REGION_ID"),
                  QStringLiteral("ALIBABACLOUD_REGION_ID"), QStringLiteral("ALICLOUD_REGION_ID")});
}

Value profile(const QProcessEnvironment &environment)
{
    // The CLI looks at ALIBABACLOUD_PROFILE first for this one variable.
    return first(environment,
                 {QStringLiteral("ALIBABACLOUD_PROFILE"), QStringLiteral("ALIBABA_CLOUD_PROFILE"),
                  QStringLiteral("ALICLOUD_PROFILE")});
}

bool cliProfileDisabled(const QProcessEnvironment &environment)
{
    return environment.value(QStringLiteral("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"))
               .compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0;
}

bool externalSourcesDisabled(const QProcessEnvironment &environment)
{
    const QString value
        = environment.value(QStringLiteral("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS")).trimmed();
    return !value.isEmpty() && value != QLatin1String("0")
        && value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
}
} // namespace AliyunEnvironment
