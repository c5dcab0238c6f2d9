// Tests of the process document and its undo commands: every edit compared with the state before
// and after, through undo and redo; merging of drags and typing; refusals; and invariants over
// long random sequences of edits.

#include "process/commands.h"
#include "process/duration.h"
#include "process/layout.h"
#include "process/processdocument.h"
#include "process/processjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Builds maps for the layout and clipboard tests: lanes and steps get ids in the order made.
struct MapBuilder
{
    Process p;

    ItemId lane(const QString &name, double height = 160)
    {
        p.lanes.append({p.nextItemId, name, Lane::Kind::Role, QColor(Qt::lightGray), height});
        return p.nextItemId++;
    }
    ItemId step(ItemId laneId, Step::Kind kind = Step::Kind::Task, QPointF pos = {0, 50})
    {
        Step s;
        s.id = p.nextItemId;
        s.kind = kind;
        s.name = QStringLiteral("s%1").arg(s.id);
        s.laneId = laneId;
        s.pos = pos;
        p.steps.append(s);
        return p.nextItemId++;
    }
    void connect(ItemId from, ItemId to) { p.handoffs.append({p.nextItemId++, from, to, {}}); }
};

QPointF placed(const QVector<StepPlacement> &layout, ItemId stepId)
{
    for (const StepPlacement &placement : layout) {
        if (placement.stepId == stepId)
            return placement.pos;
    }
    return {qQNaN(), qQNaN()};
}

// Every step keeps its lane and sits inside it; the placements come in map order.
bool keepsLanes(const Process &process, const QVector<StepPlacement> &layout)
{
    if (layout.size() != process.steps.size())
        return false;
    for (int i = 0; i < layout.size(); ++i) {
        const Step &step = process.steps[i];
        const Lane *lane = process.lane(step.laneId);
        if (layout[i].stepId != step.id || layout[i].laneId != step.laneId || !lane
            || layout[i].pos.y() < 0 || layout[i].pos.y() > lane->height)
            return false;
    }
    return true;
}

