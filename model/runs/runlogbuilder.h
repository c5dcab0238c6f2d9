#pragma once

#include "rawevent.h"
#include "runlog.h"

#include <QHash>

#include <vector>

namespace Stepwise {

/// Builds a RunLog from a stream of RawEvents, as DESIGN.md defines runs and executions. Cases
/// may interleave.
///
/// Events of one activity in one run pair into executions: a Start opens one; the next Complete
/// of that activity closes the oldest one open; a Complete with none open is an execution whose
/// start is unknown; an Interval is one execution; an Other is an event and nothing more.
/// Every timestamp of every event counts for the run's first and last time, hence its cycle
/// time.
///
/// A Start that is never completed makes no execution, as pm4py's conversion of lifecycle logs
/// to interval logs drops it: an execution without an end has no processing time, and would
/// be a step the run never finished. Its event and its timestamp still count (cycle time,
/// event count); unmatchedStarts() tells how many there were so that an import can say so.
///
/// An execution takes the resource of its complete event, or of its start where the complete
/// names none. Its input order is that of the event that closed it (as in pm4py's interval
/// log), which breaks ties of equal start and complete.
class RunLogBuilder
{
public:
    RunLogBuilder();

    void add(const RawEvent &event);
    /// Sorts the executions of every run and hands the log over; the builder is then empty.
    RunLog finish();

    qint64 events() const { return m_events; }
    qint64 unmatchedStarts() const { return m_unmatchedStarts; }

private:
    struct OpenStart
    {
        int activity;
        int resource;
        qint64 startMs;
    };
    struct RunState
    {
        std::vector<OpenStart> open; ///< in the order they opened
    };

    int runIndex(const QString &caseId);
    int intern(QHash<QString, int> &index, QStringList &names, const QString &name);

    RunLog m_log;
    std::vector<RunState> m_states;
    QHash<QString, int> m_runIndex;
    QHash<QString, int> m_activityIndex;
    QHash<QString, int> m_resourceIndex;
    QString m_lastCase;
    int m_lastRun = -1;
    qint64 m_events = 0;
    qint64 m_unmatchedStarts = 0;
};

} // namespace Stepwise
