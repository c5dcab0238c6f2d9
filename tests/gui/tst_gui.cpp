// Tests of the main window driven like a user: clicks in the process list and on the map, typing
// in the properties panel, the menu actions and their shortcuts, with the workspace checked after.

#include "mainwindow.h"

#include "canvas/handoffitem.h"
#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "panels/durationedit.h"
#include "panels/processlistmodel.h"
#include "panels/processlistpanel.h"
#include "panels/propertiespanel.h"
#include "panels/revisionsdialog.h"

#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

class TestGui : public QObject
{
    Q_OBJECT

private slots:
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
    void switchingProcessAutosaves();
    void closingWindowAutosaves();
    void readOnlyWorkspaceRefusesEdits();
    void revisionsAreListedNewestFirstAndOpenReadOnly();

private:
    void openWindow(const Workspace::OpenOptions &options = {});
    void selectRow(int row);
    QAction *action(const char *name) const;
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    ProcessId m_alpha = 0;
    ProcessId m_beta = 0;
};

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

QAction *TestGui::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QLatin1String(name));
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
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QVERIFY(m_window->document()->undoStack()->isClean());
    QVERIFY(!m_window->isWindowModified());

    Workspace other;
    QVERIFY2(other.open(m_path), qPrintable(other.errorString()));
    QCOMPARE(other.loadProcess(m_alpha)->owner, QStringLiteral("Dana"));
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

// Answers the next modal input dialog with a text, as a user typing a note and pressing Enter.
void answerNextInputDialog(const QString &text)
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

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
