#include "commands.h"

namespace Stepwise {

AddRemoveLanesCommand::AddRemoveLanesCommand(ProcessDocument *document, bool adding,
                                             const Indexed &lanes, ItemId nextIdBefore,
                                             ItemId nextIdAfter, QUndoCommand *parent)
    : AddRemoveCommand(document, adding, lanes, nextIdBefore, nextIdAfter, parent)
{
    setText(adding ? ProcessDocument::tr("Add %n lane(s)", nullptr, int(lanes.size()))
                   : ProcessDocument::tr("Delete %n lane(s)", nullptr, int(lanes.size())));
}

AddRemoveStepsCommand::AddRemoveStepsCommand(ProcessDocument *document, bool adding,
                                             const Indexed &steps, ItemId nextIdBefore,
                                             ItemId nextIdAfter, QUndoCommand *parent)
    : AddRemoveCommand(document, adding, steps, nextIdBefore, nextIdAfter, parent)
{
    setText(adding ? ProcessDocument::tr("Add %n step(s)", nullptr, int(steps.size()))
                   : ProcessDocument::tr("Delete %n step(s)", nullptr, int(steps.size())));
}

AddRemoveHandoffsCommand::AddRemoveHandoffsCommand(ProcessDocument *document, bool adding,
                                                   const Indexed &handoffs, ItemId nextIdBefore,
                                                   ItemId nextIdAfter, QUndoCommand *parent)
    : AddRemoveCommand(document, adding, handoffs, nextIdBefore, nextIdAfter, parent)
{
    setText(adding ? ProcessDocument::tr("Connect %n handoff(s)", nullptr, int(handoffs.size()))
                   : ProcessDocument::tr("Delete %n handoff(s)", nullptr, int(handoffs.size())));
}

MoveStepsCommand::MoveStepsCommand(ProcessDocument *document, const QVector<StepPlacement> &before,
                                   const QVector<StepPlacement> &after, int mergeChain,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(before), m_after(after),
      m_mergeChain(mergeChain)
{
    bool laneChange = false;
    for (int i = 0; i < before.size(); ++i)
        laneChange = laneChange || before[i].laneId != after[i].laneId;
    const int n = int(before.size());
    setText(laneChange ? ProcessDocument::tr("Move %n step(s) to another lane", nullptr, n)
                       : ProcessDocument::tr("Move %n step(s)", nullptr, n));
}

void MoveStepsCommand::redo()
{
    m_document->placeSteps(m_after);
}

void MoveStepsCommand::undo()
{
    m_document->placeSteps(m_before);
}

bool MoveStepsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveStepsCommand *>(other);
    if (m_mergeChain < 0 || move->m_mergeChain != m_mergeChain
        || move->m_after.size() != m_after.size())
        return false;
    for (int i = 0; i < m_after.size(); ++i) {
        if (move->m_after[i].stepId != m_after[i].stepId)
            return false;
    }
    m_after = move->m_after;
    setText(move->text());
    setObsolete(m_after == m_before);
    return true;
}

MoveLaneCommand::MoveLaneCommand(ProcessDocument *document, int from, int to, QUndoCommand *parent)
    : QUndoCommand(ProcessDocument::tr("Move lane"), parent), m_document(document), m_from(from),
      m_to(to)
{ }

void MoveLaneCommand::redo()
{
    m_document->relocateLane(m_from, m_to);
}

void MoveLaneCommand::undo()
{
    m_document->relocateLane(m_to, m_from);
}

ChangeValueCommand::ChangeValueCommand(ProcessDocument *document, ObjectType type,
                                       const ItemIds &ids, Property property,
                                       const QVector<QVariant> &before, const QVariant &after,
                                       int mergeChain, QUndoCommand *parent)
    : QUndoCommand(ProcessDocument::tr("Change %1").arg(propertyName(property)), parent),
      m_document(document), m_type(type), m_ids(ids), m_property(property), m_before(before),
      m_after(after), m_mergeChain(mergeChain)
{ }

void ChangeValueCommand::redo()
{
    m_document->applyValues(m_type, m_ids, m_property, QVector<QVariant>(m_ids.size(), m_after));
}

void ChangeValueCommand::undo()
{
    m_document->applyValues(m_type, m_ids, m_property, m_before);
}

bool ChangeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ChangeValueCommand *>(other);
    if (m_mergeChain < 0 || change->m_mergeChain != m_mergeChain || change->m_type != m_type
        || change->m_property != m_property || change->m_ids != m_ids)
        return false;
    m_after = change->m_after;
    bool nothing = true;
    for (const QVariant &old : qAsConst(m_before))
        nothing = nothing && old == m_after;
    setObsolete(nothing);
    return true;
}

QString ChangeValueCommand::propertyName(Property property)
{
    switch (property) {
    case Property::Name:
        return ProcessDocument::tr("name");
    case Property::Owner:
        return ProcessDocument::tr("owner");
    case Property::Description:
        return ProcessDocument::tr("description");
    case Property::SlaTarget:
        return ProcessDocument::tr("SLA target");
    case Property::ReviewDate:
        return ProcessDocument::tr("review date");
    case Property::SlaClock:
        return ProcessDocument::tr("SLA clock");
    case Property::WorkingHours:
        return ProcessDocument::tr("working hours");
    case Property::TimeZone:
        return ProcessDocument::tr("time zone");
    case Property::Holidays:
        return ProcessDocument::tr("holidays");
    case Property::RunsPerMonth:
        return ProcessDocument::tr("runs per month");
    case Property::LaneKind:
        return ProcessDocument::tr("lane kind");
    case Property::LaneColor:
        return ProcessDocument::tr("lane colour");
    case Property::LaneHeight:
        return ProcessDocument::tr("lane height");
    case Property::StepKind:
        return ProcessDocument::tr("step kind");
    case Property::DefinitionOfDone:
        return ProcessDocument::tr("definition of done");
    case Property::Inputs:
        return ProcessDocument::tr("inputs");
    case Property::Outputs:
        return ProcessDocument::tr("outputs");
    case Property::ExpectedDuration:
        return ProcessDocument::tr("expected duration");
    case Property::StepSla:
        return ProcessDocument::tr("step SLA");
    case Property::Automation:
        return ProcessDocument::tr("automation");
    case Property::Systems:
        return ProcessDocument::tr("systems");
    case Property::AutomationEffort:
        return ProcessDocument::tr("automation effort");
    case Property::Trigger:
        return ProcessDocument::tr("event trigger");
    case Property::Label:
        return ProcessDocument::tr("label");
    case Property::Condition:
        return ProcessDocument::tr("condition");
    case Property::Source:
        return ProcessDocument::tr("handoff source");
    case Property::Target:
        return ProcessDocument::tr("handoff target");
    }
    return {};
}

} // namespace Stepwise
