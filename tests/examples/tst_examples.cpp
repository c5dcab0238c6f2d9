#include "analysis/runmetrics.h"
#include "workspace/exampleruns.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Stepwise;

namespace {

/// Steps reachable from the given ones, following handoffs forwards or (reverse) backwards.
QSet<ItemId> reachable(const Process &process, const ItemIds &from, bool reverse = false)
{
    QHash<ItemId, ItemIds> next;
    for (const Handoff &h : process.handoffs) {
        if (reverse)
            next[h.toStepId].append(h.fromStepId);
        else
            next[h.fromStepId].append(h.toStepId);
    }
    QSet<ItemId> seen(from.cbegin(), from.cend());
    ItemIds todo = from;
    while (!todo.isEmpty()) {
        const ItemId id = todo.takeLast();
        for (ItemId n : next.value(id)) {
            if (!seen.contains(n)) {
                seen.insert(n);
                todo.append(n);
            }
        }
    }
    return seen;
}

ItemIds stepsOfKind(const Process &process, Step::Kind kind)
{
    ItemIds ids;
    for (const Step &s : process.steps) {
        if (s.kind == kind)
            ids.append(s.id);
    }
    return ids;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void twoExamples();
    void deterministic();
    void map_data();
    void map();
    void tasks_data() { map_data(); }
    void tasks();
    void layout_data() { map_data(); }
    void layout();
    void runsAreTheSameForTheSameSeed_data() { map_data(); }
    void runsAreTheSameForTheSameSeed();
    void runsWalkTheMapExceptTheIntendedDetours_data();
    void runsWalkTheMapExceptTheIntendedDetours();
    void runsHaveOrderedTimestampsUpToTheEnd_data() { map_data(); }
    void runsHaveOrderedTimestampsUpToTheEnd();
    void runsHavePlausibleStats_data();
    void runsHavePlausibleStats();
    void supportTicketRunsTakeAnUndesignedTransition();
    void runsAreStoredInTheWorkspace();

private:
    Process example()
    {
        QFETCH(int, index);
        const QVector<Process> examples = exampleProcesses();
        Q_ASSERT(index < examples.size());
        return examples.at(index);
    }
};

void TestExamples::twoExamples()
{
    const QVector<Process> examples = exampleProcesses();
    QCOMPARE(examples.size(), 2);
    // No translator is installed here, so the source (English) texts come through.
    QCOMPARE(examples.at(0).name, QStringLiteral("Client onboarding"));
    QCOMPARE(examples.at(1).name, QStringLiteral("Support ticket"));
}

void TestExamples::deterministic()
{
    QCOMPARE(exampleProcesses(), exampleProcesses());
}

void TestExamples::map_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("Client onboarding") << 0;
    QTest::newRow("Support ticket") << 1;
}

