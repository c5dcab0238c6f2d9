#include "commandline.h"
#include "startup.h"
#include "workspacewindows.h"

#include "workspace/workspace.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <memory>

using namespace Stepwise;

namespace {

QtMessageHandler defaultMessageHandler = nullptr;

// Without a session (ssh, CI, cron) Qt warns that XDG_RUNTIME_DIR is unset and falls back to a
// private folder of its own. That is harmless and no business of a command's user: keep stderr
// for what Stepwise has to say.
void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultMessageHandler(type, context, text);
}

} // namespace

int main(int argc, char **argv)
{
    // A command runs without a display: the platform must be chosen before QApplication exists.
    const EarlyArguments early = scanEarlyArguments(argc, argv);
    if (early.headless) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultMessageHandler = qInstallMessageHandler(headlessMessageHandler);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Stepwise"));
    QApplication::setOrganizationName(QStringLiteral("Stepwise"));
    QApplication::setOrganizationDomain(QStringLiteral("stepwise.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(STEPWISE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.stepwise.Stepwise"));
    installTranslators(app, startLanguage(early));

    CommandLine commandLine(QApplication::arguments());
    if (commandLine.hasCommand() || !commandLine.isValid())
        return commandLine.run();

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stepwise.svg")));
    auto workspace = std::make_unique<Workspace>();
    if (!openWorkspace(*workspace, commandLine.workspacePath(), true)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Stepwise"),
                              workspace->errorString());
        return CommandLine::WorkspaceProblem;
    }
    // Each window owns its workspace; File > Open Workspace adds more, and the last to close
    // quits.
    WorkspaceWindows windows;
    windows.show(std::move(workspace));
    return QApplication::exec();
}
