#pragma once

#include "process/ids.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Stepwise {

struct Process;
struct RunStats;

/// What the runs did on one step of the map.
struct StepOverlay
{
    qint64 executions = 0; ///< 0: no run reached it
    double meanWaitingS = 0; ///< the engine's mean waiting before it; 0 when it has none
    double meanProcessingS = 0; ///< the engine's mean processing; 0 when it has none
    /// meanWaitingS + meanProcessingS: where the time goes, what the colour says.
    double meanTotalS = 0;
    int bucket = -1; ///< index into the colour scale; -1: no runs
};

/// How often the runs took one handoff of the map.
struct HandoffOverlay
{
    qint64 count = 0; ///< 0: designed but never taken
    double meanWaitingS = 0; ///< the transition's mean duration, when taken
};

/// A transition the runs took that the map has no handoff for, drawn between two of its steps.
struct UndesignedTransition
{
    ItemId fromStepId = 0;
    ItemId toStepId = 0;
    QString from; ///< the activities as the runs name them
    QString to;
    qint64 count = 0;
    double meanWaitingS = 0;
};

/// The runs laid over a map: per step the mean waiting + processing time and its colour bucket,
/// per handoff how often it was taken, and the transitions the runs took that the map lacks.
/// Every figure is the metrics engine's (computeRunStats()); this only matches its activities to
/// the map's steps by name, case and white space folded as StatsOptions::designedHandoffs are.
struct MapOverlay
{
    qint64 runs = 0;
    /// Buckets of the colour scale; 0 when no step has runs.
    int bucketCount = 0;
    /// The colour scale: bucketCount - 1 ascending limits in seconds, round durations; bucket b
    /// holds the steps whose mean total is at least limits[b - 1] and below limits[b].
    QVector<double> bucketLimits;
    QHash<ItemId, StepOverlay> steps; ///< every step of the map
    QHash<ItemId, HandoffOverlay> handoffs; ///< every handoff of the map
    QVector<UndesignedTransition> undesigned; ///< by count, most first, then by names
    /// Activities of the runs that no step of the map is named after, by executions, most first
    /// (their transitions cannot be drawn).
    QStringList unmappedActivities;
    qint64 maxCount = 0; ///< the most taken handoff or undesigned transition (for widths)

    /// The bucket of a mean total time.
    int bucketOf(double seconds) const;
    /// 0..1, how far along the scale a bucket is (0 for the lowest, 1 for the highest).
    double bucketPosition(int bucket) const;
    /// Handoffs of the map no run took.
    int neverTakenCount() const;
};

/// Lays the figures of computeRunStats() over a map: matches activities to steps and transitions
/// to handoffs by folded names, so a handoff added since the stats were computed counts as
/// designed at once (without computing them again). At most \a buckets colour buckets.
MapOverlay computeMapOverlay(const Process &process, const RunStats &stats, int buckets = 5);

/// A name as the overlay and StatsOptions::designedHandoffs match it: white space simplified,
/// case folded.
QString foldedStepName(const QString &name);

} // namespace Stepwise
