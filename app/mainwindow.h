#pragma once

#include "analysis/diagnostic.h"
#include "panels/welcomepanel.h"
#include "process/ids.h"
#include "process/property.h"
#include "workspace/workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace Stepwise {

class AppSettings;
class BackgroundSaver;
class CheckpointPanel;

class DashboardView;
class DiagnosticPanel;
class ImproveView;
class FindBar;
class MapView;
class PalettePanel;
class ProcessDocument;
class ProcessListPanel;
class ReviewsDueBanner;
class RevisionComparePanel;
class RunsView;
class PropertiesPanel;
class ShortcutsDialog;
class ValidationPanel;
class WhatIfPanel;
class Workspace;

/// The main window over one open workspace: the process list and the palette on the left, the
/// open process's map (and, later, runs, dashboard and improvements) in the middle, properties,
/// validation and the undo history on the right. Changes are saved automatically a second after
/// the last one, and when another process is opened or the window closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    /// How long after the last change the open process is saved, until the Preferences say
    /// otherwise.
    static constexpr int AutosaveDelayMs = 1000;

    /// The workspace is opened by the caller and must outlive the window.
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    /// The open process, or nullptr.
    ProcessDocument *document() const { return m_document; }
    ProcessListPanel *processListPanel() const { return m_processList; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    ValidationPanel *validationPanel() const { return m_validation; }
    PalettePanel *palettePanel() const { return m_palette; }
    FindBar *findBar() const { return m_findBar; }
    MapView *mapView() const { return m_mapView; }
    /// The Runs tab; its runsChanged() tells when runs were logged, edited, deleted or imported.
    RunsView *runsView() const { return m_runsView; }
    DashboardView *dashboardView() const { return m_dashboard; }
    ImproveView *improveView() const { return m_improve; }
    DiagnosticPanel *diagnosticPanel() const { return m_diagnosticPanel; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    CheckpointPanel *checkpointPanel() const { return m_checkpoints; }
    RevisionComparePanel *revisionComparePanel() const { return m_compare; }
    ReviewsDueBanner *reviewsDueBanner() const { return m_reviewsDue; }
    /// The File menu, where WorkspaceWindows adds the workspace actions.
    QMenu *fileMenu() const { return m_fileMenu; }
    /// The first-run tour in its dock (hidden until the first start or Help > Welcome).
    WelcomePanel *welcomePanel() const { return m_welcome; }
    QDockWidget *welcomeDock() const { return m_welcomeDock; }
    /// Help > Keyboard Shortcuts while it is open, else nullptr.
    ShortcutsDialog *shortcutsDialog() const;

    /// Opens a process, saving the open one first when it is modified. False (and the open
    /// process stays) when that save fails or the process cannot be loaded.
    bool openProcess(ProcessId id);
    /// Saves the open process and marks it clean; shows what went wrong and returns false on error.
    bool save();
    /// Whether the workspace is as the window found it: no edit made here (saved or not), no
    /// change committed by anyone else (runs imported, another program).
    bool isUntouched() const;
    /// How long the last save took, in milliseconds (for the status bar and benchmarks).
    qint64 lastSaveMs() const { return m_lastSaveMs; }
    /// How long the last autosave kept this window busy (the write runs on another thread).
    qint64 lastAutosaveBlockedMs() const { return m_lastAutosaveBlockedMs; }
    bool autosaveTimerActive() const { return m_autosaveTimer.isActive(); }
    /// How long after the last change the open process is saved now (the Preferences').
    int autosaveDelayMs() const { return m_autosaveDelayMs; }

    Theme theme() const { return m_theme; }
    /// Switches the application's look and remembers it (AppSettings::theme).
    void setTheme(Theme theme);

    /// Edit > Preferences: opens the settings dialog (window-modal, returns at once); OK saves
    /// and applies what it says.
    void showPreferences();
    /// Puts preferences into effect at once: theme, grid, autosave delay, duration units (the
    /// figures on show are computed again). The language waits for the next start.
    void applySettings(const AppSettings &settings);

    /// Inserts a palette preset in the middle of the visible map, in the lane there; selects it.
    ItemId insertPreset(const QString &presetId);
    /// Selects objects on the map and scrolls the first into view.
    void showOnMap(ObjectType type, const ItemIds &ids);
    /// Selects the step of the open map with this name (case and white space folded) and shows
    /// it; a name the map lacks is said in the status bar.
    void showStepOnMap(const QString &name);

    /// Help > Welcome: shows the first-run tour and raises it.
    void showWelcome();
    /// Help > Keyboard Shortcuts: the actions of the menus with their shortcuts (non-modal).
    void showShortcuts();
    /// Opens an example process (by its name in the user's language, as the tour names it) and
    /// goes where the tour's button points.
    void goToWelcomeDestination(WelcomePanel::Destination destination);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createDocks();
    QDockWidget *addDock(QWidget *panel, const QString &title, const char *objectName,
                         Qt::DockWidgetArea area);
    void connectScene();
    void closeDocument();
    bool saveIfModified();
    /// Saves without asking; an interactive save reports every failure in a box, an autosave
    /// only the first of a series (the status bar shows each).
    bool saveDocument(bool interactive);
    void scheduleAutosave();
    void autosave();
    void autosaved(Stepwise::ProcessId id, int undoIndex, qint64 elapsedMs);
    void autosaveFailed(const QString &error);
    void saveSucceeded(ProcessId id, qint64 elapsedMs, bool markClean, bool interactive);
    void saveFailed(const QString &error, bool interactive);

    void newProcess();
    void renameProcess(ProcessId id, const QString &name);
    void duplicateProcess(ProcessId id);
    void deleteProcess(ProcessId id);
    void saveRevision();
    void showRevisions();
    /// Goes where a failing check of the diagnostic is fixed.
    void goToFix(DiagnosticFix fix);
    /// The open process's diagnostic (the process list's) into the Improve tab.
    void showDiagnostic();
    /// Asks the workspace which checkpoint reviews are due today and shows them in the banner.
    void showReviewsDue();
    /// Opens a process's checkpoint on the Improve tab and its review dialog.
    void reviewCheckpoint(ProcessId id);
    /// File > Import BPMN: a BPMN 2.0 file as new processes, then the map opens.
    void importBpmn();
    /// Opens the child map of a step (an expanded sub-process or a called process).
    void openSubProcessMap(ItemId stepId);
    void exportBpmn();
    void autoLayout();
    void find();
    void about();
    /// The first start of the default workspace shows the tour, once (QSettings
    /// "help/welcomeShown").
    void showWelcomeOnFirstStart();

    /// Shows a failed workspace call: what was being done and the workspace's own reason.
    void showWorkspaceError(const QString &what);
    void refreshList();
    void updateTitle();
    void updateActions();
    void updateSaveState();
    void updateEmptyHint();
    void updateValidationTitle(int count);

    Workspace *m_workspace = nullptr;
    ProcessDocument *m_document = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QTimer m_autosaveTimer;
    BackgroundSaver *m_saver = nullptr; ///< none for a read-only workspace
    QPointer<ProcessDocument> m_savingDocument;
    int m_savingIndex = 0;
    qint64 m_lastSaveMs = 0;
    qint64 m_lastAutosaveBlockedMs = 0;
    Workspace::ChangeStamp m_openedStamp;
    bool m_autosaveErrorShown = false;
    QString m_saveError;
    Theme m_theme = Theme::System;
    int m_autosaveDelayMs = AutosaveDelayMs;

    ProcessListPanel *m_processList = nullptr;
    PropertiesPanel *m_properties = nullptr;
    ValidationPanel *m_validation = nullptr;
    PalettePanel *m_palette = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_processDock = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_validationDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_overviewDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_mapStack = nullptr;
    QWidget *m_mapPage = nullptr;
    MapView *m_mapView = nullptr;
    RunsView *m_runsView = nullptr;
    DashboardView *m_dashboard = nullptr;
    ImproveView *m_improve = nullptr;
    DiagnosticPanel *m_diagnosticPanel = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    CheckpointPanel *m_checkpoints = nullptr;
    RevisionComparePanel *m_compare = nullptr;
    int m_checkpointPage = -1;
    int m_whatIfPage = -1;
    int m_comparePage = -1;
    WelcomePanel *m_welcome = nullptr;
    QDockWidget *m_welcomeDock = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
    ReviewsDueBanner *m_reviewsDue = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_saveStateLabel = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_saveRevisionAction = nullptr;
    QAction *m_revisionsAction = nullptr;
    QAction *m_importBpmnAction = nullptr;
    QAction *m_exportBpmnAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_exportMapAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_autoLayoutAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_whatsThisAction = nullptr;
};

} // namespace Stepwise
