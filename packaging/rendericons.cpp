// Renders the application icon (SVG) as the PNG sizes desktops look for in the hicolor theme,
// at build time: rendericons IN.svg OUT_DIR SIZE... writes
// OUT_DIR/SIZExSIZE/org.stepwise.Stepwise.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: rendericons IN.svg OUT_DIR SIZE...\n");
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "rendericons: cannot read %s\n", qPrintable(args.at(1)));
        return 2;
    }
    for (int i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0)
            return 1;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir)
            || !image.save(dir + QStringLiteral("/org.stepwise.Stepwise.png"))) {
            std::fprintf(stderr, "rendericons: cannot write into %s\n", qPrintable(dir));
            return 2;
        }
    }
    return 0;
}
