// The map editor driven through real widgets: QTest mouse and key events on the view's viewport at
// mapFromScene() points, then assertions on the document and its undo stack.

#include "canvas/handoffitem.h"
#include "canvas/laneitem.h"
#include "canvas/mapview.h"
#include "canvas/overviewview.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "process/processdocument.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Stepwise;

namespace {

// Two lanes of 160; Start(3) -> Check(4) in Sales, Ship(5) -> Done(6) in Warehouse; 4 -> 5 crosses.
Process sampleProcess()
{
    Process p;
    p.name = QStringLiteral("Orders");
    Lane sales;
    sales.id = 1;
    sales.name = QStringLiteral("Sales");
    sales.color = QColor(0x42, 0x85, 0xf4);
    Lane warehouse;
    warehouse.id = 2;
    warehouse.name = QStringLiteral("Warehouse");
    warehouse.kind = Lane::Kind::Team;
    warehouse.color = QColor(0x34, 0xa8, 0x53);
    p.lanes = {sales, warehouse};
    const auto step = [](ItemId id, Step::Kind kind, const char *name, ItemId lane, QPointF pos) {
        Step s;
        s.id = id;
        s.kind = kind;
        s.name = QString::fromLatin1(name);
        s.laneId = lane;
        s.pos = pos;
        return s;
    };
    p.steps = {step(3, Step::Kind::Start, "Order in", 1, {100, 80}),
               step(4, Step::Kind::Task, "Check the order", 1, {300, 80}),
               step(5, Step::Kind::Task, "Ship", 2, {500, 80}),
               step(6, Step::Kind::End, "Shipped", 2, {700, 80})};
    Handoff a;
    a.id = 7;
    a.fromStepId = 3;
    a.toStepId = 4;
    Handoff b;
    b.id = 8;
    b.fromStepId = 4;
    b.toStepId = 5;
    p.handoffs = {a, b};
    p.nextItemId = 9;
    return p;
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void paletteDropCreatesStepInLaneUnderIt();
    void paletteDropOnEmptyProcessAddsLaneInOneUndoStep();
    void dragFromHandleToStepCreatesHandoff();
    void dragFromHandleToEmptyCanvasCreatesNothing();
    void dragMovesOneStepInOneUndoStep();
    void dragMovesMultiSelectionInOneUndoStep();
    void dragIntoAnotherLaneChangesOwner();
    void dragAlignsToNeighbour();
    void clickShiftClickRubberBandAndEscapeSelect();
    void clickOnHandoffAndLaneHeaderSelectsThem();
    void deleteRemovesStepsAndTheirHandoffs();
    void deleteRemovesSelectedHandoff();
    void renameInPlaceWithF2();
    void renameInPlaceEscapeCancels();
    void doubleClickOnHandoffEditsLabel();
    void doubleClickOnLaneHeaderRenamesLane();
    void addLaneActionAddsALaneBelowTheSelectedOneAndRenamesIt();
    void deletingALaneMovesItsStepsToTheChosenLane();
    void deletingALaneCanBeCancelled();
    void laneReorderByDraggingHeader();
    void laneResizeByDraggingBorder();
    void copyPasteBetweenProcesses();
    void arrowKeysMoveSelectionAsOneUndoStep();
    void ctrlReturnInsertsConnectedStep();
    void ctrlLConnectsInSelectionOrder();
    void altArrowsWalkHandoffsAndChangeLanes();
    void reconnectByDraggingHandoffEnd();
    void doubleClickOnEmptyLaneOffersPresets();
    void actionsHaveTextShortcutsAndTooltips();
    void zoomActions();
    void darkPaletteReachesTheScene();
    void overviewClickPansTheMap();

private:
    QPoint at(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    QPointF scenePos(ItemId stepId) const
    {
        return m_view->processScene()->stepItem(stepId)->scenePos();
    }
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = {});
    void move(QPointF scenePos, Qt::MouseButtons buttons);
    QAction *action(const char *name) const;
    QUndoStack *stack() const { return m_doc->undoStack(); }
    static void triggerPopupEntry(const QString &objectName);

    std::unique_ptr<ProcessDocument> m_doc;
    std::unique_ptr<MapView> m_view;
};

void TestCanvas::init()
{
    m_doc = std::make_unique<ProcessDocument>(sampleProcess());
    m_view = std::make_unique<MapView>();
    m_view->resize(1200, 700);
    m_view->setDocument(m_doc.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setZoom(1.0);
    m_view->centerOn(QPointF(450, 160));
    m_view->setFocus();
    QCOMPARE(m_view->processScene()->stepItemCount(), 4);
}

void TestCanvas::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestCanvas::move(QPointF scenePos, Qt::MouseButtons buttons)
{
    QMouseEvent event(QEvent::MouseMove, at(scenePos),
                      m_view->viewport()->mapToGlobal(at(scenePos)), Qt::NoButton, buttons, {});
    QApplication::sendEvent(m_view->viewport(), &event);
}

void TestCanvas::drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods)
{
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, mods, at(from));
    for (int i = 1; i <= 5; ++i)
        move(from + (to - from) * (i / 5.0), Qt::LeftButton);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, mods, at(to));
}

