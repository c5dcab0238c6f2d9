#include "mainwindow.h"

#include "backgroundsaver.h"

#include "canvas/handoffitem.h"
#include "canvas/laneitem.h"
#include "canvas/mapview.h"
#include "canvas/overviewview.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "dashboard/dashboardview.h"
#include "export/mapexportdialog.h"
#include "export/reportdialog.h"
#include "improve/checkpointpanel.h"
#include "improve/diagnosticpanel.h"
#include "improve/improveview.h"
#include "improve/reviewsduebanner.h"
#include "improve/revisioncomparepanel.h"
#include "improve/whatifpanel.h"
#include "panels/bpmnimportdialog.h"
#include "panels/findbar.h"
#include "panels/palettepanel.h"
#include "panels/processlistmodel.h"
#include "panels/processlistpanel.h"
#include "panels/propertiespanel.h"
#include "panels/revisionsdialog.h"
#include "panels/settingsdialog.h"
#include "panels/shortcutsdialog.h"
#include "panels/validationpanel.h"
#include "runs/runsview.h"

#include "analysis/dashboard.h"
#include "analysis/mapoverlay.h"
#include "analysis/runmetrics.h"
#include "analysis/statistics.h"
#include "formats/bpmnwriter.h"
#include "process/processdocument.h"
#include "process/steppreset.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <algorithm>
#include <memory>

namespace Stepwise {

namespace {

/// The figures of the map's runs overlay: the process's stored runs through the metrics engine,
/// on the dashboard's options (the same clock). Called on a worker thread: its own connection.
std::optional<RunStats> overlayRunStats(const QString &workspacePath, const Process &process)
{
    if (process.id == 0)
        return RunStats();
    Workspace workspace;
    if (!workspace.openReader(workspacePath))
        return std::nullopt;
    const std::optional<RunLog> log = workspace.loadRuns(process.id);
    if (!log)
        return std::nullopt;
    return computeRunStats(*log, dashboardStatsOptions(process));
}

/// A centred, friendly note for a tab that has nothing to show yet.
QWidget *emptyState(const QString &title, const QString &text)
{
    auto *label = new QLabel(QStringLiteral("<p style='font-size:large'><b>%1</b></p><p>%2</p>")
                                 .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(40);
    label->setTextFormat(Qt::RichText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// "Save a revision (Ctrl+S)": the tooltip names the shortcut, so it can be learnt by hovering.
void setTip(QAction *action, const QString &tip)
{
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, shortcut));
}

/// The same for actions made elsewhere (the map's): add the shortcut when the tooltip lacks it.
void addShortcutToTip(QAction *action)
{
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    if (!shortcut.isEmpty() && !action->toolTip().contains(shortcut))
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->toolTip(), shortcut));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x8b, 0xfd);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(110));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(115));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(160));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight.lighter(120));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8b, 0xfd));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

// The window's themes are the Preferences' ones, number for number.
static_assert(int(MainWindow::Theme::System) == int(AppSettings::Theme::System)
              && int(MainWindow::Theme::Light) == int(AppSettings::Theme::Light)
              && int(MainWindow::Theme::Dark) == int(AppSettings::Theme::Dark));
static_assert(MainWindow::AutosaveDelayMs == AppSettings::DefaultAutosaveDelayS * 1000);

} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Stepwise"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(m_autosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    if (!m_workspace->isReadOnly()) {
        m_saver = new BackgroundSaver(m_workspace->path(), this);
        connect(m_saver, &BackgroundSaver::saved, this, &MainWindow::autosaved);
        connect(m_saver, &BackgroundSaver::failed, this,
                [this](const QString &error) { autosaveFailed(error); });
    }

    createActions();
    createCentralArea();
    createDocks();
    createMenus();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("processCountLabel"));
    statusBar()->addWidget(m_countLabel);
    m_saveStateLabel = new QLabel(this);
    m_saveStateLabel->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addPermanentWidget(m_saveStateLabel);
    if (m_workspace->isReadOnly()) {
        auto *readOnly = new QLabel(tr("Read-only workspace"), this);
        readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
        readOnly->setToolTip(tr("%1 cannot be written: changes cannot be saved.")
                                 .arg(QDir::toNativeSeparators(m_workspace->path())));
        statusBar()->addPermanentWidget(readOnly);
    }

    connect(m_undoGroup, &QUndoGroup::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        updateSaveState();
    });
    connectScene();

    applySettings(AppSettings::load());
    // View > Snap to Grid changes the same preference as the dialog.
    for (QAction *action : m_mapView->viewActions()) {
        if (action->objectName() == QLatin1String("actionSnapToGrid"))
            connect(action, &QAction::toggled, this, &AppSettings::saveSnapToGrid);
    }

    // The list diagnoses every process on a worker; the open one's shows on the Improve tab.
    connect(m_processList->model(), &ProcessListModel::diagnosticsChanged, this,
            &MainWindow::showDiagnostic);

    updateTitle();
    refreshList();
    showReviewsDue();
    // Most of the screen: a map needs room. (Remembering the geometry comes with the settings.)
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::max(1024, available.width() * 9 / 10), std::max(700, available.height() * 9 / 10));

    // A new user should see a map at once: open the first process.
    if (const ProcessId first = m_processList->model()->processId(0))
        openProcess(first);
    updateActions();
    updateSaveState();
    updateEmptyHint();
    showWelcomeOnFirstStart();
    m_openedStamp = m_workspace->changeStamp();
}

bool MainWindow::isUntouched() const
{
    return m_workspace->changeStamp() == m_openedStamp
        && (!m_document || m_document->undoStack()->count() == 0);
}

MainWindow::~MainWindow()
{
    // Detach the views before the document goes, so none of them reads a dying document.
    closeDocument();
}

