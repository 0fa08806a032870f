<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+48"/>
        <source>About Backfill Browser</source>
        <translation>关于 Backfill Browser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backfill Browser</source>
        <translation>Backfill Browser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse and manage Alibaba Cloud ActionTrail data backfill tasks (historical event delivery tasks).</source>
        <translation>浏览和管理阿里云操作审计的历史事件投递任务。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commit:</source>
        <translation>提交：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时版本 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QtKeychain:</source>
        <translation>QtKeychain：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets are stored in:</source>
        <translation>凭据保存位置：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home page</source>
        <translation>项目主页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>AccountManagerDialog</name>
    <message>
        <location filename="../ui/accounts/accountmanagerdialog.cpp" line="+43"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as &amp;Default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from Alibaba Cloud CLI…</source>
        <translation>从阿里云 CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored in</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an account with its AccessKey</source>
        <translation>使用 AccessKey 添加账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected account</source>
        <translation>修改所选账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected account and its secret from the keychain</source>
        <translation>删除所选账号，并从钥匙串中删除其 Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected account when none is chosen</source>
        <translation>未选择账号时使用所选账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List one backfill task with the selected account to check that it works</source>
        <translation>使用所选账号列出一个历史事件投递任务，以检查账号是否可用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session only (not saved)</source>
        <translation>仅限本次会话（不保存）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain: secret missing</source>
        <translation>钥匙串：缺少密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds no secret for this account (an add or remove was interrupted). Edit it to enter the secret again, or remove it.</source>
        <translation>钥匙串中没有此账号的密钥（添加或删除操作曾被中断）。请编辑它重新输入密钥，或将其删除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Secret only</source>
        <translation>仅有密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain: no account uses it</source>
        <translation>钥匙串：没有账号使用它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret an interrupted add left in the keychain; no account leads to it. Remove deletes it.</source>
        <translation>一次被中断的添加操作留在钥匙串中的密钥；没有任何账号指向它。点击“删除”即可将其删除。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import AccessKey and STS profiles of %1 and %2</source>
        <translation>导入 %1 和 %2 中的 AccessKey 和 STS 配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to import: neither %1 nor %2 exists.</source>
        <translation>没有可导入的内容：%1 和 %2 都不存在。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saving the secret of &quot;%1&quot; to the keychain…</source>
        <translation>正在将“%1”的 Secret 保存到钥匙串…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is available for this session only; it is not saved.</source>
        <translation>“%1”仅在本次会话中可用，不会保存。</translation>
    </message>
    <message numerus="yes">
        <location line="+225"/>
        <source>Found %n leftover(s) of an interrupted change, marked in the list. Select one and press Remove to delete it.</source>
        <translation>
            <numerusform>发现 %n 处被中断的更改留下的残留项，已在列表中标出。选中一项并点击“删除”即可将其删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Leftover Secret</source>
        <translation>删除残留密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the secret stored under &quot;%1&quot; from the keychain? No account uses it.</source>
        <translation>从钥匙串中删除保存在“%1”名下的密钥？没有账号使用它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting the leftover secret &quot;%1&quot; from the keychain…</source>
        <translation>正在从钥匙串中删除残留密钥“%1”…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the leftover secret &quot;%1&quot;.</source>
        <translation>已删除残留密钥“%1”。</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+28"/>
        <source>Saved &quot;%1&quot;; its secret is in the keychain.</source>
        <translation>已保存“%1”；其 Secret 保存在钥匙串中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can use this account for this session only: the secret is kept in memory and forgotten when Backfill Browser quits. Nothing is written to disk.</source>
        <translation>您可以仅在本次会话中使用此账号：Secret 只保存在内存中，退出 Backfill Browser 后即被清除，不会写入磁盘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use for This Session Only</source>
        <translation>仅在本次会话中使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; and delete its secret from the keychain?</source>
        <translation>删除“%1”并从钥匙串中删除其 Secret？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting the secret of &quot;%1&quot; from the keychain…</source>
        <translation>正在从钥匙串中删除“%1”的 Secret…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not removed (the profile is kept so you can retry): %1</source>
        <translation>未删除（已保留该配置，您可以重试）：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed &quot;%1&quot; and its secret.</source>
        <translation>已删除“%1”及其 Secret。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is now the default account.</source>
        <translation>“%1”现在是默认账号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>已导入 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing &quot;%1&quot;…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Testing &quot;%1&quot;: listing one backfill task…</source>
        <translation>正在测试“%1”：列出一个历史事件投递任务…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; works. %2</source>
        <translation>“%1”可用。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; does not work: %2</source>
        <translation>“%1”不可用：%2</translation>
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
        <translation>账号存储已不存在。</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <location filename="../ui/accounts/accountscontroller.cpp" line="+39"/>
        <source>No Alibaba Cloud CLI configuration was found (~/.aliyun/config.json).</source>
        <translation>未找到阿里云 CLI 配置（~/.aliyun/config.json）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>aliyun CLI: %1</source>
        <translation>aliyun CLI：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
</context>
<context>
    <name>AccountsRun</name>
    <message>
        <location filename="../app/cli/accountsrun.cpp" line="+113"/>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n member account(s).</source>
        <translation>
            <numerusform>%n 个成员账号。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No backfill tasks.</source>
        <translation>没有回补任务。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n backfill task(s) in %1 of %2 accounts.</source>
        <translation>
            <numerusform>%n 个回补任务，来自 %2 个账号中的 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>account %1: %2 (%3, RequestId %4)</source>
        <translation>账号 %1：%2（%3，RequestId %4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1, region %2: %3</source>
        <translation>账号 %1，地域 %2：%3</translation>
    </message>
