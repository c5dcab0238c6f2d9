#include "commandline.h"

#include "startup.h"

#include "analysis/businesscalendar.h"
#include "analysis/runmetrics.h"
#include "process/duration.h"
#include "runs/importer.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Stepwise {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

CommandLine::CommandLine(const QStringList &arguments)
    : m_workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                        tr("The workspace file to use instead of the default one."), tr("FILE")),
      m_langOption(QStringLiteral("lang"), tr("The language of the user interface (de, en, ...)."),
                   tr("CODE")),
      m_jsonOption(QStringLiteral("json"), tr("Print the result as JSON.")),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
      m_versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."))
{
    defineCommands();
    m_parser.setApplicationDescription(
        tr("Stepwise maps the workflows a team repeats, logs how they run, and shows what to fix "
           "first.\nWithout a command it opens the window; with one it runs without a display."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QCommandLineOption &option :
         {m_workspaceOption, m_langOption, m_jsonOption, m_helpOption, m_versionOption})
        m_parser.addOption(option);
    // Options of single commands (the command table says which takes which).
    m_parser.addOptions({
        {QStringLiteral("create"),
         tr("import-runs: create the process when it does not exist and draft its map from the "
            "runs.")},
        {QStringLiteral("replace"),
         tr("import-runs: replace the runs of cases the process already has.")},
        {QStringLiteral("case"), tr("import-runs: the column or attribute of the case id."),
         tr("NAME")},
        {QStringLiteral("activity"), tr("import-runs: the column or attribute of the activity."),
         tr("NAME")},
        {QStringLiteral("start"), tr("import-runs: the column of the start timestamp."),
         tr("NAME")},
        {QStringLiteral("complete"), tr("import-runs: the column of the (complete) timestamp."),
         tr("NAME")},
        {QStringLiteral("timestamp"), tr("import-runs: the same as --complete."), tr("NAME")},
        {QStringLiteral("resource"), tr("import-runs: the column or attribute of the resource."),
         tr("NAME")},
        {QStringLiteral("timestamp-format"),
         tr("import-runs: the format of the timestamps, a Qt date-time pattern such as "
            "\"dd.MM.yyyy HH:mm\" (default: detected)."),
         tr("FORMAT")},
        {QStringLiteral("timezone"),
         tr("import-runs: the time zone of timestamps without an offset, such as Europe/Berlin "
            "(default: UTC). set: the time zone of the business hours."),
         tr("ZONE")},
        {QStringLiteral("owner"), tr("set: who answers for the process."), tr("NAME")},
        {QStringLiteral("sla"),
         tr("set: the cycle-time SLA target, such as 4h, 2d, 90min or 1d 4h; none clears it."),
         tr("DURATION")},
        {QStringLiteral("calendar"),
         tr("set: the business hours, such as \"Mon-Fri 09:00-18:00\" or \"Mon-Thu "
            "08:00-12:00,13:00-17:00; Fri 08:00-14:00\"; none switches the SLA clock back to "
            "calendar time."),
         tr("HOURS")},
        {QStringLiteral("holidays"),
         tr("set: the days off of the business hours, as YYYY-MM-DD separated by commas; none "
            "clears them."),
         tr("DATES")},
        {QStringLiteral("business-hours"),
         tr("stats: measure every duration on the process's business hours.")},
        {QStringLiteral("from"),
         tr("stats: only runs that started on or after DATE (YYYY-MM-DD, from 00:00 UTC)."),
         tr("DATE")},
        {QStringLiteral("to"),
         tr("stats: only runs that started on or before DATE (YYYY-MM-DD, the whole day up to "
            "24:00 UTC)."),
         tr("DATE")},
    });
    m_parser.addPositionalArgument(
        tr("command"), tr("One of the commands below; or a workspace file to open in the window."),
        tr("[command [arguments] | FILE.stepwise]"));

    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return;
    }
    if (m_parser.isSet(m_helpOption) || m_parser.isSet(m_versionOption)) {
        m_helpOrVersion = true;
        return;
    }
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        if (m_parser.isSet(m_jsonOption))
            m_error = tr("--json needs a command.");
        return;
    }
    const QString name = positional.takeFirst();
    if (positional.isEmpty() && name.endsWith(QLatin1String(".stepwise"))
        && !m_parser.isSet(m_workspaceOption) && !m_parser.isSet(m_jsonOption)) {
        m_workspaceFile = name; // opened from a file manager: the window on that workspace
        return;
    }
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&name](const Command &c) { return c.name == name; });
    if (it == m_commands.cend()) {
        m_error = tr("Unknown command \"%1\".").arg(name);
        return;
    }
    m_command = &*it;
    m_arguments = positional;
    for (const QString &option : m_parser.optionNames()) {
        const bool global
            = m_workspaceOption.names().contains(option) || m_langOption.names().contains(option);
        if (!global && !m_command->options.contains(option)) {
            m_error = tr("The command %1 takes no option --%2.").arg(name, option);
            return;
        }
    }
    if (m_arguments.size() < m_command->minArguments
        || m_arguments.size() > m_command->maxArguments) {
        m_error = tr("Usage: stepwise [--workspace FILE] %1").arg(m_command->synopsis);
    }
}

