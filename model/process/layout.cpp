#include "layout.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Stepwise {

namespace {

using Adjacency = std::vector<std::vector<int>>;

// Reverses the back edges found by a depth-first search, so the result has no cycle. The search
// starts from the start steps, then from the other sources, then from whatever is left (steps on
// a cycle only), each in map order, so the forward direction is the one a reader would follow.
Adjacency acyclicSuccessors(const Process &process, const Adjacency &successors,
                            const Adjacency &predecessors)
{
    const int n = int(successors.size());
    Adjacency dag(n);
    std::vector<char> state(n, 0); // 0 new, 1 on the path, 2 done
    std::vector<std::pair<int, int>> stack; // node, next successor to look at

    const auto search = [&](int root) {
        if (state[root] != 0)
            return;
        state[root] = 1;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            if (next == int(successors[node].size())) {
                state[node] = 2;
                stack.pop_back();
                continue;
            }
            const int to = successors[node][next++];
            if (state[to] == 1) {
                dag[to].push_back(node); // a back edge: turned round
                continue;
            }
            dag[node].push_back(to);
            if (state[to] == 0) {
                state[to] = 1;
                stack.push_back({to, 0}); // invalidates node and next
            }
        }
    };

    for (int i = 0; i < n; ++i) {
        if (process.steps[i].kind == Step::Kind::Start)
            search(i);
    }
    for (int i = 0; i < n; ++i) {
        if (predecessors[i].empty())
            search(i);
    }
    for (int i = 0; i < n; ++i)
        search(i);
    return dag;
}

// Longest path from the sources (Kahn's order), so every handoff of the acyclic graph points to a
// later rank.
std::vector<int> longestPathRanks(const Adjacency &dag)
{
    const int n = int(dag.size());
    std::vector<int> inDegree(n, 0);
    for (const auto &targets : dag) {
        for (int to : targets)
            ++inDegree[to];
    }
    std::vector<int> queue;
    queue.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (inDegree[i] == 0)
            queue.push_back(i);
    }
    std::vector<int> rank(n, 0);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int node = queue[head];
        for (int to : dag[node]) {
            rank[to] = std::max(rank[to], rank[node] + 1);
            if (--inDegree[to] == 0)
                queue.push_back(to);
        }
    }
    return rank;
}

} // namespace