QAction *TestCanvas::action(const char *name) const
{
    for (QAction *a : m_view->editActions() + m_view->viewActions()) {
        if (a->objectName() == QLatin1String(name))
            return a;
    }
    qWarning("no action %s", name);
    return nullptr;
}

void TestCanvas::triggerPopupEntry(const QString &objectName)
{
    // QMenu::exec() blocks: pick the entry from inside its event loop.
    QTimer::singleShot(20, [objectName] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            triggerPopupEntry(objectName);
            return;
        }
        QAction *entry = menu->findChild<QAction *>(objectName);
        if (!entry) {
            menu->close();
            return;
        }
        menu->setActiveAction(entry);
        QTest::keyClick(menu, Qt::Key_Return);
    });
}

void TestCanvas::paletteDropCreatesStepInLaneUnderIt()
{
    QMimeData mime;
    mime.setData(MapView::presetMimeType(), QByteArrayLiteral("approval"));
    const QPoint pos = at(QPointF(603, 204)); // in Warehouse (160..320)
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent dragMove(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &dragMove);
    QVERIFY(dragMove.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    const Process &p = m_doc->process();
    QCOMPARE(p.steps.size(), 5);
    const Step &added = p.steps.last();
    QCOMPARE(added.laneId, 2);
    QCOMPARE(added.kind, Step::Kind::Task);
    QCOMPARE(p.stepScenePos(added), QPointF(600, 200)); // snapped to the grid
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(m_view->selectedStepIds(), ItemIds {added.id});
    stack()->undo();
    QCOMPARE(m_doc->process().steps.size(), 4);
}

void TestCanvas::paletteDropOnEmptyProcessAddsLaneInOneUndoStep()
{
    ProcessDocument empty;
    m_view->setDocument(&empty);
    QMimeData mime;
    mime.setData(MapView::presetMimeType(), QByteArrayLiteral("start"));
    const QPoint pos = at(QPointF(200, 70));
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_view->viewport(), &drop);
    QCOMPARE(empty.process().lanes.size(), 1);
    QCOMPARE(empty.process().steps.size(), 1);
    QCOMPARE(empty.process().steps[0].kind, Step::Kind::Start);
    QCOMPARE(empty.undoStack()->count(), 1);
    empty.undoStack()->undo();
    QVERIFY(empty.process().lanes.isEmpty());
    QVERIFY(empty.process().steps.isEmpty());
    m_view->setDocument(m_doc.get());
}

void TestCanvas::dragFromHandleToStepCreatesHandoff()
{
    StepItem *check = m_view->processScene()->stepItem(4);
    const QPointF handle = check->mapToScene(check->handlePos(StepItem::BottomHandle));
    drag(handle, scenePos(6));
    const Process &p = m_doc->process();
    QCOMPARE(p.handoffs.size(), 3);
    QCOMPARE(p.handoffs.last().fromStepId, 4);
    QCOMPARE(p.handoffs.last().toStepId, 6);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(m_view->processScene()->handoffItemCount(), 3);
    // Nothing moved.
    QCOMPARE(p.step(4)->pos, QPointF(300, 80));
    stack()->undo();
    QCOMPARE(m_doc->process().handoffs.size(), 2);
}

