#pragma once

#include "runmetrics.h"

#include "process/ids.h"

#include <QString>
#include <QVector>

namespace Stepwise {

struct Process;

/// Where a step lies on the impact-versus-effort chart. Impact is high at or above the impact
/// threshold (and above 0), effort low at or below the effort threshold: a step on a line counts
/// to the better side.
enum class ImpactQuadrant {
    QuickWin, ///< high impact, low effort: do these first
    BigBet, ///< high impact, high effort: worth planning
    FillIn, ///< low impact, low effort: when there is time
    MoneyPit, ///< low impact, high effort: leave them
    NotEstimated, ///< no effort estimate (or no impact figure): not on the chart
};

/// The name of a quadrant ("Quick wins", ...), translated; empty for NotEstimated.
QString impactQuadrantName(ImpactQuadrant quadrant);
/// What a quadrant means in one plain line, translated.
QString impactQuadrantDescription(ImpactQuadrant quadrant);

/// What one task of the map costs a month, and what automating it would cost once.
struct StepImpact
{
    /// Where the figures come from.
    enum class Source {
        Runs, ///< the logged runs
        Entered, ///< no runs: the step's expected duration times the process's runs per month
        None, ///< no runs, and no expected duration or no runs per month: nothing to say
    };

    ItemId stepId = 0;
    QString name;
    Source source = Source::None;
    /// Executions a month: its executions in the runs over ImpactAnalysis::months (Runs), or the
    /// runs per month entered, once per run (Entered).
    double executionsPerMonth = 0;
    double waitingS = 0; ///< mean waiting before an execution (Runs only; 0 when none measured)
    double processingS = 0; ///< mean processing of an execution (Entered: the expected duration)
    double hoursPerMonth = 0; ///< the impact: (waitingS + processingS) * executionsPerMonth, in h
    double waitingHoursPerMonth = 0; ///< its waiting part
    double processingHoursPerMonth = 0; ///< its processing part
    double effortH = 0; ///< Step::automationEffortH; 0: not estimated
    ImpactQuadrant quadrant = ImpactQuadrant::NotEstimated;

    bool hasImpact() const { return source != Source::None; }
    bool hasEffort() const { return effortH > 0; }
    /// On the chart: an impact figure and an effort estimate.
    bool isPlotted() const { return hasImpact() && hasEffort(); }
};

/// Impact versus effort of a map's tasks.
///
/// Impact = the hours a month a task costs: (mean waiting before it + mean processing) times its
/// executions per month, the engine's StepStats of the runs in the options' window matched to the
/// task by name (folded, as foldedStepName() does). Executions per month = its executions over
/// the months the runs span: from the first run's start to the last run's (monthsSpanned(), in
/// months of WhatIfMonthDays days, at least one), the same months a what-if divides its saving
/// by, so a candidate's saving and its impact compare. A task the runs never executed costs 0.
/// While the process has no runs in the window, a task costs its expected duration times the
/// process's runs per month (Process::runsPerMonth), as if every run did it once; without either
/// figure it has no impact (Source::None).
///
/// Only tasks count: starts, ends and decisions take no work, and an event is a wait on someone
/// else that no one can automate.
///
/// Effort = the task's automation estimate in hours. The thresholds are the medians of the
/// impacts and of the efforts of the plotted tasks (those with both figures).
struct ImpactAnalysis
{
    /// Every task, the most hours a month first, then by name (tasks without impact last).
    QVector<StepImpact> steps;
    qint64 runs = 0; ///< runs in the window
    double months = 1; ///< the months they span (1 without runs)
    double runsPerMonth = 0; ///< runs / months, or the entered runs per month without runs
    bool fromRuns = false; ///< the figures come from runs (false: entered, or none)
    double impactThresholdH = 0; ///< hours a month; 0 when nothing is plotted
    double effortThresholdH = 0; ///< hours; 0 when nothing is plotted

    /// The entry of a step; nullptr when it is not a task of the map.
    const StepImpact *step(ItemId stepId) const;
    /// How many steps are on the chart.
    int plottedCount() const;
};

/// The quadrant of a step with an impact (hours a month) and an effort (hours) against the
/// thresholds; NotEstimated when the effort is 0 (not estimated).
ImpactQuadrant impactQuadrant(double impactH, double effortH, double impactThresholdH,
                              double effortThresholdH);

/// Impact versus effort from the engine's figures of the runs in a window (RunStats) and the
/// months they span (see ImpactAnalysis). Pure: what the runs say, else what the map says.
ImpactAnalysis computeImpact(const Process &process, const RunStats &stats, double months);

/// Impact versus effort of the runs of a log in the options' window: computeRunStats() and
/// monthsSpanned() over them.
ImpactAnalysis computeImpact(const Process &process, const RunLog &log,
                             const StatsOptions &options);

/// Hours a month for people: "25 minutes", "2.5 hours", "14 hours", translated.
QString hoursPerMonthText(double hours);

} // namespace Stepwise
