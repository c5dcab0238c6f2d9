// Tests of the process document and its undo commands: every edit compared with the state before
// and after, through undo and redo; merging of drags and typing; refusals; and invariants over
// long random sequences of edits.

#include "process/commands.h"
#include "process/duration.h"
#include "process/processdocument.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Stepwise;

using Edit = std::function<void(ProcessDocument &)>;
using Check = std::function<bool(const Process &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)

namespace {

// Two lanes (ids 1, 2), three steps (3 start, 4 task, 5 end) and two handoffs (6, 7).
Process fixture()
{
    Process p;
    p.name = QStringLiteral("Fixture");
    p.lanes = {{1, QStringLiteral("Client"), Lane::Kind::Person, QColor(Qt::yellow), 160},
               {2, QStringLiteral("Support"), Lane::Kind::Team, QColor(Qt::cyan), 200}};
    Step start;
    start.id = 3;
    start.kind = Step::Kind::Start;
    start.laneId = 1;
    start.pos = {100, 80};
    Step task;
    task.id = 4;
    task.name = QStringLiteral("Fix it");
    task.laneId = 2;
    task.pos = {300, 100};
    Step end;
    end.id = 5;
    end.kind = Step::Kind::End;
    end.laneId = 1;
    end.pos = {500, 80};
    p.steps = {start, task, end};
    p.handoffs = {{6, 3, 4, {}}, {7, 4, 5, QStringLiteral("done")}};
    p.nextItemId = 8;
    return p;
}

} // namespace

class TestProcess : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsConsistent();
    void editUndoRedo_data();
    void editUndoRedo();
    void refusedEdits_data();
    void refusedEdits();
    void dragIsOneUndoStep();
    void dragBackToStartLeavesNoUndoStep();
    void typingMergesUntilChainBreaks();
    void readOnlyDocumentRefusesEdits();
    void signalsNameWhatChanged();
    void laneMoveCarriesItsSteps();
    void randomEditsKeepInvariants();
    void parseDuration_data();
    void parseDuration();
    void formatDurationRoundTrips_data();
    void formatDurationRoundTrips();
};

void TestProcess::fixtureIsConsistent()
{
    QVERIFY2(fixture().invariantViolations().isEmpty(),
             qPrintable(fixture().invariantViolations().join(QLatin1Char('\n'))));
}