void CommandLine::defineCommands()
{
    m_commands = {
        {QStringLiteral("list"),
         QStringLiteral("list [--json]"),
         tr("List the processes: id, name, steps, runs."),
         {QStringLiteral("json")},
         0,
         0,
         false,
         &CommandLine::runList},
        {QStringLiteral("new"),
         QStringLiteral("new NAME"),
         tr("Create an empty process and print its id."),
         {},
         1,
         1,
         true,
         &CommandLine::runNew},
        {QStringLiteral("set"),
         QStringLiteral("set PROCESS [--owner NAME] [--sla DURATION] [--calendar HOURS|none] "
                        "[--timezone ZONE] [--holidays DATE,...|none]"),
         tr("Change a process's owner, its cycle-time SLA target or its SLA clock. --calendar, "
            "--timezone and --holidays set its business hours (what is not given stays as it "
            "was, at first Mon-Fri 09:00-18:00, UTC, no holidays) and switch its SLA clock to "
            "them; --calendar none switches it back to calendar time and keeps the hours for "
            "stats --business-hours."),
         {QStringLiteral("owner"), QStringLiteral("sla"), QStringLiteral("calendar"),
          QStringLiteral("timezone"), QStringLiteral("holidays")},
         1,
         1,
         false,
         &CommandLine::runSet,
         &CommandLine::checkSet},
        {QStringLiteral("import-runs"),
         QStringLiteral(
             "import-runs PROCESS IN.csv|IN.xes|IN.xes.gz [--create] [--replace] [--case C] "
             "[--activity A] [--start S] [--complete C | --timestamp T] [--resource R] "
             "[--timestamp-format F] [--timezone ZONE]"),
         tr("Import the runs of an event log into a process (all or nothing). --create makes "
            "the process when it does not exist and drafts its map from the runs; a case the "
            "process already has is refused unless --replace. Fields are guessed from the usual "
            "names unless given."),
         {QStringLiteral("create"), QStringLiteral("replace"), QStringLiteral("case"),
          QStringLiteral("activity"), QStringLiteral("start"), QStringLiteral("complete"),
          QStringLiteral("timestamp"), QStringLiteral("resource"),
          QStringLiteral("timestamp-format"), QStringLiteral("timezone")},
         2,
         2,
         true,
         &CommandLine::runImportRuns},
        {QStringLiteral("stats"),
         QStringLiteral("stats PROCESS [--json] [--from DATE] [--to DATE] [--business-hours]"),
         tr("Print the run metrics of a process: cycle time, SLA, steps, transitions, variants. "
            "DATE is YYYY-MM-DD in UTC; a run counts when it started between the start of the "
            "--from day and the end of the --to day. Durations are calendar time, as pm4py "
            "computes them, unless --business-hours: then only the time inside the process's "
            "business hours counts (see set; a process without any uses Mon-Fri 09:00-18:00 "
            "UTC and says so on stderr)."),
         {QStringLiteral("json"), QStringLiteral("from"), QStringLiteral("to"),
          QStringLiteral("business-hours")},
         1,
         1,
         false,
         &CommandLine::runStats},
    };
}

QString CommandLine::workspacePath() const
{
    return m_workspaceFile.isEmpty() ? m_parser.value(m_workspaceOption) : m_workspaceFile;
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : m_commands)
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    text += QLatin1Char('\n')
        + tr("Exit codes: 0 done, 1 usage, 2 bad input, 3 workspace problem (locked, read-only, "
             "corrupt or made by a newer version).")
        + QLatin1Char('\n');
    return text;
}

void CommandLine::print(const QString &text) const
{
    out() << text << Qt::endl;
}

int CommandLine::fail(int code, const QString &message) const
{
    err() << QStringLiteral("stepwise: ") << message << Qt::endl;
    return code;
}

