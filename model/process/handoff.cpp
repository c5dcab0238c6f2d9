#include "handoff.h"

namespace Stepwise {

bool Handoff::operator==(const Handoff &other) const
{
    return id == other.id && fromStepId == other.fromStepId && toStepId == other.toStepId
        && label == other.label && condition == other.condition;
}

} // namespace Stepwise
