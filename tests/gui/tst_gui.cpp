// Tests of the main window driven like a user: clicks in the process list and on the map, typing
// in the properties panel, the menu actions and their shortcuts, with the workspace checked after.

#include "mainwindow.h"

#include "filedialog.h"

#include "canvas/handoffitem.h"
#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "improve/checkpointpanel.h"
#include "improve/checkpointreviewdialog.h"
#include "improve/diagnosticpanel.h"
#include "improve/improveview.h"
#include "improve/reviewsduebanner.h"
#include "improve/revisioncomparepanel.h"
#include "panels/bpmnimportdialog.h"
#include "panels/durationedit.h"
#include "panels/findbar.h"
#include "panels/palettepanel.h"
#include "panels/processlistmodel.h"
#include "panels/processlistpanel.h"
#include "panels/propertiespanel.h"
#include "panels/revisionsdialog.h"
#include "panels/validationpanel.h"

#include "analysis/validation.h"
#include "process/processdocument.h"
#include "process/steppreset.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Stepwise;

namespace {

// Alpha: one lane, start -> end. Beta: two lanes, start -> task (same lane) -> end (other lane).
Process alphaProcess()
{
    Process p;
    p.name = QStringLiteral("Alpha");
    p.owner = QStringLiteral("Ann");
    p.lanes = {{1, QStringLiteral("Office"), Lane::Kind::Team, QColor(0x42, 0x85, 0xf4), 160}};
    Step start;
    start.id = 2;
    start.kind = Step::Kind::Start;
    start.name = QStringLiteral("Begin");
    start.laneId = 1;
    start.pos = {80, 80};
    Step end;
    end.id = 3;
    end.kind = Step::Kind::End;
    end.name = QStringLiteral("Finish");
    end.laneId = 1;
    end.pos = {300, 80};
    p.steps = {start, end};
    p.handoffs = {{4, 2, 3, {}}};
    p.nextItemId = 5;
    return p;
}

Process betaProcess()
{
    Process p;
    p.name = QStringLiteral("Beta");
    p.owner = QStringLiteral("Bob");
    p.slaTargetS = 2 * 86400;
    p.lanes = {{1, QStringLiteral("Sales"), Lane::Kind::Role, QColor(0xf4, 0xb4, 0x00), 160},
               {2, QStringLiteral("Operations"), Lane::Kind::Team, QColor(0x0f, 0x9d, 0x58), 180}};
    Step start;
    start.id = 3;
    start.kind = Step::Kind::Start;
    start.name = QStringLiteral("Order in");
    start.laneId = 1;
    start.pos = {80, 80};
    Step task;
    task.id = 4;
    task.kind = Step::Kind::Task;
    task.name = QStringLiteral("Check the order");
    task.laneId = 1;
    task.pos = {280, 80};
    Step end;
    end.id = 5;
    end.kind = Step::Kind::End;
    end.name = QStringLiteral("Shipped");
    end.laneId = 2;
    end.pos = {500, 90};
    p.steps = {start, task, end};
    p.handoffs = {{6, 3, 4, {}}, {7, 4, 5, QStringLiteral("ok")}};
    p.nextItemId = 8;
    return p;
}

ProcessId store(Workspace &workspace, Process process)
{
    process.id = workspace.createProcess(process.name);
    if (!process.id)
        return 0;
    return workspace.saveProcess(process);
}

/// Answers the next message box with `button`, keeping its text (a modal exec() blocks the test).
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

// Answers the next modal input dialog with a text, as a user typing a note and pressing Enter.
static void answerNextInputDialog(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void titleNamesWorkspaceAndFirstProcessIsOpen();
    void clickingTheSecondProcessShowsItsMap();
    void crossLaneHandoffIsMarked();
    void clickingAStepShowsItsProperties();
    void editingAStepNameUpdatesTheMap();
    void newProcessAppearsInListAndWorkspace();
    void f2RenamesInWorkspace();
    void renamingInPropertiesRenamesInListOnSave();
    void deleteAfterConfirmationRemovesProcess();
    void deleteCancelledKeepsProcess();
    void typingOwnerIsOneUndoableEdit();
    void ctrlSMarksCleanAndPersists();
    void nonsenseSlaIsRefused();
    void validSlaIsStored();
    void businessHoursAreSetInThePanel();
    void nonsenseWorkingHoursAreRefused();
    void switchingProcessAutosaves();
    void closingWindowAutosaves();
    void readOnlyWorkspaceRefusesEdits();
    void revisionsAreListedNewestFirstAndOpenReadOnly();

    // the map editor's panels and window (issue 3)
    void changingAStepKindInThePanelRedrawsTheStepAndUndoes();
    void typingTheDefinitionOfDoneIsOneUndoableEdit();
    void inputsAreEditedOnePerLine();
    void severalSelectedStepsShowTheirCommonFieldsAndChangeTogether();
    void typingAHandoffLabelChangesTheHandoff();
    void editingALaneChangesItsOwnerAndKind();
    void everyFieldHasAnAccessibleName();
    void autosaveWritesToTheWorkspaceASecondAfterTheLastChange();
    void autosaveOfALargeMapRunsInTheBackground();
    void autoLayoutIsOneUndoStep();
    void diagnosticFixButtonsGoWhereTheFixIs();
    void reviewsDueShowOnStartAndOpenTheReview();
    void clickingAProblemSelectsTheStep();
    void validationDockTitleCountsProblems();
    void fixingTheProblemEmptiesTheList();
    void themeToggleSwitchesThePalette();
    void findSelectsAStepAndEnterCyclesTheMatches();
    void enterOnAPaletteEntryInsertsTheStep();
    void paletteDragCarriesThePresetId();
    void anEmptyProcessShowsAHint();
    void everyActionHasAnObjectNameAndATooltip();
    void aNewUserBuildsAMapWithTheKeyboardAlone();
    void exportBpmnWritesTheOpenMapWhereTheDialogSays();
    void typingAHandoffConditionChangesTheHandoff();
    void importBpmnReportsAndOpensTheMapAndItsSubProcess();

private:
    void openWindow(const Workspace::OpenOptions &options = {});
    void selectRow(int row);
    QAction *action(const char *name) const;
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    void selectBeta();

    QTemporaryDir m_configDir; // QSettings of the tests, never the user's
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ProcessId m_alpha = 0;
    ProcessId m_beta = 0;
};

void TestGui::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui"));
}

void TestGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("test.stepwise"));
    Workspace setup;
    QVERIFY2(setup.open(m_path), qPrintable(setup.errorString()));
    m_alpha = store(setup, alphaProcess());
    m_beta = store(setup, betaProcess());
    QVERIFY2(m_alpha && m_beta, qPrintable(setup.errorString()));
}