void TestCanvas::dragFromHandleToEmptyCanvasCreatesNothing()
{
    StepItem *check = m_view->processScene()->stepItem(4);
    const QPointF handle = check->mapToScene(check->handlePos(StepItem::RightHandle));
    // A short drag ends on empty canvas: no handoff, no menu.
    drag(handle, handle + QPointF(8, 8));
    QCOMPARE(m_doc->process().handoffs.size(), 2);
    QCOMPARE(stack()->count(), 0);
}

void TestCanvas::dragMovesOneStepInOneUndoStep()
{
    const QPointF start = scenePos(4);
    drag(start, start + QPointF(101, 38));
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(400, 120));
    QCOMPARE(m_doc->process().step(4)->laneId, 1);
    QCOMPARE(stack()->count(), 1);
    // The handoffs followed.
    QVERIFY(m_view->processScene()->handoffItem(7)->route().last().x() < 400);
    stack()->undo();
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(300, 80));
    QCOMPARE(m_view->processScene()->stepItem(4)->pos(), QPointF(300, 80));
    stack()->redo();
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(400, 120));

    // The next drag is its own undo step.
    drag(scenePos(4), scenePos(4) + QPointF(50, 0));
    QCOMPARE(stack()->count(), 2);
}

void TestCanvas::dragMovesMultiSelectionInOneUndoStep()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(4)));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(scenePos(5)));
    QCOMPARE(m_view->selectedStepIds(), (ItemIds {4, 5}));
    drag(scenePos(4), scenePos(4) + QPointF(60, 0));
    const Process &p = m_doc->process();
    QCOMPARE(p.step(4)->pos, QPointF(360, 80));
    QCOMPARE(p.step(5)->pos, QPointF(560, 80));
    QCOMPARE(p.step(3)->pos, QPointF(100, 80));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(m_view->selectedStepIds(), (ItemIds {4, 5}));
    stack()->undo();
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(300, 80));
    QCOMPARE(m_doc->process().step(5)->pos, QPointF(500, 80));
    stack()->redo();
    QCOMPARE(m_doc->process().step(5)->pos, QPointF(560, 80));
}

void TestCanvas::dragIntoAnotherLaneChangesOwner()
{
    drag(scenePos(4), scenePos(4) + QPointF(0, 170));
    const Step *step = m_doc->process().step(4);
    QCOMPARE(step->laneId, 2);
    QCOMPARE(m_doc->process().stepScenePos(*step), QPointF(300, 250));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!m_view->processScene()->handoffItem(8)->crossesLanes());
    stack()->undo();
    QCOMPARE(m_doc->process().step(4)->laneId, 1);
}

void TestCanvas::dragAlignsToNeighbour()
{
    m_view->setSnapToGrid(false);
    // Ship (500, 240) dragged near Check's x (300): within 6 px its centre aligns.
    drag(scenePos(5), QPointF(304, 243));
    QCOMPARE(m_doc->process().stepScenePos(*m_doc->process().step(5)).x(), 300.0);
    QCOMPARE(stack()->count(), 1);
}

void TestCanvas::clickShiftClickRubberBandAndEscapeSelect()
{
    ProcessScene *scene = m_view->processScene();
    QSignalSpy spy(scene, &ProcessScene::selectedStepsChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(3)));
    QCOMPARE(m_view->selectedStepIds(), ItemIds {3});
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, at(scenePos(5)));
    QCOMPARE(m_view->selectedStepIds(), (ItemIds {3, 5}));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(scenePos(3)));
    QCOMPARE(m_view->selectedStepIds(), ItemIds {5});
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(m_view->selectedStepIds().isEmpty());
    QVERIFY(spy.count() >= 4);

    // A rubber band from empty canvas around Check and Ship.
    drag(QPointF(200, 20), QPointF(600, 300));
    QCOMPARE(m_view->selectedStepIds(), (ItemIds {4, 5}));

    action("actionSelectAll")->trigger();
    QCOMPARE(m_view->selectedStepIds(), (ItemIds {3, 4, 5, 6}));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(QPointF(600, 30)));
    QVERIFY(m_view->selectedStepIds().isEmpty());
    QCOMPARE(stack()->count(), 0);
}

