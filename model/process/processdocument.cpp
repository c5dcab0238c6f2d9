#include "processdocument.h"

#include "commands.h"
#include "layout.h"
#include "processjson.h"

#include "analysis/businesscalendar.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Stepwise {

namespace {

template<typename T>
QVector<QPair<int, T>> indexedItems(const QVector<T> &items, const ItemIds &ids)
{
    const QSet<ItemId> wanted(ids.cbegin(), ids.cend());
    QVector<QPair<int, T>> result;
    for (int i = 0; i < items.size(); ++i) {
        if (wanted.contains(items[i].id))
            result.append({i, items[i]});
    }
    return result;
}

template<typename T>
void insertIndexed(QVector<T> &items, const QVector<QPair<int, T>> &indexed, ItemIds *ids)
{
    // Ascending indexes: inserting in order puts every item back at its own index.
    for (const auto &entry : indexed) {
        items.insert(std::min(entry.first, int(items.size())), entry.second);
        ids->append(entry.second.id);
    }
}

template<typename T>
void removeIds(QVector<T> &items, const ItemIds &ids)
{
    const QSet<ItemId> gone(ids.cbegin(), ids.cend());
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&gone](const T &item) { return gone.contains(item.id); }),
                items.end());
}

bool isEnumValue(const QVariant &value, int last)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok && v >= 0 && v <= last;
}

// The clipboard fragment is the process JSON with its own format word and without the
// process-level fields, so a fragment can never be mistaken for (or opened as) a whole process.
const QLatin1String fragmentFormat("stepwise-fragment");
const QLatin1String processOnlyKeys[] = {
    QLatin1String("id"),           QLatin1String("name"),         QLatin1String("owner"),
    QLatin1String("description"),  QLatin1String("sla_target_s"), QLatin1String("review_date"),
    QLatin1String("next_item_id"), QLatin1String("sla_clock"),    QLatin1String("working_hours"),
    QLatin1String("time_zone"),    QLatin1String("holidays"),
};

// How far insertStepAfter() puts the new step to the right, and how far it pushes the steps in
// the way: one column of the automatic layout.
constexpr double insertGap = 180;

QString defaultStepName(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Start:
        return ProcessDocument::tr("Start");
    case Step::Kind::Task:
        return ProcessDocument::tr("New task");
    case Step::Kind::Decision:
        return ProcessDocument::tr("Decision?");
    case Step::Kind::Event:
        return ProcessDocument::tr("Wait");
    case Step::Kind::End:
        return ProcessDocument::tr("Done");
    }
    return {};
}

} // namespace

ProcessDocument::ProcessDocument(const Process &process, QObject *parent)
    : QObject(parent), m_process(process), m_undoStack(new QUndoStack(this))
{ }

ProcessDocument::~ProcessDocument() = default;

void ProcessDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

bool ProcessDocument::appliesTo(ObjectType type, Property property)
{
    switch (property) {
    case Property::Name:
        return type != ObjectType::Handoff;
    case Property::Owner:
    case Property::Description:
    case Property::SlaTarget:
    case Property::ReviewDate:
    case Property::SlaClock:
    case Property::WorkingHours:
    case Property::TimeZone:
    case Property::Holidays:
    case Property::RunsPerMonth:
        return type == ObjectType::Process;
    case Property::LaneKind:
    case Property::LaneColor:
    case Property::LaneHeight:
        return type == ObjectType::Lane;
    case Property::StepKind:
    case Property::DefinitionOfDone:
    case Property::Inputs:
    case Property::Outputs:
    case Property::ExpectedDuration:
    case Property::StepSla:
    case Property::Automation:
    case Property::Systems:
    case Property::AutomationEffort:
    case Property::Trigger:
        return type == ObjectType::Step;
    case Property::Label:
    case Property::Condition:
    case Property::Source:
    case Property::Target:
        return type == ObjectType::Handoff;
    }
    return false;
}

bool ProcessDocument::exists(ObjectType type, ItemId id) const
{
    switch (type) {
    case ObjectType::Process:
        return true;
    case ObjectType::Lane:
        return m_process.lane(id);
    case ObjectType::Step:
        return m_process.step(id);
    case ObjectType::Handoff:
        return m_process.handoff(id);
    }
    return false;
}

