// The New Task dialog on its own: its texts never overlap or clip, a failed create hands the
// keyboard back to the trail field, and the "still running" block follows the task it names.

#include "createjobdialog.h"
#include "fakejobsource.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using TestSupport::child;

namespace {

QString longMessage()
{
    return QStringLiteral("The trail is being reconfigured and cannot start a backfill now. ")
        .repeated(6);
}
} // namespace

class TestCreateJobDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void textsFitAfterFailure_data();
    void textsFitAfterFailure();
    void failureGivesKeyboardBackToTrail();
    void retryNoteNamesTheReason_data();
    void retryNoteNamesTheReason();
    void runningJobFollowsOwner_data();
    void runningJobFollowsOwner();
    void nameIsCheckedBeforeSending_data();
    void nameIsCheckedBeforeSending();
    void picksFromDescribeTrails();

private:
    void failOnce(CreateJobDialog &dialog, const ApiError &error);

    std::unique_ptr<FakeJobSource> m_source;
};

void TestCreateJobDialog::init()
{
    m_source = std::make_unique<FakeJobSource>();
}

void TestCreateJobDialog::cleanup()
{
    m_source.reset();
}

void TestCreateJobDialog::failOnce(CreateJobDialog &dialog, const ApiError &error)
{
    m_source->failingActions.insert(QStringLiteral("CreateDeliveryHistoryJob"), error);
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&dialog, "createError")->isVisible());
    QTRY_VERIFY(child<QPushButton>(&dialog, "createButton")->isEnabled());
}

void TestCreateJobDialog::textsFitAfterFailure_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("width");
    QTest::addColumn<qint64>("running");

    QTest::newRow("short refusal, as opened") << QStringLiteral("try later") << 0 << qint64(0);
    QTest::newRow("long refusal, as opened") << longMessage() << 0 << qint64(0);
    QTest::newRow("long refusal, narrowed") << longMessage() << 360 << qint64(0);
    QTest::newRow("running task, narrowed") << QString() << 360 << qint64(4242424242);
}

void TestCreateJobDialog::textsFitAfterFailure()
{
    QFETCH(QString, message);
    QFETCH(int, width);
    QFETCH(qint64, running);

    CreateJobDialog dialog(m_source.get(), {QStringLiteral("audit-trail")}, running);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (!message.isEmpty()) {
        ApiError error
            = FakeJobSource::serviceError(400, QStringLiteral("InvalidTrailState"), message);
        error.requestId = QStringLiteral("6F1C8E2D-7A3B-4C5D-9E0F-1A2B3C4D5E6F");
        failOnce(dialog, error);
    }
    if (width > 0)
        dialog.resize(width, dialog.height());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    QList<QLabel *> shown;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            shown << label;
    }
    QVERIFY(shown.size() >= 2);
    for (QLabel *label : std::as_const(shown)) {
        const QString name = label->objectName().isEmpty() ? label->text() : label->objectName();
        QVERIFY2(dialog.rect().contains(label->geometry()), qPrintable(name));
        const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                             : label->sizeHint().height();
        QVERIFY2(label->height() >= needed,
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3")
                                .arg(name)
                                .arg(label->height())
                                .arg(needed)));
        for (QLabel *other : std::as_const(shown)) {
            if (other != label && label->parentWidget() == other->parentWidget())
                QVERIFY2(!label->geometry().intersects(other->geometry()),
                         qPrintable(name + QStringLiteral(" overlaps ") + other->objectName()));
        }
    }
}

