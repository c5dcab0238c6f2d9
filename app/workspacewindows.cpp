#include "workspacewindows.h"

#include "mainwindow.h"
#include "startup.h"

#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

namespace Stepwise {

namespace {

const QString recentKey = QStringLiteral("workspaces/recent");
const QString folderKey = QStringLiteral("workspaces/folder");
const QString suffix = QStringLiteral(".stepwise");

// One spelling per file: a link, "..", or another spelling of the same file match.
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

WorkspaceWindows::WorkspaceWindows(QObject *parent) : QObject(parent) { }

WorkspaceWindows::~WorkspaceWindows()
{
    for (const QPointer<MainWindow> &window : qAsConst(m_windows))
        delete window.data();
}

MainWindow *WorkspaceWindows::show(std::unique_ptr<Workspace> workspace, MainWindow *inPlaceOf)
{
    Workspace *owned = workspace.release();
    auto *window = new MainWindow(owned);
    if (inPlaceOf)
        window->restoreGeometry(inPlaceOf->saveGeometry());
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Emitted once the window and all its panels are gone: nothing reads the workspace after.
    connect(window, &QObject::destroyed, [owned] { delete owned; });
    connect(window, &QObject::destroyed, this, [this, window] {
        m_windows.removeIf([window](const QPointer<MainWindow> &entry) {
            return !entry || entry.data() == window;
        });
    });
    m_windows.append(window);
    addActions(window);
    addRecentWorkspace(owned->path());
    window->show();
    if (inPlaceOf) {
        inPlaceOf->close();
        window->statusBar()->showMessage(
            tr("Opened in place of the default workspace, which nobody had changed; File > Open "
               "Recent opens it again."),
            8000);
    }
    return window;
}

MainWindow *WorkspaceWindows::open(const QString &path, QWidget *parent)
{
    if (MainWindow *window = windowFor(path)) {
        addRecentWorkspace(window->workspace()->path());
        window->show();
        window->raise();
        window->activateWindow();
        return window;
    }
    auto workspace = std::make_unique<Workspace>();
    if (!Stepwise::openWorkspace(*workspace, QFileInfo(path).absoluteFilePath(), false)) {
        QMessageBox::warning(parent, tr("Open Workspace"), workspace->errorString());
        return nullptr;
    }
    auto *from = qobject_cast<MainWindow *>(parent);
    const bool inPlace = from
        && fileKey(from->workspace()->path()) == fileKey(Workspace::defaultPath())
        && from->isUntouched();
    return show(std::move(workspace), inPlace ? from : nullptr);
}

MainWindow *WorkspaceWindows::windowFor(const QString &path) const
{
    const QString key = fileKey(path);
    for (const QPointer<MainWindow> &window : m_windows) {
        if (window && fileKey(window->workspace()->path()) == key)
            return window;
    }
    return nullptr;
}

QList<MainWindow *> WorkspaceWindows::windows() const
{
    QList<MainWindow *> list;
    for (const QPointer<MainWindow> &window : m_windows) {
        if (window)
            list.append(window);
    }
    return list;
}

QStringList WorkspaceWindows::recentWorkspaces()
{
    return QSettings().value(recentKey).toStringList();
}

void WorkspaceWindows::addRecentWorkspace(const QString &path)
{
    const QString key = fileKey(path);
    QStringList recent = recentWorkspaces();
    recent.removeIf([&key](const QString &entry) { return fileKey(entry) == key; });
    recent.prepend(key);
    QSettings().setValue(recentKey, recent.mid(0, MaxRecent));
}

void WorkspaceWindows::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    QSettings().setValue(recentKey, recent);
}

void WorkspaceWindows::clearRecentWorkspaces()
{
    QSettings().remove(recentKey);
}

void WorkspaceWindows::addActions(MainWindow *window)
{
    QMenu *file = window->fileMenu();
    QAction *first = file->actions().value(0);

    auto *newWorkspace = new QAction(tr("New &Workspace..."), window);
    newWorkspace->setObjectName(QStringLiteral("actionNewWorkspace"));
    newWorkspace->setStatusTip(tr("Make a new, empty workspace file and open it in a window"));
    connect(newWorkspace, &QAction::triggered, this,
            [this, window] { this->newWorkspace(window); });

    auto *open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                             tr("&Open Workspace..."), window);
    open->setObjectName(QStringLiteral("actionOpenWorkspace"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a workspace file in a window of its own"));
    connect(open, &QAction::triggered, this, [this, window] { openWorkspace(window); });

    auto *recent = new QMenu(tr("Open &Recent"), window);
    recent->setObjectName(QStringLiteral("menuOpenRecent"));
    // Filled when shown: another window may have opened a file since.
    connect(recent, &QMenu::aboutToShow, this,
            [this, recent, window] { fillRecentMenu(recent, window); });
    fillRecentMenu(recent, window);

    auto *copy = new QAction(tr("Save a &Copy..."), window);
    copy->setObjectName(QStringLiteral("actionSaveCopy"));
    copy->setStatusTip(tr("Write a copy of this workspace to another file"));
    connect(copy, &QAction::triggered, this, [this, window] { saveCopy(window); });

    file->insertAction(first, newWorkspace);
    file->insertAction(first, open);
    file->insertMenu(first, recent);
    file->insertAction(first, copy);
    file->insertSeparator(first);

    // Quit means every window, each saving its work as it closes.
    if (auto *quit = window->findChild<QAction *>(QStringLiteral("actionQuit")))
        connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows,
                Qt::QueuedConnection);
}

void WorkspaceWindows::fillRecentMenu(QMenu *menu, MainWindow *window)
{
    menu->clear();
    const QStringList recent = recentWorkspaces();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        // "&1 name" gives the first nine a key of their own.
        const QString name
            = QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name;
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("actionRecentWorkspace"));
        action->setData(path);
        action->setToolTip(native(path));
        action->setStatusTip(native(path));
        connect(action, &QAction::triggered, this,
                [this, window, path] { openRecent(window, path); });
    }
    if (recent.isEmpty()) {
        QAction *none = menu->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    }
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [] { clearRecentWorkspaces(); });
}

