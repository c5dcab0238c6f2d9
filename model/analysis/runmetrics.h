#pragma once

#include "runs/runlog.h"

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Stepwise {

struct Process;

/// What computeRunStats() measures and how.
struct StatsOptions
{
    /// The window, in UTC milliseconds: a run belongs to it when its first timestamp (its
    /// earliest, Run::firstMs) is in [fromMs, toMs). NoTime leaves that side open. A run that
    /// started inside counts whole, even when it ends after toMs; one that started before fromMs
    /// does not count at all. A run without any timestamp belongs only to an unbounded window.
    qint64 fromMs = NoTime;
    qint64 toMs = NoTime;
    /// The process's cycle-time SLA target in seconds; 0: none (sla target and compliance null).
    qint64 slaTargetS = 0;
    /// The handoffs of the map as pairs of step names (from, to), for Transition::designed. They
    /// match activity names with case and white space folded ("Check  ticket" is "check ticket").
    /// handoffNames(process) makes them from a map.
    QVector<QPair<QString, QString>> designedHandoffs;
    /// The length of [fromMs, toMs] in milliseconds, for every duration measured (cycle,
    /// processing, waiting). Null: calendar time, toMs - fromMs. Business hours plug in here. It is
    /// called with fromMs <= toMs for waiting times (a negative waiting time is 0 without a call).
    std::function<qint64(qint64 fromMs, qint64 toMs)> duration;
    /// The steps after which a run has reached an end of the map, by name (folded like
    /// designedHandoffs), for RunStats::finishedRuns. finishingStepNames(process) makes them.
    /// Empty: the map has no end, nothing can be said (finishedRuns is -1).
    QStringList finishingSteps;
};

/// Whether a run belongs to the options' window: its first timestamp is in [fromMs, toMs).
bool runInWindow(const Run &run, const StatsOptions &options);

/// A run's cycle time on the options' clock (StatsOptions::duration), in milliseconds; NoTime
/// when the run has no timestamps.
qint64 runCycleTimeMs(const Run &run, const StatsOptions &options);

/// The handoffs of a map as pairs of step names, for StatsOptions::designedHandoffs.
QVector<QPair<QString, QString>> handoffNames(const Process &process);

/// The names of the steps after which a run has reached an end of a map, for
/// StatsOptions::finishingSteps: its end steps and the steps with a handoff into one (a log often
/// records the last task but not the end event). Empty when the map has no end step.
QStringList finishingStepNames(const Process &process);

/// Count, median and mean of a set of durations, in seconds (millisecond precision).
struct DurationSummary
{
    qint64 count = 0; ///< 0: no values; p50 and mean are NaN and the JSON says null
    double p50 = 0;
    double mean = 0;

    bool isEmpty() const { return count == 0; }
};

/// Per step (activity) of the runs in the window.
struct StepStats
{
    int activity = -1; ///< index into RunStats::activityNames
    QString name;
    qint64 executions = 0;
    DurationSummary processing; ///< complete - start over executions whose start is known
    DurationSummary waiting; ///< the waiting before it, over executions with a predecessor
    qint64 repeatRuns = 0; ///< runs in which it executed more than once (rework)
};

/// A -> B: two consecutive executions of a run.
struct TransitionStats
{
    int fromActivity = -1;
    int toActivity = -1;
    QString from;
    QString to;
    qint64 count = 0;
    DurationSummary duration; ///< max(0, B's start (or complete) - A's complete)
    bool designed = false; ///< the map has a handoff from A to B
};

/// A distinct sequence of activities and the runs that followed it.
struct VariantStats
{
    qint64 runs = 0;
    int first = 0; ///< where its activities start in RunStats::variantSteps
    int length = 0; ///< how many there are
};

/// DESIGN.md's run metrics of the runs in a window. Durations are in seconds.
struct RunStats
{
    QStringList activityNames; ///< RunLog::activities, to name StepStats, variants and the like
    qint64 runs = 0;
    qint64 events = 0;
    qint64 executions = 0;
    int activities = 0; ///< distinct activities executed in the window
    qint64 firstMs = NoTime; ///< earliest timestamp of the runs in the window
    qint64 lastMs = NoTime; ///< latest timestamp of the runs in the window

    struct CycleTime
    {
        qint64 count = 0; ///< runs with timestamps; 0: every figure is NaN (null in JSON)
        double min = 0, p50 = 0, mean = 0, p90 = 0, max = 0;
    } cycleTime;

    qint64 slaTargetS = 0; ///< 0: none
    qint64 slaMet = 0; ///< runs whose cycle time is at most the target
    double slaCompliance = 0; ///< slaMet / runs; NaN when no target or no runs

    /// Runs in which some activity executed more than once: work done again (rework).
    qint64 reworkRuns = 0;
    /// Runs whose last execution is one of StatsOptions::finishingSteps: they reached an end of
    /// the map. -1 when no finishing steps were given.
    qint64 finishedRuns = -1;

    /// reworkRuns / runs; NaN without runs.
    double reworkRate() const;
    /// finishedRuns / runs; NaN without runs or without finishing steps.
    double completionRate() const;

    QVector<StepStats> steps; ///< by executions, most first, then by name
    QVector<TransitionStats> transitions; ///< by count, most first, then by from, then by to
    QVector<QPair<QString, qint64>> startSteps; ///< by runs, most first, then by name
    QVector<QPair<QString, qint64>> endSteps; ///< by runs, most first, then by name
    /// Every variant, by runs, most first, then by the sequence of names (element by element;
    /// a prefix first). Runs without executions form the empty variant.
    QVector<VariantStats> variants;
    /// The activities of every variant, one after the other (indexes into activityNames).
    QVector<int> variantSteps;

    /// The activities of variants[index], as indexes into activityNames.
    QVector<int> variantActivities(int index) const;
    /// The activities of variants[index] by name.
    QStringList variantNames(int index) const;
};

/// Computes DESIGN.md's run metrics over the runs of the log in the options' window. Runs'
/// executions are expected in RunLog order (start, complete, input order); a run whose executions
/// are not is put in that order first.
RunStats computeRunStats(const RunLog &log, const StatsOptions &options = {});

/// DESIGN.md's `stats --json` object. Timestamps are ISO 8601 in UTC, always with milliseconds
/// ("2010-12-30T10:02:00.000Z"); durations are seconds as numbers with millisecond precision;
/// figures over no values are null; the variants listed are the first topVariants.
QJsonObject runStatsToJson(const RunStats &stats, const QString &processName, int topVariants = 5);

/// A readable report for the command line: the figures, then aligned tables of steps,
/// transitions, start and end steps and the first topVariants variants, durations in human units.
QString runStatsToText(const RunStats &stats, const QString &processName, int topVariants = 5);

/// An ISO 8601 UTC timestamp with milliseconds, as the JSON writes it; empty for NoTime.
QString runStatsTimestamp(qint64 ms);

} // namespace Stepwise
