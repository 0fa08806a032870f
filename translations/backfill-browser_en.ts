<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+48"/>
        <source>About Backfill Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backfill Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse and manage Alibaba Cloud ActionTrail data backfill tasks (historical event delivery tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QtKeychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets are stored in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountManagerDialog</name>
    <message>
        <location filename="../ui/accounts/accountmanagerdialog.cpp" line="+43"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from Alibaba Cloud CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an account with its AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account and its secret from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected account when none is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List one backfill task with the selected account to check that it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain: secret missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds no secret for this account (an add or remove was interrupted). Edit it to enter the secret again, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Secret only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain: no account uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret an interrupted add left in the keychain; no account leads to it. Remove deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import AccessKey and STS profiles of %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to import: neither %1 nor %2 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saving the secret of &quot;%1&quot; to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is available for this session only; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+225"/>
        <source>Found %n leftover(s) of an interrupted change, marked in the list. Select one and press Remove to delete it.</source>
        <translation>
            <numerusform>Found %n leftover of an interrupted change, marked in the list. Select it and press Remove to delete it.</numerusform>
            <numerusform>Found %n leftovers of an interrupted change, marked in the list. Select one and press Remove to delete it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Leftover Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the secret stored under &quot;%1&quot; from the keychain? No account uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting the leftover secret &quot;%1&quot; from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the leftover secret &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+28"/>
        <source>Saved &quot;%1&quot;; its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can use this account for this session only: the secret is kept in memory and forgotten when Backfill Browser quits. Nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; and delete its secret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting the secret of &quot;%1&quot; from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not removed (the profile is kept so you can retry): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed &quot;%1&quot; and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is now the default account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>Imported %n account.</numerusform>
            <numerusform>Imported %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Testing &quot;%1&quot;: listing one backfill task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; works. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not work: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../app/credentials/accountstore.cpp" line="+48"/>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+6"/>
        <location line="+38"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>The account stores are gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <location filename="../ui/accounts/accountscontroller.cpp" line="+39"/>
        <source>No Alibaba Cloud CLI configuration was found (~/.aliyun/config.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>aliyun CLI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsRun</name>
    <message>
        <location filename="../app/cli/accountsrun.cpp" line="+113"/>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n member account(s).</source>
        <translation>
            <numerusform>%n member account.</numerusform>
            <numerusform>%n member accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No backfill tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n backfill task(s) in %1 of %2 accounts.</source>
        <translation>
            <numerusform>%n backfill task in %1 of %2 accounts.</numerusform>
            <numerusform>%n backfill tasks in %1 of %2 accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>account %1: %2 (%3, RequestId %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1, region %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsSummary</name>
    <message>
        <location filename="../ui/accountssummary.cpp" line="+28"/>
        <source>Accounts that could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code and RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listing the member accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tasks listed: %1 from %n member account(s).</source>
        <translation>
            <numerusform>Tasks listed: %1 from %n member account.</numerusform>
            <numerusform>Tasks listed: %1 from %n member accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n account(s) could not be listed; the other accounts&apos; tasks are all shown.</source>
        <translation>
            <numerusform>%n account could not be listed; the other accounts&apos; tasks are all shown.</numerusform>
            <numerusform>%n accounts could not be listed; the other accounts&apos; tasks are all shown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <comment>account display name (account id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTrailClient</name>
    <message>
        <location filename="../app/api/actiontrailclient.cpp" line="+750"/>
        <source>The endpoint &quot;%1&quot; is not a valid URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint &quot;%1&quot; must be only a scheme, a host and a port, such as https://actiontrail.cn-hangzhou.aliyuncs.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain http:// is allowed only to this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint must start with https:// (not &quot;%1://&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunAnswers</name>
    <message>
        <location filename="../app/credentials/aliyunanswers.cpp" line="+17"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expiration is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code is %1, not Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CloudCredential is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunChain</name>
    <message>
        <location filename="../app/credentials/aliyunchain.cpp" line="+17"/>
        <source>The aliyun CLI profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the aliyun CLI profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 has no source_profile; set it with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The aliyun CLI profiles form a cycle of source profiles (%1, each standing on the next); a role chain must end at a profile with its own credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 stands on more than %2 role profiles; that is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 names the source profile &quot;%2&quot;, which is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no mode and no access key; set it up with: aliyun configure --profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lacks access_key_id or access_key_secret; set them with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lacks access_key_id, access_key_secret or sts_token; set them with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The STS token of %1 expired at %2; get a new one and set it with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 runs a program (External), which ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no process_command; set it with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 fetches credentials from a URL (CredentialsURI), which ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no credentials_uri; set it with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+105"/>
        <location line="+12"/>
        <location line="+50"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1 lacks its CloudSSO sign-in URL, account or access configuration; sign in with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CloudSSO sign-in of %1 has expired; sign in again with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 lacks access_key_id, access_key_secret or ram_role_arn; set them with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lacks ram_role_arn; set it with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uses mode %2, which Backfill Browser does not support; use a profile of mode AK, StsToken, RamRoleArn, ChainableRamRoleArn, CloudSSO, External or CredentialsURI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 uses mode &quot;%2&quot;, which Backfill Browser does not know; use a profile of mode AK, StsToken, RamRoleArn, ChainableRamRoleArn, CloudSSO, External or CredentialsURI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1: its credentials_uri answered without credentials (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: the CloudSSO portal no longer accepts its sign-in; sign in again with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the CloudSSO portal answered without credentials (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunConfig</name>
    <message>
        <location filename="../app/credentials/aliyunconfig.cpp" line="+83"/>
        <source>defined more than once in this file; the first definition is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>%1 is larger than %2 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not look like an Alibaba Cloud CLI configuration (no &quot;profiles&quot; list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>(entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: line %2 is not a valid section header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: line %2 is neither a section nor &quot;key = value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>disabled (enable = false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The current profile of %1, &quot;%2&quot;, is not defined in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunCredentialProvider</name>
    <message>
        <location filename="../app/credentials/aliyunprovider.cpp" line="+27"/>
        <source>aliyun CLI profile &quot;%1&quot;, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunImport</name>
    <message>
        <location filename="../app/credentials/aliyunimport.cpp" line="+65"/>
        <source>the access key id or secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the secret and token are too large for the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Nothing was imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported from the Alibaba Cloud CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mode StsToken without an sts_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its STS token expired at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mode %1 is used live from the aliyun CLI&apos;s configuration (backfill-browser --profile %2), not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no mode and no access key id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>type %1 is not supported (only access_key and ram_role_arn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mode %1 is not supported (only AK, StsToken and RamRoleArn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>no type given (only type = access_key is supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>its source profiles form a cycle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its source profile &quot;%1&quot; cannot be imported (see above, or it is not defined); it is used live instead (backfill-browser --profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Imported from ~/.alibabacloud/credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>a profile with this name was already found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No Alibaba Cloud CLI configuration found (looked for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunProviderFactory</name>
    <message>
        <location filename="../app/credentials/aliyunprovider.cpp" line="+57"/>
        <source>The aliyun CLI profile &quot;%1&quot; assumes a role, which needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The aliyun CLI profile &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllAccountsJobSource</name>
    <message>
        <location filename="../app/models/allaccountsjobsource.cpp" line="+170"/>
        <source>The task&apos;s account could not be signed in to; list it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllAccountsLister</name>
    <message>
        <location filename="../app/api/allaccountslister.cpp" line="+186"/>
        <source>the resource directory claims %1 member accounts, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllRegionsLister</name>
    <message>
        <location filename="../app/api/allregionslister.cpp" line="+178"/>
        <source>no endpoint for region %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/actiontrailclient.cpp" line="-646"/>
        <source>waiting for new credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>no new credentials within the deadline of %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no complete answer within the deadline of %1 s (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The new credentials (%1) expire too soon to sign with; check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the network access was shut down before the answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the answer (HTTP %1) is larger than %2 MiB (at least %3 bytes); it was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+34"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your computer&apos;s clock is about %1 ahead of the service&apos;s (%2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your computer&apos;s clock is about %1 behind the service&apos;s (%2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 could not be used to reach %2: %3. Check HTTPS_PROXY (HTTP_PROXY for http://) and NO_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection. Check the endpoint and region in the account&apos;s settings (Accounts…, Edit) and that the service is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the connection. Check the endpoint (--endpoint / region) and that the service is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host %1 could not be found. Check the region or endpoint and your DNS or network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 closed the connection before answering completely. This is usually temporary; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure (TLS) connection to %1 could not be established: %2. The certificate is not trusted or the connection is being intercepted; check the system&apos;s CA certificates and any proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The proxy could not be used to reach %1: %2. Check HTTPS_PROXY / NO_PROXY and the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The network is not available. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not talk to %1: %2. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the request signature: the AccessKey secret does not belong to AccessKey ID %1. Enter the secret again (copy it from the RAM console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service says the request signature is incomplete. A proxy may be altering requests; otherwise set the account&apos;s signature to V1 (Accounts…, Edit) and report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service says the request signature is incomplete. A proxy may be altering requests; otherwise try --signature-version v1 and report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AccessKey ID %1 does not exist. Check the key (it may have been deleted) or sign in with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The AccessKey %1 is disabled. Enable it in the RAM console or sign in with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your computer&apos;s clock differs from the service&apos;s by more than 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests are refused when the clock is off by more than 15 minutes: correct the system clock (enable automatic time synchronisation) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The RAM role %1 does not exist. Check the role ARN (account ID and role name). Invited member accounts of a resource directory may lack ResourceDirectoryAccountAccessRole: create it in that account, or choose another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not allowed to assume the role %1 with AccessKey ID %2: the role&apos;s trust policy must name this user or role (and its ExternalId, if it asks for one), and the caller needs sts:AssumeRole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The temporary (STS) credentials have expired. Sign in again, or use a profile that renews them (a RAM role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not accept the security token of AccessKey ID %1. Enter the STS token again, together with its key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service did not accept the request&apos;s time stamp format. This is a bug in Backfill Browser; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service saw this request twice (its nonce was already used). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not offer the ActionTrail operation %2. Check the endpoint or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account has no resource directory, or is not its management account / delegated administrator. Sign in as the management account (or a delegated administrator) to see every account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied: your RAM user or role is not allowed %1. Ask an administrator to grant the RAM action %1 in a RAM policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service is throttling requests (too many in a short time). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ActionTrail is temporarily unavailable. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActionTrail had an internal error. Try again; if it persists, contact Alibaba Cloud support with the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another backfill task is still running, and only one may run at a time per account. Wait until it completes (or delete it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trail does not exist (or the task refers to a deleted trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trail &quot;%1&quot; does not exist. Check the name; the trail must deliver to Simple Log Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backfill task does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backfill task with ID %1 (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request lacked the required parameter %1. This is a bug in Backfill Browser; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service did not accept the value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not accept %1 = &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown outcome: the request to delete backfill task %1 was sent, but the connection broke before the answer, and the task still exists. The deletion may still happen. Check the task before deleting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service answered HTTP %1 without an explanation. This is usually temporary; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy requires authentication (HTTP 407). Check HTTPS_PROXY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service answered HTTP %1 without an explanation. Check the endpoint: it may not be an ActionTrail endpoint, or a proxy intercepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>The service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 did not answer in time. Check your network connection, or allow more time with a longer --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service&apos;s answer could not be understood (%1). If this persists, the endpoint may not be ActionTrail or the API has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection settings are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HostId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../ui/appsession.cpp" line="+74"/>
        <source>Demo data is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackfillReadiness</name>
    <message>
        <location filename="../app/domain/trail.cpp" line="+47"/>
        <source>Ready for a backfill task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: the trail does not deliver to Simple Log Service, and a backfill task delivers only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not ready: the trail is not logging. Start logging first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready: this is an organization trail; only single-account trails can be backfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not ready here: the trail lives in another region. Switch to its home region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../ui/browserpage.cpp" line="+58"/>
        <source>Search trail or job ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tasks whose trail name or job ID contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tasks with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running (initializing or delivering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tasks created within this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backfill tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Load &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the next page of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop loading; the tasks already loaded stay (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backfill tasks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backfill task re-delivers the last 90 days of a trail&apos;s events to Simple Log Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Loading all tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Retrying %1/%2 in %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading more tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading backfill tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading stopped: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loaded task matches: load more to search further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No task matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Searching the %n loaded task(s); more are on the server.</source>
        <translation>
            <numerusform>Searching the %n loaded task; more are on the server.</numerusform>
            <numerusform>Searching the %n loaded tasks; more are on the server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More tasks on the server: scroll down or load them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Loading %1 of %2 tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Retrying %1/%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <location filename="../app/buildinfo.cpp" line="+58"/>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service (GNOME Keyring) or KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtKeychain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets are stored in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCredentials</name>
    <message>
        <location filename="../app/cli/clicredentials.cpp" line="+44"/>
        <source>%1, signing with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientJobSource</name>
    <message>
        <location filename="../app/models/clientjobsource.cpp" line="+28"/>
        <location filename="../app/models/clienttrailsource.cpp" line="+26"/>
        <source>Not connected to an account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/globaloptions.cpp" line="+23"/>
        <source>Use the credentials profile NAME (default: the environment, then the default profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region ID whose endpoint to use, e.g. cn-hangzhou (default: ALIBABA_CLOUD_REGION_ID, else cn-hangzhou).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full endpoint URL instead of the region&apos;s, e.g. https://actiontrail-vpc.cn-beijing.aliyuncs.com (http:// only to this computer). REGION=URL sets one region&apos;s endpoint (VPC, private, or for --all-regions); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use LANGUAGE for messages and the user interface (e.g. zh_CN, en) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also trust the CA certificates in FILE (PEM), beside the system&apos;s and SSL_CERT_FILE/SSL_CERT_DIR; for networks behind TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where role profiles assume their roles (STS), e.g. sts.cn-hangzhou.aliyuncs.com (default: the profile&apos;s, then ALIBABA_CLOUD_STS_ENDPOINT, then sts.aliyuncs.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the member accounts of a resource directory are listed (ResourceManager; default: ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT, then resourcemanager.aliyuncs.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request signing: v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up on an attempt after SECONDS without data (default 10); reads are retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log each request (action, HTTP status, RequestId, timing; never secrets) and the credential source to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop app only: show demo data from the built-in ActionTrail emulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>--endpoint URL may be given once; use --endpoint REGION=URL for more regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--profile needs a profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--region needs a region ID such as cn-hangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--signature-version must be v3 or v1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--timeout must be a number of seconds between 0 and 3600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+110"/>
        <source>Try &apos;backfill-browser --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>these options need a command: jobs, trails, accounts, profile or help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/helptext.cpp" line="+14"/>
        <source>Browse and manage Alibaba Cloud ActionTrail data backfill tasks.
With no arguments, starts the desktop app.

Commands:
  jobs list                    list backfill tasks (one page, every page with --all,
                               every region&apos;s with --all-regions)
  jobs get JOB_ID              one task with its per-region status
  jobs create TRAIL_NAME       start a backfill task for a trail
  jobs delete JOB_ID --yes     delete a task
  jobs watch JOB_ID            poll until complete (exit 0) or failed (exit 1)
  trails list                  trails with readiness, last task and coverage
  trails get TRAIL_NAME        one trail in detail
  profile ...                  manage credential profiles
  help [COMMAND [SUBCOMMAND]]  a command&apos;s own help (also: COMMAND --help)
Global options may come before or after the command. Without a command, only
--profile, --region, --endpoint, --language and --demo are allowed: they start the
desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>jobs, trails, profile or help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Environment:
  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  ALIBABA_CLOUD_SECURITY_TOKEN   credentials (STS token optional)
  ALIBABA_CLOUD_REGION_ID        default region
  HTTPS_PROXY (for https), HTTP_PROXY (for http), NO_PROXY (or lower case)
                                 proxy settings
  SSL_CERT_FILE, SSL_CERT_DIR    more trusted CA certificates (PEM), beside the
                                 system&apos;s

Exit status: 0 success; 1 the service or the network failed (Code, Message and
RequestId on stderr); 2 usage or configuration error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/suggestion.cpp" line="+47"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/credentials/connectiontest.cpp" line="+25"/>
        <source>Nothing to test with: no network or profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a region ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n backfill task(s) in this account (%1).</source>
        <translation>
            <numerusform>%n backfill task in this account (%1).</numerusform>
            <numerusform>%n backfill tasks in this account (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STS did not say who this is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <location filename="../ui/copyfeedback.cpp" line="+19"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageTimeline</name>
    <message>
        <location filename="../ui/coveragetimeline.cpp" line="+48"/>
        <source>Coverage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+25"/>
        <source>No trails to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1% of regions done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events from %1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not delivered by anyone: %1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered by the trail itself since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trail started logging at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateJobDialog</name>
    <message>
        <location filename="../ui/createjobdialog.cpp" line="+31"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Backfill Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Trail name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trail seen in your tasks, or type the name of another trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ActionTrail re-delivers the events of the &lt;b&gt;last 90 days&lt;/b&gt; of this trail to its Simple Log Service project. The trail must deliver to Simple Log Service, and &lt;b&gt;only one backfill task can run at a time&lt;/b&gt; per account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A trail of this account that can be backfilled here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not selectable here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&lt;b&gt;Task %1 is still running.&lt;/b&gt; Wait until it completes or fails, or delete it, before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A task created now would deliver %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Creating… retrying %1/%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialHttpCall</name>
    <message>
        <location filename="../app/credentials/credentialhttpcall.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a valid URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is refused: credentials are fetched over https, or over plain http from this computer (loopback) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No network is available to fetch credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 announced an answer of %2 bytes, more than credentials ever take; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered with more than %2 KiB, more than credentials ever take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer with a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <location filename="../app/credentials/credentialresolver.cpp" line="+24"/>
        <source>selected explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from ALIBABA_CLOUD_PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the aliyun CLI&apos;s current profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliyun CLI profile &quot;%1&quot; in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>profile &quot;%1&quot; (selected explicitly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>environment variables (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>environment variables (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile &quot;%1&quot; (from ALIBABA_CLOUD_PROFILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile &quot;%1&quot; (the default profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no profile named &quot;%1&quot;%2, neither ours nor the aliyun CLI&apos;s. See the list with backfill-browser profile list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (named by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No credentials: add a profile (backfill-browser profile add NAME --access-key-id ID --secret-stdin), import one (backfill-browser profile import-aliyun), set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure the aliyun CLI (aliyun configure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; assumes its role with the credentials of &quot;%2&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profiles&apos; sources form a cycle: %1. Point one of them at an AccessKey profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &quot;%1&quot; assumes a role, which needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-213"/>
        <source>%1 is not set, but its partner is: set both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or unset both to use a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No profile was chosen and none is the default. Choose one (--profile NAME), or make one the default (backfill-browser profile set-default NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The profiles or the keychain are not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+38"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try the failed request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show everything the service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error code, RequestId and details (for support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Retrying %1/%2 in %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrying %1/%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backfill Browser tries again by itself; press Esc to stop waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+12"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalProcess</name>
    <message>
        <location filename="../app/credentials/externalprocess.cpp" line="+33"/>
        <source>The process_command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential program %1 printed more than %2 KiB; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential program %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential program %1 did not finish within %2 s; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The credential program %1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential program %1 failed (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential program %1 printed more than %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential program %1 did not print the expected JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its output is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>access_key_id or access_key_secret is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mode StsToken without an sts_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expiration is not a date and time such as 2026-12-07T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 It said: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <location filename="../ui/accounts/firstrunwidget.cpp" line="+10"/>
        <source>&amp;Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an AccessKey ID and secret. The secret goes to your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from Alibaba Cloud CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the AccessKey and STS profiles of ~/.aliyun/config.json; you choose which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try with &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse sample backfill tasks served locally; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Welcome to Backfill Browser&lt;/h2&gt;&lt;p&gt;Browse your ActionTrail data backfill tasks. How do you want to start?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an Alibaba Cloud account with its AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Alibaba Cloud CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Import profiles from the Alibaba Cloud CLI&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a local demo service and sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../ui/guimain.cpp" line="+36"/>
        <source>no display for the desktop app (neither DISPLAY nor WAYLAND_DISPLAY is set); for the command line see &apos;backfill-browser --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Try &apos;backfill-browser --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../app/i18n.cpp" line="+76"/>
        <source>No translation for language &quot;%1&quot;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAliyunDialog</name>
    <message>
        <location filename="../ui/accounts/importaliyundialog.cpp" line="+21"/>
        <source>Import from Alibaba Cloud CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the profiles to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the profiles to import (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — role %2 with the credentials of &quot;%3&quot;, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (already added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; already exists; remove it first to import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not importable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets of the checked profiles will be stored in your system keychain. The Alibaba Cloud CLI&apos;s files are only read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make &quot;%1&quot;, the aliyun CLI&apos;s current profile, the default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetailLoader</name>
    <message>
        <location filename="../app/models/jobdetailloader.cpp" line="+133"/>
        <source>retrying %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <location filename="../ui/jobdetailpane.cpp" line="+47"/>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a backfill task to see its regions and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window of the trail&apos;s events this task delivers (the service&apos;s StartTime and EndTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show times in UTC instead of local time (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+129"/>
        <source>Loading regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RequestId of the last fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the RequestId of the last fetch (for support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this task, with its regions, as the API&apos;s JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Loading regions… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated %1 ago; updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The service reports no end time; this is the last update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trail %1 · home region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trail %1 · home region %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobExport</name>
    <message>
        <location filename="../app/models/jobexport.cpp" line="+60"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFormat</name>
    <message>
        <location filename="../app/models/jobformat.cpp" line="+16"/>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Exact: %1; local time is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobLister</name>
    <message>
        <location filename="../app/api/joblister.cpp" line="+160"/>
        <source>the service claims TotalCount %1 with PageSize %2 (%3 pages); a listing is limited to %4 tasks in %5 pages of %6 (raise it with --max-jobs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSerializer</name>
    <message>
        <location filename="../app/domain/jobserializer.cpp" line="+215"/>
        <source>unknown column &quot;%1&quot;; the columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../app/models/jobtablemodel.cpp" line="+236"/>
        <source>First event delivered (the service&apos;s StartTime): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last event delivered (the service&apos;s EndTime): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running for this long so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From creation to the last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time window of the trail&apos;s events this task delivers, not when the task ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running tasks: time so far. Finished tasks: creation to last update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All regions: the region whose endpoint listed the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts: the member account that holds the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (%2)</source>
        <comment>account display name (account id)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <location filename="../app/cli/jobstext.cpp" line="+94"/>
        <source>no regions reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3 regions complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/jobsoptions.cpp" line="+287"/>
        <source>&apos;jobs&apos; needs a subcommand: list, get, create, delete or watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-72"/>
        <location filename="../app/cli/jobsoptions.cpp" line="+8"/>
        <source>unknown subcommand &apos;jobs %1&apos;; use list, get, create, delete or watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/jobsoptions.cpp" line="+4"/>
        <source>unknown subcommand &apos;jobs %1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: backfill-browser accounts list [--format table|json|csv]
The member accounts of the resource directory the signed-in account manages (it must be the management account or a delegated administrator). --resourcemanager-endpoint or ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT sets where they are asked.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/jobsoptions.cpp" line="-272"/>
        <source>List backfill tasks: one page, every page with --all, or every region&apos;s with --all-regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show one backfill task with its per-region status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a backfill task for a trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a backfill task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poll a backfill task until it is complete (exit 0) or failed (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>jobs list --all: pages fetched at once, 1 to 16 (default 4); with --all-accounts the requests in flight in all (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs list: every task of every member account of the resource directory the signed-in (management) account manages, each through its member role; json adds AccountId to every task and an Accounts array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs list --all-accounts: the role assumed in each member (default ResourceDirectoryAccountAccessRole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs list --all-accounts: the ExternalId the member role requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>jobs list (table, csv): these columns in this order, e.g. JobId,Status; the names of the CSV header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs create, jobs delete: print the signed request (signature and STS token elided) and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs list: only the task IDs, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs list: every task in every region the account&apos;s trails live in (DescribeTrails; else DescribeRegions), each once, with a Region column; --parallel caps the requests under way. A region that fails is reported on stderr (exit 1) without dropping the others&apos; tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>jobs list: only tasks in these states: initializing, running (delivering), complete, failed; comma-separated. Filters what was listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs list: only the tasks of trail NAME. Filters what was listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jobs create: the idempotency token; the same token never creates a second task (default: a new one per call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list, get, create, delete or watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
The global options (--profile, --region, --endpoint, --timeout, --verbose, ...) apply too; see &apos;backfill-browser --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&apos;accounts&apos; has one subcommand: list (takes no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not apply to &apos;accounts list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format must be table|json|csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--%1 does not apply to &apos;jobs %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;jobs list&apos; takes no arguments (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;jobs %1&apos; needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;jobs %1&apos; takes one %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TRAIL_NAME must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JOB_ID must be a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format must be one of %1 for &apos;jobs %2&apos;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--role-name and --external-id go with --all-accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--all-regions lists every page of every region: it excludes --all and --page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--status takes initializing, running, complete or failed, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--trail needs a trail name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all and --page exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--page must be a whole number from 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--page-size must be a whole number from 1 to 100, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--parallel goes with --all or --all-regions and takes a whole number from 1 to 16, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--max-jobs goes with --all or --all-regions and takes a whole number from 1 to 100000000 (per region with --all-regions), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-239"/>
        <source>--deadline must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+251"/>
        <source>refusing to delete backfill task %1 without --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--columns goes with --format table or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--quiet prints only IDs: it excludes --format and --columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--client-token must be 1 to 64 printable ASCII characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--interval must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/endpointchoice.cpp" line="+44"/>
        <source>--endpoint %1=...: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a region ID (such as cn-hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/jobsrun.cpp" line="+152"/>
        <source>waiting %1 s before trying again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retrying %1/%2 in %3 ms: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 listed tasks match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backfill tasks on page %1 (%2 in all).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backfill tasks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backfill task(s).</source>
        <translation>
            <numerusform>%n backfill task.</numerusform>
            <numerusform>%n backfill tasks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1 of %2, %3 backfill tasks in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page %1: retrying %2/%3 in %4 ms: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>regions (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>region %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 backfill task(s) in %2 region(s); %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;a new token per call&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created backfill task %1 for trail %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow it with: backfill-browser jobs watch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>backfill-browser: backfill task %1 is still %2 after %3 s (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Deleted backfill task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-455"/>
        <source>No credentials to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credentials have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+483"/>
        <source>task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>backfill-browser: backfill task %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/jobsoptions.cpp" line="-448"/>
        <source>jobs list: the page to show (from 1; default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jobs list: tasks per page, 1 to 100 (default 20; 100 with --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jobs list: every task of the account, all pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output: table (default; local times), json (the service&apos;s own response shape; for --all one object with every job) or csv (jobs list only; RFC 4180, UTC times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>jobs list --all: the most tasks one listing may hold (default 100000); a service claiming more is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The longest one request may take in all, retries included, in seconds (default 60; --timeout is the longest silence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs delete: confirm the deletion (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jobs watch: seconds between polls (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/jobstext.cpp" line="+10"/>
        <source>initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>JOB ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOME REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>EVENTS FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVENTS TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No per-region status reported.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/apicommand.cpp" line="+24"/>
        <source>Try &apos;backfill-browser --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>proxy: none (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/endpointchoice.cpp" line="+53"/>
        <source>the profile&apos;s region &quot;%1&quot; is not a region ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/apicommand.cpp" line="-12"/>
        <source>endpoint: %1, signature %2, timeout %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dryrun.cpp" line="+31"/>
        <source>Dry run: nothing is sent. The request would be:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies the next time Backfill Browser starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListJobsCall</name>
    <message>
        <location filename="../app/api/actiontrailclient.cpp" line="+194"/>
        <source>the page holds %1 jobs though %2 were asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+92"/>
        <location line="+528"/>
        <location line="+179"/>
        <source>Backfill Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-684"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Demo data </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These tasks come from the built-in ActionTrail emulator, not from an Alibaba Cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopped loading: %1 of %2 tasks kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a backfill task for a trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the selected backfill task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetch the tasks again, keeping the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch every remaining page of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search tasks by trail name or job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected task&apos;s job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected task&apos;s row as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the tasks shown (after search and filters) as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in UTC instead of local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Auto-Refresh List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh the whole list periodically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause Live Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop re-fetching running tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, import or remove Alibaba Cloud accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the backfill tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;rails and Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the trails, whether each can be backfilled, and which days are covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;Watching Running Tasks in the Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing the window while a task runs keeps watching it from the system tray and says when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sort By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Reverse Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live Progress &amp;Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+18"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every %n second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auto-Refresh I&amp;nterval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Backfill Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ActionTrail region to talk to; type any region ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tasks of every member account of the resource directory this account manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Welcome to Backfill Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See and manage your ActionTrail data backfill tasks. Connect an Alibaba Cloud account to begin: the AccessKey secret is kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from Alibaba Cloud CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try with &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse made-up tasks served by the built-in emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backfill Browser — Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not listed: %1. The other regions&apos; tasks are shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Still watching backfill task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backfill Browser tells you here when it ends. Quit from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Show Backfill Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Refresh the whole list every %n second(s)</source>
        <translation>
            <numerusform>Refresh the whole list every %n second</numerusform>
            <numerusform>Refresh the whole list every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Backfill task %1 is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backfill task %1 is hidden by the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backfill task %1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backfill task %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trail %1: the events were delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trail %1: open the task to see which regions failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-691"/>
        <source>Created backfill task %1 for trail %2 (RequestId %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+773"/>
        <source>Delete Backfill Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backfill task %1 of trail “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task is still %1. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleting backfill task %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Deleted backfill task %1 (RequestId %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Backfill task %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+452"/>
        <source>Trails and Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Task %1 is hidden by the search or a filter; its details are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Backfill Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Exported %n task to %1</numerusform>
            <numerusform>Exported %n tasks to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (only the tasks loaded so far: use Load All to export every task)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <location filename="../app/api/networksetup.cpp" line="+108"/>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SSL_CERT_DIR: %1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a proxy URL such as http://proxy.example.com:3128 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/credentials/profile.cpp" line="+34"/>
        <source>%1 (this session only, not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+157"/>
        <source>unknown signature version &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>the profile &quot;%1&quot; cannot be its own source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM role (chained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>invalid expiration &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the profile name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid profile name &quot;%1&quot;: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the access key id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the access key id must be printable ASCII without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>invalid endpoint &quot;%1&quot;: expected a URL such as https://actiontrail.cn-hangzhou.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the endpoint &quot;%1&quot; uses plain http: only https is allowed (http only to this computer, e.g. the local emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a region endpoint names no region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a region ID (such as cn-hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the endpoint of %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/profilecommand.cpp" line="+62"/>
        <source>backfill-browser profile %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Only the halves an interrupted add or remove left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backfill-browser profile list: takes no arguments
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEY ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No profiles yet. Add one with
  backfill-browser profile add NAME --access-key-id ID --secret-stdin
or import the Alibaba Cloud CLI&apos;s with
  backfill-browser profile import-aliyun
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>* default profile
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without --profile, requests use: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without --profile, requests fail: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No orphans: every profile has its secret, and no secret lacks a profile.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>backfill-browser profile list: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>aliyun credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aliyun CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a the aliyun CLI&apos;s current profile; aliyun profiles are read live from %1, never changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>profile without a secret: %1 (remove it with: backfill-browser profile remove %1, or add it again with --replace)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secret without a profile: %1 (delete it with: backfill-browser profile remove %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One region&apos;s endpoint (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>v3 (default) or v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the secret from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an STS token from stdin (second line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace an existing profile of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assume this RAM role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assume the role with this profile&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session name (default backfill-browser-&lt;ms&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session length, 900 to 43200 (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ExternalId the role&apos;s trust policy asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON policy narrowing the role&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STS host or URL for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STS region: sts.&lt;region&gt;.aliyuncs.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backfill-browser profile add: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give exactly one profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--region-endpoint needs REGION=URL, e.g. cn-beijing=https://actiontrail-vpc.cn-beijing.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--duration-seconds needs a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a role profile holds no STS token: leave out --security-token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 needs --role-arn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role assumed with --source-profile takes no key of its own: leave out --access-key-id and --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--access-key-id ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--signature-version must be v3 or v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret is read from stdin only: pass --secret-stdin and pipe the secret in (e.g. from your password manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backfill-browser profile add: a profile named &quot;%1&quot; already exists (use --replace to overwrite it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access key secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no secret on stdin (expected it on the first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no security token on stdin (expected it on the second line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backfill-browser profile add: %1
Nothing was saved.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved profile &quot;%1&quot;: role %2 assumed with the credentials of &quot;%3&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved profile &quot;%1&quot; (key id %2); the secret is in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>&quot;%1&quot; is now the default profile.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>backfill-browser profile remove: give exactly one profile NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backfill-browser profile remove: there is no profile named &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backfill-browser profile remove: %1
The profile was kept.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backfill-browser profile remove: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed the secret &quot;%1&quot; that no profile pointed to.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed profile &quot;%1&quot; and its secret from the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>backfill-browser profile set-default: give exactly one profile NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backfill-browser profile set-default: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>backfill-browser profile show: give exactly one profile NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backfill-browser profile show: there is no profile named &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import every supported profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the aliyun CLI&apos;s current profile the default, once imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>backfill-browser profile import-aliyun: give NAMEs or --all, not both
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a profile with this name already exists here (remove it first to re-import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not found among the importable profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped %1%2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be imported:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported. Run again with the names to import, or --all; their secrets will be stored in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The aliyun CLI has no current profile; the default profile was not changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The aliyun CLI&apos;s current profile &quot;%1&quot; was not imported, so the default profile was not changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (the aliyun CLI&apos;s current profile) is now the default profile.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No profile is the default: without one, requests use the aliyun CLI&apos;s current profile, read live. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default profile is still &quot;%1&quot;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To make the aliyun CLI&apos;s current profile the default, import with --make-default.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not imported %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>imported %1 (role %2 with the credentials of &quot;%3&quot;, region %4) from %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported %1 (key id %2, region %3) from %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Usage: backfill-browser profile COMMAND ...
  list                               profiles: name, key id (masked), region, source, default mark
  add NAME --access-key-id ID --secret-stdin [--region R] [--endpoint URL]
      [--region-endpoint REGION=URL]... (a region&apos;s own endpoint, e.g. VPC)
      [--signature-version v3|v1] [--description TEXT] [--security-token-stdin] [--replace]
                                     the secret is read from stdin (first line; the
                                     STS token on the second line), never from the
                                     command line
  add NAME --role-arn ARN (--access-key-id ID --secret-stdin | --source-profile P)
      [--role-session-name S] [--duration-seconds N] [--external-id ID]
      [--policy JSON] [--sts-endpoint HOST|URL] [--sts-region R]
                                     a RAM role, assumed with its own AccessKey or
                                     with profile P&apos;s credentials (chains allowed)
  test NAME [--sts-endpoint HOST|URL] who NAME signs in as (STS GetCallerIdentity):
                                     account, identity type, ARN, expiry
  list --orphans                     secrets without a profile and profiles without
                                     a secret (left by an interrupted add or remove)
  remove NAME                        also deletes its secret from the keychain
  show NAME                          one profile&apos;s settings as JSON (key id masked)
  set-default NAME
  import-aliyun [NAME...|--all]      from ~/.aliyun/config.json and
                                     ~/.alibabacloud/credentials; without names,
                                     only lists what can be imported
    --make-default                   make the aliyun CLI&apos;s current profile the
                                     default (never another one)
  --verbose (any command)            also log keychain and profile details
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>backfill-browser profile: unknown command &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <location filename="../ui/accounts/profileeditordialog.cpp" line="+44"/>
        <source>&amp;Temporary credentials (STS token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short name for this account, e.g. &quot;prod&quot;: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional note shown with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AccessKey ID of a RAM user with actiontrail:ListDeliveryHistoryJobs permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored only in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check for temporary STS credentials, which need a security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The STS security token; stored in the keychain with the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the ActionTrail endpoint; any region ID can be typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: overrides the endpoint derived from the region, e.g. https://actiontrail-vpc.cn-hangzhou.aliyuncs.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>derived from the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PEM file of CA certificates to trust beside the system&apos;s, for networks behind TLS inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V3 (ACS3-HMAC-SHA256) is current; V1 (HMAC-SHA1) for gateways that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1 (HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region end&amp;points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Show the %1 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hide the %1 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the secret again to change the token or credential type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the AccessKey secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the security token of the STS credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret and token are too long for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/credentials/profilestore.cpp" line="+129"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profiles file %1 is not valid JSON (line %2, column %3: %4). Fix it, or move it aside to start with no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profiles file %1 does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profiles file %1 does not have the expected shape: %2. Fix it, or move it aside to start with no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profiles file %1 was written by a newer version (format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profiles file %1 has an invalid profile (entry %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+6"/>
        <source>Cannot write the profiles file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The profiles file %1 has the profile &quot;%2&quot; twice (entries %3 and %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+54"/>
        <source>Not changed: another program is changing the profiles (lock file %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A saved profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+21"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&quot;%1&quot; is a session-only profile and cannot be the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/accounts/profileswitcher.cpp" line="+19"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account whose backfill tasks are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit, remove or import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — key %2, region %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTest</name>
    <message>
        <location filename="../app/cli/profiletest.cpp" line="+57"/>
        <source>Profile &quot;%1&quot; signs in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask this STS (host or URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no profile named &quot;%1&quot;, neither ours nor the aliyun CLI&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <location filename="../app/domain/regioncatalog.cpp" line="+14"/>
        <source>China (Qingdao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Chengdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Zhangjiakou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Hohhot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Hangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Shenzhen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Ulanqab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Nanjing - Local Region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Heyuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Guangzhou)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China East 2 Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China North 2 Ali Gov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia (Sydney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia (Kuala Lumpur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines (Manila)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand (Bangkok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam (Ho Chi Minh City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India (Mumbai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK (London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (Silicon Valley)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE (Dubai)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionEndpointsEditor</name>
    <message>
        <location filename="../ui/accounts/regionendpointseditor.cpp" line="+19"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A region&apos;s own endpoint, used instead of its public one, e.g. cn-beijing and https://actiontrail-vpc.cn-beijing.aliyuncs.com. Insert adds a row, Delete removes it, F2 edits a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a region&apos;s endpoint (Insert in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected region&apos;s endpoint (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Region endpoints, row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region endpoints, row %1: %2 has an endpoint already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionStatusModel</name>
    <message>
        <location filename="../app/models/regionstatusmodel.cpp" line="+43"/>
        <source>No regions reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n region complete</source>
        <translation>
            <numerusform>%1 of %n region complete</numerusform>
            <numerusform>%1 of %n regions complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n regions complete</source>
        <translation>
            <numerusform>%1 of %n region complete</numerusform>
            <numerusform>%1 of %n regions complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n delivering</source>
        <translation>
            <numerusform>, %n delivering</numerusform>
            <numerusform>, %n delivering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n initializing</source>
        <translation>
            <numerusform>, %n initializing</numerusform>
            <numerusform>, %n initializing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unknown region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Region ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../app/api/responseparser.cpp" line="+28"/>
        <source>field %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a 32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+133"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>field %1 is not a UTC time of the form yyyy-MM-ddTHH:mm:ssZ: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+508"/>
        <location line="+169"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-657"/>
        <source>field %1 is not a positive job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+299"/>
        <location line="+157"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-432"/>
        <source>field %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field %1 holds %2 entries, more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+377"/>
        <source>field %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+469"/>
        <source>a non-negative count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-391"/>
        <source>non-empty printable ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+240"/>
        <source>empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>an account ID (digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleSessionProvider</name>
    <message>
        <location filename="../app/api/rolesessionprovider.cpp" line="+31"/>
        <source>role %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, session expires %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretItemLabel</name>
    <message>
        <location filename="../app/credentials/secretitemlabel.cpp" line="+45"/>
        <source>Backfill Browser: %1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Secret Service on this platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="+103"/>
        <source>the operation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bytes; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the keyring is locked, so the entry was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry is still there after deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No secret is stored in the keychain for profile &quot;%1&quot; (or the keyring is locked: unlock it and try again). Add the profile&apos;s secret again if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain service is available, so the secret of profile &quot;%1&quot; cannot be stored safely. Start gnome-keyring (or KWallet) in your desktop session, make sure a D-Bus session bus is running (DBUS_SESSION_BUS_ADDRESS) and your login keyring exists and is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access to the secret of profile &quot;%1&quot;: the keyring is probably locked. Unlock it (e.g. with your desktop&apos;s password manager, Seahorse) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret and security token of profile &quot;%1&quot; are too large for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain entry of profile &quot;%1&quot; is not in the format Backfill Browser writes. Add the profile&apos;s secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain operation for profile &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentedProgressBar</name>
    <message>
        <location filename="../ui/segmentedprogressbar.cpp" line="+14"/>
        <source>Region progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionIdentity</name>
    <message>
        <location filename="../app/models/sessionidentity.cpp" line="+19"/>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedInIdentity</name>
    <message>
        <location filename="../app/credentials/identitycheck.cpp" line="+29"/>
        <source>never (a long-term AccessKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticCredentialProvider</name>
    <message>
        <location filename="../app/api/credentialprovider.cpp" line="+97"/>
        <source>no AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AccessKey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STS token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STS token %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The STS token %1 expired at %2: get a new one and sign in with it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts</name>
    <message>
        <location filename="../app/api/assumerole.cpp" line="+33"/>
        <source>The role ARN is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role ARN must look like acs:ram::&lt;account id&gt;:role/&lt;role name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The role session name must be 2 to 64 letters, digits or &apos;.&apos;, &apos;@&apos;, &apos;-&apos;, &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session duration must be %1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The external ID must be 2 to 1224 letters, digits or &apos;_+=,.@:/-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The policy is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The policy is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StsEndpoint</name>
    <message>
        <location filename="../app/credentials/stsendpoint.cpp" line="+14"/>
        <source>&quot;%1&quot; is not an STS region ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailFormat</name>
    <message>
        <location filename="../app/models/trailformat.cpp" line="+29"/>
        <source>SLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MaxCompute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: no SLS delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: not logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: organization trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing to add: the trail itself recorded every day of the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from %1 to the trail&apos;s start on %2, %3 days (the trail itself recorded the %4 days since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from %1 to %2, %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1, %2, created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 days delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2; no task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2; last task %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailName</name>
    <message>
        <location filename="../app/domain/trail.cpp" line="+26"/>
        <source>Enter the name of a trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trail name has %1 to %2 characters; this has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A trail name starts with a lower-case letter (a-z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A trail name has only lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailTableModel</name>
    <message>
        <location filename="../app/models/trailtablemodel.cpp" line="+72"/>
        <source>status unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last SLS delivery error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new task would cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailsCommand</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+12"/>
        <location filename="../app/cli/trailscommand.cpp" line="+39"/>
        <source>unknown subcommand &apos;trails %1&apos;; use list or get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/trailscommand.cpp" line="-22"/>
        <source>Output: table (default; local times), json or csv (RFC 4180, UTC times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The longest one request may take in all, retries included, in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;trails&apos; needs a subcommand: list or get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown subcommand &apos;trails %1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;trails get&apos; needs one TRAIL_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;trails list&apos; takes no arguments (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be one of table|json|csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One trail: delivery targets, logging status, backfill readiness with the reason, its last task, and the window a new task would cover today.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every trail of the account (organization trails included) with its home region, logging status, backfill readiness, last task and the window a new task would cover today.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subcommands:
  list
      every trail, with readiness and coverage
  get TRAIL_NAME
      one trail in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
The global options (--profile, --region, --endpoint, --timeout, --verbose, ...) apply too; readiness is judged for the region in use (--region).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/trailsrun.cpp" line="+26"/>
        <source>nothing: the trail itself recorded the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2, %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: no SLS delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: not logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: organization trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: other region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>backfill-browser: the tasks could not be listed (%1); last tasks are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no trail named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last SLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new task would cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No trails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TRAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOME REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOGGING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST DELIVERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKFILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NEW TASK WOULD COVER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrailsPage</name>
    <message>
        <location filename="../ui/trailspage.cpp" line="+30"/>
        <source>Reload Trails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Backfill Task for This Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each lane is a trail: the thin strip shows what the trail delivered to Simple Log Service itself (green) and the days nobody delivered (hatched red); the bars below are its backfill tasks (solid: complete; filling: running; pale and outlined: failed). The shaded part lies beyond the %1-day horizon. Click a task, or use the arrow keys and Enter, to show it in the task table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Coverage of the last %1 days&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A task created now would deliver %1. Each day of waiting loses the oldest day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task %1 is still running; an account runs one backfill task at a time, so a new one can start when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawn from the %1 tasks loaded of %2: Load All (%3) for every task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading trails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the trails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No trails in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n trail(s), %1 ready for a backfill task in %2.</source>
        <translation>
            <numerusform>%n trail, %1 ready for a backfill task in %2.</numerusform>
            <numerusform>%n trails, %1 ready for a backfill task in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its home region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
