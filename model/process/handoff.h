#pragma once

#include "ids.h"

#include <QString>

namespace Stepwise {

/// A directed connection from one step to another, with an optional label or condition.
struct Handoff
{
    ItemId id = 0;
    ItemId fromStepId = 0;
    ItemId toStepId = 0;
    QString label;

    bool operator==(const Handoff &other) const;
    bool operator!=(const Handoff &other) const { return !(*this == other); }
};

} // namespace Stepwise
