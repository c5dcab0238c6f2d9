#include "runlogbuilder.h"

#include <algorithm>

namespace Stepwise {

RunLogBuilder::RunLogBuilder() = default;

int RunLogBuilder::runIndex(const QString &caseId)
{
    // Events of one case mostly come together: skip the hash while the case stays the same.
    if (m_lastRun >= 0 && caseId == m_lastCase)
        return m_lastRun;
    auto it = m_runIndex.find(caseId);
    if (it == m_runIndex.end()) {
        it = m_runIndex.insert(caseId, int(m_log.runs.size()));
        Run run;
        run.caseId = caseId;
        m_log.runs.append(run);
        m_states.emplace_back();
    }
    m_lastCase = caseId;
    m_lastRun = it.value();
    return m_lastRun;
}

int RunLogBuilder::intern(QHash<QString, int> &index, QStringList &names, const QString &name)
{
    auto it = index.constFind(name);
    if (it != index.constEnd())
        return it.value();
    const int i = int(names.size());
    index.insert(name, i);
    names.append(name);
    return i;
}

void RunLogBuilder::add(const RawEvent &event)
{
    ++m_events;
    const int r = runIndex(event.caseId);
    Run &run = m_log.runs[r];
    const int order = run.events++;
    for (const qint64 t : {event.startMs, event.completeMs}) {
        if (t == NoTime)
            continue;
        if (run.firstMs == NoTime || t < run.firstMs)
            run.firstMs = t;
        if (run.lastMs == NoTime || t > run.lastMs)
            run.lastMs = t;
    }
    if (event.kind == RawEvent::Kind::Other)
        return;

    const int activity = intern(m_activityIndex, m_log.activities, event.activity);
    const int resource
        = event.resource.isEmpty() ? -1 : intern(m_resourceIndex, m_log.resources, event.resource);
    RunState &state = m_states[size_t(r)];

    switch (event.kind) {
    case RawEvent::Kind::Start:
        state.open.push_back({activity, resource, event.startMs});
        return;
    case RawEvent::Kind::Interval:
        run.executions.append({activity, resource, event.startMs, event.completeMs, order});
        return;
    case RawEvent::Kind::Complete: {
        Execution execution {activity, resource, NoTime, event.completeMs, order};
        const auto open
            = std::find_if(state.open.begin(), state.open.end(),
                           [activity](const OpenStart &s) { return s.activity == activity; });
        if (open != state.open.end()) {
            execution.startMs = open->startMs;
            if (execution.resource < 0)
                execution.resource = open->resource;
            state.open.erase(open);
        }
        run.executions.append(execution);
        return;
    }
    case RawEvent::Kind::Other:
        return;
    }
}

RunLog RunLogBuilder::finish()
{
    for (int r = 0; r < m_log.runs.size(); ++r) {
        m_unmatchedStarts += qint64(m_states[size_t(r)].open.size());
        QVector<Execution> &executions = m_log.runs[r].executions;
        std::stable_sort(executions.begin(), executions.end(), RunOrderLess());
    }
    RunLog log = std::move(m_log);
    m_log = RunLog();
    m_states.clear();
    m_runIndex.clear();
    m_activityIndex.clear();
    m_resourceIndex.clear();
    m_lastRun = -1;
    m_lastCase.clear();
    return log;
}

} // namespace Stepwise