void TestGui::cleanup()
{
    if (m_window && m_window->theme() != MainWindow::Theme::System)
        m_window->setTheme(MainWindow::Theme::System);
    QSettings().clear();
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestGui::openWindow(const Workspace::OpenOptions &options)
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(m_path, options), qPrintable(m_workspace->errorString()));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGui::selectRow(int row)
{
    QTreeView *view = m_window->processListPanel()->view();
    const QModelIndex index = view->model()->index(row, 0);
    QVERIFY(index.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestGui::selectBeta()
{
    selectRow(1);
    QCOMPARE(m_window->document()->process().id, m_beta);
}

QAction *TestGui::action(const char *name) const
{
    // The editor's action: the Improve tab's revision compare has a map view with its own.
    QAction *found = nullptr;
    for (QAction *candidate : m_window->findChildren<QAction *>(QLatin1String(name))) {
        auto *owner = qobject_cast<QWidget *>(candidate->parent());
        if (!owner || !m_window->revisionComparePanel()->isAncestorOf(owner)) {
            found = candidate;
            break;
        }
    }
    if (!found)
        qWarning("no action %s", name);
    return found;
}

void TestGui::titleNamesWorkspaceAndFirstProcessIsOpen()
{
    openWindow();
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("test.stepwise")));
    QVERIFY(m_window->windowTitle().endsWith(QStringLiteral(" \u2013 Stepwise")));
    QCOMPARE(m_window->windowFilePath(), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->process().id, m_alpha);
    QCOMPARE(m_window->mapView()->processScene()->stepItemCount(), 2);
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("readOnlyLabel")));
}

void TestGui::clickingTheSecondProcessShowsItsMap()
{
    openWindow();
    selectRow(1);
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->process().id, m_beta);
    const QList<QGraphicsItem *> items = m_window->mapView()->scene()->items();
    int steps = 0, handoffs = 0;
    for (QGraphicsItem *item : items) {
        steps += qgraphicsitem_cast<StepItem *>(item) != nullptr;
        handoffs += qgraphicsitem_cast<HandoffItem *>(item) != nullptr;
    }
    QCOMPARE(steps, 3);
    QCOMPARE(handoffs, 2);
    // Each step item sits where the model says.
    const Process &p = m_window->document()->process();
    for (const Step &step : p.steps)
        QCOMPARE(m_window->mapView()->processScene()->stepItem(step.id)->pos(),
                 p.stepScenePos(step));
}

void TestGui::crossLaneHandoffIsMarked()
{
    openWindow();
    selectRow(1);
    ProcessScene *scene = m_window->mapView()->processScene();
    QVERIFY(!scene->handoffItem(6)->crossesLanes());
    QVERIFY(scene->handoffItem(7)->crossesLanes());
}

void TestGui::clickingAStepShowsItsProperties()
{
    openWindow();
    selectRow(1);
    MapView *view = m_window->mapView();
    StepItem *item = view->processScene()->stepItem(4);
    QVERIFY(item);
    view->centerOn(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(item->scenePos()));
    QVERIFY(item->isSelected());
    QCOMPARE(view->processScene()->selectedStepIds(), ItemIds {4});
    QCOMPARE(m_window->propertiesPanel()->currentStepId(), 4);
    auto *name = child<QLineEdit>("stepNameEdit");
    QVERIFY(name && name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Check the order"));
    // Selecting changes nothing in the document.
    QVERIFY(m_window->document()->undoStack()->isClean());

    // A click on empty map shows the process again.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(item->scenePos() + QPointF(0, 200)));
    QCOMPARE(m_window->propertiesPanel()->currentStepId(), 0);
    QVERIFY(child<QLineEdit>("ownerEdit")->isVisible());
}

void TestGui::editingAStepNameUpdatesTheMap()
{
    openWindow();
    selectRow(1);
    ProcessScene *scene = m_window->mapView()->processScene();
    scene->selectSteps({4});
    auto *name = child<QLineEdit>("stepNameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Approve"));
    QCOMPARE(m_window->document()->process().step(4)->name, QStringLiteral("Approve"));
    QVERIFY(scene->stepItem(4)->toolTip().contains(QStringLiteral("Approve")));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    action("actionUndo")->trigger();
    QCOMPARE(m_window->document()->process().step(4)->name, QStringLiteral("Check the order"));
    QCOMPARE(name->text(), QStringLiteral("Check the order"));
}

void TestGui::newProcessAppearsInListAndWorkspace()
{
    openWindow();
    QAction *newAction = action("actionNewProcess");
    QVERIFY(newAction && newAction->isEnabled());
    newAction->trigger();
    ProcessListModel *model = m_window->processListPanel()->model();
    QCOMPARE(model->rowCount(), 3);
    const ProcessId id = m_workspace->findProcess(QStringLiteral("New process"));
    QVERIFY(id);
    QVERIFY(model->rowOf(id) >= 0);
    QCOMPARE(m_window->document()->process().id, id);
    QCOMPARE(m_window->processListPanel()->currentProcessId(), id);

    // A second one gets a free name.
    newAction->trigger();
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(m_workspace->findProcess(QStringLiteral("New process (2)")));
}

void TestGui::f2RenamesInWorkspace()
{
    openWindow();
    selectRow(1);
    QTreeView *view = m_window->processListPanel()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Gamma"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_workspace->loadProcess(m_beta)->name, QStringLiteral("Gamma"));
    QCOMPARE(m_window->document()->process().name, QStringLiteral("Gamma"));
    QVERIFY(m_window->document()->undoStack()->isClean());
    ProcessListModel *model = m_window->processListPanel()->model();
    QCOMPARE(model->data(model->index(model->rowOf(m_beta), 0)).toString(),
             QStringLiteral("Gamma"));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Gamma"));
}

void TestGui::renamingInPropertiesRenamesInListOnSave()
{
    openWindow();
    auto *name = child<QLineEdit>("nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Zeta"));
    QCOMPARE(m_window->document()->process().name, QStringLiteral("Zeta"));
    QCOMPARE(m_workspace->loadProcess(m_alpha)->name, QStringLiteral("Alpha"));
    action("actionSave")->trigger();
    QCOMPARE(m_workspace->loadProcess(m_alpha)->name, QStringLiteral("Zeta"));
    ProcessListModel *model = m_window->processListPanel()->model();
    // Sorted by name: Zeta now comes after Beta, and stays the current one.
    QCOMPARE(model->rowOf(m_alpha), 1);
    QCOMPARE(model->data(model->index(1, 0)).toString(), QStringLiteral("Zeta"));
    QCOMPARE(m_window->processListPanel()->currentProcessId(), m_alpha);
}

void TestGui::deleteAfterConfirmationRemovesProcess()
{
    openWindow();
    selectRow(1);
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    action("actionDeleteProcess")->trigger();
    QVERIFY2(question.contains(QStringLiteral("Beta")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("cannot be undone")));
    QVERIFY(!m_workspace->loadProcess(m_beta));
    QCOMPARE(m_window->processListPanel()->model()->rowCount(), 1);
    QCOMPARE(m_window->processListPanel()->model()->rowOf(m_beta), -1);
    // The remaining process is opened.
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->process().id, m_alpha);
}

void TestGui::deleteCancelledKeepsProcess()
{
    openWindow();
    selectRow(1);
    answerNextMessageBox(QMessageBox::Cancel);
    action("actionDeleteProcess")->trigger();
    QVERIFY(m_workspace->loadProcess(m_beta));
    QCOMPARE(m_window->processListPanel()->model()->rowCount(), 2);
    QCOMPARE(m_window->document()->process().id, m_beta);
}

