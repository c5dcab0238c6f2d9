#pragma once

#include "ids.h"

#include <QString>

namespace Stepwise {

/// A directed connection from one step to another, with an optional label or condition.
struct Handoff
{
    Handoff() = default;
    Handoff(ItemId id, ItemId fromStepId, ItemId toStepId, QString label = QString(),
            QString condition = QString())
        : id(id), fromStepId(fromStepId), toStepId(toStepId), label(std::move(label)),
          condition(std::move(condition))
    { }

    ItemId id = 0;
    ItemId fromStepId = 0;
    ItemId toStepId = 0;
    QString label; ///< the name shown on the handoff
    QString condition; ///< when it is taken, as the map's author wrote it (a BPMN condition)

    bool operator==(const Handoff &other) const;
    bool operator!=(const Handoff &other) const { return !(*this == other); }
};

} // namespace Stepwise
