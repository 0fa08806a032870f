// TLS trust and proxies as an admin behind TLS inspection or a corporate proxy meets them: the
// real binary against an HTTPS server on loopback whose certificate comes from a CA made for the
// test (accepted with SSL_CERT_FILE, SSL_CERT_DIR or --ca-bundle; refused without: verification
// is never off), and against a proxy that is not there.
#include "api/networksetup.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkProxyQuery>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs openssl with `arguments` in `directory`; false (with its output) when it fails. */
bool openssl(const QString &directory, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    const bool ok = process.waitForFinished(60000) && process.exitCode() == 0;
    *output = QString::fromLocal8Bit(process.readAll());
    return ok;
}

} // namespace

class tst_CliNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir; // the test CA and the server's key live only here, only for the run
    QSslServer m_server;

    Run run(const QStringList &arguments, const QMap<QString, QString> &extraEnv)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"ALIBABA_CLOUD_PROFILE", "ALIBABA_CLOUD_REGION_ID", "SSL_CERT_FILE", "SSL_CERT_DIR",
              "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy",
              "LANGUAGE", "LC_ALL"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAInet"));
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                   QStringLiteral("NetSecret-never-printed"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("BACKFILL_BIN_DIR")
                          + QStringLiteral("/backfill-browser"),
                      arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(120000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList listArgs() const
    {
        return {QStringLiteral("jobs"),
                QStringLiteral("list"),
                QStringLiteral("--format"),
                QStringLiteral("csv"),
                QStringLiteral("--endpoint"),
                QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path();
        QFile extensions(dir + QStringLiteral("/server.ext"));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n");
        extensions.close();
        QString output;
        const QStringList ec
            = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QVERIFY2(openssl(dir,
                         QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                             + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                            QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                            QStringLiteral("-days"), QStringLiteral("1"),
                                            QStringLiteral("-subj"),
                                            QStringLiteral("/CN=Backfill test CA"),
                                            QStringLiteral("-addext"),
                                            QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                            QStringLiteral("-addext"),
                                            QStringLiteral("keyUsage=critical,keyCertSign")},
                         &output),
                 qPrintable(output));
        QVERIFY2(
            openssl(dir,
                    QStringList {QStringLiteral("req")} + ec
                        + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                       QStringLiteral("-out"), QStringLiteral("server.csr"),
                                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                    &output),
            qPrintable(output));
        QVERIFY2(
            openssl(dir,
                    {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                     QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                     QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                    &output),
            qPrintable(output));
        QDir().mkpath(dir + QStringLiteral("/certs"));
        QVERIFY(QFile::copy(dir + QStringLiteral("/ca.pem"),
                            dir + QStringLiteral("/certs/test-ca.pem")));

        QFile certificate(dir + QStringLiteral("/server.pem"));
        QFile key(dir + QStringLiteral("/server.key"));
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        configuration.setPeerVerifyMode(
            QSslSocket::VerifyNone); // the server does not ask for a client certificate
        m_server.setSslConfiguration(configuration);
        // Answers every request with one page of jobs, then closes.
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                    buffer->append(socket->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    const QByteArray body = TestSupport::listSample();
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void trustedCaIsAccepted_data()
    {
        QTest::addColumn<QStringList>("extraArguments");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        const QString dir = m_dir.path();
        QTest::newRow("SSL_CERT_FILE")
            << QStringList() << QStringLiteral("SSL_CERT_FILE") << dir + QStringLiteral("/ca.pem");
        QTest::newRow("SSL_CERT_DIR")
            << QStringList() << QStringLiteral("SSL_CERT_DIR")
            << QStringLiteral("/nonexistent-first:") + dir + QStringLiteral("/certs");
        QTest::newRow("--ca-bundle")
            << QStringList {QStringLiteral("--ca-bundle"), dir + QStringLiteral("/ca.pem")}
            << QString() << QString();
    }
    void trustedCaIsAccepted()
    {
        QFETCH(QStringList, extraArguments);
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QMap<QString, QString> env;
        if (!variable.isEmpty())
            env.insert(variable, value);
        if (variable == QLatin1String("SSL_CERT_DIR")) {
            // A directory that does not exist is a configuration error, named.
            const Run bad = run(listArgs(), env);
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.contains(QStringLiteral("/nonexistent-first")), qPrintable(bad.err));
            env.insert(variable, m_dir.path() + QStringLiteral("/certs"));
        }
        const Run result = run(extraArguments + listArgs(), env);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("16602,trail-name")), qPrintable(result.out));
    }

    void untrustedCaIsRefused()
    {
        // Without the test CA the same server is refused: verification is never turned off.
        const Run result = run(listArgs(), {});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("TLS")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void unreadableCaBundleIsAUsageError()
    {
        const Run result = run(QStringList {QStringLiteral("--ca-bundle"),
                                            m_dir.path() + QStringLiteral("/server.csr")}
                                   + listArgs(),
                               {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("server.csr")), qPrintable(result.err));
        const Run missing
            = run(listArgs(),
                  {{QStringLiteral("SSL_CERT_FILE"), m_dir.path() + QStringLiteral("/none.pem")}});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("none.pem")), qPrintable(missing.err));
    }

    void deadProxyIsNamed()
    {
        // A port nothing listens on: take one, then close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString proxy = QStringLiteral("127.0.0.1:%1").arg(port);
        const Run result = run(
            {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--region"),
             QStringLiteral("cn-hangzhou")},
            {{QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://admin:proxy-pass@") + proxy}});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.contains(QStringLiteral("The proxy http://%1 could not be used").arg(proxy)),
            qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("proxy-pass")), qPrintable(result.err));
    }

    void unparsableProxyIsAUsageError()
    {
        const Run result
            = run(listArgs(), {{QStringLiteral("HTTPS_PROXY"), QStringLiteral("::::")}});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("HTTPS_PROXY")), qPrintable(result.err));
    }

    void httpProxyIsForHttpOnly()
    {
        // In the process environment too: Qt's own reading of it (the system configuration)
        // would send https through http_proxy.
        qputenv("http_proxy", "http://proxy.example:3128");
        qputenv("HTTP_PROXY", "http://proxy.example:3128");
        const auto cleanup = qScopeGuard([] {
            qunsetenv("http_proxy");
            qunsetenv("HTTP_PROXY");
        });
        EnvironmentProxyFactory factory(QProcessEnvironment::systemEnvironment());
        const QList<QNetworkProxy> https = factory.queryProxy(QNetworkProxyQuery(
            QUrl(QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com"))));
        QCOMPARE(https.first().type(), QNetworkProxy::NoProxy);
        const QList<QNetworkProxy> http
            = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("http://example.org"))));
        QCOMPARE(http.first().hostName(), QStringLiteral("proxy.example"));
    }

    void verboseNamesTheProxyWithoutCredentials()
    {
        const Run result
            = run({QStringLiteral("--verbose"), QStringLiteral("--ca-bundle"),
                   m_dir.path() + QStringLiteral("/ca.pem"), QStringLiteral("--endpoint"),
                   QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()),
                   QStringLiteral("jobs"), QStringLiteral("list")},
                  {{QStringLiteral("HTTPS_PROXY"),
                    QStringLiteral("http://admin:proxy-pass@proxy.example:3128")}});
        // Loopback is never proxied, and --verbose says which proxy (none) was used.
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("proxy: none (direct)")),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("proxy-pass")));
    }
};

QTEST_GUILESS_MAIN(tst_CliNetwork)
#include "tst_clinetwork.moc"
