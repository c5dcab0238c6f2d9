#pragma once

#include "process/process.h"

#include <QVector>

namespace Stepwise {

/// The example processes of a new default workspace, in the user's language: "Client onboarding"
/// and "Support ticket". Not stored yet (id 0), fully laid out, and the same on every call (no
/// dependency on the current date), so a new user sees a complete map at once.
QVector<Process> exampleProcesses();

} // namespace Stepwise