QByteArray fragmentJson(const char *stepsAndHandoffs)
{
    return QByteArray(R"({"format":"stepwise-fragment","version":1,)"
                      R"("lanes":[{"id":1,"name":"Client","kind":"person","height":160}],)")
        + stepsAndHandoffs + "}";
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
    void layoutRunsAChainLeftToRight();
    void layoutGivesDecisionBranchesOneRank();
    void layoutUncrossesBranches();
    void layoutTerminatesOnAReworkLoop();
    void layoutSpreadsAnOverfullStackInsideItsLane();
    void layoutPutsDisconnectedStepsAfterTheFlow();
    void autoLayoutIsOneUndoStepAndIdempotent();
    void autoLayoutOfTwoThousandSteps();
    void copyHoldsStepsTheirHandoffsAndLanes();
    void pasteIntoAnotherProcessMatchesLanesByName();
    void pasteIntoEmptyProcessAddsLanes();
    void insertStepAfterMakesRoomOnlyInItsLane();
    void insertStepAfterNamesStepByKind_data();
    void insertStepAfterNamesStepByKind();
    void parseDuration_data();
    void parseDuration();
    void formatDurationRoundTrips_data();
    void formatDurationRoundTrips();
    void slaClockRoundTripsThroughJson();
    void slaClockOfAnOlderJsonIsCalendarTime();
    void slaClockRefusalsInJson_data();
    void slaClockRefusalsInJson();
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
    QTest::newRow("laying out the map runs the flow left to right in its lanes") << Edit(
        [](ProcessDocument &d) {
            d.autoLayout();
            QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Lay out the map"));
        }) << Check([](const Process &p) {
        return p.step(3)->pos == QPointF(120, 80) && p.step(4)->pos == QPointF(300, 100)
            && p.step(5)->pos == QPointF(480, 80) && p.step(3)->laneId == 1
            && p.step(4)->laneId == 2 && p.step(5)->laneId == 1;
    }) << 1;
    QTest::newRow("pasting copied steps gives them new ids and their handoff") << Edit(
        [](ProcessDocument &d) {
            QCOMPARE(d.paste(d.copySteps({3, 4}), {40, 40}), ItemIds({8, 9}));
            QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Paste 2 step(s)"));
        }) << Check([](const Process &p) {
        return p.steps.size() == 5 && p.lanes.size() == 2 && p.handoffs.size() == 3
            && p.step(8)->laneId == 1 && p.step(8)->pos == QPointF(140, 120)
            && p.step(9)->laneId == 2 && p.step(9)->pos == QPointF(340, 140)
            && p.step(9)->name == QLatin1String("Fix it") && p.handoff(10)->fromStepId == 8
            && p.handoff(10)->toStepId == 9 && p.nextItemId == 11;
    }) << 1;
    QTest::newRow("pasting keeps steps inside their lane") << Edit([](ProcessDocument &d) {
        d.paste(d.copySteps({3}), {0, 500});
    }) << Check([](const Process &p) { return p.step(8)->pos == QPointF(100, 160); })
                                                           << 1;
    QTest::newRow("duplicating a step leaves its handoffs behind") << Edit([](ProcessDocument &d) {
        QCOMPARE(d.duplicateSteps({4}), ItemIds {8});
    }) << Check([](const Process &p) {
        return p.steps.size() == 4 && p.handoffs.size() == 2 && p.step(8)->laneId == 2
            && p.step(8)->pos == QPointF(340, 140);
    }) << 1;
    QTest::newRow("inserting a step after another connects it to its right") << Edit(
        [](ProcessDocument &d) {
            QCOMPARE(d.insertStepAfter(3, Step::Kind::Decision), 8);
            QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Insert step"));
        }) << Check([](const Process &p) {
        return p.step(8)->kind == Step::Kind::Decision
            && p.step(8)->name == QLatin1String("Decision?") && p.step(8)->laneId == 1
            && p.step(8)->pos == QPointF(280, 80) && p.handoff(9)->fromStepId == 3
            && p.handoff(9)->toStepId == 8 && p.step(5)->pos == QPointF(500, 80);
    }) << 1;
    QTest::newRow("inserting a step pushes the steps in its way to the right") << Edit(
        [](ProcessDocument &d) {
            QCOMPARE(d.addStep(Step::Kind::Task, QStringLiteral("Blocker"), 1, {300, 40}), 8);
            QCOMPARE(d.insertStepAfter(3, Step::Kind::Task, QStringLiteral("Check")), 9);
        }) << Check([](const Process &p) {
        return p.step(8)->pos == QPointF(480, 40) && p.step(5)->pos == QPointF(680, 80)
            && p.step(4)->pos == QPointF(300, 100) && p.step(3)->pos == QPointF(100, 80)
            && p.step(9)->pos == QPointF(280, 80) && p.step(9)->name == QLatin1String("Check")
            && p.handoff(10)->toStepId == 9;
    }) << 2;
    QTest::newRow("connecting a chain skips the handoffs that exist") << Edit(
        [](ProcessDocument &d) {
            QCOMPARE(d.connectChain({3, 4, 5, 3}), ItemIds {8});
        }) << Check([](const Process &p) {
        return p.handoffs.size() == 3 && p.handoff(8)->fromStepId == 5
            && p.handoff(8)->toStepId == 3;
    }) << 1;
    QTest::newRow("connecting a chain backwards is one undo step") << Edit([](ProcessDocument &d) {
        QCOMPARE(d.connectChain({5, 4, 3}), ItemIds({8, 9}));
    }) << Check([](const Process &p) {
        return p.handoffs.size() == 4 && p.handoff(8)->fromStepId == 5
            && p.handoff(9)->toStepId == 3 && p.nextItemId == 10;
    }) << 1;
    QTest::newRow("switching the SLA clock to business hours") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setProcessValue(Property::SlaClock, int(Process::SlaClock::BusinessHours)));
    }) << Check([](const Process &p) { return p.slaClock == Process::SlaClock::BusinessHours; })
                                                               << 1;
    QTest::newRow("working hours are stored in their canonical form") << Edit(
        [](ProcessDocument &d) {
            QVERIFY(d.setProcessValue(Property::WorkingHours,
                                      QStringLiteral("fri 8:00-14:00; mon-thu 8:00-17:00")));
            QCOMPARE(d.value(ObjectType::Process, 0, Property::WorkingHours).toString(),
                     QStringLiteral("Mon-Thu 08:00-17:00; Fri 08:00-14:00"));
        }) << Check([](const Process &p) {
        return p.workingHours == QLatin1String("Mon-Thu 08:00-17:00; Fri 08:00-14:00");
    }) << 1;
    QTest::newRow("a time zone is stored by its IANA id") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setProcessValue(Property::TimeZone, QStringLiteral("europe/berlin")));
    }) << Check([](const Process &p) { return p.timeZone == QLatin1String("Europe/Berlin"); })
                                                          << 1;
    QTest::newRow("holidays are stored as dates, sorted") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setProcessValue(Property::Holidays, QStringLiteral("2026-12-25, 2026-12-24")));
        QCOMPARE(d.value(ObjectType::Process, 0, Property::Holidays).toString(),
                 QStringLiteral("2026-12-24,2026-12-25"));
    }) << Check([](const Process &p) {
        return p.holidays == QVector<QDate> {QDate(2026, 12, 24), QDate(2026, 12, 25)};
    }) << 1;
    QTest::newRow("typing working hours merges into one undo step") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setProcessValue(Property::WorkingHours, QStringLiteral("Mon-Fri 09:00-17:00")));
        QVERIFY(d.setProcessValue(Property::WorkingHours, QStringLiteral("Mon-Fri 09:00-18:00")));
    }) << Check([](const Process &p) {
        return p.workingHours == QLatin1String("Mon-Fri 09:00-18:00");
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
    QTest::newRow("pasting text that is not JSON")
        << Edit([](ProcessDocument &d) { QVERIFY(d.paste("Fix it", {}).isEmpty()); });
    QTest::newRow("pasting a whole process instead of a fragment") << Edit(
        [](ProcessDocument &d) { QVERIFY(d.paste(processToJsonData(fixture()), {}).isEmpty()); });
    QTest::newRow("pasting a copy of nothing")
        << Edit([](ProcessDocument &d) { QVERIFY(d.paste(d.copySteps({99}), {}).isEmpty()); });
    QTest::newRow("pasting a fragment without steps") << Edit(
        [](ProcessDocument &d) { QVERIFY(d.paste(fragmentJson(R"("steps":[])"), {}).isEmpty()); });
    QTest::newRow("pasting a fragment whose step has no lane") << Edit([](ProcessDocument &d) {
        QVERIFY(d.paste(fragmentJson(R"("steps":[{"id":2,"lane_id":7}])"), {}).isEmpty());
    });
    QTest::newRow("pasting a fragment whose handoff leads nowhere") << Edit([](ProcessDocument &d) {
        QVERIFY(d.paste(fragmentJson(R"("steps":[{"id":2,"lane_id":1}],)"
                                     R"("handoffs":[{"id":3,"from":2,"to":9}])"),
                        {})
                    .isEmpty());
    });
    QTest::newRow("pasting a fragment with an unknown step kind") << Edit([](ProcessDocument &d) {
        QVERIFY(d.paste(fragmentJson(R"("steps":[{"id":2,"lane_id":1,"kind":"party"}])"), {})
                    .isEmpty());
    });
    QTest::newRow("pasting a fragment with a reused id") << Edit([](ProcessDocument &d) {
        QVERIFY(d.paste(fragmentJson(R"("steps":[{"id":1,"lane_id":1}])"), {}).isEmpty());
    });
    QTest::newRow("inserting after a missing step")
        << Edit([](ProcessDocument &d) { QCOMPARE(d.insertStepAfter(99, Step::Kind::Task), 0); });
    QTest::newRow("a chain through a missing step") << Edit([](ProcessDocument &d) {
        QVERIFY(d.connectChain({3, 99, 5}).isEmpty());
    });
    QTest::newRow("a chain whose handoffs all exist") << Edit([](ProcessDocument &d) {
        QVERIFY(d.connectChain({3, 4, 5}).isEmpty());
    });
    QTest::newRow("a chain from a step to itself") << Edit([](ProcessDocument &d) {
        QVERIFY(d.connectChain({3, 3}).isEmpty());
    });
    QTest::newRow("nonsense working hours") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setProcessValue(Property::WorkingHours, QStringLiteral("Mon-Fry 09:00-18:00")));
    });
    QTest::newRow("working hours that end before they start") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setProcessValue(Property::WorkingHours, QStringLiteral("Mon 18:00-09:00")));
    });
    QTest::newRow("an unknown time zone") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setProcessValue(Property::TimeZone, QStringLiteral("Europe/Atlantis")));
    });
    QTest::newRow("a holiday that is no date") << Edit([](ProcessDocument &d) {
        QVERIFY(!d.setProcessValue(Property::Holidays, QStringLiteral("2026-12-24,Christmas")));
    });
    QTest::newRow("an SLA clock out of range")
        << Edit([](ProcessDocument &d) { QVERIFY(!d.setProcessValue(Property::SlaClock, 7)); });
    QTest::newRow("blank calendar texts that mean what is stored") << Edit([](ProcessDocument &d) {
        QVERIFY(d.setProcessValue(Property::Holidays, QStringLiteral(" ")));
        QVERIFY(d.setProcessValue(Property::WorkingHours, QStringLiteral(" ")));
        QVERIFY(d.setProcessValue(Property::TimeZone, QString()));
    });
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
    document.autoLayout();
    QVERIFY(document.paste(document.copySteps({3, 4}), {10, 10}).isEmpty());
    QVERIFY(document.duplicateSteps({3}).isEmpty());
    QCOMPARE(document.insertStepAfter(3, Step::Kind::Task), 0);
    QVERIFY(document.connectChain({5, 3}).isEmpty());
    QVERIFY(!document.copySteps({3}).isEmpty()); // reading is still allowed
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
    const QByteArray clipboard = ProcessDocument(fixture()).copySteps({3, 4, 5});
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
        switch (random.bounded(19)) {
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
        case 14:
            document.autoLayout();
            break;
        case 15:
            document.duplicateSteps({pick(steps), pick(steps)});
            break;
        case 16:
            document.insertStepAfter(pick(steps), Step::Kind(random.bounded(5)));
            break;
        case 17:
            document.connectChain({pick(steps), pick(steps), pick(steps)});
            break;
        case 18:
            document.paste(clipboard, {double(random.bounded(400)), 0});
            break;
        }
        if (random.bounded(4) == 0)
            document.breakMergeChain();
        const QStringList problems = document.process().invariantViolations();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("after edit %1: %2").arg(i).arg(problems.join(u'\n'))));
    }

    QVERIFY(stack->count() > 100);
    // The sequence may end on an undo: come back to where it ended, not to the top of the stack.
    const Process end = document.process();
    const int endIndex = stack->index();
    stack->setIndex(0);
    QCOMPARE(document.process(), fixture());
    stack->setIndex(endIndex);
    QCOMPARE(document.process(), end);
}

