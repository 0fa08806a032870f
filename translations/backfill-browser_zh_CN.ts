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
    <name>ActionTrailClient</name>
    <message>
        <location filename="../app/api/actiontrailclient.cpp" line="+404"/>
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
    <name>ApiCall</name>
    <message>
        <location line="-288"/>
        <source>No AccessKey is set: sign in, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>未设置 AccessKey：请登录，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the network access was shut down before the answer arrived</source>
        <translation>在收到响应之前网络访问已被关闭</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/api/apierror.cpp" line="+26"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer&apos;s clock is about %1 ahead of the service&apos;s (%2 UTC).</source>
        <translation>本机时钟比服务的时钟快约 %1（服务时间 %2 UTC）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your computer&apos;s clock is about %1 behind the service&apos;s (%2 UTC).</source>
        <translation>本机时钟比服务的时钟慢约 %1（服务时间 %2 UTC）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the connection. Check the endpoint (--endpoint / region) and that the service is reachable.</source>
        <translation>%1 拒绝了连接。请检查服务接入点（--endpoint / 地域）以及服务是否可以访问。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host %1 could not be found. Check the region or endpoint and your DNS or network connection.</source>
        <translation>找不到主机 %1。请检查地域或服务接入点，以及 DNS 或网络连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed the connection before answering completely. This is usually temporary; try again.</source>
        <translation>%1 在完整响应之前关闭了连接。这通常是暂时的；请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure (TLS) connection to %1 could not be established: %2. The certificate is not trusted or the connection is being intercepted; check the system&apos;s CA certificates and any proxy.</source>
        <translation>无法与 %1 建立安全（TLS）连接：%2。证书不受信任或连接被拦截；请检查系统的 CA 证书和代理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy could not be used to reach %1: %2. Check HTTPS_PROXY / NO_PROXY and the system proxy settings.</source>
        <translation>无法通过代理访问 %1：%2。请检查 HTTPS_PROXY / NO_PROXY 和系统代理设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>网络不可用。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not talk to %1: %2. Check your network connection and try again.</source>
        <translation>无法与 %1 通信：%2。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service rejected the request signature: the AccessKey secret does not belong to AccessKey ID %1. Enter the secret again (copy it from the RAM console).</source>
        <translation>服务拒绝了请求签名：该 AccessKey Secret 与 AccessKey ID %1 不匹配。请重新输入 Secret（从 RAM 控制台复制）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service says the request signature is incomplete. A proxy may be altering requests; otherwise try --signature-version v1 and report this.</source>
        <translation>服务提示请求签名不完整。可能有代理修改了请求；否则请尝试 --signature-version v1 并报告此问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AccessKey ID %1 does not exist. Check the key (it may have been deleted) or sign in with another one.</source>
        <translation>AccessKey ID %1 不存在。请检查该 AccessKey（它可能已被删除），或使用其他 AccessKey 登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AccessKey %1 is disabled. Enable it in the RAM console or sign in with another key.</source>
        <translation>AccessKey %1 已被禁用。请在 RAM 控制台中启用它，或使用其他 AccessKey 登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your computer&apos;s clock differs from the service&apos;s by more than 15 minutes.</source>
        <translation>本机时钟与服务的时钟相差超过 15 分钟。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests are refused when the clock is off by more than 15 minutes: correct the system clock (enable automatic time synchronisation) and try again.</source>
        <translation>时钟偏差超过 15 分钟时请求会被拒绝：请校正系统时钟（启用自动时间同步）后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept the request&apos;s time stamp format. This is a bug in Backfill Browser; please report it.</source>
        <translation>服务不接受请求的时间戳格式。这是 Backfill Browser 的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service saw this request twice (its nonce was already used). Try again.</source>
        <translation>服务收到了重复的请求（其 Nonce 已被使用）。请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not offer the ActionTrail operation %2. Check the endpoint or region.</source>
        <translation>%1 不提供操作审计的 %2 操作。请检查服务接入点或地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint</source>
        <translation>服务接入点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission denied: your RAM user or role is not allowed %1. Ask an administrator to grant the RAM action %1 in a RAM policy.</source>
        <translation>权限不足：您的 RAM 用户或角色没有 %1 权限。请联系管理员在 RAM 权限策略中授予操作 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service is throttling requests (too many in a short time). Wait a moment and try again.</source>
        <translation>服务正在对请求限流（短时间内请求过多）。请稍候重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActionTrail is temporarily unavailable. Try again in a few minutes.</source>
        <translation>操作审计暂时不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActionTrail had an internal error. Try again; if it persists, contact Alibaba Cloud support with the request ID.</source>
        <translation>操作审计发生内部错误。请重试；如果问题持续存在，请提供请求 ID 联系阿里云技术支持。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another backfill task is still running, and only one may run at a time per account. Wait until it completes (or delete it), then try again.</source>
        <translation>另一个历史事件投递任务仍在运行，每个账号同一时间只能运行一个。请等待其完成（或将其删除）后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trail does not exist (or the task refers to a deleted trail).</source>
        <translation>该跟踪不存在（或任务引用了已删除的跟踪）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trail &quot;%1&quot; does not exist. Check the name; the trail must deliver to Simple Log Service.</source>
        <translation>跟踪“%1”不存在。请检查名称；该跟踪必须投递到日志服务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backfill task does not exist (it may have been deleted).</source>
        <translation>该历史事件投递任务不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backfill task with ID %1 (it may have been deleted).</source>
        <translation>不存在 ID 为 %1 的历史事件投递任务（可能已被删除）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request lacked the required parameter %1. This is a bug in Backfill Browser; please report it.</source>
        <translation>请求缺少必需的参数 %1。这是 Backfill Browser 的缺陷，请报告此问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service did not accept the value of %1.</source>
        <translation>服务不接受 %1 的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service did not accept %1 = &quot;%2&quot;.</source>
        <translation>服务不接受 %1 =“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service refused the request (%1): %2</source>
        <translation>服务拒绝了请求（%1）：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The service answered HTTP %1 without an explanation. This is usually temporary; try again later.</source>
        <translation>服务返回了 HTTP %1，但没有说明原因。这通常是暂时的；请稍后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy requires authentication (HTTP 407). Check HTTPS_PROXY.</source>
        <translation>代理需要身份验证（HTTP 407）。请检查 HTTPS_PROXY。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered HTTP %1 without an explanation. Check the endpoint: it may not be an ActionTrail endpoint, or a proxy intercepted the request.</source>
        <translation>服务返回了 HTTP %1，但没有说明原因。请检查服务接入点：它可能不是操作审计的服务接入点，或者请求被代理拦截。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer in time. Check your network connection, or allow more time with a longer timeout.</source>
        <translation>%1 未能及时响应。请检查网络连接，或设置更长的超时时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service&apos;s answer could not be understood (%1). If this persists, the endpoint may not be ActionTrail or the API has changed.</source>
        <translation>无法解析服务的响应（%1）。如果问题持续存在，可能该服务接入点不是操作审计，或 API 已变更。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection settings are incomplete.</source>
        <translation>连接设置不完整。</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../app/cli/clicredentials.cpp" line="+10"/>
        <source>profiles are not available yet in this build (--profile %1); set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead</source>
        <translation>此版本尚不支持配置（--profile %1）；请改为设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET (key %1)</source>
        <translation>环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET（AccessKey %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environment variables ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET/_SECURITY_TOKEN (STS key %1)</source>
        <translation>环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET/_SECURITY_TOKEN（STS AccessKey %1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET，但未设置 ALIBABA_CLOUD_ACCESS_KEY_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_ID，但未设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profiles are not available yet in this build (ALIBABA_CLOUD_PROFILE=%1); set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET instead</source>
        <translation>此版本尚不支持配置（ALIBABA_CLOUD_PROFILE=%1）；请改为设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS)</source>
        <translation>没有凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 时还需设置 ALIBABA_CLOUD_SECURITY_TOKEN）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+78"/>
        <source>Use the credentials profile NAME (default: the environment, then the default profile).</source>
        <translation>使用名为 NAME 的凭证配置（默认：先使用环境变量，再使用默认配置）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region ID whose endpoint to use, e.g. cn-hangzhou (default: ALIBABA_CLOUD_REGION_ID, else cn-hangzhou).</source>
        <translation>使用其服务接入点的地域 ID，例如 cn-hangzhou（默认：ALIBABA_CLOUD_REGION_ID，否则为 cn-hangzhou）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full endpoint URL instead of the region&apos;s, e.g. https://actiontrail-vpc.cn-beijing.aliyuncs.com (http:// only to this computer).</source>
        <translation>使用完整的服务接入点 URL 代替地域的服务接入点，例如 https://actiontrail-vpc.cn-beijing.aliyuncs.com（http:// 仅限本机）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request signing: v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1).</source>
        <translation>请求签名：v3（ACS3-HMAC-SHA256，默认）或 v1（HMAC-SHA1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up on an attempt after SECONDS without data (default 10); reads are retried.</source>
        <translation>若 SECONDS 秒内未收到数据则放弃本次尝试（默认 10）；读取请求会自动重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log each request (action, HTTP status, RequestId, timing; never secrets) and the credential source to stderr.</source>
        <translation>将每个请求（操作、HTTP 状态码、请求 ID、耗时；绝不包含密钥）及凭证来源记录到标准错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--profile needs a profile name</source>
        <translation>--profile 需要一个配置名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--region needs a region ID such as cn-hangzhou</source>
        <translation>--region 需要一个地域 ID，例如 cn-hangzhou</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--signature-version must be v3 or v1, not &quot;%1&quot;</source>
        <translation>--signature-version 必须是 v3 或 v1，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout must be a number of seconds between 0 and 3600, not &quot;%1&quot;</source>
        <translation>--timeout 必须是 0 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Browse and manage Alibaba Cloud ActionTrail data backfill tasks.
