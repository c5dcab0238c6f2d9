#pragma once

#include <functional>

#include "runs/rawevent.h"

#include <QString>

namespace Stepwise {

/// Which runs of a process Workspace::runIds() selects, and in which order.
struct RunQuery
{
    enum class Order {
        Case,
        Start, ///< the run's first timestamp
        End, ///< its last timestamp
        CycleTime,
        SlaMet, ///< runs that met the target first (ascending), then by cycle time
        Steps, ///< executions
        OwnerChanges,
    };
    enum class Sla {
        Any,
        Met, ///< cycle time at most the target
        Missed, ///< cycle time above the target
    };

    Order order = Order::Start;
    bool descending = false;
    /// Only runs whose case id contains this text (ignoring case); empty: every run.
    QString caseContains;
    /// Only runs that met or missed slaTargetS; Any (or no target): every run.
    Sla sla = Sla::Any;
    qint64 slaTargetS = 0; ///< for Sla and Order::SlaMet; 0: none
    /// The process's SLA clock (StatsOptions::duration, slaClockDuration()) for cycle times,
    /// their order and the SLA filter; null: calendar time, measured in SQL. With a clock, the
    /// runs the case filter selects are measured and sorted in memory (100,000 in some 10 ms).
    std::function<qint64(qint64 fromMs, qint64 toMs)> duration;
};

/// One line of the runs table.
struct RunSummary
{
    qint64 id = 0; ///< the run's id in the workspace
    QString caseId;
    qint64 firstMs = NoTime; ///< earliest timestamp, UTC ms
    qint64 lastMs = NoTime; ///< latest timestamp, UTC ms
    int events = 0;
    int executions = 0; ///< its steps
    /// Consecutive executions whose resources are both known and differ: the work changed hands.
    int ownerChanges = 0;

    /// lastMs - firstMs, as Run::cycleTimeMs(), or on a clock (RunQuery::duration); NoTime
    /// when the run has no timestamps.
    qint64 cycleTimeMs(const std::function<qint64(qint64, qint64)> &clock = {}) const
    {
        if (firstMs == NoTime || lastMs == NoTime)
            return NoTime;
        return clock ? clock(firstMs, lastMs) : lastMs - firstMs;
    }
};

} // namespace Stepwise