void TestProcess::editUndoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Check>("check");
    QTest::addColumn<int>("undoSteps");

    QTest::newRow("adding a step puts it in its lane with a new id") << Edit(
        [](ProcessDocument &d) {
            QCOMPARE(d.addStep(Step::Kind::Task, QStringLiteral("Call client"), 1, {200, 50}), 8);
        }) << Check([](const Process &p) {
        return p.steps.size() == 4 && p.step(8) && p.step(8)->laneId == 1
            && p.step(8)->name == QLatin1String("Call client") && p.nextItemId == 9;
    }) << 1;
    QTest::newRow("adding two steps is one command") << Edit([](ProcessDocument &d) {
        Step a;
        a.laneId = 1;
        Step b;
        b.laneId = 2;
        b.kind = Step::Kind::Decision;
        QCOMPARE(d.addSteps({a, b}), ItemIds({8, 9}));
    }) << Check([](const Process &p) {
        return p.steps.size() == 5 && p.step(9)->kind == Step::Kind::Decision;
    }) << 1;
    QTest::newRow("removing a step removes its handoffs in the same macro")
        << Edit([](ProcessDocument &d) { d.removeSteps({4}); })
        << Check([](const Process &p) { return p.steps.size() == 2 && p.handoffs.isEmpty(); }) << 1;
    QTest::newRow("removing a step without handoffs") << Edit([](ProcessDocument &d) {
        d.addStep(Step::Kind::Task, QStringLiteral("Lonely"), 1, {700, 50});
        d.removeSteps({8});
    }) << Check([](const Process &p) { return p.steps.size() == 3 && p.nextItemId == 9; })
                                                      << 2;
    QTest::newRow("moving a step inside its lane") << Edit([](ProcessDocument &d) {
        d.moveStepsBy({4}, {40, -20});
    }) << Check([](const Process &p) {
        return p.step(4)->pos == QPointF(340, 80) && p.step(4)->laneId == 2;
    }) << 1;
    QTest::newRow("moving a step across a lane border changes its lane") << Edit(
        [](ProcessDocument &d) {
            d.moveStepsBy({3}, {0, 160});
        }) << Check([](const Process &p) {
        return p.step(3)->laneId == 2 && p.step(3)->pos == QPointF(100, 80);
    }) << 1;
    QTest::newRow("putting steps into a lane keeps their place in it") << Edit(
        [](ProcessDocument &d) {
            d.moveStepsToLane({3, 5}, 2);
        }) << Check([](const Process &p) {
        return p.step(3)->laneId == 2 && p.step(5)->laneId == 2
            && p.step(5)->pos == QPointF(500, 80);
    }) << 1;
    QTest::newRow("connecting two steps") << Edit([](ProcessDocument &d) {
        QCOMPARE(d.connectSteps(3, 5, QStringLiteral("skip")), 8);
    }) << Check([](const Process &p) {
        return p.handoffs.size() == 3 && p.handoff(8)->fromStepId == 3
            && p.handoff(8)->toStepId == 5 && p.handoff(8)->label == QLatin1String("skip");
    }) << 1;
    QTest::newRow("disconnecting a handoff")
        << Edit([](ProcessDocument &d) { d.disconnect({6}); })
        << Check([](const Process &p) { return p.handoffs.size() == 1 && !p.handoff(6); }) << 1;
    QTest::newRow("reconnecting the end of a handoff")
        << Edit([](ProcessDocument &d) { d.reconnect(6, 0, 5); }) << Check([](const Process &p) {
               return p.handoff(6)->fromStepId == 3 && p.handoff(6)->toStepId == 5;
           })
        << 1;
    QTest::newRow("renaming the process") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setProcessValue(Property::Name, QStringLiteral("Onboarding")));
    }) << Check([](const Process &p) { return p.name == QLatin1String("Onboarding"); })
                                          << 1;
    QTest::newRow("setting the SLA target in seconds")
        << Edit([](ProcessDocument &d) { QVERIFY(d.setProcessValue(Property::SlaTarget, 7200)); })
        << Check([](const Process &p) { return p.slaTargetS == 7200; }) << 1;
    QTest::newRow("setting a review date") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setProcessValue(Property::ReviewDate, QDate(2027, 3, 1)));
    }) << Check([](const Process &p) { return p.reviewDate == QDate(2027, 3, 1); })
                                           << 1;
    QTest::newRow("editing the definition of done of two steps at once") << Edit(
        [](ProcessDocument &d) {
            QVERIFY(d.setValue(ObjectType::Step, {4, 5}, Property::DefinitionOfDone,
                               QStringLiteral("Ticket closed")));
        }) << Check([](const Process &p) {
        return p.step(4)->definitionOfDone == QLatin1String("Ticket closed")
            && p.step(5)->definitionOfDone == QLatin1String("Ticket closed");
    }) << 1;
    QTest::newRow("setting the systems a step touches drops empty entries") << Edit(
        [](ProcessDocument &d) {
            QVERIFY(d.setValue(ObjectType::Step, {4}, Property::Systems,
                               QStringList {QStringLiteral("PSA"), QStringLiteral(" "),
                                            QStringLiteral("Email ")}));
        }) << Check([](const Process &p) {
        return p.step(4)->systems == QStringList {QStringLiteral("PSA"), QStringLiteral("Email")};
    }) << 1;
    QTest::newRow("marking a step as automation candidate") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setValue(ObjectType::Step, {4}, Property::Automation,
                           int(Step::Automation::Candidate)));
    }) << Check([](const Process &p) {
        return p.step(4)->automation == Step::Automation::Candidate;
    }) << 1;
    QTest::newRow("labelling a handoff") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setValue(ObjectType::Handoff, {6}, Property::Label, QStringLiteral("yes")));
    }) << Check([](const Process &p) { return p.handoff(6)->label == QLatin1String("yes"); })
                                         << 1;
    QTest::newRow("adding a lane in the middle") << Edit([](ProcessDocument &d) {
        QCOMPARE(d.addLane(QStringLiteral("Billing"), Lane::Kind::Team, Qt::green, 1), 8);
    }) << Check([](const Process &p) {
        return p.lanes.size() == 3 && p.lanes[1].name == QLatin1String("Billing");
    }) << 1;
    QTest::newRow("renaming a lane")
        << Edit([](ProcessDocument &d) { QVERIFY(d.renameLane(2, QStringLiteral("Helpdesk"))); })
        << Check([](const Process &p) { return p.lane(2)->name == QLatin1String("Helpdesk"); })
        << 1;
    QTest::newRow("recolouring a lane")
        << Edit([](ProcessDocument &d) { QVERIFY(d.recolourLane(1, QColor(0x123456))); })
        << Check([](const Process &p) { return p.lane(1)->color == QColor(0x123456); }) << 1;
    QTest::newRow("reordering lanes")
        << Edit([](ProcessDocument &d) { QVERIFY(d.moveLane(2, 0)); })
        << Check([](const Process &p) { return p.lanes[0].id == 2 && p.lanes[1].id == 1; }) << 1;
    QTest::newRow("deleting an empty lane") << Edit([](ProcessDocument &d) {
        const ItemId lane = d.addLane(QStringLiteral("Empty"), Lane::Kind::Role, {});
        QVERIFY(d.removeLane(lane));
    }) << Check([](const Process &p) { return p.lanes.size() == 2; })
                                            << 2;
    QTest::newRow("deleting a lane moves its steps to the chosen lane") << Edit(
        [](ProcessDocument &d) { QVERIFY(d.removeLane(1, 2)); }) << Check([](const Process &p) {
        return p.lanes.size() == 1 && p.step(3)->laneId == 2 && p.step(5)->laneId == 2;
    }) << 1;
}

