// The revision compare panel driven through real widgets: two revisions of a map in a workspace
// file, picked with the keyboard in the panel's combo boxes; a click on an entry of the change list
// selects and centres the item on the map; the runs before and after the change are measured off
// the GUI thread; File > Revisions... opens the same compare.

#include "canvas/handoffitem.h"
#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "improve/revisioncomparepanel.h"
#include "panels/revisionsdialog.h"
#include "process/processdocument.h"
#include "runs/runlogbuilder.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Stepwise;

namespace {

constexpr qint64 HourMs = Q_INT64_C(3600000);

Step step(ItemId id, Step::Kind kind, const char *name, ItemId laneId, QPointF pos)
{
    Step s;
    s.id = id;
    s.kind = kind;
    s.name = QString::fromUtf8(name);
    s.laneId = laneId;
    s.pos = pos;
    return s;
}

Handoff handoff(ItemId id, ItemId from, ItemId to)
{
    Handoff h;
    h.id = id;
    h.fromStepId = from;
    h.toStepId = to;
    return h;
}

// Support (1), Finance (2). Start(3) -> Check(4) -> Approve(5) -> Resolve(6) -> Done(7);
// Check -> Old step(8).
Process earlierMap()
{
    Process p;
    p.name = QStringLiteral("Support ticket");
    Lane support;
    support.id = 1;
    support.name = QStringLiteral("Support");
    support.color = QColor(0x42, 0x85, 0xf4);
    Lane finance = support;
    finance.id = 2;
    finance.name = QStringLiteral("Finance");
    p.lanes = {support, finance};
    p.steps = {step(3, Step::Kind::Start, "Ticket in", 1, {80, 80}),
               step(4, Step::Kind::Task, "Check ticket", 1, {250, 80}),
               step(5, Step::Kind::Task, "Approve", 1, {450, 80}),
               step(6, Step::Kind::Task, "Resolve", 1, {650, 80}),
               step(7, Step::Kind::End, "Done", 1, {850, 80}),
               step(8, Step::Kind::Task, "Old step", 2, {450, 80})};
    p.handoffs = {handoff(9, 3, 4), handoff(10, 4, 5), handoff(11, 5, 6), handoff(12, 6, 7),
                  handoff(13, 4, 8)};
    p.nextItemId = 14;
    return p;
}

// Check renamed, Approve into Finance, Resolve moved, Old step removed, Check -> Approve rerouted
// to Resolve, a new step.
Process laterMap(const Process &earlier)
{
    Process p = earlier;
    p.step(4)->name = QStringLiteral("Triage ticket");
    p.step(5)->laneId = 2;
    p.step(6)->pos = {700, 110};
    p.steps.removeAt(p.stepIndex(8));
    p.handoffs.removeAt(p.handoffIndex(13));
    p.handoff(10)->toStepId = 6;
    p.steps.append(step(p.nextItemId++, Step::Kind::Task, "Send survey", 1, {850, 40}));
    return p;
}

void addRun(RunLogBuilder &builder, const QString &caseId, qint64 startMs, double hours)
{
    RawEvent event;
    event.caseId = caseId;
    event.kind = RawEvent::Kind::Interval;
    event.activity = QStringLiteral("Check ticket");
    event.startMs = startMs;
    event.completeMs = startMs + HourMs;
    builder.add(event);
    event.activity = QStringLiteral("Approve");
    event.startMs = startMs + HourMs;
    event.completeMs = startMs + qint64(hours * HourMs);
    builder.add(event);
}

QTreeWidgetItem *entryFor(QTreeWidget *list, const QString &group, ObjectType type, ItemId id)
{
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = list->topLevelItem(g);
        if (!top->text(0).startsWith(group))
            continue;
        for (int i = 0; i < top->childCount(); ++i) {
            QTreeWidgetItem *entry = top->child(i);
            if (entry->data(0, RevisionComparePanel::ObjectTypeRole).toInt() == int(type)
                && entry->data(0, RevisionComparePanel::ItemIdRole).toInt() == id)
                return entry;
        }
    }
    return nullptr;
}

bool isOnScreen(MapView *view, QPointF scenePos)
{
    return view->viewport()->rect().contains(view->mapFromScene(scenePos));
}

} // namespace

class TestRevisionCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsToTheLatestTwoRevisions();
    void pickingRevisionsWithTheKeyboardComparesThem();
    void clickingAnEntrySelectsAndCentresTheItem_data();
    void clickingAnEntrySelectsAndCentresTheItem();
    void removedItemsAreFadedGhostsOnTheMap();
    void runsBeforeAndAfterAreMeasured();
    void revisionsDialogOpensTheCompare();

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    ProcessId m_processId = 0;
    qint64 m_olderRevision = 0;
    qint64 m_newerRevision = 0;
};