QVariant ProcessDocument::value(ObjectType type, ItemId id, Property property) const
{
    if (!appliesTo(type, property) || !exists(type, id))
        return {};
    const Process &p = m_process;
    switch (type) {
    case ObjectType::Process:
        switch (property) {
        case Property::Name:
            return p.name;
        case Property::Owner:
            return p.owner;
        case Property::Description:
            return p.description;
        case Property::SlaTarget:
            return p.slaTargetS;
        case Property::ReviewDate:
            return p.reviewDate;
        case Property::SlaClock:
            return int(p.slaClock);
        case Property::WorkingHours:
            return p.workingHours;
        case Property::TimeZone:
            return p.timeZone;
        case Property::Holidays:
            return BusinessCalendar::formatHolidays(p.holidays);
        case Property::RunsPerMonth:
            return p.runsPerMonth;
        default:
            return {};
        }
    case ObjectType::Lane: {
        const Lane *l = p.lane(id);
        switch (property) {
        case Property::Name:
            return l->name;
        case Property::LaneKind:
            return int(l->kind);
        case Property::LaneColor:
            return l->color;
        case Property::LaneHeight:
            return l->height;
        default:
            return {};
        }
    }
    case ObjectType::Step: {
        const Step *s = p.step(id);
        switch (property) {
        case Property::Name:
            return s->name;
        case Property::StepKind:
            return int(s->kind);
        case Property::DefinitionOfDone:
            return s->definitionOfDone;
        case Property::Inputs:
            return s->inputs;
        case Property::Outputs:
            return s->outputs;
        case Property::ExpectedDuration:
            return s->expectedDurationS;
        case Property::StepSla:
            return s->slaS;
        case Property::Automation:
            return int(s->automation);
        case Property::Systems:
            return s->systems;
        case Property::AutomationEffort:
            return s->automationEffortH;
        case Property::Trigger:
            return int(s->trigger);
        default:
            return {};
        }
    }
    case ObjectType::Handoff: {
        const Handoff *h = p.handoff(id);
        switch (property) {
        case Property::Label:
            return h->label;
        case Property::Condition:
            return h->condition;
        case Property::Source:
            return h->fromStepId;
        case Property::Target:
            return h->toStepId;
        default:
            return {};
        }
    }
    }
    return {};
}

std::optional<QVariant> ProcessDocument::normalized(ObjectType type, Property property,
                                                    const QVariant &value) const
{
    switch (property) {
    case Property::Name: {
        if (!value.canConvert<QString>())
            return std::nullopt;
        const QString name = value.toString().trimmed();
        // A step may be nameless (a start circle); a process or a lane may not.
        if (name.isEmpty() && type != ObjectType::Step)
            return std::nullopt;
        return name;
    }
    case Property::Owner:
    case Property::Description:
    case Property::DefinitionOfDone:
    case Property::Label:
    case Property::Condition:
        if (!value.canConvert<QString>())
            return std::nullopt;
        return value.toString();
    case Property::SlaTarget:
    case Property::ExpectedDuration:
    case Property::StepSla: {
        bool ok = false;
        const qlonglong seconds = value.toLongLong(&ok);
        if (!ok || seconds < 0)
            return std::nullopt;
        return QVariant::fromValue<qint64>(seconds);
    }
    case Property::ReviewDate:
        if (value.isNull())
            return QDate();
        if (!value.canConvert<QDate>() || !value.toDate().isValid())
            return std::nullopt;
        return value.toDate();
    case Property::SlaClock:
        return isEnumValue(value, int(Process::SlaClock::BusinessHours))
            ? std::optional(QVariant(value.toInt()))
            : std::nullopt;
    // The calendar's texts are stored in their canonical form, so that equal values compare
    // equal (an edit that changes nothing pushes nothing) and the workspace holds no variants.
    case Property::WorkingHours: {
        if (!value.canConvert<QString>())
            return std::nullopt;
        if (value.toString().trimmed().isEmpty())
            return QString();
        const auto week = BusinessCalendar::parseHours(value.toString());
        if (!week)
            return std::nullopt;
        return BusinessCalendar::formatHours(*week);
    }
    case Property::TimeZone: {
        if (!value.canConvert<QString>())
            return std::nullopt;
        if (value.toString().trimmed().isEmpty())
            return QString();
        const std::optional<QString> zone = BusinessCalendar::canonicalTimeZone(value.toString());
        if (!zone)
            return std::nullopt;
        return *zone;
    }
    case Property::Holidays: {
        if (!value.canConvert<QString>())
            return std::nullopt;
        const auto dates = BusinessCalendar::parseHolidays(value.toString());
        if (!dates)
            return std::nullopt;
        return BusinessCalendar::formatHolidays(*dates);
    }
    case Property::LaneKind:
        return isEnumValue(value, int(Lane::Kind::System)) ? std::optional(QVariant(value.toInt()))
                                                           : std::nullopt;
    case Property::StepKind:
        return isEnumValue(value, int(Step::Kind::End)) ? std::optional(QVariant(value.toInt()))
                                                        : std::nullopt;
    case Property::Automation:
        return isEnumValue(value, int(Step::Automation::Rejected))
            ? std::optional(QVariant(value.toInt()))
            : std::nullopt;
    case Property::Trigger:
        return isEnumValue(value, int(Step::Trigger::Message))
            ? std::optional(QVariant(value.toInt()))
            : std::nullopt;
    case Property::LaneColor: {
        const QColor color = value.value<QColor>();
        if (!color.isValid())
            return std::nullopt;
        return color;
    }
    case Property::LaneHeight:
    case Property::AutomationEffort:
    case Property::RunsPerMonth: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0 || (property == Property::LaneHeight && v < 40))
            return std::nullopt;
        return v;
    }
    case Property::Inputs:
    case Property::Outputs:
    case Property::Systems: {
        if (!value.canConvert<QStringList>())
            return std::nullopt;
        QStringList list;
        for (const QString &entry : value.toStringList()) {
            if (!entry.trimmed().isEmpty())
                list << entry.trimmed();
        }
        return list;
    }
    case Property::Source:
    case Property::Target: {
        bool ok = false;
        const int stepId = value.toInt(&ok);
        if (!ok || !m_process.step(stepId))
            return std::nullopt;
        return stepId;
    }
    }
    return std::nullopt;
}

