#include "revisiondiff.h"

#include "dashboard.h"
#include "mapoverlay.h"
#include "statistics.h"

#include "process/process.h"
#include "process/processjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Stepwise {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::RevisionCompare)
};

constexpr qint64 DayMs = Q_INT64_C(86400000);
/// A relative change smaller than this reads as "about the same".
constexpr double SameShare = 0.02;

const QLatin1String OtherField("other");

/// The fields the diff knows, in the order the structs declare them: they are listed in this
/// order, any other after them by name.
const char *const KnownFields[] = {
    "name",
    "owner",
    "description",
    "sla_target_s",
    "review_date",
    "sla_clock",
    "working_hours",
    "time_zone",
    "holidays",
    "runs_per_month",
    "kind",
    "color",
    "definition_of_done",
    "inputs",
    "outputs",
    "expected_duration_s",
    "sla_s",
    "automation",
    "systems",
    "automation_effort_h",
    "trigger",
    "bpmn_element",
    "bpmn_event",
    "attached_to",
    "interrupting",
    "child_process_id",
    "width",
    "height",
    "label",
    "condition",
};

int fieldRank(const QString &field)
{
    const auto begin = std::begin(KnownFields), end = std::end(KnownFields);
    const auto it = std::find_if(begin, end,
                                 [&](const char *known) { return field == QLatin1String(known); });
    return it == end ? int(std::size(KnownFields)) : int(it - begin);
}

/// The keys whose values differ between two JSON objects (a key on one side only differs),
/// leaving out the excluded ones, in fieldRank() order.
QStringList differingKeys(const QJsonObject &a, const QJsonObject &b,
                          std::initializer_list<const char *> excluded)
{
    QSet<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    for (const char *key : excluded)
        keys.remove(QLatin1String(key));
    QStringList fields;
    for (const QString &key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            fields.append(key);
    }
    std::sort(fields.begin(), fields.end(), [](const QString &x, const QString &y) {
        const int rx = fieldRank(x), ry = fieldRank(y);
        return rx != ry ? rx < ry : x < y;
    });
    return fields;
}

bool keyDiffers(const QJsonObject &a, const QJsonObject &b, const char *key)
{
    return a.value(QLatin1String(key)) != b.value(QLatin1String(key));
}

/// The objects of one of processToJson()'s arrays by their "id".
QHash<ItemId, QJsonObject> byId(const QJsonObject &process, const char *array)
{
    QHash<ItemId, QJsonObject> objects;
    const QJsonArray items = process.value(QLatin1String(array)).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        objects.insert(object.value(QLatin1String("id")).toInt(), object);
    }
    return objects;
}

/// Diffs one kind of item. Item needs an id and operator==; describe() fills in the flags and
/// fields of a kept item that differs.
template<typename Item, typename Describe>
QVector<ItemDiff> diffItems(const QVector<Item> &earlier, const QVector<Item> &later,
                            const QHash<ItemId, QJsonObject> &earlierJson,
                            const QHash<ItemId, QJsonObject> &laterJson, Describe describe)
{
    QHash<ItemId, const Item *> earlierById;
    for (const Item &item : earlier)
        earlierById.insert(item.id, &item);
    QSet<ItemId> laterIds;
    QVector<ItemDiff> diffs;
    for (const Item &item : later) {
        laterIds.insert(item.id);
        const Item *before = earlierById.value(item.id);
        ItemDiff diff;
        diff.id = item.id;
        if (!before) {
            diff.status = ItemDiff::Status::Added;
            diffs.append(diff);
            continue;
        }
        if (*before == item)
            continue;
        describe(earlierJson.value(item.id), laterJson.value(item.id), &diff);
        if (!diff.moved && !diff.laneChanged && !diff.rerouted && diff.fields.isEmpty())
            diff.fields.append(OtherField); // operator== sees what the JSON form does not
        diffs.append(diff);
    }
    for (const Item &item : earlier) {
        if (laterIds.contains(item.id))
            continue;
        ItemDiff diff;
        diff.id = item.id;
        diff.status = ItemDiff::Status::Removed;
        diffs.append(diff);
    }
    return diffs;
}