void TestProcess::editUndoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(Check, check);
    QFETCH(int, undoSteps);

    ProcessDocument document(fixture());
    const Process before = document.process();
    edit(document);
    const Process after = document.process();
    QVERIFY(after != before);
    QVERIFY(check(after));
    QVERIFY2(after.invariantViolations().isEmpty(),
             qPrintable(after.invariantViolations().join(QLatin1Char('\n'))));
    QCOMPARE(document.undoStack()->count(), undoSteps);

    for (int i = 0; i < undoSteps; ++i)
        document.undoStack()->undo();
    QCOMPARE(document.process(), before);

    for (int i = 0; i < undoSteps; ++i)
        document.undoStack()->redo();
    QCOMPARE(document.process(), after);
    QVERIFY(check(document.process()));
}

void TestProcess::refusedEdits_data()
{
    QTest::addColumn<Edit>("edit");

    QTest::newRow("a step in a lane that does not exist") << Edit([](ProcessDocument &d) {
        QCOMPARE(d.addStep(Step::Kind::Task, QStringLiteral("x"), 99, {}), 0);
    });
    QTest::newRow("a handoff from a missing step")
        << Edit([](ProcessDocument &d) { QCOMPARE(d.connectSteps(99, 4), 0); });
    QTest::newRow("the same handoff twice")
        << Edit([](ProcessDocument &d) { QCOMPARE(d.connectSteps(3, 4), 0); });
    QTest::newRow("reconnecting onto a missing step")
        << Edit([](ProcessDocument &d) { d.reconnect(6, 0, 99); });
    QTest::newRow("a nonsense SLA target") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setProcessValue(Property::SlaTarget, QStringLiteral("soon")));
    });
    QTest::newRow("a negative expected duration") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setValue(ObjectType::Step, {4}, Property::ExpectedDuration, -5));
    });
    QTest::newRow("an empty process name") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setProcessValue(Property::Name, QStringLiteral("   ")));
    });
    QTest::newRow("an invalid lane colour")
        << Edit([](ProcessDocument &d) { QVERIFY(!d.recolourLane(1, QColor())); });
    QTest::newRow("a step kind out of range") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setValue(ObjectType::Step, {4}, Property::StepKind, 42));
    });
    QTest::newRow("a property that does not apply") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setValue(ObjectType::Handoff, {6}, Property::Owner, QStringLiteral("x")));
    });
    QTest::newRow("a value for a missing step") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setValue(ObjectType::Step, {4, 99}, Property::Name, QStringLiteral("x")));
    });
    QTest::newRow("deleting a lane with steps and nowhere to put them")
        << Edit([](ProcessDocument &d) { QVERIFY(!d.removeLane(1)); });
    QTest::newRow("moving a lane past the end")
        << Edit([](ProcessDocument &d) { QVERIFY(!d.moveLane(1, 2)); });
    QTest::newRow("an edit that changes nothing")
        << Edit([](ProcessDocument &d) { QVERIFY(d.renameLane(1, QStringLiteral("Client"))); });
}

void TestProcess::refusedEdits()
{
    QFETCH(Edit, edit);
    ProcessDocument document(fixture());
    edit(document);
    QCOMPARE(document.process(), fixture());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestProcess::dragIsOneUndoStep()
{
    ProcessDocument document(fixture());
    QSignalSpy indexSpy(document.undoStack(), &QUndoStack::indexChanged);
    for (int i = 0; i < 25; ++i)
        document.moveStepsBy({3, 4}, {4, 0});
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.process().step(3)->pos, QPointF(200, 80));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move 2 step(s)"));

    document.breakMergeChain(); // mouse release
    document.moveStepsBy({3, 4}, {4, 0});
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.process(), fixture());
    QVERIFY(indexSpy.count() >= 2);
}