void TestGui::typingOwnerIsOneUndoableEdit()
{
    openWindow();
    auto *owner = child<QLineEdit>("ownerEdit");
    QVERIFY(owner);
    QUndoStack *stack = m_window->document()->undoStack();
    owner->setFocus();
    QVERIFY(owner->hasFocus());
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Dana"));
    QCOMPARE(m_window->document()->process().owner, QStringLiteral("Dana"));
    QCOMPARE(stack->count(), 1); // typing merges
    QVERIFY(m_window->isWindowModified());
    QVERIFY2(action("actionUndo")->text().contains(QStringLiteral("Change owner")),
             qPrintable(action("actionUndo")->text()));

    action("actionUndo")->trigger();
    QCOMPARE(m_window->document()->process().owner, QStringLiteral("Ann"));
    QCOMPARE(owner->text(), QStringLiteral("Ann"));
    QVERIFY(!m_window->isWindowModified());

    action("actionRedo")->trigger();
    QCOMPARE(m_window->document()->process().owner, QStringLiteral("Dana"));
    QCOMPARE(owner->text(), QStringLiteral("Dana"));

    // Leaving the field ends the merge: the next typing is a new undo step.
    child<QPlainTextEdit>("descriptionEdit")->setFocus();
    QVERIFY(!owner->hasFocus());
    owner->setFocus();
    QTest::keyClicks(owner, QStringLiteral("!"));
    QTRY_COMPARE(stack->count(), 2);
}

void TestGui::ctrlSMarksCleanAndPersists()
{
    openWindow();
    auto *owner = child<QLineEdit>("ownerEdit");
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Dana"));
    QVERIFY(!m_window->document()->undoStack()->isClean());
    // Ctrl+S saves a revision (the map is saved on its own): the note, then Enter.
    answerNextInputDialog(QStringLiteral("Dana owns it"));
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QVERIFY(m_window->document()->undoStack()->isClean());
    QVERIFY(!m_window->isWindowModified());

    Workspace other;
    QVERIFY2(other.open(m_path), qPrintable(other.errorString()));
    QCOMPARE(other.loadProcess(m_alpha)->owner, QStringLiteral("Dana"));
    QCOMPARE(other.revisions(m_alpha).size(), 1);
    QCOMPARE(other.revisions(m_alpha).first().note, QStringLiteral("Dana owns it"));
}

void TestGui::nonsenseSlaIsRefused()
{
    openWindow();
    selectRow(1);
    auto *sla = child<DurationEdit>("slaEdit");
    QVERIFY(sla);
    QCOMPARE(sla->text(), QStringLiteral("2d"));
    sla->selectAll();
    QTest::keyClicks(sla, QStringLiteral("abc"));
    QVERIFY(!sla->isValid());
    QCOMPARE(m_window->document()->process().slaTargetS, qint64(2 * 86400));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QVERIFY(m_window->document()->undoStack()->isClean());
}

void TestGui::validSlaIsStored()
{
    openWindow();
    auto *sla = child<DurationEdit>("slaEdit");
    sla->selectAll();
    QTest::keyClicks(sla, QStringLiteral("1d 4h"));
    QVERIFY(sla->isValid());
    QCOMPARE(m_window->document()->process().slaTargetS, qint64(100800));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestGui::businessHoursAreSetInThePanel()
{
    openWindow();
    ProcessDocument *document = m_window->document();
    QUndoStack *stack = document->undoStack();
    auto *clock = child<QComboBox>("slaClockCombo");
    auto *hours = child<QLineEdit>("workingHoursEdit");
    auto *zone = child<QLineEdit>("timeZoneEdit");
    auto *holidays = child<QLineEdit>("holidaysEdit");
    QVERIFY(clock && hours && zone && holidays);
    // On calendar time the hours are there but greyed: they count for nothing.
    QCOMPARE(clock->currentData().toInt(), int(Process::SlaClock::Calendar));
    QVERIFY(!hours->isEnabled());

    clock->setFocus();
    QTest::keyClick(clock, Qt::Key_Down);
    QCOMPARE(document->process().slaClock, Process::SlaClock::BusinessHours);
    QVERIFY(hours->isEnabled() && zone->isEnabled() && holidays->isEnabled());
    QCOMPARE(stack->count(), 1);

    hours->setFocus();
    QTest::keyClicks(hours, QStringLiteral("mon-thu 8:00-17:00; Fri 8:00-14:00"));
    QCOMPARE(document->process().workingHours,
             QStringLiteral("Mon-Thu 08:00-17:00; Fri 08:00-14:00"));
    QCOMPARE(hours->text(), QStringLiteral("mon-thu 8:00-17:00; Fri 8:00-14:00")); // as typed
    QCOMPARE(stack->count(), 2); // the typing merges into one edit
    QVERIFY2(action("actionUndo")->text().contains(QStringLiteral("working hours")),
             qPrintable(action("actionUndo")->text()));

    zone->setFocus(); // leaving the field shows the stored form
    QTRY_COMPARE(hours->text(), QStringLiteral("Mon-Thu 08:00-17:00; Fri 08:00-14:00"));
    QTest::keyClicks(zone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(document->process().timeZone, QStringLiteral("Europe/Berlin"));
    holidays->setFocus();
    QTest::keyClicks(holidays, QStringLiteral("2026-12-25, 2026-12-24"));
    QCOMPARE(document->process().holidays,
             (QVector<QDate> {QDate(2026, 12, 24), QDate(2026, 12, 25)}));
    QVERIFY(!child<QLabel>("calendarErrorLabel")->isVisible());

    // Undo takes each field back, the clock last.
    while (stack->canUndo())
        action("actionUndo")->trigger();
    QCOMPARE(document->process().slaClock, Process::SlaClock::Calendar);
    QVERIFY(document->process().workingHours.isEmpty());
    QVERIFY(document->process().holidays.isEmpty());
    QVERIFY(hours->text().isEmpty());
    QVERIFY(!hours->isEnabled());
}

void TestGui::nonsenseWorkingHoursAreRefused()
{
    openWindow();
    ProcessDocument *document = m_window->document();
    auto *clock = child<QComboBox>("slaClockCombo");
    auto *hours = child<QLineEdit>("workingHoursEdit");
    auto *error = child<QLabel>("calendarErrorLabel");
    clock->setFocus();
    QTest::keyClick(clock, Qt::Key_Down);
    const Process before = document->process();
    const int edits = document->undoStack()->count();

    hours->setFocus();
    QTest::keyClicks(hours, QStringLiteral("Mon-Fry 09:00-18:00"));
    QCOMPARE(document->process(), before);
    QCOMPARE(document->undoStack()->count(), edits);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("\"Fry\""))
                 && error->text().contains(QStringLiteral("character 5"))
                 && error->text().contains(QStringLiteral("Not applied")),
             qPrintable(error->text()));
    QCOMPARE(hours->text(), QStringLiteral("Mon-Fry 09:00-18:00")); // kept to be put right

    // Put right, it is applied and the message goes.
    QTest::keyClick(hours, Qt::Key_Home);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(hours, Qt::Key_Right);
    QTest::keyClick(hours, Qt::Key_Delete);
    QTest::keyClick(hours, Qt::Key_Delete);
    QTest::keyClicks(hours, QStringLiteral("ri"));
    QCOMPARE(document->process().workingHours, QStringLiteral("Mon-Fri 09:00-18:00"));
    QVERIFY(!error->isVisible());

    // A bad zone left behind is not applied and the field shows the stored zone again.
    auto *zone = child<QLineEdit>("timeZoneEdit");
    zone->setFocus();
    QTest::keyClicks(zone, QStringLiteral("Mars/Olympus"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("Mars/Olympus")));
    hours->setFocus();
    QTRY_VERIFY(zone->text().isEmpty());
    QVERIFY(!error->isVisible());
    QVERIFY(document->process().timeZone.isEmpty());
}

