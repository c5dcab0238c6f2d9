#pragma once

#include "runmetrics.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <vector>

namespace Stepwise {

struct Process;

/// One ISO week (Monday 00:00 to Monday 00:00, UTC) of the dashboard's runs.
struct WeekFigures
{
    qint64 startMs = 0; ///< Monday 00:00 UTC
    /// Runs whose first timestamp is in the week: the cycle-time and SLA figures are theirs (the
    /// engine's window puts a run where it started, so every run counts in exactly one week).
    qint64 started = 0;
    /// Finished runs (see Dashboard::runsInProgress; every run where that is unknown) whose last
    /// timestamp is in the week: the throughput.
    qint64 completed = 0;
    double cycleP50 = 0; ///< seconds; NaN when no run started in the week
    double cycleP90 = 0; ///< seconds; NaN when no run started in the week
    qint64 slaMet = 0; ///< runs started in the week within the target
    double slaCompliance = 0; ///< slaMet / started; NaN without a target or without runs
};

/// One bar of the cycle-time histogram: runs whose cycle time is in [fromS, toS).
struct HistogramBin
{
    double fromS = 0;
    double toS = 0; ///< infinity for the last bin of a long tail ("fromS and more")
    qint64 runs = 0;
};

/// Where a step's time goes: its mean waiting and processing, from the engine's StepStats.
struct StepLoad
{
    QString name;
    qint64 executions = 0;
    double waitingS = 0; ///< mean; 0 when no execution of it had a predecessor
    double processingS = 0; ///< mean; 0 when no execution of it had a known start
    bool hasWaiting = false;
    bool hasProcessing = false;

    double totalS() const { return waitingS + processingS; }
};

/// A handoff the runs took (a transition of the engine) and its delay.
struct HandoffDelay
{
    QString from;
    QString to;
    qint64 count = 0;
    double meanS = 0;
    double p50S = 0;
    bool designed = false; ///< the map has this handoff
    /// The work changes hands: the two steps sit in different lanes of the map; where the map
    /// lacks either step, their most frequent resources in the window differ (both known).
    bool ownerChange = false;
};

/// The figures the dashboard shows, all from computeRunStats() over one window.
struct Dashboard
{
    RunStats stats;
    /// Runs in the window that have not reached an end of the map: their last execution is
    /// neither an end step of the map nor a step with a handoff into one, or they have no
    /// execution at all (runs still under way, or given up). Steps match activities by folded
    /// names. -1 when the map has no end step, so nothing can be said.
    qint64 runsInProgress = -1;
    /// Every ISO week from the one of the first run's start to the one of the last timestamp,
    /// empty weeks included, oldest first.
    QVector<WeekFigures> weeks;
    /// Cycle times in bars of one readable width (a minute, 5 or 15 minutes, an hour, 6 hours,
    /// a day, a week, ...) from 0; a long tail (beyond the 95th percentile, and the SLA target)
    /// goes into one last open bar.
    QVector<HistogramBin> histogram;
    double histogramBinS = 0;
    /// The steps with executions, the most time (mean waiting + processing) first, then by name.
    QVector<StepLoad> steps;
    /// Every transition, the longest mean delay first, then the most frequent, then by names.
    QVector<HandoffDelay> handoffs;
};

/// The histogram's bars for a set of cycle times (milliseconds), as Dashboard::histogram lays
/// them out (runs left at 0); \a widthS, when given, gets the width of a bar in seconds. Empty
/// for no cycle times. Two sets compared side by side share the bars of their union.
QVector<HistogramBin> histogramBins(const std::vector<qint64> &cyclesMs, qint64 slaTargetS,
                                    double *widthS = nullptr);
/// The bar of histogramBins() a cycle time falls in (the last, open one for a long tail); -1
/// when there are no bars.
int histogramBinOf(const QVector<HistogramBin> &bins, double widthS, qint64 ms);

/// The engine's options for a process: its SLA target, its handoffs and its SLA clock
/// (slaClockDuration()), over the whole log. The window is the caller's (fromMs, toMs).
StatsOptions dashboardStatsOptions(const Process &process);

/// Computes the dashboard of the runs in the options' window. The map, when given, tells the
/// end steps (runsInProgress) and the lanes (HandoffDelay::ownerChange); without it nothing is
/// in progress as far as anyone knows (-1) and owners come from the resources.
Dashboard computeDashboard(const RunLog &log, const StatsOptions &options,
                           const Process *map = nullptr);

/// Monday 00:00 UTC of the ISO week of a timestamp.
qint64 isoWeekStartMs(qint64 ms);

/// The latest timestamp of any run of the log; NoTime when none has one.
qint64 latestTimestampMs(const RunLog &log);

/// The window of the last \a days days up to and including the UTC day of \a anchorMs:
/// [that day's end - days, that day's end). Both sides NoTime when anchorMs is NoTime.
QPair<qint64, qint64> lastDaysWindow(qint64 anchorMs, int days);

/// The date windows the dashboard and the report offer.
enum class DateWindow { Last30Days, Last90Days, Last365Days, All, Custom };

/// A date window in UTC milliseconds, [from, to): the last days up to the day of \a anchorMs
/// (lastDaysWindow()), everything (NoTime on both sides), or the days \a from to \a to, both
/// included (an invalid date leaves that side open).
QPair<qint64, qint64> dateWindowMs(DateWindow window, qint64 anchorMs, const QDate &from,
                                   const QDate &to);

} // namespace Stepwise
