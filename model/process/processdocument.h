#pragma once

#include "process.h"
#include "property.h"

#include <QObject>
#include <QVariant>

#include <optional>

class QUndoStack;

namespace Stepwise {

/// Where a step goes in a move: its lane and its position inside that lane.
struct StepPlacement
{
    ItemId stepId = 0;
    ItemId laneId = 0;
    QPointF pos;

    bool operator==(const StepPlacement &other) const
    {
        return stepId == other.stepId && laneId == other.laneId && pos == other.pos;
    }
};

/// The one place a process map is edited. Owns the undo stack: every public edit pushes one
/// command (or one macro for a compound edit) and returns what it created, or 0 / nothing when the
/// edit is refused (read-only document, a missing lane or step, a value of the wrong type). After
/// every command and every undo the map satisfies Process::invariantViolations().
///
/// Views listen to the change signals and re-read what changed; they never keep their own copy.
class ProcessDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProcessDocument(const Process &process = {}, QObject *parent = nullptr);
    ~ProcessDocument() override;

    const Process &process() const { return m_process; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// A read-only document (an old revision, a read-only workspace) refuses every edit.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    /// The stored process id (set by whoever saves it; not an edit).
    void setProcessId(ProcessId id) { m_process.id = id; }

    // --- reading properties generically (the properties panel, the change-value command)
    static bool appliesTo(ObjectType type, Property property);
    /// The current value, or an invalid QVariant when the object does not exist. The id is ignored
    /// for ObjectType::Process.
    QVariant value(ObjectType type, ItemId id, Property property) const;

    // --- edits
    /// Adds steps (their ids are assigned here) in one command; returns the new ids.
    ItemIds addSteps(QVector<Step> steps);
    ItemId addStep(Step::Kind kind, const QString &name, ItemId laneId, QPointF pos);
    /// Removes steps and every handoff touching them: one macro.
    void removeSteps(const ItemIds &stepIds);
    /// Moves steps to new lanes and positions. Repeated moves of the same steps merge into one
    /// undo step until breakMergeChain().
    void moveSteps(const QVector<StepPlacement> &placements);
    /// Moves steps by a scene offset; a step whose centre crosses into another lane changes lane.
    void moveStepsBy(const ItemIds &stepIds, QPointF delta);
    /// Puts steps into a lane, keeping their x and (clamped) their y inside the lane.
    void moveStepsToLane(const ItemIds &stepIds, ItemId laneId);
    /// Ends the current merge chain: the next move or property edit is a new undo step. Call on
    /// mouse release, on a selection change and when an editor loses focus.
    void breakMergeChain() { ++m_mergeChain; }
    int mergeChain() const { return m_mergeChain; }

    /// Connects two steps; refused when either is missing or the same handoff exists.
    ItemId connectSteps(ItemId fromStepId, ItemId toStepId, const QString &label = {});
    void disconnect(const ItemIds &handoffIds);
    /// Moves one or both ends of a handoff (0 keeps that end).
    void reconnect(ItemId handoffId, ItemId fromStepId, ItemId toStepId);

    /// Changes one property of several objects of one type (all to the same value). Repeated edits
    /// of the same objects and property merge; an edit that changes nothing pushes nothing.
    bool setValue(ObjectType type, const ItemIds &ids, Property property, const QVariant &value);
    bool setProcessValue(Property property, const QVariant &value)
    {
        return setValue(ObjectType::Process, {0}, property, value);
    }

    ItemId addLane(const QString &name, Lane::Kind kind, const QColor &color, int index = -1);
    bool renameLane(ItemId laneId, const QString &name);
    bool recolourLane(ItemId laneId, const QColor &color);
    /// Moves a lane to another position (0 = top); its steps travel with it.
    bool moveLane(ItemId laneId, int newIndex);
    /// Removes a lane; its steps first move to targetLaneId (required when it has steps): one
    /// macro.
    bool removeLane(ItemId laneId, ItemId targetLaneId = 0);

    // --- building and rearranging (issue 3: the map editor)
    /// Lays the map out left to right inside its lanes (a layered layout with few crossings):
    /// one undo step. Lanes keep their order; steps keep their lanes.
    void autoLayout();

    /// The MIME type of copied steps on the clipboard.
    static QString fragmentMimeType() { return QStringLiteral("application/x-stepwise-fragment"); }
    /// The steps, the handoffs among them and the lanes they sit in, as clipboard data (JSON).
    QByteArray copySteps(const ItemIds &stepIds) const;
    /// Pastes copied steps (from this or another process) with new ids, moved by offset; lanes are
    /// matched by name or added. One macro; returns the new step ids (empty when refused).
    ItemIds paste(const QByteArray &fragment, QPointF offset);
    /// Copies and pastes in one go, a little below and to the right.
    ItemIds duplicateSteps(const ItemIds &stepIds);
    /// Adds a step after another: same lane, to its right, connected from it (the keyboard way to
    /// build a map). Steps in the way move right to make room. One macro; returns the new id.
    ItemId insertStepAfter(ItemId stepId, Step::Kind kind, const QString &name = {});
    /// Connects steps in the order given (a -> b -> c), skipping handoffs that exist. One macro;
    /// returns the new handoff ids.
    ItemIds connectChain(const ItemIds &stepIds);

signals:
    void processChanged(Stepwise::Property property);
    /// A lane was added, removed, moved or changed; step scene positions may have changed too.
    void lanesChanged();
    void stepsAdded(const Stepwise::ItemIds &ids);
    void stepsRemoved(const Stepwise::ItemIds &ids);
    /// Any property, lane or position of these steps changed.
    void stepsChanged(const Stepwise::ItemIds &ids);
    void handoffsAdded(const Stepwise::ItemIds &ids);
    void handoffsRemoved(const Stepwise::ItemIds &ids);
    void handoffsChanged(const Stepwise::ItemIds &ids);
    /// After any change, once (for validation, dirty marks, autosave).
    void changed();
    void readOnlyChanged(bool readOnly);

private:
    friend class AddRemoveLanesCommand;
    friend class AddRemoveStepsCommand;
    friend class AddRemoveHandoffsCommand;
    friend class MoveStepsCommand;
    friend class MoveLaneCommand;
    friend class ChangeValueCommand;

    // Raw mutations used by the commands; each emits its signals.
    void insertLanes(const QVector<QPair<int, Lane>> &indexed);
    void takeLanes(const ItemIds &ids);
    void insertSteps(const QVector<QPair<int, Step>> &indexed);
    void takeSteps(const ItemIds &ids);
    void insertHandoffs(const QVector<QPair<int, Handoff>> &indexed);
    void takeHandoffs(const ItemIds &ids);
    void placeSteps(const QVector<StepPlacement> &placements);
    void relocateLane(int from, int to);
    void applyValues(ObjectType type, const ItemIds &ids, Property property,
                     const QVector<QVariant> &values);
    void setNextItemId(ItemId next) { m_process.nextItemId = next; }

    bool canEdit() const { return !m_readOnly; }
    /// The value converted to the property's type, or nothing when it does not fit.
    std::optional<QVariant> normalized(ObjectType type, Property property,
                                       const QVariant &value) const;
    bool exists(ObjectType type, ItemId id) const;
    StepPlacement clampedPlacement(ItemId stepId, ItemId laneId, QPointF pos) const;

    Process m_process;
    QUndoStack *m_undoStack = nullptr;
    bool m_readOnly = false;
    int m_mergeChain = 0;
};

} // namespace Stepwise