With no arguments, starts the desktop app.

Commands:
  jobs list [--page N] [--page-size N] [--all] [--format table|json|csv]
  jobs get JOB_ID [--format table|json]
  jobs create TRAIL_NAME [--format table|json]
  jobs delete JOB_ID --yes
  jobs watch JOB_ID [--interval SECONDS]   poll until complete (exit 0) or failed (exit 1)
  profile ...                              manage credential profiles
Global options may come before or after the command.</source>
        <translation>浏览和管理阿里云操作审计的历史事件投递任务。
不带参数运行时启动桌面应用。

命令：
  jobs list [--page N] [--page-size N] [--all] [--format table|json|csv]
  jobs get JOB_ID [--format table|json]
  jobs create TRAIL_NAME [--format table|json]
  jobs delete JOB_ID --yes
  jobs watch JOB_ID [--interval SECONDS]   轮询直到已完成（退出码 0）或失败（退出码 1）
  profile ...                              管理凭证配置
全局选项可以放在命令之前或之后。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>jobs or profile</source>
        <translation>jobs 或 profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Environment:
  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  ALIBABA_CLOUD_SECURITY_TOKEN   credentials (STS token optional)
  ALIBABA_CLOUD_REGION_ID        default region
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY (or lower case)   proxy settings

