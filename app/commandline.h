#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace Stepwise {

class Workspace;
struct Process;
struct BpmnImport;
struct MapExportOptions;

/// The headless command line (DESIGN.md "The command line"): one parser for the GUI's options and
/// every command. A command never shows a window, prints its result on stdout and its errors on
/// stderr, and leaves the workspace exactly as it was when it fails.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Done = 0,
        Usage = 1, ///< unknown command or option, wrong arguments
        BadInput = 2, ///< an input file or value is wrong (stderr says what and where)
        WorkspaceProblem = 3, ///< locked, read-only, corrupt or newer workspace
    };

    explicit CommandLine(const QStringList &arguments);

    bool isValid() const { return m_error.isEmpty(); }
    bool hasCommand() const { return m_command != nullptr || m_helpOrVersion; }
    /// --workspace FILE, or empty for the default workspace.
    QString workspacePath() const;

    /// Runs the command (or prints help, version, or the usage error); returns the exit code.
    int run();

private:
    struct Command
    {
        QString name;
        QString synopsis;
        QString summary;
        QStringList options; ///< names of the options it accepts
        int minArguments;
        int maxArguments;
        bool writes; ///< may create the workspace file
        std::function<int(CommandLine &, Workspace &)> handler;
        /// Checks the command's values before the workspace is opened; Done to go on.
        std::function<int(CommandLine &)> check = nullptr;
    };

    /// What `set` changes, checked before the workspace is opened; nothing: leave it.
    struct SetValues
    {
        std::optional<QString> owner;
        std::optional<qint64> sla;
        std::optional<QString> hours;
        std::optional<QString> zone;
        std::optional<QVector<QDate>> holidays;
        bool calendarTime = false; ///< --calendar none
    };

    void defineCommands();
    QString helpText() const;
    int usageError(const QString &message) const;
    int fail(int code, const QString &message) const;
    int workspaceFailure(const Workspace &workspace) const;
    /// The process the first argument names, loaded; nullopt when there is none or it cannot be
    /// read (the workspace's errorKind() and errorString() say which: see workspaceFailure()).
    std::optional<Process> namedProcess(Workspace &workspace) const;
    void print(const QString &text) const;

    int runList(Workspace &workspace);
    int runNew(Workspace &workspace);
    int checkSet();
    int runSet(Workspace &workspace);
    int runImportRuns(Workspace &workspace);
    int checkImportBpmn();
    int runImportBpmn(Workspace &workspace);
    int runStats(Workspace &workspace);
    int checkWhatIf();
    int runWhatIf(Workspace &workspace);
    int checkExport();
    int runExport(Workspace &workspace);
    int runExportBpmn(Workspace &workspace);
    int checkReport();
    int runReport(Workspace &workspace);
    /// --from and --to as a window of UTC milliseconds (NoTime where not given); Done, or the
    /// exit code of a refused date.
    int readWindow(qint64 *fromMs, qint64 *toMs);

    QCommandLineParser m_parser;
    QCommandLineOption m_workspaceOption;
    QCommandLineOption m_langOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QVector<Command> m_commands;
    const Command *m_command = nullptr;
    QStringList m_arguments; ///< the command's own positional arguments
    QString m_workspaceFile; ///< "stepwise FILE.stepwise"
    bool m_helpOrVersion = false;
    QString m_error;
    SetValues m_set;
    std::shared_ptr<BpmnImport> m_bpmn; ///< import-bpmn's file, read before the workspace opens
    QVector<QPair<QString, double>> m_automate; ///< whatif's steps and percentages, checked
    std::shared_ptr<MapExportOptions> m_export; ///< export's options, checked
    /// report's window and paper, checked
    struct ReportValues
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        bool a4 = true; ///< else Letter
    } m_report;
};

} // namespace Stepwise