void TestCanvas::clickOnHandoffAndLaneHeaderSelectsThem()
{
    ProcessScene *scene = m_view->processScene();
    QSignalSpy handoffSpy(scene, &ProcessScene::selectedHandoffsChanged);
    QSignalSpy laneSpy(scene, &ProcessScene::selectedLaneChanged);
    const QPolygonF route = scene->handoffItem(7)->route();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at((route[0] + route[1]) / 2));
    QCOMPARE(m_view->selectedHandoffIds(), ItemIds {7});
    QCOMPARE(handoffSpy.count(), 1);

    const QPointF header = scene->laneItem(2)->sceneHeaderRect().center();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(header));
    QCOMPARE(m_view->selectedLaneId(), 2);
    QVERIFY(m_view->selectedHandoffIds().isEmpty());
    QCOMPARE(laneSpy.count(), 1);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(3)));
    QCOMPARE(m_view->selectedLaneId(), 0);
}

void TestCanvas::deleteRemovesStepsAndTheirHandoffs()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(4)));
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    const Process &p = m_doc->process();
    QCOMPARE(p.steps.size(), 3);
    QVERIFY(!p.step(4));
    QVERIFY(p.handoffs.isEmpty());
    QCOMPARE(m_view->processScene()->handoffItemCount(), 0);
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(m_doc->process().steps.size(), 4);
    QCOMPARE(m_doc->process().handoffs.size(), 2);
    QCOMPARE(m_view->processScene()->handoffItemCount(), 2);
    stack()->redo();
    QCOMPARE(m_doc->process().steps.size(), 3);

    // Backspace deletes too.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(6)));
    QTest::keyClick(m_view.get(), Qt::Key_Backspace);
    QCOMPARE(m_doc->process().steps.size(), 2);
    QCOMPARE(stack()->count(), 2);
}

void TestCanvas::deleteRemovesSelectedHandoff()
{
    m_view->processScene()->selectHandoffs({8});
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QCOMPARE(m_doc->process().handoffs.size(), 1);
    QCOMPARE(m_doc->process().steps.size(), 4);
    QCOMPARE(stack()->count(), 1);
}

void TestCanvas::renameInPlaceWithF2()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(4)));
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QLineEdit *editor = m_view->inlineEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Check the order"));
    QTest::keyClicks(editor, QStringLiteral("Verify the order"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!m_view->inlineEditor());
    QCOMPARE(m_doc->process().step(4)->name, QStringLiteral("Verify the order"));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(m_doc->process().step(4)->name, QStringLiteral("Check the order"));
}

void TestCanvas::renameInPlaceEscapeCancels()
{
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(5)));
    QLineEdit *editor = m_view->inlineEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Nope"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!m_view->inlineEditor());
    QCOMPARE(m_doc->process().step(5)->name, QStringLiteral("Ship"));
    QCOMPARE(stack()->count(), 0);
}

void TestCanvas::doubleClickOnHandoffEditsLabel()
{
    const QPolygonF route = m_view->processScene()->handoffItem(7)->route();
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at((route[0] + route[1]) / 2));
    QLineEdit *editor = m_view->inlineEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("paid"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QCOMPARE(m_doc->process().handoff(7)->label, QStringLiteral("paid"));
    QCOMPARE(m_view->processScene()->handoffItem(7)->label(), QStringLiteral("paid"));
    QCOMPARE(stack()->count(), 1);
}

void TestCanvas::doubleClickOnLaneHeaderRenamesLane()
{
    const QPointF header = m_view->processScene()->laneItem(1)->sceneHeaderRect().center();
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at(header));
    QLineEdit *editor = m_view->inlineEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Sales"));
    QTest::keyClicks(editor, QStringLiteral("Account manager"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_doc->process().lane(1)->name, QStringLiteral("Account manager"));
    QCOMPARE(m_view->processScene()->laneItem(1)->name(), QStringLiteral("Account manager"));
    QCOMPARE(stack()->count(), 1);
}

