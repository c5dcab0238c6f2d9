#pragma once

#include "process/ids.h"
#include "runs/rawevent.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>

namespace Stepwise {

struct Process;
struct RunLog;
struct RunStats;
class Workspace;

/// DESIGN.md's checkpoint: one metric per process with a target and a date to review it on.
/// A process has at most one active checkpoint; a replaced one is kept (retired) with its reviews.
struct Checkpoint
{
    enum class Metric { MedianCycleTime, P90CycleTime, SlaCompliance, ReworkRate, CompletionRate };

    qint64 id = 0;
    ProcessId processId = 0;
    Metric metric = Metric::MedianCycleTime;
    /// Seconds for the cycle-time metrics; a share in [0, 1] for the rates.
    double target = 0;
    QDate reviewDate;
    QDateTime created; ///< UTC

    /// Due for review on \a today: its review date is today or past.
    bool isDue(const QDate &today) const { return reviewDate.isValid() && reviewDate <= today; }

    bool operator==(const Checkpoint &other) const
    {
        return id == other.id && processId == other.processId && metric == other.metric
            && target == other.target && reviewDate == other.reviewDate && created == other.created;
    }
};

/// One review of a checkpoint: the value measured, what was decided and when to look again.
struct CheckpointReview
{
    enum class Decision {
        Keep, ///< keep the target and look again on the next date
        AdjustTarget, ///< the target changes to newTarget
        ChangeProcess, ///< the map has to change to reach the target
    };

    qint64 id = 0;
    qint64 checkpointId = 0;
    Checkpoint::Metric metric = Checkpoint::Metric::MedianCycleTime; ///< its checkpoint's
    QDateTime reviewedAt; ///< UTC
    /// The metric's value over the review period (checkpointPeriodStart() to reviewedAt); NaN
    /// when no run could be measured.
    double value = std::numeric_limits<double>::quiet_NaN();
    double target = 0; ///< the target the value was compared with
    Decision decision = Decision::Keep;
    /// With AdjustTarget: the target from then on; NaN otherwise.
    double newTarget = std::numeric_limits<double>::quiet_NaN();
    QString note; ///< the reviewer's words
    QDate nextReviewDate;
};

/// A checkpoint due for review, with its process's name (the "reviews due" on start).
struct DueCheckpoint
{
    Checkpoint checkpoint;
    QString processName;
};

/// The word a metric is stored and scripted as ("median-cycle-time", "p90-cycle-time",
/// "sla-compliance", "rework-rate", "completion-rate").
QString checkpointMetricWord(Checkpoint::Metric metric);
std::optional<Checkpoint::Metric> checkpointMetricFromWord(const QString &word);
/// The metric in the user's words ("median cycle time"), lower case, translated.
QString checkpointMetricName(Checkpoint::Metric metric);
/// A share of runs (target and value in [0, 1]) rather than a duration in seconds.
bool checkpointMetricIsRate(Checkpoint::Metric metric);
/// The cycle times and the rework rate are better low; compliance and completion high.
bool checkpointMetricLowerIsBetter(Checkpoint::Metric metric);
/// The value meets the target: at most it where lower is better, at least it otherwise. A NaN
/// value meets nothing.
bool checkpointMet(Checkpoint::Metric metric, double value, double target);
/// A value as the user reads it: "1d 4h" for a time, "85%" for a rate; an en dash for NaN.
QString formatCheckpointValue(Checkpoint::Metric metric, double value);

QString checkpointDecisionWord(CheckpointReview::Decision decision);
std::optional<CheckpointReview::Decision> checkpointDecisionFromWord(const QString &word);
/// "Keep the target", "Adjust the target", "Change the process", translated.
QString checkpointDecisionName(CheckpointReview::Decision decision);

/// How far ahead the next review is set.
enum class ReviewInterval { TwoWeeks, ThirtyDays, OneMonth, ThreeMonths, SixMonths };

/// The review date \a interval after \a from. Months are calendar months; a day the target month
/// lacks becomes its last (31 January + 1 month is 28 February, or 29 in a leap year; 31 March +
/// 1 month is 30 April).
QDate reviewDateAfter(const QDate &from, ReviewInterval interval);
/// A new checkpoint's review date: 30 days after \a today.
QDate defaultReviewDate(const QDate &today);
/// "in 2 weeks", "in 30 days", ..., translated.
QString reviewIntervalName(ReviewInterval interval);

/// The metric's value in figures the engine computed; NaN when they cannot say (no runs, no SLA
/// target, no end on the map).
double checkpointValue(const RunStats &stats, Checkpoint::Metric metric);

/// A metric measured over a window of runs.
struct CheckpointMeasure
{
    double value = std::numeric_limits<double>::quiet_NaN();
    qint64 runs = 0; ///< runs that started in the window
    qint64 fromMs = NoTime;
    qint64 toMs = NoTime;
};

/// Measures a metric over the runs of \a log that started in [fromMs, toMs), by the engine
/// (computeRunStats) on the process's SLA target and clock, with its finishing steps for the
/// completion rate. A run still under way counts as not completed.
CheckpointMeasure measureCheckpoint(const RunLog &log, const Process &process,
                                    Checkpoint::Metric metric, qint64 fromMs, qint64 toMs);

/// Where a checkpoint's review period starts: when it was set or, when later, when it was last
/// reviewed (\a lastReview, invalid for none). A review judges the runs that started since.
QDateTime checkpointPeriodStart(const Checkpoint &checkpoint, const QDateTime &lastReview);

/// The checkpoint's metric over its review period up to \a now, read from the workspace; with
/// \a baseline, also over the 30 days before the period (what it was when set). Null on a
/// workspace error (the workspace says which).
struct CheckpointStatus
{
    CheckpointMeasure current; ///< since checkpointPeriodStart()
    CheckpointMeasure baseline; ///< the 30 days before it
    QDateTime lastReview; ///< invalid: never reviewed
};
std::optional<CheckpointStatus> checkpointStatus(Workspace &workspace, const Checkpoint &checkpoint,
                                                 const QDateTime &now);

} // namespace Stepwise