void TestRevisionCompare::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("compare.stepwise"))));
    Process earlier = earlierMap();
    m_processId = m_workspace.saveProcess(earlier);
    QVERIFY(m_processId);
    earlier.id = m_processId;
    m_olderRevision = m_workspace.saveRevision(earlier, QStringLiteral("Before the change"));
    QVERIFY(m_olderRevision);
    QTest::qWait(5); // the newer revision is saved later, as it would be
    const Process later = laterMap(earlier);
    QVERIFY(m_workspace.saveProcess(later));
    m_newerRevision = m_workspace.saveRevision(later, QStringLiteral("Approval to Finance"));
    QVERIFY(m_newerRevision);

    // Runs around the newer revision: two of 5 h and 7 h before it, one of 3 h after it.
    const qint64 split
        = m_workspace.revisions(m_processId).constFirst().created.toMSecsSinceEpoch();
    RunLogBuilder builder;
    addRun(builder, QStringLiteral("T-1"), split - 48 * HourMs, 5);
    addRun(builder, QStringLiteral("T-2"), split - 24 * HourMs, 7);
    addRun(builder, QStringLiteral("T-3"), split + HourMs, 3);
    QVERIFY(m_workspace.saveRuns(m_processId, builder.finish()));
}

void TestRevisionCompare::defaultsToTheLatestTwoRevisions()
{
    RevisionComparePanel panel;
    panel.setSource(&m_workspace, m_processId, *m_workspace.loadProcess(m_processId));
    QCOMPARE(panel.earlierRevisionId(), m_olderRevision);
    QCOMPARE(panel.laterRevisionId(), m_newerRevision);
    QCOMPARE(panel.laterCombo()->count(), 3); // the current map and both revisions
    QVERIFY(panel.diff().step(5) && panel.diff().step(5)->laneChanged);
    QVERIFY(panel.diff().step(8) && panel.diff().step(8)->isRemoved());
    QVERIFY(panel.diff().handoff(10) && panel.diff().handoff(10)->rerouted);
}

void TestRevisionCompare::pickingRevisionsWithTheKeyboardComparesThem()
{
    RevisionComparePanel panel;
    panel.resize(1200, 800);
    panel.setSource(&m_workspace, m_processId, *m_workspace.loadProcess(m_processId));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int differences = panel.diff().itemCount();
    QVERIFY(differences > 0);

    // The later side: the current map (first entry), which is what the newer revision holds.
    panel.laterCombo()->setFocus();
    QTest::keyClick(panel.laterCombo(), Qt::Key_Home);
    QCOMPARE(panel.laterRevisionId(), 0);
    QCOMPARE(panel.diff().itemCount(), differences);

    // The earlier side: the newer revision. Nothing changed since it was saved.
    panel.earlierCombo()->setFocus();
    QTest::keyClick(panel.earlierCombo(), Qt::Key_Home);
    QCOMPARE(panel.earlierRevisionId(), m_newerRevision);
    QVERIFY(panel.diff().isEmpty());
    QCOMPARE(panel.changeList()->topLevelItemCount(), 1); // "No differences"

    // And back to the older one.
    QTest::keyClick(panel.earlierCombo(), Qt::Key_End);
    QCOMPARE(panel.earlierRevisionId(), m_olderRevision);
    QCOMPARE(panel.diff().itemCount(), differences);
}

void TestRevisionCompare::clickingAnEntrySelectsAndCentresTheItem_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("id");
    QTest::newRow("an added step") << QStringLiteral("Added") << int(ObjectType::Step) << 14;
    QTest::newRow("a removed step") << QStringLiteral("Removed") << int(ObjectType::Step) << 8;
    QTest::newRow("a moved step") << QStringLiteral("Moved") << int(ObjectType::Step) << 6;
    QTest::newRow("a step in another lane")
        << QStringLiteral("Moved") << int(ObjectType::Step) << 5;
    QTest::newRow("a renamed step") << QStringLiteral("Changed") << int(ObjectType::Step) << 4;
    QTest::newRow("a rerouted handoff")
        << QStringLiteral("Moved") << int(ObjectType::Handoff) << 10;
    QTest::newRow("a removed handoff")
        << QStringLiteral("Removed") << int(ObjectType::Handoff) << 13;
}

