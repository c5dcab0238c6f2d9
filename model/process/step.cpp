#include "step.h"

namespace Stepwise {

QSizeF Step::defaultSize(Kind kind)
{
    switch (kind) {
    case Kind::Task:
        return {150, 70};
    case Kind::Decision:
        return {60, 60};
    case Kind::Start:
    case Kind::Event:
    case Kind::End:
        return {40, 40};
    }
    return {40, 40};
}

bool Step::operator==(const Step &other) const
{
    return id == other.id && kind == other.kind && name == other.name && laneId == other.laneId
        && pos == other.pos && definitionOfDone == other.definitionOfDone && inputs == other.inputs
        && outputs == other.outputs && expectedDurationS == other.expectedDurationS
        && slaS == other.slaS && automation == other.automation && systems == other.systems
        && automationEffortH == other.automationEffortH && trigger == other.trigger
        && bpmnElement == other.bpmnElement && bpmnEvent == other.bpmnEvent
        && attachedToStepId == other.attachedToStepId && interrupting == other.interrupting
        && childProcessId == other.childProcessId && size == other.size;
}

} // namespace Stepwise