QVector<StepPlacement> layeredLayout(const Process &process, const LayoutOptions &options)
{
    const int n = int(process.steps.size());
    QVector<StepPlacement> placements;
    placements.reserve(n);
    for (const Step &step : process.steps)
        placements.append({step.id, step.laneId, step.pos});
    if (n == 0)
        return placements;

    QHash<ItemId, int> laneIndex;
    std::vector<double> laneTop;
    std::vector<double> laneHeight;
    double top = 0;
    for (const Lane &lane : process.lanes) {
        laneIndex.insert(lane.id, int(laneTop.size()));
        laneTop.push_back(top);
        laneHeight.push_back(lane.height);
        top += lane.height;
    }
    const int laneCount = int(laneTop.size());

    // Steps in a missing lane (a broken map) are left where they are and out of the graph.
    QHash<ItemId, int> stepIndex;
    std::vector<int> lane(n, -1);
    for (int i = 0; i < n; ++i) {
        const Step &step = process.steps[i];
        lane[i] = laneIndex.value(step.laneId, -1);
        if (lane[i] >= 0)
            stepIndex.insert(step.id, i);
    }

    Adjacency successors(n);
    Adjacency predecessors(n);
    for (const Handoff &handoff : process.handoffs) {
        const int from = stepIndex.value(handoff.fromStepId, -1);
        const int to = stepIndex.value(handoff.toStepId, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        successors[from].push_back(to);
        predecessors[to].push_back(from);
    }

    const Adjacency dag = acyclicSuccessors(process, successors, predecessors);
    Adjacency dagPredecessors(n);
    for (int i = 0; i < n; ++i) {
        for (int to : dag[i])
            dagPredecessors[to].push_back(i);
    }
    std::vector<int> rank = longestPathRanks(dag);

    // Connected components, numbered in the map order of their first step.
    std::vector<int> component(n, -1);
    std::vector<int> componentSize;
    std::vector<char> componentHasStart;
    std::vector<int> componentLastRank;
    {
        std::vector<int> queue;
        for (int i = 0; i < n; ++i) {
            if (component[i] >= 0 || lane[i] < 0)
                continue;
            const int c = int(componentSize.size());
            componentSize.push_back(0);
            componentHasStart.push_back(0);
            componentLastRank.push_back(0);
            queue.assign(1, i);
            component[i] = c;
            for (std::size_t head = 0; head < queue.size(); ++head) {
                const int node = queue[head];
                ++componentSize[c];
                componentHasStart[c]
                    = componentHasStart[c] || process.steps[node].kind == Step::Kind::Start;
                componentLastRank[c] = std::max(componentLastRank[c], rank[node]);
                for (const auto *neighbours : {&successors[node], &predecessors[node]}) {
                    for (int other : *neighbours) {
                        if (component[other] < 0) {
                            component[other] = c;
                            queue.push_back(other);
                        }
                    }
                }
            }
        }
    }

    // The main flow (the components with a start step, or else the first connected one) from
    // column 0; every other connected component after it; steps without handoffs last, one column
    // each within their lane.
    const int componentCount = int(componentSize.size());
    std::vector<int> offset(componentCount, 0);
    bool anyMain = false;
    for (int c = 0; c < componentCount; ++c)
        anyMain = anyMain || (componentSize[c] > 1 && componentHasStart[c]);
    int end = 0;
    for (int c = 0; c < componentCount; ++c) {
        if (componentSize[c] > 1 && componentHasStart[c])
            end = std::max(end, componentLastRank[c] + 1);
    }
    for (int c = 0; c < componentCount; ++c) {
        if (componentSize[c] < 2 || componentHasStart[c])
            continue;
        if (!anyMain) {
            anyMain = true;
            end = componentLastRank[c] + 1;
            continue;
        }
        offset[c] = end;
        end += componentLastRank[c] + 1;
    }
    std::vector<int> loneInLane(laneCount, 0);
    int rankCount = 0;
    for (int i = 0; i < n; ++i) {
        if (lane[i] < 0)
            continue;
        const int c = component[i];
        rank[i] = componentSize[c] < 2 ? end + loneInLane[lane[i]]++ : rank[i] + offset[c];
        rankCount = std::max(rankCount, rank[i] + 1);
    }

    // The cells of the grid: one rank in one lane, its steps top to bottom (map order to start
    // with, so the result depends on the structure only).
    std::vector<std::vector<std::vector<int>>> cells(rankCount,
                                                     std::vector<std::vector<int>>(laneCount));
    for (int i = 0; i < n; ++i) {
        if (lane[i] >= 0)
            cells[rank[i]][lane[i]].push_back(i);
    }

    std::vector<double> y(n, 0); // from the top of the lane
    const auto placeCell = [&](const std::vector<int> &cell, int laneIdx) {
        const int k = int(cell.size());
        const double height = laneHeight[laneIdx];
        // A stack that fits is centred; one that does not spreads evenly over the whole lane
        // (the lane keeps its height: that is the user's choice).
        const bool fits = k * options.rowSpacing <= height;
        for (int i = 0; i < k; ++i) {
            y[cell[i]] = fits ? height / 2 + (i - (k - 1) / 2.0) * options.rowSpacing
                              : (i + 0.5) * height / k;
        }
    };
    for (auto &rankCells : cells) {
        for (int l = 0; l < laneCount; ++l)
            placeCell(rankCells[l], l);
    }

    const auto sceneY = [&](int node) { return laneTop[lane[node]] + y[node]; };
    std::vector<double> key(n, 0);
    const auto reorder
        = [&](std::vector<std::vector<int>> &rankCells, const Adjacency &neighbours) {
              for (int l = 0; l < laneCount; ++l) {
                  std::vector<int> &cell = rankCells[l];
                  if (cell.size() < 2)
                      continue;
                  for (int node : cell) {
                      const auto &others = neighbours[node];
                      if (others.empty()) {
                          key[node] = sceneY(node); // no pull either way: stays where it is
                          continue;
                      }
                      double sum = 0;
                      for (int other : others)
                          sum += sceneY(other);
                      key[node] = sum / double(others.size());
                  }
                  std::stable_sort(cell.begin(), cell.end(),
                                   [&key](int a, int b) { return key[a] < key[b]; });
                  placeCell(cell, l);
              }
          };
    for (int sweep = 0; sweep < options.sweeps; ++sweep) {
        for (int r = 1; r < rankCount; ++r)
            reorder(cells[r], dagPredecessors);
        for (int r = rankCount - 2; r >= 0; --r)
            reorder(cells[r], dag);
    }

    for (int i = 0; i < n; ++i) {
        if (lane[i] >= 0)
            placements[i].pos = {options.leftMargin + rank[i] * options.columnSpacing, y[i]};
    }
    return placements;
}

} // namespace Stepwise