void TestProcess::layoutRunsAChainLeftToRight()
{
    MapBuilder m;
    const ItemId top = m.lane(QStringLiteral("Top"));
    const ItemId bottom = m.lane(QStringLiteral("Bottom"), 200);
    // Drawn right to left and zigzagging between the lanes.
    const ItemId a = m.step(top, Step::Kind::Start, {900, 10});
    const ItemId b = m.step(bottom, Step::Kind::Task, {700, 190});
    const ItemId c = m.step(top, Step::Kind::Task, {500, 150});
    const ItemId d = m.step(bottom, Step::Kind::End, {100, 0});
    m.connect(a, b);
    m.connect(b, c);
    m.connect(c, d);
    const auto layout = layeredLayout(m.p);
    QVERIFY(keepsLanes(m.p, layout));
    QCOMPARE(placed(layout, a), QPointF(120, 80));
    QCOMPARE(placed(layout, b), QPointF(300, 100));
    QCOMPARE(placed(layout, c), QPointF(480, 80));
    QCOMPARE(placed(layout, d), QPointF(660, 100));
}

void TestProcess::layoutGivesDecisionBranchesOneRank()
{
    // start -> decision -> (yes, no) -> end; both branches in one lane, one more in another.
    MapBuilder m;
    const ItemId lane = m.lane(QStringLiteral("Desk"), 200);
    const ItemId other = m.lane(QStringLiteral("Other"));
    const ItemId start = m.step(lane, Step::Kind::Start);
    const ItemId decision = m.step(lane, Step::Kind::Decision);
    const ItemId yes = m.step(lane);
    const ItemId no = m.step(lane);
    const ItemId maybe = m.step(other);
    const ItemId end = m.step(lane, Step::Kind::End);
    m.connect(start, decision);
    m.connect(decision, yes);
    m.connect(decision, no);
    m.connect(decision, maybe);
    m.connect(yes, end);
    m.connect(no, end);
    m.connect(maybe, end);
    const auto layout = layeredLayout(m.p);
    QVERIFY(keepsLanes(m.p, layout));
    QCOMPARE(placed(layout, yes).x(), placed(layout, no).x());
    QCOMPARE(placed(layout, yes).x(), placed(layout, maybe).x());
    QVERIFY(placed(layout, yes).x() > placed(layout, decision).x());
    QVERIFY(placed(layout, end).x() > placed(layout, yes).x());
    // Stacked around the middle of the lane, a row apart: no overlap.
    QCOMPARE(std::abs(placed(layout, yes).y() - placed(layout, no).y()), 90.0);
    QCOMPARE(placed(layout, yes).y() + placed(layout, no).y(), 200.0);
    QCOMPARE(placed(layout, maybe).y(), 80.0);
}

