#pragma once

#include "process/ids.h"
#include "process/property.h"

#include <QString>
#include <QVector>

namespace Stepwise {

struct Process;

/// One thing wrong with a map, with what to select to show it.
struct ValidationProblem
{
    enum class Rule {
        NoStart, ///< the map has no start step
        NoEnd, ///< the map has no end step
        Unreachable, ///< a step no path from a start leads to
        DeadEnd, ///< a step that is not an end and has no outgoing handoff
        DecisionBranches, ///< a decision with fewer than two outgoing handoffs
        UnlabeledBranch, ///< a decision with an outgoing handoff that has no label
        OutsideLane, ///< a step whose lane does not exist
        LaneWithoutOwner, ///< a lane with no name
        NoDefinitionOfDone, ///< a task without a definition of done
    };
    enum class Severity { Error, Warning };

    Rule rule = Rule::NoStart;
    ObjectType objectType = ObjectType::Process;
    ItemIds ids; ///< the culprits (steps, handoffs or a lane); empty for the whole process
    QString message; ///< translated, names the step or lane

    /// Errors make the map wrong (it cannot run as drawn); warnings make it unclear.
    Severity severity() const;

    bool operator==(const ValidationProblem &other) const
    {
        return rule == other.rule && objectType == other.objectType && ids == other.ids
            && message == other.message;
    }
};

/// Checks a map. Problems come grouped by rule in the order of ValidationProblem::Rule, and within
/// a rule in map order, so the same map always gives the same list.
QVector<ValidationProblem> validate(const Process &process);

} // namespace Stepwise