void TestCanvas::laneReorderByDraggingHeader()
{
    ProcessScene *scene = m_view->processScene();
    const QPointF header = scene->laneItem(1)->sceneHeaderRect().center();
    drag(header, QPointF(header.x(), 318)); // onto the bottom of Warehouse
    const Process &p = m_doc->process();
    QCOMPARE(p.lanes[0].id, 2);
    QCOMPARE(p.lanes[1].id, 1);
    QCOMPARE(stack()->count(), 1);
    // The steps travelled with their lane.
    QCOMPARE(scene->stepItem(4)->pos(), QPointF(300, 240));
    QCOMPARE(scene->stepItem(5)->pos(), QPointF(500, 80));
    QCOMPARE(scene->laneItem(1)->pos(), QPointF(0, 160));
    stack()->undo();
    QCOMPARE(m_doc->process().lanes[0].id, 1);
    QCOMPARE(scene->stepItem(4)->pos(), QPointF(300, 80));
}

void TestCanvas::laneResizeByDraggingBorder()
{
    ProcessScene *scene = m_view->processScene();
    drag(QPointF(900, 160), QPointF(900, 221));
    QCOMPARE(m_doc->process().lane(1)->height, 220.0);
    QCOMPARE(stack()->count(), 1);
    // Warehouse and its steps moved down.
    QCOMPARE(scene->stepItem(5)->pos(), QPointF(500, 300));
    QCOMPARE(scene->laneItem(2)->pos(), QPointF(0, 220));

    // Not below the minimum.
    drag(QPointF(900, 220), QPointF(900, 20));
    QCOMPARE(m_doc->process().lane(1)->height, 60.0);
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(m_doc->process().lane(1)->height, 220.0);
    stack()->undo();
    QCOMPARE(m_doc->process().lane(1)->height, 160.0);
}

void TestCanvas::copyPasteBetweenProcesses()
{
    ProcessDocument other;
    MapView otherView;
    otherView.resize(800, 500);
    otherView.setDocument(&other);

    m_view->processScene()->selectSteps({4, 5});
    action("actionCopy")->trigger();

    QAction *paste = nullptr;
    for (QAction *a : otherView.editActions()) {
        if (a->objectName() == QLatin1String("actionPaste"))
            paste = a;
    }
    QVERIFY(paste);
    paste->trigger();
    const Process &p = other.process();
    QCOMPARE(p.steps.size(), 2);
    QCOMPARE(p.handoffs.size(), 1);
    QCOMPARE(p.lanes.size(), 2);
    QCOMPARE(other.undoStack()->count(), 1);
    QCOMPARE(otherView.processScene()->stepItemCount(), 2);
    QCOMPARE(otherView.selectedStepIds().size(), 2);
    // The source is untouched.
    QCOMPARE(stack()->count(), 0);
    other.undoStack()->undo();
    QVERIFY(other.process().steps.isEmpty());
}

void TestCanvas::arrowKeysMoveSelectionAsOneUndoStep()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(4)));
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(320, 90));
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(319, 90));
    QCOMPARE(stack()->count(), 1);

    // Another selection starts a new undo step.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(5)));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_doc->process().step(5)->pos, QPointF(500, 70));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    stack()->undo();
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(300, 80));
}

void TestCanvas::ctrlReturnInsertsConnectedStep()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(3)));
    QTest::keyClick(m_view.get(), Qt::Key_Return, Qt::ControlModifier);
    const Process &p = m_doc->process();
    QCOMPARE(p.steps.size(), 5);
    const Step &added = p.steps.last();
    QCOMPARE(added.laneId, 1);
    QCOMPARE(added.kind, Step::Kind::Task);
    bool connected = false;
    for (const Handoff &h : p.handoffs)
        connected |= h.fromStepId == 3 && h.toStepId == added.id;
    QVERIFY(connected);
    QCOMPARE(m_view->selectedStepIds(), ItemIds {added.id});
    QCOMPARE(stack()->count(), 1);
    // Renaming starts at once.
    QLineEdit *editor = m_view->inlineEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Log the order"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_doc->process().step(added.id)->name, QStringLiteral("Log the order"));
    QCOMPARE(stack()->count(), 2);

    // Ctrl+Shift+Return inserts a decision.
    QTest::keyClick(m_view.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_doc->process().steps.last().kind, Step::Kind::Decision);
    QCOMPARE(stack()->count(), 3);
}

