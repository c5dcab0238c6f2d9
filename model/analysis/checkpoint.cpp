#include "checkpoint.h"

#include "dashboard.h"
#include "process/process.h"
#include "runmetrics.h"
#include "statistics.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Stepwise {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Checkpoint)
};

constexpr qint64 DayMs = Q_INT64_C(86400000);
/// How far back the baseline of a checkpoint looks from the start of its period.
constexpr int BaselineDays = 30;

} // namespace

QString checkpointMetricWord(Checkpoint::Metric metric)
{
    switch (metric) {
    case Checkpoint::Metric::MedianCycleTime:
        return QStringLiteral("median-cycle-time");
    case Checkpoint::Metric::P90CycleTime:
        return QStringLiteral("p90-cycle-time");
    case Checkpoint::Metric::SlaCompliance:
        return QStringLiteral("sla-compliance");
    case Checkpoint::Metric::ReworkRate:
        return QStringLiteral("rework-rate");
    case Checkpoint::Metric::CompletionRate:
        return QStringLiteral("completion-rate");
    }
    return {};
}

std::optional<Checkpoint::Metric> checkpointMetricFromWord(const QString &word)
{
    for (Checkpoint::Metric metric :
         {Checkpoint::Metric::MedianCycleTime, Checkpoint::Metric::P90CycleTime,
          Checkpoint::Metric::SlaCompliance, Checkpoint::Metric::ReworkRate,
          Checkpoint::Metric::CompletionRate}) {
        if (checkpointMetricWord(metric) == word)
            return metric;
    }
    return std::nullopt;
}

QString checkpointMetricName(Checkpoint::Metric metric)
{
    switch (metric) {
    case Checkpoint::Metric::MedianCycleTime:
        return Text::tr("median cycle time");
    case Checkpoint::Metric::P90CycleTime:
        return Text::tr("90th percentile of the cycle time");
    case Checkpoint::Metric::SlaCompliance:
        return Text::tr("SLA compliance");
    case Checkpoint::Metric::ReworkRate:
        return Text::tr("rework rate");
    case Checkpoint::Metric::CompletionRate:
        return Text::tr("completion rate");
    }
    return {};
}

bool checkpointMetricIsRate(Checkpoint::Metric metric)
{
    return metric != Checkpoint::Metric::MedianCycleTime
        && metric != Checkpoint::Metric::P90CycleTime;
}

bool checkpointMetricLowerIsBetter(Checkpoint::Metric metric)
{
    return metric == Checkpoint::Metric::MedianCycleTime
        || metric == Checkpoint::Metric::P90CycleTime || metric == Checkpoint::Metric::ReworkRate;
}

bool checkpointMet(Checkpoint::Metric metric, double value, double target)
{
    if (std::isnan(value) || std::isnan(target))
        return false;
    return checkpointMetricLowerIsBetter(metric) ? value <= target : value >= target;
}

QString formatCheckpointValue(Checkpoint::Metric metric, double value)
{
    if (std::isnan(value))
        return QStringLiteral("\u2013");
    if (!checkpointMetricIsRate(metric))
        return humanDuration(value);
    // Whole percents unless that would hide a difference near the ends (99.5% is not 100%).
    const double percent = value * 100.0;
    const bool whole
        = std::abs(percent - std::round(percent)) < 0.05 || (percent >= 1.0 && percent <= 99.0);
    return Text::tr("%1%").arg(QLocale().toString(percent, 'f', whole ? 0 : 1));
}

QString checkpointDecisionWord(CheckpointReview::Decision decision)
{
    switch (decision) {
    case CheckpointReview::Decision::Keep:
        return QStringLiteral("keep");
    case CheckpointReview::Decision::AdjustTarget:
        return QStringLiteral("adjust-target");
    case CheckpointReview::Decision::ChangeProcess:
        return QStringLiteral("change-process");
    }
    return {};
}

std::optional<CheckpointReview::Decision> checkpointDecisionFromWord(const QString &word)
{
    for (CheckpointReview::Decision decision :
         {CheckpointReview::Decision::Keep, CheckpointReview::Decision::AdjustTarget,
          CheckpointReview::Decision::ChangeProcess}) {
        if (checkpointDecisionWord(decision) == word)
            return decision;
    }
    return std::nullopt;
}