void TestCreateJobDialog::failureGivesKeyboardBackToTrail()
{
    CreateJobDialog dialog(m_source.get(), {QStringLiteral("audit-trail")}, 0);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *trail = child<QComboBox>(&dialog, "createTrailCombo");
    trail->setFocus();
    trail->setCurrentText(QStringLiteral("typo-trail"));

    failOnce(dialog,
             FakeJobSource::serviceError(400, QStringLiteral("TrailNotFoundException"),
                                         QStringLiteral("no such trail")));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus == trail || focus == trail->lineEdit(),
             qPrintable(focus ? focus->objectName() + QLatin1Char(' ')
                                + QString::fromLatin1(focus->metaObject()->className())
                              : QStringLiteral("no focus")));
    auto *create = child<QPushButton>(&dialog, "createButton");
    QVERIFY(create->isDefault());

    // Retype and press Enter: that creates again, it does not cancel.
    m_source->failingActions.clear();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("audit-trail"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_source->callCount(QStringLiteral("CreateDeliveryHistoryJob")), 2);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(m_source->calls.last().trailName, QStringLiteral("audit-trail"));
}

void TestCreateJobDialog::retryNoteNamesTheReason_data()
{
    QTest::addColumn<ApiError>("reason");
    QTest::addColumn<QString>("says");

    QTest::newRow("throttled") << FakeJobSource::serviceError(
        400, QStringLiteral("Throttling.User"), QStringLiteral("slow down"))
                               << QStringLiteral("Throttling.User");
    ApiError timeout;
    timeout.kind = ApiError::Kind::Timeout;
    QTest::newRow("no answer") << timeout << QStringLiteral("no answer in time");
    ApiError broken;
    broken.kind = ApiError::Kind::MalformedResponse;
    broken.httpStatus = 200;
    QTest::newRow("broken body") << broken << QStringLiteral("unreadable answer");
}

void TestCreateJobDialog::retryNoteNamesTheReason()
{
    QFETCH(ApiError, reason);
    QFETCH(QString, says);

    m_source->autoRespond = false;
    CreateJobDialog dialog(m_source.get(), {QStringLiteral("audit-trail")}, 0);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    QCOMPARE(m_source->calls.size(), 1);
    PendingJobRequest *request = m_source->calls.constFirst().request;
    QVERIFY(request);
    request->reportRetrying(2, 8, reason, 0);
    const QString note = child<QLabel>(&dialog, "createProgress")->text();
    QVERIFY2(note.endsWith(QStringLiteral("2/8 \u2014 ") + says), qPrintable(note));
}

void TestCreateJobDialog::runningJobFollowsOwner_data()
{
    QTest::addColumn<qint64>("atOpen");
    QTest::addColumn<qint64>("later");

    QTest::newRow("running task failed") << qint64(4242424242) << qint64(0);
    QTest::newRow("a task started") << qint64(0) << qint64(17);
    QTest::newRow("another task runs") << qint64(17) << qint64(18);
}

void TestCreateJobDialog::runningJobFollowsOwner()
{
    QFETCH(qint64, atOpen);
    QFETCH(qint64, later);

    CreateJobDialog dialog(m_source.get(), {QStringLiteral("audit-trail")}, atOpen);
    dialog.show();
    auto *create = child<QPushButton>(&dialog, "createButton");
    auto *blocked = child<QLabel>(&dialog, "createBlockedReason");
    QCOMPARE(create->isEnabled(), atOpen == 0);
    QCOMPARE(blocked->isVisible(), atOpen != 0);

    dialog.setRunningJob(later);
    QCOMPARE(create->isEnabled(), later == 0);
    QCOMPARE(blocked->isVisible(), later != 0);
    if (later != 0) {
        QVERIFY(blocked->text().contains(QString::number(later)));
        QVERIFY(!blocked->text().contains(QString::number(atOpen)) || atOpen == 0);
    }
}

