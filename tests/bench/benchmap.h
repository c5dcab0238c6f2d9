// The synthetic map of the canvas and export benchmarks: 10 lanes with a step every 200 units,
// each connected to the next one in its lane and every fifth one to the next column of the lane
// below; the same map on every call.
#pragma once

#include "process/process.h"

#include <QColor>

namespace Stepwise::Bench {

constexpr int Lanes = 10;

inline Process benchmarkMap(int steps)
{
    Process p;
    p.name = QStringLiteral("Benchmark");
    const int columns = (steps + Lanes - 1) / Lanes;
    ItemId next = 1;
    for (int l = 0; l < Lanes; ++l) {
        Lane lane;
        lane.id = next++;
        lane.name = QStringLiteral("Lane %1").arg(l + 1);
        lane.color = QColor::fromHsv((l * 36) % 360, 140, 220);
        lane.kind = Lane::Kind(l % 4);
        p.lanes.append(lane);
    }
    QVector<QVector<ItemId>> grid(Lanes);
    for (int l = 0; l < Lanes; ++l) {
        for (int c = 0; c < columns && p.steps.size() < steps; ++c) {
            Step s;
            s.id = next++;
            s.laneId = p.lanes[l].id;
            s.kind = c == 0        ? Step::Kind::Start
                : c == columns - 1 ? Step::Kind::End
                : c % 10 == 5      ? Step::Kind::Decision
                : c % 10 == 8      ? Step::Kind::Event
                                   : Step::Kind::Task;
            s.name = QStringLiteral("Step %1.%2").arg(l + 1).arg(c + 1);
            s.pos = QPointF(120 + c * 200, 80);
            p.steps.append(s);
            grid[l].append(s.id);
        }
    }
    for (int l = 0; l < Lanes; ++l) {
        for (int c = 0; c + 1 < grid[l].size(); ++c) {
            Handoff h;
            h.id = next++;
            h.fromStepId = grid[l][c];
            h.toStepId = grid[l][c + 1];
            p.handoffs.append(h);
            if (c % 5 == 2 && l + 1 < Lanes && c + 1 < grid[l + 1].size()) {
                Handoff x;
                x.id = next++;
                x.fromStepId = grid[l][c];
                x.toStepId = grid[l + 1][c + 1];
                x.label = QStringLiteral("yes");
                p.handoffs.append(x);
            }
        }
    }
    p.nextItemId = next;
    return p;
}

} // namespace Stepwise::Bench