void TestProcess::layoutUncrossesBranches()
{
    // The ends are listed in the opposite order of the branches they follow: laid out in map
    // order they would cross; the barycenter sweeps put each end level with its branch.
    MapBuilder m;
    const ItemId lane = m.lane(QStringLiteral("Desk"), 400);
    const ItemId decision = m.step(lane, Step::Kind::Decision);
    const ItemId up = m.step(lane);
    const ItemId down = m.step(lane);
    const ItemId endOfDown = m.step(lane, Step::Kind::End);
    const ItemId endOfUp = m.step(lane, Step::Kind::End);
    m.connect(decision, up);
    m.connect(decision, down);
    m.connect(up, endOfUp);
    m.connect(down, endOfDown);
    const auto layout = layeredLayout(m.p);
    QVERIFY(placed(layout, up).y() < placed(layout, down).y());
    QCOMPARE(placed(layout, endOfUp).y(), placed(layout, up).y());
    QCOMPARE(placed(layout, endOfDown).y(), placed(layout, down).y());
}

void TestProcess::layoutTerminatesOnAReworkLoop()
{
    // start -> do -> check -> end, and check -> do again (rework), plus a self loop.
    MapBuilder m;
    const ItemId lane = m.lane(QStringLiteral("Team"));
    const ItemId end = m.step(lane, Step::Kind::End); // first in map order on purpose
    const ItemId check = m.step(lane, Step::Kind::Decision);
    const ItemId work = m.step(lane);
    const ItemId start = m.step(lane, Step::Kind::Start);
    m.connect(check, work);
    m.connect(start, work);
    m.connect(work, check);
    m.connect(check, end);
    m.connect(work, work);
    const auto layout = layeredLayout(m.p);
    QVERIFY(keepsLanes(m.p, layout));
    QVERIFY(placed(layout, start).x() < placed(layout, work).x());
    QVERIFY(placed(layout, work).x() < placed(layout, check).x());
    QVERIFY(placed(layout, check).x() < placed(layout, end).x());

    // A pure cycle with no start and no source still lays out, in map order.
    MapBuilder ring;
    const ItemId ringLane = ring.lane(QStringLiteral("Ring"));
    const ItemId a = ring.step(ringLane);
    const ItemId b = ring.step(ringLane);
    const ItemId c = ring.step(ringLane);
    ring.connect(a, b);
    ring.connect(b, c);
    ring.connect(c, a);
    const auto ringLayout = layeredLayout(ring.p);
    QVERIFY(placed(ringLayout, a).x() < placed(ringLayout, b).x());
    QVERIFY(placed(ringLayout, b).x() < placed(ringLayout, c).x());
}

