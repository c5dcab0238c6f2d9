#pragma once

#include <QString>

#include <limits>

namespace Stepwise {

/// A timestamp that is not there (an execution whose start is unknown).
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

/// One event as a reader hands it over: one row of a CSV or one <event> of an XES trace, its
/// fields already mapped and its timestamps converted to UTC milliseconds since the epoch.
struct RawEvent
{
    enum class Kind {
        Start, ///< lifecycle start: opens an execution (startMs set)
        Complete, ///< lifecycle complete, unknown, missing or non-standard (completeMs set)
        Interval, ///< a row with both a start and a complete field: one execution (both set)
        Other, ///< schedule, assign, suspend, resume, ...: an event, no execution (completeMs
               ///< holds its time)
    };

    QString caseId;
    QString activity;
    QString resource; ///< empty when none
    Kind kind = Kind::Complete;
    qint64 startMs = NoTime;
    qint64 completeMs = NoTime;
    qint64 line = 0; ///< where it came from (line of the CSV row or of the <event>), for messages
};

} // namespace Stepwise
