#pragma once

#include "runmetrics.h"

#include "process/ids.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Stepwise {

struct Process;

/// How one lane, step or handoff differs between two revisions of a map.
///
/// Items are matched by id: ids are unique within a process, never reused while it lives and
/// stable across save, load and revisions (ids.h), so the same id in two revisions of one process
/// is the same item, whatever happened to its name. Two unrelated processes share ids by chance
/// only: their diff is meaningless.
struct ItemDiff
{
    enum class Status {
        Kept, ///< in both revisions (it may still be moved or changed)
        Added, ///< only in the later revision
        Removed, ///< only in the earlier revision
    };

    ItemId id = 0;
    Status status = Status::Kept;
    /// Steps: the position changed (within its lane, or along with a change of lane). Lanes: the
    /// order changed among the lanes both revisions have.
    bool moved = false;
    bool laneChanged = false; ///< steps: now in another lane
    bool rerouted = false; ///< handoffs: it leaves or enters another step now
    /// Every other field that differs, as processToJson() names it ("name",
    /// "definition_of_done", "label", ...), in that order; empty for added and removed items.
    /// It comes from the lossless JSON form, so a field added to Step, Handoff or Lane (and to
    /// its JSON) is listed without changing this code; operator== decides whether anything
    /// differs, and a difference the JSON does not show is listed as "other".
    QStringList fields;

    bool isAdded() const { return status == Status::Added; }
    bool isRemoved() const { return status == Status::Removed; }
    /// Kept, and moved, rerouted or into another lane.
    bool isMoved() const { return status == Status::Kept && (moved || laneChanged || rerouted); }
    /// Kept, and a field other than its place differs.
    bool isChanged() const { return status == Status::Kept && !fields.isEmpty(); }
    bool hasField(const QString &field) const { return fields.contains(field); }
};

/// What differs between an earlier and a later revision of one map. Only items that differ are
/// listed: first those of the later map (in its order), then the removed ones (in the earlier
/// map's order).
struct RevisionDiff
{
    QVector<ItemDiff> lanes;
    QVector<ItemDiff> steps;
    QVector<ItemDiff> handoffs;
    /// Fields of the process itself that differ (processToJson() names: "name", "owner",
    /// "sla_target_s", ...; the map's lanes, steps and handoffs and its next free id are not).
    QStringList processFields;

    bool isEmpty() const
    {
        return lanes.isEmpty() && steps.isEmpty() && handoffs.isEmpty() && processFields.isEmpty();
    }
    /// How many lanes, steps and handoffs differ.
    int itemCount() const { return int(lanes.size() + steps.size() + handoffs.size()); }
    const ItemDiff *lane(ItemId id) const;
    const ItemDiff *step(ItemId id) const;
    const ItemDiff *handoff(ItemId id) const;
};

/// Compares two revisions of a map, item by item (matched by id, see ItemDiff).
RevisionDiff diffProcesses(const Process &earlier, const Process &later);

/// A field of ItemDiff::fields or RevisionDiff::processFields in readable words ("definition of
/// done", "step SLA"); one not known here reads as its name with spaces ("bpmn event").
QString diffFieldName(const QString &field);
/// The fields of an item in readable words, joined ("name, definition of done and automation");
/// width and height read as one "size".
QString diffFieldNames(const QStringList &fields);

/// One step's time before and after a change: mean waiting + mean processing of its executions
/// (the dashboard's "time per step"), matched to the runs' activities by its folded name in each
/// revision.
struct StepBeforeAfter
{
    ItemId stepId = 0;
    QString name; ///< its name in the later revision (the earlier one when removed)
    qint64 beforeExecutions = 0;
    qint64 afterExecutions = 0;
    double beforeS = 0; ///< NaN without executions
    double afterS = 0; ///< NaN without executions
};

/// The runs around a change, in two windows of the same length: [fromMs, splitMs) before it and
/// [splitMs, toMs) after it. A run counts on the side where it started (the engine's window), so
/// a run under way at the change counts before it.
struct BeforeAfter
{
    /// Fewer runs than this on either side make the comparison a guess.
    static constexpr int MinRuns = 10;

    qint64 splitMs = NoTime;
    qint64 fromMs = NoTime;
    qint64 toMs = NoTime;
    int days = 0; ///< the length of each window in days
    RunStats before;
    RunStats after;
    /// The steps the diff names (added, removed, moved or changed) that ran on either side, in
    /// the diff's order.
    QVector<StepBeforeAfter> steps;

    bool enoughRuns() const { return before.runs >= MinRuns && after.runs >= MinRuns; }
};

/// Measures the runs of a log before and after a change at splitMs with computeRunStats(), on
/// the later map's SLA target and clock (dashboardStatsOptions()), so that both sides are
/// measured alike. The windows are whole days: as many as from the change to the latest
/// timestamp of the log, at most maxDays, and at least one; the before window is as long.
BeforeAfter computeBeforeAfter(const RunLog &log, const Process &earlier, const Process &later,
                               const RevisionDiff &diff, qint64 splitMs, int maxDays = 90);

/// Where the figures come from, in a sentence: "42 runs in the 90 days before 3 Nov 2025, 37 in
/// the 90 days after."
QString beforeAfterWindowText(const BeforeAfter &result);

/// "Did the change hold?" in plain words, one sentence a line: the median cycle time, the P90,
/// the SLA compliance and the steps of the diff, before and after, with a verdict and a caveat
/// when either side has fewer than BeforeAfter::MinRuns runs.
QStringList beforeAfterSentences(const BeforeAfter &result);

/// A relative change in readable form: "−35%", "+12%"; an en dash when it cannot be said.
QString relativeChangeText(double before, double after);

} // namespace Stepwise