void TestExamples::map()
{
    const Process p = example();

    QCOMPARE(p.id, ProcessId(0));
    QVERIFY(!p.name.isEmpty());
    QVERIFY(!p.owner.isEmpty());
    QVERIFY(!p.description.isEmpty());
    QVERIFY(p.slaTargetS > 0);
    QVERIFY2(p.invariantViolations().isEmpty(),
             qPrintable(p.invariantViolations().join(QLatin1Char('\n'))));

    // Ids 1..n over lanes, steps and handoffs, and nextItemId the next free one.
    QCOMPARE(p.nextItemId, ItemId(p.lanes.size() + p.steps.size() + p.handoffs.size() + 1));

    QVERIFY2(p.lanes.size() >= 4 && p.lanes.size() <= 6,
             qPrintable(QString::number(p.lanes.size())));
    QVERIFY2(p.steps.size() >= 10 && p.steps.size() <= 15,
             qPrintable(QString::number(p.steps.size())));

    QSet<QString> laneNames;
    QSet<QRgb> laneColors;
    for (const Lane &l : p.lanes) {
        QVERIFY(!l.name.isEmpty());
        QVERIFY2(!laneNames.contains(l.name), qPrintable(l.name));
        laneNames.insert(l.name);
        QVERIFY(l.color.isValid());
        QVERIFY2(!laneColors.contains(l.color.rgb()), qPrintable(l.name));
        laneColors.insert(l.color.rgb());
    }

    QSet<QString> stepNames;
    for (const Step &s : p.steps) {
        QVERIFY(!s.name.isEmpty());
        QVERIFY2(!stepNames.contains(s.name), qPrintable(s.name));
        stepNames.insert(s.name);
    }

    // Exactly one start, at least one end; all reachable from the start and all reaching an end.
    const ItemIds starts = stepsOfKind(p, Step::Kind::Start);
    const ItemIds ends = stepsOfKind(p, Step::Kind::End);
    QCOMPARE(starts.size(), 1);
    QVERIFY(!ends.isEmpty());
    const QSet<ItemId> fromStart = reachable(p, starts);
    const QSet<ItemId> toEnd = reachable(p, ends, true);
    for (const Step &s : p.steps) {
        QVERIFY2(fromStart.contains(s.id), qPrintable(s.name + QStringLiteral(" unreachable")));
        QVERIFY2(toEnd.contains(s.id), qPrintable(s.name + QStringLiteral(" reaches no end")));
    }
    for (const Handoff &h : p.handoffs) {
        QVERIFY(h.fromStepId != h.toStepId);
        QVERIFY(p.step(h.fromStepId)->kind != Step::Kind::End);
        QVERIFY(p.step(h.toStepId)->kind != Step::Kind::Start);
    }

    // Decisions: at least one, each with two or more labelled, distinct outgoing handoffs.
    const ItemIds decisions = stepsOfKind(p, Step::Kind::Decision);
    QVERIFY(!decisions.isEmpty());
    for (ItemId d : decisions) {
        QSet<QString> labels;
        int outgoing = 0;
        for (const Handoff &h : p.handoffs) {
            if (h.fromStepId != d)
                continue;
            ++outgoing;
            QVERIFY2(!h.label.isEmpty(), qPrintable(p.step(d)->name));
            labels.insert(h.label);
        }
        QVERIFY2(outgoing >= 2, qPrintable(p.step(d)->name));
        QCOMPARE(labels.size(), outgoing);
    }

    // At least one event with a trigger.
    const ItemIds events = stepsOfKind(p, Step::Kind::Event);
    QVERIFY(!events.isEmpty());
    for (ItemId e : events)
        QVERIFY(p.step(e)->trigger != Step::Trigger::None);

    // Changes of owner.
    int crossing = 0;
    for (const Handoff &h : p.handoffs) {
        if (p.step(h.fromStepId)->laneId != p.step(h.toStepId)->laneId)
            ++crossing;
    }
    QVERIFY2(crossing >= 2, qPrintable(QString::number(crossing)));
}

void TestExamples::tasks()
{
    const Process p = example();
    QSet<Step::Automation> automation;
    int withSla = 0;
    for (const Step &s : p.steps) {
        if (s.kind != Step::Kind::Task) {
            QCOMPARE(s.automation, Step::Automation::Manual);
            continue;
        }
        const QByteArray name = s.name.toUtf8();
        QVERIFY2(!s.definitionOfDone.trimmed().isEmpty(), name.constData());
        QVERIFY2(!s.inputs.isEmpty(), name.constData());
        QVERIFY2(!s.outputs.isEmpty(), name.constData());
        QVERIFY2(!s.systems.isEmpty(), name.constData());
        QVERIFY2(s.expectedDurationS > 0, name.constData());
        QCOMPARE(s.trigger, Step::Trigger::None);
        if (s.slaS > 0) {
            ++withSla;
            QVERIFY2(s.slaS >= s.expectedDurationS, name.constData());
        }
        automation.insert(s.automation);
        if (s.automation == Step::Automation::Candidate)
            QVERIFY2(s.automationEffortH > 0, name.constData());
        else
            QCOMPARE(s.automationEffortH, 0.0);
    }
    QVERIFY(withSla > 0);
    QCOMPARE(automation.size(), 3); // manual, candidate and automated all appear
}