void TestCanvas::ctrlLConnectsInSelectionOrder()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(6)));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, at(scenePos(3)));
    QCOMPARE(m_view->processScene()->selectedStepIdsInOrder(), (ItemIds {6, 3}));
    QTest::keyClick(m_view.get(), Qt::Key_L, Qt::ControlModifier);
    const Process &p = m_doc->process();
    QCOMPARE(p.handoffs.size(), 3);
    QCOMPARE(p.handoffs.last().fromStepId, 6);
    QCOMPARE(p.handoffs.last().toStepId, 3);
    QCOMPARE(stack()->count(), 1);
}

void TestCanvas::altArrowsWalkHandoffsAndChangeLanes()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(scenePos(3)));
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_view->selectedStepIds(), ItemIds {4});
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_view->selectedStepIds(), ItemIds {5});
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_view->selectedStepIds(), ItemIds {4});
    QCOMPARE(stack()->count(), 0);

    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_doc->process().step(4)->laneId, 2);
    QCOMPARE(m_doc->process().step(4)->pos, QPointF(300, 80));
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::AltModifier); // no lane below: nothing
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_doc->process().step(4)->laneId, 1);
    QCOMPARE(stack()->count(), 2);
}

void TestCanvas::reconnectByDraggingHandoffEnd()
{
    ProcessScene *scene = m_view->processScene();
    const QPolygonF route = scene->handoffItem(8)->route();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at((route[0] + route[1]) / 2));
    QCOMPARE(m_view->selectedHandoffIds(), ItemIds {8});
    drag(route.last(), scenePos(6));
    const Handoff *h = m_doc->process().handoff(8);
    QCOMPARE(h->fromStepId, 4);
    QCOMPARE(h->toStepId, 6);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(scene->handoffItem(8)->toStepId(), 6);
    stack()->undo();
    QCOMPARE(m_doc->process().handoff(8)->toStepId, 5);
}

void TestCanvas::doubleClickOnEmptyLaneOffersPresets()
{
    triggerPopupEntry(QStringLiteral("preset_decision"));
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, at(QPointF(842, 238)));
    const Process &p = m_doc->process();
    QCOMPARE(p.steps.size(), 5);
    QCOMPARE(p.steps.last().kind, Step::Kind::Decision);
    QCOMPARE(p.steps.last().laneId, 2);
    QCOMPARE(p.stepScenePos(p.steps.last()), QPointF(840, 240));
    QCOMPARE(stack()->count(), 1);
}

