// The window keeps to the screen: an error or retry banner with a long message wraps inside the
// window instead of widening it, and the window is as wide as before once the banner goes.
// The offscreen screen is fixed at 1400 x 900 (see main()), the size the defect was seen on.

#include "accounts/profileeditordialog.h"
#include "errorbanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

namespace {
constexpr int screenWidth = 1400;
constexpr int screenHeight = 900;

QString longEnglish()
{
    QString text;
    for (int i = 0; i < 3; ++i)
        text += QStringLiteral("The specified delivery history job cannot be processed right now "
                               "because the backing store is being rebalanced. ");
    return text;
}

QString longChinese()
{
    QString text;
    for (int i = 0; i < 6; ++i)
        text += QStringLiteral(
            "指定的历史投递任务暂时无法处理，因为后端存储正在重新均衡，请稍后重试。");
    return text;
}

ApiError serviceError(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Service;
    error.httpStatus = 503;
    error.code = QStringLiteral("ServiceUnavailable.Rebalancing");
    error.message = message;
    error.requestId = QStringLiteral("4C2E5F7A-1B3D-4E6F-8A9B-0C1D2E3F4A5B");
    return error;
}

/** Simplified Chinese for the scope of a test row (empty `language`: the source English). */
class Language
{
public:
    explicit Language(const QString &language)
    {
        if (language.isEmpty())
            return;
        m_loaded = m_translator.load(QStringLiteral(":/i18n/backfill-browser_%1.qm").arg(language));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~Language()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};
} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void screenIsTheFixedOne();
    void bannerKeepsWindowOnScreen_data();
    void bannerKeepsWindowOnScreen();
    void accountEditorShowsItsTexts_data();
    void accountEditorShowsItsTexts();
};

void TestWindowLayout::screenIsTheFixedOne()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(available.width(), screenWidth);
    QCOMPARE(available.height(), screenHeight);
}

void TestWindowLayout::bannerKeepsWindowOnScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("retrying");
    QTest::addColumn<bool>("details");

    const QString en;
    const QString zh = QStringLiteral("zh_CN");
    QTest::newRow("error, English") << en << longEnglish() << false << false;
    QTest::newRow("error, Chinese") << zh << longChinese() << false << false;
    QTest::newRow("retrying, English") << en << longEnglish() << true << false;
    QTest::newRow("retrying, Chinese") << zh << longChinese() << true << false;
    QTest::newRow("error with details, English") << en << longEnglish() << false << true;
    QTest::newRow("error with details, Chinese") << zh << longChinese() << false << true;
    QTest::newRow("error with details, unbroken token")
        << en << QStringLiteral("https://actiontrail.cn-hangzhou.aliyuncs.com/").repeated(4)
        << false << true;
}

void TestWindowLayout::bannerKeepsWindowOnScreen()
{
    QFETCH(QString, language);
    QFETCH(QString, message);
    QFETCH(bool, retrying);
    QFETCH(bool, details);
    const Language translation(language);
    QCOMPARE(translation.loaded(), !language.isEmpty());

    // A host shaped like the main window's central area: the banner above the table.
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *banner = new ErrorBanner(central);
    layout->addWidget(banner);
    layout->addWidget(new QTableView(central), 1);
    window.setCentralWidget(central);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int widthBefore = window.width();
    const QRect available = window.screen()->availableGeometry();

    ApiError error = serviceError(message);
    error.detail = message;
    if (retrying)
        banner->showRetrying(3, 8, error);
    else
        banner->showError(error);
    if (details) {
        auto *detailsButton
            = banner->findChild<QPushButton *>(QStringLiteral("errorBannerDetailsButton"));
        QVERIFY(detailsButton);
        QVERIFY(detailsButton->isVisible());
        detailsButton->click();
    }
    QCoreApplication::sendPostedEvents(); // let the layouts settle (LayoutRequest)
    QCoreApplication::processEvents();

    QVERIFY(banner->isVisible());
    QVERIFY2(window.frameGeometry().width() <= available.width(),
             qPrintable(QStringLiteral("window %1 px wide on a %2 px screen")
                            .arg(window.frameGeometry().width())
                            .arg(available.width())));
    QCOMPARE(window.width(), widthBefore);
    QVERIFY(window.minimumSizeHint().width() <= available.width());

    // The long text wraps within the banner and gets the height it needs (nothing cut off below).
    for (auto *label : banner->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap())
            continue;
        QVERIFY2(label->geometry().right() <= banner->contentsRect().right(),
                 qPrintable(label->objectName()));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(label->objectName()));
    }

    banner->dismiss();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(window.width(), widthBefore);
}

