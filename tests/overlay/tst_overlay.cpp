// The runs overlay: its figures laid over a small hand-made map and log (every expectation worked
// out by hand from the log below), the scene's overlay items, and the View action switched with
// the keyboard on a real view.

#include "canvas/handoffitem.h"
#include "canvas/mapview.h"
#include "canvas/overlaylegend.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "canvas/undesigneditem.h"

#include "analysis/mapoverlay.h"
#include "analysis/runmetrics.h"
#include "process/processdocument.h"
#include "workspace/exampleruns.h"
#include "workspace/examples.h"

#include <QAction>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <atomic>
#include <memory>

using namespace Stepwise;

namespace {

constexpr ItemId OrderIn = 2, Check = 3, Ship = 4, Call = 5, Done = 6;
constexpr ItemId OrderInToCheck = 7, CheckToShip = 8, CheckToCall = 9, CallToDone = 10,
                 ShipToDone = 11;

// One lane; Order in -> Check order -> Ship -> Done, and Check order -> Call customer -> Done,
// which no run takes.
Process sampleProcess()
{
    Process p;
    p.id = 1;
    p.name = QStringLiteral("Orders");
    Lane desk;
    desk.id = 1;
    desk.name = QStringLiteral("Desk");
    desk.color = QColor(0x42, 0x85, 0xf4);
    desk.height = 240;
    p.lanes = {desk};
    const auto step = [](ItemId id, Step::Kind kind, const char *name, QPointF pos) {
        Step s;
        s.id = id;
        s.kind = kind;
        s.name = QString::fromLatin1(name);
        s.laneId = 1;
        s.pos = pos;
        return s;
    };
    p.steps = {step(OrderIn, Step::Kind::Start, "Order in", {100, 120}),
               step(Check, Step::Kind::Task, "Check order", {300, 120}),
               step(Ship, Step::Kind::Task, "Ship", {560, 120}),
               step(Call, Step::Kind::Task, "Call customer", {560, 200}),
               step(Done, Step::Kind::End, "Done", {800, 120})};
    const auto handoff = [](ItemId id, ItemId from, ItemId to) {
        Handoff h;
        h.id = id;
        h.fromStepId = from;
        h.toStepId = to;
        return h;
    };
    p.handoffs = {handoff(OrderInToCheck, OrderIn, Check), handoff(CheckToShip, Check, Ship),
                  handoff(CheckToCall, Check, Call), handoff(CallToDone, Call, Done),
                  handoff(ShipToDone, Ship, Done)};
    p.nextItemId = 12;
    return p;
}

constexpr qint64 Minute = 60 * 1000;

// Six runs, times in minutes. The log names "Check order" as "check  ORDER": the overlay folds
// case and white space as the engine does.
//   three: Order in 0, check 10-20, Ship 50-80, Done 80
//   two:   Order in 0, check 5-25, Done 85              (check -> Done: not on the map)
//   one:   Order in 0, Ship 30-40, Done 40              (Order in -> Ship: not on the map)
RunLog sampleLog()
{
    RunLog log;
    log.activities = {QStringLiteral("Order in"), QStringLiteral("check  ORDER"),
                      QStringLiteral("Ship"), QStringLiteral("Done")};
    log.resources = {QStringLiteral("Ann")};
    const auto run = [&](const QString &id, const QVector<QVector<qint64>> &steps) {
        Run r;
        r.caseId = id;
        for (const QVector<qint64> &s : steps) {
            Execution e;
            e.activity = int(s.at(0));
            e.resource = 0;
            e.startMs = s.at(1) * Minute;
            e.completeMs = s.at(2) * Minute;
            e.order = int(r.executions.size());
            r.executions.append(e);
        }
        r.firstMs = r.executions.first().startMs;
        r.lastMs = r.executions.last().completeMs;
        r.events = int(r.executions.size()) * 2;
        log.runs.append(r);
    };
    for (int i = 0; i < 3; ++i)
        run(QStringLiteral("a%1").arg(i), {{0, 0, 0}, {1, 10, 20}, {2, 50, 80}, {3, 80, 80}});
    for (int i = 0; i < 2; ++i)
        run(QStringLiteral("b%1").arg(i), {{0, 0, 0}, {1, 5, 25}, {3, 85, 85}});
    run(QStringLiteral("c"), {{0, 0, 0}, {2, 30, 40}, {3, 40, 40}});
    return log;
}

RunStats sampleStats()
{
    StatsOptions options;
    options.designedHandoffs = handoffNames(sampleProcess());
    return computeRunStats(sampleLog(), options);
}

} // namespace

