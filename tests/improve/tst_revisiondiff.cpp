// Revision compare in the model: the diff of two revisions of a map (each kind of difference on
// its own, all at once, none), its readable field names, and the runs before and after a change
// against figures computed by hand.

#include "analysis/revisiondiff.h"
#include "process/process.h"
#include "process/processjson.h"
#include "runs/runlogbuilder.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace Stepwise;

namespace {

Lane lane(ItemId id, const char *name)
{
    Lane l;
    l.id = id;
    l.name = QString::fromUtf8(name);
    l.color = QColor(0x42, 0x85, 0xf4);
    return l;
}

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

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

Handoff handoff(ItemId id, ItemId from, ItemId to, const char *label = "")
{
    Handoff h;
    h.id = id;
    h.fromStepId = from;
    h.toStepId = to;
    h.label = QString::fromUtf8(label);
    return h;
}

// Support (1), Finance (2), Archive (3). Start(4) -> Check ticket(5) -> Approve(6) -ok-> Resolve(7)
// -> Done(9); Check ticket -> Old step(8, in Archive); Escalate(10) -> Done.
Process earlierMap()
{
    Process p;
    p.id = 1;
    p.name = QStringLiteral("Support ticket");
    p.slaTargetS = 5 * 3600;
    p.lanes = {lane(1, "Support"), lane(2, "Finance"), lane(3, "Archive")};
    p.steps = {step(4, Step::Kind::Start, "Ticket in", 1, {80, 80}),
               step(5, Step::Kind::Task, "Check ticket", 1, {250, 80}),
               step(6, Step::Kind::Task, "Approve", 1, {450, 80}),
               step(7, Step::Kind::Task, "Resolve", 1, {650, 80}),
               step(8, Step::Kind::Task, "Old step", 3, {450, 80}),
               step(9, Step::Kind::End, "Done", 1, {850, 80}),
               step(10, Step::Kind::Task, "Escalate", 2, {650, 80})};
    p.steps[5 - 4].definitionOfDone = QStringLiteral("The ticket has a category");
    p.steps[10 - 4].definitionOfDone = QStringLiteral("A manager owns it");
    p.handoffs = {handoff(11, 4, 5), handoff(12, 5, 6), handoff(13, 6, 7, "ok"),
                  handoff(14, 7, 9), handoff(15, 5, 8), handoff(16, 10, 9)};
    p.nextItemId = 17;
    return p;
}

enum Change {
    None,
    AddStep,
    RemoveStep,
    MoveStep,
    ChangeStepLane,
    RenameStep,
    ChangeDefinitionOfDone,
    ResizeStep,
    ChangeBpmnElement,
    AddHandoff,
    RemoveHandoff,
    RerouteHandoff,
    RelabelHandoff,
    ChangeCondition,
    AddLane,
    RemoveLane,
    RenameLane,
    ReorderLanes,
    ChangeSlaTarget,
    Everything,
};

void apply(Change change, Process &p)
{
    switch (change) {
    case None:
        break;
    case AddStep:
        p.steps.append(step(p.nextItemId++, Step::Kind::Task, "Send survey", 1, {750, 80}));
        break;
    case RemoveStep: // and the handoff into it, as the editor does
        p.steps.removeAt(p.stepIndex(8));
        p.handoffs.removeAt(p.handoffIndex(15));
        break;
    case MoveStep:
        p.step(7)->pos = {700, 100};
        break;
    case ChangeStepLane:
        p.step(6)->laneId = 2;
        break;
    case RenameStep:
        p.step(5)->name = QStringLiteral("Triage ticket");
        break;
    case ChangeDefinitionOfDone:
        p.step(10)->definitionOfDone = QStringLiteral("A manager owns it and the client knows");
        break;
    case ResizeStep:
        p.step(7)->size = QSizeF(200, 90);
        break;
    case ChangeBpmnElement:
        p.step(7)->bpmnElement = QStringLiteral("userTask");
        break;
    case AddHandoff:
        p.handoffs.append(handoff(p.nextItemId++, 7, 10));
        break;
    case RemoveHandoff:
        p.handoffs.removeAt(p.handoffIndex(16));
        break;
    case RerouteHandoff:
        p.handoff(12)->toStepId = 10;
        break;
    case RelabelHandoff:
        p.handoff(13)->label = QStringLiteral("approved");
        break;
    case ChangeCondition:
        p.handoff(13)->condition = QStringLiteral("amount < 500");
        break;
    case AddLane:
        p.lanes.insert(0, lane(p.nextItemId++, "Client"));
        break;
    case RemoveLane: // with its step and that step's handoff
        apply(RemoveStep, p);
        p.lanes.removeAt(p.laneIndex(3));
        break;
    case RenameLane:
        p.lane(2)->name = QStringLiteral("Accounts");
        break;
    case ReorderLanes:
        std::swap(p.lanes[0], p.lanes[1]);
        break;
    case ChangeSlaTarget:
        p.slaTargetS = 4 * 3600;
        break;
    case Everything:
        for (Change c : {AddStep, RemoveLane, MoveStep, ChangeStepLane, RenameStep,
                         ChangeDefinitionOfDone, RerouteHandoff, RelabelHandoff, RenameLane})
            apply(c, p);
        break;
    }
}

/// The diff as sentences a test can compare: "step 7 moved", "handoff 13 changed: label".
QStringList describe(const RevisionDiff &diff)
{
    QStringList lines;
    const auto items = [&](const char *kind, const QVector<ItemDiff> &list) {
        for (const ItemDiff &d : list) {
            const QString item = QStringLiteral("%1 %2").arg(QLatin1String(kind)).arg(d.id);
            if (d.isAdded())
                lines << item + QStringLiteral(" added");
            if (d.isRemoved())
                lines << item + QStringLiteral(" removed");
            if (d.moved)
                lines << item + QStringLiteral(" moved");
            if (d.laneChanged)
                lines << item + QStringLiteral(" to another lane");
            if (d.rerouted)
                lines << item + QStringLiteral(" rerouted");
            if (!d.fields.isEmpty())
                lines << item + QStringLiteral(" changed: ") + d.fields.join(QLatin1Char(','));
        }
    };
    items("lane", diff.lanes);
    items("step", diff.steps);
    items("handoff", diff.handoffs);
    if (!diff.processFields.isEmpty())
        lines << QStringLiteral("process changed: ") + diff.processFields.join(QLatin1Char(','));
    return lines;
}

// --- runs

constexpr qint64 HourMs = Q_INT64_C(3600000);
constexpr qint64 DayMs = 24 * HourMs;

/// 3 Nov 2025 00:00 UTC: when the later revision was saved.
qint64 split()
{
    return QDateTime(QDate(2025, 11, 3), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

/// One execution: hours after the run's start.
struct Exec
{
    const char *activity;
    double from;
    double to;
};

void addRun(RunLogBuilder &builder, const QString &caseId, qint64 startMs,
            std::initializer_list<Exec> executions)
{
    for (const Exec &e : executions) {
        RawEvent event;
        event.caseId = caseId;
        event.activity = QString::fromUtf8(e.activity);
        event.kind = RawEvent::Kind::Interval;
        event.startMs = startMs + qint64(e.from * HourMs);
        event.completeMs = startMs + qint64(e.to * HourMs);
        builder.add(event);
    }
}

/// Three runs before the split (one long before it, outside the window), three after; the copies
/// repeat each run that many times (with other case ids).
///   before: B1 4 h (Check 0-1, Approve 3-4), B2 8 h (Check 0-2, Approve 2-8),
///           B3 6 h, under way at the split (Check -2..-1 h, Approve +3..+4 h);
///   after:  A1 2 h (Triage 0-1, Approve 1-2), A2 2 h (Triage 0-0.5, Approve 1-2),
///           A3 4 h (Triage 0-1, Approve 1-4), started 2 d 1 h after the split (the latest
///           timestamp: 2 d 5 h after it, so the windows are 3 days long).
RunLog sampleLog(int copies)
{
    RunLogBuilder builder;
    const qint64 s = split();
    for (int c = 0; c < copies; ++c) {
        const QString n = QString::number(c);
        addRun(builder, QStringLiteral("B0-") + n, s - 4 * DayMs,
               {{"Check ticket", 0, 1}, {"Approve", 50, 100}});
        addRun(builder, QStringLiteral("B1-") + n, s - 3 * DayMs,
               {{"Check ticket", 0, 1}, {"Approve", 3, 4}});
        addRun(builder, QStringLiteral("B2-") + n, s - 2 * DayMs,
               {{"Check ticket", 0, 2}, {"Approve", 2, 8}});
        addRun(builder, QStringLiteral("B3-") + n, s - 2 * HourMs,
               {{"Check ticket", 0, 1}, {"Approve", 5, 6}});
        addRun(builder, QStringLiteral("A1-") + n, s + 1 * HourMs,
               {{"Triage ticket", 0, 1}, {"Approve", 1, 2}});
        addRun(builder, QStringLiteral("A2-") + n, s + DayMs,
               {{"Triage ticket", 0, 0.5}, {"Approve", 1, 2}});
        addRun(builder, QStringLiteral("A3-") + n, s + 2 * DayMs + HourMs,
               {{"Triage ticket", 0, 1}, {"Approve", 1, 4}});
    }
    return builder.finish();
}

} // namespace

class TestRevisionDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void diffListsExactlyWhatChanged_data();
    void diffListsExactlyWhatChanged();
    void identicalRevisionsGiveAnEmptyDiff();
    void itemsAreMatchedByIdNotByName();
    void fieldNamesAreReadable_data();
    void fieldNamesAreReadable();

    void beforeAndAfterSplitAtTheRevisionDate();
    void beforeAndAfterWordsSayWhetherTheChangeHeld();
    void tooFewRunsGetACaveat();
    void noRunsAfterTheChangeSaySo();
    void windowsAreAtMostMaxDaysLong();
};

void TestRevisionDiff::diffListsExactlyWhatChanged_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a step added") << int(AddStep) << strings({"step 17 added"});
    QTest::newRow("a step removed with its handoff")
        << int(RemoveStep) << strings({"step 8 removed", "handoff 15 removed"});
    QTest::newRow("a step moved") << int(MoveStep) << strings({"step 7 moved"});
    QTest::newRow("a step put into another lane")
        << int(ChangeStepLane) << strings({"step 6 to another lane"});
    QTest::newRow("a step renamed") << int(RenameStep) << strings({"step 5 changed: name"});
    QTest::newRow("a definition of done changed")
        << int(ChangeDefinitionOfDone) << strings({"step 10 changed: definition_of_done"});
    QTest::newRow("a step resized") << int(ResizeStep) << strings({"step 7 changed: width,height"});
    QTest::newRow("a field of schema 5 changed")
        << int(ChangeBpmnElement) << strings({"step 7 changed: bpmn_element"});
    QTest::newRow("a handoff added") << int(AddHandoff) << strings({"handoff 17 added"});
    QTest::newRow("a handoff removed") << int(RemoveHandoff) << strings({"handoff 16 removed"});
    QTest::newRow("a handoff rerouted") << int(RerouteHandoff) << strings({"handoff 12 rerouted"});
    QTest::newRow("a handoff relabelled")
        << int(RelabelHandoff) << strings({"handoff 13 changed: label"});
    QTest::newRow("a handoff's condition changed")
        << int(ChangeCondition) << strings({"handoff 13 changed: condition"});
    // A lane added above the others moves none of them.
    QTest::newRow("a lane added") << int(AddLane) << strings({"lane 17 added"});
    QTest::newRow("a lane removed with its step")
        << int(RemoveLane) << strings({"lane 3 removed", "step 8 removed", "handoff 15 removed"});
    QTest::newRow("a lane renamed") << int(RenameLane) << strings({"lane 2 changed: name"});
    QTest::newRow("two lanes swapped")
        << int(ReorderLanes) << strings({"lane 2 moved", "lane 1 moved"});
    QTest::newRow("the process's SLA target changed")
        << int(ChangeSlaTarget) << strings({"process changed: sla_target_s"});
    QTest::newRow("every kind at once")
        << int(Everything)
        << strings({"lane 2 changed: name", "lane 3 removed", "step 5 changed: name",
                    "step 6 to another lane", "step 7 moved", "step 10 changed: definition_of_done",
                    "step 17 added", "step 8 removed", "handoff 12 rerouted",
                    "handoff 13 changed: label", "handoff 15 removed"});
}