int CommandLine::usageError(const QString &message) const
{
    fail(Usage, message);
    err() << tr("Try \"stepwise --help\".") << Qt::endl;
    return Usage;
}

int CommandLine::workspaceFailure(const Workspace &workspace) const
{
    switch (workspace.errorKind()) {
    case Workspace::ErrorKind::NotFound:
    case Workspace::ErrorKind::Invalid:
        return fail(BadInput, workspace.errorString());
    default:
        return fail(WorkspaceProblem, workspace.errorString());
    }
}

int CommandLine::run()
{
    if (!isValid())
        return usageError(m_error);
    if (m_parser.isSet(m_helpOption)) {
        out() << helpText();
        out().flush();
        return Done;
    }
    if (m_parser.isSet(m_versionOption)) {
        print(QStringLiteral("stepwise %1").arg(QCoreApplication::applicationVersion()));
        return Done;
    }
    if (!m_command)
        return usageError(tr("No command given."));
    if (m_command->check) {
        const int code = m_command->check(*this);
        if (code != Done)
            return code;
    }

    Workspace workspace;
    const QString path = workspacePath();
    if (!path.isEmpty() && !m_command->writes && !QFileInfo::exists(path))
        return fail(WorkspaceProblem,
                    tr("There is no workspace at %1.").arg(QDir::toNativeSeparators(path)));
    if (!openWorkspace(workspace, path, m_command->writes))
        return workspaceFailure(workspace);
    return m_command->handler(*this, workspace);
}

int CommandLine::runList(Workspace &workspace)
{
    const QVector<ProcessSummary> processes = workspace.processes();
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return workspaceFailure(workspace);
    if (m_parser.isSet(m_jsonOption)) {
        QJsonArray array;
        for (const ProcessSummary &p : processes) {
            array.append(QJsonObject {{QStringLiteral("id"), p.id},
                                      {QStringLiteral("name"), p.name},
                                      {QStringLiteral("steps"), p.steps},
                                      {QStringLiteral("runs"), p.runs}});
        }
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        return Done;
    }
    if (processes.isEmpty()) {
        print(tr("No processes yet. Create one with: stepwise new NAME"));
        return Done;
    }
    // Columns as wide as their (translated) headers: "SCHRITTE" is wider than "STEPS".
    const QString idHeader = tr("ID"), nameHeader = tr("NAME"), stepsHeader = tr("STEPS"),
                  runsHeader = tr("RUNS");
    int nameWidth = int(nameHeader.size());
    for (const ProcessSummary &p : processes)
        nameWidth = std::max(nameWidth, int(p.name.size()));
    const int idWidth = std::max(4, int(idHeader.size()));
    const int stepsWidth = std::max(5, int(stepsHeader.size()));
    const int runsWidth = std::max(5, int(runsHeader.size()));
    const auto row
        = [=](const QString &id, const QString &name, const QString &steps, const QString &runs) {
              return QStringLiteral("%1  %2  %3  %4")
                  .arg(id, idWidth)
                  .arg(name, -nameWidth)
                  .arg(steps, stepsWidth)
                  .arg(runs, runsWidth);
          };
    print(row(idHeader, nameHeader, stepsHeader, runsHeader));
    for (const ProcessSummary &p : processes)
        print(
            row(QString::number(p.id), p.name, QString::number(p.steps), QString::number(p.runs)));
    return Done;
}

int CommandLine::runNew(Workspace &workspace)
{
    const ProcessId id = workspace.createProcess(m_arguments.constFirst());
    if (!id)
        return workspaceFailure(workspace);
    print(QString::number(id));
    return Done;
}