void TestRevisionCompare::clickingAnEntrySelectsAndCentresTheItem()
{
    QFETCH(QString, group);
    QFETCH(int, type);
    QFETCH(int, id);
    RevisionComparePanel panel;
    panel.resize(1000, 700);
    panel.setSource(&m_workspace, m_processId, *m_workspace.loadProcess(m_processId));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    MapView *view = panel.mapView();
    // Zoomed in, so that centring has something to do.
    view->setZoom(2.0);
    view->centerOn(-500, -500);

    QTreeWidgetItem *entry = entryFor(panel.changeList(), group, ObjectType(type), id);
    QVERIFY(entry);
    panel.changeList()->scrollToItem(entry);
    const QRect rect = panel.changeList()->visualItemRect(entry);
    QTest::mouseClick(panel.changeList()->viewport(), Qt::LeftButton, {}, rect.center());

    ProcessScene *scene = view->processScene();
    if (ObjectType(type) == ObjectType::Step) {
        QCOMPARE(scene->selectedStepIds(), ItemIds {id});
        QVERIFY(scene->stepItem(id)->isSelected());
        QVERIFY(isOnScreen(view, scene->stepItem(id)->sceneSymbolRect().center()));
    } else {
        QCOMPARE(scene->selectedHandoffIds(), ItemIds {id});
        QVERIFY(isOnScreen(view, scene->handoffItem(id)->route().boundingRect().center()));
    }

    // Picking it on the map picks its entry in the list.
    scene->clearAllSelection();
    panel.changeList()->setCurrentItem(nullptr);
    if (ObjectType(type) == ObjectType::Step)
        scene->selectSteps({id});
    else
        scene->selectHandoffs({id});
    QVERIFY(panel.changeList()->currentItem());
    QCOMPARE(panel.changeList()->currentItem()->data(0, RevisionComparePanel::ItemIdRole).toInt(),
             id);
}

void TestRevisionCompare::removedItemsAreFadedGhostsOnTheMap()
{
    RevisionComparePanel panel;
    panel.setSource(&m_workspace, m_processId, *m_workspace.loadProcess(m_processId));
    ProcessScene *scene = panel.mapView()->processScene();
    // The later map with the removed step and handoff put back, faded; the rest as they are.
    QVERIFY(panel.shownDocument()->process().step(8));
    QVERIFY(scene->stepItem(8)->opacity() < 1.0);
    QVERIFY(scene->handoffItem(13)->opacity() < 1.0);
    QCOMPARE(scene->stepItem(4)->opacity(), 1.0);
    QCOMPARE(scene->stepItem(4)->name(), QStringLiteral("Triage ticket"));
    // Marks for: added 14, removed 8 and 13, moved 6 (halo, ghost, trail), lane change 5 (halo,
    // ghost, trail), renamed 4, rerouted 10.
    int marks = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == QGraphicsItem::UserType + 40) {
            ++marks;
            QCOMPARE(item->acceptedMouseButtons(), Qt::NoButton);
        }
    }
    QCOMPARE(marks, 1 + 2 + 3 + 3 + 1 + 1);
    // Removed items cannot be edited: the map is read-only.
    QVERIFY(panel.shownDocument()->isReadOnly());
}

void TestRevisionCompare::runsBeforeAndAfterAreMeasured()
{
    RevisionComparePanel panel;
    panel.resize(1200, 800);
    panel.setSource(&m_workspace, m_processId, *m_workspace.loadProcess(m_processId));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(panel.beforeAfter());
    QVERIFY(!panel.isComputing());
    const BeforeAfter *figures = panel.beforeAfter();
    // The latest run ends 4 h after the split: one day on each side, so T-1 (two days before)
    // is out.
    QCOMPARE(figures->days, 1);
    QCOMPARE(figures->before.runs, 1);
    QCOMPARE(figures->after.runs, 1);
    QCOMPARE(figures->before.cycleTime.p50, 7 * 3600.0);
    QCOMPARE(figures->after.cycleTime.p50, 3 * 3600.0);
    QVERIFY(panel.metricsTable()->isVisibleTo(&panel));
    QVERIFY(panel.verdictLabel()->text().contains(QStringLiteral("Too few runs")));
    QVERIFY(panel.verdictLabel()->text().contains(QStringLiteral("fell from 7 h to 3 h")));
}

void TestRevisionCompare::revisionsDialogOpensTheCompare()
{
    RevisionsDialog dialog(&m_workspace, m_processId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.compareButton()->isEnabled());
    // The newest revision is selected: it is compared with the one before it.
    QTest::mouseClick(dialog.compareButton(), Qt::LeftButton);
    auto *panel = dialog.findChild<RevisionComparePanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->earlierRevisionId(), m_olderRevision);
    QCOMPARE(panel->laterRevisionId(), m_newerRevision);
    QVERIFY(!panel->diff().isEmpty());
    panel->window()->close();
}

QTEST_MAIN(TestRevisionCompare)
#include "tst_revisioncompare.moc"
