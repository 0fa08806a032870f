#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/**
 * The environment variables the aliyun CLI and the official credential libraries read, with the
 * aliases the CLI honours (`ALIBABACLOUD_*`, `ALICLOUD_*` beside `ALIBABA_CLOUD_*`), each in the
 * CLI's own order of preference. The CLI's bare fallbacks (`ACCESS_KEY_ID`, `REGION`, ...) are
 * deliberately not read: names that generic are set by unrelated tools.
 */
namespace AliyunEnvironment {
/** A value and the variable it came from (empty both when none is set). */
struct Value
{
    QString value;
    QString variable;
};

/** The first non-empty of @p names. */
Value first(const QProcessEnvironment &environment, const QStringList &names);

Value accessKeyId(const QProcessEnvironment &environment);
Value accessKeySecret(const QProcessEnvironment &environment);
Value securityToken(const QProcessEnvironment &environment);
Value regionId(const QProcessEnvironment &environment);
/** The profile to use: `ALIBABACLOUD_PROFILE`, `ALIBABA_CLOUD_PROFILE`, `ALICLOUD_PROFILE`. */
Value profile(const QProcessEnvironment &environment);

/** `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true`: the aliyun CLI's config.json is not used. */
bool cliProfileDisabled(const QProcessEnvironment &environment);
/**
 * `ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS`: neither External (runs a program) nor CredentialsURI
 * (fetches a URL) may be used. Any value but "", "0" and "false" disables them: a switch meant to
 * lock a machine down should not be defeated by spelling it "yes".
 */
bool externalSourcesDisabled(const QProcessEnvironment &environment);
} // namespace AliyunEnvironment
