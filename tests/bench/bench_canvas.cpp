// bench_canvas [STEPS...]: times the map canvas on large synthetic maps (default 2,000 and 10,000
// steps). A map of 10 lanes with a step every 200 units, each connected to the next one in its lane
// and every fifth one to the next column of the lane below, is built in code. For each size:
//   open     create the ProcessDocument, a MapView on it, show it and paint the first frame
//   repaint  a full repaint of the viewport at fit-to-window (viewport()->grab())
//   drag     one moveStepsBy of one step at 100% plus the signals and the repaint it causes
// Each figure is the median of three repetitions (drag: of 60 moves, with the worst too).
// Run under the offscreen platform: QT_QPA_PLATFORM=offscreen bench_canvas

#include "benchmap.h"

#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "process/processdocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Stepwise;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QVector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {2000, 10000};

    std::printf("%8s %9s %10s %12s %13s %12s %12s\n", "steps", "handoffs", "open ms", "repaint ms",
                "(fit zoom)", "drag ms p50", "drag ms max");
    for (int size : sizes) {
        const Process process = Bench::benchmarkMap(size);
        QVector<double> open, repaint, drag;
        double dragMax = 0;
        double fitZoom = 0;
        for (int rep = 0; rep < 3; ++rep) {
            QElapsedTimer t;
            t.start();
            auto doc = std::make_unique<ProcessDocument>(process);
            auto view = std::make_unique<MapView>();
            view->resize(1600, 900);
            view->setDocument(doc.get());
            view->show();
            QApplication::processEvents();
            view->viewport()->repaint();
            open.append(ms(t));

            view->fitToWindow();
            fitZoom = view->zoom();
            view->viewport()->grab(); // warm-up: the index and glyph caches
            QVector<double> paints;
            for (int i = 0; i < 3; ++i) {
                t.start();
                const QPixmap frame = view->viewport()->grab();
                paints.append(ms(t));
            }
            repaint.append(median(paints));

            // Drag a step in the middle of the map at 100%, as a mouse would: small moves, each
            // one moveStepsBy, its signals, and the repaint of what changed.
            const Step &middle = process.steps[process.steps.size() / 2 + 7];
            view->setZoom(1.0);
            view->centerOn(process.stepScenePos(middle));
            QApplication::processEvents();
            QVector<double> moves;
            for (int i = 0; i < 60; ++i) {
                const QPointF delta((i / 10) % 2 ? -10 : 10, i % 20 < 10 ? 3 : -3);
                t.start();
                doc->moveStepsBy({middle.id}, delta);
                QApplication::processEvents();
                moves.append(ms(t));
            }
            doc->breakMergeChain();
            drag.append(median(moves));
            dragMax = std::max(dragMax, *std::max_element(moves.cbegin(), moves.cend()));
            view.reset();
            doc.reset();
        }
        std::printf("%8d %9d %10.1f %12.2f %13.3f %12.2f %12.2f\n", size,
                    int(process.handoffs.size()), median(open), median(repaint), fitZoom,
                    median(drag), dragMax);
        std::fflush(stdout);
    }
    return 0;
}
