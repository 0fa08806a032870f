#include "domain/regioncatalog.h"
#include "models/regionstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
QList<RegionStatus> regionsFrom(const QList<int> &statuses)
{
    const QStringList ids = RegionCatalog::knownRegionIds();
    QList<RegionStatus> regions;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        regions << RegionStatus {ids.at(i), jobStatusFromInt(statuses[i]), statuses[i]};
    return regions;
}
} // namespace

class TestRegionStatusModel : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void columns();
    void sameRegionsUpdateInPlace();
    void otherRegionsReset();
    void catalog();
};

void TestRegionStatusModel::summary_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QList<int> {} << QStringLiteral("No regions reported yet");
    QTest::newRow("one region") << QList<int> {2} << QStringLiteral("1 of 1 region complete");
    QTest::newRow("spec example") << QList<int> {
        2, 2, 2, 2, 3, 1} << QStringLiteral("4 of 6 regions complete, 1 failed, 1 delivering");
    QTest::newRow("all initializing")
        << QList<int> {0, 0} << QStringLiteral("0 of 2 regions complete, 2 initializing");
    QTest::newRow("unknown status counts in total only")
        << QList<int> {2, 7} << QStringLiteral("1 of 2 regions complete");
}

void TestRegionStatusModel::summary()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, expected);
    RegionStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegions(regionsFrom(statuses));
    QCOMPARE(model.summary(), expected);
}

void TestRegionStatusModel::columns()
{
    RegionStatusModel model;
    model.setRegions({RegionStatus {QStringLiteral("cn-hangzhou"), JobStatus::Failed, 3},
                      RegionStatus {QStringLiteral("xx-new-1"), JobStatus::Unknown, 5}});
    QCOMPARE(model.index(0, RegionStatusModel::RegionIdColumn).data().toString(),
             QStringLiteral("cn-hangzhou"));
    QCOMPARE(model.index(0, RegionStatusModel::RegionNameColumn).data().toString(),
             QStringLiteral("China (Hangzhou)"));
    QCOMPARE(model.index(0, RegionStatusModel::StatusColumn).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model.index(1, RegionStatusModel::RegionNameColumn).data().toString(),
             QStringLiteral("(unknown region)"));
    QCOMPARE(model.index(1, RegionStatusModel::StatusColumn).data().toString(),
             QStringLiteral("Unknown (5)"));
    QCOMPARE(model.index(1, RegionStatusModel::StatusColumn)
                 .data(RegionStatusModel::RawValueRole)
                 .toInt(),
             5);
}

void TestRegionStatusModel::sameRegionsUpdateInPlace()
{
    RegionStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegions(regionsFrom({1, 1, 1}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRegions(regionsFrom({2, 1, 3}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.countWithStatus(JobStatus::Complete), 1);
    QCOMPARE(model.countWithStatus(JobStatus::Failed), 1);
}

void TestRegionStatusModel::otherRegionsReset()
{
    RegionStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegions(regionsFrom({1, 1}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRegions(regionsFrom({1, 1, 1}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    model.setRegions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRegionStatusModel::catalog()
{
    const QStringList ids = RegionCatalog::knownRegionIds();
    QCOMPARE(ids.size(), 30); // the spec's list
    QVERIFY(ids.contains(QStringLiteral("cn-north-2-gov-1")));
    for (const QString &id : ids)
        QVERIFY2(!RegionCatalog::displayName(id).isEmpty(), qPrintable(id));
    QVERIFY(RegionCatalog::displayName(QStringLiteral("mars-1")).isEmpty());
}

QTEST_GUILESS_MAIN(TestRegionStatusModel)
#include "tst_regionstatusmodel.moc"
