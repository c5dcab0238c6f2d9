#pragma once

#include "step.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Stepwise {

/// An entry of the palette: a step kind, or a task preset a service team uses often.
struct StepPreset
{
    QString id; ///< stable, for drag data and settings ("task", "approval", ...)
    QString label; ///< shown in the palette, translated
    QString description; ///< tooltip, translated
    Step prototype; ///< kind, default name and attributes of the step it creates
};

/// Start, task, decision, event, end, then the task presets (approval, notification, data entry,
/// client call, automated step), in palette order.
QVector<StepPreset> stepPresets();
/// The preset with that id, if there is one.
std::optional<StepPreset> stepPreset(const QString &id);

} // namespace Stepwise