QString checkpointDecisionName(CheckpointReview::Decision decision)
{
    switch (decision) {
    case CheckpointReview::Decision::Keep:
        return Text::tr("Keep the target");
    case CheckpointReview::Decision::AdjustTarget:
        return Text::tr("Adjust the target");
    case CheckpointReview::Decision::ChangeProcess:
        return Text::tr("Change the process");
    }
    return {};
}

QDate reviewDateAfter(const QDate &from, ReviewInterval interval)
{
    // QDate::addMonths() keeps the day where the month has it and takes the month's last day
    // where it does not: what "in a month" means on 31 January.
    switch (interval) {
    case ReviewInterval::TwoWeeks:
        return from.addDays(14);
    case ReviewInterval::ThirtyDays:
        return from.addDays(30);
    case ReviewInterval::OneMonth:
        return from.addMonths(1);
    case ReviewInterval::ThreeMonths:
        return from.addMonths(3);
    case ReviewInterval::SixMonths:
        return from.addMonths(6);
    }
    return from;
}

QDate defaultReviewDate(const QDate &today)
{
    return reviewDateAfter(today, ReviewInterval::ThirtyDays);
}

QString reviewIntervalName(ReviewInterval interval)
{
    switch (interval) {
    case ReviewInterval::TwoWeeks:
        return Text::tr("in 2 weeks");
    case ReviewInterval::ThirtyDays:
        return Text::tr("in 30 days");
    case ReviewInterval::OneMonth:
        return Text::tr("in 1 month");
    case ReviewInterval::ThreeMonths:
        return Text::tr("in 3 months");
    case ReviewInterval::SixMonths:
        return Text::tr("in 6 months");
    }
    return {};
}

double checkpointValue(const RunStats &stats, Checkpoint::Metric metric)
{
    switch (metric) {
    case Checkpoint::Metric::MedianCycleTime:
        return stats.cycleTime.p50;
    case Checkpoint::Metric::P90CycleTime:
        return stats.cycleTime.p90;
    case Checkpoint::Metric::SlaCompliance:
        return stats.slaCompliance;
    case Checkpoint::Metric::ReworkRate:
        return stats.reworkRate();
    case Checkpoint::Metric::CompletionRate:
        return stats.completionRate();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

CheckpointMeasure measureCheckpoint(const RunLog &log, const Process &process,
                                    Checkpoint::Metric metric, qint64 fromMs, qint64 toMs)
{
    StatsOptions options = dashboardStatsOptions(process);
    options.finishingSteps = finishingStepNames(process);
    options.fromMs = fromMs;
    options.toMs = toMs;
    const RunStats stats = computeRunStats(log, options);
    CheckpointMeasure measure;
    measure.value = checkpointValue(stats, metric);
    measure.runs = stats.runs;
    measure.fromMs = fromMs;
    measure.toMs = toMs;
    return measure;
}

QDateTime checkpointPeriodStart(const Checkpoint &checkpoint, const QDateTime &lastReview)
{
    if (lastReview.isValid() && (!checkpoint.created.isValid() || lastReview > checkpoint.created))
        return lastReview;
    return checkpoint.created;
}

std::optional<CheckpointStatus> checkpointStatus(Workspace &workspace, const Checkpoint &checkpoint,
                                                 const QDateTime &now)
{
    const std::optional<Process> process = workspace.loadProcess(checkpoint.processId);
    if (!process)
        return std::nullopt;
    CheckpointStatus status;
    for (const CheckpointReview &review : workspace.checkpointReviews(checkpoint.processId)) {
        if (review.checkpointId == checkpoint.id) {
            status.lastReview = review.reviewedAt; // newest first
            break;
        }
    }
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return std::nullopt;
    const QDateTime start = checkpointPeriodStart(checkpoint, status.lastReview);
    const qint64 fromMs = start.isValid() ? start.toMSecsSinceEpoch() : NoTime;
    const qint64 toMs = now.toMSecsSinceEpoch();
    const qint64 baselineFromMs = fromMs == NoTime ? NoTime : fromMs - qint64(BaselineDays) * DayMs;
    // One read of the runs both windows need.
    const std::optional<RunLog> log
        = workspace.loadRuns(checkpoint.processId, baselineFromMs, toMs);
    if (!log)
        return std::nullopt;
    status.current = measureCheckpoint(*log, *process, checkpoint.metric, fromMs, toMs);
    if (fromMs != NoTime)
        status.baseline
            = measureCheckpoint(*log, *process, checkpoint.metric, baselineFromMs, fromMs);
    return status;
}

} // namespace Stepwise
