#pragma once

#include "process/ids.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Stepwise {

class MapView;
class ProcessDocument;
class ProcessListPanel;
class PropertiesPanel;
class Workspace;

/// The main window over one open workspace: the process list on the left, the open process's
/// map (and, later, runs, dashboard and improvements) in the middle, its properties on the
/// right. A modified process is saved when another one is opened and when the window closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The workspace is opened by the caller and must outlive the window.
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    /// The open process, or nullptr.
    ProcessDocument *document() const { return m_document; }
    ProcessListPanel *processListPanel() const { return m_processList; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    MapView *mapView() const { return m_mapView; }

    /// Opens a process, saving the open one first when it is modified. False (and the open
    /// process stays) when that save fails or the process cannot be loaded.
    bool openProcess(ProcessId id);
    /// Saves the open process and marks it clean; shows what went wrong and returns false on error.
    bool save();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    void closeDocument();
    bool saveIfModified();

    void newProcess();
    void renameProcess(ProcessId id, const QString &name);
    void duplicateProcess(ProcessId id);
    void deleteProcess(ProcessId id);
    void saveRevision();
    void showRevisions();
    void about();

    /// Shows a failed workspace call: what was being done and the workspace's own reason.
    void showWorkspaceError(const QString &what);
    void refreshList();
    void updateTitle();
    void updateActions();

    Workspace *m_workspace = nullptr;
    ProcessDocument *m_document = nullptr;
    QUndoGroup *m_undoGroup = nullptr;

    ProcessListPanel *m_processList = nullptr;
    PropertiesPanel *m_properties = nullptr;
    QDockWidget *m_processDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_mapStack = nullptr;
    MapView *m_mapView = nullptr;
    QLabel *m_countLabel = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_saveRevisionAction = nullptr;
    QAction *m_revisionsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Stepwise
