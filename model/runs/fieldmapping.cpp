#include "fieldmapping.h"

namespace Stepwise {

namespace {

// Loose names, most specific first.
const char *const caseNames[]
    = {"caseconceptname", "caseid",  "case",  "caseidentifier",  "casenumber",
       "caseno",          "traceid", "trace", "processinstance", "processinstanceid",
       "instanceid",      nullptr};
const char *const activityNames[]
    = {"conceptname", "activity", "activityname", "task",   "taskname", "event",
       "eventname",   "step",     "stepname",     "action", nullptr};
const char *const startNames[]
    = {"starttimestamp", "starttime", "start", "startdate", "startdatetime", "started",
       "startedat",      "timestart", "begin", "begintime", nullptr};
const char *const completeNames[] = {"timetimestamp",
                                     "completetimestamp",
                                     "completetime",
                                     "complete",
                                     "completed",
                                     "completedat",
                                     "completiontime",
                                     "completiondate",
                                     "endtimestamp",
                                     "endtime",
                                     "end",
                                     "enddate",
                                     "enddatetime",
                                     "ended",
                                     "endedat",
                                     "finish",
                                     "finishtime",
                                     "finished",
                                     "timestamp",
                                     "eventtime",
                                     "datetime",
                                     "time",
                                     "date",
                                     nullptr};
const char *const resourceNames[]
    = {"orgresource", "resource", "user",     "username", "userid", "performer", "originator",
       "agent",       "actor",    "employee", "assignee", "worker", "owner",     nullptr};
const char *const lifecycleNames[]
    = {"lifecycletransition", "lifecycle", "transition", "eventtype", nullptr};

QString describe(const char *const *names)
{
    QStringList list;
    for (int i = 0; names[i] && i < 4; ++i)
        list << QString::fromLatin1(names[i]);
    return list.join(QStringLiteral(", "));
}

} // namespace

QString FieldMapping::normalized(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c == u' ' || c == u'_' || c == u'-' || c == u':' || c == u'\t')
            continue;
        out += c.toLower();
    }
    return out;
}

bool FieldMapping::resolve(const QStringList &columns, QString *error)
{
    QStringList loose;
    loose.reserve(columns.size());
    for (const QString &c : columns)
        loose << normalized(c);
    QVector<bool> used(columns.size(), false);

    struct Field
    {
        QString *name;
        const char *const *guesses;
        const char *option;
    };
    const Field fields[] = {
        {&caseId, caseNames, "--case"},           {&activity, activityNames, "--activity"},
        {&complete, completeNames, "--complete"}, {&start, startNames, "--start"},
        {&resource, resourceNames, "--resource"}, {&lifecycle, lifecycleNames, nullptr},
    };

    // Names given first, so a guess never takes a column the user chose for another field.
    for (const Field &f : fields) {
        if (f.name->isEmpty())
            continue;
        int index = columns.indexOf(*f.name);
        if (index < 0)
            index = loose.indexOf(normalized(*f.name));
        if (index < 0) {
            if (error) {
                *error = tr("no column \"%1\" (given with %2); the columns are: %3")
                             .arg(*f.name, QString::fromLatin1(f.option ? f.option : ""),
                                  columns.join(QStringLiteral(", ")));
            }
            return false;
        }
        *f.name = columns.at(index);
        used[index] = true;
    }
    for (const Field &f : fields) {
        if (!f.name->isEmpty())
            continue;
        for (int g = 0; f.guesses[g] && f.name->isEmpty(); ++g) {
            const QString guess = QString::fromLatin1(f.guesses[g]);
            for (int i = 0; i < columns.size(); ++i) {
                if (!used[i] && loose.at(i) == guess) {
                    *f.name = columns.at(i);
                    used[i] = true;
                    break;
                }
            }
        }
    }
    // A lone start column is the one timestamp there is.
    if (complete.isEmpty() && !start.isEmpty())
        std::swap(complete, start);

    const auto missing = [&](const QString &what, const char *const *guesses, const char *option) {
        if (error) {
            *error = tr("no column for %1 (looked for names like %2); name it with %3; the "
                        "columns are: %4")
                         .arg(what, describe(guesses), QString::fromLatin1(option),
                              columns.join(QStringLiteral(", ")));
        }
        return false;
    };
    if (caseId.isEmpty())
        return missing(tr("the case"), caseNames, "--case");
    if (activity.isEmpty())
        return missing(tr("the activity"), activityNames, "--activity");
    if (complete.isEmpty())
        return missing(tr("the timestamp"), completeNames, "--timestamp");
    return true;
}

void FieldMapping::fillXesDefaults()
{
    if (caseId.isEmpty())
        caseId = QStringLiteral("concept:name");
    if (activity.isEmpty())
        activity = QStringLiteral("concept:name");
    if (complete.isEmpty())
        complete = QStringLiteral("time:timestamp");
    if (resource.isEmpty())
        resource = QStringLiteral("org:resource");
    if (lifecycle.isEmpty())
        lifecycle = QStringLiteral("lifecycle:transition");
}

} // namespace Stepwise
