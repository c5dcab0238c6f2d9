#pragma once

#include "ids.h"

#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Stepwise {

/// One step of a map. Everything a task carries is here; other kinds ignore what does not apply.
struct Step
{
    enum class Kind { Start, Task, Decision, Event, End };
    /// What an intermediate event waits for.
    enum class Trigger { None, Wait, Timer, Message };
    /// Where a step stands on automation. A candidate is decided by planning, automating or
    /// rejecting it (the diagnostic's automation check asks that every candidate be decided).
    enum class Automation { Manual, Candidate, Automated, Planned, Rejected };

    ItemId id = 0;
    Kind kind = Kind::Task;
    QString name;
    ItemId laneId = 0;
    QPointF
        pos; ///< centre: x along the flow, y from the top of its lane (so lanes carry their steps)

    QString definitionOfDone;
    QStringList inputs;
    QStringList outputs;
    qint64 expectedDurationS = 0; ///< 0: not set
    qint64 slaS = 0; ///< step SLA on waiting + processing; 0: none
    Automation automation = Automation::Manual;
    QStringList systems;
    double automationEffortH = 0; ///< estimated hours to automate; 0: not estimated
    Trigger trigger = Trigger::None;

    // What a BPMN 2.0 file says beyond the kind, kept so that a map read from another tool is
    // written back as it came (model/formats). Stepwise's own maps leave them at their defaults.
    /// The BPMN element when it is not the kind's plain one (task, exclusiveGateway, startEvent,
    /// intermediateCatchEvent, endEvent): "userTask", "subProcess", "callActivity",
    /// "parallelGateway", "boundaryEvent", "intermediateThrowEvent", ...
    QString bpmnElement;
    /// The event definition a trigger does not name: "error", "signal", "escalation",
    /// "conditional", "compensate", "link", "terminate", "cancel", "multiple"; empty: none.
    QString bpmnEvent;
    ItemId attachedToStepId = 0; ///< a boundary event's activity; 0: not attached
    bool interrupting = true; ///< a boundary or start event that cancels what it interrupts
    /// The map of an expanded sub-process (a process of the same workspace); 0: none.
    ProcessId childProcessId = 0;
    QSizeF size; ///< drawn size in scene units; empty: the kind's own size

    /// The size a kind's symbol is drawn at when the step has none of its own (scene units,
    /// centred on the step's position): what the canvas draws and a BPMN export's shapes use.
    static QSizeF defaultSize(Kind kind);
    /// size, or the kind's default size when it is empty.
    QSizeF drawnSize() const { return size.isEmpty() ? defaultSize(kind) : size; }

    bool operator==(const Step &other) const;
    bool operator!=(const Step &other) const { return !(*this == other); }
};

} // namespace Stepwise
