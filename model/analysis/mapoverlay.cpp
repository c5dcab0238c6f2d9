#include "mapoverlay.h"

#include "process/process.h"
#include "runmetrics.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

double meanOrZero(const DurationSummary &summary)
{
    return summary.isEmpty() || std::isnan(summary.mean) ? 0.0 : summary.mean;
}

// Round durations for the scale's limits, so the legend reads "15 min - 1 h", not "13 min 40 s".
constexpr double NiceLimits[] = {
    1,          2,          5,          10,         15,          30,          60,
    2 * 60,     5 * 60,     10 * 60,    15 * 60,    30 * 60,     3600,        2 * 3600,
    4 * 3600,   8 * 3600,   12 * 3600,  86400,      2 * 86400,   3 * 86400,   7 * 86400,
    14 * 86400, 30 * 86400, 60 * 86400, 90 * 86400, 180 * 86400, 365 * 86400,
};

// The round duration nearest to a value, on a log scale.
double nearestNice(double value)
{
    double best = NiceLimits[0];
    double bestDistance = std::abs(std::log(value / best));
    for (double nice : NiceLimits) {
        const double distance = std::abs(std::log(value / nice));
        if (distance < bestDistance) {
            best = nice;
            bestDistance = distance;
        }
    }
    return best;
}

// Limits spaced evenly on a log scale between the shortest and the longest mean (times of steps
// spread over orders of magnitude: a minute to log a ticket, days to wait for a part), snapped to
// round durations.
QVector<double> scaleLimits(const QVector<double> &totals, int buckets)
{
    QVector<double> positive;
    for (double total : totals) {
        if (total > 0)
            positive.append(total);
    }
    if (positive.isEmpty() || buckets < 2)
        return {};
    const auto [lo, hi] = std::minmax_element(positive.cbegin(), positive.cend());
    const double low = *lo, high = *hi;
    if (high < low * 1.5)
        return {};
    QVector<double> limits;
    for (int k = 1; k < buckets; ++k) {
        const double limit = nearestNice(low * std::pow(high / low, double(k) / buckets));
        if (limit > low && limit <= high && (limits.isEmpty() || limit > limits.last()))
            limits.append(limit);
    }
    return limits;
}

} // namespace

QString foldedStepName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

int MapOverlay::bucketOf(double seconds) const
{
    if (bucketCount == 0)
        return -1;
    return int(std::upper_bound(bucketLimits.cbegin(), bucketLimits.cend(), seconds)
               - bucketLimits.cbegin());
}

double MapOverlay::bucketPosition(int bucket) const
{
    if (bucketCount <= 1 || bucket < 0)
        return 0;
    return double(std::min(bucket, bucketCount - 1)) / double(bucketCount - 1);
}

int MapOverlay::neverTakenCount() const
{
    return int(std::count_if(handoffs.cbegin(), handoffs.cend(),
                             [](const HandoffOverlay &h) { return h.count == 0; }));
}

MapOverlay computeMapOverlay(const Process &process, const RunStats &stats, int buckets)
{
    MapOverlay overlay;
    overlay.runs = stats.runs;

    QHash<QString, ItemIds> stepsByName;
    for (const Step &step : process.steps) {
        stepsByName[foldedStepName(step.name)].append(step.id);
        overlay.steps.insert(step.id, StepOverlay());
    }
    for (const Handoff &handoff : process.handoffs)
        overlay.handoffs.insert(handoff.id, HandoffOverlay());

    // Steps: the engine's steps are by executions, most first; where two activities fold to one
    // name the busier one speaks for the step.
    QSet<ItemId> assigned;
    QVector<double> totals;
    for (const StepStats &s : stats.steps) {
        const ItemIds ids = stepsByName.value(foldedStepName(s.name));
        if (ids.isEmpty()) {
            overlay.unmappedActivities.append(s.name);
            continue;
        }
        for (ItemId id : ids) {
            if (assigned.contains(id))
                continue;
            assigned.insert(id);
            StepOverlay &step = overlay.steps[id];
            step.executions = s.executions;
            step.meanWaitingS = meanOrZero(s.waiting);
            step.meanProcessingS = meanOrZero(s.processing);
            step.meanTotalS = step.meanWaitingS + step.meanProcessingS;
            totals.append(step.meanTotalS);
        }
    }
    if (!totals.isEmpty()) {
        overlay.bucketLimits = scaleLimits(totals, buckets);
        overlay.bucketCount = int(overlay.bucketLimits.size()) + 1;
        for (StepOverlay &step : overlay.steps) {
            if (step.executions > 0)
                step.bucket = overlay.bucketOf(step.meanTotalS);
        }
    }

    // Transitions: onto the handoffs between steps of those names, or undesigned.
    QHash<QPair<ItemId, ItemId>, ItemIds> handoffsBetween;
    for (const Handoff &handoff : process.handoffs)
        handoffsBetween[{handoff.fromStepId, handoff.toStepId}].append(handoff.id);
    QHash<QPair<ItemId, ItemId>, int> undesignedIndex;
    for (const TransitionStats &t : stats.transitions) {
        const ItemIds from = stepsByName.value(foldedStepName(t.from));
        const ItemIds to = stepsByName.value(foldedStepName(t.to));
        if (from.isEmpty() || to.isEmpty())
            continue; // an activity off the map: listed in unmappedActivities
        const double meanWaiting = meanOrZero(t.duration);
        bool designed = false;
        for (ItemId a : from) {
            for (ItemId b : to) {
                for (ItemId handoffId : handoffsBetween.value({a, b})) {
                    HandoffOverlay &handoff = overlay.handoffs[handoffId];
                    // Two activities folding onto one pair of names: a weighted mean.
                    const qint64 count = handoff.count + t.count;
                    handoff.meanWaitingS = (handoff.meanWaitingS * double(handoff.count)
                                            + meanWaiting * double(t.count))
                        / double(count);
                    handoff.count = count;
                    designed = true;
                }
            }
        }
        if (designed)
            continue;
        const QPair<ItemId, ItemId> key {from.first(), to.first()};
        auto it = undesignedIndex.constFind(key);
        if (it == undesignedIndex.cend()) {
            it = undesignedIndex.insert(key, int(overlay.undesigned.size()));
            UndesignedTransition u;
            u.fromStepId = key.first;
            u.toStepId = key.second;
            u.from = t.from;
            u.to = t.to;
            overlay.undesigned.append(u);
        }
        UndesignedTransition &u = overlay.undesigned[it.value()];
        const qint64 count = u.count + t.count;
        u.meanWaitingS
            = (u.meanWaitingS * double(u.count) + meanWaiting * double(t.count)) / double(count);
        u.count = count;
    }
    std::sort(overlay.undesigned.begin(), overlay.undesigned.end(),
              [](const UndesignedTransition &x, const UndesignedTransition &y) {
                  if (x.count != y.count)
                      return x.count > y.count;
                  if (x.from != y.from)
                      return x.from < y.from;
                  return x.to < y.to;
              });

    for (const HandoffOverlay &handoff : std::as_const(overlay.handoffs))
        overlay.maxCount = std::max(overlay.maxCount, handoff.count);
    for (const UndesignedTransition &u : std::as_const(overlay.undesigned))
        overlay.maxCount = std::max(overlay.maxCount, u.count);
    return overlay;
}

} // namespace Stepwise
