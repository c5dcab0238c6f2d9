#include "discovery.h"

#include "process/layout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace Stepwise {

Process draftProcessFromRuns(const RunLog &log, const QString &name, double minShare)
{
    Process process;
    process.name = name;
    const std::size_t activityCount = std::size_t(log.activities.size());
    const qint64 runs = log.runs.size();
    // Seen in at least minShare of the runs (and at least once).
    const auto frequent
        = [&](qint64 count) { return count > 0 && double(count) >= minShare * double(runs); };

    std::vector<bool> executed(activityCount, false);
    std::vector<QHash<int, qint64>> resourceCounts(activityCount);
    std::vector<qint64> starts(activityCount, 0);
    std::vector<qint64> ends(activityCount, 0);
    std::map<std::pair<int, int>, qint64> transitions; // runs with each transition
    QSet<std::pair<int, int>> seen;
    for (const Run &run : log.runs) {
        if (run.executions.isEmpty())
            continue;
        seen.clear();
        for (int i = 0; i < run.executions.size(); ++i) {
            const Execution &e = run.executions.at(i);
            executed[std::size_t(e.activity)] = true;
            ++resourceCounts[std::size_t(e.activity)][e.resource];
            if (i > 0) {
                const std::pair<int, int> t {run.executions.at(i - 1).activity, e.activity};
                if (!seen.contains(t)) {
                    seen.insert(t);
                    ++transitions[t];
                }
            }
        }
        ++starts[std::size_t(run.executions.constFirst().activity)];
        ++ends[std::size_t(run.executions.constLast().activity)];
    }

    // Lanes: each activity's most frequent resource, ties by name; none: "Unassigned".
    const QString unassigned = QCoreApplication::translate("Discovery", "Unassigned");
    QHash<QString, ItemId> laneByName;
    const auto laneFor = [&](const QString &laneName) {
        const auto it = laneByName.constFind(laneName);
        if (it != laneByName.cend())
            return it.value();
        Lane lane;
        lane.id = process.nextItemId++;
        lane.name = laneName;
        lane.kind = Lane::Kind::Person;
        process.lanes.append(lane);
        laneByName.insert(laneName, lane.id);
        return lane.id;
    };
    std::vector<ItemId> stepOf(activityCount, 0);
    for (int a = 0; a < int(activityCount); ++a) {
        if (!executed[std::size_t(a)])
            continue;
        int best = -1;
        qint64 bestCount = 0;
        const QHash<int, qint64> &counts = resourceCounts[std::size_t(a)];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key() < 0)
                continue;
            if (it.value() > bestCount
                || (it.value() == bestCount
                    && log.resources.at(it.key()) < log.resources.at(best))) {
                best = it.key();
                bestCount = it.value();
            }
        }
        Step step;
        step.id = process.nextItemId++;
        step.kind = Step::Kind::Task;
        step.name = log.activities.at(a);
        step.laneId = laneFor(best < 0 ? unassigned : log.resources.at(best));
        process.steps.append(step);
        stepOf[std::size_t(a)] = step.id;
    }

    const auto addHandoff = [&](ItemId from, ItemId to) {
        Handoff handoff;
        handoff.id = process.nextItemId++;
        handoff.fromStepId = from;
        handoff.toStepId = to;
        process.handoffs.append(handoff);
    };
    // The start and end steps sit in the lane of the most frequent first and last activity.
    const auto mostFrequent = [&](const std::vector<qint64> &counts) {
        int best = -1;
        for (int a = 0; a < int(activityCount); ++a) {
            if (counts[std::size_t(a)] > 0
                && (best < 0 || counts[std::size_t(a)] > counts[std::size_t(best)]))
                best = a;
        }
        return best;
    };
    const int firstActivity = mostFrequent(starts);
    const int lastActivity = mostFrequent(ends);
    // A start (or end) step in the lane of the most frequent first (or last) activity, joined to
    // every activity that starts (or ends) enough runs.
    const auto addTerminal = [&](Step::Kind kind, const QString &name, int laneActivity,
                                 const std::vector<qint64> &counts) {
        Step terminal;
        terminal.id = process.nextItemId++;
        terminal.kind = kind;
        terminal.name = name;
        terminal.laneId = process.step(stepOf[std::size_t(laneActivity)])->laneId;
        if (kind == Step::Kind::Start)
            process.steps.prepend(terminal);
        else
            process.steps.append(terminal);
        for (int a = 0; a < int(activityCount); ++a) {
            if (!frequent(counts[std::size_t(a)]))
                continue;
            if (kind == Step::Kind::Start)
                addHandoff(terminal.id, stepOf[std::size_t(a)]);
            else
                addHandoff(stepOf[std::size_t(a)], terminal.id);
        }
    };
    if (firstActivity >= 0)
        addTerminal(Step::Kind::Start, QCoreApplication::translate("Discovery", "Start"),
                    firstActivity, starts);
    for (const auto &[transition, count] : transitions) {
        if (frequent(count))
            addHandoff(stepOf[std::size_t(transition.first)],
                       stepOf[std::size_t(transition.second)]);
    }
    if (lastActivity >= 0)
        addTerminal(Step::Kind::End, QCoreApplication::translate("Discovery", "End"), lastActivity,
                    ends);

    const QVector<StepPlacement> layout = layeredLayout(process);
    for (int i = 0; i < layout.size() && i < process.steps.size(); ++i)
        process.steps[i].pos = layout.at(i).pos;
    return process;
}

} // namespace Stepwise
