#include "commandline.h"

#include "startup.h"

#include "analysis/businesscalendar.h"
#include "analysis/dashboard.h"
#include "analysis/diagnostic.h"
#include "analysis/mapoverlay.h"
#include "analysis/runmetrics.h"
#include "analysis/whatif.h"
#include "export/mapexport.h"
#include "export/report.h"
#include "formats/bpmnreader.h"
#include "formats/bpmnwriter.h"
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
#include <QSet>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

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
        {QStringLiteral("name"),
         tr("import-bpmn: the name of the new process (default: the pool's or the file's)."),
         tr("NAME")},
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
         tr("stats, report: only runs that started on or after DATE (YYYY-MM-DD, from 00:00 "
            "UTC)."),
         tr("DATE")},
        {QStringLiteral("to"),
         tr("stats, report: only runs that started on or before DATE (YYYY-MM-DD, the whole day "
            "up to 24:00 UTC)."),
         tr("DATE")},
        {QStringLiteral("automate"),
         tr("whatif: a step to automate, and by how much its processing time and the waiting "
            "before it shrink (0 to 100, default 70); give it once per step."),
         tr("STEP[=PERCENT]")},
        {QStringLiteral("page"),
         tr("export: the paper, A4, A3 or Letter, or fit for one page as large as the map "
            "(default: A4 for a PDF, fit for SVG and PNG)."),
         tr("PAGE")},
        {QStringLiteral("landscape"),
         tr("export: landscape pages (default: landscape when the "
            "map is wider than tall).")},
        {QStringLiteral("portrait"), tr("export: portrait pages.")},
        {QStringLiteral("overlay"),
         tr("export: draw the runs over the map: time colours the steps by their mean waiting + "
            "processing time, frequency draws the handoffs as wide as how often they were taken "
            "(default: none)."),
         tr("none|time|frequency")},
        {QStringLiteral("tile"),
         tr("export: a PDF of the map at 100% over as many pages as it needs, after a page "
            "index, instead of fitting it on one page.")},
        {QStringLiteral("dpi"), tr("export: the resolution of a PNG (default 150)."), tr("N")},
        {QStringLiteral("transparent"), tr("export: a PNG without a background.")},
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
        {QStringLiteral("import-bpmn"),
         QStringLiteral("import-bpmn IN.bpmn [--name NAME]"),
         tr("Create a process from a BPMN 2.0 file and print its id: its pools and lanes become "
            "lanes, its activities, events and gateways steps, its sequence flows handoffs, "
            "placed as its diagram shows them; the content of each expanded sub-process becomes "
            "a process of its own, linked from its step. What the file holds that a map does not "
            "(data objects, message flows, annotations, ...) is listed on stderr. A name the "
            "file gives that is taken gets \" (2)\" and so on; --name must be free."),
         {QStringLiteral("name")},
         1,
         1,
         true,
         &CommandLine::runImportBpmn,
         &CommandLine::checkImportBpmn},
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
        {QStringLiteral("whatif"),
         QStringLiteral("whatif PROCESS --automate STEP[=PERCENT]... [--json]"),
         tr("Replay the logged runs as if the steps were automated: in every run each step's "
            "processing time and the waiting before it shrink by PERCENT (default 70), and all "
            "that follows moves earlier by what was saved. Prints cycle time and SLA compliance "
            "before and after (on the process's SLA clock) and the hours saved per month (over "
            "the months from the first run's start to the last one's, at least one). STEP is a "
            "step's name, case and spaces aside; one with \"=\" in its name takes a percentage "
            "(\"a=b=70\"). A process without runs prints empty figures."),
         {QStringLiteral("json"), QStringLiteral("automate")},
         1,
         1,
         false,
         &CommandLine::runWhatIf,
         &CommandLine::checkWhatIf},
        {QStringLiteral("export"),
         QStringLiteral("export PROCESS OUT.pdf|OUT.svg|OUT.png [--page A4|A3|Letter|fit] "
                        "[--landscape|--portrait] [--overlay none|time|frequency] [--tile] "
                        "[--dpi N] [--transparent]"),
         tr("Export the map with a title block and a legend: a PDF (vector, its text "
            "searchable), an SVG or a PNG. A PDF fits the map on one page unless --tile; --dpi "
            "and --transparent are for a PNG."),
         {QStringLiteral("page"), QStringLiteral("landscape"), QStringLiteral("portrait"),
          QStringLiteral("overlay"), QStringLiteral("tile"), QStringLiteral("dpi"),
          QStringLiteral("transparent")},
         2,
         2,
         false,
         &CommandLine::runExport,
         &CommandLine::checkExport},
        {QStringLiteral("export-bpmn"),
         QStringLiteral("export-bpmn PROCESS OUT.bpmn"),
         tr("Export the map as BPMN 2.0 with its diagram, for other modelling tools: one pool "
            "with a lane per lane, the definitions of done as documentation, and Stepwise's own "
            "fields as extension elements, so that import-bpmn gives the same map back. The "
            "child maps of expanded sub-processes are written inside them."),
         {},
         2,
         2,
         false,
         &CommandLine::runExportBpmn},
        {QStringLiteral("report"),
         QStringLiteral("report PROCESS OUT.pdf [--from DATE] [--to DATE] [--page A4|Letter]"),
         tr("Write a process report as a PDF for clients and new staff: its map, its steps with "
            "owners and definitions of done, the key figures and charts of the runs that started "
            "between --from and --to (default: the last 90 days up to today, UTC), and its "
            "diagnostic. The paper is A4 (default) or Letter."),
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("page")},
         2,
         2,
         false,
         &CommandLine::runReport,
         &CommandLine::checkReport},
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

