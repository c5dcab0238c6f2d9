#include "dashboard.h"

#include "businesscalendar.h"
#include "mapoverlay.h"
#include "process/process.h"
#include "statistics.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <vector>

namespace Stepwise {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 DayMs = Q_INT64_C(86400000);
constexpr qint64 WeekMs = 7 * DayMs;
// 1970-01-01 was a Thursday: Mondays fall 3 days (mod 7) before the epoch's days.
constexpr qint64 MondayOffsetMs = 3 * DayMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The last execution in run order (start, or complete where unknown; then complete; then input
// order), whatever order the run keeps them in.
const Execution *lastExecution(const Run &run)
{

    const auto last
        = std::max_element(run.executions.cbegin(), run.executions.cend(), RunOrderLess());
    return last == run.executions.cend() ? nullptr : &*last;
}

// Readable bar widths for the histogram, in seconds.
const qint64 binWidths[]
    = {60,    5 * 60,    15 * 60,   30 * 60,    3600,       2 * 3600,   6 * 3600,    12 * 3600,
       86400, 2 * 86400, 7 * 86400, 14 * 86400, 30 * 86400, 90 * 86400, 182 * 86400, 365 * 86400};
constexpr int MaxBins = 20;

void fillHistogram(const std::vector<qint64> &cyclesMs, qint64 slaTargetS, Dashboard *dashboard)
{
    dashboard->histogram = histogramBins(cyclesMs, slaTargetS, &dashboard->histogramBinS);
    for (qint64 ms : cyclesMs)
        ++dashboard->histogram[histogramBinOf(dashboard->histogram, dashboard->histogramBinS, ms)]
              .runs;
}

} // namespace

QVector<HistogramBin> histogramBins(const std::vector<qint64> &cyclesMs, qint64 slaTargetS,
                                    double *widthS)
{
    if (cyclesMs.empty())
        return {};
    const double maxS = double(*std::max_element(cyclesMs.begin(), cyclesMs.end())) / 1000.0;
    std::vector<qint64> copy(cyclesMs.begin(), cyclesMs.end());
    double capS = percentileInPlace(copy.data(), copy.data() + copy.size(), 0.95) / 1000.0;
    if (slaTargetS > 0)
        capS = std::max(capS, 1.2 * double(slaTargetS));
    // A short tail is drawn as it is; a long one would squeeze every other bar into the first.
    const bool tail = maxS > 1.5 * capS;
    if (!tail)
        capS = maxS;
    double width = 0;
    for (qint64 w : binWidths) {
        width = double(w);
        if (std::ceil(capS / width) <= MaxBins)
            break;
    }
    while (std::ceil(capS / width) > MaxBins)
        width += 365.0 * 86400.0;
    // Bars [i * width, (i + 1) * width): enough to hold capS itself when there is no tail.
    const int bins = std::max(1, tail ? int(std::ceil(capS / width)) : int(capS / width) + 1);
    if (widthS)
        *widthS = width;
    QVector<HistogramBin> histogram(bins + (tail ? 1 : 0));
    for (int i = 0; i < histogram.size(); ++i) {
        HistogramBin &bin = histogram[i];
        bin.fromS = i * width;
        bin.toS = i < bins ? (i + 1) * width : std::numeric_limits<double>::infinity();
    }
    return histogram;
}

int histogramBinOf(const QVector<HistogramBin> &bins, double widthS, qint64 ms)
{
    if (bins.isEmpty() || widthS <= 0)
        return -1;
    return std::clamp(int(double(ms) / 1000.0 / widthS), 0, int(bins.size()) - 1);
}

StatsOptions dashboardStatsOptions(const Process &process)
{
    StatsOptions options;
    options.slaTargetS = process.slaTargetS;
    options.designedHandoffs = handoffNames(process);
    options.duration = slaClockDuration(process);
    return options;
}

qint64 isoWeekStartMs(qint64 ms)
{
    return floorDiv(ms + MondayOffsetMs, WeekMs) * WeekMs - MondayOffsetMs;
}

qint64 latestTimestampMs(const RunLog &log)
{
    qint64 latest = NoTime;
    for (const Run &run : log.runs) {
        if (run.lastMs != NoTime && (latest == NoTime || run.lastMs > latest))
            latest = run.lastMs;
    }
    return latest;
}

QPair<qint64, qint64> lastDaysWindow(qint64 anchorMs, int days)
{
    if (anchorMs == NoTime)
        return {NoTime, NoTime};
    const qint64 end = (floorDiv(anchorMs, DayMs) + 1) * DayMs;
    return {end - qint64(days) * DayMs, end};
}

QPair<qint64, qint64> dateWindowMs(DateWindow window, qint64 anchorMs, const QDate &from,
                                   const QDate &to)
{
    switch (window) {
    case DateWindow::Last30Days:
        return lastDaysWindow(anchorMs, 30);
    case DateWindow::Last90Days:
        return lastDaysWindow(anchorMs, 90);
    case DateWindow::Last365Days:
        return lastDaysWindow(anchorMs, 365);
    case DateWindow::All:
        break;
    case DateWindow::Custom:
        return {from.isValid() ? from.startOfDay(Qt::UTC).toMSecsSinceEpoch() : NoTime,
                to.isValid() ? to.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch() : NoTime};
    }
    return {NoTime, NoTime};
}

Dashboard computeDashboard(const RunLog &log, const StatsOptions &options, const Process *map)
{
    Dashboard dashboard;
    dashboard.stats = computeRunStats(log, options);
    const RunStats &stats = dashboard.stats;
    const int activityCount = int(log.activities.size());

    // What the map says: the lane of each step and the steps that finish a run.
    QHash<QString, ItemId> laneOf;
    QSet<QString> finishing;
    bool mapHasEnd = false;
    if (map) {
        for (const Step &step : map->steps) {
            const QString name = foldedStepName(step.name);
            if (!laneOf.contains(name))
                laneOf.insert(name, step.laneId);
        }
        // The engine's finished runs (RunStats::finishedRuns) use the same steps.
        for (const QString &name : finishingStepNames(*map))
            finishing.insert(foldedStepName(name));
        mapHasEnd = !finishing.isEmpty();
    }
    std::vector<char> finishes(size_t(activityCount), 0);
    for (int a = 0; a < activityCount; ++a)
        finishes[size_t(a)] = finishing.contains(foldedStepName(log.activities.at(a))) ? 1 : 0;

    // The runs of the window once more, for what the engine does not group: by week, by finish,
    // and the resources of each activity.
    struct Placed
    {
        qint64 week; ///< index from the first week
        qint64 cycleMs;
    };
    std::vector<Placed> placed;
    std::vector<qint64> cycles;
    std::vector<qint64> completedAt; // last timestamps of finished runs
    std::unordered_map<quint64, qint64> resourceCounts; // (activity, resource) -> executions
    const qint64 firstWeek = stats.firstMs == NoTime ? 0 : isoWeekStartMs(stats.firstMs);
    qint64 inProgress = 0;
    for (const Run &run : log.runs) {
        if (!runInWindow(run, options))
            continue;
        for (const Execution &e : run.executions) {
            if (e.resource >= 0)
                ++resourceCounts[(quint64(quint32(e.activity)) << 32) | quint32(e.resource)];
        }
        const Execution *last = lastExecution(run);
        const bool finished = last && finishes[size_t(last->activity)];
        if (!finished)
            ++inProgress;
        if (run.firstMs == NoTime)
            continue;
        const qint64 cycle = runCycleTimeMs(run, options);
        cycles.push_back(cycle);
        placed.push_back({(isoWeekStartMs(run.firstMs) - firstWeek) / WeekMs, cycle});
        if (finished || !mapHasEnd)
            completedAt.push_back(run.lastMs);
    }
    dashboard.runsInProgress = mapHasEnd ? inProgress : -1;

    // Weeks.
    if (stats.firstMs != NoTime) {
        const qint64 weekCount = (isoWeekStartMs(stats.lastMs) - firstWeek) / WeekMs + 1;
        dashboard.weeks.resize(qsizetype(weekCount));
        for (qint64 w = 0; w < weekCount; ++w)
            dashboard.weeks[qsizetype(w)].startMs = firstWeek + w * WeekMs;
        for (qint64 ms : completedAt)
            ++dashboard.weeks[qsizetype((isoWeekStartMs(ms) - firstWeek) / WeekMs)].completed;
        std::sort(placed.begin(), placed.end(),
                  [](const Placed &x, const Placed &y) { return x.week < y.week; });
        std::vector<qint64> values;
        const qint64 targetMs = stats.slaTargetS * 1000;
        for (size_t i = 0; i < placed.size();) {
            size_t j = i;
            values.clear();
            for (; j < placed.size() && placed[j].week == placed[i].week; ++j)
                values.push_back(placed[j].cycleMs);
            WeekFigures &week = dashboard.weeks[qsizetype(placed[i].week)];
            week.started = qint64(values.size());
            if (targetMs > 0)
                week.slaMet = std::count_if(values.begin(), values.end(),
                                            [&](qint64 v) { return v <= targetMs; });
            qint64 *begin = values.data(), *end = values.data() + values.size();
            week.cycleP90 = percentileInPlace(begin, end, 0.9) / 1000.0;
            week.cycleP50 = medianInPlace(begin, end) / 1000.0;
            i = j;
        }
        for (WeekFigures &week : dashboard.weeks) {
            if (week.started == 0)
                week.cycleP50 = week.cycleP90 = NaN;
            week.slaCompliance = targetMs > 0 && week.started > 0
                ? double(week.slaMet) / double(week.started)
                : NaN;
        }
    }

    fillHistogram(std::move(cycles), stats.slaTargetS, &dashboard);

    // Steps: the engine's means, the most time first.
    for (const StepStats &step : stats.steps) {
        StepLoad load;
        load.name = step.name;
        load.executions = step.executions;
        load.hasWaiting = !step.waiting.isEmpty();
        load.hasProcessing = !step.processing.isEmpty();
        load.waitingS = load.hasWaiting ? step.waiting.mean : 0;
        load.processingS = load.hasProcessing ? step.processing.mean : 0;
        dashboard.steps.append(load);
    }
    std::sort(dashboard.steps.begin(), dashboard.steps.end(),
              [](const StepLoad &x, const StepLoad &y) {
                  return x.totalS() != y.totalS() ? x.totalS() > y.totalS() : x.name < y.name;
              });

    // Handoffs: the engine's transitions, the longest delay first.
    std::vector<int> topResource(size_t(activityCount), -1);
    std::vector<qint64> topCount(size_t(activityCount), 0);
    for (const auto &[key, count] : resourceCounts) {
        const int a = int(key >> 32);
        const int r = int(key & 0xffffffffu);
        int &best = topResource[size_t(a)];
        if (count > topCount[size_t(a)]
            || (count == topCount[size_t(a)] && best >= 0
                && log.resources.at(r) < log.resources.at(best))) {
            best = r;
            topCount[size_t(a)] = count;
        }
    }
    for (const TransitionStats &t : stats.transitions) {
        HandoffDelay handoff;
        handoff.from = t.from;
        handoff.to = t.to;
        handoff.count = t.count;
        handoff.meanS = t.duration.mean;
        handoff.p50S = t.duration.p50;
        handoff.designed = t.designed;
        const auto fromLane = laneOf.constFind(foldedStepName(t.from));
        const auto toLane = laneOf.constFind(foldedStepName(t.to));
        if (fromLane != laneOf.cend() && toLane != laneOf.cend()) {
            handoff.ownerChange = *fromLane != *toLane;
        } else {
            const int a = topResource[size_t(t.fromActivity)];
            const int b = topResource[size_t(t.toActivity)];
            handoff.ownerChange = a >= 0 && b >= 0 && a != b;
        }
        dashboard.handoffs.append(handoff);
    }
    std::sort(dashboard.handoffs.begin(), dashboard.handoffs.end(),
              [](const HandoffDelay &x, const HandoffDelay &y) {
                  if (x.meanS != y.meanS)
                      return x.meanS > y.meanS;
                  if (x.count != y.count)
                      return x.count > y.count;
                  if (x.from != y.from)
                      return x.from < y.from;
                  return x.to < y.to;
              });
    return dashboard;
}

} // namespace Stepwise