</context>
<context>
    <name>AccountsSummary</name>
    <message>
        <location filename="../ui/accountssummary.cpp" line="+28"/>
        <source>Accounts that could not be listed</source>
        <translation>无法列出的账号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code and RequestId</source>
        <translation>错误码和 RequestId</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listing the member accounts…</source>
        <translation>正在列出成员账号…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tasks listed: %1 from %n member account(s).</source>
        <translation>
            <numerusform>已列出任务：%1 个，来自 %n 个成员账号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n account(s) could not be listed; the other accounts&apos; tasks are all shown.</source>
        <translation>
            <numerusform>%n 个账号无法列出；其他账号的任务已全部显示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <comment>account display name (account id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry account %1</source>
        <translation>重试账号 %1</translation>
    </message>
</context>
<context>
    <name>ActionTrailClient</name>
    <message>
        <location filename="../app/api/actiontrailclient.cpp" line="+750"/>
        <source>The endpoint &quot;%1&quot; is not a valid URL with a host name.</source>
        <translation>服务接入点“%1”不是包含主机名的有效 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint &quot;%1&quot; must be only a scheme, a host and a port, such as https://actiontrail.cn-hangzhou.aliyuncs.com.</source>
        <translation>服务接入点“%1”只能包含协议、主机和端口，例如 https://actiontrail.cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain http:// is allowed only to this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>仅允许对本机（127.0.0.1、::1、localhost）使用明文 http://；请对 %1 使用 https://。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint must start with https:// (not &quot;%1://&quot;).</source>
        <translation>服务接入点必须以 https:// 开头（而不是“%1://”）。</translation>
    </message>
</context>
<context>
    <name>AliyunAnswers</name>
    <message>
        <location filename="../app/credentials/aliyunanswers.cpp" line="+17"/>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expiration is not a date and time</source>
        <translation>Expiration 不是日期时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code is missing</source>
        <translation>缺少 Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code is %1, not Success</source>
        <translation>Code 为 %1，而不是 Success</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CloudCredential is missing</source>
        <translation>缺少 CloudCredential</translation>
    </message>
</context>
<context>
    <name>AliyunChain</name>
    <message>
        <location filename="../app/credentials/aliyunchain.cpp" line="+17"/>
        <source>The aliyun CLI profile &quot;%1&quot; (%2)</source>
        <translation>aliyun CLI 配置“%1”（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the aliyun CLI profile &quot;%1&quot; (%2)</source>
        <translation>aliyun CLI 配置“%1”（%2）</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 has no source_profile; set it with: %2</source>
        <translation>%1 没有 source_profile；请用以下命令设置：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The aliyun CLI profiles form a cycle of source profiles (%1, each standing on the next); a role chain must end at a profile with its own credentials.</source>
        <translation>aliyun CLI 的配置形成了源配置循环（%1，每个依赖下一个）；角色链必须终止于一个自带凭证的配置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 stands on more than %2 role profiles; that is refused.</source>
        <translation>%1 依赖超过 %2 个角色配置；已拒绝。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 names the source profile &quot;%2&quot;, which is not defined.</source>
        <translation>%1 指定的源配置“%2”未定义。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no mode and no access key; set it up with: aliyun configure --profile %2</source>
        <translation>%1 没有模式也没有 AccessKey；请用以下命令配置：aliyun configure --profile %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lacks access_key_id or access_key_secret; set them with: %2</source>
        <translation>%1 缺少 access_key_id 或 access_key_secret；请用以下命令设置：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 lacks access_key_id, access_key_secret or sts_token; set them with: %2</source>
        <translation>%1 缺少 access_key_id、access_key_secret 或 sts_token；请用以下命令设置：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The STS token of %1 expired at %2; get a new one and set it with: %3</source>
        <translation>%1 的 STS Token 已于 %2 过期；请获取新的 Token 并用以下命令设置：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 runs a program (External), which ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids.</source>
        <translation>%1 需要运行程序（External），而 ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS 禁止这样做。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no process_command; set it with: %2</source>
        <translation>%1 没有 process_command；请用以下命令设置：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 fetches credentials from a URL (CredentialsURI), which ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS forbids.</source>
        <translation>%1 需要从 URL 获取凭证（CredentialsURI），而 ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS 禁止这样做。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no credentials_uri; set it with: %2</source>
        <translation>%1 没有 credentials_uri；请用以下命令设置：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+105"/>
        <location line="+12"/>
        <location line="+50"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1 lacks its CloudSSO sign-in URL, account or access configuration; sign in with: %2</source>
        <translation>%1 缺少云 SSO 登录地址、账号或访问配置；请用以下命令登录：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CloudSSO sign-in of %1 has expired; sign in again with: %2</source>
        <translation>%1 的云 SSO 登录已过期；请用以下命令重新登录：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 lacks access_key_id, access_key_secret or ram_role_arn; set them with: %2</source>
        <translation>%1 缺少 access_key_id、access_key_secret 或 ram_role_arn；请用以下命令设置：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lacks ram_role_arn; set it with: %2</source>
        <translation>%1 缺少 ram_role_arn；请用以下命令设置：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uses mode %2, which Backfill Browser does not support; use a profile of mode AK, StsToken, RamRoleArn, ChainableRamRoleArn, CloudSSO, External or CredentialsURI.</source>
        <translation>%1 使用模式 %2，Backfill Browser 不支持该模式；请使用 AK、StsToken、RamRoleArn、ChainableRamRoleArn、CloudSSO、External 或 CredentialsURI 模式的配置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 uses mode &quot;%2&quot;, which Backfill Browser does not know; use a profile of mode AK, StsToken, RamRoleArn, ChainableRamRoleArn, CloudSSO, External or CredentialsURI.</source>
        <translation>%1 使用模式“%2”，Backfill Browser 无法识别该模式；请使用 AK、StsToken、RamRoleArn、ChainableRamRoleArn、CloudSSO、External 或 CredentialsURI 模式的配置。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1: its credentials_uri answered without credentials (%2).</source>
        <translation>%1：其 credentials_uri 的应答中没有凭证（%2）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: the CloudSSO portal no longer accepts its sign-in; sign in again with: %2</source>
        <translation>%1：云 SSO 门户不再接受其登录；请用以下命令重新登录：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the CloudSSO portal answered without credentials (%2).</source>
        <translation>%1：云 SSO 门户的应答中没有凭证（%2）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This profile cannot be used.</source>
        <translation>无法使用此配置。</translation>
    </message>
</context>
<context>
    <name>AliyunConfig</name>
    <message>
        <location filename="../app/credentials/aliyunconfig.cpp" line="+83"/>
        <source>defined more than once in this file; the first definition is used</source>
        <translation>在此文件中定义了多次；使用第一个定义</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>%1 is larger than %2 MiB; it was not read.</source>
        <translation>%1 大于 %2 MiB，未读取。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 不是有效的 JSON（第 %2 行，第 %3 列：%4）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not look like an Alibaba Cloud CLI configuration (no &quot;profiles&quot; list).</source>
        <translation>%1 看起来不是阿里云 CLI 配置（没有 &quot;profiles&quot; 列表）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+9"/>
        <source>(entry %1)</source>
        <translation>（第 %1 项）</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: line %2 is not a valid section header.</source>
        <translation>%1：第 %2 行不是有效的节标题。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: line %2 is neither a section nor &quot;key = value&quot;.</source>
        <translation>%1：第 %2 行既不是节也不是 &quot;key = value&quot;。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>disabled (enable = false)</source>
        <translation>已禁用（enable = false）</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The current profile of %1, &quot;%2&quot;, is not defined in it.</source>
        <translation>%1 的当前配置“%2”未在其中定义。</translation>
    </message>
</context>
<context>
    <name>AliyunCredentialProvider</name>
    <message>
        <location filename="../app/credentials/aliyunprovider.cpp" line="+27"/>
        <source>aliyun CLI profile &quot;%1&quot;, %2</source>
        <translation>aliyun CLI 配置“%1”，%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>AliyunImport</name>
    <message>
        <location filename="../app/credentials/aliyunimport.cpp" line="+65"/>
        <source>the access key id or secret is empty</source>
        <translation>AccessKey ID 或 Secret 为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the secret and token are too large for the keychain</source>
        <translation>Secret 和 Token 过大，无法保存到钥匙串</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Nothing was imported from it.</source>
        <translation>%1 未从中导入任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported from the Alibaba Cloud CLI</source>
        <translation>从阿里云 CLI 导入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mode StsToken without an sts_token</source>
        <translation>StsToken 模式缺少 sts_token</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its STS token expired at %1</source>
        <translation>其 STS Token 已于 %1 过期</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mode %1 is used live from the aliyun CLI&apos;s configuration (backfill-browser --profile %2), not imported</source>
        <translation>%1 模式的配置直接实时使用 aliyun CLI 的配置（backfill-browser --profile %2），不导入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no mode and no access key id and secret</source>
        <translation>没有 mode，也没有 AccessKey ID 和 Secret</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>type %1 is not supported (only access_key and ram_role_arn)</source>
        <translation>不支持类型 %1（仅支持 access_key 和 ram_role_arn）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mode %1 is not supported (only AK, StsToken and RamRoleArn)</source>
        <translation>不支持模式 %1（仅支持 AK、StsToken 和 RamRoleArn）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>no type given (only type = access_key is supported)</source>
        <translation>未指定 type（仅支持 type = access_key）</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>its source profiles form a cycle (%1)</source>
        <translation>其源配置形成循环（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its source profile &quot;%1&quot; cannot be imported (see above, or it is not defined); it is used live instead (backfill-browser --profile %2)</source>
        <translation>其源配置“%1”无法导入（见上文，或未定义）；改为实时使用（backfill-browser --profile %2）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Imported from ~/.alibabacloud/credentials</source>
        <translation>从 ~/.alibabacloud/credentials 导入</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>a profile with this name was already found in %1</source>
        <translation>已在 %1 中找到同名配置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No Alibaba Cloud CLI configuration found (looked for %1).</source>
        <translation>未找到阿里云 CLI 配置（已查找 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
</context>
<context>
    <name>AliyunProviderFactory</name>
    <message>
        <location filename="../app/credentials/aliyunprovider.cpp" line="+57"/>
        <source>The aliyun CLI profile &quot;%1&quot; assumes a role, which needs the network.</source>
        <translation>aliyun CLI 配置“%1”需要扮演角色，这需要网络。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The aliyun CLI profile &quot;%1&quot; (%2): %3</source>
        <translation>aliyun CLI 配置“%1”（%2）：%3</translation>
    </message>
</context>
<context>
    <name>AllAccountsJobSource</name>
    <message>
        <location filename="../app/models/allaccountsjobsource.cpp" line="+170"/>
        <source>The task&apos;s account could not be signed in to; list it again.</source>
        <translation>无法登录该任务所属的账号；请重新列出。</translation>
    </message>
</context>
<context>
    <name>AllAccountsLister</name>
    <message>
        <location filename="../app/api/allaccountslister.cpp" line="+186"/>
        <source>the resource directory claims %1 member accounts, more than %2</source>
        <translation>资源目录声称有 %1 个成员账号，超过 %2 个</translation>
    </message>
</context>
<context>
    <name>AllRegionsLister</name>
    <message>
        <location filename="../app/api/allregionslister.cpp" line="+178"/>
        <source>no endpoint for region %1</source>
        <translation>区域 %1 没有服务地址</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/actiontrailclient.cpp" line="-646"/>
        <source>waiting for new credentials: %1</source>
        <translation>正在等待新的凭证：%1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>no new credentials within the deadline of %1 s (%2)</source>
        <translation>在 %1 秒的期限内未获得新的凭证（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no complete answer within the deadline of %1 s (attempt %2)</source>
        <translation>在 %1 秒的截止时间内没有收到完整应答（第 %2 次尝试）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>未设置 AccessKey：请登录，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The new credentials (%1) expire too soon to sign with; check this computer&apos;s clock.</source>
        <translation>新的凭证（%1）很快就会过期，无法用于签名；请检查这台计算机的时钟。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the network access was shut down before the answer arrived</source>
        <translation>在收到响应之前网络访问已被关闭</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the answer (HTTP %1) is larger than %2 MiB (at least %3 bytes); it was not read</source>
        <translation>应答（HTTP %1）超过 %2 MiB（至少 %3 字节）；未读取该应答</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+34"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your computer&apos;s clock is about %1 ahead of the service&apos;s (%2 UTC).</source>
        <translation>本机时钟比服务的时钟快约 %1（服务时间 %2 UTC）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your computer&apos;s clock is about %1 behind the service&apos;s (%2 UTC).</source>
        <translation>本机时钟比服务的时钟慢约 %1（服务时间 %2 UTC）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1 could not be used to reach %2: %3. Check HTTPS_PROXY (HTTP_PROXY for http://) and NO_PROXY.</source>
        <translation>无法通过代理 %1 访问 %2：%3。请检查 HTTPS_PROXY（http:// 使用 HTTP_PROXY）和 NO_PROXY。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection. Check the endpoint and region in the account&apos;s settings (Accounts…, Edit) and that the service is reachable.</source>
        <translation>%1 拒绝了连接。请检查账号设置（账号…，编辑）中的服务接入点和地域，以及服务是否可以访问。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the connection. Check the endpoint (--endpoint / region) and that the service is reachable.</source>
        <translation>%1 拒绝了连接。请检查服务接入点（--endpoint / 地域）以及服务是否可以访问。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host %1 could not be found. Check the region or endpoint and your DNS or network connection.</source>
        <translation>找不到主机 %1。请检查地域或服务接入点，以及 DNS 或网络连接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 closed the connection before answering completely. This is usually temporary; try again.</source>
        <translation>%1 在完整响应之前关闭了连接。这通常是暂时的；请重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure (TLS) connection to %1 could not be established: %2. The certificate is not trusted or the connection is being intercepted; check the system&apos;s CA certificates and any proxy.</source>
        <translation>无法与 %1 建立安全（TLS）连接：%2。证书不受信任或连接被拦截；请检查系统的 CA 证书和代理。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The proxy could not be used to reach %1: %2. Check HTTPS_PROXY / NO_PROXY and the system proxy settings.</source>
        <translation>无法通过代理访问 %1：%2。请检查 HTTPS_PROXY / NO_PROXY 和系统代理设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>网络不可用。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not talk to %1: %2. Check your network connection and try again.</source>
        <translation>无法与 %1 通信：%2。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service rejected the request signature: the AccessKey secret does not belong to AccessKey ID %1. Enter the secret again (copy it from the RAM console).</source>
        <translation>服务拒绝了请求签名：该 AccessKey Secret 与 AccessKey ID %1 不匹配。请重新输入 Secret（从 RAM 控制台复制）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service says the request signature is incomplete. A proxy may be altering requests; otherwise set the account&apos;s signature to V1 (Accounts…, Edit) and report this.</source>
        <translation>服务提示请求签名不完整。可能有代理修改了请求；否则请在账号设置（账号…，编辑）中将签名改为 V1，并报告此问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service says the request signature is incomplete. A proxy may be altering requests; otherwise try --signature-version v1 and report this.</source>
        <translation>服务提示请求签名不完整。可能有代理修改了请求；否则请尝试 --signature-version v1 并报告此问题。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AccessKey ID %1 does not exist. Check the key (it may have been deleted) or sign in with another one.</source>
        <translation>AccessKey ID %1 不存在。请检查该 AccessKey（它可能已被删除），或使用其他 AccessKey 登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The AccessKey %1 is disabled. Enable it in the RAM console or sign in with another key.</source>
        <translation>AccessKey %1 已被禁用。请在 RAM 控制台中启用它，或使用其他 AccessKey 登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your computer&apos;s clock differs from the service&apos;s by more than 15 minutes.</source>
        <translation>本机时钟与服务的时钟相差超过 15 分钟。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests are refused when the clock is off by more than 15 minutes: correct the system clock (enable automatic time synchronisation) and try again.</source>
        <translation>时钟偏差超过 15 分钟时请求会被拒绝：请校正系统时钟（启用自动时间同步）后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The RAM role %1 does not exist. Check the role ARN (account ID and role name). Invited member accounts of a resource directory may lack ResourceDirectoryAccountAccessRole: create it in that account, or choose another role.</source>
        <translation>RAM 角色 %1 不存在。请检查角色 ARN（账号 ID 和角色名称）。资源目录中受邀加入的成员账号可能没有 ResourceDirectoryAccountAccessRole：请在该账号中创建它，或选择其他角色。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not allowed to assume the role %1 with AccessKey ID %2: the role&apos;s trust policy must name this user or role (and its ExternalId, if it asks for one), and the caller needs sts:AssumeRole.</source>
        <translation>不允许使用 AccessKey ID %2 扮演角色 %1：角色的信任策略必须包含此用户或角色（如要求 ExternalId，也须匹配），且调用者需要 sts:AssumeRole 权限。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The temporary (STS) credentials have expired. Sign in again, or use a profile that renews them (a RAM role).</source>
        <translation>临时（STS）凭证已过期。请重新登录，或使用可自动续期的配置（RAM 角色）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not accept the security token of AccessKey ID %1. Enter the STS token again, together with its key and secret.</source>
        <translation>服务不接受 AccessKey ID %1 的安全令牌。请重新输入 STS Token 及其 AccessKey 和 Secret。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service did not accept the request&apos;s time stamp format. This is a bug in Backfill Browser; please report it.</source>
        <translation>服务不接受请求的时间戳格式。这是 Backfill Browser 的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service saw this request twice (its nonce was already used). Try again.</source>
        <translation>服务收到了重复的请求（其 Nonce 已被使用）。请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not offer the ActionTrail operation %2. Check the endpoint or region.</source>
        <translation>%1 不提供操作审计的 %2 操作。请检查服务接入点或地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint</source>
        <translation>服务接入点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account has no resource directory, or is not its management account / delegated administrator. Sign in as the management account (or a delegated administrator) to see every account.</source>
        <translation>此账号没有资源目录，或者不是其管理账号/委派管理员。请以管理账号（或委派管理员）登录以查看所有账号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied: your RAM user or role is not allowed %1. Ask an administrator to grant the RAM action %1 in a RAM policy.</source>
        <translation>权限不足：您的 RAM 用户或角色没有 %1 权限。请联系管理员在 RAM 权限策略中授予操作 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service is throttling requests (too many in a short time). Wait a moment and try again.</source>
        <translation>服务正在对请求限流（短时间内请求过多）。请稍候重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ActionTrail is temporarily unavailable. Try again in a few minutes.</source>
        <translation>操作审计暂时不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActionTrail had an internal error. Try again; if it persists, contact Alibaba Cloud support with the request ID.</source>
        <translation>操作审计发生内部错误。请重试；如果问题持续存在，请提供请求 ID 联系阿里云技术支持。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another backfill task is still running, and only one may run at a time per account. Wait until it completes (or delete it), then try again.</source>
        <translation>另一个历史事件投递任务仍在运行，每个账号同一时间只能运行一个。请等待其完成（或将其删除）后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trail does not exist (or the task refers to a deleted trail).</source>
        <translation>该跟踪不存在（或任务引用了已删除的跟踪）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trail &quot;%1&quot; does not exist. Check the name; the trail must deliver to Simple Log Service.</source>
        <translation>跟踪“%1”不存在。请检查名称；该跟踪必须投递到日志服务。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backfill task does not exist (it may have been deleted).</source>
        <translation>该历史事件投递任务不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backfill task with ID %1 (it may have been deleted).</source>
        <translation>不存在 ID 为 %1 的历史事件投递任务（可能已被删除）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request lacked the required parameter %1. This is a bug in Backfill Browser; please report it.</source>
        <translation>请求缺少必需的参数 %1。这是 Backfill Browser 的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service did not accept the value of %1.</source>
        <translation>服务不接受 %1 的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not accept %1 = &quot;%2&quot;.</source>
        <translation>服务不接受 %1 =“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service refused the request (%1): %2</source>
        <translation>服务拒绝了请求（%1）：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown outcome: the request to delete backfill task %1 was sent, but the connection broke before the answer, and the task still exists. The deletion may still happen. Check the task before deleting it again.</source>
        <translation>结果未知：删除历史事件投递任务 %1 的请求已发出，但在收到应答前连接中断，且该任务仍然存在。删除可能仍会发生。再次删除前请先检查该任务。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service answered HTTP %1 without an explanation. This is usually temporary; try again later.</source>
        <translation>服务返回了 HTTP %1，但没有说明原因。这通常是暂时的；请稍后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy requires authentication (HTTP 407). Check HTTPS_PROXY.</source>
        <translation>代理需要身份验证（HTTP 407）。请检查 HTTPS_PROXY。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service answered HTTP %1 without an explanation. Check the endpoint: it may not be an ActionTrail endpoint, or a proxy intercepted the request.</source>
        <translation>服务返回了 HTTP %1，但没有说明原因。请检查服务接入点：它可能不是操作审计的服务接入点，或者请求被代理拦截。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not answer in time. Check your network connection and try again.</source>
        <translation>%1 未能及时响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>The service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 did not answer in time. Check your network connection, or allow more time with a longer --timeout.</source>
        <translation>%1 未能及时响应。请检查网络连接，或用更长的 --timeout 留出更多时间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service&apos;s answer could not be understood (%1). If this persists, the endpoint may not be ActionTrail or the API has changed.</source>
        <translation>无法解析服务的响应（%1）。如果问题持续存在，可能该服务接入点不是操作审计，或 API 已变更。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection settings are incomplete.</source>
        <translation>连接设置不完整。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HostId: %1</source>
        <translation>HostId：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend: %1</source>
        <translation>诊断建议：%1</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../ui/appsession.cpp" line="+74"/>
        <source>Demo data is not available in this build.</source>
        <translation>此版本不提供演示数据。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo Data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>BackfillReadiness</name>
    <message>
        <location filename="../app/domain/trail.cpp" line="+47"/>
        <source>Ready for a backfill task.</source>
        <translation>可以创建补投任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: the trail does not deliver to Simple Log Service, and a backfill task delivers only there.</source>
        <translation>不可用：该跟踪未投递到日志服务（SLS），而补投任务只投递到日志服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not ready: the trail is not logging. Start logging first.</source>
        <translation>不可用：该跟踪未在记录事件。请先开启记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready: this is an organization trail; only single-account trails can be backfilled.</source>
        <translation>不可用：这是多账号（组织）跟踪；只有单账号跟踪可以补投。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not ready here: the trail lives in another region. Switch to its home region.</source>
        <translation>此地域不可用：该跟踪属于另一个地域。请切换到它的所属地域。</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../ui/browserpage.cpp" line="+58"/>
        <source>Search trail or job ID (Ctrl+F)</source>
        <translation>搜索跟踪或任务 ID（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tasks whose trail name or job ID contains this text</source>
        <translation>仅显示跟踪名称或任务 ID 包含此文本的任务</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tasks with this status</source>
        <translation>仅显示处于此状态的任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running (initializing or delivering)</source>
        <translation>运行中（初始化中或投递中）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created filter</source>
        <translation>创建时间筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only tasks created within this time</source>
        <translation>仅显示在此时间范围内创建的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created any time</source>
        <translation>任意创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 24 hours</source>
        <translation>最近 24 小时内创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 7 days</source>
        <translation>最近 7 天内创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 30 days</source>
        <translation>最近 30 天内创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in the last 90 days</source>
        <translation>最近 90 天内创建</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backfill tasks</source>
        <translation>历史事件投递任务</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Load &amp;More</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the next page of tasks</source>
        <translation>获取下一页任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load All</source>
        <translation>全部加载</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop loading; the tasks already loaded stay (Esc)</source>
        <translation>停止加载；已加载的任务会保留（Esc）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backfill tasks yet</source>
        <translation>暂无历史事件投递任务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backfill task re-delivers the last 90 days of a trail&apos;s events to Simple Log Service.</source>
        <translation>历史事件投递任务会将跟踪最近 90 天的事件重新投递到日志服务。</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tasks</source>
        <translation>无任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded %1 of %2</source>
        <translation>已加载 %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 · %2</source>
        <translation>显示 %1 · %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Loading all tasks…</source>
        <translation>正在加载全部任务…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Retrying %1/%2 in %3 — %4</source>
        <translation>%3后第 %1/%2 次重试 — %4</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading more tasks…</source>
        <translation>正在加载更多任务…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading backfill tasks…</source>
        <translation>正在加载历史事件投递任务…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading stopped: see the message above.</source>
        <translation>加载已停止：请查看上方的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No loaded task matches: load more to search further.</source>
        <translation>没有已加载的任务匹配：加载更多任务以继续搜索。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No task matches the search and filters.</source>
        <translation>没有任务符合搜索和筛选条件。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Searching the %n loaded task(s); more are on the server.</source>
        <translation>
            <numerusform>正在搜索已加载的 %n 个任务；服务器上还有更多任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More tasks on the server: scroll down or load them.</source>
        <translation>服务器上还有更多任务：向下滚动或手动加载。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Loading %1 of %2 tasks…</source>
        <translation>正在加载 %2 个任务中的 %1 个…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Retrying %1/%2 — %3</source>
        <translation>第 %1/%2 次重试 — %3</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <location filename="../app/buildinfo.cpp" line="+58"/>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service (GNOME Keyring) or KWallet</source>
        <translation>Secret Service（GNOME 密钥环）或 KWallet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（编译时版本 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets are stored in: %1</source>
        <translation>凭据保存位置：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
</context>
<context>
    <name>CliCredentials</name>
    <message>
        <location filename="../app/cli/clicredentials.cpp" line="+44"/>
        <source>%1, signing with %2</source>
        <translation>%1，使用 %2 签名</translation>
    </message>
</context>
<context>
    <name>ClientJobSource</name>
    <message>
        <location filename="../app/models/clientjobsource.cpp" line="+28"/>
        <location filename="../app/models/clienttrailsource.cpp" line="+26"/>
        <source>Not connected to an account.</source>
        <translation>未连接到任何账号。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/globaloptions.cpp" line="+23"/>
        <source>Use the credentials profile NAME (default: the environment, then the default profile).</source>
        <translation>使用名为 NAME 的凭证配置（默认：先使用环境变量，再使用默认配置）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region ID whose endpoint to use, e.g. cn-hangzhou (default: ALIBABA_CLOUD_REGION_ID, else cn-hangzhou).</source>
        <translation>使用其服务接入点的地域 ID，例如 cn-hangzhou（默认：ALIBABA_CLOUD_REGION_ID，否则为 cn-hangzhou）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full endpoint URL instead of the region&apos;s, e.g. https://actiontrail-vpc.cn-beijing.aliyuncs.com (http:// only to this computer). REGION=URL sets one region&apos;s endpoint (VPC, private, or for --all-regions); repeatable.</source>
        <translation>使用完整的服务接入点 URL 代替地域的服务接入点，例如 https://actiontrail-vpc.cn-beijing.aliyuncs.com（http:// 仅限本机）。REGION=URL 设置一个地域的服务接入点（VPC、私网，或用于 --all-regions）；可重复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use LANGUAGE for messages and the user interface (e.g. zh_CN, en) instead of the system&apos;s.</source>
        <translation>使用 LANGUAGE 作为消息和用户界面的语言（例如 zh_CN、en），而不是系统语言。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also trust the CA certificates in FILE (PEM), beside the system&apos;s and SSL_CERT_FILE/SSL_CERT_DIR; for networks behind TLS inspection.</source>
        <translation>同时信任 FILE（PEM）中的 CA 证书，与系统证书及 SSL_CERT_FILE/SSL_CERT_DIR 一起使用；适用于有 TLS 检查的网络。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where role profiles assume their roles (STS), e.g. sts.cn-hangzhou.aliyuncs.com (default: the profile&apos;s, then ALIBABA_CLOUD_STS_ENDPOINT, then sts.aliyuncs.com).</source>
        <translation>角色配置扮演角色所用的 STS 地址，例如 sts.cn-hangzhou.aliyuncs.com（默认：配置自带的，然后是 ALIBABA_CLOUD_STS_ENDPOINT，然后是 sts.aliyuncs.com）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the member accounts of a resource directory are listed (ResourceManager; default: ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT, then resourcemanager.aliyuncs.com).</source>
        <translation>列出资源目录成员账号的地址（ResourceManager；默认：ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT，然后是 resourcemanager.aliyuncs.com）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request signing: v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1).</source>
        <translation>请求签名：v3（ACS3-HMAC-SHA256，默认）或 v1（HMAC-SHA1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give up on an attempt after SECONDS without data (default 10); reads are retried.</source>
        <translation>若 SECONDS 秒内未收到数据则放弃本次尝试（默认 10）；读取请求会自动重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log each request (action, HTTP status, RequestId, timing; never secrets) and the credential source to stderr.</source>
        <translation>将每个请求（操作、HTTP 状态码、请求 ID、耗时；绝不包含密钥）及凭证来源记录到标准错误。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop app only: show demo data from the built-in ActionTrail emulator.</source>
        <translation>仅限桌面应用：显示内置操作审计模拟器提供的演示数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>--endpoint URL may be given once; use --endpoint REGION=URL for more regions</source>
        <translation>--endpoint URL 只能给出一次；更多地域请使用 --endpoint REGION=URL</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--profile needs a profile name</source>
        <translation>--profile 需要一个配置名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--region needs a region ID such as cn-hangzhou</source>
        <translation>--region 需要一个地域 ID，例如 cn-hangzhou</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--signature-version must be v3 or v1, not &quot;%1&quot;</source>
        <translation>--signature-version 必须是 v3 或 v1，而不是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--timeout must be a number of seconds between 0 and 3600, not &quot;%1&quot;</source>
        <translation>--timeout 必须是 0 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+110"/>
        <source>Try &apos;backfill-browser --help&apos;.</source>
        <translation>请尝试“backfill-browser --help”。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>these options need a command: jobs, trails, accounts, profile or help</source>
        <translation>这些选项需要一个命令：jobs、trails、accounts、profile 或 help</translation>
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
        <translation>浏览和管理阿里云操作审计的历史事件投递任务。
不带参数运行时启动桌面应用。

命令：
  jobs list                    列出历史事件投递任务（一页，使用 --all 列出所有页，
                               使用 --all-regions 列出所有地域的任务）
  jobs get JOB_ID              一个任务及其各地域状态
  jobs create TRAIL_NAME       为跟踪创建历史事件投递任务
  jobs delete JOB_ID --yes     删除任务
  jobs watch JOB_ID            轮询直到已完成（退出码 0）或失败（退出码 1）
  trails list                  跟踪及其就绪状态、最近的任务和覆盖范围
  trails get TRAIL_NAME        一个跟踪的详细信息
  profile ...                  管理凭证配置
  help [COMMAND [SUBCOMMAND]]  命令自己的帮助（也可用 COMMAND --help）
全局选项可以放在命令之前或之后。不带命令时，只允许使用
--profile、--region、--endpoint、--language 和 --demo：它们会启动桌面应用。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>jobs, trails, profile or help</source>
        <translation>jobs、trails、profile 或 help</translation>
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
        <translation>
环境变量：
  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  ALIBABA_CLOUD_SECURITY_TOKEN   访问凭证（STS Token 可选）
  ALIBABA_CLOUD_REGION_ID        默认地域
  HTTPS_PROXY（用于 https）、HTTP_PROXY（用于 http）、NO_PROXY（或小写形式）
                                 代理设置
  SSL_CERT_FILE, SSL_CERT_DIR    额外信任的 CA 证书（PEM），与系统证书一起使用

退出状态：0 成功；1 服务或网络出错（错误码、消息和请求 ID 输出到标准错误）；
2 用法或配置错误。
</translation>
    </message>
    <message>
        <location filename="../app/cli/suggestion.cpp" line="+47"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>未知命令“%1”（您是想输入“%2”吗？）</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/credentials/connectiontest.cpp" line="+25"/>
        <source>Nothing to test with: no network or profiles.</source>
        <translation>无法测试：没有网络或配置。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a region ID.</source>
        <translation>“%1”不是地域 ID。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n backfill task(s) in this account (%1).</source>
        <translation>
            <numerusform>该账号下有 %n 个历史事件投递任务（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STS did not say who this is: %1</source>
        <translation>STS 未说明这是谁：%1</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <location filename="../ui/copyfeedback.cpp" line="+19"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>CoverageTimeline</name>
    <message>
        <location filename="../ui/coveragetimeline.cpp" line="+48"/>
        <source>Coverage timeline</source>
        <translation>覆盖时间线</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+25"/>
        <source>No trails to show.</source>
        <translation>没有可显示的跟踪。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1% of regions done)</source>
        <translation>（%1% 的地域已完成）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events from %1 to %2 (%3 days)</source>
        <translation>事件从 %1 到 %2（%3 天）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not delivered by anyone: %1 to %2 (%3 days)</source>
        <translation>无人投递：%1 到 %2（%3 天）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivered by the trail itself since %1</source>
        <translation>自 %1 起由跟踪本身投递</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trail started logging at %1</source>
        <translation>跟踪于 %1 开始记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>CreateJobDialog</name>
    <message>
        <location filename="../ui/createjobdialog.cpp" line="+31"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Backfill Task</source>
        <translation>新建历史事件投递任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Trail name</source>
        <translation>跟踪名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trail seen in your tasks, or type the name of another trail</source>
        <translation>从已有任务中出现过的跟踪中选择，或输入其他跟踪的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ActionTrail re-delivers the events of the &lt;b&gt;last 90 days&lt;/b&gt; of this trail to its Simple Log Service project. The trail must deliver to Simple Log Service, and &lt;b&gt;only one backfill task can run at a time&lt;/b&gt; per account.</source>
        <translation>操作审计会将该跟踪&lt;b&gt;最近 90 天&lt;/b&gt;的事件重新投递到其日志服务 Project。该跟踪必须投递到日志服务，且每个账号&lt;b&gt;同一时间只能运行一个历史事件投递任务&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A trail of this account that can be backfilled here</source>
        <translation>本账号中可在此处补投递的跟踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not selectable here:</source>
        <translation>此处不可选择：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&lt;b&gt;Task %1 is still running.&lt;/b&gt; Wait until it completes or fails, or delete it, before starting another.</source>
        <translation>&lt;b&gt;任务 %1 仍在运行。&lt;/b&gt;请等待它完成或失败，或将其删除，然后再创建新任务。</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trail:</source>
        <translation>跟踪(&amp;T)：</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>A task created now would deliver %1.</source>
        <translation>现在创建的任务将投递%1。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Creating… retrying %1/%2 — %3</source>
        <translation>正在创建… 第 %1/%2 次重试 — %3</translation>
    </message>
