#pragma once

#include <QString>

class QCoreApplication;

namespace Stepwise {

class Workspace;

/// What main() must know before the application object exists.
struct EarlyArguments
{
    bool headless = false; ///< a command, --help, a wrong option: never show a window
    QString language; ///< --lang CODE, empty for the system locale
};

/// Reads argv without Qt: a command means headless, which must be decided (offscreen platform)
/// before QApplication is constructed.
EarlyArguments scanEarlyArguments(int argc, char **argv);

/// The language to start in: --lang when given; else, for the window, the one chosen in the
/// Preferences (empty: the system's). A command keeps the system's language, so what scripts
/// read does not depend on a choice made in the window.
QString startLanguage(const EarlyArguments &early);

/// Loads Stepwise's and Qt's own translations for a language code ("de"), or for the system
/// locale when it is empty. English needs none.
void installTranslators(QCoreApplication &app, const QString &language);

/// Opens a workspace for the GUI or a command. The default workspace (path empty) is created with
/// its folder and the example processes on first use; another file is created only when
/// mayCreate. On failure the workspace's errorKind() and errorString() say why.
bool openWorkspace(Workspace &workspace, const QString &path, bool mayCreate);

} // namespace Stepwise
