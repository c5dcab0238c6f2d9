#pragma once

#include "runmetrics.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Stepwise {

/// One step automated in a what-if: its name (matched to the runs' activities with case and white
/// space folded, as foldedStepName() does) and by how much its time shrinks, 0 to 100 percent.
struct WhatIfChange
{
    QString step;
    double percent = 70;

    bool operator==(const WhatIfChange &other) const
    {
        return step == other.step && percent == other.percent;
    }
};

/// The percentage a what-if applies when none is given (DESIGN.md `whatif`).
constexpr double DefaultWhatIfPercent = 70;

/// The length of a month for saved hours per month, in days (365.25 / 12, rounded).
constexpr double WhatIfMonthDays = 30.44;

/// One side of a what-if, as the engine measures it.
struct WhatIfSide
{
    RunStats stats; ///< computeRunStats() of the runs, as logged (before) or replayed (after)
    /// The cycle time of every run in the window that has timestamps, in seconds, ascending (on
    /// the options' clock), for a histogram or a box plot.
    QVector<double> cycleTimesS;
};

/// What one step of a what-if changed.
struct WhatIfStepResult
{
    QString step; ///< the name as given
    double percent = 0;
    int activity = -1; ///< its activity in the log; -1 when no run executed it
    qint64 executions = 0; ///< its executions in the runs of the window
    double savedS = 0; ///< the processing and waiting time it saved, summed over them
    double savedProcessingS = 0; ///< the processing time of savedS
    double savedWaitingS = 0; ///< the waiting time of savedS
};

/// The figures of replayWhatIf() and computeWhatIf(): before and after, and the time saved.
struct WhatIfResult
{
    WhatIfSide before;
    WhatIfSide after;
    QVector<WhatIfStepResult> steps; ///< one per change, in the order given (duplicates merged)
    qint64 runsChanged = 0; ///< runs in the window with at least one execution that shrank
    /// Processing and waiting time saved by every change, summed over the runs of the window, in
    /// seconds on the options' clock (the step time removed, whether or not a run's cycle time
    /// shrank by as much: a parallel branch may still hold it up).
    double savedS = 0;
    double savedProcessingS = 0; ///< the processing time of savedS: work
    double savedWaitingS = 0; ///< the waiting time of savedS
    /// The months the runs span: from the first run's start to the last run's start (the
    /// earliest timestamp of each, runs of the window only), in months of WhatIfMonthDays days,
    /// at least 1 (a week of runs is not extrapolated to a month).
    double months = 1;

    /// savedS in hours per month: savedS / 3600 / months.
    double savedHoursPerMonth() const { return savedS / 3600.0 / months; }
};

/// Replays the runs of a log as if the named steps were automated (DESIGN.md `whatif`); the log
/// returned has the same runs, cases, activities and counts, only moved timestamps. In every run,
/// in run order (RunOrderLess):
///
/// - An execution of a changed step shrinks its processing time (complete - start, where the
///   start is known) and the waiting before it (max(0, its start - the previous execution's
///   complete), as the engine measures it) by the step's percentage. Each execution of a step
///   that repeats in a run shrinks. Where the start is unknown only the waiting shrinks (the
///   complete stands in for the start, as in the engine); the first execution of a run has no
///   waiting before it. 100 % removes exactly both; 0 % changes nothing.
/// - Every execution follows the latest thing that happened before it began: the latest start or
///   complete of an earlier execution at or before its own start (ties: the one that moved the
///   least). It moves earlier by as much as that did, plus what it saved itself. So all that
///   follows a shrunk execution moves earlier by what was saved, and savings add up along the
///   run; an execution that began while a changed one was under way (a parallel branch) moves
///   only with that one's start, keeps its own duration, and does not gain the changed one's
///   processing saving; a step that waited for a parallel branch that was not changed does not
///   move. The waiting that shrinks is never more than the time since that latest event (in a
///   run whose branches overlap, the previous execution in run order may have completed before
///   another one did), so nothing moves before what it followed.
/// - Durations shrink on the options' clock (StatsOptions::duration): on business hours a step
///   that took 2 working hours over a weekend takes 36 working minutes at 70 %, and what follows
///   moves earlier by working time; a timestamp whose new place falls outside working hours
///   goes to the start of the next working period (the working time before it is exact either
///   way). Calendar time by default.
/// - A run's earliest timestamp stays; its latest moves with the execution it belongs to (a
///   timestamp after every execution, of an event that made none, moves with the latest one).
///
/// \a result, when given, gets the steps, runsChanged and savedS over the runs in the options'
/// window (the replay itself changes every run). Deterministic.
RunLog replayWhatIf(const RunLog &log, const QVector<WhatIfChange> &changes,
                    const StatsOptions &options, WhatIfResult *result = nullptr);

/// The what-if of a log: computeRunStats() with the options on the runs as logged and on
/// replayWhatIf(), so both sides are the engine's figures (the SLA target and clock are the
/// options': dashboardStatsOptions() of the process). Changes of the same step (folded names)
/// merge, the last percentage winning; percentages are clamped to [0, 100].
WhatIfResult computeWhatIf(const RunLog &log, QVector<WhatIfChange> changes,
                           const StatsOptions &options);

/// The months the runs in the options' window span (WhatIfResult::months).
double monthsSpanned(const RunLog &log, const StatsOptions &options = {});

/// DESIGN.md's `whatif --json` object: {"process", "runs", "automate": [{"step", "percent",
/// "executions", "saved_hours"}], "before": {"cycle_time_s": {min, p50, mean, p90, max}, "sla":
/// {target_s, met, compliance}}, "after": {...}, "saved_hours": X, "saved_processing_hours": X,
/// "saved_waiting_hours": X, "months": X, "saved_hours_per_month": X}; the cycle-time and SLA
/// parts exactly as `stats --json` writes them.
QJsonObject whatIfToJson(const WhatIfResult &result, const QString &processName);

/// A readable side-by-side table for the command line, durations in human units.
QString whatIfToText(const WhatIfResult &result, const QString &processName);

/// One sentence in plain words: "Automating Send welcome email at 70 % would save about 6 hours a
/// month and lift SLA compliance from 82 % to 91 %."
QString whatIfSummary(const WhatIfResult &result);

} // namespace Stepwise