int CommandLine::checkSet()
{
    const auto isSet = [this](const char *option) { return m_parser.isSet(QLatin1String(option)); };
    const auto value = [this](const char *option) { return m_parser.value(QLatin1String(option)); };
    const auto isNone = [](const QString &text) {
        return text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    };
    if (!isSet("owner") && !isSet("sla") && !isSet("calendar") && !isSet("timezone")
        && !isSet("holidays")) {
        return usageError(tr("set needs at least one of --owner, --sla, --calendar, --timezone "
                             "and --holidays."));
    }
    const bool calendarTime = isSet("calendar") && isNone(value("calendar"));
    if (calendarTime && (isSet("timezone") || isSet("holidays"))) {
        return usageError(tr("--calendar none switches the SLA clock back to calendar time: give "
                             "it without --timezone and --holidays."));
    }

    // Every value is checked before the workspace is opened: a refused one leaves even a file
    // of an older schema as it was, not migrated.
    m_set = {};
    m_set.calendarTime = calendarTime;
    if (isSet("owner"))
        m_set.owner = value("owner");
    if (isSet("sla")) {
        std::optional<qint64> &sla = m_set.sla;
        sla = isNone(value("sla")) ? std::optional<qint64>(0) : parseDuration(value("sla"));
        if (!sla) {
            return fail(BadInput,
                        tr("--sla wants a duration such as 4h, 2d, 90min or 1d 4h (or none), "
                           "not \"%1\".")
                            .arg(value("sla")));
        }
    }
    QString error;
    if (isSet("calendar") && !calendarTime) {
        const std::optional<BusinessCalendar::Week> week
            = BusinessCalendar::parseHours(value("calendar"), &error);
        if (!week)
            return fail(BadInput, QStringLiteral("--calendar: ") + error);
        m_set.hours = BusinessCalendar::formatHours(*week);
    }
    if (isSet("timezone")) {
        m_set.zone = BusinessCalendar::canonicalTimeZone(value("timezone"), &error);
        if (!m_set.zone)
            return fail(BadInput, QStringLiteral("--timezone: ") + error);
    }
    if (isSet("holidays")) {
        std::optional<QVector<QDate>> &holidays = m_set.holidays;
        holidays = isNone(value("holidays"))
            ? QVector<QDate>()
            : BusinessCalendar::parseHolidays(value("holidays"), &error);
        if (!holidays)
            return fail(BadInput, QStringLiteral("--holidays: ") + error);
    }
    return Done;
}

int CommandLine::runSet(Workspace &workspace)
{
    const ProcessId id = workspace.findProcess(m_arguments.at(0));
    if (!id)
        return workspaceFailure(workspace);
    std::optional<Process> process = workspace.loadProcess(id);
    if (!process)
        return workspaceFailure(workspace);
    const Process before = *process;
    if (m_set.owner)
        process->owner = *m_set.owner;
    if (m_set.sla)
        process->slaTargetS = *m_set.sla;
    if (m_set.hours)
        process->workingHours = *m_set.hours;
    if (m_set.zone)
        process->timeZone = *m_set.zone;
    if (m_set.holidays)
        process->holidays = *m_set.holidays;
    if (m_set.hours || m_set.zone || m_set.holidays)
        process->slaClock = Process::SlaClock::BusinessHours;
    if (m_set.calendarTime)
        process->slaClock = Process::SlaClock::Calendar;
    // Nothing to change writes nothing: the file stays exactly as it was.
    if (*process != before && !workspace.saveProcess(*process))
        return workspaceFailure(workspace);

    const std::optional<BusinessCalendar> calendar = processCalendar(*process);
    print(tr("Process \"%1\" (id %2):").arg(process->name, QString::number(id)));
    print(tr("  owner:      %1").arg(process->owner.isEmpty() ? tr("none") : process->owner));
    print(tr("  SLA target: %1")
              .arg(process->slaTargetS > 0 ? formatDuration(process->slaTargetS) : tr("none")));
    print(process->slaClock == Process::SlaClock::BusinessHours
              ? tr("  SLA clock:  business hours, %1")
                    .arg(calendar ? calendar->description() : QString())
              : tr("  SLA clock:  calendar time"));
    return Done;
}

