#pragma once

#include "process.h"
#include "processdocument.h"

#include <QVector>

namespace Stepwise {

/// The spacing of a layered layout, in scene units.
struct LayoutOptions
{
    double columnSpacing = 180; ///< between ranks along the flow (x)
    double rowSpacing = 90; ///< between steps of one rank stacked inside one lane (y)
    double leftMargin = 120; ///< x of the first rank
    int sweeps = 4; ///< rounds of barycenter ordering (each one down and one up)
};

/// A layered (Sugiyama-style) layout of the map, left to right inside the lanes: cycles are broken
/// by a depth-first search from the start steps, steps are ranked by the longest path from the
/// sources, ordered inside each lane of a rank by barycenter sweeps to reduce crossings, and
/// placed at x = margin + rank * spacing. Steps keep their lanes, lanes keep their heights; steps
/// of one rank in one lane stack around the middle of the lane, or spread evenly over it when the
/// stack does not fit. Components without a start step follow the main flow, and steps without
/// any handoff come last. A pure function of the map's structure (not of its positions), so
/// laying out a laid-out map changes nothing. Returns one placement per step, in map order.
QVector<StepPlacement> layeredLayout(const Process &process, const LayoutOptions &options = {});

} // namespace Stepwise
