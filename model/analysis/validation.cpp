#include "validation.h"

#include "process/process.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Stepwise {

namespace {

struct Validator
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Validation)

public:
    static QString stepName(const Step &step)
    {
        // An unnamed step still has to be findable in the message.
        return step.name.trimmed().isEmpty() ? tr("(unnamed step)") : step.name;
    }

    static QVector<ValidationProblem> run(const Process &p)
    {
        using Rule = ValidationProblem::Rule;
        QVector<ValidationProblem> problems;
        auto add
            = [&problems](Rule rule, ObjectType type, const ItemIds &ids, const QString &message) {
                  problems.append({rule, type, ids, message});
              };

        QHash<ItemId, ItemIds> outgoing; // step -> handoffs leaving it, in map order
        for (const Handoff &h : p.handoffs)
            outgoing[h.fromStepId].append(h.id);

        bool hasStart = false;
        bool hasEnd = false;
        for (const Step &step : p.steps) {
            hasStart |= step.kind == Step::Kind::Start;
            hasEnd |= step.kind == Step::Kind::End;
        }
        if (!hasStart)
            add(Rule::NoStart, ObjectType::Process, {},
                tr("The map has no start: add a start step where the work begins."));
        if (!hasEnd)
            add(Rule::NoEnd, ObjectType::Process, {},
                tr("The map has no end: add an end step where the work is done."));

        // Without a start every step would be unreachable: that says nothing new.
        if (hasStart) {
            // A boundary event is reached with the activity it is attached to.
            QHash<ItemId, ItemIds> attached;
            for (const Step &step : p.steps) {
                if (step.attachedToStepId)
                    attached[step.attachedToStepId].append(step.id);
            }
            QSet<ItemId> reached;
            ItemIds queue;
            for (const Step &step : p.steps) {
                if (step.kind == Step::Kind::Start) {
                    reached.insert(step.id);
                    queue.append(step.id);
                }
            }
            for (int i = 0; i < queue.size(); ++i) {
                ItemIds next = attached.value(queue.at(i));
                for (ItemId handoffId : outgoing.value(queue.at(i)))
                    next.append(p.handoff(handoffId)->toStepId);
                for (ItemId to : std::as_const(next)) {
                    if (!reached.contains(to)) {
                        reached.insert(to);
                        queue.append(to);
                    }
                }
            }
            for (const Step &step : p.steps) {
                if (!reached.contains(step.id))
                    add(Rule::Unreachable, ObjectType::Step, {step.id},
                        tr("\u201c%1\u201d cannot be reached from a start.").arg(stepName(step)));
            }
        }

        for (const Step &step : p.steps) {
            if (step.kind != Step::Kind::End && !outgoing.contains(step.id))
                add(Rule::DeadEnd, ObjectType::Step, {step.id},
                    tr("\u201c%1\u201d leads nowhere: connect it to the next step or make it an "
                       "end.")
                        .arg(stepName(step)));
        }

        for (const Step &step : p.steps) {
            const int branches = int(outgoing.value(step.id).size());
            // No branch at all is a dead end already.
            if (step.kind == Step::Kind::Decision && branches == 1)
                add(Rule::DecisionBranches, ObjectType::Step, {step.id},
                    tr("The decision \u201c%1\u201d has only one way on: a decision needs at least "
                       "two.")
                        .arg(stepName(step)));
        }

        for (const Step &step : p.steps) {
            const ItemIds branches = outgoing.value(step.id);
            if (step.kind != Step::Kind::Decision || branches.size() < 2)
                continue;
            ItemIds unlabeled;
            for (ItemId id : branches) {
                if (p.handoff(id)->label.trimmed().isEmpty())
                    unlabeled.append(id);
            }
            if (!unlabeled.isEmpty())
                add(Rule::UnlabeledBranch, ObjectType::Handoff, unlabeled,
                    tr("The decision \u201c%1\u201d has %n branch(es) without a label.", nullptr,
                       int(unlabeled.size()))
                        .arg(stepName(step)));
        }

        for (const Step &step : p.steps) {
            if (!p.lane(step.laneId))
                add(Rule::OutsideLane, ObjectType::Step, {step.id},
                    tr("\u201c%1\u201d is outside every lane: nobody owns it.")
                        .arg(stepName(step)));
        }

        for (int i = 0; i < p.lanes.size(); ++i) {
            const Lane &lane = p.lanes.at(i);
            if (lane.name.trimmed().isEmpty())
                add(Rule::LaneWithoutOwner, ObjectType::Lane, {lane.id},
                    tr("Lane %1 has no owner: name the person, role, team or system.").arg(i + 1));
        }

        for (const Step &step : p.steps) {
            if (step.kind == Step::Kind::Task && step.definitionOfDone.trimmed().isEmpty())
                add(Rule::NoDefinitionOfDone, ObjectType::Step, {step.id},
                    tr("The task \u201c%1\u201d has no definition of done.").arg(stepName(step)));
        }
        return problems;
    }
};

} // namespace

ValidationProblem::Severity ValidationProblem::severity() const
{
    switch (rule) {
    case Rule::NoStart:
    case Rule::NoEnd:
    case Rule::Unreachable:
    case Rule::DeadEnd:
    case Rule::DecisionBranches:
    case Rule::OutsideLane:
        return Severity::Error;
    case Rule::UnlabeledBranch:
    case Rule::LaneWithoutOwner:
    case Rule::NoDefinitionOfDone:
        break;
    }
    return Severity::Warning;
}

QVector<ValidationProblem> validate(const Process &process)
{
    return Validator::run(process);
}

} // namespace Stepwise
