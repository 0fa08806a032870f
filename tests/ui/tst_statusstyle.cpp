// How a status looks: the decorator the table and region models paint with gives each status its
// own icon and a readable text colour, on light and dark palettes, and hands out the same icon
// every time (a fresh QIcon per call re-parses and re-renders the SVG on every paint).
#include "statusstyle.h"

#include <QBrush>
#include <QTest>

#include <cmath>

namespace {
QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, text);
    return palette;
}

/** WCAG 2 relative luminance and contrast ratio. */
double luminance(const QColor &colour)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestStatusStyle : public QObject
{
    Q_OBJECT

private slots:
    void decoratorLooks_data();
    void decoratorLooks();
    void statusesLookDifferent();
};

void TestStatusStyle::decoratorLooks_data()
{
    QTest::addColumn<JobStatus>("status");
    QTest::addColumn<QPalette>("palette");
    const QPalette light = paletteWithBase(Qt::white, Qt::black);
    const QPalette dark = paletteWithBase(QColor(0x2b, 0x2b, 0x2b), QColor(0xee, 0xee, 0xee));
    const std::pair<JobStatus, const char *> statuses[]
        = {{JobStatus::Initializing, "initializing"},
           {JobStatus::Delivering, "delivering"},
           {JobStatus::Complete, "complete"},
           {JobStatus::Failed, "failed"},
           {JobStatus::Unknown, "unknown"}};
    for (const auto &[status, name] : statuses) {
        QTest::addRow("%s, light", name) << status << light;
        QTest::addRow("%s, dark", name) << status << dark;
    }
}

void TestStatusStyle::decoratorLooks()
{
    QFETCH(JobStatus, status);
    QFETCH(QPalette, palette);
    const JobFormat::StatusDecorator decorate = StatusStyle::decorator(palette);

    const auto icon = decorate(status, Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(16, 16).isNull());
    QCOMPARE(decorate(status, Qt::DecorationRole).value<QIcon>().cacheKey(), icon.cacheKey());

    const QColor text = decorate(status, Qt::ForegroundRole).value<QBrush>().color();
    QCOMPARE(text, StatusStyle::color(status, palette));
    if (status != JobStatus::Unknown) { // Unknown takes the palette's own placeholder colour
        const double ratio = contrast(text, palette.color(QPalette::Base));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("contrast %1:1 on %2")
                                .arg(ratio)
                                .arg(palette.color(QPalette::Base).name())));
    }
    QVERIFY(!decorate(status, Qt::DisplayRole).isValid());
}

void TestStatusStyle::statusesLookDifferent()
{
    const QPalette palette = paletteWithBase(Qt::white, Qt::black);
    const JobFormat::StatusDecorator decorate = StatusStyle::decorator(palette);
    QSet<QString> paths;
    QSet<QRgb> colours;
    for (JobStatus status : {JobStatus::Initializing, JobStatus::Delivering, JobStatus::Complete,
                             JobStatus::Failed, JobStatus::Unknown}) {
        paths.insert(StatusStyle::iconPath(status));
        colours.insert(decorate(status, Qt::ForegroundRole).value<QBrush>().color().rgb());
    }
    QCOMPARE(paths.size(), 5);
    QCOMPARE(colours.size(), 5);
}

QTEST_MAIN(TestStatusStyle)
#include "tst_statusstyle.moc"
