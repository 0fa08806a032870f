// Build-time tool: renders the SVG app icon into one hicolor PNG size.
//   backfill-render-icon SOURCE.svg SIZE OUT.png
// Qt's own SVG renderer draws the icon exactly as the app does, and needs no extra build
// dependency (rsvg-convert, Inkscape).
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // No QGuiApplication: painting SVG shapes into a QImage needs no platform plugin, and a build
    // step has no display.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size <= 0 || size > 1024) {
        err << "usage: backfill-render-icon SOURCE.svg SIZE OUT.png\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "backfill-render-icon: cannot read SVG " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(3), "PNG")) {
        err << "backfill-render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