ItemIds ProcessDocument::addSteps(QVector<Step> steps)
{
    if (!canEdit() || steps.isEmpty())
        return {};
    const ItemId nextBefore = m_process.nextItemId;
    ItemId next = nextBefore;
    AddRemoveStepsCommand::Indexed indexed;
    ItemIds ids;
    for (Step &step : steps) {
        if (!m_process.lane(step.laneId))
            return {};
        step.id = next++;
        indexed.append({int(m_process.steps.size() + indexed.size()), step});
        ids.append(step.id);
    }
    m_undoStack->push(new AddRemoveStepsCommand(this, true, indexed, nextBefore, next));
    return ids;
}

ItemId ProcessDocument::addStep(Step::Kind kind, const QString &name, ItemId laneId, QPointF pos)
{
    Step step;
    step.kind = kind;
    step.name = name;
    step.laneId = laneId;
    step.pos = pos;
    const ItemIds ids = addSteps({step});
    return ids.isEmpty() ? 0 : ids.constFirst();
}

void ProcessDocument::removeSteps(const ItemIds &stepIds)
{
    if (!canEdit())
        return;
    const auto steps = indexedItems(m_process.steps, stepIds);
    if (steps.isEmpty())
        return;
    const auto handoffs = indexedItems(m_process.handoffs, m_process.handoffsTouching(stepIds));
    if (handoffs.isEmpty()) {
        m_undoStack->push(new AddRemoveStepsCommand(this, false, steps));
        return;
    }
    m_undoStack->beginMacro(tr("Delete %n step(s)", nullptr, int(steps.size())));
    m_undoStack->push(new AddRemoveHandoffsCommand(this, false, handoffs));
    m_undoStack->push(new AddRemoveStepsCommand(this, false, steps));
    m_undoStack->endMacro();
}

StepPlacement ProcessDocument::clampedPlacement(ItemId stepId, ItemId laneId, QPointF pos) const
{
    const Lane *lane = m_process.lane(laneId);
    const double height = lane ? lane->height : 0;
    return {stepId, laneId, {pos.x(), std::clamp(pos.y(), 0.0, height)}};
}

void ProcessDocument::moveSteps(const QVector<StepPlacement> &placements)
{
    if (!canEdit())
        return;
    QVector<StepPlacement> before;
    QVector<StepPlacement> after;
    for (const StepPlacement &placement : placements) {
        const Step *step = m_process.step(placement.stepId);
        if (!step || !m_process.lane(placement.laneId))
            return;
        before.append({step->id, step->laneId, step->pos});
        after.append(clampedPlacement(placement.stepId, placement.laneId, placement.pos));
    }
    if (before == after)
        return;
    m_undoStack->push(new MoveStepsCommand(this, before, after, m_mergeChain));
}