const ItemDiff *findDiff(const QVector<ItemDiff> &diffs, ItemId id)
{
    for (const ItemDiff &diff : diffs) {
        if (diff.id == id)
            return &diff;
    }
    return nullptr;
}

/// The ids of the lanes both maps have, in the map's order.
ItemIds commonLaneOrder(const Process &process, const Process &other)
{
    ItemIds ids;
    for (const Lane &lane : process.lanes) {
        if (other.lane(lane.id))
            ids.append(lane.id);
    }
    return ids;
}

// --- words

QString dayText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                              QStringLiteral("d MMM yyyy"));
}

QString shareText(double share)
{
    return QLocale().toString(std::lround(share * 100.0)) + QLatin1Char('%');
}

/// -1 fell, 0 about the same, 1 rose; 2 when it cannot be said (NaN, or no before to compare).
int direction(double before, double after)
{
    if (std::isnan(before) || std::isnan(after))
        return 2;
    if (before <= 0)
        return after <= 0 ? 0 : 1;
    const double change = (after - before) / before;
    if (std::abs(change) < SameShare)
        return 0;
    return change < 0 ? -1 : 1;
}

/// Mean waiting + mean processing of the step named so on one side, and its executions.
struct StepTime
{
    qint64 executions = 0;
    double seconds = std::nan("");
};

StepTime stepTime(const RunStats &stats, const QString &name)
{
    StepTime time;
    if (name.isEmpty())
        return time;
    const QString folded = foldedStepName(name);
    for (const StepStats &step : stats.steps) {
        if (foldedStepName(step.name) != folded)
            continue;
        // Several activities may fold to one name: they are one step of the map.
        const double seconds = (step.waiting.isEmpty() ? 0.0 : step.waiting.mean)
            + (step.processing.isEmpty() ? 0.0 : step.processing.mean);
        if (step.executions > 0) {
            time.seconds = time.executions == 0
                ? seconds
                : (time.seconds * double(time.executions) + seconds * double(step.executions))
                    / double(time.executions + step.executions);
            time.executions += step.executions;
        }
    }
    return time;
}

QString cycleSentence(int dir, const char *fell, const char *rose, const char *same, double before,
                      double after, qint64 runs)
{
    const QString b = humanDuration(before), a = humanDuration(after);
    const QString change = relativeChangeText(before, after);
    const int n = int(std::min<qint64>(runs, INT_MAX));
    switch (dir) {
    case -1:
        return Words::tr(fell, nullptr, n).arg(b, a, change);
    case 1:
        return Words::tr(rose, nullptr, n).arg(b, a, change);
    default:
        return Words::tr(same, nullptr, n).arg(a);
    }
}

} // namespace

const ItemDiff *RevisionDiff::lane(ItemId id) const
{
    return findDiff(lanes, id);
}

const ItemDiff *RevisionDiff::step(ItemId id) const
{
    return findDiff(steps, id);
}

const ItemDiff *RevisionDiff::handoff(ItemId id) const
{
    return findDiff(handoffs, id);
}

