#pragma once

#include "rawevent.h"

#include <QStringView>

namespace Stepwise {

/// The kind of event a lifecycle:transition value makes (DESIGN.md): "start" opens an execution;
/// "complete", "unknown", an empty or a non-standard value completes one; the other standard XES
/// transitions (schedule, assign, reassign, suspend, resume, ate_abort, pi_abort, withdraw,
/// manualskip, autoskip) are events without an execution. Case is ignored.
RawEvent::Kind kindOfTransition(QStringView transition);
RawEvent::Kind kindOfTransition(const char *data, qsizetype size);

} // namespace Stepwise