std::optional<Process> CommandLine::namedProcess(Workspace &workspace) const
{
    const ProcessId id = workspace.findProcess(m_arguments.at(0));
    if (!id)
        return std::nullopt;
    return workspace.loadProcess(id);
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
    std::optional<Process> process = namedProcess(workspace);
    if (!process)
        return workspaceFailure(workspace);
    const ProcessId id = process->id;
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

int CommandLine::checkImportBpmn()
{
    // Read before the workspace is opened: a file that cannot be imported leaves even a
    // workspace of an older schema as it was.
    BpmnReader reader;
    std::optional<BpmnImport> import = reader.read(m_arguments.at(0));
    if (!import)
        return fail(BadInput, reader.errorString());
    if (m_parser.isSet(QStringLiteral("name"))
        && m_parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return usageError(tr("--name wants a name."));
    m_bpmn = std::make_shared<BpmnImport>(std::move(*import));
    return Done;
}

int CommandLine::runImportBpmn(Workspace &workspace)
{
    QVector<ProcessId> ids;
    const ProcessId id
        = saveBpmnImport(workspace, *m_bpmn, m_parser.value(QStringLiteral("name")), &ids);
    if (!id)
        return workspaceFailure(workspace);
    print(QString::number(id));
    const BpmnImportReport &report = m_bpmn->report;
    err() << tr("Imported \"%1\" from %2: %3.")
                 .arg(m_bpmn->processes.constFirst().name, m_arguments.at(0), report.summary())
          << Qt::endl;
    for (int i = 1; i < ids.size(); ++i) {
        err() << tr("  sub-process map \"%1\" (id %2)")
                     .arg(m_bpmn->processes.at(i).name)
                     .arg(ids.at(i))
              << Qt::endl;
    }
    const QStringList lines = report.lines(m_arguments.at(0));
    if (!lines.isEmpty()) {
        err() << tr("Not imported or changed (%n item(s)):", nullptr, int(lines.size()))
              << Qt::endl;
        for (const QString &line : lines)
            err() << QStringLiteral("  ") << line << Qt::endl;
    }
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

int CommandLine::readWindow(qint64 *fromMs, qint64 *toMs)
{
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
    if (!day("from", fromMs, 0))
        return fail(BadInput,
                    tr("--from wants a date as YYYY-MM-DD, not \"%1\".")
                        .arg(m_parser.value(QStringLiteral("from"))));
    if (!day("to", toMs, 1))
        return fail(BadInput,
                    tr("--to wants a date as YYYY-MM-DD, not \"%1\".")
                        .arg(m_parser.value(QStringLiteral("to"))));
    return Done;
}

int CommandLine::runStats(Workspace &workspace)
{
    StatsOptions options;
    if (const int code = readWindow(&options.fromMs, &options.toMs); code != Done)
        return code;

    const std::optional<Process> process = namedProcess(workspace);
    if (!process)
        return workspaceFailure(workspace);
    const ProcessId id = process->id;
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
    // The figures and the diagnostic only read the runs: they are worked out side by side, the
    // figures on a worker and the diagnostic here, where the workspace's connection lives (0.05 s
    // of a million executions' 0.45 s).
    QFuture<RunStats> figures
        = QtConcurrent::run([&log, &options] { return computeRunStats(*log, options); });
    // The diagnostic looks at the whole process as it stands now, whatever the window: without
    // one, the runs just read are all of them.
    const bool allRead = options.fromMs == NoTime && options.toMs == NoTime;
    const Diagnostic diagnostic = diagnosticFor(workspace, id, QDateTime::currentDateTime(), true,
                                                allRead ? &*log : nullptr);
    const RunStats stats = figures.result();
    if (m_parser.isSet(m_jsonOption)) {
        QJsonObject json = runStatsToJson(stats, process->name);
        json.insert(QStringLiteral("diagnostic"), diagnosticToJson(diagnostic));
        print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else {
        if (calendar)
            print(tr("Durations in business hours: %1.").arg(calendar->description()));
        out() << runStatsToText(stats, process->name) << QLatin1Char('\n')
              << diagnosticToText(diagnostic);
        out().flush();
    }
    return Done;
}

int CommandLine::checkWhatIf()
{
    const QStringList values = m_parser.values(QStringLiteral("automate"));
    if (values.isEmpty())
        return usageError(tr("whatif needs at least one --automate STEP[=PERCENT]."));
    // Checked before the workspace is opened: the step names need the process, the
    // percentages do not.
    m_automate.clear();
    for (const QString &value : values) {
        const qsizetype equals = value.lastIndexOf(QLatin1Char('='));
        QString step = value;
        double percent = DefaultWhatIfPercent;
        if (equals >= 0) {
            step = value.left(equals);
            QString number = value.mid(equals + 1).trimmed();
            if (number.endsWith(QLatin1Char('%')))
                number.chop(1);
            bool ok = false;
            percent = number.trimmed().toDouble(&ok);
            if (!ok || !(percent >= 0 && percent <= 100)) {
                return fail(BadInput,
                            tr("--automate %1: the percentage must be a number from 0 to 100, "
                               "not \"%2\".")
                                .arg(value, value.mid(equals + 1)));
            }
        }
        if (step.trimmed().isEmpty())
            return fail(BadInput, tr("--automate %1: which step?").arg(value));
        m_automate.append({step, percent});
    }
    return Done;
}

int CommandLine::runWhatIf(Workspace &workspace)
{
    const std::optional<Process> process = namedProcess(workspace);
    if (!process)
        return workspaceFailure(workspace);
    const ProcessId id = process->id;
    const std::optional<RunLog> log = workspace.loadRuns(id);
    if (!log)
        return workspaceFailure(workspace);

    // A step of the map or an activity of the runs (a map drafted before later imports may lack
    // one), matched as stats matches them.
    QSet<QString> known;
    for (const Step &step : process->steps)
        known.insert(foldedStepName(step.name));
    for (const QString &activity : log->activities)
        known.insert(foldedStepName(activity));
    QVector<WhatIfChange> changes;
    for (const auto &[step, percent] : qAsConst(m_automate)) {
        if (!known.contains(foldedStepName(step))) {
            return fail(BadInput,
                        tr("Process \"%1\" has no step \"%2\".").arg(process->name, step));
        }
        changes.append({step, percent});
    }

    const WhatIfResult result = computeWhatIf(*log, changes, dashboardStatsOptions(*process));
    if (m_parser.isSet(m_jsonOption)) {
        print(QString::fromUtf8(
            QJsonDocument(whatIfToJson(result, process->name)).toJson(QJsonDocument::Compact)));
    } else {
        if (process->slaClock == Process::SlaClock::BusinessHours) {
            const std::optional<BusinessCalendar> calendar = processCalendar(*process);
            print(tr("Durations in business hours: %1.")
                      .arg(calendar ? calendar->description() : QString()));
        }
        out() << whatIfToText(result, process->name);
        out().flush();
    }
    return Done;
}

int CommandLine::checkExport()
{
    const auto isSet = [this](const char *option) { return m_parser.isSet(QLatin1String(option)); };
    const auto value = [this](const char *option) { return m_parser.value(QLatin1String(option)); };
    auto options = std::make_shared<MapExportOptions>();
    options->fileName = m_arguments.at(1);
    const std::optional<MapExportOptions::Format> format
        = MapExportOptions::formatOf(options->fileName);
    if (!format)
        return usageError(tr("export writes a .pdf, .svg or .png file, not \"%1\".")
                              .arg(QDir::toNativeSeparators(options->fileName)));
    options->format = *format;
    const bool pdf = *format == MapExportOptions::Format::Pdf;
    const bool png = *format == MapExportOptions::Format::Png;
    options->page = pdf ? MapExportOptions::Page::A4 : MapExportOptions::Page::Fit;
    if (isSet("page")) {
        const std::optional<MapExportOptions::Page> page
            = MapExportOptions::pageFromName(value("page"));
        if (!page)
            return usageError(
                tr("--page wants A4, A3, Letter or fit, not \"%1\".").arg(value("page")));
        options->page = *page;
    }
    if (isSet("landscape") && isSet("portrait"))
        return usageError(tr("Give --landscape or --portrait, not both."));
    if (isSet("landscape"))
        options->orientation = MapExportOptions::Orientation::Landscape;
    if (isSet("portrait"))
        options->orientation = MapExportOptions::Orientation::Portrait;
    if (isSet("overlay")) {
        const std::optional<MapExportOptions::Overlay> overlay
            = MapExportOptions::overlayFromName(value("overlay"));
        if (!overlay)
            return usageError(
                tr("--overlay wants none, time or frequency, not \"%1\".").arg(value("overlay")));
        options->overlay = *overlay;
    }
    if (isSet("tile")) {
        if (!pdf)
            return usageError(tr("--tile is for a PDF."));
        if (options->page == MapExportOptions::Page::Fit)
            return usageError(tr("--tile needs a paper size (--page A4, A3 or Letter)."));
        options->tiled = true;
    }
    if ((isSet("dpi") || isSet("transparent")) && !png)
        return usageError(tr("--dpi and --transparent are for a PNG."));
    if (isSet("dpi")) {
        bool ok = false;
        options->dpi = value("dpi").toInt(&ok);
        if (!ok || options->dpi < 10 || options->dpi > 2400)
            return usageError(
                tr("--dpi wants a number from 10 to 2400, not \"%1\".").arg(value("dpi")));
    }
    options->transparent = isSet("transparent");
    m_export = std::move(options);
    return Done;
}

int CommandLine::runExport(Workspace &workspace)
{
    const std::optional<Process> process = namedProcess(workspace);
    if (!process)
        return workspaceFailure(workspace);
    QString error;
    const std::optional<MapExportInfo> info = mapExportInfo(
        workspace, *process, m_export->overlay != MapExportOptions::Overlay::None, &error);
    if (!info)
        return fail(WorkspaceProblem, error);
    int pages = 1;
    const auto progress = [&pages](int, int total) {
        pages = total;
        return true;
    };
    if (!exportMap(*process, *m_export, *info, &error, progress))
        return fail(BadInput, error);
    print(tr("Exported \"%1\" to %2 (%n page(s)).", nullptr, pages)
              .arg(process->name, QDir::toNativeSeparators(m_export->fileName)));
    return Done;
}

int CommandLine::runExportBpmn(Workspace &workspace)
{
    const std::optional<Process> process = namedProcess(workspace);
    if (!process)
        return workspaceFailure(workspace);
    BpmnWriteOptions options;
    bool childFailed = false;
    options.childProcess = [&](ProcessId child) {
        std::optional<Process> map = workspace.loadProcess(child);
        childFailed = childFailed || !map;
        return map;
    };
    const QString path = m_arguments.at(1);
    QString error;
    if (!writeBpmnFile(*process, path, options, &error))
        return fail(BadInput, error);
    if (childFailed) {
        // The file is written (the sub-process collapsed); the workspace says what was wrong.
        err() << QStringLiteral("stepwise: ") << workspace.errorString() << Qt::endl;
    }
    print(tr("Exported \"%1\" to %2.").arg(process->name, QDir::toNativeSeparators(path)));
    return Done;
}

int CommandLine::checkReport()
{
    const QString path = m_arguments.at(1);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return usageError(
            tr("report writes a .pdf file, not \"%1\".").arg(QDir::toNativeSeparators(path)));
    m_report = {};
    m_report.fromMs = NoTime;
    m_report.toMs = NoTime;
    if (const int code = readWindow(&m_report.fromMs, &m_report.toMs); code != Done)
        return code;
    if (!m_parser.isSet(QStringLiteral("from")) && !m_parser.isSet(QStringLiteral("to"))) {
        const QPair<qint64, qint64> window
            = defaultReportWindow(QDateTime::currentMSecsSinceEpoch());
        m_report.fromMs = window.first;
        m_report.toMs = window.second;
    }
    if (m_parser.isSet(QStringLiteral("page"))) {
        const QString page = m_parser.value(QStringLiteral("page"));
        if (page.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
            m_report.a4 = false;
        else if (page.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0)
            return usageError(tr("report prints on A4 or Letter, not \"%1\".").arg(page));
    }
    return Done;
}

int CommandLine::runReport(Workspace &workspace)
{
    const ProcessId id = workspace.findProcess(m_arguments.at(0));
    if (!id)
        return workspaceFailure(workspace);
    std::optional<ReportInput> input
        = loadReportInput(workspace, id, m_report.fromMs, m_report.toMs);
    if (!input)
        return workspaceFailure(workspace);
    input->pageSize = QPageSize(m_report.a4 ? QPageSize::A4 : QPageSize::Letter);
    const QString path = m_arguments.at(1);
    QString error;
    if (!writeReport(*input, path, &error))
        return fail(BadInput, error);
    print(tr("Wrote the report of \"%1\" to %2.")
              .arg(input->process.name, QDir::toNativeSeparators(path)));
    return Done;
}

} // namespace Stepwise
