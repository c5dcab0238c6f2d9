#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace Stepwise {

class Workspace;

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
    void print(const QString &text) const;

    int runList(Workspace &workspace);
    int runNew(Workspace &workspace);
    int checkSet();
    int runSet(Workspace &workspace);
    int runImportRuns(Workspace &workspace);
    int runStats(Workspace &workspace);

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
};

} // namespace Stepwise