void TestCanvas::actionsHaveTextShortcutsAndTooltips()
{
    QSet<QString> names;
    const QList<QAction *> actions = m_view->editActions() + m_view->viewActions();
    QVERIFY(actions.size() >= 20);
    for (QAction *a : actions) {
        QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
        QVERIFY(!names.contains(a->objectName()));
        names.insert(a->objectName());
        QVERIFY(!a->text().isEmpty());
        QVERIFY(!a->toolTip().isEmpty());
        // The runs overlay is a view of the whole window: its shortcut works wherever the focus
        // is. The others edit or move the map and leave their keys to text fields.
        QCOMPARE(a->shortcutContext(),
                 a->objectName() == QLatin1String("actionRunsOverlay")
                     ? Qt::WindowShortcut
                     : Qt::WidgetWithChildrenShortcut);
    }
    QCOMPARE(action("actionInsertTask")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QVERIFY(action("actionFitToWindow")->toolTip().contains(QStringLiteral("9")));
}

void TestCanvas::zoomActions()
{
    m_view->setZoom(1.0);
    action("actionZoomIn")->trigger();
    QVERIFY(m_view->zoom() > 1.2);
    action("actionActualSize")->trigger();
    QCOMPARE(m_view->zoom(), 1.0);
    action("actionZoomOut")->trigger();
    QVERIFY(m_view->zoom() < 0.9);
    action("actionFitToWindow")->trigger();
    const QRectF visible
        = m_view->mapToScene(m_view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    QVERIFY(visible.contains(m_view->processScene()->mapRect()));
    m_view->processScene()->selectSteps({6});
    action("actionZoomToSelection")->trigger();
    QVERIFY(m_view->zoom() > 1.0);
    QVERIFY(m_view->mapToScene(m_view->viewport()->rect()).boundingRect().contains(scenePos(6)));
}

void TestCanvas::darkPaletteReachesTheScene()
{
    QVERIFY(!m_view->processScene()->canvasPalette().isDark());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    m_view->setPalette(dark);
    QVERIFY(m_view->processScene()->canvasPalette().isDark());
    QCOMPARE(m_view->processScene()->canvasPalette().text(), QColor(0xe8, 0xe8, 0xe8));
    // Painting in dark mode works at every level of detail.
    for (double zoom : {1.0, 0.3, 0.1}) {
        m_view->setZoom(zoom);
        QVERIFY(!m_view->viewport()->grab().isNull());
    }
}

void TestCanvas::overviewClickPansTheMap()
{
    m_view->setZoom(2.0);
    OverviewView overview(m_view.get());
    overview.resize(300, 200);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QVERIFY(!overview.accessibleName().isEmpty());
    const QPointF target = scenePos(6);
    QTest::mouseClick(overview.viewport(), Qt::LeftButton, {}, overview.mapFromScene(target));
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY(std::abs(centre.x() - target.x()) < 20);
    QVERIFY(m_view->mapToScene(m_view->viewport()->rect()).boundingRect().contains(target));
}

void TestCanvas::addLaneActionAddsALaneBelowTheSelectedOneAndRenamesIt()
{
    ProcessScene *scene = m_view->processScene();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      at(scene->laneItem(1)->sceneHeaderRect().center()));
    QCOMPARE(m_view->selectedLaneId(), 1);
    QTest::keyClick(m_view->viewport(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    const Process &p = m_doc->process();
    QCOMPARE(p.lanes.size(), 3);
    QCOMPARE(p.lanes[1].id, 9); // below Sales, above Warehouse
    QVERIFY(m_view->inlineEditor());
    QTest::keyClicks(m_view->inlineEditor(), QStringLiteral("Billing"));
    QTest::keyClick(m_view->inlineEditor(), Qt::Key_Return);
    QCOMPARE(p.lanes[1].name, QStringLiteral("Billing"));
    QCOMPARE(m_doc->undoStack()->count(), 2); // add, rename
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->process(), sampleProcess());
}

namespace {

// Answers the next modal item dialog by choosing an entry (or cancelling when empty).
void answerNextItemDialog(const QString &choice, QString *question = nullptr)
{
    QTimer::singleShot(0, [choice, question] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (question)
            *question = dialog->labelText();
        if (choice.isEmpty()) {
            dialog->reject();
            return;
        }
        dialog->setTextValue(choice);
        dialog->accept();
    });
}

} // namespace

void TestCanvas::deletingALaneMovesItsStepsToTheChosenLane()
{
    ProcessDocument &doc = *m_doc;
    const ItemId billing = doc.addLane(QStringLiteral("Billing"), Lane::Kind::Team, Qt::yellow);
    const int before = doc.undoStack()->count();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      at(m_view->processScene()->laneItem(1)->sceneHeaderRect().center()));
    QString question;
    answerNextItemDialog(QStringLiteral("Billing"), &question);
    QTest::keyClick(m_view->viewport(), Qt::Key_Delete);
    QVERIFY2(question.contains(QStringLiteral("Sales")), qPrintable(question));
    QVERIFY(!doc.process().lane(1));
    QCOMPARE(doc.process().step(3)->laneId, billing);
    QCOMPARE(doc.process().step(4)->laneId, billing);
    QCOMPARE(doc.undoStack()->count(), before + 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.process().step(3)->laneId, 1);
    QVERIFY(doc.process().lane(1));
}

void TestCanvas::deletingALaneCanBeCancelled()
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      at(m_view->processScene()->laneItem(2)->sceneHeaderRect().center()));
    answerNextItemDialog(QString());
    QTest::keyClick(m_view->viewport(), Qt::Key_Delete);
    QCOMPARE(m_doc->process(), sampleProcess());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