Exit status: 0 success; 1 the service or the network failed (Code, Message and
RequestId on stderr); 2 usage or configuration error.
</source>
        <translation>
环境变量：
  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  ALIBABA_CLOUD_SECURITY_TOKEN   访问凭证（STS Token 可选）
  ALIBABA_CLOUD_REGION_ID        默认地域
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY（或小写形式）   代理设置

退出状态：0 成功；1 服务或网络出错（错误码、消息和请求 ID 输出到标准错误）；
2 用法或配置错误。
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>backfill-browser: unknown command &quot;%1&quot;; try --help</source>
        <translation>backfill-browser：未知命令“%1”；请尝试 --help</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../ui/guimain.cpp" line="+17"/>
        <source>Use LANGUAGE for the user interface (e.g. zh_CN, en) instead of the system&apos;s.</source>
        <translation>界面使用 LANGUAGE 指定的语言（例如 zh_CN、en），而不是系统语言。</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../app/i18n.cpp" line="+74"/>
        <source>No translation for language &quot;%1&quot;. Available: %2.</source>
        <translation>没有语言“%1”的翻译。可用语言：%2。</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <location filename="../app/cli/jobscommand.cpp" line="+81"/>
        <source>no regions reported yet</source>
        <translation>尚未报告任何地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3 regions complete)</source>
        <translation>%1（%3 个地域中已完成 %2 个）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;jobs&apos; needs a subcommand: list, get, create, delete or watch</source>
        <translation>“jobs”需要一个子命令：list、get、create、delete 或 watch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown subcommand &apos;jobs %1&apos;; use list, get, create, delete or watch</source>
        <translation>未知子命令“jobs %1”；请使用 list、get、create、delete 或 watch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 does not apply to &apos;jobs %2&apos;</source>
        <translation>--%1 不适用于“jobs %2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;jobs list&apos; takes no arguments (got &quot;%1&quot;)</source>
        <translation>“jobs list”不接受参数（收到了“%1”）</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+12"/>
        <source>--format must be one of %1 for &apos;jobs %2&apos;, not &quot;%3&quot;</source>
        <translation>对于“jobs %2”，--format 必须是 %1 之一，而不是“%3”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--all and --page exclude each other</source>
        <translation>--all 和 --page 不能同时使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--page must be a whole number from 1, not &quot;%1&quot;</source>
        <translation>--page 必须是从 1 开始的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--page-size must be a whole number from 1 to 100, not &quot;%1&quot;</source>
        <translation>--page-size 必须是 1 到 100 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing to delete backfill task %1 without --yes</source>
        <translation>未指定 --yes，拒绝删除历史事件投递任务 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--interval must be a number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>--interval 必须是 1 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a region ID (such as cn-hangzhou)</source>
        <translation>“%1”不是地域 ID（例如 cn-hangzhou）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>retrying %1/%2 in %3 ms: %4</source>
        <translation>%3 毫秒后进行第 %1/%2 次重试：%4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No backfill tasks on page %1 (%2 in all).