void TestGui::switchingProcessAutosaves()
{
    openWindow();
    auto *owner = child<QLineEdit>("ownerEdit");
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Eve"));
    selectRow(1);
    QCOMPARE(m_window->document()->process().id, m_beta);
    QCOMPARE(m_workspace->loadProcess(m_alpha)->owner, QStringLiteral("Eve"));
    QVERIFY(!m_window->isWindowModified());
}

void TestGui::closingWindowAutosaves()
{
    openWindow();
    auto *owner = child<QLineEdit>("ownerEdit");
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Finn"));
    QVERIFY(m_window->close());
    QCOMPARE(m_workspace->loadProcess(m_alpha)->owner, QStringLiteral("Finn"));
}

void TestGui::readOnlyWorkspaceRefusesEdits()
{
    Workspace::OpenOptions options;
    options.readOnly = true;
    openWindow(options);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[read-only]")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("readOnlyLabel")));
    QVERIFY(!action("actionNewProcess")->isEnabled());
    QVERIFY(!action("actionDeleteProcess")->isEnabled());
    QVERIFY(!action("actionSave")->isEnabled());
    QVERIFY(m_window->document()->isReadOnly());
    auto *owner = child<QLineEdit>("ownerEdit");
    QVERIFY(owner->isReadOnly());
    QTest::keyClicks(owner, QStringLiteral("X"));
    QCOMPARE(m_window->document()->process().owner, QStringLiteral("Ann"));
}

void TestGui::revisionsAreListedNewestFirstAndOpenReadOnly()
{
    openWindow();
    ProcessDocument *document = m_window->document();
    answerNextInputDialog(QStringLiteral("Before the call step"));
    action("actionSaveRevision")->trigger();
    document->addStep(Step::Kind::Task, QStringLiteral("Call"), 1, {200, 40});
    answerNextInputDialog(QStringLiteral("Added the call"));
    action("actionSaveRevision")->trigger();
    QCOMPARE(m_workspace->revisions(m_alpha).size(), 2);

    bool inspected = false;
    QTimer::singleShot(0, [this, &inspected] {
        auto *dialog = qobject_cast<RevisionsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Added the call"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Before the call step"));
        // The newest is shown at once, read-only.
        QVERIFY(dialog->shownRevision());
        QCOMPARE(dialog->shownRevision()->process().steps.size(), 3);
        QCOMPARE(dialog->mapView()->processScene()->stepItemCount(), 3);

        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->topLevelItem(1)).center());
        ProcessDocument *older = dialog->shownRevision();
        QVERIFY(older);
        QCOMPARE(older->process().steps.size(), 2);
        QCOMPARE(dialog->mapView()->processScene()->stepItemCount(), 2);
        QVERIFY(older->isReadOnly());
        QVERIFY(!older->setProcessValue(Property::Name, QStringLiteral("Changed")));
        QCOMPARE(older->undoStack()->count(), 0);
        inspected = true;
        dialog->reject();
    });
    action("actionRevisions")->trigger();
    QVERIFY(inspected);
    // Looking at revisions changes nothing in the open map.
    QCOMPARE(m_window->document()->process().steps.size(), 3);
}

void TestGui::changingAStepKindInThePanelRedrawsTheStepAndUndoes()
{
    openWindow();
    selectBeta();
    ProcessScene *scene = m_window->mapView()->processScene();
    scene->selectSteps({4});
    QGraphicsItem *item = scene->stepItem(4);
    const QRectF taskBounds = item->boundingRect();
    auto *kind = child<QComboBox>("stepKindCombo");
    QVERIFY(kind && kind->isVisible());
    QCOMPARE(kind->currentData().toInt(), int(Step::Kind::Task));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Task -> Decision
    QCOMPARE(m_window->document()->process().step(4)->kind, Step::Kind::Decision);
    QVERIFY(scene->stepItem(4)->boundingRect() != taskBounds);
    // A decision has no automation or definition of done to show.
    QVERIFY(!child<QComboBox>("automationCombo")->isVisible());
    QVERIFY(!child<QPlainTextEdit>("definitionOfDoneEdit")->isVisible());
    QCOMPARE(m_window->document()->undoStack()->count(), 1);

    action("actionUndo")->trigger();
    QCOMPARE(m_window->document()->process().step(4)->kind, Step::Kind::Task);
    QCOMPARE(kind->currentData().toInt(), int(Step::Kind::Task));
    QCOMPARE(scene->stepItem(4)->boundingRect(), taskBounds);
    QVERIFY(child<QComboBox>("automationCombo")->isVisible());
}

