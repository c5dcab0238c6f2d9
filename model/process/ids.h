#pragma once

#include <QVector>

namespace Stepwise {

/// Ids of lanes, steps and handoffs: unique within one process, never reused while it lives,
/// and stable across save and load.
using ItemId = int;
using ItemIds = QVector<ItemId>;

/// Id of a process in its workspace (a row id). 0 means "not stored yet".
using ProcessId = qint64;

} // namespace Stepwise