</source>
        <translation>第 %1 页没有历史事件投递任务（共 %2 个）。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backfill tasks.
</source>
        <translation>没有历史事件投递任务。
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n backfill task(s).</source>
        <translation>
            <numerusform>%n 个历史事件投递任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page %1 of %2, %3 backfill tasks in all.</source>
        <translation>第 %1 页，共 %2 页，共 %3 个历史事件投递任务。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1: retrying %2/%3 in %4 ms: %5</source>
        <translation>第 %1 页：%4 毫秒后进行第 %2/%3 次重试：%5</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Created backfill task %1 for trail %2.
Follow it with: backfill-browser jobs watch %1
</source>
        <translation>已为跟踪 %2 创建历史事件投递任务 %1。
可使用以下命令跟进：backfill-browser jobs watch %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted backfill task %1.</source>
        <translation>已删除历史事件投递任务 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backfill-browser: backfill task %1 failed.</source>
        <translation>backfill-browser：历史事件投递任务 %1 失败。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>jobs list: the page to show (from 1; default 1).</source>
        <translation>jobs list：要显示的页码（从 1 开始；默认 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jobs list: tasks per page, 1 to 100 (default 20; 100 with --all).</source>
        <translation>jobs list：每页任务数，1 到 100（默认 20；使用 --all 时为 100）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jobs list: every task of the account, all pages.</source>
        <translation>jobs list：账号下的全部任务，所有页。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output: table (default; local times), json (the service&apos;s own response shape; for --all one object with every job) or csv (jobs list only; RFC 4180, UTC times).</source>
        <translation>输出格式：table（默认；本地时间）、json（与服务的响应结构相同；使用 --all 时为包含所有任务的单个对象）或 csv（仅限 jobs list；RFC 4180，UTC 时间）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jobs delete: confirm the deletion (required).</source>
        <translation>jobs delete：确认删除（必需）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jobs watch: seconds between polls (default 5).</source>
        <translation>jobs watch：两次轮询之间的秒数（默认 5）。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+5"/>
        <source>JOB ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRAIL</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOME REGION</source>
        <translation>所在地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>EVENTS FROM</source>
        <translation>事件起始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENTS TO</source>
        <translation>事件截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+13"/>
        <source>No per-region status reported.
</source>
        <translation>未报告各地域状态。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try &apos;backfill-browser --help&apos;.</source>
        <translation>请尝试“backfill-browser --help”。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>endpoint: %1, signature %2, timeout %3 s</source>
        <translation>服务接入点：%1，签名 %2，超时 %3 秒</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>credentials: %1</source>
        <translation>凭证：%1</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+10"/>
        <source>Backfill Browser</source>
        <translation>Backfill Browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is connected yet.</source>
        <translation>尚未连接任何账号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <location filename="../app/api/responseparser.cpp" line="+25"/>
        <source>field %1 is missing</source>
        <translation>缺少字段 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field %1 is not %2</source>
        <translation>字段 %1 不是%2</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+19"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>field %1 is not a UTC time of the form yyyy-MM-ddTHH:mm:ssZ: &quot;%2&quot;</source>
        <translation>字段 %1 不是 yyyy-MM-ddTHH:mm:ssZ 格式的 UTC 时间：“%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>field %1 is not a positive job id</source>
        <translation>字段 %1 不是正数的任务 ID</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>a non-negative count</source>
        <translation>非负计数</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>empty body</source>
        <translation>空响应体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body: %1</source>
        <translation>响应体：%1</translation>
    </message>
</context>
</TS>
