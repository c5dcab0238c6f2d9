#pragma once

#include "ids.h"

#include <QPointF>
#include <QString>
#include <QStringList>

namespace Stepwise {

/// One step of a map. Everything a task carries is here; other kinds ignore what does not apply.
struct Step
{
    enum class Kind { Start, Task, Decision, Event, End };
    /// What an intermediate event waits for.
    enum class Trigger { None, Wait, Timer, Message };
    enum class Automation { Manual, Candidate, Automated };

    ItemId id = 0;
    Kind kind = Kind::Task;
    QString name;
    ItemId laneId = 0;
    QPointF
        pos; ///< centre: x along the flow, y from the top of its lane (so lanes carry their steps)

    QString definitionOfDone;
    QStringList inputs;
    QStringList outputs;
    qint64 expectedDurationS = 0; ///< 0: not set
    qint64 slaS = 0; ///< step SLA on waiting + processing; 0: none
    Automation automation = Automation::Manual;
    QStringList systems;
    double automationEffortH = 0; ///< estimated hours to automate; 0: not estimated
    Trigger trigger = Trigger::None;

    bool operator==(const Step &other) const;
    bool operator!=(const Step &other) const { return !(*this == other); }
};

} // namespace Stepwise