void TestProcess::layoutSpreadsAnOverfullStackInsideItsLane()
{
    // Five branches need 450 units of a 160-unit lane: they spread evenly, the lane keeps its
    // height.
    MapBuilder m;
    const ItemId lane = m.lane(QStringLiteral("Narrow"), 160);
    const ItemId decision = m.step(lane, Step::Kind::Decision);
    ItemIds branches;
    for (int i = 0; i < 5; ++i) {
        branches.append(m.step(lane));
        m.connect(decision, branches.constLast());
    }
    ProcessDocument document(m.p);
    document.autoLayout();
    const Process &p = document.process();
    QCOMPARE(p.lane(lane)->height, 160.0);
    QVector<double> ys;
    for (ItemId id : qAsConst(branches))
        ys.append(p.step(id)->pos.y());
    std::sort(ys.begin(), ys.end());
    QCOMPARE(ys, QVector<double>({16, 48, 80, 112, 144}));
}

void TestProcess::layoutPutsDisconnectedStepsAfterTheFlow()
{
    MapBuilder m;
    const ItemId top = m.lane(QStringLiteral("Top"));
    const ItemId bottom = m.lane(QStringLiteral("Bottom"));
    const ItemId loneTop = m.step(top, Step::Kind::Task, {-500, 10});
    const ItemId loneBottom = m.step(bottom);
    const ItemId otherA = m.step(bottom); // a second flow without a start
    const ItemId otherB = m.step(bottom);
    const ItemId start = m.step(top, Step::Kind::Start);
    const ItemId task = m.step(top);
    const ItemId end = m.step(top, Step::Kind::End);
    const ItemId loneTop2 = m.step(top);
    m.connect(otherA, otherB);
    m.connect(start, task);
    m.connect(task, end);
    const auto layout = layeredLayout(m.p);
    QVERIFY(keepsLanes(m.p, layout));
    QCOMPARE(placed(layout, start).x(), 120.0);
    QCOMPARE(placed(layout, end).x(), 480.0);
    QCOMPARE(placed(layout, otherA).x(), 660.0);
    QCOMPARE(placed(layout, otherB).x(), 840.0);
    QCOMPARE(placed(layout, loneTop).x(), 1020.0);
    QCOMPARE(placed(layout, loneTop2).x(), 1200.0);
    QCOMPARE(placed(layout, loneBottom).x(), 1020.0);
    QCOMPARE(layeredLayout(m.p), layout); // deterministic
}