void TestExamples::layout()
{
    const Process p = example();
    for (const Step &s : p.steps) {
        const Lane *lane = p.lane(s.laneId);
        QVERIFY(lane);
        QVERIFY2(s.pos.x() >= 60, qPrintable(s.name));
        QCOMPARE(s.pos.y(), lane->height / 2);
    }
    for (int i = 0; i < p.steps.size(); ++i) {
        for (int j = i + 1; j < p.steps.size(); ++j) {
            const Step &a = p.steps.at(i);
            const Step &b = p.steps.at(j);
            if (a.laneId == b.laneId) {
                QVERIFY2(std::abs(a.pos.x() - b.pos.x()) >= 150,
                         qPrintable(a.name + QStringLiteral(" / ") + b.name));
            }
        }
    }
    // The flow runs left to right: apart from loops back, handoffs point rightwards, so every
    // step except the start has a predecessor to its left.
    for (const Step &s : p.steps) {
        if (s.kind == Step::Kind::Start)
            continue;
        bool fromLeft = false;
        for (const Handoff &h : p.handoffs) {
            if (h.toStepId == s.id && p.step(h.fromStepId)->pos.x() < s.pos.x())
                fromLeft = true;
        }
        QVERIFY2(fromLeft, qPrintable(s.name));
    }
}

namespace {

// A fixed "now" for the runs: Friday 14 June 2024, 15:30 UTC.
qint64 endOfRuns()
{
    return QDateTime(QDate(2024, 6, 14), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch();
}

QString transitionName(const QString &from, const QString &to)
{
    return from + QStringLiteral(" -> ") + to;
}

} // namespace

void TestExamples::runsAreTheSameForTheSameSeed()
{
    const Process p = example();
    const RunLog a = exampleRuns(p, 7, endOfRuns());
    const RunLog b = exampleRuns(p, 7, endOfRuns());
    const RunLog other = exampleRuns(p, 8, endOfRuns());
    QVERIFY(!a.runs.isEmpty());
    QCOMPARE(a.activities, b.activities);
    QCOMPARE(a.resources, b.resources);
    QCOMPARE(a.runs.size(), b.runs.size());
    for (qsizetype r = 0; r < a.runs.size(); ++r) {
        const Run &x = a.runs.at(r);
        const Run &y = b.runs.at(r);
        QCOMPARE(x.caseId, y.caseId);
        QCOMPARE(x.firstMs, y.firstMs);
        QCOMPARE(x.lastMs, y.lastMs);
        QCOMPARE(x.events, y.events);
        QCOMPARE(x.executions.size(), y.executions.size());
        for (qsizetype i = 0; i < x.executions.size(); ++i) {
            const Execution &e = x.executions.at(i);
            const Execution &f = y.executions.at(i);
            QCOMPARE(e.activity, f.activity);
            QCOMPARE(e.resource, f.resource);
            QCOMPARE(e.startMs, f.startMs);
            QCOMPARE(e.completeMs, f.completeMs);
        }
    }
    // Another seed, other runs.
    bool differs = other.runs.size() != a.runs.size();
    for (qsizetype r = 0; !differs && r < a.runs.size(); ++r)
        differs = other.runs.at(r).firstMs != a.runs.at(r).firstMs;
    QVERIFY(differs);
}

void TestExamples::runsWalkTheMapExceptTheIntendedDetours_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("detours");
    QTest::newRow("Client onboarding skips the audit for small clients")
        << 0
        << QStringList {transitionName(QStringLiteral("Hold kick-off call"),
                                       QStringLiteral("Set up Microsoft 365 accounts"))};
    QTest::newRow("Support ticket skips triage, reorders hardware late and closes unconfirmed")
        << 1
        << QStringList {
               transitionName(QStringLiteral("Log ticket"), QStringLiteral("Work on ticket")),
               transitionName(QStringLiteral("Work on ticket"),
                              QStringLiteral("Order replacement part")),
               transitionName(QStringLiteral("Work on ticket"),
                              QStringLiteral("Document solution and close ticket"))};
}