RevisionDiff diffProcesses(const Process &earlier, const Process &later)
{
    // The lossless JSON form names every field, so new fields are compared without new code.
    const QJsonObject earlierJson = processToJson(earlier);
    const QJsonObject laterJson = processToJson(later);

    RevisionDiff diff;
    diff.processFields
        = differingKeys(earlierJson, laterJson,
                        {"format", "version", "id", "next_item_id", "lanes", "steps", "handoffs"});

    const ItemIds earlierOrder = commonLaneOrder(earlier, later);
    const ItemIds laterOrder = commonLaneOrder(later, earlier);
    diff.lanes = diffItems(earlier.lanes, later.lanes, byId(earlierJson, "lanes"),
                           byId(laterJson, "lanes"),
                           [](const QJsonObject &a, const QJsonObject &b, ItemDiff *d) {
                               d->fields = differingKeys(a, b, {"id"});
                           });
    // A lane moved when its place among the lanes both revisions have changed: a lane added
    // above it moves nothing. A kept lane whose only difference is its place is found here.
    for (int i = 0; i < laterOrder.size(); ++i) {
        const ItemId id = laterOrder.at(i);
        if (earlierOrder.indexOf(id) == i)
            continue;
        const auto it = std::find_if(diff.lanes.begin(), diff.lanes.end(),
                                     [id](const ItemDiff &d) { return d.id == id; });
        if (it != diff.lanes.end()) {
            it->moved = true;
            continue;
        }
        ItemDiff moved;
        moved.id = id;
        moved.moved = true;
        // Keep the later map's order: insert before the first listed lane that comes after it.
        auto at = std::find_if(diff.lanes.begin(), diff.lanes.end(), [&](const ItemDiff &d) {
            return d.status == ItemDiff::Status::Removed
                || later.laneIndex(d.id) > later.laneIndex(id);
        });
        diff.lanes.insert(at, moved);
    }

    diff.steps = diffItems(earlier.steps, later.steps, byId(earlierJson, "steps"),
                           byId(laterJson, "steps"),
                           [](const QJsonObject &a, const QJsonObject &b, ItemDiff *d) {
                               d->moved = keyDiffers(a, b, "x") || keyDiffers(a, b, "y");
                               d->laneChanged = keyDiffers(a, b, "lane_id");
                               d->fields = differingKeys(a, b, {"id", "x", "y", "lane_id"});
                           });
    diff.handoffs = diffItems(earlier.handoffs, later.handoffs, byId(earlierJson, "handoffs"),
                              byId(laterJson, "handoffs"),
                              [](const QJsonObject &a, const QJsonObject &b, ItemDiff *d) {
                                  d->rerouted = keyDiffers(a, b, "from") || keyDiffers(a, b, "to");
                                  d->fields = differingKeys(a, b, {"id", "from", "to"});
                              });
    return diff;
}

QString diffFieldName(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *words;
    } names[] = {
        {"name", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "name")},
        {"owner", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "owner")},
        {"description", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "description")},
        {"sla_target_s", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "SLA target")},
        {"review_date", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "review date")},
        {"sla_clock", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "SLA clock")},
        {"working_hours", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "working hours")},
        {"time_zone", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "time zone")},
        {"holidays", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "holidays")},
        {"runs_per_month", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "runs per month")},
        {"kind", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "kind")},
        {"color", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "colour")},
        {"definition_of_done",
         QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "definition of done")},
        {"inputs", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "inputs")},
        {"outputs", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "outputs")},
        {"expected_duration_s",
         QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "expected duration")},
        {"sla_s", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "step SLA")},
        {"automation", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "automation")},
        {"systems", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "systems")},
        {"automation_effort_h",
         QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "automation effort")},
        {"trigger", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "trigger")},
        {"bpmn_element", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "BPMN element")},
        {"bpmn_event", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "BPMN event")},
        {"attached_to", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "attached step")},
        {"interrupting", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "interrupting")},
        {"child_process_id", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "sub-process map")},
        {"width", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "width")},
        {"height", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "height")},
        {"label", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "label")},
        {"condition", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "condition")},
        {"other", QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "other properties")},
    };
    for (const auto &entry : names) {
        if (field == QLatin1String(entry.field))
            return Words::tr(entry.words);
    }
    QString words = field;
    return words.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString diffFieldNames(const QStringList &fields)
{
    QStringList words;
    const bool resized
        = fields.contains(QLatin1String("width")) && fields.contains(QLatin1String("height"));
    for (const QString &field : fields) {
        if (resized && field == QLatin1String("height"))
            continue;
        words.append(resized && field == QLatin1String("width") ? Words::tr("size")
                                                                : diffFieldName(field));
    }
    if (words.size() < 2)
        return words.join(QString());
    const QString last = words.takeLast();
    return Words::tr("%1 and %2").arg(words.join(Words::tr(", ")), last);
}