void ProcessDocument::moveStepsBy(const ItemIds &stepIds, QPointF delta)
{
    QVector<StepPlacement> placements;
    for (ItemId id : stepIds) {
        const Step *step = m_process.step(id);
        if (!step)
            return;
        const QPointF scene = m_process.stepScenePos(*step) + delta;
        const ItemId laneId = m_process.laneAt(scene.y());
        placements.append({id, laneId, {scene.x(), scene.y() - m_process.laneTop(laneId)}});
    }
    moveSteps(placements);
}

void ProcessDocument::moveStepsToLane(const ItemIds &stepIds, ItemId laneId)
{
    QVector<StepPlacement> placements;
    for (ItemId id : stepIds) {
        const Step *step = m_process.step(id);
        if (!step)
            return;
        placements.append({id, laneId, step->pos});
    }
    breakMergeChain();
    moveSteps(placements);
    breakMergeChain();
}

ItemId ProcessDocument::connectSteps(ItemId fromStepId, ItemId toStepId, const QString &label)
{
    if (!canEdit() || !m_process.step(fromStepId) || !m_process.step(toStepId))
        return 0;
    for (const Handoff &h : qAsConst(m_process.handoffs)) {
        if (h.fromStepId == fromStepId && h.toStepId == toStepId)
            return 0;
    }
    Handoff handoff;
    handoff.id = m_process.nextItemId;
    handoff.fromStepId = fromStepId;
    handoff.toStepId = toStepId;
    handoff.label = label;
    m_undoStack->push(new AddRemoveHandoffsCommand(
        this, true, {{int(m_process.handoffs.size()), handoff}}, handoff.id, handoff.id + 1));
    return handoff.id;
}

void ProcessDocument::disconnect(const ItemIds &handoffIds)
{
    if (!canEdit())
        return;
    const auto handoffs = indexedItems(m_process.handoffs, handoffIds);
    if (!handoffs.isEmpty())
        m_undoStack->push(new AddRemoveHandoffsCommand(this, false, handoffs));
}

void ProcessDocument::reconnect(ItemId handoffId, ItemId fromStepId, ItemId toStepId)
{
    const Handoff *h = m_process.handoff(handoffId);
    if (!canEdit() || !h)
        return;
    const ItemId from = fromStepId ? fromStepId : h->fromStepId;
    const ItemId to = toStepId ? toStepId : h->toStepId;
    if (!m_process.step(from) || !m_process.step(to))
        return;
    for (const Handoff &other : qAsConst(m_process.handoffs)) {
        if (other.id != handoffId && other.fromStepId == from && other.toStepId == to)
            return;
    }
    m_undoStack->beginMacro(tr("Reconnect handoff"));
    breakMergeChain();
    setValue(ObjectType::Handoff, {handoffId}, Property::Source, from);
    setValue(ObjectType::Handoff, {handoffId}, Property::Target, to);
    breakMergeChain();
    m_undoStack->endMacro();
}

bool ProcessDocument::setValue(ObjectType type, const ItemIds &ids, Property property,
                               const QVariant &value)
{
    if (!canEdit() || ids.isEmpty() || !appliesTo(type, property))
        return false;
    const std::optional<QVariant> newValue = normalized(type, property, value);
    if (!newValue)
        return false;
    QVector<QVariant> before;
    bool changes = false;
    for (ItemId id : ids) {
        if (!exists(type, id))
            return false;
        before.append(this->value(type, id, property));
        changes = changes || before.constLast() != *newValue;
    }
    if (!changes)
        return true;
    m_undoStack->push(
        new ChangeValueCommand(this, type, ids, property, before, *newValue, m_mergeChain));
    return true;
}

ItemId ProcessDocument::addLane(const QString &name, Lane::Kind kind, const QColor &color,
                                int index)
{
    if (!canEdit() || name.trimmed().isEmpty())
        return 0;
    Lane lane;
    lane.id = m_process.nextItemId;
    lane.name = name.trimmed();
    lane.kind = kind;
    lane.color = color.isValid() ? color : QColor(0xe8, 0xee, 0xf4);
    const int count = int(m_process.lanes.size());
    const int at = index < 0 || index > count ? count : index;
    m_undoStack->push(new AddRemoveLanesCommand(this, true, {{at, lane}}, lane.id, lane.id + 1));
    return lane.id;
}

bool ProcessDocument::renameLane(ItemId laneId, const QString &name)
{
    return setValue(ObjectType::Lane, {laneId}, Property::Name, name);
}