void TestExamples::runsWalkTheMapExceptTheIntendedDetours()
{
    const Process p = example();
    QFETCH(QStringList, detours);
    QSet<QString> steps, designed;
    for (const Step &s : p.steps)
        steps.insert(s.name);
    for (const Handoff &h : p.handoffs)
        designed.insert(transitionName(p.step(h.fromStepId)->name, p.step(h.toStepId)->name));
    QString start, end;
    for (const Step &s : p.steps) {
        if (s.kind == Step::Kind::Start)
            start = s.name;
        if (s.kind == Step::Kind::End)
            end = s.name;
    }

    const RunLog log = exampleRuns(p, ExampleRunsSeed, endOfRuns());
    for (const QString &activity : log.activities)
        QVERIFY2(steps.contains(activity), qPrintable(activity));
    QSet<QString> taken;
    QSet<QString> executed;
    for (const Run &run : log.runs) {
        QVERIFY(!run.executions.isEmpty());
        QCOMPARE(log.activities.at(run.executions.first().activity), start);
        for (qsizetype i = 0; i < run.executions.size(); ++i) {
            const QString name = log.activities.at(run.executions.at(i).activity);
            executed.insert(name);
            QVERIFY2(run.executions.at(i).resource >= 0, qPrintable(run.caseId));
            if (i == 0)
                continue;
            const QString transition
                = transitionName(log.activities.at(run.executions.at(i - 1).activity), name);
            QVERIFY2(designed.contains(transition) || detours.contains(transition),
                     qPrintable(run.caseId + QStringLiteral(": ") + transition));
            taken.insert(transition);
        }
    }
    // Every intended detour shows up, and every step of the map is reached by some run.
    for (const QString &detour : std::as_const(detours))
        QVERIFY2(taken.contains(detour), qPrintable(detour));
    QCOMPARE(executed, steps);
    // The resources are people of the lanes or, for the client and the systems, the lane.
    QVERIFY(log.resources.size() >= 4);
    QVERIFY(log.resources.contains(QStringLiteral("Chris")));
    QVERIFY(log.resources.contains(QStringLiteral("PSA / ticket system")));
    QVERIFY(!end.isEmpty());
}

void TestExamples::runsHaveOrderedTimestampsUpToTheEnd()
{
    const Process p = example();
    const qint64 end = endOfRuns();
    const qint64 begin = end - qint64(ExampleRunsDays) * 24 * 3600 * 1000;
    QString endStep;
    for (const Step &s : p.steps) {
        if (s.kind == Step::Kind::End)
            endStep = s.name;
    }
    const RunLog log = exampleRuns(p, ExampleRunsSeed, end);
    int inProgress = 0;
    qint64 previousFirst = NoTime;
    for (const Run &run : log.runs) {
        const QByteArray id = run.caseId.toUtf8();
        QVERIFY2(run.firstMs >= begin && run.firstMs < end, id.constData());
        QVERIFY2(run.lastMs >= run.firstMs && run.lastMs < end, id.constData());
        // Runs are listed as they began.
        QVERIFY2(previousFirst == NoTime || run.firstMs >= previousFirst, id.constData());
        previousFirst = run.firstMs;
        QCOMPARE(run.firstMs, run.executions.first().startMs);
        QCOMPARE(run.lastMs, run.executions.last().completeMs);
        QCOMPARE(run.events, int(run.executions.size()) * 2);
        for (qsizetype i = 0; i < run.executions.size(); ++i) {
            const Execution &e = run.executions.at(i);
            // The workspace stores finished executions only: a start and a complete each.
            QVERIFY2(e.startMs != NoTime && e.completeMs != NoTime, id.constData());
            QCOMPARE(e.order, int(i));
            QVERIFY2(e.completeMs >= e.startMs, id.constData());
            if (i > 0)
                QVERIFY2(e.startMs >= run.executions.at(i - 1).completeMs, id.constData());
        }
        if (log.activities.at(run.executions.last().activity) != endStep)
            ++inProgress;
    }
    // The last runs are still going on at the end, and only they: a run that began more than a
    // few weeks before it has ended.
    QVERIFY(inProgress > 0);
    for (const Run &run : log.runs) {
        if (run.firstMs < end - qint64(60) * 24 * 3600 * 1000)
            QCOMPARE(log.activities.at(run.executions.last().activity), endStep);
    }
}