class TestOverlay : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // The figures
    void stepsGetTheEnginesMeanWaitingPlusProcessing();
    void handoffsGetTheirCountsAndTheNeverTakenOnesZero();
    void transitionsTheMapLacksAreUndesignedWithTheirCounts();
    void aHandoffDrawnWhereRunsWentIsDesignedAtOnce();
    void theColourScaleHasRoundLimitsOnALogScale();

    // The scene and the view
    void runsOverlayActionTogglesWithCtrlShiftO();
    void sceneDrawsAnUndesignedArrowBetweenTheRightSteps();
    void undesignedArrowsCannotBeSelectedOrEdited();
    void neverTakenHandoffIsGreyedAndUnreachedStepHatched();
    void addingAHandoffUpdatesTheOverlayWithoutReadingTheRunsAgain();
    void movingAStepBendsItsUndesignedArrowAlong();
    void unreadableRunsAreSaidInTheLegend();
    void anotherDocumentHasItsRunsReadAgain();
    void supportTicketExampleShowsAnUndesignedTransition();

private:
    void showView(const Process &process, MapView::RunStatsSource source);
    QAction *overlayAction() const { return m_view->runsOverlayAction(); }
    ProcessScene *scene() const { return m_view->processScene(); }
    void switchOverlay(bool on);

    std::unique_ptr<ProcessDocument> m_doc;
    std::unique_ptr<MapView> m_view;
    std::shared_ptr<std::atomic<int>> m_reads;
};

void TestOverlay::init()
{
    m_reads = std::make_shared<std::atomic<int>>(0);
    auto reads = m_reads;
    showView(sampleProcess(), [reads](const Process &) -> std::optional<RunStats> {
        ++*reads;
        return sampleStats();
    });
}