void TestRevisionDiff::diffListsExactlyWhatChanged()
{
    QFETCH(int, change);
    QFETCH(QStringList, expected);
    const Process earlier = earlierMap();
    Process later = earlier;
    apply(Change(change), later);
    QVERIFY(later.invariantViolations().isEmpty());
    // Revisions are JSON snapshots: compare what the workspace would give back.
    const std::optional<Process> earlierRevision = processFromJson(processToJson(earlier));
    const std::optional<Process> laterRevision = processFromJson(processToJson(later));
    QVERIFY(earlierRevision && laterRevision);
    const RevisionDiff diff = diffProcesses(*earlierRevision, *laterRevision);
    QCOMPARE(describe(diff), expected);
    QCOMPARE(diff.isEmpty(), expected.isEmpty());
}

void TestRevisionDiff::identicalRevisionsGiveAnEmptyDiff()
{
    const Process map = earlierMap();
    const RevisionDiff diff = diffProcesses(map, *processFromJson(processToJson(map)));
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.itemCount(), 0);
    QVERIFY(diffProcesses(Process(), Process()).isEmpty());
}

void TestRevisionDiff::itemsAreMatchedByIdNotByName()
{
    // A step deleted and another drawn with its name is one removed and one added, not "kept".
    const Process earlier = earlierMap();
    Process later = earlier;
    Step again = *later.step(7);
    later.steps.removeAt(later.stepIndex(7));
    later.handoffs.removeAt(later.handoffIndex(13));
    later.handoffs.removeAt(later.handoffIndex(14));
    again.id = later.nextItemId++;
    later.steps.append(again);
    const RevisionDiff diff = diffProcesses(earlier, later);
    QCOMPARE(
        describe(diff),
        (strings({"step 17 added", "step 7 removed", "handoff 13 removed", "handoff 14 removed"})));
    QVERIFY(diff.step(17) && diff.step(17)->isAdded());
    QVERIFY(diff.step(7) && diff.step(7)->isRemoved());
    QVERIFY(!diff.step(5));
}