void TestProcess::autoLayoutIsOneUndoStepAndIdempotent()
{
    MapBuilder m;
    const ItemId a = m.lane(QStringLiteral("A"), 120);
    const ItemId b = m.lane(QStringLiteral("B"), 300);
    QRandomGenerator random(7);
    ItemIds steps;
    for (int i = 0; i < 40; ++i) {
        steps.append(m.step(i % 3 ? a : b, Step::Kind(random.bounded(5)),
                            {double(random.bounded(2000)), double(random.bounded(120))}));
    }
    for (int i = 0; i < 60; ++i)
        m.connect(steps[random.bounded(40)], steps[random.bounded(40)]);
    QVERIFY(m.p.invariantViolations().isEmpty());

    ProcessDocument document(m.p);
    QSignalSpy changed(&document, &ProcessDocument::stepsChanged);
    document.autoLayout();
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1);
    const Process after = document.process();
    QVERIFY(after.invariantViolations().isEmpty());
    for (const Step &step : after.steps) {
        QCOMPARE(step.laneId, m.p.step(step.id)->laneId);
        QVERIFY(step.pos.y() >= 0 && step.pos.y() <= after.lane(step.laneId)->height);
    }
    QCOMPARE(after.lanes, m.p.lanes);
    QCOMPARE(after.handoffs, m.p.handoffs);

    document.autoLayout(); // already laid out: nothing to do
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.process(), after);

    document.undoStack()->undo();
    QCOMPARE(document.process(), m.p);
    document.undoStack()->redo();
    QCOMPARE(document.process(), after);

    // A drag right after the layout is an undo step of its own.
    document.moveStepsBy({steps[0]}, {5, 0});
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestProcess::autoLayoutOfTwoThousandSteps()
{
    MapBuilder m;
    ItemIds lanes;
    for (int i = 0; i < 8; ++i)
        lanes.append(m.lane(QStringLiteral("Lane %1").arg(i)));
    QRandomGenerator random(2000);
    ItemIds steps;
    steps.append(m.step(lanes[0], Step::Kind::Start));
    for (int i = 1; i < 2000; ++i) {
        steps.append(m.step(lanes[random.bounded(8)], Step::Kind::Task,
                            {double(random.bounded(5000)), double(random.bounded(160))}));
        // Mostly a flow from earlier steps, with branches, joins and some rework loops.
        m.connect(steps[std::max(0, i - 1 - int(random.bounded(5)))], steps[i]);
        if (random.bounded(4) == 0)
            m.connect(steps[i], steps[random.bounded(i)]);
    }
    QVERIFY(m.p.invariantViolations().isEmpty());

    QElapsedTimer timer;
    timer.start();
    const auto layout = layeredLayout(m.p);
    const qint64 layoutMs = timer.elapsed();
    QVERIFY(keepsLanes(m.p, layout));

    ProcessDocument document(m.p);
    timer.restart();
    document.autoLayout();
    const qint64 documentMs = timer.elapsed();
    qDebug("layered layout of %d steps and %d handoffs: %lld ms (with the undo command: %lld ms)",
           int(m.p.steps.size()), int(m.p.handoffs.size()), layoutMs, documentMs);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.process().invariantViolations().isEmpty());
    for (int i = 0; i < layout.size(); ++i)
        QCOMPARE(document.process().steps[i].pos, layout[i].pos);
    document.undoStack()->undo();
    QCOMPARE(document.process(), m.p);
}

void TestProcess::copyHoldsStepsTheirHandoffsAndLanes()
{
    ProcessDocument document(fixture());
    const QByteArray data = document.copySteps({3, 4, 99});
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("stepwise-fragment"));
    QCOMPARE(json.value(QLatin1String("steps")).toArray().size(), 2);
    const QJsonArray handoffs = json.value(QLatin1String("handoffs")).toArray();
    QCOMPARE(handoffs.size(), 1); // 3 -> 4; 4 -> 5 leaves the selection
    QCOMPARE(handoffs.at(0).toObject().value(QLatin1String("id")).toInt(), 6);
    const QJsonArray lanes = json.value(QLatin1String("lanes")).toArray();
    QCOMPARE(lanes.size(), 2);
    const QJsonObject support = lanes.at(1).toObject();
    QCOMPARE(support.value(QLatin1String("name")).toString(), QStringLiteral("Support"));
    QCOMPARE(support.value(QLatin1String("kind")).toString(), QStringLiteral("team"));
    QCOMPARE(support.value(QLatin1String("color")).toString(), QStringLiteral("#00ffff"));
    QCOMPARE(support.value(QLatin1String("height")).toDouble(), 200.0);
    QVERIFY(!json.contains(QLatin1String("name"))); // no process fields
    QVERIFY(!processFromJsonData(data)); // and no mistaking it for a process

    QVERIFY(document.copySteps({}).isEmpty());
}