void TestWindowLayout::accountEditorShowsItsTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qreal>("pointSize");
    QTest::addColumn<bool>("editing");

    const QString en;
    const QString zh = QStringLiteral("zh_CN");
    QTest::newRow("add, default font") << en << qreal(0) << false;
    QTest::newRow("edit, default font") << en << qreal(0) << true;
    QTest::newRow("add, 12 pt") << en << qreal(12) << false;
    QTest::newRow("edit, 12 pt") << en << qreal(12) << true;
    QTest::newRow("edit, 12 pt, Chinese") << zh << qreal(12) << true;
}

/** How wide `text` shows in `edit`: the cursor's travel from its start to its end. */
static int shownWidth(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    edit->setCursorPosition(0);
    edit->grab(); // the scroll offset is settled when painting
    const int start = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    edit->setCursorPosition(int(text.size()));
    edit->grab();
    return edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x() - start;
}

void TestWindowLayout::accountEditorShowsItsTexts()
{
    QFETCH(QString, language);
    QFETCH(qreal, pointSize);
    QFETCH(bool, editing);
    const Language translation(language);
    QCOMPARE(translation.loaded(), !language.isEmpty());

    const QFont appFont = QApplication::font();
    const auto restoreFont = qScopeGuard([appFont] { QApplication::setFont(appFont); });
    if (pointSize > 0) {
        QFont font = appFont;
        font.setPointSizeF(pointSize);
        QApplication::setFont(font);
    }

    ProfileEditorDialog dialog;
    if (editing) {
        Profile profile;
        profile.name = QStringLiteral("prod-audit");
        profile.description = QStringLiteral("Production audit account (security team, Hangzhou)");
        profile.accessKeyId = QStringLiteral("LTAI5tAbcdefghijklmnopqr");
        profile.region = QStringLiteral("cn-hangzhou");
        profile.endpoint = QUrl(QStringLiteral("https://actiontrail-vpc.cn-hangzhou.aliyuncs.com"));
        dialog.setProfile(profile);
    }
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.frameGeometry().width() <= dialog.screen()->availableGeometry().width());

    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        if (label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
        else
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        // The reveal actions' buttons inside the fields show an icon only.
        if (qobject_cast<QLineEdit *>(button->parentWidget()))
            continue;
        if (button->isVisible() && !button->text().isEmpty())
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }

    // Every placeholder and value shows whole (measured as plain text in the field's own font).
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (!edit->isVisible())
            continue;
        const QString value = edit->text();
        const QString placeholder = edit->placeholderText();
        edit->setEchoMode(QLineEdit::Normal);
        for (const QString &text : {value, placeholder}) {
            if (text.isEmpty())
                continue;
            const int needed = edit->fontMetrics().horizontalAdvance(text);
            const int shown = shownWidth(edit, text);
            QVERIFY2(shown >= needed - 1,
                     qPrintable(QStringLiteral("%1: \"%2\" shows %3 of %4 px")
                                    .arg(edit->objectName(), text)
                                    .arg(shown)
                                    .arg(needed)));
        }
    }
}

int main(int argc, char **argv)
{
    // A fixed screen for the offscreen platform (its default is 800 x 600).
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QStringLiteral(R"({"screens": [{"name": "screen1400", "x": 0, "y": 0,
                                  "width": %1, "height": %2, "logicalDpi": 96}]})")
                   .arg(screenWidth)
                   .arg(screenHeight)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());

    QApplication app(argc, argv);
    TestWindowLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