void TestRevisionDiff::fieldNamesAreReadable_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("words");
    QTest::newRow("one") << strings({"definition_of_done"})
                         << QString::fromUtf8("definition of done");
    QTest::newRow("two") << strings({"name", "sla_s"}) << QString::fromUtf8("name and step SLA");
    QTest::newRow("three") << strings({"name", "automation", "systems"})
                           << QString::fromUtf8("name, automation and systems");
    QTest::newRow("width and height are the size")
        << strings({"kind", "width", "height"}) << QString::fromUtf8("kind and size");
    QTest::newRow("height alone") << strings({"height"}) << QString::fromUtf8("height");
    QTest::newRow("a field added later reads as its name")
        << strings({"escalation_contact"}) << QString::fromUtf8("escalation contact");
    QTest::newRow("what only operator== saw")
        << strings({"other"}) << QString::fromUtf8("other properties");
}

void TestRevisionDiff::fieldNamesAreReadable()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, words);
    QCOMPARE(diffFieldNames(fields), words);
}

void TestRevisionDiff::beforeAndAfterSplitAtTheRevisionDate()
{
    const Process earlier = earlierMap();
    Process later = earlier;
    apply(Everything, later);
    const RevisionDiff diff = diffProcesses(earlier, later);
    const BeforeAfter result = computeBeforeAfter(sampleLog(1), earlier, later, diff, split());

    // The latest timestamp is 2 d 5 h after the split: 3 whole days on each side.
    QCOMPARE(result.days, 3);
    QCOMPARE(result.fromMs, split() - 3 * DayMs);
    QCOMPARE(result.toMs, split() + 3 * DayMs);
    // B0 started 4 days before: outside. B3 started before the split and counts there.
    QCOMPARE(result.before.runs, 3);
    QCOMPARE(result.after.runs, 3);
    // Before: 4 h, 8 h, 6 h. After: 2 h, 2 h, 4 h. P90 at rank 1.8 of three.
    QCOMPARE(result.before.cycleTime.p50, 6 * 3600.0);
    QCOMPARE(result.before.cycleTime.mean, 6 * 3600.0);
    QCOMPARE(result.before.cycleTime.p90, 7.6 * 3600.0);
    QCOMPARE(result.after.cycleTime.p50, 2 * 3600.0);
    QCOMPARE(result.after.cycleTime.mean, 8 * 3600.0 / 3);
    QCOMPARE(result.after.cycleTime.p90, 3.6 * 3600.0);
    // The later map's target of 5 h on both sides: 1 of 3 before, 3 of 3 after.
    QCOMPARE(result.before.slaMet, 1);
    QCOMPARE(result.after.slaMet, 3);

    // The steps of the diff that ran: the renamed one under each of its names, and the one put
    // into another lane. Resolve (moved) and the added and removed steps never ran.
    QCOMPARE(result.steps.size(), 2);
    const StepBeforeAfter &triage = result.steps.at(0);
    QCOMPARE(triage.stepId, 5);
    QCOMPARE(triage.name, QStringLiteral("Triage ticket"));
    QCOMPARE(triage.beforeExecutions, 3);
    QCOMPARE(triage.afterExecutions, 3);
    // No waiting before the first step; processing 1, 2, 1 h before and 1, 0.5, 1 h after.
    QCOMPARE(triage.beforeS, 4800.0);
    QCOMPARE(triage.afterS, 3000.0);
    const StepBeforeAfter &approve = result.steps.at(1);
    QCOMPARE(approve.stepId, 6);
    // Waiting 2, 0, 4 h and processing 1, 6, 1 h before: 2 h + 8/3 h.
    QCOMPARE(approve.beforeS, 2 * 3600.0 + 8 * 3600.0 / 3);
    // Waiting 0, 0.5, 0 h and processing 1, 1, 3 h after: 1/6 h + 5/3 h.
    QVERIFY(std::abs(approve.afterS - (3600.0 / 6 + 5 * 3600.0 / 3)) < 1e-6);
}

