#pragma once

#include "process/process.h"
#include "runs/runlog.h"

#include <QString>

namespace Stepwise {

/// Drafts the map of a new process from its runs (`import-runs --create`): a task per activity
/// that has executions, in the order the log first names them; a handoff A -> B for every
/// transition seen in at least minShare of the runs; a start step with handoffs to the activities
/// that start at least that share of the runs and an end step from those that end them; a lane
/// per resource that is some activity's most frequent one (ties by name), the activities without
/// any resource in a lane "Unassigned"; laid out with layeredLayout().
Process draftProcessFromRuns(const RunLog &log, const QString &name, double minShare = 0.01);

} // namespace Stepwise