</context>
<context>
    <name>CredentialHttpCall</name>
    <message>
        <location filename="../app/credentials/credentialhttpcall.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a valid URL with a host name.</source>
        <translation>“%1”不是带主机名的有效 URL。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is refused: credentials are fetched over https, or over plain http from this computer (loopback) only.</source>
        <translation>已拒绝 %1：凭证只能通过 https 获取，或仅从本机（环回地址）通过普通 http 获取。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No network is available to fetch credentials.</source>
        <translation>没有可用于获取凭证的网络。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 announced an answer of %2 bytes, more than credentials ever take; it was not read.</source>
        <translation>%1 声明的应答有 %2 字节，远超凭证所需；未读取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 未在 %2 秒内应答。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered with more than %2 KiB, more than credentials ever take.</source>
        <translation>%1 的应答超过 %2 KiB，远超凭证所需。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 应答了 HTTP %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be reached: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer with a JSON object.</source>
        <translation>%1 的应答不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <location filename="../app/credentials/credentialresolver.cpp" line="+24"/>
        <source>selected explicitly</source>
        <translation>明确选择</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from ALIBABA_CLOUD_PROFILE</source>
        <translation>来自 ALIBABA_CLOUD_PROFILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the aliyun CLI&apos;s current profile</source>
        <translation>aliyun CLI 的当前配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliyun CLI profile &quot;%1&quot; in %2 (%3)</source>
        <translation>%2 中的 aliyun CLI 配置“%1”（%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>profile &quot;%1&quot; (selected explicitly)</source>
        <translation>配置“%1”（显式指定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>environment variables (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN)</source>
        <translation>环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET、ALIBABA_CLOUD_SECURITY_TOKEN）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>environment variables (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET)</source>
        <translation>环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile &quot;%1&quot; (from ALIBABA_CLOUD_PROFILE)</source>
        <translation>配置“%1”（来自 ALIBABA_CLOUD_PROFILE）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profile &quot;%1&quot; (the default profile)</source>
        <translation>配置“%1”（默认配置）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There is no profile named &quot;%1&quot;%2, neither ours nor the aliyun CLI&apos;s. See the list with backfill-browser profile list.</source>
        <translation>没有名为“%1”的配置%2，本应用和 aliyun CLI 中都没有。可用 backfill-browser profile list 查看列表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (named by %1)</source>
        <translation>（由 %1 指定）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No credentials: add a profile (backfill-browser profile add NAME --access-key-id ID --secret-stdin), import one (backfill-browser profile import-aliyun), set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure the aliyun CLI (aliyun configure).</source>
        <translation>没有凭证：请添加配置（backfill-browser profile add NAME --access-key-id ID --secret-stdin）、导入配置（backfill-browser profile import-aliyun）、设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或配置 aliyun CLI（aliyun configure）。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile &quot;%1&quot; assumes its role with the credentials of &quot;%2&quot;, which does not exist.</source>
        <translation>配置“%1”使用“%2”的凭证扮演角色，但后者不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profiles&apos; sources form a cycle: %1. Point one of them at an AccessKey profile.</source>
        <translation>配置的来源形成了循环：%1。请让其中一个指向 AccessKey 配置。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile &quot;%1&quot; assumes a role, which needs the network.</source>
        <translation>配置“%1”需要扮演角色，这需要网络。</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>%1 is not set, but its partner is: set both ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or unset both to use a profile.</source>
        <translation>未设置 %1，但设置了与之配对的变量：请同时设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或同时取消设置以使用配置。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No profile was chosen and none is the default. Choose one (--profile NAME), or make one the default (backfill-browser profile set-default NAME).</source>
        <translation>未选择配置，也没有默认配置。请选择一个（--profile NAME），或将其设为默认（backfill-browser profile set-default NAME）。</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The profiles or the keychain are not available.</source>
        <translation>配置或钥匙串不可用。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+38"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;tails</source>
        <translation>详情(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try the failed request again</source>
        <translation>重新发送失败的请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show everything the service answered</source>
        <translation>显示服务返回的全部内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error code, RequestId and details (for support)</source>
        <translation>复制错误码、请求 ID 和详情（用于技术支持）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy error details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Retrying %1/%2 in %3 — %4</source>
        <translation>%3后第 %1/%2 次重试 — %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrying %1/%2 — %3</source>
        <translation>第 %1/%2 次重试 — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backfill Browser tries again by itself; press Esc to stop waiting.</source>
        <translation>Backfill Browser 会自动重试；按 Esc 停止等待。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+12"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer in time</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable answer</source>
        <translation>无法解析的响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ExternalProcess</name>
    <message>
        <location filename="../app/credentials/externalprocess.cpp" line="+33"/>
        <source>The process_command is empty.</source>
        <translation>process_command 为空。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential program %1 printed more than %2 KiB; it was stopped.</source>
        <translation>凭证程序 %1 输出超过 %2 KiB；已将其终止。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential program %1 could not be started: %2</source>
        <translation>无法启动凭证程序 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential program %1 did not finish within %2 s; it was stopped.</source>
        <translation>凭证程序 %1 未在 %2 秒内结束；已将其终止。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The credential program %1 crashed.</source>
        <translation>凭证程序 %1 崩溃了。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential program %1 failed (exit code %2).</source>
        <translation>凭证程序 %1 失败（退出码 %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential program %1 printed more than %2 KiB.</source>
        <translation>凭证程序 %1 输出超过 %2 KiB。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential program %1 did not print the expected JSON (%2).</source>
        <translation>凭证程序 %1 没有输出预期的 JSON（%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its output is not a JSON object</source>
        <translation>其输出不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>access_key_id or access_key_secret is missing</source>
        <translation>缺少 access_key_id 或 access_key_secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mode StsToken without an sts_token</source>
        <translation>StsToken 模式缺少 sts_token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expiration is not a date and time such as 2026-12-07T10:00:00Z</source>
        <translation>expiration 不是形如 2026-12-07T10:00:00Z 的日期时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 It said: %2</source>
        <translation>%1 它的输出：%2</translation>
    </message>
</context>
<context>
    <name>FirstRunWidget</name>
    <message>
        <location filename="../ui/accounts/firstrunwidget.cpp" line="+10"/>
        <source>&amp;Add an account</source>
        <translation>添加账号(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an AccessKey ID and secret. The secret goes to your system keychain.</source>
        <translation>输入 AccessKey ID 和 AccessKey Secret。Secret 将保存到系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from Alibaba Cloud CLI</source>
        <translation>从阿里云 CLI 导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the AccessKey and STS profiles of ~/.aliyun/config.json; you choose which.</source>
        <translation>使用 ~/.aliyun/config.json 中的 AccessKey 和 STS 配置，由您选择导入哪些。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try with &amp;demo data</source>
        <translation>使用演示数据试用(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse sample backfill tasks served locally; no account needed.</source>
        <translation>浏览由本地提供的示例历史事件投递任务，无需账号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Welcome to Backfill Browser&lt;/h2&gt;&lt;p&gt;Browse your ActionTrail data backfill tasks. How do you want to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Backfill Browser&lt;/h2&gt;&lt;p&gt;浏览您的操作审计历史事件投递任务。您想如何开始？&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an Alibaba Cloud account with its AccessKey</source>
        <translation>使用 AccessKey 添加阿里云账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Alibaba Cloud CLI</source>
        <translation>从阿里云 CLI 导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Import profiles from the Alibaba Cloud CLI&apos;s configuration</source>
        <translation>从阿里云 CLI 的配置中导入配置文件</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Try with demo data</source>
        <translation>使用演示数据试用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a local demo service and sample data</source>
        <translation>使用本地演示服务和示例数据开始</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../ui/guimain.cpp" line="+36"/>
        <source>no display for the desktop app (neither DISPLAY nor WAYLAND_DISPLAY is set); for the command line see &apos;backfill-browser --help&apos;.</source>
        <translation>没有可供桌面应用使用的显示器（未设置 DISPLAY 或 WAYLAND_DISPLAY）；命令行用法请参阅“backfill-browser --help”。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Try &apos;backfill-browser --help&apos;.</source>
        <translation>请尝试“backfill-browser --help”。</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../app/i18n.cpp" line="+76"/>
        <source>No translation for language &quot;%1&quot;. Available: %2.</source>
        <translation>没有语言“%1”的翻译。可用语言：%2。</translation>
    </message>
</context>
<context>
    <name>ImportAliyunDialog</name>
    <message>
        <location filename="../ui/accounts/importaliyundialog.cpp" line="+21"/>
        <source>Import from Alibaba Cloud CLI</source>
        <translation>从阿里云 CLI 导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the profiles to import:</source>
        <translation>选择要导入的配置：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles to import</source>
        <translation>要导入的配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the profiles to import (Space toggles)</source>
        <translation>勾选要导入的配置（按空格键切换）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2，%3，%4</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no region</source>
        <translation>无地域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — role %2 with the credentials of &quot;%3&quot;, %4</source>
        <translation>%1 — 以“%3”的凭证扮演角色 %2，%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (already added)</source>
        <translation>（已添加）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile named &quot;%1&quot; already exists; remove it first to import it again.</source>
        <translation>名为“%1”的配置已存在；如需重新导入，请先将其删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not importable:</source>
        <translation>无法导入：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles that cannot be imported</source>
        <translation>无法导入的配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets of the checked profiles will be stored in your system keychain. The Alibaba Cloud CLI&apos;s files are only read, never changed.</source>
        <translation>所勾选配置的 Secret 将保存到系统钥匙串中。阿里云 CLI 的文件只会被读取，不会被修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make &quot;%1&quot;, the aliyun CLI&apos;s current profile, the default account</source>
        <translation>将 aliyun CLI 的当前配置“%1”设为默认账号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>JobDetailLoader</name>
    <message>
        <location filename="../app/models/jobdetailloader.cpp" line="+133"/>
        <source>retrying %1/%2: %3</source>
        <translation>正在重试 %1/%2：%3</translation>
    </message>
</context>
<context>
    <name>JobDetailPane</name>
    <message>
        <location filename="../ui/jobdetailpane.cpp" line="+47"/>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a backfill task to see its regions and times.</source>
        <translation>选择一个历史事件投递任务以查看其地域和时间。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ended:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>持续时间：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events from:</source>
        <translation>事件起始：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window of the trail&apos;s events this task delivers (the service&apos;s StartTime and EndTime)</source>
        <translation>此任务投递的跟踪事件的时间范围（服务返回的 StartTime 和 EndTime）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events to:</source>
        <translation>事件截止：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in &amp;UTC</source>
        <translation>以 &amp;UTC 显示时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show times in UTC instead of local time (Ctrl+U)</source>
        <translation>以 UTC 而非本地时间显示时间（Ctrl+U）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+129"/>
        <source>Loading regions…</source>
        <translation>正在加载地域…</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RequestId of the last fetch</source>
        <translation>最近一次获取的请求 ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the RequestId of the last fetch (for support)</source>
        <translation>复制最近一次获取的请求 ID（用于技术支持）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy RequestId</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;JSON</source>
        <translation>复制为 &amp;JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this task, with its regions, as the API&apos;s JSON</source>
        <translation>以 API 的 JSON 格式复制此任务及其各地域状态</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 (%2)</source>
        <translation>账号 %1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RequestId: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Loading regions… %1</source>
        <translation>正在加载地域… %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated %1 ago; updating…</source>
        <translation>%1前更新；正在更新…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1 ago</source>
        <translation>%1前更新</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The service reports no end time; this is the last update.</source>
        <translation>服务未返回结束时间；此为最后更新时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took:</source>
        <translation>耗时：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trail %1 · home region %2</source>
        <translation>跟踪 %1 · 所在地域 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trail %1 · home region %2, %3</source>
        <translation>跟踪 %1 · 所在地域 %2，%3</translation>
    </message>
</context>
<context>
    <name>JobExport</name>
    <message>
        <location filename="../app/models/jobexport.cpp" line="+60"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>JobFormat</name>
    <message>
        <location filename="../app/models/jobformat.cpp" line="+16"/>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivering</source>
        <translation>投递中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Exact: %1; local time is %2</source>
        <translation>精确时间：%1；本地时间为 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>JobLister</name>
    <message>
        <location filename="../app/api/joblister.cpp" line="+160"/>
        <source>the service claims TotalCount %1 with PageSize %2 (%3 pages); a listing is limited to %4 tasks in %5 pages of %6 (raise it with --max-jobs)</source>
        <translation>服务声称 TotalCount 为 %1、PageSize 为 %2（共 %3 页）；一次列举最多 %4 个任务，即 %5 页、每页 %6 个（可用 --max-jobs 提高上限）</translation>
    </message>
</context>
<context>
    <name>JobSerializer</name>
    <message>
        <location filename="../app/domain/jobserializer.cpp" line="+215"/>
        <source>unknown column &quot;%1&quot;; the columns are %2</source>
        <translation>未知列“%1”；可用的列为 %2</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../app/models/jobtablemodel.cpp" line="+236"/>
        <source>First event delivered (the service&apos;s StartTime): %1</source>
        <translation>投递的第一个事件（服务返回的 StartTime）：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last event delivered (the service&apos;s EndTime): %1</source>
        <translation>投递的最后一个事件（服务返回的 EndTime）：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status %1: %2</source>
        <translation>状态 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running for this long so far</source>
        <translation>目前已运行的时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From creation to the last update</source>
        <translation>从创建到最后更新</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trail</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home region</source>
        <translation>所在地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events from</source>
        <translation>事件起始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events to</source>
        <translation>事件截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The time window of the trail&apos;s events this task delivers, not when the task ran</source>
        <translation>此任务投递的跟踪事件的时间范围，而非任务的运行时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running tasks: time so far. Finished tasks: creation to last update.</source>
        <translation>运行中的任务：目前已用时间。已结束的任务：从创建到最后更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All regions: the region whose endpoint listed the task</source>
        <translation>所有地域：列出该任务的服务接入点所在的地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All accounts: the member account that holds the task</source>
        <translation>所有账号：任务所属的成员账号</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (%2)</source>
        <comment>account display name (account id)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <location filename="../app/cli/jobstext.cpp" line="+94"/>
        <source>no regions reported yet</source>
        <translation>尚未报告任何地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3 regions complete)</source>
        <translation>%1（%3 个地域中已完成 %2 个）</translation>
    </message>
    <message>
        <location filename="../app/cli/jobsoptions.cpp" line="+287"/>
        <source>&apos;jobs&apos; needs a subcommand: list, get, create, delete or watch</source>
        <translation>“jobs”需要一个子命令：list、get、create、delete 或 watch</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-72"/>
        <location filename="../app/cli/jobsoptions.cpp" line="+8"/>
        <source>unknown subcommand &apos;jobs %1&apos;; use list, get, create, delete or watch</source>
        <translation>未知子命令“jobs %1”；请使用 list、get、create、delete 或 watch</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/jobsoptions.cpp" line="+4"/>
        <source>unknown subcommand &apos;jobs %1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>未知子命令“jobs %1”（您是想输入“%2”吗？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: backfill-browser accounts list [--format table|json|csv]
The member accounts of the resource directory the signed-in account manages (it must be the management account or a delegated administrator). --resourcemanager-endpoint or ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT sets where they are asked.
</source>
        <translation>用法：backfill-browser accounts list [--format table|json|csv]
列出已登录账号所管理的资源目录的成员账号（它必须是管理账号或委派管理员）。--resourcemanager-endpoint 或 ALIBABA_CLOUD_RESOURCEMANAGER_ENDPOINT 指定查询地址。
</translation>
    </message>
    <message>
        <location filename="../app/cli/jobsoptions.cpp" line="-272"/>
        <source>List backfill tasks: one page, every page with --all, or every region&apos;s with --all-regions.</source>
        <translation>列出历史事件投递任务：一页，使用 --all 列出所有页，或使用 --all-regions 列出所有地域的任务。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show one backfill task with its per-region status.</source>
        <translation>显示一个历史事件投递任务及其各地域状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a backfill task for a trail.</source>
        <translation>为跟踪创建历史事件投递任务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a backfill task.</source>
        <translation>删除历史事件投递任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poll a backfill task until it is complete (exit 0) or failed (exit 1).</source>
        <translation>轮询历史事件投递任务，直到已完成（退出码 0）或失败（退出码 1）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>jobs list --all: pages fetched at once, 1 to 16 (default 4); with --all-accounts the requests in flight in all (default 8).</source>
        <translation>jobs list --all：同时获取的页数，1 到 16（默认 4）；与 --all-accounts 一起使用时为总的并发请求数（默认 8）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs list: every task of every member account of the resource directory the signed-in (management) account manages, each through its member role; json adds AccountId to every task and an Accounts array.</source>
        <translation>jobs list：已登录（管理）账号所管理的资源目录中每个成员账号的所有任务，每个账号通过其成员角色访问；json 为每个任务添加 AccountId，并添加 Accounts 数组。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs list --all-accounts: the role assumed in each member (default ResourceDirectoryAccountAccessRole).</source>
        <translation>jobs list --all-accounts：在每个成员中扮演的角色（默认 ResourceDirectoryAccountAccessRole）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs list --all-accounts: the ExternalId the member role requires.</source>
        <translation>jobs list --all-accounts：成员角色要求的 ExternalId。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>jobs list (table, csv): these columns in this order, e.g. JobId,Status; the names of the CSV header.</source>
        <translation>jobs list（table、csv）：按此顺序输出这些列，例如 JobId,Status；列名即 CSV 表头中的名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs create, jobs delete: print the signed request (signature and STS token elided) and send nothing.</source>
        <translation>jobs create、jobs delete：输出签名后的请求（省略签名和 STS Token），不发送任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs list: only the task IDs, one a line.</source>
        <translation>jobs list：只输出任务 ID，每行一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs list: every task in every region the account&apos;s trails live in (DescribeTrails; else DescribeRegions), each once, with a Region column; --parallel caps the requests under way. A region that fails is reported on stderr (exit 1) without dropping the others&apos; tasks.</source>
        <translation>jobs list：账号的跟踪所在的每个地域中的每个任务（DescribeTrails；否则 DescribeRegions），每个只列一次，并带 Region 列；--parallel 限制同时进行的请求数。失败的地域在 stderr 上报告（退出码 1），其他地域的任务仍然保留。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>jobs list: only tasks in these states: initializing, running (delivering), complete, failed; comma-separated. Filters what was listed.</source>
        <translation>jobs list：只显示这些状态的任务：initializing、running（投递中）、complete、failed；用逗号分隔。过滤已列出的任务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>jobs list: only the tasks of trail NAME. Filters what was listed.</source>
        <translation>jobs list：只显示跟踪 NAME 的任务。过滤已列出的任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jobs create: the idempotency token; the same token never creates a second task (default: a new one per call).</source>
        <translation>jobs create：幂等令牌；同一令牌不会创建第二个任务（默认：每次调用使用新令牌）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list, get, create, delete or watch</source>
        <translation>list、get、create、delete 或 watch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
The global options (--profile, --region, --endpoint, --timeout, --verbose, ...) apply too; see &apos;backfill-browser --help&apos;.
</source>
        <translation>
全局选项（--profile、--region、--endpoint、--timeout、--verbose 等）同样适用；请参阅“backfill-browser --help”。
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&apos;accounts&apos; has one subcommand: list (takes no arguments)</source>
        <translation>“accounts”只有一个子命令：list（不带参数）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not apply to &apos;accounts list&apos;</source>
        <translation>--%1 不适用于“accounts list”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--format must be table|json|csv, not &quot;%1&quot;</source>
        <translation>--format 必须是 table|json|csv，而不是“%1”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--%1 does not apply to &apos;jobs %2&apos;</source>
        <translation>--%1 不适用于“jobs %2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;jobs list&apos; takes no arguments (got &quot;%1&quot;)</source>
        <translation>“jobs list”不接受参数（收到了“%1”）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;jobs %1&apos; needs %2</source>
        <translation>“jobs %1”需要 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;jobs %1&apos; takes one %2, got %3</source>
        <translation>“jobs %1”只接受一个 %2，但收到了 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TRAIL_NAME must not be empty</source>
        <translation>TRAIL_NAME 不能为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JOB_ID must be a positive whole number, not &quot;%1&quot;</source>
        <translation>JOB_ID 必须是正整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--format must be one of %1 for &apos;jobs %2&apos;, not &quot;%3&quot;</source>
        <translation>对于“jobs %2”，--format 必须是 %1 之一，而不是“%3”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--role-name and --external-id go with --all-accounts</source>
        <translation>--role-name 和 --external-id 需与 --all-accounts 一起使用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--all-regions lists every page of every region: it excludes --all and --page</source>
        <translation>--all-regions 列出每个地域的所有页：不能与 --all 和 --page 同时使用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--status takes initializing, running, complete or failed, not &quot;%1&quot;</source>
        <translation>--status 的取值为 initializing、running、complete 或 failed，而不是“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--trail needs a trail name</source>
        <translation>--trail 需要一个跟踪名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all and --page exclude each other</source>
        <translation>--all 和 --page 不能同时使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--page must be a whole number from 1, not &quot;%1&quot;</source>
        <translation>--page 必须是从 1 开始的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--page-size must be a whole number from 1 to 100, not &quot;%1&quot;</source>
        <translation>--page-size 必须是 1 到 100 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--parallel goes with --all or --all-regions and takes a whole number from 1 to 16, not &quot;%1&quot;</source>
        <translation>--parallel 需与 --all 或 --all-regions 一起使用，取值为 1 到 16 的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--max-jobs goes with --all or --all-regions and takes a whole number from 1 to 100000000 (per region with --all-regions), not &quot;%1&quot;</source>
        <translation>--max-jobs 需与 --all 或 --all-regions 一起使用，取值为 1 到 100000000 的整数（使用 --all-regions 时按每个地域计），而不是“%1”</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>--deadline must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>--deadline 必须是 1 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>refusing to delete backfill task %1 without --yes</source>
        <translation>未指定 --yes，拒绝删除历史事件投递任务 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--columns goes with --format table or csv</source>
        <translation>--columns 只能与 --format table 或 csv 一起使用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--quiet prints only IDs: it excludes --format and --columns</source>
        <translation>--quiet 只输出 ID：不能与 --format 和 --columns 一起使用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--client-token must be 1 to 64 printable ASCII characters without spaces</source>
        <translation>--client-token 必须是 1 到 64 个不含空格的可打印 ASCII 字符</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--interval must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>--interval 必须是 1 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/endpointchoice.cpp" line="+44"/>
        <source>--endpoint %1=...: %2</source>
        <translation>--endpoint %1=...：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a region ID (such as cn-hangzhou)</source>
        <translation>“%1”不是地域 ID（例如 cn-hangzhou）</translation>
    </message>
    <message>
        <location filename="../app/cli/jobsrun.cpp" line="+152"/>
        <source>waiting %1 s before trying again: %2</source>
        <translation>等待 %1 秒后重试：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retrying %1/%2 in %3 ms: %4</source>
        <translation>%3 毫秒后进行第 %1/%2 次重试：%4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 listed tasks match.</source>
        <translation>已列出的 %2 个任务中有 %1 个匹配。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backfill tasks on page %1 (%2 in all).
</source>
        <translation>第 %1 页没有历史事件投递任务（共 %2 个）。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backfill tasks.
</source>
        <translation>没有历史事件投递任务。
</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backfill task(s).</source>
        <translation>
            <numerusform>%n 个历史事件投递任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1 of %2, %3 backfill tasks in all.</source>
        <translation>第 %1 页，共 %2 页，共 %3 个历史事件投递任务。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>page %1: retrying %2/%3 in %4 ms: %5</source>
        <translation>第 %1 页：%4 毫秒后进行第 %2/%3 次重试：%5</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>regions (%1): %2</source>
        <translation>地域（%1）：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>region %1: %2</source>
        <translation>地域 %1：%2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 backfill task(s) in %2 region(s); %3 failed.</source>
        <translation>%2 个地域中共 %1 个历史事件投递任务；%3 个地域失败。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;a new token per call&gt;</source>
        <translation>&lt;每次调用使用新令牌&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created backfill task %1 for trail %2.</source>
        <translation>已为跟踪 %2 创建历史事件投递任务 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow it with: backfill-browser jobs watch %1</source>
        <translation>可使用以下命令跟进：backfill-browser jobs watch %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>backfill-browser: backfill task %1 is still %2 after %3 s (--timeout).</source>
        <translation>backfill-browser：%3 秒后历史事件投递任务 %1 仍为%2（--timeout）。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Deleted backfill task %1.</source>
        <translation>已删除历史事件投递任务 %1。</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>No credentials to sign with.</source>
        <translation>没有可用于签名的凭证。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credentials have expired.</source>
        <translation>凭证已过期。</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>backfill-browser: backfill task %1 failed.</source>
        <translation>backfill-browser：历史事件投递任务 %1 失败。</translation>
    </message>
    <message>
        <location filename="../app/cli/jobsoptions.cpp" line="-448"/>
        <source>jobs list: the page to show (from 1; default 1).</source>
        <translation>jobs list：要显示的页码（从 1 开始；默认 1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jobs list: tasks per page, 1 to 100 (default 20; 100 with --all).</source>
        <translation>jobs list：每页任务数，1 到 100（默认 20；使用 --all 时为 100）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jobs list: every task of the account, all pages.</source>
        <translation>jobs list：账号下的全部任务，所有页。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output: table (default; local times), json (the service&apos;s own response shape; for --all one object with every job) or csv (jobs list only; RFC 4180, UTC times).</source>
        <translation>输出格式：table（默认；本地时间）、json（与服务的响应结构相同；使用 --all 时为包含所有任务的单个对象）或 csv（仅限 jobs list；RFC 4180，UTC 时间）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>jobs list --all: the most tasks one listing may hold (default 100000); a service claiming more is refused.</source>
        <translation>jobs list --all：一次列举最多可包含的任务数（默认 100000）；服务声称更多时将被拒绝。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The longest one request may take in all, retries included, in seconds (default 60; --timeout is the longest silence).</source>
        <translation>单个请求（包括重试）最长可用的总时间，单位为秒（默认 60；--timeout 是最长的无响应时间）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jobs delete: confirm the deletion (required).</source>
        <translation>jobs delete：确认删除（必需）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jobs watch: seconds between polls (default 5).</source>
        <translation>jobs watch：两次轮询之间的秒数（默认 5）。</translation>
    </message>
    <message>
        <location filename="../app/cli/jobstext.cpp" line="+10"/>
        <source>initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivering</source>
        <translation>投递中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>JOB ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAIL</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOME REGION</source>
        <translation>所在地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>EVENTS FROM</source>
        <translation>事件起始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVENTS TO</source>
        <translation>事件截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trail</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home region</source>
        <translation>所在地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events from</source>
        <translation>事件起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events to</source>
        <translation>事件截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No per-region status reported.
</source>
        <translation>未报告各地域状态。
</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../app/cli/apicommand.cpp" line="+24"/>
        <source>Try &apos;backfill-browser --help&apos;.</source>
        <translation>请尝试“backfill-browser --help”。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>proxy: none (direct)</source>
        <translation>代理：无（直接连接）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/endpointchoice.cpp" line="+53"/>
        <source>the profile&apos;s region &quot;%1&quot; is not a region ID</source>
        <translation>配置中的地域“%1”不是地域 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/apicommand.cpp" line="-12"/>
        <source>endpoint: %1, signature %2, timeout %3 s</source>
        <translation>服务接入点：%1，签名 %2，超时 %3 秒</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>credentials: %1</source>
        <translation>凭证：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/dryrun.cpp" line="+31"/>
        <source>Dry run: nothing is sent. The request would be:</source>
        <translation>试运行：不发送任何内容。将发送的请求为：</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies the next time Backfill Browser starts</source>
        <translation>下次启动 Backfill Browser 时生效</translation>
    </message>
</context>
<context>
    <name>ListJobsCall</name>
    <message>
        <location filename="../app/api/actiontrailclient.cpp" line="+194"/>
        <source>the page holds %1 jobs though %2 were asked for</source>
        <translation>该页包含 %1 个任务，但请求的是 %2 个</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+92"/>
        <location line="+528"/>
        <location line="+179"/>
        <source>Backfill Browser</source>
        <translation>Backfill Browser</translation>
    </message>
    <message>
        <location line="-684"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Demo data </source>
        <translation> 演示数据 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These tasks come from the built-in ActionTrail emulator, not from an Alibaba Cloud account.</source>
        <translation>这些任务来自内置的操作审计模拟器，而非阿里云账号。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopped loading: %1 of %2 tasks kept.</source>
        <translation>已停止加载：保留了 %2 个任务中的 %1 个。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;New Task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a backfill task for a trail</source>
        <translation>为跟踪创建历史事件投递任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the selected backfill task</source>
        <translation>删除所选的历史事件投递任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetch the tasks again, keeping the selection</source>
        <translation>重新获取任务，并保留当前选择</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load &amp;All</source>
        <translation>全部加载(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch every remaining page of tasks</source>
        <translation>获取剩余所有页的任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search tasks by trail name or job ID</source>
        <translation>按跟踪名称或任务 ID 搜索任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Job ID</source>
        <translation>复制任务 ID(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected task&apos;s job ID</source>
        <translation>复制所选任务的任务 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Row</source>
        <translation>复制行(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected task&apos;s row as tab-separated text</source>
        <translation>将所选任务的行复制为制表符分隔的文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the tasks shown (after search and filters) as CSV or JSON</source>
        <translation>将当前显示的任务（经搜索和筛选后）保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Times in &amp;UTC</source>
        <translation>以 &amp;UTC 显示时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in UTC instead of local time</source>
        <translation>以 UTC 而非本地时间显示时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Auto-Refresh List</source>
        <translation>自动刷新列表(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh the whole list periodically</source>
        <translation>定期刷新整个列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause Live Progress</source>
        <translation>暂停实时进度(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop re-fetching running tasks</source>
        <translation>停止重新获取运行中的任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccounts…</source>
        <translation>账号(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, import or remove Alibaba Cloud accounts</source>
        <translation>添加、导入或删除阿里云账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the backfill tasks</source>
        <translation>显示补投递任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;rails and Coverage</source>
        <translation>跟踪与覆盖(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the trails, whether each can be backfilled, and which days are covered</source>
        <translation>显示跟踪、各跟踪能否补投递，以及哪些日期已覆盖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;Watching Running Tasks in the Tray</source>
        <translation>在托盘中继续关注运行中的任务(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closing the window while a task runs keeps watching it from the system tray and says when it ends</source>
        <translation>任务运行时关闭窗口，将在系统托盘中继续关注该任务，并在任务结束时通知您</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sort By</source>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Reverse Order</source>
        <translation>反向排序(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live Progress &amp;Interval</source>
        <translation>实时进度间隔(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+18"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Auto-Refresh I&amp;nterval</source>
        <translation>自动刷新间隔(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Backfill Browser</source>
        <translation>关于 Backfill Browser(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ActionTrail region to talk to; type any region ID</source>
        <translation>要访问的操作审计地域；可输入任意地域 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All accounts</source>
        <translation>所有账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tasks of every member account of the resource directory this account manages</source>
        <translation>此账号管理的资源目录中每个成员账号的任务</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Welcome to Backfill Browser</source>
        <translation>欢迎使用 Backfill Browser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See and manage your ActionTrail data backfill tasks. Connect an Alibaba Cloud account to begin: the AccessKey secret is kept in your system keychain.</source>
        <translation>查看和管理您的操作审计历史事件投递任务。请先连接一个阿里云账号：AccessKey Secret 将保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add Account…</source>
        <translation>添加账号(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from Alibaba Cloud CLI…</source>
        <translation>从阿里云 CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try with &amp;Demo Data</source>
        <translation>使用演示数据试用(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse made-up tasks served by the built-in emulator</source>
        <translation>浏览内置模拟器提供的虚构任务</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backfill Browser — Demo data</source>
        <translation>Backfill Browser — 演示数据</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not listed: %1. The other regions&apos; tasks are shown. %2</source>
        <translation>未能列出：%1。已显示其他地域的任务。%2</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Still watching backfill task %1</source>
        <translation>仍在关注历史事件投递任务 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backfill Browser tells you here when it ends. Quit from the tray icon&apos;s menu.</source>
        <translation>任务结束时 Backfill Browser 会在此通知您。可从托盘图标的菜单中退出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Show Backfill Browser</source>
        <translation>显示 Backfill Browser(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Refresh the whole list every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒刷新整个列表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Backfill task %1 is no longer in the list.</source>
        <translation>历史事件投递任务 %1 已不在列表中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backfill task %1 is hidden by the search or the filters.</source>
        <translation>历史事件投递任务 %1 被搜索或筛选条件隐藏了。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backfill task %1 complete</source>
        <translation>历史事件投递任务 %1 已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backfill task %1 failed</source>
        <translation>历史事件投递任务 %1 失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trail %1: the events were delivered.</source>
        <translation>跟踪 %1：事件已投递。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trail %1: open the task to see which regions failed.</source>
        <translation>跟踪 %1：打开任务以查看哪些地域失败。</translation>
    </message>
    <message>
        <location line="-691"/>
        <source>Created backfill task %1 for trail %2 (RequestId %3)</source>
        <translation>已为跟踪 %2 创建历史事件投递任务 %1（请求 ID %3）</translation>
    </message>
    <message>
        <location line="+773"/>
        <source>Delete Backfill Task</source>
        <translation>删除历史事件投递任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backfill task %1 of trail “%2”?</source>
        <translation>删除跟踪“%2”的历史事件投递任务 %1？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task is still %1. This cannot be undone.</source>
        <translation>该任务仍处于“%1”状态。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Task</source>
        <translation>删除任务(&amp;D)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleting backfill task %1…</source>
        <translation>正在删除历史事件投递任务 %1…</translation>
    </message>
    <message>
        <location line="-790"/>
        <source>Deleted backfill task %1 (RequestId %2)</source>
        <translation>已删除历史事件投递任务 %1（请求 ID %2）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Backfill task %1 no longer exists.</source>
        <translation>历史事件投递任务 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <location line="+452"/>
        <source>Trails and Coverage</source>
        <translation>跟踪与覆盖</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Task %1 is hidden by the search or a filter; its details are shown.</source>
        <translation>任务 %1 被搜索或筛选条件隐藏；已显示其详情。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Backfill Tasks</source>
        <translation>导出历史事件投递任务</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (only the tasks loaded so far: use Load All to export every task)</source>
        <translation>（仅包含已加载的任务：如需导出全部任务，请使用“全部加载”）</translation>
    </message>
</context>
<context>
    <name>NetworkSetup</name>
    <message>
        <location filename="../app/api/networksetup.cpp" line="+108"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 holds no PEM certificate</source>
        <translation>%1：%2 中没有 PEM 证书</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SSL_CERT_DIR: %1 is not a directory</source>
        <translation>SSL_CERT_DIR：%1 不是目录</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a proxy URL such as http://proxy.example.com:3128 (&quot;%2&quot;)</source>
        <translation>%1 不是代理 URL（例如 http://proxy.example.com:3128）（“%2”）</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/credentials/profile.cpp" line="+34"/>
        <source>%1 (this session only, not saved)</source>
        <translation>%1（仅限本次会话，不保存）</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>unknown signature version &quot;%1&quot;</source>
        <translation>未知签名版本“%1”</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>the profile &quot;%1&quot; cannot be its own source</source>
        <translation>配置“%1”不能以自身为来源</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM role</source>
        <translation>RAM 角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM role (chained)</source>
        <translation>RAM 角色（链式）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>invalid expiration &quot;%1&quot;</source>
        <translation>无效的过期时间“%1”</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the profile name is empty</source>
        <translation>配置名称为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid profile name &quot;%1&quot;: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>无效的配置名称“%1”：请使用 1 到 64 个字母、数字、“.”、“_”或“-”，并以字母或数字开头</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the access key id is empty</source>
        <translation>AccessKey ID 为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the access key id must be printable ASCII without spaces</source>
        <translation>AccessKey ID 必须是不含空格的可打印 ASCII 字符</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>invalid endpoint &quot;%1&quot;: expected a URL such as https://actiontrail.cn-hangzhou.aliyuncs.com</source>
        <translation>无效的服务接入点“%1”：应为类似 https://actiontrail.cn-hangzhou.aliyuncs.com 的 URL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the endpoint &quot;%1&quot; uses plain http: only https is allowed (http only to this computer, e.g. the local emulator)</source>
        <translation>服务接入点“%1”使用了明文 http：只允许 https（http 仅限本机，例如本地模拟器）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a region endpoint names no region</source>
        <translation>地域接入地址未指定地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a region ID (such as cn-hangzhou)</source>
        <translation>“%1”不是地域 ID（例如 cn-hangzhou）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the endpoint of %1 is empty</source>
        <translation>%1 的接入地址为空</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/profilecommand.cpp" line="+62"/>
        <source>backfill-browser profile %1: %2
</source>
        <translation>backfill-browser profile %1：%2
</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Only the halves an interrupted add or remove left.</source>
        <translation>仅列出被中断的添加或删除操作遗留的半条记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backfill-browser profile list: takes no arguments
</source>
        <translation>backfill-browser profile list：不接受参数
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEY ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>this session only</source>
        <translation>仅限本次会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(environment)</source>
        <translation>（环境变量）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No profiles yet. Add one with
  backfill-browser profile add NAME --access-key-id ID --secret-stdin
or import the Alibaba Cloud CLI&apos;s with
  backfill-browser profile import-aliyun
</source>
        <translation>还没有配置。可使用以下命令添加：
  backfill-browser profile add NAME --access-key-id ID --secret-stdin
或使用以下命令导入阿里云 CLI 的配置：
  backfill-browser profile import-aliyun
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>* default profile
</source>
        <translation>* 默认配置
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without --profile, requests use: %1
</source>
        <translation>不指定 --profile 时，请求使用：%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without --profile, requests fail: %1
</source>
        <translation>不指定 --profile 时，请求会失败：%1
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No orphans: every profile has its secret, and no secret lacks a profile.
</source>
        <translation>没有孤立项：每个配置都有其 Secret，也没有缺少配置的 Secret。
</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>backfill-browser profile list: %1
</source>
        <translation>backfill-browser profile list：%1
</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>(from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>aliyun credentials file</source>
        <translation>aliyun 凭证文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aliyun CLI</source>
        <translation>aliyun CLI</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a the aliyun CLI&apos;s current profile; aliyun profiles are read live from %1, never changed
</source>
        <translation>a 表示 aliyun CLI 的当前配置；aliyun 配置实时读取自 %1，绝不修改
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>profile without a secret: %1 (remove it with: backfill-browser profile remove %1, or add it again with --replace)
</source>
        <translation>缺少 Secret 的配置：%1（可用 backfill-browser profile remove %1 删除，或使用 --replace 重新添加）
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secret without a profile: %1 (delete it with: backfill-browser profile remove %1)
</source>
        <translation>缺少配置的 Secret：%1（可用 backfill-browser profile remove %1 删除）
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Access key id.</source>
        <translation>AccessKey ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region id.</source>
        <translation>地域 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint override.</source>
        <translation>覆盖服务接入点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One region&apos;s endpoint (repeatable).</source>
        <translation>某个地域的接入地址（可重复）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>v3 (default) or v1.</source>
        <translation>v3（默认）或 v1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text.</source>
        <translation>自由文本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the secret from stdin.</source>
        <translation>从标准输入读取 Secret。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an STS token from stdin (second line).</source>
        <translation>从标准输入读取 STS Token（第二行）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace an existing profile of that name.</source>
        <translation>替换已有的同名配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assume this RAM role.</source>
        <translation>扮演此 RAM 角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assume the role with this profile&apos;s credentials.</source>
        <translation>使用此配置的凭证扮演角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session name (default backfill-browser-&lt;ms&gt;).</source>
        <translation>会话名称（默认 backfill-browser-&lt;ms&gt;）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session length, 900 to 43200 (default 3600).</source>
        <translation>会话时长，900 到 43200 秒（默认 3600）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ExternalId the role&apos;s trust policy asks for.</source>
        <translation>角色信任策略要求的 ExternalId。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON policy narrowing the role&apos;s own.</source>
        <translation>用于收窄角色权限的 JSON 策略。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STS host or URL for this profile.</source>
        <translation>此配置使用的 STS 主机名或 URL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STS region: sts.&lt;region&gt;.aliyuncs.com.</source>
        <translation>STS 地域：sts.&lt;region&gt;.aliyuncs.com。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backfill-browser profile add: %1
</source>
        <translation>backfill-browser profile add：%1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give exactly one profile NAME</source>
        <translation>请只指定一个配置 NAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--region-endpoint needs REGION=URL, e.g. cn-beijing=https://actiontrail-vpc.cn-beijing.aliyuncs.com</source>
        <translation>--region-endpoint 需要 REGION=URL，例如 cn-beijing=https://actiontrail-vpc.cn-beijing.aliyuncs.com</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--duration-seconds needs a number of seconds</source>
        <translation>--duration-seconds 需要一个秒数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a role profile holds no STS token: leave out --security-token-stdin</source>
        <translation>角色配置不保存 STS Token：请去掉 --security-token-stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 needs --role-arn</source>
        <translation>--%1 需要同时指定 --role-arn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a role assumed with --source-profile takes no key of its own: leave out --access-key-id and --secret-stdin</source>
        <translation>通过 --source-profile 扮演的角色没有自己的密钥：请去掉 --access-key-id 和 --secret-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--access-key-id ID is required</source>
        <translation>必须指定 --access-key-id ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--signature-version must be v3 or v1</source>
        <translation>--signature-version 必须是 v3 或 v1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret is read from stdin only: pass --secret-stdin and pipe the secret in (e.g. from your password manager)</source>
        <translation>Secret 只能从标准输入读取：请指定 --secret-stdin 并通过管道传入 Secret（例如从密码管理器）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backfill-browser profile add: a profile named &quot;%1&quot; already exists (use --replace to overwrite it)
</source>
        <translation>backfill-browser profile add：名为“%1”的配置已存在（使用 --replace 覆盖）
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access key secret: </source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no secret on stdin (expected it on the first line)</source>
        <translation>标准输入中没有 Secret（应在第一行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security token: </source>
        <translation>安全令牌：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no security token on stdin (expected it on the second line)</source>
        <translation>标准输入中没有安全令牌（应在第二行）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>backfill-browser profile add: %1
Nothing was saved.
</source>
        <translation>backfill-browser profile add：%1
未保存任何内容。
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved profile &quot;%1&quot;: role %2 assumed with the credentials of &quot;%3&quot;.
</source>
        <translation>已保存配置“%1”：使用“%3”的凭证扮演角色 %2。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved profile &quot;%1&quot; (key id %2); the secret is in the keychain.
</source>
        <translation>已保存配置“%1”（AccessKey ID %2）；Secret 保存在钥匙串中。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>&quot;%1&quot; is now the default profile.
</source>
        <translation>“%1”现在是默认配置。
</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>backfill-browser profile remove: give exactly one profile NAME
</source>
        <translation>backfill-browser profile remove：请只指定一个配置 NAME
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backfill-browser profile remove: there is no profile named &quot;%1&quot;
</source>
        <translation>backfill-browser profile remove：不存在名为“%1”的配置
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backfill-browser profile remove: %1
The profile was kept.
</source>
        <translation>backfill-browser profile remove：%1
已保留该配置。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backfill-browser profile remove: %1
</source>
        <translation>backfill-browser profile remove：%1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed the secret &quot;%1&quot; that no profile pointed to.
</source>
        <translation>已删除没有任何配置指向的 Secret“%1”。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed profile &quot;%1&quot; and its secret from the keychain.
</source>
        <translation>已删除配置“%1”，并已从钥匙串中删除其 Secret。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>backfill-browser profile set-default: give exactly one profile NAME
</source>
        <translation>backfill-browser profile set-default：请只指定一个配置 NAME
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backfill-browser profile set-default: %1
</source>
        <translation>backfill-browser profile set-default：%1
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>backfill-browser profile show: give exactly one profile NAME
</source>
        <translation>backfill-browser profile show：请恰好指定一个配置名称 NAME
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>backfill-browser profile show: there is no profile named &quot;%1&quot;
</source>
        <translation>backfill-browser profile show：没有名为“%1”的配置
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import every supported profile.</source>
        <translation>导入所有受支持的配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the aliyun CLI&apos;s current profile the default, once imported.</source>
        <translation>导入后将 aliyun CLI 的当前配置设为默认配置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>backfill-browser profile import-aliyun: give NAMEs or --all, not both
</source>
        <translation>backfill-browser profile import-aliyun：请指定 NAME 或 --all，不能同时指定
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a profile with this name already exists here (remove it first to re-import)</source>
        <translation>此处已存在同名配置（如需重新导入，请先将其删除）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not found among the importable profiles</source>
        <translation>在可导入的配置中未找到</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>skipped %1%2: %3
</source>
        <translation>已跳过 %1%2：%3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import.
</source>
        <translation>没有可导入的内容。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be imported:
</source>
        <translation>可导入：
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no region)</source>
        <translation>（无地域）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported. Run again with the names to import, or --all; their secrets will be stored in the keychain.
</source>
        <translation>未导入任何内容。请带上要导入的名称或 --all 重新运行；其 Secret 将保存到钥匙串中。
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.
</source>
        <translation>未导入任何内容。
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The aliyun CLI has no current profile; the default profile was not changed.
</source>
        <translation>aliyun CLI 没有当前配置；默认配置未更改。
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The aliyun CLI&apos;s current profile &quot;%1&quot; was not imported, so the default profile was not changed.
</source>
        <translation>aliyun CLI 的当前配置“%1”未导入，因此默认配置未更改。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (the aliyun CLI&apos;s current profile) is now the default profile.
</source>
        <translation>“%1”（aliyun CLI 的当前配置）现在是默认配置。
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No profile is the default: without one, requests use the aliyun CLI&apos;s current profile, read live. </source>
        <translation>没有默认配置：此时请求使用实时读取的 aliyun CLI 当前配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default profile is still &quot;%1&quot;. </source>
        <translation>默认配置仍为“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To make the aliyun CLI&apos;s current profile the default, import with --make-default.
</source>
        <translation>要将 aliyun CLI 的当前配置设为默认配置，请在导入时加上 --make-default。
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>已导入 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not imported %1: %2
</source>
        <translation>未导入 %1：%2
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>imported %1 (role %2 with the credentials of &quot;%3&quot;, region %4) from %5
</source>
        <translation>已从 %5 导入 %1（以“%3”的凭证扮演角色 %2，地域 %4）
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported %1 (key id %2, region %3) from %4
</source>
        <translation>已从 %4 导入 %1（AccessKey ID %2，地域 %3）
</translation>
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
        <translation>用法：backfill-browser profile COMMAND ...
  list                               列出配置：名称、AccessKey ID（部分隐藏）、地域、来源、默认标记
  add NAME --access-key-id ID --secret-stdin [--region R] [--endpoint URL]
      [--region-endpoint REGION=URL]...（某地域自己的接入地址，例如 VPC）
      [--signature-version v3|v1] [--description TEXT] [--security-token-stdin] [--replace]
                                     Secret 从标准输入读取（第一行；STS Token
                                     在第二行），绝不从命令行读取
  add NAME --role-arn ARN (--access-key-id ID --secret-stdin | --source-profile P)
      [--role-session-name S] [--duration-seconds N] [--external-id ID]
      [--policy JSON] [--sts-endpoint HOST|URL] [--sts-region R]
                                     RAM 角色：使用自己的 AccessKey 或配置 P 的凭证
                                     扮演（允许链式）
  test NAME [--sts-endpoint HOST|URL] NAME 的登录身份（STS GetCallerIdentity）：
                                     账号、身份类型、ARN、过期时间
  list --orphans                     缺少配置的 Secret 和缺少 Secret 的配置
                                     （由被中断的添加或删除操作遗留）
  remove NAME                        同时从钥匙串中删除其 Secret
  show NAME                          以 JSON 显示一个配置的设置（AccessKey ID 部分隐藏）
  set-default NAME
  import-aliyun [NAME...|--all]      从 ~/.aliyun/config.json 和
                                     ~/.alibabacloud/credentials 导入；不指定名称时
                                     仅列出可导入的配置
    --make-default                   将 aliyun CLI 的当前配置设为默认配置
                                     （绝不会是其他配置）
  --verbose（任意命令）              同时记录钥匙串和配置的详细信息
</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>backfill-browser profile: unknown command &quot;%1&quot;
</source>
        <translation>backfill-browser profile：未知命令“%1”
</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <location filename="../ui/accounts/profileeditordialog.cpp" line="+44"/>
        <source>&amp;Temporary credentials (STS token)</source>
        <translation>临时凭证（STS Token）(&amp;T)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short name for this account, e.g. &quot;prod&quot;: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>此账号的简短名称，例如“prod”：可使用字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. prod</source>
        <translation>例如 prod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional note shown with the profile</source>
        <translation>与配置一起显示的备注（可选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AccessKey ID of a RAM user with actiontrail:ListDeliveryHistoryJobs permission</source>
        <translation>拥有 actiontrail:ListDeliveryHistoryJobs 权限的 RAM 用户的 AccessKey ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored only in the system keychain, never in a file</source>
        <translation>仅保存在系统钥匙串中，绝不写入文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check for temporary STS credentials, which need a security token</source>
        <translation>如使用需要安全令牌（Security Token）的 STS 临时凭证，请勾选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The STS security token; stored in the keychain with the secret</source>
        <translation>STS 安全令牌；与 Secret 一起保存在钥匙串中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region of the ActionTrail endpoint; any region ID can be typed</source>
        <translation>操作审计服务接入点所在的地域；可输入任意地域 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Endpoint</source>
        <translation>服务接入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: overrides the endpoint derived from the region, e.g. https://actiontrail-vpc.cn-hangzhou.aliyuncs.com</source>
        <translation>可选：覆盖根据地域推导出的服务接入点，例如 https://actiontrail-vpc.cn-hangzhou.aliyuncs.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>derived from the region</source>
        <translation>根据地域推导</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PEM file of CA certificates to trust beside the system&apos;s, for networks behind TLS inspection</source>
        <translation>可选：与系统证书一起信任的 CA 证书 PEM 文件，适用于有 TLS 检查的网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system certificates only</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature version</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V3 (ACS3-HMAC-SHA256) is current; V1 (HMAC-SHA1) for gateways that need it</source>
        <translation>V3（ACS3-HMAC-SHA256）为当前版本；V1（HMAC-SHA1）用于需要它的网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3（ACS3-HMAC-SHA256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1（HMAC-SHA1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey &amp;ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey &amp;Secret：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation>服务接入点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region end&amp;points:</source>
        <translation>地域接入地址(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA bundle:</source>
        <translation>CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Show the %1 (Ctrl+R)</source>
        <translation>显示 %1（Ctrl+R）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Hide the %1 (Ctrl+R)</source>
        <translation>隐藏 %1（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged (stored in the keychain)</source>
        <translation>未更改（保存在钥匙串中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the secret again to change the token or credential type.</source>
        <translation>如需更改 Token 或凭证类型，请重新输入 Secret。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the security token of the STS credentials.</source>
        <translation>请输入 STS 临时凭证的安全令牌（Security Token）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret and token are too long for the keychain.</source>
        <translation>Secret 和 Token 过长，无法保存到钥匙串。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/credentials/profilestore.cpp" line="+129"/>
        <source>Cannot read the profiles file %1: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profiles file %1 is not valid JSON (line %2, column %3: %4). Fix it, or move it aside to start with no profiles.</source>
        <translation>配置文件 %1 不是有效的 JSON（第 %2 行，第 %3 列：%4）。请修复它，或将其移走以从空配置开始。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profiles file %1 does not hold a JSON object.</source>
        <translation>配置文件 %1 不包含 JSON 对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The profiles file %1 does not have the expected shape: %2. Fix it, or move it aside to start with no profiles.</source>
        <translation>配置文件 %1 的结构不符合预期：%2。请修复它，或将其移走以从空配置开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profiles file %1 was written by a newer version (format %2).</source>
        <translation>配置文件 %1 由更新的版本写入（格式 %2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profiles file %1 has an invalid profile (entry %2): %3</source>
        <translation>配置文件 %1 中有无效的配置（第 %2 项）：%3</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+6"/>
        <source>Cannot write the profiles file %1: %2</source>
        <translation>无法写入配置文件 %1：%2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The profiles file %1 has the profile &quot;%2&quot; twice (entries %3 and %4).</source>
        <translation>配置文件 %1 中的配置“%2”出现了两次（第 %3 项和第 %4 项）。</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+54"/>
        <source>Not changed: another program is changing the profiles (lock file %1). Try again in a moment.</source>
        <translation>未更改：另一个程序正在修改配置（锁文件 %1）。请稍后重试。</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A saved profile named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的已保存配置。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+21"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的配置。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&quot;%1&quot; is a session-only profile and cannot be the default.</source>
        <translation>“%1”是仅限本次会话的配置，不能设为默认。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation>无法将 %1 移动到 %2。</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/accounts/profileswitcher.cpp" line="+19"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account whose backfill tasks are shown</source>
        <translation>显示其历史事件投递任务的账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts…</source>
        <translation>账号…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, edit, remove or import accounts</source>
        <translation>添加、编辑、删除或导入账号</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — key %2, region %3</source>
        <translation>%1 — 密钥 %2，地域 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No account</source>
        <translation>无账号</translation>
    </message>
</context>
<context>
    <name>ProfileTest</name>
    <message>
        <location filename="../app/cli/profiletest.cpp" line="+57"/>
        <source>Profile &quot;%1&quot; signs in as:</source>
        <translation>配置“%1”的登录身份：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask this STS (host or URL).</source>
        <translation>询问此 STS（主机名或 URL）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one profile NAME</source>
        <translation>请只指定一个配置 NAME</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no profile named &quot;%1&quot;, neither ours nor the aliyun CLI&apos;s</source>
        <translation>没有名为“%1”的配置，本应用和 aliyun CLI 中都没有</translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <location filename="../app/domain/regioncatalog.cpp" line="+14"/>
        <source>China (Qingdao)</source>
        <translation>华北1（青岛）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Chengdu)</source>
        <translation>西南1（成都）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Zhangjiakou)</source>
        <translation>华北3（张家口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Hohhot)</source>
        <translation>华北5（呼和浩特）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Shenzhen)</source>
        <translation>华南1（深圳）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Ulanqab)</source>
        <translation>华北6（乌兰察布）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Nanjing - Local Region)</source>
        <translation>华东5（南京-本地地域）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Heyuan)</source>
        <translation>华南2（河源）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China (Guangzhou)</source>
        <translation>华南3（广州）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China East 2 Finance</source>
        <translation>华东2 金融云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China North 2 Ali Gov</source>
        <translation>华北2 阿里政务云1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia (Sydney)</source>
        <translation>澳大利亚（悉尼）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia (Kuala Lumpur)</source>
        <translation>马来西亚（吉隆坡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia (Jakarta)</source>
        <translation>印度尼西亚（雅加达）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines (Manila)</source>
        <translation>菲律宾（马尼拉）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand (Bangkok)</source>
        <translation>泰国（曼谷）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam (Ho Chi Minh City)</source>
        <translation>越南（胡志明市）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan (Tokyo)</source>
        <translation>日本（东京）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea (Seoul)</source>
        <translation>韩国（首尔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India (Mumbai)</source>
        <translation>印度（孟买）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UK (London)</source>
        <translation>英国（伦敦）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (Silicon Valley)</source>
        <translation>美国（硅谷）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE (Dubai)</source>
        <translation>阿联酋（迪拜）</translation>
    </message>
</context>
<context>
    <name>RegionEndpointsEditor</name>
    <message>
        <location filename="../ui/accounts/regionendpointseditor.cpp" line="+19"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region endpoints</source>
        <translation>地域接入地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A region&apos;s own endpoint, used instead of its public one, e.g. cn-beijing and https://actiontrail-vpc.cn-beijing.aliyuncs.com. Insert adds a row, Delete removes it, F2 edits a cell.</source>
        <translation>某地域自己的接入地址，代替其公网接入地址使用，例如 cn-beijing 和 https://actiontrail-vpc.cn-beijing.aliyuncs.com。Insert 添加一行，Delete 删除该行，F2 编辑单元格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>服务接入点</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a region&apos;s endpoint (Insert in the table)</source>
        <translation>添加一个地域的接入地址（在表格中按 Insert）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected region&apos;s endpoint (Delete in the table)</source>
        <translation>移除所选地域的接入地址（在表格中按 Delete）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Region endpoints, row %1: %2</source>
        <translation>地域接入地址，第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region endpoints, row %1: %2 has an endpoint already.</source>
        <translation>地域接入地址，第 %1 行：%2 已有接入地址。</translation>
    </message>
</context>
<context>
    <name>RegionStatusModel</name>
    <message>
        <location filename="../app/models/regionstatusmodel.cpp" line="+43"/>
        <source>No regions reported yet</source>
        <translation>尚未报告任何地域</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n region complete</source>
        <translation>
            <numerusform>%n 个地域中已完成 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n regions complete</source>
        <translation>
            <numerusform>%n 个地域中已完成 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n delivering</source>
        <translation>
            <numerusform>，%n 个投递中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n initializing</source>
        <translation>
            <numerusform>，%n 个初始化中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unknown region)</source>
        <translation>（未知地域）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Region ID</source>
        <translation>地域 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../app/api/responseparser.cpp" line="+28"/>
        <source>field %1 is missing</source>
        <translation>缺少字段 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field %1 is not %2</source>
        <translation>字段 %1 不是%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the body is empty</source>
        <translation>响应体为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body is not valid JSON (%1 at offset %2)</source>
        <translation>响应体不是有效的 JSON（偏移量 %2 处：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is not a JSON object</source>
        <translation>响应体不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a 32-bit integer</source>
        <translation>32 位整数</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+133"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>field %1 is not a UTC time of the form yyyy-MM-ddTHH:mm:ssZ: &quot;%2&quot;</source>
        <translation>字段 %1 不是 yyyy-MM-ddTHH:mm:ssZ 格式的 UTC 时间：“%2”</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+508"/>
        <location line="+169"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="-657"/>
        <source>field %1 is not a positive job id</source>
        <translation>字段 %1 不是正数的任务 ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+299"/>
        <location line="+157"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>field %1 is longer than %2 characters</source>
        <translation>字段 %1 超过 %2 个字符</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>field %1 holds %2 entries, more than %3</source>
        <translation>字段 %1 含有 %2 项，超过 %3 项</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+377"/>
        <source>field %1 is empty</source>
        <translation>字段 %1 为空</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+469"/>
        <source>a non-negative count</source>
        <translation>非负计数</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>non-empty printable ASCII</source>
        <translation>非空的可打印 ASCII</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>empty body</source>
        <translation>空响应体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body: %1</source>
        <translation>响应体：%1</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>an account ID (digits)</source>
        <translation>账号 ID（数字）</translation>
    </message>
</context>
<context>
    <name>RoleSessionProvider</name>
    <message>
        <location filename="../app/api/rolesessionprovider.cpp" line="+31"/>
        <source>role %1 via %2</source>
        <translation>角色 %1，经由 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no credentials</source>
        <translation>没有凭证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, session expires %1</source>
        <translation>，会话于 %1 过期</translation>
    </message>
</context>
<context>
    <name>SecretItemLabel</name>
    <message>
        <location filename="../app/credentials/secretitemlabel.cpp" line="+45"/>
        <source>Backfill Browser: %1 (%2 %3)</source>
        <translation>Backfill Browser：%1（%2 %3）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no such item</source>
        <translation>没有该条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keyring is locked</source>
        <translation>密钥环已锁定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Secret Service on this platform</source>
        <translation>此平台上没有 Secret Service</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/credentials/secretstore.cpp" line="+103"/>
        <source>the operation was cancelled</source>
        <translation>操作已取消</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the secret is empty</source>
        <translation>Secret 为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bytes; the limit is %2</source>
        <translation>%1 字节；上限为 %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the keyring is locked, so the entry was not deleted</source>
        <translation>密钥环已锁定，因此未删除该条目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry is still there after deleting it</source>
        <translation>删除后该条目仍然存在</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No secret is stored in the keychain for profile &quot;%1&quot; (or the keyring is locked: unlock it and try again). Add the profile&apos;s secret again if it is missing.</source>
        <translation>钥匙串中没有配置“%1”的 Secret（或密钥环已锁定：请解锁后重试）。如果 Secret 确实缺失，请重新添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain service is available, so the secret of profile &quot;%1&quot; cannot be stored safely. Start gnome-keyring (or KWallet) in your desktop session, make sure a D-Bus session bus is running (DBUS_SESSION_BUS_ADDRESS) and your login keyring exists and is unlocked, then try again.</source>
        <translation>没有可用的钥匙串服务，因此无法安全地保存配置“%1”的 Secret。请在桌面会话中启动 gnome-keyring（或 KWallet），确保 D-Bus 会话总线正在运行（DBUS_SESSION_BUS_ADDRESS），且登录密钥环存在并已解锁，然后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain refused access to the secret of profile &quot;%1&quot;: the keyring is probably locked. Unlock it (e.g. with your desktop&apos;s password manager, Seahorse) and try again.</source>
        <translation>钥匙串拒绝访问配置“%1”的 Secret：密钥环可能已锁定。请将其解锁（例如使用桌面的密码管理器 Seahorse）后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret and security token of profile &quot;%1&quot; are too large for the keychain.</source>
        <translation>配置“%1”的 Secret 和安全令牌过大，无法保存到钥匙串。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain entry of profile &quot;%1&quot; is not in the format Backfill Browser writes. Add the profile&apos;s secret again.</source>
        <translation>配置“%1”的钥匙串条目不是 Backfill Browser 写入的格式。请重新添加该配置的 Secret。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain operation for profile &quot;%1&quot; failed.</source>
        <translation>配置“%1”的钥匙串操作失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Keychain said: %1)</source>
        <translation>（钥匙串返回：%1）</translation>
    </message>
</context>
<context>
    <name>SegmentedProgressBar</name>
    <message>
        <location filename="../ui/segmentedprogressbar.cpp" line="+14"/>
        <source>Region progress</source>
        <translation>地域进度</translation>
    </message>
</context>
<context>
    <name>SessionIdentity</name>
    <message>
        <location filename="../app/models/sessionidentity.cpp" line="+19"/>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, expires %2</source>
        <translation>%1，%2 过期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SignedInIdentity</name>
    <message>
        <location filename="../app/credentials/identitycheck.cpp" line="+29"/>
        <source>never (a long-term AccessKey)</source>
        <translation>永不过期（长期 AccessKey）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>身份类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via</source>
        <translation>凭证来源</translation>
    </message>
</context>
<context>
    <name>StaticCredentialProvider</name>
    <message>
        <location filename="../app/api/credentialprovider.cpp" line="+97"/>
        <source>no AccessKey</source>
        <translation>没有 AccessKey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AccessKey %1</source>
        <translation>AccessKey %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STS token %1</source>
        <translation>STS 令牌 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STS token %1, expires %2</source>
        <translation>STS 令牌 %1，于 %2 过期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>未设置 AccessKey：请登录，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The STS token %1 expired at %2: get a new one and sign in with it again.</source>
        <translation>STS 令牌 %1 已于 %2 过期：请获取新的令牌并重新登录。</translation>
    </message>
</context>
<context>
    <name>Sts</name>
    <message>
        <location filename="../app/api/assumerole.cpp" line="+33"/>
        <source>The role ARN is missing.</source>
        <translation>缺少角色 ARN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role ARN must look like acs:ram::&lt;account id&gt;:role/&lt;role name&gt;.</source>
        <translation>角色 ARN 的格式必须是 acs:ram::&lt;账号 ID&gt;:role/&lt;角色名&gt;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The role session name must be 2 to 64 letters, digits or &apos;.&apos;, &apos;@&apos;, &apos;-&apos;, &apos;_&apos;.</source>
        <translation>角色会话名称必须是 2 到 64 个字母、数字或“.”、“@”、“-”、“_”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session duration must be %1 to %2 seconds.</source>
        <translation>会话时长必须是 %1 到 %2 秒。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The external ID must be 2 to 1224 letters, digits or &apos;_+=,.@:/-&apos;.</source>
        <translation>外部 ID 必须是 2 到 1224 个字母、数字或“_+=,.@:/-”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The policy is longer than %1 characters.</source>
        <translation>策略长于 %1 个字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The policy is not a JSON object.</source>
        <translation>策略不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>StsEndpoint</name>
    <message>
        <location filename="../app/credentials/stsendpoint.cpp" line="+14"/>
        <source>&quot;%1&quot; is not an STS region ID.</source>
        <translation>“%1”不是 STS 地域 ID。</translation>
    </message>
</context>
<context>
    <name>TrailFormat</name>
    <message>
        <location filename="../app/models/trailformat.cpp" line="+29"/>
        <source>SLS %1</source>
        <translation>SLS %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OSS %1</source>
        <translation>OSS %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MaxCompute %1</source>
        <translation>MaxCompute %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: no SLS delivery</source>
        <translation>未就绪：未投递到 SLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: not logging</source>
        <translation>未就绪：未在记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: organization trail</source>
        <translation>未就绪：多账号跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ready: another region</source>
        <translation>未就绪：位于其他地域</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logging</source>
        <translation>记录中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never started</source>
        <translation>从未开启</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing to add: the trail itself recorded every day of the last %1 days</source>
        <translation>无可补充：跟踪本身已记录最近 %1 天的每一天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from %1 to the trail&apos;s start on %2, %3 days (the trail itself recorded the %4 days since)</source>
        <translation>从 %1 到跟踪开始的 %2，共 %3 天（此后的 %4 天由跟踪本身记录）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from %1 to %2, %3 days</source>
        <translation>从 %1 到 %2，共 %3 天</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1, %2, created %3</source>
        <translation>#%1，%2，创建于 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 days delivered</source>
        <translation>已投递 %2 天中的 %1 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2; no task</source>
        <translation>%1：%2；无任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2; last task %3, %4</source>
        <translation>%1：%2；最近任务 %3，%4</translation>
    </message>
</context>
<context>
    <name>TrailName</name>
    <message>
        <location filename="../app/domain/trail.cpp" line="+26"/>
        <source>Enter the name of a trail.</source>
        <translation>请输入跟踪名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trail name has %1 to %2 characters; this has %3.</source>
        <translation>跟踪名称为 %1 到 %2 个字符；当前为 %3 个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A trail name starts with a lower-case letter (a-z).</source>
        <translation>跟踪名称以小写字母（a-z）开头。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A trail name has only lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>跟踪名称只能包含小写字母、数字、“-”和“_”。</translation>
    </message>
</context>
<context>
    <name>TrailTableModel</name>
    <message>
        <location filename="../app/models/trailtablemodel.cpp" line="+72"/>
        <source>status unavailable</source>
        <translation>状态不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Trail</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home region</source>
        <translation>所属地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivers to</source>
        <translation>投递到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging</source>
        <translation>记录中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last delivery</source>
        <translation>最近投递</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last SLS delivery error</source>
        <translation>最近 SLS 投递错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backfill</source>
        <translation>补投递</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last task</source>
        <translation>最近任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new task would cover</source>
        <translation>新任务将覆盖</translation>
    </message>
</context>
<context>
    <name>TrailsCommand</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+12"/>
        <location filename="../app/cli/trailscommand.cpp" line="+39"/>
        <source>unknown subcommand &apos;trails %1&apos;; use list or get</source>
        <translation>未知的子命令“trails %1”；请使用 list 或 get</translation>
    </message>
    <message>
        <location filename="../app/cli/trailscommand.cpp" line="-22"/>
        <source>Output: table (default; local times), json or csv (RFC 4180, UTC times).</source>
        <translation>输出：table（默认；本地时间）、json 或 csv（RFC 4180，UTC 时间）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The longest one request may take in all, retries included, in seconds (default 60).</source>
        <translation>一个请求（含重试）最多可用的总时间，单位为秒（默认 60）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;trails&apos; needs a subcommand: list or get</source>
        <translation>“trails”需要一个子命令：list 或 get</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown subcommand &apos;trails %1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>未知的子命令“trails %1”（您是指“%2”吗？）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;trails get&apos; needs one TRAIL_NAME</source>
        <translation>“trails get”需要一个 TRAIL_NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;trails list&apos; takes no arguments (got &quot;%1&quot;)</source>
        <translation>“trails list”不接受参数（收到“%1”）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be one of table|json|csv, not &quot;%1&quot;</source>
        <translation>--format 必须是 table|json|csv 之一，而不是“%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One trail: delivery targets, logging status, backfill readiness with the reason, its last task, and the window a new task would cover today.
</source>
        <translation>一个跟踪：投递目标、记录状态、能否创建历史事件投递任务及原因、最近一个任务，以及今天新建任务将覆盖的时间范围。
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every trail of the account (organization trails included) with its home region, logging status, backfill readiness, last task and the window a new task would cover today.
</source>
        <translation>账号的每个跟踪（包括多账号跟踪）及其所属地域、记录状态、能否创建历史事件投递任务、最近一个任务，以及今天新建任务将覆盖的时间范围。
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subcommands:
  list
      every trail, with readiness and coverage
  get TRAIL_NAME
      one trail in detail</source>
        <translation>子命令：
  list
      每个跟踪，含就绪状态和覆盖范围
  get TRAIL_NAME
      一个跟踪的详细信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
The global options (--profile, --region, --endpoint, --timeout, --verbose, ...) apply too; readiness is judged for the region in use (--region).
</source>
        <translation>
全局选项（--profile、--region、--endpoint、--timeout、--verbose 等）同样适用；就绪状态按所用地域（--region）判断。
</translation>
    </message>
    <message>
        <location filename="../app/cli/trailsrun.cpp" line="+26"/>
        <source>nothing: the trail itself recorded the last 90 days</source>
        <translation>无：跟踪本身已记录了最近 90 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2, %3 days</source>
        <translation>从 %1 到 %2，共 %3 天</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: no SLS delivery</source>
        <translation>否：未投递到日志服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: not logging</source>
        <translation>否：未在记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: organization trail</source>
        <translation>否：多账号跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no: other region</source>
        <translation>否：其他地域</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>backfill-browser: the tasks could not be listed (%1); last tasks are not shown</source>
        <translation>backfill-browser：无法列出任务（%1）；不显示最近的任务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no trail named &quot;%1&quot;</source>
        <translation>没有名为“%1”的跟踪</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trail</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home region</source>
        <translation>所属地域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivers to</source>
        <translation>投递到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logging</source>
        <translation>记录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last delivery</source>
        <translation>最近投递</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last SLS error</source>
        <translation>最近的日志服务错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backfill</source>
        <translation>历史事件投递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last task</source>
        <translation>最近的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new task would cover</source>
        <translation>新任务将覆盖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No trails.</source>
        <translation>没有跟踪。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TRAIL</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOME REGION</source>
        <translation>所属地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOGGING</source>
        <translation>记录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST DELIVERY</source>
        <translation>最近投递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKFILL</source>
        <translation>历史事件投递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST TASK</source>
        <translation>最近的任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NEW TASK WOULD COVER</source>
        <translation>新任务将覆盖</translation>
    </message>
</context>
<context>
    <name>TrailsPage</name>
    <message>
        <location filename="../ui/trailspage.cpp" line="+30"/>
        <source>Reload Trails</source>
        <translation>重新加载跟踪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Backfill Task for This Trail…</source>
        <translation>为此跟踪新建补投递任务…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trails</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each lane is a trail: the thin strip shows what the trail delivered to Simple Log Service itself (green) and the days nobody delivered (hatched red); the bars below are its backfill tasks (solid: complete; filling: running; pale and outlined: failed). The shaded part lies beyond the %1-day horizon. Click a task, or use the arrow keys and Enter, to show it in the task table.</source>
        <translation>每一行是一个跟踪：细条显示跟踪本身投递到日志服务的部分（绿色）和无人投递的日期（红色斜线）；下方的条是它的补投递任务（实心：已完成；填充中：运行中；浅色带边框：失败）。阴影部分超出了 %1 天的范围。单击任务，或使用方向键和回车键，可在任务表中显示它。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Coverage of the last %1 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近 %1 天的覆盖情况&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A task created now would deliver %1. Each day of waiting loses the oldest day.</source>
        <translation>现在创建的任务将投递%1。每多等一天，就会失去最早的一天。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task %1 is still running; an account runs one backfill task at a time, so a new one can start when it ends.</source>
        <translation>任务 %1 仍在运行；每个账号同一时间只能运行一个补投递任务，它结束后才能创建新任务。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status unavailable: %1</source>
        <translation>状态不可用：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawn from the %1 tasks loaded of %2: Load All (%3) for every task.</source>
        <translation>根据已加载的 %1 个任务（共 %2 个）绘制：使用“全部加载”（%3）查看所有任务。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading trails…</source>
        <translation>正在加载跟踪…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the trails: %1</source>
        <translation>无法列出跟踪：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No trails in this account.</source>
        <translation>此账号中没有跟踪。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n trail(s), %1 ready for a backfill task in %2.</source>
        <translation>
            <numerusform>%n 个跟踪，其中 %1 个可在 %2 创建补投递任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its home region</source>
        <translation>其所属地域</translation>
    </message>
</context>
</TS>
