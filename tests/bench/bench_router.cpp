// bench_router: routes handoffs on a synthetic 2,000-step map (20 lanes of 125 columns, tasks,
// events and gateways) through a column index standing in for the scene's, and prints the mean
// and worst time per kind of handoff. Each route is timed five times and the best kept, so that
// other processes on the machine disturb the figures less.

#include "process/orthogonalrouter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace Stepwise;

int main()
{
    const int lanes = 20, columns = 125;
    const double dx = 180, dy = 100;
    QVector<QVector<QRectF>> byColumn(columns);
    QVector<QRectF> all;
    for (int c = 0; c < columns; ++c) {
        for (int l = 0; l < lanes; ++l) {
            if ((c * 7 + l * 3) % 5 == 0)
                continue; // Some cells are empty.
            const int kind = (c + l) % 3;
            const QSizeF size = kind == 0 ? QSizeF(120, 60)
                : kind == 1               ? QSizeF(40, 40)
                                          : QSizeF(56, 56);
            const QRectF r(QPointF(c * dx + 60 - size.width() / 2, l * dy + 50 - size.height() / 2),
                           size);
            byColumn[c].append(r);
            all.append(r);
        }
    }
    long long queried = 0;
    const auto query = [&](const QRectF &area) {
        QVector<QRectF> out;
        const int c0 = std::max(0, int(std::floor((area.left() - 120) / dx)));
        const int c1 = std::min(columns - 1, int(std::floor(area.right() / dx)));
        for (int c = c0; c <= c1; ++c) {
            for (const QRectF &r : byColumn[c]) {
                if (r.intersects(area))
                    out.append(r);
            }
        }
        queried += out.size();
        return out;
    };
    const OrthogonalRouter router(query);

    struct Kind
    {
        const char *name;
        int dc, dl;
    };
    const Kind kinds[] = {{"right neighbour", 1, 0},
                          {"next lane down", 1, 1},
                          {"two lanes up", 1, -2},
                          {"backward, same lane", -2, 0},
                          {"straight below", 0, 1},
                          {"three columns on", 3, 0},
                          {"far: 6 columns, 5 lanes", 6, 5},
                          {"backward far: 5 columns, 3 lanes", -5, 3},
                          {"very far: 8 columns, 6 lanes", -8, -6}};
    std::printf("%d steps\n", int(all.size()));
    QElapsedTimer timer;
    for (const Kind &kind : kinds) {
        qint64 total = 0, worst = 0;
        int count = 0;
        queried = 0;
        for (const QRectF &s : all) {
            const int c = int(s.center().x() / dx), l = int(s.center().y() / dy);
            const int tc = c + kind.dc, tl = l + kind.dl;
            if (tc < 0 || tc >= columns || tl < 0 || tl >= lanes)
                continue;
            const auto it
                = std::find_if(byColumn[tc].begin(), byColumn[tc].end(),
                               [&](const QRectF &r) { return int(r.center().y() / dy) == tl; });
            if (it == byColumn[tc].end())
                continue;
            qint64 ns = std::numeric_limits<qint64>::max();
            for (int k = 0; k < 5; ++k) {
                timer.start();
                const QPolygonF route = router.route(s, *it);
                ns = std::min(ns, timer.nsecsElapsed());
                if (route.size() < 2)
                    return 1;
            }
            total += ns;
            worst = std::max(worst, ns);
            ++count;
        }
        std::printf("%-34s %5d routes: mean %7.1f us, worst %7.1f us, %.0f boxes asked per route\n",
                    kind.name, count, total / 1000.0 / count, worst / 1000.0,
                    double(queried) / (5.0 * count));
    }
    return 0;
}
