#include "step.h"

namespace Stepwise {

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