void TestRevisionDiff::beforeAndAfterWordsSayWhetherTheChangeHeld()
{
    const Process earlier = earlierMap();
    Process later = earlier;
    apply(Everything, later);
    const RevisionDiff diff = diffProcesses(earlier, later);
    // Four copies of each run: 12 on each side, enough to tell.
    const BeforeAfter result = computeBeforeAfter(sampleLog(4), earlier, later, diff, split());
    QVERIFY(result.enoughRuns());
    // (Plural forms come from the translation, not loaded here.)
    QCOMPARE(beforeAfterWindowText(result),
             QStringLiteral("12 run(s) in the 3 day(s) before 3 Nov 2025, 12 in the 3 day(s) "
                            "after."));
    const QStringList lines = beforeAfterSentences(result);
    // The P90 of 4, 4, 4, 4, 6, 6, 6, 6, 8, 8, 8, 8 h is 8 h; of 2 h x8 and 4 h x4 it is 4 h.
    const QStringList expected {
        QStringLiteral("The change held: runs are faster since."),
        QStringLiteral("Median cycle time fell from 6 h to 2 h (\u221267%) over 12 run(s) since "
                       "the change."),
        QStringLiteral("P90 cycle time fell from 8 h to 4 h (\u221250%)."),
        QStringLiteral("SLA compliance rose from 33% to 100%."),
        QStringLiteral("\u201cTriage ticket\u201d: waiting and processing fell from 1 h 20 min to "
                       "50 min (\u221238%)."),
        QStringLiteral("\u201cApprove\u201d: waiting and processing fell from 4 h 40 min to 1 h "
                       "50 min (\u221261%)."),
    };
    QCOMPARE(lines, expected);
}