BeforeAfter computeBeforeAfter(const RunLog &log, const Process &earlier, const Process &later,
                               const RevisionDiff &diff, qint64 splitMs, int maxDays)
{
    BeforeAfter result;
    result.splitMs = splitMs;
    maxDays = std::max(maxDays, 1);
    const qint64 latest = latestTimestampMs(log);
    // As long as the data reaches past the change (in whole days, the latest timestamp inside),
    // so that both sides span the same time.
    qint64 days = maxDays;
    if (latest != NoTime && latest >= splitMs)
        days = std::clamp<qint64>((latest - splitMs) / DayMs + 1, 1, maxDays);
    result.days = int(days);
    result.fromMs = splitMs - days * DayMs;
    result.toMs = splitMs + days * DayMs;

    StatsOptions options = dashboardStatsOptions(later);
    options.fromMs = result.fromMs;
    options.toMs = splitMs;
    result.before = computeRunStats(log, options);
    options.fromMs = splitMs;
    options.toMs = result.toMs;
    result.after = computeRunStats(log, options);

    for (const ItemDiff &item : diff.steps) {
        const Step *before = earlier.step(item.id);
        const Step *after = later.step(item.id);
        const StepTime b = stepTime(result.before, before ? before->name : QString());
        const StepTime a = stepTime(result.after, after ? after->name : QString());
        if (b.executions == 0 && a.executions == 0)
            continue;
        StepBeforeAfter step;
        step.stepId = item.id;
        step.name = after ? after->name : before->name;
        step.beforeExecutions = b.executions;
        step.afterExecutions = a.executions;
        step.beforeS = b.seconds;
        step.afterS = a.seconds;
        result.steps.append(step);
    }
    return result;
}

QString relativeChangeText(double before, double after)
{
    if (std::isnan(before) || std::isnan(after) || before <= 0)
        return QStringLiteral("\u2013");
    const long percent = std::lround((after - before) / before * 100.0);
    const QString number = QLocale().toString(std::abs(percent)) + QLatin1Char('%');
    if (percent < 0)
        return QChar(0x2212) + number;
    if (percent > 0)
        return QLatin1Char('+') + number;
    return QStringLiteral("\u00b1") + number;
}

QString beforeAfterWindowText(const BeforeAfter &result)
{
    const QString days = Words::tr("%n day(s)", nullptr, result.days);
    const QString before = Words::tr("%n run(s)", nullptr, int(result.before.runs));
    return Words::tr("%1 in the %2 before %3, %4 in the %2 after.")
        .arg(before, days, dayText(result.splitMs), QLocale().toString(result.after.runs));
}