void MainWindow::createActions()
{
    m_saveAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Now"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    setTip(m_saveAction, tr("Save the open process now (changes are also saved automatically)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveRevisionAction = new QAction(tr("Save &Revision..."), this);
    m_saveRevisionAction->setObjectName(QStringLiteral("actionSaveRevision"));
    m_saveRevisionAction->setShortcut(QKeySequence::Save);
    setTip(m_saveRevisionAction, tr("Save a revision"));
    m_saveRevisionAction->setStatusTip(tr("Keep a snapshot of this map with a note"));
    connect(m_saveRevisionAction, &QAction::triggered, this, &MainWindow::saveRevision);

    m_revisionsAction = new QAction(tr("Re&visions..."), this);
    m_revisionsAction->setObjectName(QStringLiteral("actionRevisions"));
    setTip(m_revisionsAction, tr("Look at the saved revisions of this map"));
    connect(m_revisionsAction, &QAction::triggered, this, &MainWindow::showRevisions);

    m_importBpmnAction = new QAction(tr("&Import BPMN..."), this);
    m_importBpmnAction->setObjectName(QStringLiteral("actionImportBpmn"));
    setTip(m_importBpmnAction,
           tr("Make new processes from a BPMN 2.0 file of another modelling tool"));
    connect(m_importBpmnAction, &QAction::triggered, this, &MainWindow::importBpmn);

    m_exportBpmnAction = new QAction(tr("Export &BPMN..."), this);
    m_exportBpmnAction->setObjectName(QStringLiteral("actionExportBpmn"));
    setTip(m_exportBpmnAction, tr("Save this map as a BPMN 2.0 file for other modelling tools"));
    connect(m_exportBpmnAction, &QAction::triggered, this, &MainWindow::exportBpmn);

    m_exportMapAction = new QAction(tr("Export &Map..."), this);
    m_exportMapAction->setObjectName(QStringLiteral("actionExportMap"));
    m_exportMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    setTip(m_exportMapAction, tr("Save this map as a PDF, SVG or PNG to hand on"));
    connect(m_exportMapAction, &QAction::triggered, this, [this] {
        if (m_document)
            MapExportDialog::exportMap(this, m_workspace, m_document->process());
    });

    m_printAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print..."), this);
    m_printAction->setObjectName(QStringLiteral("actionPrint"));
    m_printAction->setShortcut(QKeySequence::Print);
    setTip(m_printAction, tr("Print this map, with a preview"));
    connect(m_printAction, &QAction::triggered, this, [this] {
        if (m_document)
            MapExportDialog::printMap(this, m_workspace, m_document->process());
    });

    m_exportReportAction = new QAction(tr("Export &Report..."), this);
    m_exportReportAction->setObjectName(QStringLiteral("actionExportReport"));
    setTip(m_exportReportAction,
           tr("Write a PDF report of this process: its map, steps, figures and charts"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] {
        if (m_document)
            ReportDialog::exportReport(this, m_workspace, m_document->process());
    });

    m_quitAction
        = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    setTip(m_quitAction, tr("Quit Stepwise"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    // Without an icon theme (plain Debian) a text button would show the changing "Undo <command>".
    m_undoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"),
                                           style()->standardIcon(QStyle::SP_ArrowForward)));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // The undo group renames these after each edit ("Undo Change owner"): keep the tip in step.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        auto updateTip = [action] {
            const QString tip = QStringLiteral("%1 (%2)").arg(
                action->text(), action->shortcut().toString(QKeySequence::NativeText));
            if (action->toolTip() != tip)
                action->setToolTip(tip);
        };
        connect(action, &QAction::changed, this, updateTip);
        updateTip();
    }

    m_findAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find Step..."), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    setTip(m_findAction, tr("Find a step by name"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::find);

    m_autoLayoutAction = new QAction(tr("&Auto-Layout"), this);
    m_autoLayoutAction->setObjectName(QStringLiteral("actionAutoLayout"));
    m_autoLayoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    setTip(m_autoLayoutAction, tr("Lay the map out left to right inside its lanes"));
    connect(m_autoLayoutAction, &QAction::triggered, this, &MainWindow::autoLayout);

    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    const struct
    {
        Theme theme;
        const char *name;
        QString text;
        QString tip;
    } themes[] = {
        {Theme::System, "actionThemeSystem", tr("&System"), tr("Follow the system's colours")},
        {Theme::Light, "actionThemeLight", tr("&Light"), tr("Light colours")},
        {Theme::Dark, "actionThemeDark", tr("&Dark"), tr("Dark colours")},
    };
    for (const auto &entry : themes) {
        auto *action = new QAction(entry.text, m_themeGroup);
        action->setObjectName(QLatin1String(entry.name));
        action->setCheckable(true);
        action->setData(int(entry.theme));
        setTip(action, entry.tip);
        const Theme theme = entry.theme;
        connect(action, &QAction::triggered, this, [this, theme] { setTheme(theme); });
    }

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                      tr("&Preferences..."), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    setTip(m_preferencesAction,
           tr("Language, theme, grid, autosave, units of durations and the paper of exports"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(tr("&About Stepwise"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    setTip(m_aboutAction, tr("The version of Stepwise"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    setTip(m_aboutQtAction, tr("The version of Qt"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_welcomeAction = new QAction(tr("&Welcome"), this);
    m_welcomeAction->setObjectName(QStringLiteral("actionWelcome"));
    setTip(m_welcomeAction, tr("A tour of the five parts of running a process, on the examples"));
    connect(m_welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("actionShortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    setTip(m_shortcutsAction, tr("List every action that has a shortcut"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_whatsThisAction = QWhatsThis::createAction(this);
    m_whatsThisAction->setObjectName(QStringLiteral("actionWhatsThis"));
    setTip(m_whatsThisAction, tr("Click a panel to learn what it is for"));
}

void MainWindow::createCentralArea()
{
    m_mapView = new MapView(this);
    m_mapView->setObjectName(QStringLiteral("mapView"));
    m_mapView->setAccessibleName(tr("Process map"));
    m_mapView->setRunStatsSource([path = m_workspace->path()](const Process &process) {
        return overlayRunStats(path, process);
    });
    m_findBar = new FindBar(this);
    m_findBar->hide();
    connect(m_findBar, &FindBar::stepFound, this,
            [this](ItemId stepId) { showOnMap(ObjectType::Step, {stepId}); });
    connect(m_findBar, &FindBar::closed, m_mapView, [this] { m_mapView->setFocus(); });

    m_mapPage = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(m_mapPage);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addWidget(m_findBar);
    mapLayout->addWidget(m_mapView, 1);

    // Over the map, not in it: drops and clicks go through to the view.
    m_emptyHint = new QLabel(m_mapView);
    m_emptyHint->setObjectName(QStringLiteral("emptyMapHint"));
    m_emptyHint->setText(tr("<p style='font-size:large'><b>An empty map</b></p>"
                            "<p>Drag a step from the palette, or select one there and press "
                            "Enter.<br>Then press Ctrl+Return to add the next step after it.</p>"));
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->hide();
    m_mapView->installEventFilter(this);

    m_mapStack = new QStackedWidget(this);
    m_mapStack->addWidget(
        emptyState(tr("No process open"), tr("Select a process on the left, or make a new one.")));
    m_mapStack->addWidget(m_mapPage);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_mapStack, tr("&Map"));
    m_runsView = new RunsView(m_workspace, this);
    m_tabs->addTab(m_runsView, tr("R&uns"));
    // Runs logged or imported from a menu while another tab shows: show them, and count them
    // in the process list.
    connect(m_runsView, &RunsView::runsChanged, this, [this] {
        m_tabs->setCurrentWidget(m_runsView);
        refreshList();
        m_dashboard->reloadRuns();
        m_improve->reloadRuns();
        m_whatIf->reloadRuns();
        m_checkpoints->reload();
        m_compare->reloadRuns();
        m_mapView->reloadRunsOverlay();
    });
    m_dashboard = new DashboardView(this);
    connect(m_dashboard, &DashboardView::stepActivated, this, &MainWindow::showStepOnMap);
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_improve = new ImproveView(this);
    connect(m_improve, &ImproveView::stepActivated, this,
            [this](ItemId stepId) { showOnMap(ObjectType::Step, {stepId}); });
    m_tabs->addTab(m_improve, tr("&Improve"));

    // The Improve tab's diagnostic, what-if, checkpoint and revision compare.
    m_diagnosticPanel = new DiagnosticPanel;
    m_improve->setDiagnosticPanel(m_diagnosticPanel);
    connect(m_diagnosticPanel, &DiagnosticPanel::fixRequested, this, &MainWindow::goToFix);
    m_whatIf = new WhatIfPanel;
    m_whatIfPage = m_improve->addPage(m_whatIf, tr("What if"));
    connect(m_whatIf, &WhatIfPanel::stepActivated, this,
            [this](ItemId stepId) { showOnMap(ObjectType::Step, {stepId}); });
    m_checkpoints = new CheckpointPanel;
    m_checkpointPage = m_improve->addPage(m_checkpoints, tr("Checkpoint"));
    connect(m_checkpoints, &CheckpointPanel::checkpointChanged, this, [this] {
        refreshList(); // the diagnostic's tracking and improvement marks
        showReviewsDue();
    });
    m_compare = new RevisionComparePanel;
    m_comparePage = m_improve->addPage(m_compare, tr("Revision compare"));

    // Checkpoint reviews due, over the tabs: seen on start, never in the way.
    m_reviewsDue = new ReviewsDueBanner(this);
    connect(m_reviewsDue, &ReviewsDueBanner::reviewRequested, this, &MainWindow::reviewCheckpoint);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_reviewsDue);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

QDockWidget *MainWindow::addDock(QWidget *panel, const QString &title, const char *objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(QLatin1String(objectName));
    dock->setAccessibleName(title);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    if (panel->accessibleName().isEmpty())
        panel->setAccessibleName(title);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_processList = new ProcessListPanel(m_workspace, this);
    m_processList->setObjectName(QStringLiteral("processListPanel"));
    // Room for a name, the diagnostic's five marks, steps and runs, whatever else takes width.
    m_processList->setMinimumWidth(290);
    m_processDock = addDock(m_processList, tr("Processes"), "processDock", Qt::LeftDockWidgetArea);

    m_palette = new PalettePanel(this);
    m_paletteDock = addDock(m_palette, tr("Palette"), "paletteDock", Qt::LeftDockWidgetArea);
    connect(m_palette, &PalettePanel::presetActivated, this, &MainWindow::insertPreset);

    m_properties = new PropertiesPanel(this);
    m_properties->setObjectName(QStringLiteral("propertiesPanel"));
    m_propertiesDock
        = addDock(m_properties, tr("Properties"), "propertiesDock", Qt::RightDockWidgetArea);

    m_validation = new ValidationPanel(this);
    m_validation->setObjectName(QStringLiteral("validationPanel"));
    m_validationDock
        = addDock(m_validation, tr("Validation"), "validationDock", Qt::RightDockWidgetArea);
    connect(m_validation, &ValidationPanel::problemActivated, this, &MainWindow::showOnMap);
    connect(m_validation, &ValidationPanel::problemCountChanged, this,
            &MainWindow::updateValidationTitle);

    m_undoView = new QUndoView(m_undoGroup, this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_historyDock = addDock(m_undoView, tr("History"), "historyDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(m_validationDock, m_historyDock);
    m_validationDock->raise();

    auto *overview = new OverviewView(m_mapView);
    overview->setObjectName(QStringLiteral("overviewView"));
    overview->setAccessibleName(tr("Overview of the map"));
    m_overviewDock = addDock(overview, tr("Overview"), "overviewDock", Qt::LeftDockWidgetArea);
    overview->setMinimumHeight(140);

    // The first-run tour shares the properties' place: it is read before anything is edited.
    m_welcome = new WelcomePanel(this);
    m_welcomeDock = addDock(m_welcome, tr("Welcome"), "welcomeDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(m_propertiesDock, m_welcomeDock);
    m_welcomeDock->hide();
    connect(m_welcome, &WelcomePanel::destinationRequested, this,
            &MainWindow::goToWelcomeDestination);
    connect(m_welcome, &WelcomePanel::closeRequested, m_welcomeDock, &QDockWidget::close);

    resizeDocks({m_processDock, m_propertiesDock}, {260, 340}, Qt::Horizontal);
    resizeDocks({m_processDock, m_paletteDock}, {220, 360}, Qt::Vertical);
    resizeDocks({m_propertiesDock, m_validationDock}, {520, 200}, Qt::Vertical);

    connect(m_processList, &ProcessListPanel::currentProcessChanged, this,
            [this](ProcessId id) { openProcess(id); });
    connect(m_processList, &ProcessListPanel::newProcessRequested, this, &MainWindow::newProcess);
    connect(m_processList, &ProcessListPanel::renameRequested, this, &MainWindow::renameProcess);
    connect(m_processList, &ProcessListPanel::duplicateRequested, this,
            &MainWindow::duplicateProcess);
    connect(m_processList, &ProcessListPanel::deleteRequested, this, &MainWindow::deleteProcess);

    // Help > What's This: a click on a panel says what it is for. Set on the docks and tabs, so
    // every widget inside answers through its parent.
    const std::pair<QWidget *, QString> whatsThis[] = {
        {m_processDock,
         tr("<b>Processes</b><p>The processes of this workspace. Click one to open its map; the "
            "five marks are its diagnostic: design, ownership, tracking, improvement and "
            "automation.</p>")},
        {m_paletteDock,
         tr("<b>Palette</b><p>The kinds of step. Drag one onto the map, or select it and press "
            "Enter to put it in the middle of the map.</p>")},
        {m_overviewDock,
         tr("<b>Overview</b><p>The whole map, small, with the part on screen framed. Drag the "
            "frame to look elsewhere.</p>")},
        {m_propertiesDock,
         tr("<b>Properties</b><p>What is selected on the map: the process, steps (definition of "
            "done, durations, automation), a handoff or a lane and its owner. Every change can be "
            "undone.</p>")},
        {m_validationDock,
         tr("<b>Validation</b><p>What the map still lacks: no start or end, unreachable steps, "
            "lanes without owner, tasks without a definition of done. Click a problem to select "
            "it on the map.</p>")},
        {m_historyDock,
         tr("<b>History</b><p>The edits of the open map, oldest first. Click one to go back to "
            "it; the edits after it can be redone.</p>")},
        {m_welcomeDock,
         tr("<b>Welcome</b><p>A tour of the five parts of running a process, on the example "
            "processes. Help > Welcome shows it again.</p>")},
        {m_mapStack,
         tr("<b>Map</b><p>The process as steps in lanes, joined by handoffs. Drag from the "
            "palette to add steps, hover a step and drag from a handle to hand off to another, "
            "double-click to rename.</p>")},
        {m_runsView,
         tr("<b>Runs</b><p>How the process really ran: each run with its cycle time, SLA and "
            "changes of owner. Log a run by hand or import an event log; Enter opens a run's "
            "timeline.</p>")},
        {m_dashboard,
         tr("<b>Dashboard</b><p>The figures of the runs in a date window: cycle time, SLA "
            "compliance, where the time goes, the slowest handoffs and throughput.</p>")},
        {m_improve,
         tr("<b>Improve</b><p>What to fix first: the diagnostic, impact versus effort, the "
            "automation candidates, what if, the checkpoint and the revision compare.</p>")},
    };
    for (const auto &[widget, text] : whatsThis)
        widget->setWhatsThis(text);
}

void MainWindow::connectScene()
{
    connect(m_mapView, &MapView::subProcessMapRequested, this, &MainWindow::openSubProcessMap,
            Qt::UniqueConnection);
    ProcessScene *scene = m_mapView->processScene();
    connect(scene, &ProcessScene::selectedStepsChanged, m_properties,
            &PropertiesPanel::setSelectedSteps);
    connect(scene, &ProcessScene::selectedHandoffsChanged, m_properties,
            &PropertiesPanel::setSelectedHandoffs);
    connect(scene, &ProcessScene::selectedLaneChanged, m_properties,
            &PropertiesPanel::setSelectedLane);
}

void MainWindow::createMenus()
{
    const QList<QAction *> mapEditActions = m_mapView->editActions();
    const QList<QAction *> mapViewActions = m_mapView->viewActions();
    // The map brings its own auto-layout once it has one; two with one shortcut would both fail.
    for (QAction *action : mapEditActions) {
        if (action->objectName() == m_autoLayoutAction->objectName()) {
            delete m_autoLayoutAction;
            m_autoLayoutAction = action;
            break;
        }
    }

    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->addAction(m_processList->newAction());
    file->addAction(m_saveAction);
    file->addAction(m_saveRevisionAction);
    file->addAction(m_revisionsAction);
    file->addAction(m_runsView->importAction());
    file->addAction(m_importBpmnAction);
    file->addSeparator();
    file->addAction(m_exportBpmnAction);
    file->addAction(m_exportMapAction);
    file->addAction(m_exportReportAction);
    file->addAction(m_printAction);
    file->addSeparator();
    QMenu *process = file->addMenu(tr("&Process"));
    process->addAction(m_processList->renameAction());
    process->addAction(m_processList->duplicateAction());
    process->addAction(m_processList->deleteAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    for (QAction *action : mapEditActions) {
        addShortcutToTip(action);
        edit->addAction(action);
    }
    if (!mapEditActions.isEmpty())
        edit->addSeparator();
    edit->addAction(m_findAction);
    if (!mapEditActions.contains(m_autoLayoutAction))
        edit->addAction(m_autoLayoutAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : mapViewActions) {
        addShortcutToTip(action);
        view->addAction(action);
    }
    if (!mapViewActions.isEmpty())
        view->addSeparator();
    for (QDockWidget *dock : {m_processDock, m_paletteDock, m_overviewDock, m_propertiesDock,
                              m_validationDock, m_historyDock}) {
        if (!dock)
            continue;
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
        setTip(toggle, tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        view->addAction(toggle);
    }

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_processList->newAction());
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    // Their text names the command ("Undo Move 2 steps"): on the toolbar that would make the
    // buttons jump about, so they show the arrow only; the tooltip and the Edit menu say more.
    for (QAction *action : {m_undoAction, m_redoAction}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_findAction);
    toolBar->addAction(m_autoLayoutAction);
    for (QAction *action : mapViewActions) {
        // Zoom in, out and fit: the few a toolbar needs.
        if (action->objectName().contains(QLatin1String("zoom"), Qt::CaseInsensitive)
            || action->objectName().contains(QLatin1String("fit"), Qt::CaseInsensitive))
            toolBar->addAction(action);
    }
    // The runs on the map, one click away: where the time goes and where reality leaves the map.
    toolBar->addSeparator();
    toolBar->addAction(m_mapView->runsOverlayAction());
    QAction *toolBarToggle = toolBar->toggleViewAction();
    toolBarToggle->setObjectName(QStringLiteral("actionToggleToolBar"));
    setTip(toolBarToggle, tr("Show or hide the toolbar"));
    view->addAction(toolBarToggle);

    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());

    QMenu *runs = menuBar()->addMenu(tr("&Runs"));
    runs->addAction(m_runsView->logRunAction());
    runs->addAction(m_runsView->importAction());
    runs->addSeparator();
    runs->addAction(m_runsView->editRunAction());
    runs->addAction(m_runsView->deleteRunsAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_welcomeAction);
    help->addAction(m_shortcutsAction);
    help->addAction(m_whatsThisAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    // Every tooltip names its shortcut, the process list's and the map's actions too.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action != m_undoAction && action != m_redoAction)
                addShortcutToTip(action);
        }
    }
}

bool MainWindow::openProcess(ProcessId id)
{
    const ProcessId currentId = m_document ? m_document->process().id : 0;
    if (id == currentId)
        return true;
    if (!saveIfModified()) {
        m_processList->setCurrentProcessId(currentId);
        return false;
    }
    std::optional<Process> process;
    if (id) {
        process = m_workspace->loadProcess(id);
        if (!process) {
            showWorkspaceError(tr("The process could not be opened."));
            m_processList->setCurrentProcessId(currentId);
            return false;
        }
    }
    closeDocument();
    if (process) {
        m_document = new ProcessDocument(*process, this);
        m_document->setProcessId(id);
        m_document->setReadOnly(m_workspace->isReadOnly());
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_mapView->setDocument(m_document);
        m_properties->setDocument(m_document);
        m_validation->setDocument(m_document);
        m_findBar->setDocument(m_document);
        m_runsView->setDocument(m_document);
        m_dashboard->setSource(m_workspace, id, m_document->process());
        ProcessDocument *document = m_document;
        connect(document, &ProcessDocument::changed, m_dashboard,
                [this, document] { m_dashboard->setProcess(document->process()); });
        m_improve->setSource(m_workspace, m_document);
        m_whatIf->setSource(m_workspace, id, m_document->process());
        m_checkpoints->setSource(m_workspace, id);
        m_compare->setSource(m_workspace, id, m_document->process());
        connect(document, &ProcessDocument::changed, m_whatIf, [this, document] {
            m_whatIf->setProcess(document->process());
            m_compare->setCurrentProcess(document->process());
        });
        connect(m_document, &ProcessDocument::changed, this, &MainWindow::scheduleAutosave);
        connect(m_document, &ProcessDocument::lanesChanged, this, &MainWindow::updateEmptyHint);
        connect(m_document, &ProcessDocument::stepsAdded, this, &MainWindow::updateEmptyHint);
        connect(m_document, &ProcessDocument::stepsRemoved, this, &MainWindow::updateEmptyHint);
        m_mapStack->setCurrentWidget(m_mapPage);
    }
    m_processList->setCurrentProcessId(id);
    showDiagnostic();
    updateActions();
    updateSaveState();
    updateEmptyHint();
    return true;
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    m_autosaveTimer.stop();
    m_mapView->setDocument(nullptr);
    m_properties->setDocument(nullptr);
    m_validation->setDocument(nullptr);
    m_findBar->setDocument(nullptr);
    m_runsView->setDocument(nullptr);
    m_dashboard->clear();
    m_improve->clear();
    m_whatIf->clear();
    m_checkpoints->clear();
    m_compare->clear();
    m_diagnosticPanel->clear(tr("No process open"));
    m_undoGroup->removeStack(m_document->undoStack());
    delete m_document;
    m_document = nullptr;
    m_mapStack->setCurrentIndex(0);
    setWindowModified(false);
    m_saveError.clear();
    m_autosaveErrorShown = false;
}

bool MainWindow::save()
{
    return saveDocument(true);
}

bool MainWindow::saveDocument(bool interactive)
{
    m_autosaveTimer.stop();
    if (!m_document || m_document->isReadOnly())
        return true;
    // Our own connection writes now: let a background save finish first, in order.
    if (m_saver)
        m_saver->waitUntilIdle();
    QElapsedTimer clock;
    clock.start();
    const ProcessId id = m_workspace->saveProcess(m_document->process());
    if (!id) {
        saveFailed(m_workspace->errorString(), interactive);
        return false;
    }
    saveSucceeded(id, clock.elapsed(), true, interactive);
    return true;
}

void MainWindow::saveSucceeded(ProcessId id, qint64 elapsedMs, bool markClean, bool interactive)
{
    m_lastSaveMs = elapsedMs;
    m_saveError.clear();
    m_autosaveErrorShown = false;
    m_document->setProcessId(id);
    if (markClean)
        m_document->undoStack()->setClean();
    if (interactive) {
        m_document->breakMergeChain();
        statusBar()->showMessage(tr("Saved \u201c%1\u201d.").arg(m_document->process().name), 3000);
    }
    refreshList();
    updateSaveState();
}

void MainWindow::saveFailed(const QString &error, bool interactive)
{
    m_saveError = error;
    const QString what = tr("\u201c%1\u201d could not be saved.").arg(m_document->process().name);
    statusBar()->showMessage(what + QLatin1Char(' ') + m_saveError);
    updateSaveState();
    // An autosave retries on the next change; one box per series of failures is enough.
    if (interactive || !m_autosaveErrorShown) {
        m_autosaveErrorShown = true;
        showWorkspaceError(what);
    }
}

void MainWindow::scheduleAutosave()
{
    // Not "is the stack clean?": changed() comes from inside the command, before the stack
    // counts it. autosave() looks again when the timer fires.
    if (!m_document || m_document->isReadOnly())
        return;
    m_autosaveTimer.start();
    updateSaveState();
}

void MainWindow::autosave()
{
    if (!m_document || m_document->undoStack()->isClean())
        return;
    // Not in the middle of a drag: saving there would split one gesture into two undo steps.
    // Nor while the last autosave still runs: the next one follows it.
    if (QApplication::mouseButtons() != Qt::NoButton || (m_saver && m_saver->isBusy())) {
        m_autosaveTimer.start(200);
        return;
    }
    m_autosaveTimer.setInterval(m_autosaveDelayMs);
    if (!m_saver) {
        saveDocument(false);
        return;
    }
    // The map is copied and written on the saver's thread; the window goes on at once.
    QElapsedTimer clock;
    clock.start();
    m_savingDocument = m_document;
    m_savingIndex = m_document->undoStack()->index();
    m_saver->save(m_document->process(), m_savingIndex);
    m_lastAutosaveBlockedMs = clock.elapsed();
}

void MainWindow::autosaved(ProcessId id, int undoIndex, qint64 elapsedMs)
{
    if (!m_document || m_savingDocument != m_document)
        return; // another process is open by now; it was saved when it was closed
    // Edits made while it was writing are not in the file yet: only then is the map clean.
    saveSucceeded(id, elapsedMs, m_document->undoStack()->index() == undoIndex, false);
    if (!m_document->undoStack()->isClean())
        scheduleAutosave();
}

void MainWindow::autosaveFailed(const QString &error)
{
    if (!m_document || m_savingDocument != m_document)
        return;
    saveFailed(error, false);
}

bool MainWindow::saveIfModified()
{
    if (!m_document || m_document->undoStack()->isClean())
        return true;
    return save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Autosave instead of asking; a failed save keeps the window (and the work) open.
    if (!saveIfModified()) {
        event->ignore();
        return;
    }
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mapView && event->type() == QEvent::Resize)
        updateEmptyHint();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::newProcess()
{
    const QString name = m_workspace->freeProcessName(tr("New process"));
    const ProcessId id = m_workspace->createProcess(name);
    if (!id) {
        showWorkspaceError(tr("The process \u201c%1\u201d could not be made.").arg(name));
        return;
    }
    refreshList();
    if (openProcess(id))
        m_processList->editName(id);
}

void MainWindow::renameProcess(ProcessId id, const QString &name)
{
    if (m_document && m_document->process().id == id) {
        // The open process is renamed through its document, so undo and the properties panel
        // agree, then saved at once like any rename in the list.
        for (const ProcessSummary &summary : m_workspace->processes()) {
            if (summary.id != id && summary.name == name) {
                QMessageBox::warning(
                    this, tr("Rename Process"),
                    tr("A process named \u201c%1\u201d exists already.").arg(name));
                refreshList();
                return;
            }
        }
        m_document->breakMergeChain();
        m_document->setProcessValue(Property::Name, name);
        m_document->breakMergeChain();
        save();
    } else if (!m_workspace->renameProcess(id, name)) {
        showWorkspaceError(tr("The process could not be renamed to \u201c%1\u201d.").arg(name));
    }
    refreshList();
}

void MainWindow::duplicateProcess(ProcessId id)
{
    // The copy should include what is on screen.
    if (m_document && m_document->process().id == id && !saveIfModified())
        return;
    const ProcessId copy = m_workspace->duplicateProcess(id);
    if (!copy) {
        showWorkspaceError(tr("The process could not be duplicated."));
        return;
    }
    refreshList();
    openProcess(copy);
}

void MainWindow::deleteProcess(ProcessId id)
{
    if (!m_workspace->deleteProcess(id)) {
        showWorkspaceError(tr("The process could not be deleted."));
        return;
    }
    // Its document is gone with it: close without saving.
    if (m_document && m_document->process().id == id)
        closeDocument();
    refreshList();
    openProcess(m_processList->model()->processId(0));
}

void MainWindow::saveRevision()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Save Revision"),
        tr("A note on what changed in \u201c%1\u201d:").arg(m_document->process().name),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    // A revision is a snapshot of what is saved: save the map first.
    if (!saveIfModified())
        return;
    if (!m_workspace->saveRevision(m_document->process(), note.trimmed())) {
        showWorkspaceError(tr("The revision could not be saved."));
        return;
    }
    statusBar()->showMessage(tr("Revision saved."), 3000);
    refreshList(); // the diagnostic's improvement mark
    m_compare->reloadRevisions();
}

void MainWindow::showRevisions()
{
    if (!m_document)
        return;
    RevisionsDialog dialog(m_workspace, m_document->process().id, this);
    dialog.exec();
}

void MainWindow::importBpmn()
{
    if (m_workspace->isReadOnly())
        return;
    bool imported = false;
    const ProcessId id = BpmnImportDialog::importFile(this, m_workspace->path(), &imported);
    if (imported)
        refreshList();
    if (id)
        openProcess(id);
}

void MainWindow::openSubProcessMap(ItemId stepId)
{
    if (!m_document)
        return;
    const Step *step = m_document->process().step(stepId);
    if (step && step->childProcessId)
        openProcess(step->childProcessId);
}

void MainWindow::exportBpmn()
{
    if (!m_document)
        return;
    const Process process = m_document->process();
    QSettings settings;
    const QString folder
        = settings
              .value(QStringLiteral("export/bpmnFolder"),
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString name = process.name;
    for (QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, QLatin1Char('-'));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export BPMN"), QDir(folder).filePath(name + QStringLiteral(".bpmn")),
        tr("BPMN 2.0 files (*.bpmn);;XML files (*.xml)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".bpmn");
    settings.setValue(QStringLiteral("export/bpmnFolder"), QFileInfo(path).absolutePath());

    // The child maps of expanded sub-processes are read here, on the workspace's own thread; the
    // file is written on another one so that a large map never stops the window.
    QHash<ProcessId, Process> children;
    QVector<ProcessId> pending;
    for (const Step &step : process.steps) {
        if (step.childProcessId)
            pending.append(step.childProcessId);
    }
    while (!pending.isEmpty()) {
        const ProcessId id = pending.takeLast();
        if (children.contains(id) || id == process.id)
            continue;
        if (std::optional<Process> child = m_workspace->loadProcess(id)) {
            for (const Step &step : child->steps) {
                if (step.childProcessId)
                    pending.append(step.childProcessId);
            }
            children.insert(id, *child);
        }
    }
    BpmnWriteOptions options;
    options.childProcess = [children](ProcessId id) -> std::optional<Process> {
        const auto it = children.constFind(id);
        return it == children.cend() ? std::nullopt : std::optional<Process>(*it);
    };
    statusBar()->showMessage(tr("Exporting \u201c%1\u201d...").arg(process.name));
    m_exportBpmnAction->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        updateActions();
        if (!error.isEmpty()) {
            statusBar()->clearMessage();
            QMessageBox::warning(this, tr("Export BPMN"), error);
            return;
        }
        statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    });
    watcher->setFuture(QtConcurrent::run([process, options, path] {
        QString error;
        writeBpmnFile(process, path, options, &error);
        return error;
    }));
}

void MainWindow::autoLayout()
{
    if (!m_document || m_document->isReadOnly())
        return;
    m_document->breakMergeChain();
    m_document->autoLayout();
    m_document->breakMergeChain();
}

void MainWindow::find()
{
    if (!m_document)
        return;
    m_tabs->setCurrentWidget(m_mapStack);
    m_findBar->activate();
}

ItemId MainWindow::insertPreset(const QString &presetId)
{
    if (!m_document || m_document->isReadOnly())
        return 0;
    const std::optional<StepPreset> preset = stepPreset(presetId);
    if (!preset)
        return 0;
    m_tabs->setCurrentWidget(m_mapStack);
    const QPointF centre = m_mapView->mapToScene(m_mapView->viewport()->rect().center());
    // Where the last insert went, the next goes a little to the right: pressing Enter three times
    // gives three steps, not three on top of each other.
    QPointF at = centre;
    const Process &p = m_document->process();
    // Below or above the lanes the step goes to the middle of the nearest lane: look there.
    if (const Lane *lane = p.lane(p.laneAt(at.y()))) {
        const double top = p.laneTop(lane->id);
        if (at.y() < top || at.y() > top + lane->height)
            at.setY(top + lane->height / 2);
    }
    for (int tries = 0; tries < 50; ++tries) {
        const bool taken = std::any_of(p.steps.cbegin(), p.steps.cend(), [&](const Step &s) {
            const QPointF d = p.stepScenePos(s) - at;
            return std::abs(d.x()) < 60 && std::abs(d.y()) < 40;
        });
        if (!taken)
            break;
        at.rx() += 160;
    }
    m_document->breakMergeChain();
    const ItemId id = m_mapView->createStepFromPreset(presetId, at);
    m_document->breakMergeChain();
    return id;
}

void MainWindow::showOnMap(ObjectType type, const ItemIds &ids)
{
    if (!m_document)
        return;
    m_tabs->setCurrentWidget(m_mapStack);
    ProcessScene *scene = m_mapView->processScene();
    QGraphicsItem *first = nullptr;
    switch (type) {
    case ObjectType::Process:
        scene->selectSteps({});
        break;
    case ObjectType::Step:
        scene->selectSteps(ids);
        if (!ids.isEmpty())
            first = scene->stepItem(ids.first());
        break;
    case ObjectType::Handoff:
        scene->selectHandoffs(ids);
        m_properties->setSelectedSteps({});
        m_properties->setSelectedHandoffs(ids);
        if (!ids.isEmpty())
            first = scene->handoffItem(ids.first());
        break;
    case ObjectType::Lane:
        if (!ids.isEmpty()) {
            scene->selectLane(ids.first());
            first = scene->laneItem(ids.first());
        }
        break;
    }
    if (first) {
        // A lane is wide: show its start (the header), not its middle.
        const QRectF rect = first->sceneBoundingRect();
        m_mapView->centerOn(
            type == ObjectType::Lane
                ? QPointF(rect.left() + m_mapView->viewport()->width() / 3.0, rect.center().y())
                : rect.center());
    }
}

void MainWindow::showStepOnMap(const QString &name)
{
    if (!m_document)
        return;
    // The runs name activities as the log did: match as the metrics engine does.
    const QString wanted = foldedStepName(name);
    for (const Step &step : m_document->process().steps) {
        if (foldedStepName(step.name) == wanted) {
            showOnMap(ObjectType::Step, {step.id});
            return;
        }
    }
    statusBar()->showMessage(tr("\u201c%1\u201d is not a step of the map.").arg(name), 5000);
}

void MainWindow::setTheme(Theme theme)
{
    // What the platform gave us, to go back to for "System".
    static const QString systemStyle = QApplication::style()->name();
    m_theme = theme;
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(QPalette()); // resolves to the platform's palette
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(theme));
    AppSettings::saveTheme(AppSettings::Theme(int(theme)));
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<SettingsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(AppSettings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog] {
        const AppSettings settings = dialog->settings();
        settings.save();
        // Every open workspace's window: one grid, one autosave delay for all.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget))
                window->applySettings(settings);
        }
    });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    setTheme(Theme(int(settings.theme)));
    m_mapView->setGridSize(settings.gridSize);
    m_mapView->setSnapToGrid(settings.snapToGrid);
    m_autosaveDelayMs = settings.autosaveDelayS * 1000;
    // A pending autosave starts over with the new delay (setInterval restarts a running timer).
    m_autosaveTimer.setInterval(m_autosaveDelayMs);
    if (settings.durationUnits == durationUnits())
        return;
    // The unit is the process's: every window's texts with durations change. They are written
    // when figures arrive, so what is shown is computed again.
    setDurationUnits(settings.durationUnits);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (!window || !window->m_document)
            continue;
        window->m_runsView->reload();
        window->m_dashboard->reloadRuns();
        window->m_improve->reloadRuns();
        window->m_whatIf->reloadRuns();
        window->m_checkpoints->reload();
        window->m_compare->reloadRuns();
        window->m_mapView->reloadRunsOverlay();
    }
}

void MainWindow::about()
{
    // The versions a bug report needs: SQLite as the workspace's driver really runs it.
    const QString sqlite = m_workspace->sqliteVersion();
    QMessageBox::about(this, tr("About Stepwise"),
                       tr("<h3>Stepwise %1</h3>"
                          "<p>Map, measure and improve the workflows a small team repeats.</p>"
                          "<table><tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
                          "<tr><td>SQLite</td><td>%4</td></tr>"
                          "<tr><td>QCustomPlot</td><td>%5</td></tr></table>")
                           .arg(QStringLiteral(STEPWISE_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR),
                                sqlite.isEmpty() ? tr("unknown") : sqlite,
                                QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
}

void MainWindow::showWelcomeOnFirstStart()
{
    QSettings settings;
    // Only the default workspace has the examples the tour points at. Any other start keeps it
    // closed, even where a restored window state had it open: Help > Welcome is there for that.
    if (settings.value(QStringLiteral("help/welcomeShown"), false).toBool()
        || QFileInfo(m_workspace->path()).absoluteFilePath()
            != QFileInfo(Workspace::defaultPath()).absoluteFilePath()) {
        m_welcomeDock->hide();
        return;
    }
    settings.setValue(QStringLiteral("help/welcomeShown"), true);
    showWelcome();
    // On the first start the tour matters more than the (empty) validation list below it.
    resizeDocks({m_welcomeDock, m_validationDock}, {height() * 3 / 4, height() / 6}, Qt::Vertical);
}

void MainWindow::showWelcome()
{
    m_welcomeDock->show();
    // A dock shown again joins its tab group's bar only when the layout runs: run it now, so
    // raise() finds the tab.
    QCoreApplication::sendPostedEvents(this, QEvent::LayoutRequest);
    layout()->activate();
    m_welcomeDock->raise();
    // Room for sentences that read well.
    if (!m_welcomeDock->isFloating() && m_welcomeDock->width() < 380)
        resizeDocks({m_welcomeDock}, {380}, Qt::Horizontal);
}

ShortcutsDialog *MainWindow::shortcutsDialog() const
{
    return m_shortcuts;
}

void MainWindow::showShortcuts()
{
    // Made anew each time it opens, from the actions as they are then.
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(menuBar(), this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::goToWelcomeDestination(WelcomePanel::Destination destination)
{
    using Destination = WelcomePanel::Destination;
    // The tour names the examples as they were made, in the user's language.
    const bool onboarding
        = destination == Destination::Map || destination == Destination::LaneOwner;
    const QString name = exampleProcesses().value(onboarding ? 0 : 1).name;
    if (const ProcessId id = m_workspace->findProcess(name)) {
        if (!openProcess(id))
            return;
    } else {
        statusBar()->showMessage(
            tr("This workspace has no process named \u201c%1\u201d: showing the open one.")
                .arg(name),
            5000);
    }
    if (!m_document)
        return;
    switch (destination) {
    case Destination::Map:
        m_tabs->setCurrentWidget(m_mapStack);
        break;
    case Destination::LaneOwner:
        if (!m_document->process().lanes.isEmpty())
            showOnMap(ObjectType::Lane, {m_document->process().lanes.first().id});
        m_tabs->setCurrentWidget(m_mapStack);
        m_propertiesDock->show();
        m_propertiesDock->raise();
        break;
    case Destination::Runs:
        m_tabs->setCurrentWidget(m_runsView);
        break;
    case Destination::Dashboard:
        m_tabs->setCurrentWidget(m_dashboard);
        break;
    case Destination::Checkpoint:
        m_tabs->setCurrentWidget(m_improve);
        m_improve->setCurrentSection(m_checkpointPage);
        break;
    case Destination::RevisionCompare:
        m_tabs->setCurrentWidget(m_improve);
        m_improve->setCurrentSection(m_comparePage);
        break;
    case Destination::Candidates:
        m_tabs->setCurrentWidget(m_improve);
        m_improve->setCurrentSection(ImproveView::CandidatesSection);
        break;
    case Destination::WhatIf:
        m_tabs->setCurrentWidget(m_improve);
        m_improve->setCurrentSection(m_whatIfPage);
        break;
    }
}

void MainWindow::showWorkspaceError(const QString &what)
{
    QMessageBox box(QMessageBox::Warning, tr("Stepwise"), what, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("workspaceErrorBox"));
    box.setInformativeText(m_workspace->errorString());
    box.exec();
}

void MainWindow::goToFix(DiagnosticFix fix)
{
    if (!m_document)
        return;
    switch (fix) {
    case DiagnosticFix::Validation:
        m_tabs->setCurrentWidget(m_mapStack);
        m_validationDock->show();
        m_validationDock->raise();
        break;
    case DiagnosticFix::Lanes: {
        // A lane is named by who owns its work: select the first without a name, else the first
        // step in no lane, so the properties show what to fill in.
        m_tabs->setCurrentWidget(m_mapStack);
        const Process &process = m_document->process();
        const auto unnamed
            = std::find_if(process.lanes.cbegin(), process.lanes.cend(),
                           [](const Lane &lane) { return lane.name.trimmed().isEmpty(); });
        const auto outside
            = std::find_if(process.steps.cbegin(), process.steps.cend(),
                           [&process](const Step &step) { return !process.lane(step.laneId); });
        if (unnamed != process.lanes.cend())
            showOnMap(ObjectType::Lane, {unnamed->id});
        else if (outside != process.steps.cend())
            showOnMap(ObjectType::Step, {outside->id});
        m_propertiesDock->show();
        m_propertiesDock->raise();
        break;
    }
    case DiagnosticFix::LogRun:
        m_tabs->setCurrentWidget(m_runsView);
        m_runsView->logRunAction()->trigger();
        break;
    case DiagnosticFix::SaveRevision:
        saveRevision();
        break;
    case DiagnosticFix::AutomationCandidates:
        m_improve->setCurrentSection(ImproveView::CandidatesSection);
        break;
    }
}

void MainWindow::showDiagnostic()
{
    const ProcessId id = m_document ? m_document->process().id : 0;
    if (!id) {
        m_diagnosticPanel->clear(tr("No process open"));
        return;
    }
    if (const std::optional<Diagnostic> diagnostic = m_processList->model()->diagnostic(id))
        m_diagnosticPanel->setDiagnostic(*diagnostic);
    else
        m_diagnosticPanel->clear(tr("Looking at the process..."));
}

void MainWindow::showReviewsDue()
{
    m_reviewsDue->setDue(m_workspace->checkpointsDue(QDate::currentDate()), QDate::currentDate());
}

void MainWindow::reviewCheckpoint(ProcessId id)
{
    if (!openProcess(id))
        return;
    m_tabs->setCurrentWidget(m_improve);
    m_improve->setCurrentSection(m_checkpointPage);
    if (m_checkpoints->status()) {
        m_checkpoints->review();
        return;
    }
    // The review shows the value measured since the last one: wait for the figures.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_checkpoints, &CheckpointPanel::measured, this, [this, connection] {
        QObject::disconnect(*connection);
        m_checkpoints->review();
    });
}

void MainWindow::refreshList()
{
    m_processList->refresh();
    const int count = m_processList->model()->rowCount();
    m_countLabel->setText(tr("Processes: %1").arg(count));
}

void MainWindow::updateTitle()
{
    const QFileInfo file(m_workspace->path());
    QString title = file.fileName() + QStringLiteral("[*]");
    if (m_workspace->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" \u2013 Stepwise"));
    setWindowFilePath(file.absoluteFilePath());
}

void MainWindow::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_saveAction->setEnabled(writable);
    m_saveRevisionAction->setEnabled(writable);
    m_revisionsAction->setEnabled(m_document != nullptr);
    m_exportBpmnAction->setEnabled(m_document != nullptr);
    m_importBpmnAction->setEnabled(!m_workspace->isReadOnly());
    m_exportReportAction->setEnabled(m_document != nullptr);
    m_exportMapAction->setEnabled(m_document != nullptr);
    m_printAction->setEnabled(m_document != nullptr);
    m_findAction->setEnabled(m_document != nullptr);
    if (m_autoLayoutAction->parent() == this) // the map's own keeps its own state
        m_autoLayoutAction->setEnabled(writable);
    m_palette->setEnabled(writable);
}

void MainWindow::updateSaveState()
{
    if (!m_saveStateLabel)
        return;
    QString text;
    QString tip;
    if (!m_document || m_document->isReadOnly()) {
        text.clear();
    } else if (!m_saveError.isEmpty()) {
        text = tr("Not saved");
        tip = m_saveError;
    } else if (!m_document->undoStack()->isClean()) {
        text = tr("Saving...");
        tip = tr("Changes are saved a second after the last one.");
    } else {
        text = tr("All changes saved");
        tip = tr("Last save took %n ms.", nullptr, int(m_lastSaveMs));
    }
    m_saveStateLabel->setText(text);
    m_saveStateLabel->setToolTip(tip);
    m_saveStateLabel->setAccessibleName(text);
    m_saveStateLabel->setForegroundRole(m_saveError.isEmpty() ? QPalette::WindowText
                                                              : QPalette::BrightText);
}

void MainWindow::updateEmptyHint()
{
    const bool empty = m_document && m_document->process().lanes.isEmpty()
        && m_document->process().steps.isEmpty();
    m_emptyHint->setVisible(empty);
    if (empty) {
        const QRect area = m_mapView->rect();
        const int width = std::min(area.width() - 40, 520);
        m_emptyHint->setFixedWidth(std::max(width, 200));
        m_emptyHint->adjustSize();
        m_emptyHint->move(area.center() - m_emptyHint->rect().center());
        m_emptyHint->raise();
    }
}

void MainWindow::updateValidationTitle(int count)
{
    const QString title = count ? tr("Validation (%1)").arg(count) : tr("Validation");
    m_validationDock->setWindowTitle(title);
    m_validationDock->setAccessibleName(title);
}

} // namespace Stepwise
