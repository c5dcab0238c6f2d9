#include "process.h"

#include <QSet>

#include <algorithm>

namespace Stepwise {

namespace {

template<typename T>
int indexOfId(const QVector<T> &items, ItemId id)
{
    // Ids are handed out ascending and items appended, so a binary search nearly always finds the
    // item; any other order (an edited revision, an import) falls back to the linear search.
    qsizetype low = 0, high = items.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (items[middle].id < id)
            low = middle + 1;
        else
            high = middle;
    }
    if (low < items.size() && items[low].id == id)
        return int(low);
    const auto it
        = std::find_if(items.cbegin(), items.cend(), [id](const T &item) { return item.id == id; });
    return it == items.cend() ? -1 : int(it - items.cbegin());
}

} // namespace

int Process::laneIndex(ItemId id) const
{
    return indexOfId(lanes, id);
}
int Process::stepIndex(ItemId id) const
{
    return indexOfId(steps, id);
}
int Process::handoffIndex(ItemId id) const
{
    return indexOfId(handoffs, id);
}

const Lane *Process::lane(ItemId id) const
{
    const int i = laneIndex(id);
    return i < 0 ? nullptr : &lanes[i];
}

const Step *Process::step(ItemId id) const
{
    const int i = stepIndex(id);
    return i < 0 ? nullptr : &steps[i];
}

const Handoff *Process::handoff(ItemId id) const
{
    const int i = handoffIndex(id);
    return i < 0 ? nullptr : &handoffs[i];
}

Lane *Process::lane(ItemId id)
{
    const int i = laneIndex(id);
    return i < 0 ? nullptr : &lanes[i];
}

Step *Process::step(ItemId id)
{
    const int i = stepIndex(id);
    return i < 0 ? nullptr : &steps[i];
}

Handoff *Process::handoff(ItemId id)
{
    const int i = handoffIndex(id);
    return i < 0 ? nullptr : &handoffs[i];
}

ItemIds Process::handoffsTouching(const ItemIds &stepIds) const
{
    const QSet<ItemId> set(stepIds.cbegin(), stepIds.cend());
    ItemIds result;
    for (const Handoff &h : handoffs) {
        if (set.contains(h.fromStepId) || set.contains(h.toStepId))
            result.append(h.id);
    }
    return result;
}

double Process::laneTop(ItemId laneId) const
{
    double top = 0;
    for (const Lane &l : lanes) {
        if (l.id == laneId)
            return top;
        top += l.height;
    }
    return top;
}

ItemId Process::laneAt(double y) const
{
    if (lanes.isEmpty())
        return 0;
    double top = 0;
    for (const Lane &l : lanes) {
        if (y < top + l.height)
            return l.id;
        top += l.height;
    }
    return lanes.constLast().id;
}

double Process::lanesHeight() const
{
    double total = 0;
    for (const Lane &l : lanes)
        total += l.height;
    return total;
}

QPointF Process::stepScenePos(const Step &step) const
{
    return {step.pos.x(), laneTop(step.laneId) + step.pos.y()};
}

QStringList Process::invariantViolations() const
{
    QStringList problems;
    QSet<ItemId> ids;
    const auto checkId = [&](ItemId id, const char *what) {
        if (id <= 0 || id >= nextItemId)
            problems << QStringLiteral("%1 %2 is outside 1..%3")
                            .arg(QLatin1String(what))
                            .arg(id)
                            .arg(nextItemId - 1);
        if (ids.contains(id))
            problems << QStringLiteral("id %1 is used twice").arg(id);
        ids.insert(id);
    };
    QSet<ItemId> laneIds;
    for (const Lane &l : lanes) {
        checkId(l.id, "lane");
        laneIds.insert(l.id);
        if (!(l.height > 0))
            problems << QStringLiteral("lane %1 has no height").arg(l.id);
    }
    QSet<ItemId> stepIds;
    for (const Step &s : steps) {
        checkId(s.id, "step");
        stepIds.insert(s.id);
        if (!laneIds.contains(s.laneId))
            problems << QStringLiteral("step %1 is in missing lane %2").arg(s.id).arg(s.laneId);
    }
    for (const Handoff &h : handoffs) {
        checkId(h.id, "handoff");
        if (!stepIds.contains(h.fromStepId) || !stepIds.contains(h.toStepId))
            problems << QStringLiteral("handoff %1 joins missing steps %2 -> %3")
                            .arg(h.id)
                            .arg(h.fromStepId)
                            .arg(h.toStepId);
    }
    return problems;
}

bool Process::operator==(const Process &other) const
{
    return id == other.id && name == other.name && owner == other.owner
        && description == other.description && slaTargetS == other.slaTargetS
        && reviewDate == other.reviewDate && slaClock == other.slaClock
        && workingHours == other.workingHours && timeZone == other.timeZone
        && holidays == other.holidays && runsPerMonth == other.runsPerMonth && lanes == other.lanes
        && steps == other.steps && handoffs == other.handoffs && nextItemId == other.nextItemId;
}

} // namespace Stepwise
