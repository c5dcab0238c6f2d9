#include "mainwindow.h"

#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "panels/processlistmodel.h"
#include "panels/processlistpanel.h"
#include "panels/propertiespanel.h"
#include "panels/revisionsdialog.h"

#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace Stepwise {

namespace {

/// A centred, friendly note for a tab that has nothing to show yet.
QWidget *emptyState(const QString &title, const QString &text)
{
    auto *label = new QLabel(QStringLiteral("<p style='font-size:large'><b>%1</b></p><p>%2</p>")
                                 .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(40);
    label->setTextFormat(Qt::RichText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createCentralArea();
    createDocks();
    createMenus();

    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_countLabel);
    if (m_workspace->isReadOnly()) {
        auto *readOnly = new QLabel(tr("Read-only workspace"), this);
        readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
        readOnly->setToolTip(tr("%1 cannot be written: changes cannot be saved.")
                                 .arg(QDir::toNativeSeparators(m_workspace->path())));
        statusBar()->addPermanentWidget(readOnly);
    }

    connect(m_undoGroup, &QUndoGroup::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_mapView->processScene(), &ProcessScene::selectedStepsChanged, m_properties,
            &PropertiesPanel::setSelectedSteps);

    updateTitle();
    refreshList();
    // Most of the screen: a map needs room. (Remembering the geometry comes with the settings.)
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::max(1024, available.width() * 9 / 10), std::max(700, available.height() * 9 / 10));

    // A new user should see a map at once: open the first process.
    if (const ProcessId first = m_processList->model()->processId(0))
        openProcess(first);
    updateActions();
}

MainWindow::~MainWindow()
{
    // Detach the views before the document goes, so none of them reads a dying document.
    closeDocument();
}

void MainWindow::createActions()
{
    m_saveAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the open process to the workspace"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveRevisionAction = new QAction(tr("Save &Revision..."), this);
    m_saveRevisionAction->setObjectName(QStringLiteral("actionSaveRevision"));
    m_saveRevisionAction->setToolTip(tr("Keep a snapshot of this map with a note"));
    connect(m_saveRevisionAction, &QAction::triggered, this, &MainWindow::saveRevision);

    m_revisionsAction = new QAction(tr("Re&visions..."), this);
    m_revisionsAction->setObjectName(QStringLiteral("actionRevisions"));
    m_revisionsAction->setToolTip(tr("Look at the saved revisions of this map"));
    connect(m_revisionsAction, &QAction::triggered, this, &MainWindow::showRevisions);

    m_quitAction
        = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_aboutAction = new QAction(tr("&About Stepwise"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralArea()
{
    m_mapView = new MapView(this);
    m_mapView->setObjectName(QStringLiteral("mapView"));
    m_mapStack = new QStackedWidget(this);
    m_mapStack->addWidget(
        emptyState(tr("No process open"), tr("Select a process on the left, or make a new one.")));
    m_mapStack->addWidget(m_mapView);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_mapStack, tr("&Map"));
    m_tabs->addTab(emptyState(tr("No runs yet"),
                              tr("Runs of this process appear here once you log or import them.")),
                   tr("R&uns"));
    m_tabs->addTab(emptyState(tr("Nothing to measure yet"),
                              tr("Cycle time, SLA compliance, waiting versus working time and "
                                 "bottlenecks appear here once the process has runs.")),
                   tr("&Dashboard"));
    m_tabs->addTab(emptyState(tr("Nothing to improve yet"),
                              tr("What to fix first, checkpoints with review dates and what-if "
                                 "comparisons of automation appear here once the process has "
                                 "runs.")),
                   tr("&Improve"));
    setCentralWidget(m_tabs);
}

void MainWindow::createDocks()
{
    m_processList = new ProcessListPanel(m_workspace, this);
    m_processList->setObjectName(QStringLiteral("processListPanel"));
    m_processDock = new QDockWidget(tr("Processes"), this);
    m_processDock->setObjectName(QStringLiteral("processDock"));
    m_processDock->setWidget(m_processList);
    m_processDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_processDock);

    m_properties = new PropertiesPanel(this);
    m_properties->setObjectName(QStringLiteral("propertiesPanel"));
    m_propertiesDock = new QDockWidget(tr("Properties"), this);
    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    m_propertiesDock->setWidget(m_properties);
    m_propertiesDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    resizeDocks({m_processDock, m_propertiesDock}, {280, 320}, Qt::Horizontal);

    connect(m_processList, &ProcessListPanel::currentProcessChanged, this,
            [this](ProcessId id) { openProcess(id); });
    connect(m_processList, &ProcessListPanel::newProcessRequested, this, &MainWindow::newProcess);
    connect(m_processList, &ProcessListPanel::renameRequested, this, &MainWindow::renameProcess);
    connect(m_processList, &ProcessListPanel::duplicateRequested, this,
            &MainWindow::duplicateProcess);
    connect(m_processList, &ProcessListPanel::deleteRequested, this, &MainWindow::deleteProcess);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_processList->newAction());
    file->addAction(m_saveAction);
    file->addAction(m_saveRevisionAction);
    file->addAction(m_revisionsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_processList->renameAction());
    edit->addAction(m_processList->duplicateAction());
    edit->addAction(m_processList->deleteAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_processDock->toggleViewAction());
    view->addAction(m_propertiesDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_processList->newAction());
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    view->addSeparator();
    view->addAction(toolBar->toggleViewAction());
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
        m_mapStack->setCurrentWidget(m_mapView);
    }
    m_processList->setCurrentProcessId(id);
    updateActions();
    return true;
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    m_mapView->setDocument(nullptr);
    m_properties->setDocument(nullptr);
    m_undoGroup->removeStack(m_document->undoStack());
    delete m_document;
    m_document = nullptr;
    m_mapStack->setCurrentIndex(0);
    setWindowModified(false);
}

bool MainWindow::save()
{
    if (!m_document || m_document->isReadOnly())
        return true;
    const ProcessId id = m_workspace->saveProcess(m_document->process());
    if (!id) {
        showWorkspaceError(
            tr("\u201c%1\u201d could not be saved.").arg(m_document->process().name));
        return false;
    }
    m_document->setProcessId(id);
    m_document->undoStack()->setClean();
    m_document->breakMergeChain();
    refreshList();
    statusBar()->showMessage(tr("Saved \u201c%1\u201d.").arg(m_document->process().name), 3000);
    return true;
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
}

void MainWindow::showRevisions()
{
    if (!m_document)
        return;
    RevisionsDialog dialog(m_workspace, m_document->process().id, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Stepwise"),
                       tr("<h3>Stepwise %1</h3>"
                          "<p>Map, measure and improve the workflows a small team repeats.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QStringLiteral(STEPWISE_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::showWorkspaceError(const QString &what)
{
    QMessageBox box(QMessageBox::Warning, tr("Stepwise"), what, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("workspaceErrorBox"));
    box.setInformativeText(m_workspace->errorString());
    box.exec();
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
}

} // namespace Stepwise
