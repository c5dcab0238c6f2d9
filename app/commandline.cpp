#include "commandline.h"

#include "startup.h"

#include "workspace/workspace.h"

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

} // namespace Stepwise