void TestCreateJobDialog::nameIsCheckedBeforeSending_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << QStringLiteral("audit_trail-2") << true;
    QTest::newRow("six characters") << QStringLiteral("abcdef") << true;
    QTest::newRow("36 characters") << QStringLiteral("a").repeated(36) << true;
    QTest::newRow("five characters") << QStringLiteral("abcde") << false;
    QTest::newRow("37 characters") << QStringLiteral("a").repeated(37) << false;
    QTest::newRow("upper case") << QStringLiteral("Audit-trail") << false;
    QTest::newRow("starts with a digit") << QStringLiteral("1audit-trail") << false;
    QTest::newRow("starts with '-'") << QStringLiteral("-audit-trail") << false;
    QTest::newRow("a space") << QStringLiteral("audit trail") << false;
    QTest::newRow("a dot") << QStringLiteral("audit.trail") << false;
    QTest::newRow("not ASCII") << QStringLiteral("audit-tr\u00e4il") << false;
}

void TestCreateJobDialog::nameIsCheckedBeforeSending()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    CreateJobDialog dialog(m_source.get(), {}, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *trail = child<QComboBox>(&dialog, "createTrailCombo");
    trail->setFocus();
    // Typed (QTest types Latin-1 only; the field takes whatever it is given).
    trail->setEditText(name);
    QCOMPARE(child<QPushButton>(&dialog, "createButton")->isEnabled(), valid);
    auto *problem = child<QLabel>(&dialog, "createNameProblem");
    QCOMPARE(problem->isVisible(), !valid);
    QCOMPARE(problem->text().isEmpty(), valid);
    // Enter does not send a name the service would refuse.
    QTest::keyClick(trail->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_source->callCount(QStringLiteral("CreateDeliveryHistoryJob")), valid ? 1 : 0);
}

void TestCreateJobDialog::picksFromDescribeTrails()
{
    const auto trail = [](const char *name, bool sls, const char *region) {
        Trail t;
        t.name = QString::fromLatin1(name);
        t.homeRegion = QString::fromLatin1(region);
        t.status = QStringLiteral("Enable");
        if (sls)
            t.slsProjectArn = QStringLiteral("acs:log:cn-hangzhou:1:project/audit-log");
        return t;
    };
    CreateJobDialog dialog(m_source.get(), {QStringLiteral("seen-in-tasks")}, 0);
    dialog.setTrails({trail("oss-only-trail", false, "cn-hangzhou"),
                      trail("ready-trail", true, "cn-hangzhou"),
                      trail("beijing-trail", true, "cn-beijing")},
                     QStringLiteral("cn-hangzhou"));
    dialog.show();
    auto *combo = child<QComboBox>(&dialog, "createTrailCombo");
    auto *create = child<QPushButton>(&dialog, "createButton");
    QCOMPARE(combo->count(), 3);
    // The first ready trail is chosen; the others are listed but cannot be picked.
    QCOMPARE(dialog.trailName(), QStringLiteral("ready-trail"));
    QVERIFY(create->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "createWindow")->isVisible());
    const auto *items = qobject_cast<const QStandardItemModel *>(combo->model());
    QVERIFY(items);
    QVERIFY(!(items->item(0)->flags() & Qt::ItemIsEnabled));
    QVERIFY(items->item(1)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(items->item(2)->flags() & Qt::ItemIsEnabled));
    auto *unavailable = child<QLabel>(&dialog, "createUnavailableTrails");
    QVERIFY(unavailable->isVisible());
    const QString text = unavailable->text();
    QVERIFY2(
        text.contains(
            QStringLiteral("oss-only-trail: ")
            + BackfillReadiness::of(trail("oss-only-trail", false, "cn-hangzhou")).explanation()),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("beijing-trail")));
    QVERIFY(!text.contains(QStringLiteral("ready-trail")));
    // Typed in anyway: the reason is shown and nothing is sent.
    dialog.setTrailName(QStringLiteral("oss-only-trail"));
    QVERIFY(!create->isEnabled());
    auto *problem = child<QLabel>(&dialog, "createNameProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(),
             BackfillReadiness {BackfillReadiness::Reason::NoSlsDelivery}.explanation());
}

QTEST_MAIN(TestCreateJobDialog)
#include "tst_createjobdialog.moc"