void TestOverlay::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestOverlay::showView(const Process &process, MapView::RunStatsSource source)
{
    m_view.reset();
    m_doc = std::make_unique<ProcessDocument>(process);
    m_view = std::make_unique<MapView>();
    m_view->resize(1100, 600);
    m_view->setRunStatsSource(std::move(source));
    m_view->setDocument(m_doc.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setZoom(1.0);
    m_view->centerOn(QPointF(450, 120));
    m_view->setFocus();
}

void TestOverlay::switchOverlay(bool on)
{
    QSignalSpy updated(m_view.get(), &MapView::runsOverlayUpdated);
    QTest::keyClick(m_view.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(overlayAction()->isChecked(), on);
    QTRY_VERIFY(updated.count() > 0);
    QCOMPARE(scene()->hasOverlay(), on);
}

void TestOverlay::stepsGetTheEnginesMeanWaitingPlusProcessing()
{
    const MapOverlay overlay = computeMapOverlay(sampleProcess(), sampleStats());
    QCOMPARE(overlay.runs, qint64(6));
    QCOMPARE(overlay.steps.size(), 5);
    // Check order: processing 10, 10, 10, 20, 20 min (mean 14), waiting 10, 10, 10, 5, 5 (8).
    const StepOverlay check = overlay.steps.value(Check);
    QCOMPARE(check.executions, qint64(5));
    QCOMPARE(check.meanProcessingS, 14 * 60.0);
    QCOMPARE(check.meanWaitingS, 8 * 60.0);
    QCOMPARE(check.meanTotalS, 22 * 60.0);
    // Ship: processing 30, 30, 30, 10 (25), waiting 30 each (after check, or after Order in).
    const StepOverlay ship = overlay.steps.value(Ship);
    QCOMPARE(ship.executions, qint64(4));
    QCOMPARE(ship.meanTotalS, 55 * 60.0);
    // Done: waiting 0, 0, 0 (after Ship), 60, 60 (after check) and 0: (60 + 60) / 6 = 20 min.
    QCOMPARE(overlay.steps.value(Done).executions, qint64(6));
    QCOMPARE(overlay.steps.value(Done).meanTotalS, 20 * 60.0);
    QCOMPARE(overlay.steps.value(OrderIn).meanTotalS, 0.0);
    // Call customer: no run reached it.
    QCOMPARE(overlay.steps.value(Call).executions, qint64(0));
    QCOMPARE(overlay.steps.value(Call).bucket, -1);
    QVERIFY(overlay.unmappedActivities.isEmpty());
}

void TestOverlay::handoffsGetTheirCountsAndTheNeverTakenOnesZero()
{
    const MapOverlay overlay = computeMapOverlay(sampleProcess(), sampleStats());
    QCOMPARE(overlay.handoffs.size(), 5);
    QCOMPARE(overlay.handoffs.value(OrderInToCheck).count, qint64(5));
    QCOMPARE(overlay.handoffs.value(CheckToShip).count, qint64(3));
    QCOMPARE(overlay.handoffs.value(ShipToDone).count, qint64(4));
    QCOMPARE(overlay.handoffs.value(CheckToCall).count, qint64(0));
    QCOMPARE(overlay.handoffs.value(CallToDone).count, qint64(0));
    QCOMPARE(overlay.neverTakenCount(), 2);
    // Check order -> Ship waits 50 - 20 = 30 min each time.
    QCOMPARE(overlay.handoffs.value(CheckToShip).meanWaitingS, 30 * 60.0);
    QCOMPARE(overlay.maxCount, qint64(5));
}

void TestOverlay::transitionsTheMapLacksAreUndesignedWithTheirCounts()
{
    const MapOverlay overlay = computeMapOverlay(sampleProcess(), sampleStats());
    QCOMPARE(overlay.undesigned.size(), 2);
    const UndesignedTransition first = overlay.undesigned.at(0);
    QCOMPARE(first.fromStepId, Check);
    QCOMPARE(first.toStepId, Done);
    QCOMPARE(first.count, qint64(2));
    QCOMPARE(first.from, QStringLiteral("check  ORDER")); // as the runs name it
    QCOMPARE(first.meanWaitingS, 60 * 60.0); // 85 - 25
    const UndesignedTransition second = overlay.undesigned.at(1);
    QCOMPARE(second.fromStepId, OrderIn);
    QCOMPARE(second.toStepId, Ship);
    QCOMPARE(second.count, qint64(1));
}

void TestOverlay::aHandoffDrawnWhereRunsWentIsDesignedAtOnce()
{
    Process process = sampleProcess();
    Handoff added;
    added.id = process.nextItemId++;
    added.fromStepId = Check;
    added.toStepId = Done;
    process.handoffs.append(added);
    // The same stats, computed against the old map: the overlay matches the map it is given.
    const MapOverlay overlay = computeMapOverlay(process, sampleStats());
    QCOMPARE(overlay.handoffs.value(added.id).count, qint64(2));
    QCOMPARE(overlay.undesigned.size(), 1);
    QCOMPARE(overlay.undesigned.first().toStepId, Ship);
}

void TestOverlay::theColourScaleHasRoundLimitsOnALogScale()
{
    // The sample: totals 20, 22 and 55 min (and 0 for the start). Limits spaced on a log scale
    // between 20 and 55 min (24, 30, 37 and 45 min) snap to 30 min, or to 1 h beyond the longest:
    // two buckets.
    const MapOverlay sample = computeMapOverlay(sampleProcess(), sampleStats());
    QCOMPARE(sample.bucketLimits, QVector<double>({30 * 60.0}));
    QCOMPARE(sample.bucketCount, 2);
    QCOMPARE(sample.steps.value(Check).bucket, 0);
    QCOMPARE(sample.steps.value(Done).bucket, 0);
    QCOMPARE(sample.steps.value(Ship).bucket, 1);
    QCOMPARE(sample.steps.value(OrderIn).bucket, 0);
    QCOMPARE(sample.bucketPosition(1), 1.0);

    // A minute, an hour and a day: 60 * 1440^(k/5) is 257 s, 18 min, 78 min and 5.6 h, which
    // snap to 5 min, 15 min, 1 h and 4 h.
    RunStats stats;
    stats.runs = 1;
    const auto step = [](const char *name, double meanS) {
        StepStats s;
        s.name = QString::fromLatin1(name);
        s.executions = 1;
        s.processing.count = 1;
        s.processing.mean = s.processing.p50 = meanS;
        return s;
    };
    stats.steps = {step("Order in", 60), step("Check order", 3600), step("Ship", 86400)};
    const MapOverlay overlay = computeMapOverlay(sampleProcess(), stats);
    QCOMPARE(overlay.bucketLimits, QVector<double>({300.0, 900.0, 3600.0, 14400.0}));
    QCOMPARE(overlay.bucketCount, 5);
    QCOMPARE(overlay.steps.value(OrderIn).bucket, 0);
    QCOMPARE(overlay.steps.value(Check).bucket, 3); // a limit belongs to the bucket above it
    QCOMPARE(overlay.steps.value(Ship).bucket, 4);
    QCOMPARE(overlay.bucketPosition(2), 0.5);
}

void TestOverlay::runsOverlayActionTogglesWithCtrlShiftO()
{
    QVERIFY(overlayAction());
    QVERIFY(overlayAction()->isCheckable());
    QVERIFY(overlayAction()->isEnabled());
    QVERIFY(m_view->viewActions().contains(overlayAction()));
    QCOMPARE(overlayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QVERIFY(overlayAction()->toolTip().contains(
        overlayAction()->shortcut().toString(QKeySequence::NativeText)));
    QVERIFY(!scene()->hasOverlay());
    QVERIFY(!m_view->overlayLegend()->isVisible());

    switchOverlay(true);
    QVERIFY(m_view->isRunsOverlayShown());
    QVERIFY(m_view->overlayLegend()->isVisible());
    // (No translator here: the plural is the source text's.)
    QVERIFY(
        m_view->overlayLegend()->lines().first().startsWith(QStringLiteral("Runs overlay: 6 run")));
    QVERIFY(scene()->stepItem(Check)->hasOverlay());
    QCOMPARE(scene()->undesignedItems().size(), 2);
    QCOMPARE(m_reads->load(), 1);

    switchOverlay(false);
    QVERIFY(!m_view->isRunsOverlayShown());
    QVERIFY(!m_view->overlayLegend()->isVisible());
    QVERIFY(!scene()->stepItem(Check)->hasOverlay());
    QVERIFY(!scene()->handoffItem(CheckToShip)->hasOverlay());
    QVERIFY(scene()->undesignedItems().isEmpty());

    // On again: the runs of this map were read already.
    switchOverlay(true);
    QCOMPARE(scene()->undesignedItems().size(), 2);
    QCOMPARE(m_reads->load(), 1);
    // No edit of the map came from any of it.
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestOverlay::sceneDrawsAnUndesignedArrowBetweenTheRightSteps()
{
    switchOverlay(true);
    const QVector<UndesignedItem *> items = scene()->undesignedItems();
    QCOMPARE(items.size(), 2);
    UndesignedItem *item = items.first();
    QCOMPARE(item->fromStepId(), Check);
    QCOMPARE(item->toStepId(), Done);
    QCOMPARE(item->count(), qint64(2));
    QVERIFY(item->toolTip().contains(QStringLiteral("Not on the map")));
    // It leaves Check order's outline and ends at Done's (the arrowhead's tip is within a few
    // units of the circle, the line's end before it).
    const QRectF check = scene()->stepItem(Check)->sceneSymbolRect();
    const QRectF done = scene()->stepItem(Done)->sceneSymbolRect();
    const QPointF start = item->path().pointAtPercent(0);
    const QPointF end = item->path().pointAtPercent(1);
    QVERIFY2(check.adjusted(-5, -5, 5, 5).contains(start)
                 && !check.adjusted(1, 1, -1, -1).contains(start),
             qPrintable(QStringLiteral("%1,%2").arg(start.x()).arg(start.y())));
    QVERIFY2(QLineF(end, done.center()).length() < done.width() / 2 + 3 + 20,
             qPrintable(QStringLiteral("%1,%2").arg(end.x()).arg(end.y())));
    // A jump ahead bends above the straight line between the two.
    QVERIFY(item->path().pointAtPercent(0.5).y() < check.center().y() - 20);
    // The count is drawn on it.
    QVERIFY(item->labelRect().contains(item->path().pointAtPercent(0.5)));
    // It is visible where the view shows it.
    QCOMPARE(scene()->items(item->labelRect().center()).contains(item), true);
}

void TestOverlay::undesignedArrowsCannotBeSelectedOrEdited()
{
    switchOverlay(true);
    UndesignedItem *item = scene()->undesignedItems().first();
    QVERIFY(!(item->flags() & QGraphicsItem::ItemIsSelectable));
    QVERIFY(!(item->flags() & QGraphicsItem::ItemIsMovable));
    QCOMPARE(item->type(), int(UndesignedItem::Type));
    QVERIFY(item->type() != HandoffItem::Type);
    // A click on its count selects nothing and changes nothing: it is no handoff.
    const QPoint at = m_view->mapFromScene(item->labelRect().center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(scene()->selectedItems().isEmpty());
    QVERIFY(m_view->selectedHandoffIds().isEmpty());
    // Dragging across it draws a rubber band as on the empty canvas, selecting no mark either.
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, at - QPoint(20, 20));
    QTest::mouseMove(m_view->viewport(), at + QPoint(20, 20));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, at + QPoint(20, 20));
    QVERIFY(!item->isSelected());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->process().handoffs.size(), 5);
}

void TestOverlay::neverTakenHandoffIsGreyedAndUnreachedStepHatched()
{
    switchOverlay(true);
    HandoffItem *never = scene()->handoffItem(CheckToCall);
    QVERIFY(never->isNeverTaken());
    QCOMPARE(never->overlayCount(), qint64(0));
    QVERIFY(never->countRect().isNull());
    HandoffItem *busiest = scene()->handoffItem(OrderInToCheck);
    HandoffItem *taken = scene()->handoffItem(CheckToShip);
    QVERIFY(!taken->isNeverTaken());
    QCOMPARE(taken->overlayCount(), qint64(3));
    QCOMPARE(busiest->overlayCount(), qint64(5));
    // Wider for more runs: the busiest is the widest there is, a never-taken one the thinnest.
    QVERIFY(HandoffItem::frequencyWidth(5, 5) > HandoffItem::frequencyWidth(3, 5));
    QVERIFY(HandoffItem::frequencyWidth(3, 5) > HandoffItem::frequencyWidth(0, 5));
    QVERIFY(!taken->countRect().isNull());
    QCOMPARE(scene()->stepItem(Call)->overlayPosition(), -1.0);
    QCOMPARE(scene()->stepItem(Ship)->overlayPosition(), 1.0);
    QCOMPARE(scene()->stepItem(Check)->overlayPosition(), 0.0);
    QVERIFY(!scene()->stepItem(Ship)->overlayBadgeRect().isNull());
    QVERIFY(scene()->stepItem(Call)->overlayBadgeRect().isNull());
    QVERIFY(scene()->stepItem(Call)->toolTip().contains(QStringLiteral("No run reached")));
    // The legend says it.
    const QStringList legend = m_view->overlayLegend()->lines();
    QVERIFY(legend.contains(QStringLiteral("never taken (2)")));
    QVERIFY(legend.contains(QStringLiteral("taken, but not on the map (2)")));
    QVERIFY(legend.contains(QStringLiteral("under 30 min")));
    QVERIFY(legend.contains(QStringLiteral("30 min or more")));
    QVERIFY(legend.contains(QStringLiteral("no run reached it")));
}

void TestOverlay::addingAHandoffUpdatesTheOverlayWithoutReadingTheRunsAgain()
{
    switchOverlay(true);
    QCOMPARE(scene()->undesignedItems().size(), 2);
    QSignalSpy updated(m_view.get(), &MapView::runsOverlayUpdated);
    const ItemId added = m_doc->connectSteps(Check, Done);
    QVERIFY(added);
    QTRY_VERIFY(updated.count() > 0);
    QCOMPARE(scene()->undesignedItems().size(), 1);
    QCOMPARE(scene()->undesignedItems().first()->toStepId(), Ship);
    QCOMPARE(scene()->handoffItem(added)->overlayCount(), qint64(2));
    QCOMPARE(m_reads->load(), 1);
    // Undo: not on the map again.
    m_doc->undoStack()->undo();
    QTRY_COMPARE(scene()->undesignedItems().size(), 2);
    QCOMPARE(m_reads->load(), 1);
}

void TestOverlay::movingAStepBendsItsUndesignedArrowAlong()
{
    switchOverlay(true);
    UndesignedItem *item = scene()->undesignedItems().first();
    const QPointF before = item->path().pointAtPercent(1);
    m_doc->moveStepsBy({Done}, QPointF(0, 60));
    const QPointF after = item->path().pointAtPercent(1);
    QVERIFY2(after.y() > before.y() + 30, qPrintable(QString::number(after.y() - before.y())));
}

void TestOverlay::unreadableRunsAreSaidInTheLegend()
{
    showView(sampleProcess(), [](const Process &) { return std::optional<RunStats>(); });
    QSignalSpy updated(m_view.get(), &MapView::runsOverlayUpdated);
    QTest::keyClick(m_view.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(updated.count() > 0);
    QVERIFY(!scene()->hasOverlay());
    QVERIFY(m_view->overlayLegend()->isVisible());
    QVERIFY(
        m_view->overlayLegend()->lines().contains(QStringLiteral("The runs could not be read.")));
}

void TestOverlay::anotherDocumentHasItsRunsReadAgain()
{
    switchOverlay(true);
    QCOMPARE(m_reads->load(), 1);
    // No document: nothing in the corner.
    m_view->setDocument(nullptr);
    QVERIFY(!m_view->overlayLegend()->isVisible());
    QVERIFY(!scene()->hasOverlay());
    QVERIFY(m_view->isRunsOverlayShown());
    // Another one: its runs are read and laid over it.
    ProcessDocument other(sampleProcess());
    QSignalSpy updated(m_view.get(), &MapView::runsOverlayUpdated);
    m_view->setDocument(&other);
    QTRY_VERIFY(updated.count() > 0);
    QVERIFY(scene()->hasOverlay());
    QCOMPARE(scene()->undesignedItems().size(), 2);
    QCOMPARE(m_reads->load(), 2);
    m_view->setDocument(nullptr);
}

void TestOverlay::supportTicketExampleShowsAnUndesignedTransition()
{
    const Process support = exampleProcesses().at(1);
    const qint64 end = QDateTime(QDate(2024, 6, 14), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch();
    showView(support, [end](const Process &process) -> std::optional<RunStats> {
        StatsOptions options;
        options.designedHandoffs = handoffNames(process);
        return computeRunStats(exampleRuns(process, ExampleRunsSeed + 1, end), options);
    });
    switchOverlay(true);
    const QVector<UndesignedItem *> items = scene()->undesignedItems();
    QVERIFY(!items.isEmpty());
    for (UndesignedItem *item : items) {
        QVERIFY(item->count() > 0);
        for (const Handoff &h : support.handoffs)
            QVERIFY(h.fromStepId != item->fromStepId() || h.toStepId != item->toStepId());
    }
    // Every step the runs reached is coloured; every handoff was taken.
    for (const Step &step : support.steps)
        QVERIFY2(scene()->stepItem(step.id)->overlayPosition() >= 0, qPrintable(step.name));
    for (const Handoff &h : support.handoffs)
        QVERIFY(!scene()->handoffItem(h.id)->isNeverTaken());
}

QTEST_MAIN(TestOverlay)
#include "tst_overlay.moc"