void TestProcess::dragBackToStartLeavesNoUndoStep()
{
    ProcessDocument document(fixture());
    document.moveStepsBy({4}, {30, 10});
    document.moveStepsBy({4}, {-30, -10});
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.process(), fixture());
}

void TestProcess::typingMergesUntilChainBreaks()
{
    ProcessDocument document(fixture());
    for (const QString &text : {QStringLiteral("A"), QStringLiteral("Al"), QStringLiteral("Ali")})
        QVERIFY(document.setProcessValue(Property::Owner, text));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.process().owner, QStringLiteral("Ali"));

    document.breakMergeChain(); // the field lost focus
    QVERIFY(document.setProcessValue(Property::Owner, QStringLiteral("Alice")));
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    QCOMPARE(document.process().owner, QStringLiteral("Ali"));
    document.undoStack()->undo();
    QCOMPARE(document.process().owner, QString());

    // Typing back to the original value in one chain nets nothing: no undo step remains.
    ProcessDocument other(fixture());
    other.setProcessValue(Property::Owner, QStringLiteral("x"));
    other.setProcessValue(Property::Owner, QString());
    QCOMPARE(other.undoStack()->count(), 0);
}

void TestProcess::readOnlyDocumentRefusesEdits()
{
    ProcessDocument document(fixture());
    QSignalSpy spy(&document, &ProcessDocument::readOnlyChanged);
    document.setReadOnly(true);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(document.addStep(Step::Kind::Task, QStringLiteral("x"), 1, {}), 0);
    document.removeSteps({3});
    document.moveStepsBy({3}, {10, 10});
    QVERIFY(!document.setProcessValue(Property::Name, QStringLiteral("y")));
    QCOMPARE(document.addLane(QStringLiteral("z"), Lane::Kind::Role, {}), 0);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.process(), fixture());
}

void TestProcess::signalsNameWhatChanged()
{
    ProcessDocument document(fixture());
    QSignalSpy added(&document, &ProcessDocument::stepsAdded);
    QSignalSpy removed(&document, &ProcessDocument::stepsRemoved);
    QSignalSpy handoffsRemoved(&document, &ProcessDocument::handoffsRemoved);
    QSignalSpy changedSteps(&document, &ProcessDocument::stepsChanged);
    QSignalSpy processChanged(&document, &ProcessDocument::processChanged);
    QSignalSpy lanes(&document, &ProcessDocument::lanesChanged);

    const ItemId id = document.addStep(Step::Kind::Task, QStringLiteral("x"), 1, {});
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<ItemIds>(), ItemIds {id});

    document.moveStepsBy({id}, {10, 0});
    QCOMPARE(changedSteps.count(), 1);
    QCOMPARE(changedSteps.at(0).at(0).value<ItemIds>(), ItemIds {id});

    document.removeSteps({4});
    QCOMPARE(handoffsRemoved.count(), 1);
    QCOMPARE(handoffsRemoved.at(0).at(0).value<ItemIds>(), ItemIds({6, 7}));
    QCOMPARE(removed.at(0).at(0).value<ItemIds>(), ItemIds {4});

    document.setProcessValue(Property::Owner, QStringLiteral("Ann"));
    QCOMPARE(processChanged.at(0).at(0).value<Property>(), Property::Owner);

    QVERIFY(document.moveLane(1, 0)); // already on top: nothing happens, nothing is said
    QCOMPARE(lanes.count(), 0);
    QCOMPARE(document.undoStack()->count(), 4);
    document.moveLane(2, 0);
    QCOMPARE(lanes.count(), 1);
}

void TestProcess::laneMoveCarriesItsSteps()
{
    ProcessDocument document(fixture());
    const Process &p = document.process();
    const QPointF before = p.stepScenePos(*p.step(4)); // lane 2 starts at 160
    QCOMPARE(before, QPointF(300, 260));
    document.moveLane(2, 0);
    QCOMPARE(p.stepScenePos(*p.step(4)), QPointF(300, 100));
    QCOMPARE(p.stepScenePos(*p.step(3)), QPointF(100, 280));
}

