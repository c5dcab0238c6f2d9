#include "processjson.h"

#include "analysis/businesscalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <iterator>

namespace Stepwise {

namespace {

const QLatin1String formatName("stepwise-process");
constexpr int formatVersion = 1;

// One table per enum keeps the words and the values side by side, so adding a kind is one line.
template<typename Enum>
struct Word
{
    Enum value;
    const char *word;
};

const Word<Lane::Kind> laneKinds[] = {
    {Lane::Kind::Person, "person"},
    {Lane::Kind::Role, "role"},
    {Lane::Kind::Team, "team"},
    {Lane::Kind::System, "system"},
};

const Word<Step::Kind> stepKinds[] = {
    {Step::Kind::Start, "start"}, {Step::Kind::Task, "task"}, {Step::Kind::Decision, "decision"},
    {Step::Kind::Event, "event"}, {Step::Kind::End, "end"},
};

const Word<Step::Trigger> triggers[] = {
    {Step::Trigger::None, "none"},
    {Step::Trigger::Wait, "wait"},
    {Step::Trigger::Timer, "timer"},
    {Step::Trigger::Message, "message"},
};

const Word<Step::Automation> automations[] = {
    {Step::Automation::Manual, "manual"},       {Step::Automation::Candidate, "candidate"},
    {Step::Automation::Automated, "automated"}, {Step::Automation::Planned, "planned"},
    {Step::Automation::Rejected, "rejected"},
};

const Word<Process::SlaClock> slaClocks[] = {
    {Process::SlaClock::Calendar, "calendar"},
    {Process::SlaClock::BusinessHours, "business-hours"},
};

template<typename Enum, std::size_t N>
QString wordOf(const Word<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.word);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Word<Enum> (&table)[N], const QString &word)
{
    for (const auto &entry : table) {
        if (word == QLatin1String(entry.word))
            return entry.value;
    }
    return std::nullopt;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Stepwise::ProcessJson", text);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

// A missing key keeps the default; anything present must be of the right word.
template<typename Enum, std::size_t N>
bool readWord(const QJsonObject &object, QLatin1String key, const Word<Enum> (&table)[N],
              Enum *value, QString *error, const QString &where)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined() || json.isNull())
        return true;
    const std::optional<Enum> parsed = valueOf(table, json.toString());
    if (!parsed) {
        if (error) {
            *error = tr("%1: unknown %2 \"%3\"")
                         .arg(where, key, json.isString() ? json.toString() : tr("(not a word)"));
        }
        return false;
    }
    *value = *parsed;
    return true;
}

} // namespace

QString laneKindWord(Lane::Kind kind)
{
    return wordOf(laneKinds, kind);
}

std::optional<Lane::Kind> laneKindFromWord(const QString &word)
{
    return valueOf(laneKinds, word);
}

QString stepKindWord(Step::Kind kind)
{
    return wordOf(stepKinds, kind);
}

std::optional<Step::Kind> stepKindFromWord(const QString &word)
{
    return valueOf(stepKinds, word);
}

QString triggerWord(Step::Trigger trigger)
{
    return wordOf(triggers, trigger);
}

std::optional<Step::Trigger> triggerFromWord(const QString &word)
{
    return valueOf(triggers, word);
}

QString automationWord(Step::Automation automation)
{
    return wordOf(automations, automation);
}

std::optional<Step::Automation> automationFromWord(const QString &word)
{
    return valueOf(automations, word);
}

QString slaClockWord(Process::SlaClock clock)
{
    return wordOf(slaClocks, clock);
}

std::optional<Process::SlaClock> slaClockFromWord(const QString &word)
{
    return valueOf(slaClocks, word);
}

QString colorToString(const QColor &color)
{
    if (!color.isValid())
        return QString();
    return color.alpha() == 255 ? color.name(QColor::HexRgb) : color.name(QColor::HexArgb);
}