void TestExamples::runsHavePlausibleStats_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("minRuns");
    QTest::addColumn<int>("maxRuns");
    QTest::addColumn<double>("minMedianDays");
    QTest::addColumn<double>("maxMedianDays");
    // Runs: 120 days hold about 86 working days and 34 weekend days. Onboarding: 1.6 deals a
    // working day, 137 runs expected; tickets: 3 a working day and 0.4 a weekend day, 271
    // expected. The ranges are about three Poisson standard deviations (12 and 17) either side.
    //
    // Median cycle time. Onboarding: the medians along its usual path add up to about 45 working
    // hours (3 + 0.5 to send the contract, 12 + 1 to hold the kick-off, 8 + 4 for the audit,
    // 3 + 3 for the accounts, 10 + 0.75 for billing, and queues of a few minutes), 5 working days
    // or 7 calendar days, plus 2.5 days waiting for the signature (ending in office hours): about
    // 10 days. Skewed log-normal parts, work that waits for the next morning, chased signatures
    // (a quarter of the runs) and hardware (40 %) add days: 9 to 20. Tickets: about 7 working
    // hours (40 + 10 min triage, 2 h + 1.5 h work, 2 h + 15 min to document), which span a
    // night or two, plus 6 hours for the client's confirmation (ending in office hours): 1.2 to
    // 3.5 days.
    QTest::newRow("Client onboarding: about two weeks") << 0 << 100 << 175 << 9.0 << 20.0;
    QTest::newRow("Support ticket: about 2 days") << 1 << 220 << 320 << 1.2 << 3.5;
}

void TestExamples::runsHavePlausibleStats()
{
    const Process p = example();
    QFETCH(int, minRuns);
    QFETCH(int, maxRuns);
    QFETCH(double, minMedianDays);
    QFETCH(double, maxMedianDays);
    const RunLog log = exampleRuns(p, ExampleRunsSeed, endOfRuns());
    StatsOptions options;
    options.slaTargetS = p.slaTargetS;
    options.designedHandoffs = handoffNames(p);
    const RunStats stats = computeRunStats(log, options);
    QVERIFY2(stats.runs >= minRuns && stats.runs <= maxRuns,
             qPrintable(QString::number(stats.runs)));
    const double medianDays = stats.cycleTime.p50 / 86400.0;
    QVERIFY2(medianDays >= minMedianDays && medianDays <= maxMedianDays,
             qPrintable(QString::number(medianDays)));
    QVERIFY(stats.cycleTime.p90 > stats.cycleTime.p50);
    // Neither always nor never on time: something to improve.
    QVERIFY2(stats.slaCompliance > 0.2 && stats.slaCompliance < 0.9,
             qPrintable(QString::number(stats.slaCompliance)));
    // People's steps take time and wait for it; every step the runs reached has an execution.
    for (const StepStats &step : stats.steps)
        QVERIFY2(!step.processing.isEmpty(), qPrintable(step.name));
}

void TestExamples::supportTicketRunsTakeAnUndesignedTransition()
{
    const Process p = exampleProcesses().at(1);
    StatsOptions options;
    options.designedHandoffs = handoffNames(p);
    const RunStats stats = computeRunStats(exampleRuns(p, ExampleRunsSeed, endOfRuns()), options);
    int undesigned = 0;
    int designed = 0;
    for (const TransitionStats &t : stats.transitions) {
        if (t.designed)
            ++designed;
        else
            ++undesigned;
    }
    QVERIFY2(undesigned >= 1, qPrintable(QString::number(undesigned)));
    // The map's own handoffs carry most of the traffic.
    QVERIFY(designed > undesigned);
}

void TestExamples::runsAreStoredInTheWorkspace()
{
    // As the first start stores them (app/startup.cpp): every run, every execution.
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY2(workspace.open(dir.filePath(QStringLiteral("examples.stepwise"))),
             qPrintable(workspace.errorString()));
    const QVector<Process> examples = exampleProcesses();
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const ProcessId id = workspace.saveProcess(examples.at(i));
        QVERIFY(id);
        const RunLog log = exampleRuns(examples.at(i), ExampleRunsSeed + quint64(i), endOfRuns());
        QCOMPARE(workspace.saveRuns(id, log), id);
        QCOMPARE(workspace.runCount(id), qint64(log.runs.size()));
        const std::optional<RunLog> stored = workspace.loadRuns(id);
        QVERIFY(stored);
        qint64 executions = 0, storedExecutions = 0;
        for (const Run &run : log.runs)
            executions += run.executions.size();
        for (const Run &run : stored->runs)
            storedExecutions += run.executions.size();
        QCOMPARE(storedExecutions, executions);
    }
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
