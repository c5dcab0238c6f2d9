// bench_export [STEPS...]: times the map export on large synthetic maps (default 10,000 steps,
// the map of benchmap.h, as bench_canvas draws it). For each size, each the median of three runs:
//   pdf fit     a PDF of the map fitted on one A4 page (title block and legend too)
//   pdf tiled   a PDF of the map at 100% tiled over A4 landscape pages, after a page index
//   png         a PNG of the map fitted on an A3 page at 150 dpi
//   png map     a PNG as large as the map at 10 dpi (the map at 100% is ~2 m wide)
// and, first, what each of them starts with: the map's scene, its handoffs routed.
// Budget (issue 6): under 3 s each for 10,000 steps.
// Run under the offscreen platform: QT_QPA_PLATFORM=offscreen bench_export

#include "benchmap.h"

#include "export/mapexport.h"
#include "export/mappainter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Stepwise;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QVector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {10000};
    // BENCH_EXPORT_DIR=DIR keeps the files there (to look at them); else a temporary folder.
    QTemporaryDir temporary;
    const QDir dir(qEnvironmentVariableIsSet("BENCH_EXPORT_DIR")
                       ? qEnvironmentVariable("BENCH_EXPORT_DIR")
                       : temporary.path());

    struct Case
    {
        const char *name;
        MapExportOptions options;
    };
    QVector<Case> cases;
    MapExportOptions pdf;
    pdf.fileName = dir.filePath(QStringLiteral("map.pdf"));
    cases.append({"pdf fit A4", pdf});
    pdf.fileName = dir.filePath(QStringLiteral("tiled.pdf"));
    pdf.tiled = true;
    pdf.orientation = MapExportOptions::Orientation::Landscape;
    cases.append({"pdf tiled A4", pdf});
    MapExportOptions png;
    png.fileName = dir.filePath(QStringLiteral("map.png"));
    png.format = MapExportOptions::Format::Png;
    png.page = MapExportOptions::Page::A3;
    cases.append({"png A3 150 dpi", png});
    png.page = MapExportOptions::Page::Fit;
    png.dpi = 10;
    cases.append({"png map 10 dpi", png});

    std::printf("%8s %-16s %10s %8s %12s\n", "steps", "export", "ms p50", "pages", "bytes");
    for (int size : sizes) {
        const Process process = Bench::benchmarkMap(size);
        // What every export starts with: the scene of the map, its handoffs routed.
        QVector<double> scene;
        for (int rep = 0; rep < 3; ++rep) {
            QElapsedTimer t;
            t.start();
            const MapPainter painter(process);
            scene.append(t.nsecsElapsed() / 1e6);
        }
        std::printf("%8d %-16s %10.0f\n", size, "(scene only)", median(scene));
        for (const Case &c : cases) {
            // BENCH_EXPORT_CASE="pdf tiled" times only the cases whose name starts so (profiling).
            const QByteArray only = qgetenv("BENCH_EXPORT_CASE");
            if (!only.isEmpty() && !QByteArray(c.name).startsWith(only))
                continue;
            QVector<double> times;
            QString error;
            for (int rep = 0; rep < 3; ++rep) {
                QElapsedTimer t;
                t.start();
                if (!exportMap(process, c.options, MapExportInfo(), &error)) {
                    std::printf("%s failed: %s\n", c.name, qPrintable(error));
                    return 1;
                }
                times.append(t.nsecsElapsed() / 1e6);
            }
            std::printf("%8d %-16s %10.0f %8d %12lld\n", size, c.name, median(times),
                        mapExportPageCount(process, c.options, MapExportInfo()),
                        QFileInfo(c.options.fileName).size());
            std::fflush(stdout);
        }
    }
    return 0;
}