std::optional<QColor> colorFromString(const QString &text)
{
    if (text.isEmpty())
        return QColor();
    // Only the forms colorToString() writes: a named colour ("red") would be accepted by QColor
    // but would not survive a round trip unchanged.
    if (!text.startsWith(QLatin1Char('#')) || (text.size() != 7 && text.size() != 9))
        return std::nullopt;
    const QColor color(text);
    if (!color.isValid())
        return std::nullopt;
    return color;
}

QJsonObject processToJson(const Process &process)
{
    QJsonArray lanes;
    for (const Lane &lane : process.lanes) {
        QJsonObject json;
        json.insert(QLatin1String("id"), lane.id);
        json.insert(QLatin1String("name"), lane.name);
        json.insert(QLatin1String("kind"), laneKindWord(lane.kind));
        if (lane.color.isValid())
            json.insert(QLatin1String("color"), colorToString(lane.color));
        json.insert(QLatin1String("height"), lane.height);
        lanes.append(json);
    }

    QJsonArray steps;
    for (const Step &step : process.steps) {
        QJsonObject json;
        json.insert(QLatin1String("id"), step.id);
        json.insert(QLatin1String("kind"), stepKindWord(step.kind));
        json.insert(QLatin1String("name"), step.name);
        json.insert(QLatin1String("lane_id"), step.laneId);
        json.insert(QLatin1String("x"), step.pos.x());
        json.insert(QLatin1String("y"), step.pos.y());
        json.insert(QLatin1String("definition_of_done"), step.definitionOfDone);
        json.insert(QLatin1String("inputs"), toArray(step.inputs));
        json.insert(QLatin1String("outputs"), toArray(step.outputs));
        json.insert(QLatin1String("expected_duration_s"), step.expectedDurationS);
        json.insert(QLatin1String("sla_s"), step.slaS);
        json.insert(QLatin1String("automation"), automationWord(step.automation));
        json.insert(QLatin1String("systems"), toArray(step.systems));
        json.insert(QLatin1String("automation_effort_h"), step.automationEffortH);
        json.insert(QLatin1String("trigger"), triggerWord(step.trigger));
        // BPMN details only where a step has them: Stepwise's own maps stay as they were.
        if (!step.bpmnElement.isEmpty())
            json.insert(QLatin1String("bpmn_element"), step.bpmnElement);
        if (!step.bpmnEvent.isEmpty())
            json.insert(QLatin1String("bpmn_event"), step.bpmnEvent);
        if (step.attachedToStepId != 0)
            json.insert(QLatin1String("attached_to"), step.attachedToStepId);
        if (!step.interrupting)
            json.insert(QLatin1String("interrupting"), false);
        if (step.childProcessId != 0)
            json.insert(QLatin1String("child_process_id"), step.childProcessId);
        if (!step.size.isEmpty()) {
            json.insert(QLatin1String("width"), step.size.width());
            json.insert(QLatin1String("height"), step.size.height());
        }
        steps.append(json);
    }

    QJsonArray handoffs;
    for (const Handoff &handoff : process.handoffs) {
        QJsonObject json;
        json.insert(QLatin1String("id"), handoff.id);
        json.insert(QLatin1String("from"), handoff.fromStepId);
        json.insert(QLatin1String("to"), handoff.toStepId);
        json.insert(QLatin1String("label"), handoff.label);
        if (!handoff.condition.isEmpty())
            json.insert(QLatin1String("condition"), handoff.condition);
        handoffs.append(json);
    }

    QJsonObject json;
    json.insert(QLatin1String("format"), formatName);
    json.insert(QLatin1String("version"), formatVersion);
    json.insert(QLatin1String("id"), process.id);
    json.insert(QLatin1String("name"), process.name);
    json.insert(QLatin1String("owner"), process.owner);
    json.insert(QLatin1String("description"), process.description);
    json.insert(QLatin1String("sla_target_s"), process.slaTargetS);
    if (process.reviewDate.isValid())
        json.insert(QLatin1String("review_date"), process.reviewDate.toString(Qt::ISODate));
    json.insert(QLatin1String("sla_clock"), slaClockWord(process.slaClock));
    json.insert(QLatin1String("working_hours"), process.workingHours);
    json.insert(QLatin1String("time_zone"), process.timeZone);
    QJsonArray holidays;
    for (const QDate &date : process.holidays)
        holidays.append(date.toString(Qt::ISODate));
    json.insert(QLatin1String("holidays"), holidays);
    if (process.runsPerMonth > 0)
        json.insert(QLatin1String("runs_per_month"), process.runsPerMonth);
    json.insert(QLatin1String("next_item_id"), process.nextItemId);
    json.insert(QLatin1String("lanes"), lanes);
    json.insert(QLatin1String("steps"), steps);
    json.insert(QLatin1String("handoffs"), handoffs);
    return json;
}

