#pragma once

#include "handoff.h"
#include "ids.h"
#include "lane.h"
#include "step.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace Stepwise {

/// A named repeatable workflow and its map. A plain value: copy it, compare it, store it.
struct Process
{
    /// How the durations of its runs are measured (DESIGN.md "Business hours").
    enum class SlaClock {
        Calendar, ///< every millisecond counts (the default, and what pm4py computes)
        BusinessHours, ///< only time inside its working hours, in its time zone, not on holidays
    };

    ProcessId id = 0;
    QString name;
    QString owner;
    QString description;
    qint64 slaTargetS = 0; ///< cycle-time target; 0: none
    QDate reviewDate;
    /// The SLA clock. Its working hours, zone and holidays are kept while it is calendar time
    /// (`stats --business-hours` still measures on them, and switching back restores them).
    SlaClock slaClock = SlaClock::Calendar;
    /// Working hours as BusinessCalendar::formatHours() writes them ("Mon-Fri 09:00-18:00");
    /// empty: BusinessCalendar::defaultHours().
    QString workingHours;
    QString timeZone; ///< IANA id of the working hours' zone ("Europe/Berlin"); empty: UTC
    QVector<QDate> holidays; ///< days off in that zone, ascending, each once
    /// How often it runs, as entered by its owner: what impact figures use while it has no runs
    /// logged. 0: not entered.
    double runsPerMonth = 0;

    QVector<Lane> lanes; ///< top to bottom
    QVector<Step> steps;
    QVector<Handoff> handoffs;
    ItemId nextItemId = 1; ///< the next free id for a lane, step or handoff

    int laneIndex(ItemId id) const;
    int stepIndex(ItemId id) const;
    int handoffIndex(ItemId id) const;
    const Lane *lane(ItemId id) const;
    const Step *step(ItemId id) const;
    const Handoff *handoff(ItemId id) const;
    Lane *lane(ItemId id);
    Step *step(ItemId id);
    Handoff *handoff(ItemId id);

    /// Handoffs that start or end at any of the given steps, in map order.
    ItemIds handoffsTouching(const ItemIds &stepIds) const;

    /// Top edge of a lane in scene coordinates (lanes stack from y = 0).
    double laneTop(ItemId laneId) const;
    /// The lane whose band contains the scene y; above the first lane the first, below the last
    /// the last; 0 when there are no lanes.
    ItemId laneAt(double y) const;
    /// Total height of all lanes.
    double lanesHeight() const;
    /// A step's centre in scene coordinates.
    QPointF stepScenePos(const Step &step) const;

    /// Empty when the map is consistent; otherwise one line per broken rule (ids unique and below
    /// nextItemId, every step in an existing lane, every handoff between existing steps).
    QStringList invariantViolations() const;

    bool operator==(const Process &other) const;
    bool operator!=(const Process &other) const { return !(*this == other); }
};

} // namespace Stepwise
