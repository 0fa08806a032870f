// The account editor's Region | Endpoint table: what it shows, what it gives back, what it
// refuses (the profile's own rule), and that it works from the keyboard alone.
#include "accounts/profileeditordialog.h"
#include "accounts/regionendpointseditor.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using TestSupport::child;

namespace {
Profile vpcProfile()
{
    Profile p;
    p.name = QStringLiteral("vpc");
    p.accessKeyId = QStringLiteral("LTAI5tFAKE0001");
    p.region = QStringLiteral("cn-beijing");
    p.regionEndpoints.insert(
        QStringLiteral("cn-beijing"),
        QUrl(QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com")));
    p.regionEndpoints.insert(
        QStringLiteral("cn-shanghai"),
        QUrl(QStringLiteral("https://actiontrail-vpc.cn-shanghai.aliyuncs.com")));
    return p;
}

/** The cell editor open now, if any (a closed one lingers until deleted later). */
QLineEdit *openEditor(QTableWidget *table)
{
    const auto edits = table->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->isVisible())
            return edit;
    }
    return nullptr;
}

/** Types into the open cell editor as a user does; Enter commits. */
void typeIntoEditor(QTableWidget *table, const QString &text)
{
    QLineEdit *line = nullptr;
    QTRY_VERIFY((line = openEditor(table)) != nullptr);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(openEditor(table) == nullptr);
}

/** F2 opens the cell's editor. */
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    typeIntoEditor(table, text);
}
} // namespace

class TestRegionEndpointsEditor : public QObject
{
    Q_OBJECT

private slots:
    void editModeShowsAndKeepsThem();
    void validation_data();
    void validation();
    void keyboardAddsAndRemovesRows();
    void emptyRowsAreIgnored();
};

void TestRegionEndpointsEditor::editModeShowsAndKeepsThem()
{
    const Profile p = vpcProfile();
    ProfileEditorDialog editor;
    editor.setProfile(p);
    auto *table = child<QTableWidget>(&editor, "regionEndpointsTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("cn-beijing"));
    QCOMPARE(table->item(0, 1)->text(),
             QStringLiteral("https://actiontrail-vpc.cn-beijing.aliyuncs.com"));
    QCOMPARE(editor.profile().regionEndpoints, p.regionEndpoints);
    QVERIFY(
        child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Save)->isEnabled());
}

void TestRegionEndpointsEditor::validation_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("problem"); // empty: Save is enabled
    QTest::newRow("https") << QStringLiteral("cn-hangzhou")
                           << QStringLiteral("https://actiontrail-vpc.cn-hangzhou.aliyuncs.com")
                           << QString();
    QTest::newRow("http to loopback")
        << QStringLiteral("cn-hangzhou") << QStringLiteral("http://127.0.0.1:8080") << QString();
    QTest::newRow("http elsewhere")
        << QStringLiteral("cn-hangzhou") << QStringLiteral("http://actiontrail.example.com")
        << QStringLiteral("plain http");
    QTest::newRow("endpoint missing")
        << QStringLiteral("cn-hangzhou") << QString() << QStringLiteral("is empty");
    QTest::newRow("region missing")
        << QString() << QStringLiteral("https://a.example.com") << QStringLiteral("no region");
    QTest::newRow("region not an id")
        << QStringLiteral("China North") << QStringLiteral("https://a.example.com")
        << QStringLiteral("not a region ID");
    QTest::newRow("region twice") << QStringLiteral("cn-beijing")
                                  << QStringLiteral("https://b.example.com")
                                  << QStringLiteral("has an endpoint already");
}

void TestRegionEndpointsEditor::validation()
{
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(QString, problem);
    ProfileEditorDialog editor;
    editor.setProfile(vpcProfile());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *table = child<QTableWidget>(&editor, "regionEndpointsTable");
    QTest::mouseClick(child<QPushButton>(&editor, "addRegionEndpointButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    typeIntoCell(table, 2, 0, region);
    typeIntoCell(table, 2, 1, endpoint);

    auto *save = child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Save);
    auto *label = child<QLabel>(&editor, "validationLabel");
    QCOMPARE(save->isEnabled(), problem.isEmpty());
    if (problem.isEmpty()) {
        QCOMPARE(editor.profile().regionEndpoints.value(region), QUrl(endpoint));
        QString why;
        QVERIFY2(editor.profile().check(&why), qPrintable(why));
    } else {
        QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("row 3")));
    }
}

void TestRegionEndpointsEditor::keyboardAddsAndRemovesRows()
{
    RegionEndpointsEditor editor;
    editor.setEndpoints(vpcProfile().regionEndpoints);
    QSignalSpy changed(&editor, &RegionEndpointsEditor::changed);
    auto *table = child<QTableWidget>(&editor, "regionEndpointsTable");
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());

    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(editor.endpoints().keys(), QStringList {QStringLiteral("cn-shanghai")});
    QVERIFY(!changed.isEmpty());

    // Insert adds a row and opens its region cell for typing.
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(table->rowCount(), 2);
    typeIntoEditor(table, QStringLiteral("cn-hangzhou"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("cn-hangzhou"));
    typeIntoCell(table, 1, 1, QStringLiteral("https://actiontrail-vpc.cn-hangzhou.aliyuncs.com"));
    QCOMPARE(editor.validationProblem(), QString());
    QCOMPARE(editor.endpoints().value(QStringLiteral("cn-hangzhou")),
             QUrl(QStringLiteral("https://actiontrail-vpc.cn-hangzhou.aliyuncs.com")));

    // The Remove button works on the current row too, and is off when there is none.
    auto *remove = child<QPushButton>(&editor, "removeRegionEndpointButton");
    table->setCurrentCell(0, 0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
    QVERIFY(editor.endpoints().isEmpty());
}

void TestRegionEndpointsEditor::emptyRowsAreIgnored()
{
    ProfileEditorDialog editor;
    editor.setProfile(vpcProfile());
    QTest::mouseClick(child<QPushButton>(&editor, "addRegionEndpointButton"), Qt::LeftButton);
    // A row added and left empty is no problem and no entry.
    QVERIFY(
        child<QDialogButtonBox>(&editor, "buttonBox")->button(QDialogButtonBox::Save)->isEnabled());
    QCOMPARE(editor.profile().regionEndpoints, vpcProfile().regionEndpoints);
}

QTEST_MAIN(TestRegionEndpointsEditor)
#include "tst_regionendpointseditor.moc"