std::optional<Process> processFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue format = json.value(QLatin1String("format"));
    if (!format.isUndefined() && format.toString() != formatName) {
        if (error)
            *error = tr("not a Stepwise process (format \"%1\")").arg(format.toString());
        return std::nullopt;
    }
    const qint64 version = json.value(QLatin1String("version")).toInteger(formatVersion);
    if (version > formatVersion) {
        if (error) {
            *error = tr("made by a newer version of Stepwise (format %1, this version reads up to "
                        "%2)")
                         .arg(version)
                         .arg(formatVersion);
        }
        return std::nullopt;
    }

    Process process;
    process.id = json.value(QLatin1String("id")).toInteger(process.id);
    process.name = json.value(QLatin1String("name")).toString();
    process.owner = json.value(QLatin1String("owner")).toString();
    process.description = json.value(QLatin1String("description")).toString();
    process.slaTargetS = json.value(QLatin1String("sla_target_s")).toInteger(process.slaTargetS);
    const QString reviewDate = json.value(QLatin1String("review_date")).toString();
    if (!reviewDate.isEmpty()) {
        process.reviewDate = QDate::fromString(reviewDate, Qt::ISODate);
        if (!process.reviewDate.isValid()) {
            if (error)
                *error = tr("malformed review date \"%1\"").arg(reviewDate);
            return std::nullopt;
        }
    }
    if (!readWord(json, QLatin1String("sla_clock"), slaClocks, &process.slaClock, error,
                  tr("the process"))) {
        return std::nullopt;
    }
    // The calendar's texts as the document keeps them: canonical, or refused.
    const QString workingHours = json.value(QLatin1String("working_hours")).toString();
    if (!workingHours.trimmed().isEmpty()) {
        const auto week = BusinessCalendar::parseHours(workingHours, error);
        if (!week)
            return std::nullopt;
        process.workingHours = BusinessCalendar::formatHours(*week);
    }
    const QString timeZone = json.value(QLatin1String("time_zone")).toString();
    if (!timeZone.trimmed().isEmpty()) {
        const std::optional<QString> zone = BusinessCalendar::canonicalTimeZone(timeZone, error);
        if (!zone)
            return std::nullopt;
        process.timeZone = *zone;
    }
    const QStringList holidays = toStringList(json.value(QLatin1String("holidays")));
    const auto dates = BusinessCalendar::parseHolidays(holidays.join(QLatin1Char(',')), error);
    if (!dates)
        return std::nullopt;
    process.holidays = *dates;
    process.runsPerMonth = std::max(0.0, json.value(QLatin1String("runs_per_month")).toDouble(0));
    process.nextItemId
        = int(json.value(QLatin1String("next_item_id")).toInteger(process.nextItemId));

    const QJsonArray lanes = json.value(QLatin1String("lanes")).toArray();
    for (int i = 0; i < lanes.size(); ++i) {
        const QJsonObject object = lanes.at(i).toObject();
        const QString where = tr("lane %1").arg(i + 1);
        Lane lane;
        lane.id = int(object.value(QLatin1String("id")).toInteger(lane.id));
        lane.name = object.value(QLatin1String("name")).toString();
        if (!readWord(object, QLatin1String("kind"), laneKinds, &lane.kind, error, where))
            return std::nullopt;
        const QString color = object.value(QLatin1String("color")).toString();
        const std::optional<QColor> parsed = colorFromString(color);
        if (!parsed) {
            if (error)
                *error = tr("%1: malformed colour \"%2\"").arg(where, color);
            return std::nullopt;
        }
        lane.color = *parsed;
        lane.height = object.value(QLatin1String("height")).toDouble(lane.height);
        process.lanes.append(lane);
    }

    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        const QString where = tr("step %1").arg(i + 1);
        Step step;
        step.id = int(object.value(QLatin1String("id")).toInteger(step.id));
        if (!readWord(object, QLatin1String("kind"), stepKinds, &step.kind, error, where))
            return std::nullopt;
        step.name = object.value(QLatin1String("name")).toString();
        step.laneId = int(object.value(QLatin1String("lane_id")).toInteger(step.laneId));
        step.pos = QPointF(object.value(QLatin1String("x")).toDouble(),
                           object.value(QLatin1String("y")).toDouble());
        step.definitionOfDone = object.value(QLatin1String("definition_of_done")).toString();
        step.inputs = toStringList(object.value(QLatin1String("inputs")));
        step.outputs = toStringList(object.value(QLatin1String("outputs")));
        step.expectedDurationS
            = object.value(QLatin1String("expected_duration_s")).toInteger(step.expectedDurationS);
        step.slaS = object.value(QLatin1String("sla_s")).toInteger(step.slaS);
        if (!readWord(object, QLatin1String("automation"), automations, &step.automation, error,
                      where)) {
            return std::nullopt;
        }
        step.systems = toStringList(object.value(QLatin1String("systems")));
        step.automationEffortH
            = object.value(QLatin1String("automation_effort_h")).toDouble(step.automationEffortH);
        if (!readWord(object, QLatin1String("trigger"), triggers, &step.trigger, error, where))
            return std::nullopt;
        step.bpmnElement = object.value(QLatin1String("bpmn_element")).toString();
        step.bpmnEvent = object.value(QLatin1String("bpmn_event")).toString();
        step.attachedToStepId = int(object.value(QLatin1String("attached_to")).toInteger(0));
        step.interrupting = object.value(QLatin1String("interrupting")).toBool(true);
        step.childProcessId = object.value(QLatin1String("child_process_id")).toInteger(0);
        step.size = QSizeF(object.value(QLatin1String("width")).toDouble(),
                           object.value(QLatin1String("height")).toDouble());
        if (step.size.isEmpty())
            step.size = QSizeF();
        process.steps.append(step);
    }

    const QJsonArray handoffs = json.value(QLatin1String("handoffs")).toArray();
    for (const QJsonValue &value : handoffs) {
        const QJsonObject object = value.toObject();
        Handoff handoff;
        handoff.id = int(object.value(QLatin1String("id")).toInteger(handoff.id));
        handoff.fromStepId = int(object.value(QLatin1String("from")).toInteger(handoff.fromStepId));
        handoff.toStepId = int(object.value(QLatin1String("to")).toInteger(handoff.toStepId));
        handoff.label = object.value(QLatin1String("label")).toString();
        handoff.condition = object.value(QLatin1String("condition")).toString();
        process.handoffs.append(handoff);
    }
    return process;
}

QByteArray processToJsonData(const Process &process)
{
    return QJsonDocument(processToJson(process)).toJson(QJsonDocument::Compact);
}

std::optional<Process> processFromJsonData(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = tr("not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("not a Stepwise process (the JSON is not an object)");
        return std::nullopt;
    }
    return processFromJson(document.object(), error);
}

} // namespace Stepwise