QStringList beforeAfterSentences(const BeforeAfter &result)
{
    QStringList lines;
    const RunStats &b = result.before;
    const RunStats &a = result.after;
    if (b.runs == 0 && a.runs == 0) {
        lines << Words::tr("No runs started around this change: log runs to see whether it held.");
        return lines;
    }
    if (a.runs == 0) {
        lines << Words::tr("No runs have started since the change on %1 yet: nothing to compare.")
                     .arg(dayText(result.splitMs));
        return lines;
    }
    if (b.runs == 0) {
        lines << Words::tr("No runs started in the %n day(s) before the change: nothing to "
                           "compare against.",
                           nullptr, result.days);
        return lines;
    }

    const int median = direction(b.cycleTime.p50, a.cycleTime.p50);
    const int p90 = direction(b.cycleTime.p90, a.cycleTime.p90);
    if (!result.enoughRuns()) {
        lines << Words::tr("Too few runs to tell yet whether the change held: %1 before and %2 "
                           "after it (%3 on each side make a fair comparison).")
                     .arg(b.runs)
                     .arg(a.runs)
                     .arg(BeforeAfter::MinRuns);
    } else if (median == -1 && p90 != 1) {
        lines << Words::tr("The change held: runs are faster since.");
    } else if (median == 1 && p90 != -1) {
        lines << Words::tr("The change did not hold: runs are slower since.");
    } else if (median == 0 && p90 == 0) {
        lines << Words::tr("No clear difference in cycle time since the change.");
    } else if (median == -1 || (median == 0 && p90 == -1)) {
        lines << Words::tr("Mixed: typical runs are faster since the change, but the slowest "
                           "are slower.");
    } else {
        lines << Words::tr("Mixed: typical runs are slower since the change, but the slowest "
                           "are faster.");
    }

    lines << cycleSentence(median,
                           QT_TRANSLATE_N_NOOP("Stepwise::RevisionCompare",
                                               "Median cycle time fell from %1 to %2 (%3) over %n "
                                               "run(s) since the change."),
                           QT_TRANSLATE_N_NOOP("Stepwise::RevisionCompare",
                                               "Median cycle time rose from %1 to %2 (%3) over %n "
                                               "run(s) since the change."),
                           QT_TRANSLATE_N_NOOP("Stepwise::RevisionCompare",
                                               "Median cycle time stayed at about %1 over %n "
                                               "run(s) since the change."),
                           b.cycleTime.p50, a.cycleTime.p50, a.runs);
    lines << cycleSentence(
        p90,
        QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "P90 cycle time fell from %1 to %2 (%3)."),
        QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "P90 cycle time rose from %1 to %2 (%3)."),
        QT_TRANSLATE_NOOP("Stepwise::RevisionCompare", "P90 cycle time stayed at about %1."),
        b.cycleTime.p90, a.cycleTime.p90, a.runs);

    if (a.slaTargetS > 0 && !std::isnan(b.slaCompliance) && !std::isnan(a.slaCompliance)) {
        const long before = std::lround(b.slaCompliance * 100),
                   after = std::lround(a.slaCompliance * 100);
        if (after > before)
            lines << Words::tr("SLA compliance rose from %1 to %2.")
                         .arg(shareText(b.slaCompliance), shareText(a.slaCompliance));
        else if (after < before)
            lines << Words::tr("SLA compliance fell from %1 to %2.")
                         .arg(shareText(b.slaCompliance), shareText(a.slaCompliance));
        else
            lines << Words::tr("SLA compliance stayed at %1.").arg(shareText(a.slaCompliance));
    }

    for (const StepBeforeAfter &step : result.steps) {
        const QString name = QStringLiteral("\u201c%1\u201d").arg(step.name);
        if (step.afterExecutions == 0) {
            lines << Words::tr("%1 ran no more since the change; it took %2 of waiting and "
                               "processing before.")
                         .arg(name, humanDuration(step.beforeS));
            continue;
        }
        if (step.beforeExecutions == 0) {
            lines << Words::tr("%1 is new since the change: %2 of waiting and processing on "
                               "average.")
                         .arg(name, humanDuration(step.afterS));
            continue;
        }
        const QString before = humanDuration(step.beforeS), after = humanDuration(step.afterS);
        switch (direction(step.beforeS, step.afterS)) {
        case -1:
            lines << Words::tr("%1: waiting and processing fell from %2 to %3 (%4).")
                         .arg(name, before, after, relativeChangeText(step.beforeS, step.afterS));
            break;
        case 1:
            lines << Words::tr("%1: waiting and processing rose from %2 to %3 (%4).")
                         .arg(name, before, after, relativeChangeText(step.beforeS, step.afterS));
            break;
        default:
            lines << Words::tr("%1: waiting and processing stayed at about %2.").arg(name, after);
            break;
        }
    }
    return lines;
}

} // namespace Stepwise
