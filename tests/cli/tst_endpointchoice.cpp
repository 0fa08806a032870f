// Where a member account's region is asked under `jobs list --all-accounts`: a REGION=URL
// replaces that region's endpoint only; a plain --endpoint serves every other region (the
// emulator); neither: the region's public endpoint. Plain http only to this computer.
#include "cli/endpointchoice.h"
#include "globaloptions.h"

#include <QTest>

class TestEndpointChoice : public QObject
{
    Q_OBJECT

private slots:
    void memberRegionEndpoint_data()
    {
        QTest::addColumn<QString>("serving");
        QTest::addColumn<QStringList>("regionEndpoints"); // REGION=URL
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected"); // empty: refused
        const QString emulator = QStringLiteral("http://127.0.0.1:8080");
        const QString vpc = QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com");
        QTest::newRow("neither: the public endpoint")
            << QString() << QStringList() << QStringLiteral("cn-shanghai")
            << QStringLiteral("https://actiontrail.cn-shanghai.aliyuncs.com");
        QTest::newRow("plain --endpoint serves every region")
            << emulator << QStringList() << QStringLiteral("cn-shanghai") << emulator;
        QTest::newRow("REGION=URL replaces its region")
            << QString() << QStringList {QStringLiteral("cn-beijing=") + vpc}
            << QStringLiteral("cn-beijing") << vpc;
        QTest::newRow("REGION=URL only its region")
            << QString() << QStringList {QStringLiteral("cn-beijing=") + vpc}
            << QStringLiteral("cn-shanghai")
            << QStringLiteral("https://actiontrail.cn-shanghai.aliyuncs.com");
        QTest::newRow("REGION=URL wins over plain")
            << emulator << QStringList {QStringLiteral("cn-beijing=") + vpc}
            << QStringLiteral("cn-beijing") << vpc;
        QTest::newRow("plain for the other regions beside a REGION=URL")
            << emulator << QStringList {QStringLiteral("cn-beijing=") + vpc}
            << QStringLiteral("cn-hangzhou") << emulator;
        QTest::newRow("plain http elsewhere is refused")
            << QString()
            << QStringList {QStringLiteral("cn-beijing=http://actiontrail.example.com")}
            << QStringLiteral("cn-beijing") << QString();
    }
    void memberRegionEndpoint()
    {
        QFETCH(QString, serving);
        QFETCH(QStringList, regionEndpoints);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        GlobalOptions global;
        global.endpoint = serving;
        for (const QString &pair : regionEndpoints) {
            const qsizetype at = pair.indexOf(QLatin1Char('='));
            global.regionEndpoints.insert(pair.left(at), pair.mid(at + 1));
        }
        QUrl endpoint;
        QString error;
        const bool ok = ::memberRegionEndpoint(global, QUrl(serving), region, &endpoint, &error);
        QCOMPARE(ok, !expected.isEmpty());
        if (ok)
            QCOMPARE(endpoint, QUrl(expected));
        else
            QVERIFY2(error.contains(region), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEndpointChoice)
#include "tst_endpointchoice.moc"
