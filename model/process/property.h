#pragma once

#include <QVariant>

namespace Stepwise {

/// The editable properties of a process and of its lanes, steps and handoffs, as one enum so that
/// a single undo command can change any of them (and merge repeated edits of the same one).
enum class Property {
    // process
    Name, ///< QString (also lanes and steps)
    Owner, ///< QString
    Description, ///< QString
    SlaTarget, ///< qint64 seconds
    ReviewDate, ///< QDate
    SlaClock, ///< int (Process::SlaClock)
    WorkingHours, ///< QString, BusinessCalendar's form; empty: the default week
    TimeZone, ///< QString, an IANA id; empty: UTC
    Holidays, ///< QString, ISO dates separated by commas ("2026-12-24,2026-12-25")
    RunsPerMonth, ///< double, how often it runs as entered (0: not entered)
    // lane
    LaneKind, ///< int (Lane::Kind)
    LaneColor, ///< QColor
    LaneHeight, ///< double
    // step
    StepKind, ///< int (Step::Kind)
    DefinitionOfDone, ///< QString
    Inputs, ///< QStringList
    Outputs, ///< QStringList
    ExpectedDuration, ///< qint64 seconds
    StepSla, ///< qint64 seconds
    Automation, ///< int (Step::Automation)
    Systems, ///< QStringList
    AutomationEffort, ///< double hours
    Trigger, ///< int (Step::Trigger)
    // handoff
    Label, ///< QString
    Condition, ///< QString, when the handoff is taken
    Source, ///< ItemId of the step it leaves
    Target, ///< ItemId of the step it enters
};

/// What a property belongs to.
enum class ObjectType { Process, Lane, Step, Handoff };

} // namespace Stepwise