int CommandLine::runImportRuns(Workspace &workspace)
{
    const QString processName = m_arguments.at(0);
    const QString path = m_arguments.at(1);
    if (m_parser.isSet(QStringLiteral("complete")) && m_parser.isSet(QStringLiteral("timestamp")))
        return usageError(tr("Give --complete or --timestamp, not both."));

    ImportOptions options;
    FieldMapping &fields = options.reader.fields;
    fields.caseId = m_parser.value(QStringLiteral("case"));
    fields.activity = m_parser.value(QStringLiteral("activity"));
    fields.start = m_parser.value(QStringLiteral("start"));
    fields.complete = m_parser.isSet(QStringLiteral("timestamp"))
        ? m_parser.value(QStringLiteral("timestamp"))
        : m_parser.value(QStringLiteral("complete"));
    fields.resource = m_parser.value(QStringLiteral("resource"));
    options.reader.timestampPattern = m_parser.value(QStringLiteral("timestamp-format"));
    if (m_parser.isSet(QStringLiteral("timezone"))) {
        const QString zone = m_parser.value(QStringLiteral("timezone"));
        options.reader.timeZone = QTimeZone(zone.toUtf8());
        if (!options.reader.timeZone.isValid())
            return fail(BadInput, tr("Unknown time zone \"%1\".").arg(zone));
    }
    options.replace = m_parser.isSet(QStringLiteral("replace"));

    options.processId = workspace.findProcess(processName);
    if (!options.processId) {
        if (workspace.errorKind() != Workspace::ErrorKind::NotFound)
            return workspaceFailure(workspace);
        if (!m_parser.isSet(QStringLiteral("create"))) {
            return fail(BadInput,
                        tr("There is no process \"%1\" (give --create to make it from the runs).")
                            .arg(processName));
        }
        options.create = true;
        options.createName = processName;
    }

    const ImportResult result = Importer::run(workspace, path, options);
    switch (result.status) {
    case ImportResult::Status::Done:
        break;
    case ImportResult::Status::BadInput:
    case ImportResult::Status::Cancelled:
        return fail(BadInput, result.error);
    case ImportResult::Status::WorkspaceProblem:
        return fail(WorkspaceProblem, result.error);
    }
    if (result.created) {
        const std::optional<Process> process = workspace.loadProcess(result.processId);
        print(tr("Created process \"%1\" (id %2) with %3 steps drafted from the runs.")
                  .arg(processName)
                  .arg(result.processId)
                  .arg(process ? process->steps.size() : 0));
    }
    print(tr("Imported %1 runs (%2 events, %3 executions) into process %4.")
              .arg(result.runs)
              .arg(result.events)
              .arg(result.executions)
              .arg(result.processId));
    if (result.unmatchedStarts > 0)
        print(tr("%1 starts were never completed and make no execution.")
                  .arg(result.unmatchedStarts));
    if (!result.unmatchedActivities.isEmpty()) {
        print(tr("%1 activities match no step of the map:").arg(result.unmatchedActivities.size()));
        for (const QString &activity : result.unmatchedActivities)
            print(QStringLiteral("  ") + activity);
    }
    return Done;
}

int CommandLine::runStats(Workspace &workspace)
{
    StatsOptions options;
    const auto day = [this](const char *option, qint64 *ms, int addDays) {
        const QString name = QLatin1String(option);
        if (!m_parser.isSet(name))
            return true;
        const QString value = m_parser.value(name);
        const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return false;
        *ms = date.addDays(addDays).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        return true;
    };
    if (!day("from", &options.fromMs, 0))
        return fail(BadInput,
                    tr("--from wants a date as YYYY-MM-DD, not \"%1\".")
                        .arg(m_parser.value(QStringLiteral("from"))));
    if (!day("to", &options.toMs, 1))
        return fail(BadInput,
                    tr("--to wants a date as YYYY-MM-DD, not \"%1\".")
                        .arg(m_parser.value(QStringLiteral("to"))));

    const ProcessId id = workspace.findProcess(m_arguments.at(0));
    if (!id)
        return workspaceFailure(workspace);
    const std::optional<Process> process = workspace.loadProcess(id);
    if (!process)
        return workspaceFailure(workspace);
    const std::optional<RunLog> log = workspace.loadRuns(id, options.fromMs, options.toMs);
    if (!log)
        return workspaceFailure(workspace);
    options.slaTargetS = process->slaTargetS;
    options.designedHandoffs = handoffNames(*process);
    std::optional<BusinessCalendar> calendar;
    if (m_parser.isSet(QStringLiteral("business-hours"))) {
        QString error;
        calendar = processCalendar(*process, &error);
        if (!calendar) {
            return fail(WorkspaceProblem,
                        tr("The business hours of process \"%1\" are damaged: %2")
                            .arg(process->name, error));
        }
        if (process->workingHours.isEmpty() && process->timeZone.isEmpty()
            && process->holidays.isEmpty()) {
            err() << QStringLiteral("stepwise: ")
                  << tr("Process \"%1\" has no business hours set; measuring on %2 (set them with: "
                        "stepwise set PROCESS --calendar HOURS --timezone ZONE).")
                         .arg(process->name, calendar->description())
                  << Qt::endl;
        }
        // The process's calendar even while its SLA clock is calendar time: the flag asks for it.
        options.duration = businessDuration(*calendar);
    }
    const RunStats stats = computeRunStats(*log, options);
    if (m_parser.isSet(m_jsonOption)) {
        print(QString::fromUtf8(
            QJsonDocument(runStatsToJson(stats, process->name)).toJson(QJsonDocument::Compact)));
    } else {
        if (calendar)
            print(tr("Durations in business hours: %1.").arg(calendar->description()));
        out() << runStatsToText(stats, process->name);
        out().flush();
    }
    return Done;
}

} // namespace Stepwise