void TestProcess::pasteIntoAnotherProcessMatchesLanesByName()
{
    ProcessDocument source(fixture());
    const QByteArray data = source.copySteps({3, 4, 5});

    MapBuilder m;
    m.p.nextItemId = 40;
    const ItemId billing = m.lane(QStringLiteral("Billing"));
    const ItemId client = m.lane(QStringLiteral("  CLIENT "), 100);
    const ItemId existing = m.step(billing);
    ProcessDocument target(m.p);
    const Process before = target.process();

    const ItemIds ids = target.paste(data, {10, 0});
    QCOMPARE(ids, ItemIds({44, 45, 46}));
    QCOMPARE(target.undoStack()->count(), 1);
    QCOMPARE(target.undoStack()->undoText(), QStringLiteral("Paste 3 step(s)"));
    const Process after = target.process();
    QVERIFY2(after.invariantViolations().isEmpty(),
             qPrintable(after.invariantViolations().join(u'\n')));

    // "Client" found as "  CLIENT "; "Support" added at the bottom as it was.
    QCOMPARE(after.lanes.size(), 3);
    const Lane &support = after.lanes.constLast();
    QCOMPARE(support.id, 43);
    QCOMPARE(support.name, QStringLiteral("Support"));
    QCOMPARE(support.kind, Lane::Kind::Team);
    QCOMPARE(support.color, QColor(Qt::cyan));
    QCOMPARE(support.height, 200.0);
    QCOMPARE(after.step(44)->laneId, client);
    QCOMPARE(after.step(44)->pos, QPointF(110, 80));
    QCOMPARE(after.step(45)->laneId, support.id);
    QCOMPARE(after.step(46)->laneId, client);
    QCOMPARE(after.step(46)->pos, QPointF(510, 80));
    QCOMPARE(after.step(45)->name, QStringLiteral("Fix it"));
    QVERIFY(after.step(existing));

    // Handoffs remapped onto the new steps, with fresh ids; the label travels.
    QCOMPARE(after.handoffs.size(), 2);
    QCOMPARE(after.handoffs[0], (Handoff {47, 44, 45, {}}));
    QCOMPARE(after.handoffs[1], (Handoff {48, 45, 46, QStringLiteral("done")}));
    QCOMPARE(after.nextItemId, 49);

    target.undoStack()->undo();
    QCOMPARE(target.process(), before);
    target.undoStack()->redo();
    QCOMPARE(target.process(), after);

    // Pasting again matches the lane the first paste added, and never reuses an id.
    const ItemIds again = target.paste(data, {});
    QCOMPARE(target.process().lanes.size(), 3);
    QCOMPARE(target.process().step(again.constFirst() + 1)->laneId, support.id);
    QCOMPARE(again, ItemIds({49, 50, 51}));
    QVERIFY(target.process().invariantViolations().isEmpty());
}

void TestProcess::pasteIntoEmptyProcessAddsLanes()
{
    ProcessDocument source(fixture());
    ProcessDocument target;
    const ItemIds ids = target.paste(source.copySteps({5, 3}), {});
    QCOMPARE(ids.size(), 2);
    const Process &p = target.process();
    QVERIFY(p.invariantViolations().isEmpty());
    QCOMPARE(p.lanes.size(), 1); // only the lane the copied steps sit in
    QCOMPARE(p.lanes[0].name, QStringLiteral("Client"));
    QCOMPARE(p.lanes[0].kind, Lane::Kind::Person);
    QCOMPARE(p.handoffs.size(), 0);
    target.undoStack()->undo();
    QCOMPARE(target.process(), Process());
}

void TestProcess::insertStepAfterMakesRoomOnlyInItsLane()
{
    MapBuilder m;
    const ItemId lane = m.lane(QStringLiteral("Work"));
    const ItemId other = m.lane(QStringLiteral("Other"));
    const ItemId from = m.step(lane, Step::Kind::Task, {100, 80});
    const ItemId behind = m.step(lane, Step::Kind::Task, {60, 30}); // left of the gap: stays
    // Outside the new column [190, 370), but right of a step in it: moves with it.
    const ItemId edge = m.step(lane, Step::Kind::Task, {370, 80});
    const ItemId inWay = m.step(lane, Step::Kind::Task, {200, 120});
    const ItemId far = m.step(lane, Step::Kind::Task, {1000, 40});
    const ItemId otherLane = m.step(other, Step::Kind::Task, {280, 80});
    m.connect(from, inWay);
    ProcessDocument document(m.p);

    const ItemId id = document.insertStepAfter(from, Step::Kind::Event);
    const Process &p = document.process();
    QCOMPARE(p.step(id)->pos, QPointF(280, 80));
    QCOMPARE(p.step(id)->name, QStringLiteral("Wait"));
    QCOMPARE(p.step(inWay)->pos, QPointF(380, 120));
    QCOMPARE(p.step(edge)->pos, QPointF(550, 80));
    QCOMPARE(p.step(far)->pos, QPointF(1180, 40));
    QCOMPARE(p.step(behind)->pos, QPointF(60, 30));
    QCOMPARE(p.step(from)->pos, QPointF(100, 80));
    QCOMPARE(p.step(otherLane)->pos, QPointF(280, 80));
    QCOMPARE(p.handoffs.size(), 2); // the old handoff stays; only the new one is added
    QCOMPARE(p.handoffs.constLast().fromStepId, from);
    QCOMPARE(p.handoffs.constLast().toStepId, id);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.process(), m.p);

    // Nothing in the way: nothing moves.
    const Process before = document.process();
    const ItemId second = document.insertStepAfter(far, Step::Kind::End);
    QCOMPARE(document.process().steps.size(), before.steps.size() + 1);
    for (const Step &step : before.steps)
        QCOMPARE(document.process().step(step.id)->pos, step.pos);
    QCOMPARE(document.process().step(second)->pos, QPointF(1180, 40));
}

void TestProcess::insertStepAfterNamesStepByKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("name");
    QTest::newRow("a task without a name is a new task")
        << int(Step::Kind::Task) << QString() << QStringLiteral("New task");
    QTest::newRow("a decision is a question")
        << int(Step::Kind::Decision) << QStringLiteral(" ") << QStringLiteral("Decision?");
    QTest::newRow("an event waits")
        << int(Step::Kind::Event) << QString() << QStringLiteral("Wait");
    QTest::newRow("an end is done") << int(Step::Kind::End) << QString() << QStringLiteral("Done");
    QTest::newRow("a start starts")
        << int(Step::Kind::Start) << QString() << QStringLiteral("Start");
    QTest::newRow("a given name wins")
        << int(Step::Kind::Task) << QStringLiteral("Call back") << QStringLiteral("Call back");
}

void TestProcess::insertStepAfterNamesStepByKind()
{
    QFETCH(int, kind);
    QFETCH(QString, given);
    QFETCH(QString, name);
    ProcessDocument document(fixture());
    const ItemId id = document.insertStepAfter(4, Step::Kind(kind), given);
    QCOMPARE(document.process().step(id)->name, name);
    QCOMPARE(document.process().step(id)->kind, Step::Kind(kind));
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

void TestProcess::slaClockRoundTripsThroughJson()
{
    Process p = fixture();
    p.slaClock = Process::SlaClock::BusinessHours;
    p.workingHours = QStringLiteral("Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00");
    p.timeZone = QStringLiteral("Europe/Berlin");
    p.holidays = {QDate(2026, 12, 24), QDate(2026, 12, 25)};
    QVERIFY(p != fixture());
    const QJsonObject json = processToJson(p);
    QCOMPARE(json.value(QLatin1String("sla_clock")).toString(), QStringLiteral("business-hours"));
    QCOMPARE(json.value(QLatin1String("holidays")).toArray().at(1).toString(),
             QStringLiteral("2026-12-25"));
    QString error;
    const std::optional<Process> back = processFromJsonData(processToJsonData(p), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, p);
    // Each part counts for equality.
    Process other = p;
    other.timeZone = QStringLiteral("UTC");
    QVERIFY(other != p);
    other = p;
    other.holidays.removeLast();
    QVERIFY(other != p);
    other = p;
    other.slaClock = Process::SlaClock::Calendar;
    QVERIFY(other != p);
}

void TestProcess::slaClockOfAnOlderJsonIsCalendarTime()
{
    // A revision saved before there was an SLA clock.
    const std::optional<Process> p
        = processFromJsonData(R"({"format": "stepwise-process", "version": 1, "name": "Old"})");
    QVERIFY(p);
    QCOMPARE(p->slaClock, Process::SlaClock::Calendar);
    QVERIFY(p->workingHours.isEmpty());
    QVERIFY(p->timeZone.isEmpty());
    QVERIFY(p->holidays.isEmpty());
}

void TestProcess::slaClockRefusalsInJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("an unknown clock is refused")
        << QByteArray(R"({"sla_clock": "lunar"})") << QStringLiteral("lunar");
    QTest::newRow("nonsense working hours are refused")
        << QByteArray(R"({"working_hours": "Mon-Fry 09:00-18:00"})") << QStringLiteral("Fry");
    QTest::newRow("an unknown time zone is refused")
        << QByteArray(R"({"time_zone": "Europe/Atlantis"})") << QStringLiteral("Europe/Atlantis");
    QTest::newRow("a holiday that is no date is refused")
        << QByteArray(R"({"holidays": ["2026-02-30"]})") << QStringLiteral("2026-02-30");
}

void TestProcess::slaClockRefusalsInJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!processFromJsonData(json, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProcess)
#include "tst_process.moc"