void TestRevisionDiff::tooFewRunsGetACaveat()
{
    const Process earlier = earlierMap();
    const BeforeAfter result = computeBeforeAfter(sampleLog(1), earlier, earlier, {}, split());
    QVERIFY(!result.enoughRuns());
    const QStringList lines = beforeAfterSentences(result);
    QCOMPARE(lines.value(0),
             QStringLiteral("Too few runs to tell yet whether the change held: 3 "
                            "before and 3 after it (10 on each side make a fair "
                            "comparison)."));
    QVERIFY(lines.value(1).startsWith(QStringLiteral("Median cycle time fell from 6 h to 2 h")));
}

void TestRevisionDiff::noRunsAfterTheChangeSaySo()
{
    const Process earlier = earlierMap();
    const qint64 later = split() + 3 * DayMs;
    const BeforeAfter result = computeBeforeAfter(sampleLog(1), earlier, earlier, {}, later, 5);
    // Nothing reaches past the change: the full five days before it (B2, B3, A1, A2, A3).
    QCOMPARE(result.days, 5);
    QCOMPARE(result.before.runs, 5);
    QCOMPARE(result.after.runs, 0);
    QCOMPARE(beforeAfterSentences(result),
             QStringList({QStringLiteral(
                 "No runs have started since the change on 6 Nov 2025 yet: nothing to compare.")}));
    const BeforeAfter empty = computeBeforeAfter(RunLog(), earlier, earlier, {}, split());
    QCOMPARE(empty.before.runs + empty.after.runs, 0);
    QCOMPARE(beforeAfterSentences(empty).size(), 1);
}

void TestRevisionDiff::windowsAreAtMostMaxDaysLong()
{
    const Process earlier = earlierMap();
    // The latest run is 2 d 5 h after the split; two days at most each side leaves A3 out.
    const BeforeAfter result = computeBeforeAfter(sampleLog(1), earlier, earlier, {}, split(), 2);
    QCOMPARE(result.days, 2);
    QCOMPARE(result.before.runs, 2); // B2 and B3
    QCOMPARE(result.after.runs, 2); // A1 and A2
}

QTEST_GUILESS_MAIN(TestRevisionDiff)
#include "tst_revisiondiff.moc"