bool ProcessDocument::recolourLane(ItemId laneId, const QColor &color)
{
    return setValue(ObjectType::Lane, {laneId}, Property::LaneColor, color);
}

bool ProcessDocument::moveLane(ItemId laneId, int newIndex)
{
    const int from = m_process.laneIndex(laneId);
    if (!canEdit() || from < 0 || newIndex < 0 || newIndex >= m_process.lanes.size())
        return false;
    if (from != newIndex)
        m_undoStack->push(new MoveLaneCommand(this, from, newIndex));
    return true;
}

bool ProcessDocument::removeLane(ItemId laneId, ItemId targetLaneId)
{
    if (!canEdit() || !m_process.lane(laneId))
        return false;
    ItemIds stepsInLane;
    for (const Step &s : qAsConst(m_process.steps)) {
        if (s.laneId == laneId)
            stepsInLane.append(s.id);
    }
    if (!stepsInLane.isEmpty() && (targetLaneId == laneId || !m_process.lane(targetLaneId)))
        return false;
    const auto lane = indexedItems(m_process.lanes, {laneId});
    if (stepsInLane.isEmpty()) {
        m_undoStack->push(new AddRemoveLanesCommand(this, false, lane));
        return true;
    }
    QVector<StepPlacement> before;
    QVector<StepPlacement> after;
    for (ItemId id : qAsConst(stepsInLane)) {
        const Step *s = m_process.step(id);
        before.append({id, s->laneId, s->pos});
        after.append(clampedPlacement(id, targetLaneId, s->pos));
    }
    m_undoStack->beginMacro(tr("Delete lane %1").arg(lane.constFirst().second.name));
    m_undoStack->push(new MoveStepsCommand(this, before, after, -1));
    m_undoStack->push(new AddRemoveLanesCommand(this, false, lane));
    m_undoStack->endMacro();
    return true;
}

// --- building and rearranging

void ProcessDocument::autoLayout()
{
    if (!canEdit())
        return;
    const QVector<StepPlacement> layout = layeredLayout(m_process);
    QVector<StepPlacement> before;
    QVector<StepPlacement> after;
    for (int i = 0; i < layout.size(); ++i) {
        const Step &step = m_process.steps[i]; // the layout keeps map order
        const StepPlacement now {step.id, step.laneId, step.pos};
        const StepPlacement target = clampedPlacement(step.id, step.laneId, layout[i].pos);
        if (!m_process.lane(step.laneId) || target == now)
            continue;
        before.append(now);
        after.append(target);
    }
    if (after.isEmpty())
        return;
    auto *command = new MoveStepsCommand(this, before, after, -1);
    command->setText(tr("Lay out the map"));
    m_undoStack->push(command);
}