void TestGui::typingTheDefinitionOfDoneIsOneUndoableEdit()
{
    openWindow();
    selectBeta();
    m_window->mapView()->processScene()->selectSteps({4});
    auto *done = child<QPlainTextEdit>("definitionOfDoneEdit");
    QVERIFY(done && done->isVisible());
    done->setFocus();
    QTest::keyClicks(done, QStringLiteral("Order is complete"));
    QCOMPARE(m_window->document()->process().step(4)->definitionOfDone,
             QStringLiteral("Order is complete"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    action("actionUndo")->trigger();
    QVERIFY(m_window->document()->process().step(4)->definitionOfDone.isEmpty());
    QVERIFY(done->toPlainText().isEmpty());
}

void TestGui::inputsAreEditedOnePerLine()
{
    openWindow();
    selectBeta();
    m_window->mapView()->processScene()->selectSteps({4});
    auto *inputs = child<QPlainTextEdit>("inputsEdit");
    QVERIFY(inputs && inputs->isVisible());
    inputs->setFocus();
    QTest::keyClicks(inputs, QStringLiteral("Order form"));
    QTest::keyClick(inputs, Qt::Key_Return);
    QTest::keyClicks(inputs, QStringLiteral("  Price list "));
    QCOMPARE(m_window->document()->process().step(4)->inputs,
             QStringList({QStringLiteral("Order form"), QStringLiteral("Price list")}));
    auto *outputs = child<QPlainTextEdit>("outputsEdit");
    outputs->setFocus();
    QTest::keyClicks(outputs, QStringLiteral("Checked order"));
    QCOMPARE(m_window->document()->process().step(4)->outputs,
             QStringList {QStringLiteral("Checked order")});
    // Two fields, two undo steps.
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
}

void TestGui::severalSelectedStepsShowTheirCommonFieldsAndChangeTogether()
{
    openWindow();
    selectBeta();
    ProcessScene *scene = m_window->mapView()->processScene();
    scene->selectSteps({3, 4});
    QCOMPARE(m_window->propertiesPanel()->selectedStepIds(), ItemIds({3, 4}));
    auto *kind = child<QComboBox>("stepKindCombo");
    auto *lane = child<QComboBox>("stepLaneCombo");
    QVERIFY(kind->isVisible());
    QVERIFY(lane->isVisible());
    QVERIFY(!child<QLineEdit>("stepNameEdit")->isVisible());
    QCOMPARE(kind->currentIndex(), -1); // a start and a task: no common kind
    QCOMPARE(lane->currentData().toInt(), 1); // both in Sales

    lane->setFocus();
    QTest::keyClick(lane, Qt::Key_Down); // Sales -> Operations
    const Process &p = m_window->document()->process();
    QCOMPARE(p.step(3)->laneId, 2);
    QCOMPARE(p.step(4)->laneId, 2);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);

    // Two tasks: the automation applies to both at once.
    m_window->document()->setValue(ObjectType::Step, {3}, Property::StepKind,
                                   int(Step::Kind::Task));
    m_window->document()->breakMergeChain();
    auto *automation = child<QComboBox>("automationCombo");
    QVERIFY(automation->isVisible());
    automation->setFocus();
    QTest::keyClick(automation, Qt::Key_Down); // Manual -> Candidate
    QCOMPARE(p.step(3)->automation, Step::Automation::Candidate);
    QCOMPARE(p.step(4)->automation, Step::Automation::Candidate);
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
    action("actionUndo")->trigger();
    QCOMPARE(p.step(3)->automation, Step::Automation::Manual);
    QCOMPARE(p.step(4)->automation, Step::Automation::Manual);
}

void TestGui::typingAHandoffLabelChangesTheHandoff()
{
    openWindow();
    selectBeta();
    m_window->showOnMap(ObjectType::Handoff, {7});
    QCOMPARE(m_window->propertiesPanel()->selectedHandoffIds(), ItemIds {7});
    auto *label = child<QLineEdit>("handoffLabelEdit");
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("ok"));
    QVERIFY(child<QLabel>("handoffFromLabel")->text().contains(QStringLiteral("Check the order")));
    QVERIFY(child<QLabel>("handoffToLabel")->text().contains(QStringLiteral("Shipped")));
    // Sales to Operations: a change of owner.
    QVERIFY(child<QLabel>("ownerChangeLabel")->isVisible());
    label->setFocus();
    label->selectAll();
    QTest::keyClicks(label, QStringLiteral("complete"));
    QCOMPARE(m_window->document()->process().handoff(7)->label, QStringLiteral("complete"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    action("actionUndo")->trigger();
    QCOMPARE(m_window->document()->process().handoff(7)->label, QStringLiteral("ok"));
    QCOMPARE(label->text(), QStringLiteral("ok"));
}

void TestGui::editingALaneChangesItsOwnerAndKind()
{
    openWindow();
    selectBeta();
    m_window->showOnMap(ObjectType::Lane, {2});
    QCOMPARE(m_window->propertiesPanel()->currentLaneId(), 2);
    auto *name = child<QLineEdit>("laneNameEdit");
    QVERIFY(name && name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("Operations"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Warehouse"));
    QCOMPARE(m_window->document()->process().lane(2)->name, QStringLiteral("Warehouse"));
    auto *kind = child<QComboBox>("laneKindCombo");
    QCOMPARE(kind->currentData().toInt(), int(Lane::Kind::Team));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Team -> System
    QCOMPARE(m_window->document()->process().lane(2)->kind, Lane::Kind::System);
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    auto *colour = child<QPushButton>("laneColorButton");
    QVERIFY(colour->isVisible());
    bool answered = false;
    QTimer::singleShot(0, [&answered] {
        auto *dialog = qobject_cast<QColorDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setCurrentColor(QColor(0x11, 0x22, 0x33));
        dialog->accept();
        answered = true;
    });
    QTest::mouseClick(colour, Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(m_window->document()->process().lane(2)->color, QColor(0x11, 0x22, 0x33));
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
    QVERIFY(colour->text().contains(QStringLiteral("#112233")));
}

void TestGui::everyFieldHasAnAccessibleName()
{
    openWindow();
    PropertiesPanel *panel = m_window->propertiesPanel();
    QStringList unnamed;
    const QList<QWidget *> fields = panel->findChildren<QWidget *>();
    for (QWidget *field : fields) {
        const bool editor = qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field)
            || qobject_cast<QPlainTextEdit *>(field) || qobject_cast<QAbstractSpinBox *>(field)
            || qobject_cast<QAbstractButton *>(field);
        // A combo's or spin box's inner line edit is named by its owner, a line edit's clear
        // button by Qt.
        const bool inner = qobject_cast<QComboBox *>(field->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(field->parentWidget())
            || qobject_cast<QLineEdit *>(field->parentWidget());
        if (editor && !inner && !field->objectName().startsWith(QLatin1String("qt_"))
            && field->accessibleName().isEmpty())
            unnamed.append(field->objectName() + QLatin1Char(' ')
                           + QLatin1String(field->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        QVERIFY2(!dock->accessibleName().isEmpty(), qPrintable(dock->objectName()));
        QVERIFY2(!dock->widget()->accessibleName().isEmpty(), qPrintable(dock->objectName()));
    }
    PalettePanel *palette = m_window->palettePanel();
    for (int row = 0; row < palette->count(); ++row)
        QVERIFY(!palette->item(row)->data(Qt::AccessibleTextRole).toString().isEmpty());
}

void TestGui::autosaveWritesToTheWorkspaceASecondAfterTheLastChange()
{
    openWindow();
    auto *owner = child<QLineEdit>("ownerEdit");
    owner->setFocus();
    owner->selectAll();
    QElapsedTimer clock;
    clock.start();
    QTest::keyClicks(owner, QStringLiteral("Gina"));
    QVERIFY(m_window->isWindowModified());
    // Not at once: typing goes on without a save per key.
    QCOMPARE(m_workspace->loadProcess(m_alpha)->owner, QStringLiteral("Ann"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->undoStack()->isClean(), 3000);
    QVERIFY2(clock.elapsed() >= MainWindow::AutosaveDelayMs - 50,
             qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(child<QLabel>("saveStateLabel")->text(), QStringLiteral("All changes saved"));

    Workspace other;
    QVERIFY2(other.open(m_path), qPrintable(other.errorString()));
    QCOMPARE(other.loadProcess(m_alpha)->owner, QStringLiteral("Gina"));
    // The undo history stays: autosave is no edit.
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void TestGui::autosaveOfALargeMapRunsInTheBackground()
{
    // 2,000 steps in 10 lanes, a chain of handoffs: what autosave writes after each pause.
    Process big;
    big.name = QStringLiteral("Big");
    for (int lane = 0; lane < 10; ++lane)
        big.lanes.append({lane + 1, QStringLiteral("Lane %1").arg(lane + 1), Lane::Kind::Role,
                          QColor(Qt::white), 160});
    ItemId next = 11;
    for (int i = 0; i < 2000; ++i) {
        Step step;
        step.id = next++;
        step.kind = i == 0 ? Step::Kind::Start : i == 1999 ? Step::Kind::End : Step::Kind::Task;
        step.name = QStringLiteral("Step %1").arg(i);
        step.laneId = 1 + i % 10;
        step.pos = {100.0 + 180 * (i / 10), 80};
        step.definitionOfDone = QStringLiteral("Done");
        step.systems = {QStringLiteral("CRM")};
        big.steps.append(step);
    }
    for (int i = 0; i + 1 < 2000; ++i)
        big.handoffs.append({next++, big.steps[i].id, big.steps[i + 1].id, {}});
    big.nextItemId = next;
    {
        Workspace setup;
        QVERIFY(setup.open(m_path));
        QVERIFY(store(setup, big));
    }
    openWindow();
    selectRow(1); // Alpha, Beta, Big: by name Alpha, Beta, Big
    if (m_window->document()->process().name != QStringLiteral("Big"))
        selectRow(2);
    QCOMPARE(m_window->document()->process().steps.size(), 2000);
    QList<qint64> blocked;
    for (int round = 0; round < 5; ++round) {
        const QString owner = QStringLiteral("Owner %1").arg(round);
        m_window->document()->setProcessValue(Property::Owner, owner);
        // How long the window itself is busy when the autosave fires: the map is written on
        // another thread, so only the copy counts.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->autosaveTimerActive(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->autosaveTimerActive(), 3000);
        blocked.append(m_window->lastAutosaveBlockedMs());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->undoStack()->isClean(), 5000);
        Workspace reader;
        QVERIFY(reader.open(m_path));
        const std::optional<Process> stored
            = reader.loadProcess(m_window->document()->process().id);
        QVERIFY(stored);
        QCOMPARE(stored->owner, owner);
        QCOMPARE(stored->steps.size(), 2000);
    }
    std::sort(blocked.begin(), blocked.end());
    qInfo("autosave of a 2,000-step map: window busy %lld ms median, %lld ms worst; the write "
          "itself took %lld ms on the saver's thread",
          blocked.at(2), blocked.last(), m_window->lastSaveMs());
}

void TestGui::diagnosticFixButtonsGoWhereTheFixIs()
{
    {
        // Beta's task marked a candidate and not decided on: automation is not in place.
        Workspace setup;
        QVERIFY(setup.open(m_path));
        std::optional<Process> beta = setup.loadProcess(m_beta);
        QVERIFY(beta);
        beta->steps[1].automation = Step::Automation::Candidate;
        QVERIFY(setup.saveProcess(*beta));
    }
    openWindow();
    selectBeta();
    auto *tabs = child<QTabWidget>("centralTabs");
    DiagnosticPanel *panel = m_window->diagnosticPanel();
    // The list diagnoses on a worker; the open process's diagnostic comes to the Improve tab.
    QTRY_VERIFY(panel->hasDiagnostic());
    tabs->setCurrentWidget(m_window->improveView());
    QVERIFY(!panel->diagnostic().automation.ok);
    QPushButton *automation = panel->fixButton(Diagnostic::Component::Automation);
    QVERIFY(automation->isVisible()); // the diagnostic shows while the runs are read
    QTest::mouseClick(automation, Qt::LeftButton);
    QCOMPARE(tabs->currentWidget(), m_window->improveView());
    QCOMPARE(m_window->improveView()->currentSection(), int(ImproveView::CandidatesSection));

    // Beta's task has no definition of done: the design check sends the user to the map and
    // the list of its problems.
    QVERIFY(!panel->diagnostic().design.ok);
    QPushButton *design = panel->fixButton(Diagnostic::Component::Design);
    QVERIFY(design->isVisible());
    QTest::mouseClick(design, Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(m_window->validationPanel()->isVisible());
}

void TestGui::reviewsDueShowOnStartAndOpenTheReview()
{
    {
        Workspace setup;
        QVERIFY(setup.open(m_path));
        Checkpoint checkpoint;
        checkpoint.processId = m_beta;
        checkpoint.metric = Checkpoint::Metric::MedianCycleTime;
        checkpoint.target = 3600;
        checkpoint.reviewDate = QDate::currentDate().addDays(-1);
        QVERIFY2(setup.setCheckpoint(checkpoint), qPrintable(setup.errorString()));
    }
    openWindow();
    ReviewsDueBanner *banner = m_window->reviewsDueBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->due().size(), 1);
    QVERIFY2(banner->textLabel()->text().contains(QStringLiteral("Beta")),
             qPrintable(banner->textLabel()->text()));
    QCOMPARE(m_window->document()->process().id, m_alpha); // the first process is open

    QTest::mouseClick(banner->reviewButton(), Qt::LeftButton);
    QCOMPARE(m_window->document()->process().id, m_beta);
    QCOMPARE(child<QTabWidget>("centralTabs")->currentWidget(), m_window->improveView());
    CheckpointPanel *panel = m_window->checkpointPanel();
    // At once: the checkpoint does not wait for the Improve tab's figures.
    QVERIFY(panel->isVisible());
    QTRY_VERIFY(panel->reviewDialog() && panel->reviewDialog()->isVisible());
    panel->reviewDialog()->reject();
    QTRY_VERIFY(!panel->reviewDialog());

    // Dismissed, it stays away.
    QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestGui::autoLayoutIsOneUndoStep()
{
    openWindow();
    selectBeta();
    ProcessDocument *document = m_window->document();
    // Scramble the map first: the end before the start.
    document->moveSteps({{5, 2, QPointF(40, 120)}, {3, 1, QPointF(700, 30)}});
    document->breakMergeChain();
    const Process before = document->process();
    const int count = document->undoStack()->count();
    QAction *layout = action("actionAutoLayout");
    QVERIFY(layout);
    layout->trigger();
    QCOMPARE(document->undoStack()->count(), count + 1);
    const Process &after = document->process();
    QVERIFY(after != before);
    QVERIFY(after.stepScenePos(*after.step(3)).x() < after.stepScenePos(*after.step(4)).x());
    QVERIFY(after.stepScenePos(*after.step(4)).x() < after.stepScenePos(*after.step(5)).x());
    // Steps keep their lanes.
    for (const Step &step : before.steps)
        QCOMPARE(after.step(step.id)->laneId, step.laneId);
    action("actionUndo")->trigger();
    QCOMPARE(document->process(), before);
}

void TestGui::clickingAProblemSelectsTheStep()
{
    openWindow();
    selectBeta();
    ValidationPanel *panel = m_window->validationPanel();
    panel->validateNow();
    // Beta's task has no definition of done.
    QCOMPARE(panel->problems().size(), 1);
    QCOMPARE(panel->problems().first().ids, ItemIds {4});
    QListWidget *list = panel->list();
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Check the order")));
    QVERIFY(m_window->mapView()->processScene()->selectedStepIds().isEmpty());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(m_window->mapView()->processScene()->selectedStepIds(), ItemIds {4});
    QCOMPARE(m_window->propertiesPanel()->currentStepId(), 4);
    // Centred on it: the step is in view.
    MapView *view = m_window->mapView();
    const QPoint at = view->mapFromScene(view->processScene()->stepItem(4)->scenePos());
    QVERIFY(view->viewport()->rect().contains(at));
}

void TestGui::validationDockTitleCountsProblems()
{
    openWindow();
    selectBeta();
    auto *dock = child<QDockWidget>("validationDock");
    QVERIFY(dock);
    QTRY_COMPARE(dock->windowTitle(), QStringLiteral("Validation (1)"));
    // Two more: a task that leads nowhere and has no definition of done.
    m_window->document()->addStep(Step::Kind::Task, QStringLiteral("Loose end"), 1, {600, 80});
    QTRY_COMPARE(dock->windowTitle(), QStringLiteral("Validation (4)")); // + unreachable
}

void TestGui::fixingTheProblemEmptiesTheList()
{
    openWindow();
    selectBeta();
    m_window->mapView()->processScene()->selectSteps({4});
    auto *done = child<QPlainTextEdit>("definitionOfDoneEdit");
    done->setFocus();
    QTest::keyClicks(done, QStringLiteral("Checked"));
    QListWidget *list = m_window->validationPanel()->list();
    QTRY_COMPARE(m_window->validationPanel()->problems().size(), 0);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("No problems found"));
    QCOMPARE(child<QDockWidget>("validationDock")->windowTitle(), QStringLiteral("Validation"));
    // The placeholder is no problem: a click selects nothing.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(m_window->mapView()->processScene()->selectedStepIds(), ItemIds {4});
}

void TestGui::themeToggleSwitchesThePalette()
{
    openWindow();
    QVERIFY(action("actionThemeSystem")->isChecked());
    action("actionThemeDark")->trigger();
    QCOMPARE(m_window->theme(), MainWindow::Theme::Dark);
    QVERIFY(action("actionThemeDark")->isChecked());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    // Widgets follow the application palette a moment later (posted events).
    QTRY_VERIFY(m_window->mapView()->palette().color(QPalette::Base).lightness() < 80);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));

    action("actionThemeLight")->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    QTRY_VERIFY(m_window->mapView()->palette().color(QPalette::Base).lightness() > 180);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("light"));

    // Remembered: the next window starts dark.
    action("actionThemeDark")->trigger();
    m_window.reset();
    m_workspace.reset();
    openWindow();
    QCOMPARE(m_window->theme(), MainWindow::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    action("actionThemeSystem")->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("system"));
}

void TestGui::findSelectsAStepAndEnterCyclesTheMatches()
{
    openWindow();
    selectBeta();
    FindBar *bar = m_window->findBar();
    QVERIFY(!bar->isVisible());
    m_window->mapView()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QVERIFY(bar->isVisible());
    QLineEdit *edit = bar->lineEdit();
    QVERIFY(edit->hasFocus());
    ProcessScene *scene = m_window->mapView()->processScene();
    QTest::keyClicks(edit, QStringLiteral("ORDER"));
    // "Order in" and "Check the order", in map order; the first is shown at once.
    QCOMPARE(bar->matches(), ItemIds({3, 4}));
    QCOMPARE(scene->selectedStepIds(), ItemIds {3});
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(scene->selectedStepIds(), ItemIds {4});
    QCOMPARE(m_window->propertiesPanel()->currentStepId(), 4);
    QTest::keyClick(edit, Qt::Key_F3);
    QCOMPARE(scene->selectedStepIds(), ItemIds {3});
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(scene->selectedStepIds(), ItemIds {4});
    QCOMPARE(child<QLabel>("findCountLabel")->text(), QStringLiteral("2 of 2"));

    QTest::keyClicks(edit, QStringLiteral("xyz"));
    QVERIFY(bar->matches().isEmpty());
    QCOMPARE(child<QLabel>("findCountLabel")->text(), QStringLiteral("No match"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestGui::enterOnAPaletteEntryInsertsTheStep()
{
    openWindow();
    selectBeta();
    PalettePanel *palette = m_window->palettePanel();
    const int row = palette->rowOf(QStringLiteral("approval"));
    QVERIFY(row >= 0);
    palette->setFocus();
    palette->setCurrentRow(row);
    const int steps = int(m_window->document()->process().steps.size());
    QTest::keyClick(palette, Qt::Key_Return);
    const Process &p = m_window->document()->process();
    QCOMPARE(p.steps.size(), steps + 1);
    const Step &added = p.steps.last();
    QCOMPARE(added.kind, Step::Kind::Task);
    QCOMPARE(added.name, stepPreset(QStringLiteral("approval"))->prototype.name);
    QVERIFY(p.lane(added.laneId));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->mapView()->processScene()->selectedStepIds(), ItemIds {added.id});
    // It lands in the middle of what the map shows.
    MapView *view = m_window->mapView();
    QVERIFY(view->viewport()->rect().contains(view->mapFromScene(p.stepScenePos(added))));

    // Again: next to it, not on top of it.
    palette->setCurrentRow(row);
    QTest::keyClick(palette, Qt::Key_Return);
    QCOMPARE(p.steps.size(), steps + 2);
    QVERIFY(p.stepScenePos(p.steps.last()) != p.stepScenePos(p.steps.at(steps)));
}

void TestGui::paletteDragCarriesThePresetId()
{
    openWindow();
    PalettePanel *palette = m_window->palettePanel();
    const int row = palette->rowOf(QStringLiteral("decision"));
    QVERIFY(row >= 0);
    QVERIFY(
        palette->model()->mimeTypes().contains(QStringLiteral("application/x-stepwise-preset")));
    std::unique_ptr<QMimeData> data(palette->model()->mimeData({palette->model()->index(row, 0)}));
    QVERIFY(data);
    QCOMPARE(data->data(QStringLiteral("application/x-stepwise-preset")), QByteArray("decision"));
    QVERIFY(palette->model()->flags(palette->model()->index(row, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(!palette->item(row)->icon().isNull());
}

void TestGui::anEmptyProcessShowsAHint()
{
    openWindow();
    auto *hint = child<QLabel>("emptyMapHint");
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    action("actionNewProcess")->trigger();
    QVERIFY(m_window->document()->process().steps.isEmpty());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("palette")));
    // The first step from the palette (with the keyboard) also makes the first lane.
    m_window->palettePanel()->setCurrentRow(0);
    QTest::keyClick(m_window->palettePanel(), Qt::Key_Return);
    QCOMPARE(m_window->document()->process().steps.size(), 1);
    QCOMPARE(m_window->document()->process().lanes.size(), 1);
    QVERIFY(!hint->isVisible());
    action("actionUndo")->trigger();
    QVERIFY(m_window->document()->process().steps.isEmpty());
    QVERIFY(m_window->document()->process().lanes.isEmpty());
    QVERIFY(hint->isVisible());
}

void TestGui::everyActionHasAnObjectNameAndATooltip()
{
    openWindow();
    QStringList missing;
    const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->menu())
                continue;
            if (a->objectName().isEmpty() || a->toolTip().isEmpty())
                missing.append(a->text());
            const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
            if (!shortcut.isEmpty() && !a->toolTip().contains(shortcut))
                missing.append(a->text() + QStringLiteral(" (no shortcut in ") + a->toolTip()
                               + QLatin1Char(')'));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    QCOMPARE(action("actionSaveRevision")->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(action("actionSaveRevision")->toolTip(), QStringLiteral("Save a revision (Ctrl+S)"));
}

// The issue's "done when", as a user without a mouse would do it: a new process, two lanes, a
// start from the palette, tasks after it, one moved to the other lane, an end connected at the
// end. Every step of it is a key press on a real widget.
void TestGui::aNewUserBuildsAMapWithTheKeyboardAlone()
{
    openWindow();
    action("actionNewProcess")->trigger();
    ProcessDocument *document = m_window->document();
    QVERIFY(document->process().lanes.isEmpty());
    MapView *view = m_window->mapView();
    const auto typeIntoEditor = [view](const QString &text) {
        QLineEdit *editor = view->inlineEditor();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    };

    view->setFocus();
    QTest::keyClick(view->viewport(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    typeIntoEditor(QStringLiteral("Account manager"));
    QTest::keyClick(view->viewport(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    typeIntoEditor(QStringLiteral("Technician"));
    QCOMPARE(document->process().lanes.size(), 2);

    // A start from the palette, then the scene: Ctrl+Return adds the next task and names it.
    PalettePanel *palette = m_window->palettePanel();
    palette->setFocus();
    palette->setCurrentRow(palette->rowOf(QStringLiteral("start")));
    QTest::keyClick(palette, Qt::Key_Return);
    QCOMPARE(document->process().steps.size(), 1);
    const ItemId start = document->process().steps.first().id;
    view->processScene()->selectSteps({start});
    view->setFocus();
    QTest::keyClick(view->viewport(), Qt::Key_Return, Qt::ControlModifier);
    typeIntoEditor(QStringLiteral("Send contract"));
    QTest::keyClick(view->viewport(), Qt::Key_Return, Qt::ControlModifier);
    typeIntoEditor(QStringLiteral("Set up accounts"));
    QTest::keyClick(view->viewport(), Qt::Key_Down, Qt::AltModifier); // the technician does it
    const Process &p = document->process();
    QCOMPARE(p.steps.size(), 3);
    const Step &setUp = p.steps.last();
    QCOMPARE(setUp.name, QStringLiteral("Set up accounts"));
    QCOMPARE(p.lane(setUp.laneId)->name, QStringLiteral("Technician"));

    // An end from the palette, connected from the last task: select both in order, Ctrl+L.
    palette->setFocus();
    palette->setCurrentRow(palette->rowOf(QStringLiteral("end")));
    QTest::keyClick(palette, Qt::Key_Return);
    const ItemId end = p.steps.last().id;
    QCOMPARE(p.steps.last().kind, Step::Kind::End);
    view->processScene()->selectSteps({});
    view->processScene()->selectSteps({setUp.id});
    view->setFocus();
    QTest::keyClick(view->viewport(), Qt::Key_Right, Qt::AltModifier); // nowhere to walk yet
    view->processScene()->selectSteps({setUp.id, end});
    QTest::keyClick(view->viewport(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(p.handoffs.size(), 3);

    // What is left for validation is what a new user still has to write: definitions of done.
    QVERIFY(p.invariantViolations().isEmpty());
    for (const ValidationProblem &problem : validate(p))
        QCOMPARE(problem.rule, ValidationProblem::Rule::NoDefinitionOfDone);
    if (!qEnvironmentVariableIsEmpty("STEPWISE_SHOT")) {
        QTest::qWait(400); // let the validation list lay itself out
        m_window->grab().save(qEnvironmentVariable("STEPWISE_SHOT"));
    }
}

void TestGui::exportBpmnWritesTheOpenMapWhereTheDialogSays()
{
    openWindow();
    QAction *exportBpmn = action("actionExportBpmn");
    QVERIFY(exportBpmn);
    QCOMPARE(exportBpmn->isEnabled(), m_window->document() != nullptr);
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(exportBpmn));
    selectBeta();
    QVERIFY(exportBpmn->isEnabled());

    // The dialog proposes the process's name; the user picks a folder of their own.
    const QString target = m_dir->filePath(QStringLiteral("beta-map.bpmn"));
    QString proposed;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QStringList selected = dialog->selectedFiles();
        proposed = selected.isEmpty() ? QString() : QFileInfo(selected.first()).fileName();
        answerFileDialog(dialog, target);
    });
    exportBpmn->trigger();
    QCOMPARE(proposed, QStringLiteral("Beta.bpmn"));
    QTRY_VERIFY(QFileInfo::exists(target));
    QTRY_VERIFY(exportBpmn->isEnabled()); // back once the file is written
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray data = written.readAll();
    QVERIFY(data.contains("<bpmn:participant id=\"Participant_1\" name=\"Beta\""));
    for (const Step &step : m_window->document()->process().steps)
        QVERIFY2(data.contains(QStringLiteral("name=\"%1\"").arg(step.name).toUtf8()),
                 qPrintable(step.name));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("beta-map.bpmn")));
}

void TestGui::typingAHandoffConditionChangesTheHandoff()
{
    openWindow();
    selectBeta();
    m_window->showOnMap(ObjectType::Handoff, {7});
    auto *condition = child<QLineEdit>("handoffConditionEdit");
    QVERIFY(condition && condition->isVisible());
    QCOMPARE(condition->text(), QString());
    condition->setFocus();
    QTest::keyClicks(condition, QStringLiteral("amount > 500"));
    QCOMPARE(m_window->document()->process().handoff(7)->condition, QStringLiteral("amount > 500"));
    // The label stays; typing is one undoable edit.
    QCOMPARE(m_window->document()->process().handoff(7)->label, QStringLiteral("ok"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    action("actionUndo")->trigger();
    QCOMPARE(m_window->document()->process().handoff(7)->condition, QString());
    QCOMPARE(condition->text(), QString());
}

void TestGui::importBpmnReportsAndOpensTheMapAndItsSubProcess()
{
    // A claim's check is an expanded sub-process; a data object has no place on a map.
    const QByteArray bpmn = R"(<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d">
  <process id="claims" name="Claims">
    <startEvent id="in" name="Claim in"/>
    <subProcess id="check" name="Check the claim">
      <startEvent id="s2"/>
      <task id="look" name="Look at it"/>
      <endEvent id="e2"/>
      <sequenceFlow id="g1" sourceRef="s2" targetRef="look"/>
      <sequenceFlow id="g2" sourceRef="look" targetRef="e2"/>
    </subProcess>
    <endEvent id="out" name="Settled"/>
    <dataObject id="form" name="Claim form"/>
    <sequenceFlow id="f1" sourceRef="in" targetRef="check"/>
    <sequenceFlow id="f2" sourceRef="check" targetRef="out"/>
  </process>
  <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="claims">
    <bpmndi:BPMNShape id="in_di" bpmnElement="in"><dc:Bounds x="100" y="132" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="check_di" bpmnElement="check" isExpanded="true"><dc:Bounds x="200" y="60" width="360" height="180"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="s2_di" bpmnElement="s2"><dc:Bounds x="230" y="132" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="look_di" bpmnElement="look"><dc:Bounds x="320" y="110" width="100" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="e2_di" bpmnElement="e2"><dc:Bounds x="480" y="132" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="out_di" bpmnElement="out"><dc:Bounds x="620" y="132" width="36" height="36"/></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
)";
    const QString file = m_dir->filePath(QStringLiteral("claims.bpmn"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bpmn);
    }
    openWindow();
    QAction *import = action("actionImportBpmn");
    QVERIFY(import && import->isEnabled());
    QMenu *fileMenu = m_window->menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(import));

    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answerFileDialog(dialog, file);
    });
    // The report: what came in, what was left out; then Open.
    QString activities, leftOut;
    auto *poll = new QTimer(m_window.get());
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, poll, [&, poll] {
        auto *dialog = qobject_cast<BpmnImportDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->isImporting() || !dialog->openButton()->isEnabled())
            return;
        poll->stop();
        activities = dialog->countLabel(QStringLiteral("activitiesCount"))->text();
        QTreeWidget *tree = dialog->reportTree();
        if (tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0)
            leftOut = tree->topLevelItem(0)->child(0)->text(0);
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    });
    poll->start();
    import->trigger();
    QCOMPARE(activities, QStringLiteral("2")); // the sub-process and the task inside it
    QVERIFY2(leftOut.contains(QLatin1String("dataObject \"Claim form\"")), qPrintable(leftOut));
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->process().name, QStringLiteral("Claims"));
    QVERIFY(m_workspace->findProcess(QStringLiteral("Claims / Check the claim")));

    // A double-click on the sub-process's "+" opens its map.
    const Step *check = nullptr;
    for (const Step &step : m_window->document()->process().steps) {
        if (step.name == QLatin1String("Check the claim"))
            check = &step;
    }
    QVERIFY(check && check->childProcessId);
    const ProcessId childId = check->childProcessId;
    StepItem *item = m_window->mapView()->processScene()->stepItem(check->id);
    QVERIFY(item && item->hasChildMap());
    QTest::qWait(50);
    const QPoint marker
        = m_window->mapView()->mapFromScene(item->mapToScene(item->expandMarkerRect().center()));
    QTest::mouseDClick(m_window->mapView()->viewport(), Qt::LeftButton, {}, marker);
    QTRY_VERIFY(m_window->document() && m_window->document()->process().id == childId);
    QCOMPARE(m_window->document()->process().name, QStringLiteral("Claims / Check the claim"));
    QCOMPARE(m_window->document()->process().steps.size(), 3);
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