QString WorkspaceWindows::askForFile(MainWindow *window, const QString &title,
                                     const QString &proposed, bool save) const
{
    // The last folder used, else Documents, else the folder of this window's workspace: a
    // folder that is not there would end up as the file's name in the dialog.
    QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QFileInfo(window->workspace()->path()).absolutePath();
    const QString filter = tr("Stepwise workspaces (*.stepwise)");
    QString path = save
        ? QFileDialog::getSaveFileName(window, title, QDir(folder).filePath(proposed), filter)
        : QFileDialog::getOpenFileName(window, title, folder,
                                       filter + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return path;
    if (save && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

void WorkspaceWindows::newWorkspace(MainWindow *window)
{
    const QString title = tr("New Workspace");
    const QString path = askForFile(window, title, tr("Workspace") + suffix, true);
    if (path.isEmpty())
        return;
    if (windowFor(path)) {
        QMessageBox::warning(window, title,
                             tr("Cannot make a new workspace as %1: it is open in a window. "
                                "Close that window first, or choose another name.")
                                 .arg(native(QFileInfo(path).absoluteFilePath())));
        return;
    }
    // Made aside and copied into place, so a file the user chose to replace stays whole until the
    // new one is complete, with the checks and messages of Save a Copy.
    QTemporaryDir scratch;
    Workspace fresh;
    if (!scratch.isValid() || !fresh.open(scratch.filePath(QStringLiteral("new") + suffix))
        || !fresh.saveCopy(path)) {
        QMessageBox::warning(window, title,
                             fresh.errorString().isEmpty()
                                 ? tr("Cannot make a new workspace: no temporary folder (%1).")
                                       .arg(scratch.errorString())
                                 : fresh.errorString());
        return;
    }
    fresh.close();
    open(path, window);
}

void WorkspaceWindows::openWorkspace(MainWindow *window)
{
    const QString path = askForFile(window, tr("Open Workspace"), QString(), false);
    if (!path.isEmpty())
        open(path, window);
}

void WorkspaceWindows::openRecent(MainWindow *window, const QString &path)
{
    if (!QFileInfo::exists(path)) {
        removeRecentWorkspace(path);
        QMessageBox::information(window, tr("Open Recent"),
                                 tr("%1 is no longer there, so it was removed from the recent "
                                    "workspaces.")
                                     .arg(native(path)));
        return;
    }
    open(path, window);
}

void WorkspaceWindows::saveCopy(MainWindow *window)
{
    Workspace *workspace = window->workspace();
    const QString title = tr("Save a Copy");
    const QString proposed
        = tr("%1 copy").arg(QFileInfo(workspace->path()).completeBaseName()) + suffix;
    const QString path = askForFile(window, title, proposed, true);
    if (path.isEmpty())
        return;
    MainWindow *other = windowFor(path);
    if (other && other != window) {
        QMessageBox::warning(window, title,
                             tr("Cannot save a copy as %1: it is open in another window.")
                                 .arg(native(QFileInfo(path).absoluteFilePath())));
        return;
    }
    // The open map's last changes belong in the copy; save() says itself what went wrong.
    if (!window->save())
        return;
    if (!workspace->saveCopy(path)) {
        QMessageBox::warning(window, title, workspace->errorString());
        return;
    }
    window->statusBar()->showMessage(
        tr("Saved a copy as %1.").arg(native(QFileInfo(path).absoluteFilePath())), 5000);
}

} // namespace Stepwise
