#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QMenu;
class QWidget;

namespace Stepwise {

class MainWindow;
class Workspace;

/// The open workspaces of the GUI, one MainWindow each, and the File menu's workspace actions:
/// New Workspace, Open Workspace, Open Recent and Save a Copy. Each window owns its workspace and
/// is deleted when it closes; the application quits when the last one closes. A file that is
/// open already is raised rather than opened twice. The recent workspaces are kept in QSettings
/// ("workspaces/recent", newest first, at most MaxRecent).
class WorkspaceWindows : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecent = 8;

    explicit WorkspaceWindows(QObject *parent = nullptr);
    /// Deletes the windows still open (without asking them to save: close them first).
    ~WorkspaceWindows() override;

    /// Shows an open workspace in a new window, which takes it, and puts it first in the recent
    /// list. With \a inPlaceOf, the new window takes that one's place and size, and it closes.
    MainWindow *show(std::unique_ptr<Workspace> workspace, MainWindow *inPlaceOf = nullptr);
    /// Opens a workspace file with the checks of start-up (locked, read-only, corrupt, newer; the
    /// file is not created) and shows it; the window that has it already is raised instead.
    /// nullptr when it cannot be opened: a message box over \a parent says why, and the file is
    /// as it was. Opened from a window on the default workspace that nobody has changed since it
    /// opened (the examples of a first start), the new window takes that one's place, as a
    /// document replaces an untouched start page; the default workspace is in Open Recent.
    MainWindow *open(const QString &path, QWidget *parent = nullptr);
    /// The window whose workspace is this file, or nullptr.
    MainWindow *windowFor(const QString &path) const;
    QList<MainWindow *> windows() const;

    static QStringList recentWorkspaces();
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);
    static void clearRecentWorkspaces();

    /// File > New Workspace: asks for a file and shows a new, empty workspace there.
    void newWorkspace(MainWindow *window);
    /// File > Open Workspace: asks for a file and opens it.
    void openWorkspace(MainWindow *window);
    /// File > Open Recent > a file; a file that is no longer there leaves the list with a note.
    void openRecent(MainWindow *window, const QString &path);
    /// File > Save a Copy: asks for a file and writes a copy of the window's workspace there.
    void saveCopy(MainWindow *window);

private:
    void addActions(MainWindow *window);
    void fillRecentMenu(QMenu *menu, MainWindow *window);
    QString askForFile(MainWindow *window, const QString &title, const QString &proposed,
                       bool save) const;

    QList<QPointer<MainWindow>> m_windows;
};

} // namespace Stepwise
