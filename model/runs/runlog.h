#pragma once

#include "rawevent.h"

#include <QStringList>
#include <QVector>

namespace Stepwise {

/// One step's interval inside a run (DESIGN.md "Execution").
struct Execution
{
    int activity = -1; ///< index into RunLog::activities
    int resource = -1; ///< index into RunLog::resources, -1 for none
    qint64 startMs = NoTime; ///< NoTime when unknown
    qint64 completeMs = NoTime;
    int order = 0; ///< input order inside the run, the last tie-breaker

    /// Where it sorts: its start, or its complete where the start is unknown.
    qint64 sortTime() const { return startMs != NoTime ? startMs : completeMs; }
};

/// DESIGN.md's order of the executions of a run: by start (complete where the start is unknown),
/// then by complete, then by input order. One definition for the reader, the engine and the
/// dashboard.
struct RunOrderLess
{
    bool operator()(const Execution &a, const Execution &b) const
    {
        const qint64 ta = a.sortTime(), tb = b.sortTime();
        if (ta != tb)
            return ta < tb;
        if (a.completeMs != b.completeMs)
            return a.completeMs < b.completeMs;
        return a.order < b.order;
    }
};

/// One execution of a process (a case of an event log).
struct Run
{
    QString caseId;
    qint64 firstMs = NoTime; ///< earliest timestamp of any of its events
    qint64 lastMs = NoTime; ///< latest timestamp of any of its events
    int events = 0; ///< events (rows) it had, executions or not
    /// Ordered by start (complete where the start is unknown), then complete, then input order.
    QVector<Execution> executions;

    qint64 cycleTimeMs() const { return lastMs - firstMs; }
};

/// The runs of one process in memory: what the metrics engine computes from.
struct RunLog
{
    QStringList activities; ///< interned names, referenced by Execution::activity
    QStringList resources; ///< interned names, referenced by Execution::resource
    QVector<Run> runs; ///< in the order their cases first appeared
};

} // namespace Stepwise