QByteArray ProcessDocument::copySteps(const ItemIds &stepIds) const
{
    const QSet<ItemId> wanted(stepIds.cbegin(), stepIds.cend());
    Process fragment;
    QSet<ItemId> copied;
    QSet<ItemId> laneIds;
    for (const Step &step : m_process.steps) {
        if (wanted.contains(step.id)) {
            fragment.steps.append(step);
            copied.insert(step.id);
            laneIds.insert(step.laneId);
        }
    }
    if (fragment.steps.isEmpty())
        return {};
    for (const Lane &lane : m_process.lanes) {
        if (laneIds.contains(lane.id))
            fragment.lanes.append(lane);
    }
    for (const Handoff &handoff : m_process.handoffs) {
        if (copied.contains(handoff.fromStepId) && copied.contains(handoff.toStepId))
            fragment.handoffs.append(handoff);
    }
    QJsonObject json = processToJson(fragment);
    for (const QLatin1String &key : processOnlyKeys)
        json.remove(key);
    json.insert(QLatin1String("format"), fragmentFormat);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

ItemIds ProcessDocument::paste(const QByteArray &fragmentData, QPointF offset)
{
    if (!canEdit() || !std::isfinite(offset.x()) || !std::isfinite(offset.y()))
        return {};
    const QJsonDocument json = QJsonDocument::fromJson(fragmentData);
    if (!json.isObject())
        return {};
    QJsonObject object = json.object();
    if (object.value(QLatin1String("format")).toString() != fragmentFormat)
        return {};
    object.remove(QLatin1String("format")); // read the rest as a process without a format word
    std::optional<Process> parsed = processFromJson(object);
    if (!parsed || parsed->steps.isEmpty())
        return {};
    Process &fragment = *parsed;

    // The fragment must hang together on its own: unique ids, every step in one of its lanes,
    // every handoff between its steps, named lanes.
    qint64 maxId = 0;
    for (const Lane &lane : fragment.lanes) {
        maxId = std::max<qint64>(maxId, lane.id);
        if (lane.name.trimmed().isEmpty())
            return {};
    }
    for (const Step &step : fragment.steps)
        maxId = std::max<qint64>(maxId, step.id);
    for (const Handoff &handoff : fragment.handoffs)
        maxId = std::max<qint64>(maxId, handoff.id);
    if (maxId >= INT_MAX)
        return {};
    fragment.nextItemId = ItemId(maxId + 1);
    if (!fragment.invariantViolations().isEmpty())
        return {};
    const qint64 newItems
        = fragment.lanes.size() + fragment.steps.size() + fragment.handoffs.size();
    if (qint64(m_process.nextItemId) + newItems >= INT_MAX)
        return {};

    // Lanes: matched by name, else added at the bottom as they were.
    const ItemId laneIdsFrom = m_process.nextItemId;
    ItemId next = laneIdsFrom;
    AddRemoveLanesCommand::Indexed newLanes;
    QHash<ItemId, ItemId> laneMap;
    QHash<ItemId, double> laneHeight;
    for (const Lane &lane : qAsConst(m_process.lanes))
        laneHeight.insert(lane.id, lane.height);
    const auto laneNamed = [&](const QString &name) -> ItemId {
        for (const Lane &lane : qAsConst(m_process.lanes)) {
            if (lane.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return lane.id;
        }
        for (const auto &entry : qAsConst(newLanes)) {
            if (entry.second.name.compare(name, Qt::CaseInsensitive) == 0)
                return entry.second.id;
        }
        return 0;
    };
    for (const Lane &lane : qAsConst(fragment.lanes)) {
        const QString name = lane.name.trimmed();
        ItemId id = laneNamed(name);
        if (!id) {
            Lane added = lane;
            added.id = id = next++;
            added.name = name;
            if (!added.color.isValid())
                added.color = QColor(0xe8, 0xee, 0xf4);
            newLanes.append({int(m_process.lanes.size() + newLanes.size()), added});
            laneHeight.insert(added.id, added.height);
        }
        laneMap.insert(lane.id, id);
    }

    const ItemId stepIdsFrom = next;
    AddRemoveStepsCommand::Indexed newSteps;
    QHash<ItemId, ItemId> stepMap;
    ItemIds ids;
    for (Step step : qAsConst(fragment.steps)) {
        stepMap.insert(step.id, next);
        step.id = next++;
        step.laneId = laneMap.value(step.laneId);
        step.pos = {step.pos.x() + offset.x(),
                    std::clamp(step.pos.y() + offset.y(), 0.0, laneHeight.value(step.laneId))};
        newSteps.append({int(m_process.steps.size() + newSteps.size()), step});
        ids.append(step.id);
    }

    const ItemId handoffIdsFrom = next;
    AddRemoveHandoffsCommand::Indexed newHandoffs;
    QSet<QPair<ItemId, ItemId>> joined;
    for (Handoff handoff : qAsConst(fragment.handoffs)) {
        handoff.fromStepId = stepMap.value(handoff.fromStepId);
        handoff.toStepId = stepMap.value(handoff.toStepId);
        if (joined.contains({handoff.fromStepId, handoff.toStepId}))
            continue; // the document never holds the same handoff twice
        joined.insert({handoff.fromStepId, handoff.toStepId});
        handoff.id = next++;
        newHandoffs.append({int(m_process.handoffs.size() + newHandoffs.size()), handoff});
    }

    m_undoStack->beginMacro(tr("Paste %n step(s)", nullptr, int(ids.size())));
    if (!newLanes.isEmpty()) {
        m_undoStack->push(
            new AddRemoveLanesCommand(this, true, newLanes, laneIdsFrom, stepIdsFrom));
    }
    m_undoStack->push(new AddRemoveStepsCommand(this, true, newSteps, stepIdsFrom, handoffIdsFrom));
    if (!newHandoffs.isEmpty()) {
        m_undoStack->push(
            new AddRemoveHandoffsCommand(this, true, newHandoffs, handoffIdsFrom, next));
    }
    m_undoStack->endMacro();
    return ids;
}

ItemIds ProcessDocument::duplicateSteps(const ItemIds &stepIds)
{
    return paste(copySteps(stepIds), {40, 40});
}

ItemId ProcessDocument::insertStepAfter(ItemId stepId, Step::Kind kind, const QString &name)
{
    const Step *from = m_process.step(stepId);
    if (!canEdit() || !from)
        return 0;
    Step step;
    step.id = m_process.nextItemId;
    step.kind = kind;
    step.name = name.trimmed().isEmpty() ? defaultStepName(kind) : name;
    step.laneId = from->laneId;
    step.pos = from->pos + QPointF(insertGap, 0);

    // Whatever sits in the new step's column of the lane, and everything right of it, moves one
    // column right: predictable, and nothing outside the lane moves.
    double firstInTheWay = qInf();
    for (const Step &s : qAsConst(m_process.steps)) {
        if (s.laneId == step.laneId && s.id != stepId && s.pos.x() >= step.pos.x() - insertGap / 2
            && s.pos.x() < step.pos.x() + insertGap / 2)
            firstInTheWay = std::min(firstInTheWay, s.pos.x());
    }
    QVector<StepPlacement> before;
    QVector<StepPlacement> after;
    for (const Step &s : qAsConst(m_process.steps)) {
        if (s.laneId == step.laneId && s.id != stepId && s.pos.x() >= firstInTheWay) {
            before.append({s.id, s.laneId, s.pos});
            after.append({s.id, s.laneId, s.pos + QPointF(insertGap, 0)});
        }
    }

    Handoff handoff;
    handoff.id = step.id + 1;
    handoff.fromStepId = stepId;
    handoff.toStepId = step.id;

    m_undoStack->beginMacro(tr("Insert step"));
    if (!after.isEmpty())
        m_undoStack->push(new MoveStepsCommand(this, before, after, -1));
    m_undoStack->push(new AddRemoveStepsCommand(this, true, {{int(m_process.steps.size()), step}},
                                                step.id, step.id + 1));
    m_undoStack->push(new AddRemoveHandoffsCommand(
        this, true, {{int(m_process.handoffs.size()), handoff}}, handoff.id, handoff.id + 1));
    m_undoStack->endMacro();
    return step.id;
}

ItemIds ProcessDocument::connectChain(const ItemIds &stepIds)
{
    if (!canEdit() || stepIds.size() < 2)
        return {};
    for (ItemId id : stepIds) {
        if (!m_process.step(id))
            return {};
    }
    QSet<QPair<ItemId, ItemId>> joined;
    for (const Handoff &h : qAsConst(m_process.handoffs))
        joined.insert({h.fromStepId, h.toStepId});
    const ItemId nextBefore = m_process.nextItemId;
    ItemId next = nextBefore;
    AddRemoveHandoffsCommand::Indexed added;
    ItemIds ids;
    for (int i = 0; i + 1 < stepIds.size(); ++i) {
        Handoff handoff;
        handoff.fromStepId = stepIds[i];
        handoff.toStepId = stepIds[i + 1];
        if (handoff.fromStepId == handoff.toStepId
            || joined.contains({handoff.fromStepId, handoff.toStepId}))
            continue;
        joined.insert({handoff.fromStepId, handoff.toStepId});
        handoff.id = next++;
        added.append({int(m_process.handoffs.size() + added.size()), handoff});
        ids.append(handoff.id);
    }
    if (added.isEmpty())
        return {};
    // One command is one undo step: no macro needed around it.
    m_undoStack->push(new AddRemoveHandoffsCommand(this, true, added, nextBefore, next));
    return ids;
}

// --- raw mutations: only the commands call these

void ProcessDocument::insertLanes(const QVector<QPair<int, Lane>> &indexed)
{
    ItemIds ids;
    insertIndexed(m_process.lanes, indexed, &ids);
    emit lanesChanged();
    emit changed();
}

void ProcessDocument::takeLanes(const ItemIds &ids)
{
    removeIds(m_process.lanes, ids);
    emit lanesChanged();
    emit changed();
}

void ProcessDocument::insertSteps(const QVector<QPair<int, Step>> &indexed)
{
    ItemIds ids;
    insertIndexed(m_process.steps, indexed, &ids);
    emit stepsAdded(ids);
    emit changed();
}

void ProcessDocument::takeSteps(const ItemIds &ids)
{
    removeIds(m_process.steps, ids);
    emit stepsRemoved(ids);
    emit changed();
}

void ProcessDocument::insertHandoffs(const QVector<QPair<int, Handoff>> &indexed)
{
    ItemIds ids;
    insertIndexed(m_process.handoffs, indexed, &ids);
    emit handoffsAdded(ids);
    emit changed();
}

void ProcessDocument::takeHandoffs(const ItemIds &ids)
{
    removeIds(m_process.handoffs, ids);
    emit handoffsRemoved(ids);
    emit changed();
}

void ProcessDocument::placeSteps(const QVector<StepPlacement> &placements)
{
    ItemIds ids;
    for (const StepPlacement &placement : placements) {
        if (Step *step = m_process.step(placement.stepId)) {
            step->laneId = placement.laneId;
            step->pos = placement.pos;
            ids.append(step->id);
        }
    }
    emit stepsChanged(ids);
    emit changed();
}

void ProcessDocument::relocateLane(int from, int to)
{
    m_process.lanes.move(from, to);
    emit lanesChanged();
    emit changed();
}

void ProcessDocument::applyValues(ObjectType type, const ItemIds &ids, Property property,
                                  const QVector<QVariant> &values)
{
    for (int i = 0; i < ids.size(); ++i) {
        const QVariant &v = values[i];
        switch (type) {
        case ObjectType::Process:
            switch (property) {
            case Property::Name:
                m_process.name = v.toString();
                break;
            case Property::Owner:
                m_process.owner = v.toString();
                break;
            case Property::Description:
                m_process.description = v.toString();
                break;
            case Property::SlaTarget:
                m_process.slaTargetS = v.toLongLong();
                break;
            case Property::ReviewDate:
                m_process.reviewDate = v.toDate();
                break;
            case Property::SlaClock:
                m_process.slaClock = Process::SlaClock(v.toInt());
                break;
            case Property::WorkingHours:
                m_process.workingHours = v.toString();
                break;
            case Property::TimeZone:
                m_process.timeZone = v.toString();
                break;
            case Property::Holidays:
                // Canonical text (normalized() made it): it always parses.
                m_process.holidays
                    = BusinessCalendar::parseHolidays(v.toString()).value_or(QVector<QDate>());
                break;
            case Property::RunsPerMonth:
                m_process.runsPerMonth = v.toDouble();
                break;
            default:
                break;
            }
            break;
        case ObjectType::Lane: {
            Lane *l = m_process.lane(ids[i]);
            switch (property) {
            case Property::Name:
                l->name = v.toString();
                break;
            case Property::LaneKind:
                l->kind = Lane::Kind(v.toInt());
                break;
            case Property::LaneColor:
                l->color = v.value<QColor>();
                break;
            case Property::LaneHeight:
                l->height = v.toDouble();
                break;
            default:
                break;
            }
            break;
        }
        case ObjectType::Step: {
            Step *s = m_process.step(ids[i]);
            switch (property) {
            case Property::Name:
                s->name = v.toString();
                break;
            case Property::StepKind:
                s->kind = Step::Kind(v.toInt());
                break;
            case Property::DefinitionOfDone:
                s->definitionOfDone = v.toString();
                break;
            case Property::Inputs:
                s->inputs = v.toStringList();
                break;
            case Property::Outputs:
                s->outputs = v.toStringList();
                break;
            case Property::ExpectedDuration:
                s->expectedDurationS = v.toLongLong();
                break;
            case Property::StepSla:
                s->slaS = v.toLongLong();
                break;
            case Property::Automation:
                s->automation = Step::Automation(v.toInt());
                break;
            case Property::Systems:
                s->systems = v.toStringList();
                break;
            case Property::AutomationEffort:
                s->automationEffortH = v.toDouble();
                break;
            case Property::Trigger:
                s->trigger = Step::Trigger(v.toInt());
                break;
            default:
                break;
            }
            break;
        }
        case ObjectType::Handoff: {
            Handoff *h = m_process.handoff(ids[i]);
            switch (property) {
            case Property::Label:
                h->label = v.toString();
                break;
            case Property::Condition:
                h->condition = v.toString();
                break;
            case Property::Source:
                h->fromStepId = v.toInt();
                break;
            case Property::Target:
                h->toStepId = v.toInt();
                break;
            default:
                break;
            }
            break;
        }
        }
    }
    switch (type) {
    case ObjectType::Process:
        emit processChanged(property);
        break;
    case ObjectType::Lane:
        emit lanesChanged();
        break;
    case ObjectType::Step:
        emit stepsChanged(ids);
        break;
    case ObjectType::Handoff:
        emit handoffsChanged(ids);
        break;
    }
    emit changed();
}

} // namespace Stepwise