void TestProcess::randomEditsKeepInvariants()
{
    // A seeded property test: thousands of random edits, undos and redos; after each the map is
    // consistent, and undoing everything gives back the start exactly.
    QRandomGenerator random(20261123);
    ProcessDocument document(fixture());
    QUndoStack *stack = document.undoStack();
    const auto pick = [&random](const ItemIds &ids) {
        return ids.isEmpty() ? 0 : ids[random.bounded(int(ids.size()))];
    };
    const auto idsOf = [](const auto &items) {
        ItemIds ids;
        for (const auto &item : items)
            ids.append(item.id);
        return ids;
    };

    for (int i = 0; i < 4000; ++i) {
        const Process &p = document.process();
        const ItemIds steps = idsOf(p.steps);
        const ItemIds lanes = idsOf(p.lanes);
        const ItemIds handoffs = idsOf(p.handoffs);
        switch (random.bounded(14)) {
        case 0:
        case 1:
            document.addStep(Step::Kind(random.bounded(5)), QStringLiteral("s%1").arg(i),
                             pick(lanes), {double(random.bounded(1000)), 50});
            break;
        case 2:
            document.removeSteps({pick(steps), pick(steps)});
            break;
        case 3:
            document.moveStepsBy(
                {pick(steps)},
                {double(random.bounded(200)) - 100, double(random.bounded(400)) - 200});
            break;
        case 4:
            document.connectSteps(pick(steps), pick(steps));
            break;
        case 5:
            document.disconnect({pick(handoffs)});
            break;
        case 6:
            document.reconnect(pick(handoffs), pick(steps), 0);
            break;
        case 7:
            document.addLane(QStringLiteral("L%1").arg(i), Lane::Kind::Team, Qt::gray,
                             random.bounded(int(lanes.size()) + 1));
            break;
        case 8:
            document.removeLane(pick(lanes), pick(lanes));
            break;
        case 9:
            document.moveLane(pick(lanes), random.bounded(std::max(1, int(lanes.size()))));
            break;
        case 10:
            document.moveStepsToLane({pick(steps)}, pick(lanes));
            break;
        case 11:
            document.setValue(ObjectType::Step, {pick(steps)}, Property::DefinitionOfDone,
                              QStringLiteral("d%1").arg(i));
            break;
        case 12:
            stack->undo();
            break;
        case 13:
            stack->redo();
            break;
        }
        if (random.bounded(4) == 0)
            document.breakMergeChain();
        const QStringList problems = document.process().invariantViolations();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("after edit %1: %2").arg(i).arg(problems.join(u'\n'))));
    }

    QVERIFY(stack->count() > 100);
    const Process end = document.process();
    stack->setIndex(0);
    QCOMPARE(document.process(), fixture());
    stack->setIndex(stack->count());
    QCOMPARE(document.process(), end);
}

void TestProcess::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused

    QTest::newRow("4h is four hours") << QStringLiteral("4h") << qint64(4 * 3600);
    QTest::newRow("2d is two days") << QStringLiteral("2d") << qint64(2 * 86400);
    QTest::newRow("90min is ninety minutes") << QStringLiteral("90min") << qint64(90 * 60);
    QTest::newRow("1d 4h adds up") << QStringLiteral("1d 4h") << qint64(86400 + 4 * 3600);
    QTest::newRow("1.5h allows a fraction") << QStringLiteral("1.5h") << qint64(5400);
    QTest::newRow("long unit names work") << QStringLiteral("2 days 3 hours") << qint64(183600);
    QTest::newRow("spaces around are ignored") << QStringLiteral("  30s ") << qint64(30);
    QTest::newRow("empty means none") << QString() << qint64(0);
    QTest::newRow("abc is refused") << QStringLiteral("abc") << qint64(-1);
    QTest::newRow("a bare number is refused") << QStringLiteral("90") << qint64(-1);
    QTest::newRow("an unknown unit is refused") << QStringLiteral("4x") << qint64(-1);
    QTest::newRow("a negative value is refused") << QStringLiteral("-1h") << qint64(-1);
    QTest::newRow("trailing junk is refused") << QStringLiteral("4h abc") << qint64(-1);
}

void TestProcess::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<qint64> parsed = Stepwise::parseDuration(text);
    if (seconds < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(-1))));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, seconds);
    }
}

void TestProcess::formatDurationRoundTrips_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("one day four hours") << qint64(100800) << QStringLiteral("1d 4h");
    QTest::newRow("ninety minutes") << qint64(5400) << QStringLiteral("1h 30min");
    QTest::newRow("seconds") << qint64(61) << QStringLiteral("1min 1s");
}

void TestProcess::formatDurationRoundTrips()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(seconds), text);
    QCOMPARE(Stepwise::parseDuration(text).value_or(-1), seconds);
}

QTEST_GUILESS_MAIN(TestProcess)
#include "tst_process.moc"
