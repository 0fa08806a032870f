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
</TS>
