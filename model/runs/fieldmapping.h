#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Stepwise {

/// Which CSV column or XES attribute holds each field of an event. An empty name means "guess"
/// (resolve() fills it in) or, for the optional fields, "none".
struct FieldMapping
{
    Q_DECLARE_TR_FUNCTIONS(FieldMapping)

public:
    QString caseId; ///< --case
    QString activity; ///< --activity
    QString start; ///< --start: the start of an interval row
    QString complete; ///< --complete or --timestamp: the (single or completing) timestamp
    QString resource; ///< --resource
    QString lifecycle; ///< the lifecycle transition (start, complete, ...)

    /// Fills every field not given from the column names (header of a CSV): the XES standard
    /// names first (case:concept:name, concept:name, time:timestamp, org:resource,
    /// lifecycle:transition), then the usual ones ("Case ID", "Activity", "Start Timestamp",
    /// "Complete Timestamp", "Resource", case_id, task, end_time, user, ...), compared without
    /// case, spaces, underscores, dashes and colons. A name that was given must exist (exactly,
    /// or by that same loose comparison) and is replaced by the exact column name. Returns false
    /// with a message when a given name does not exist or no column is found for the case, the
    /// activity or a timestamp.
    bool resolve(const QStringList &columns, QString *error);

    /// The defaults for XES: case from the trace's concept:name, activity from the event's,
    /// time:timestamp, org:resource and lifecycle:transition, unless given.
    void fillXesDefaults();

    /// Loose form of a column name: lower case without spaces, '_', '-' and ':'.
    static QString normalized(const QString &name);
};

} // namespace Stepwise
