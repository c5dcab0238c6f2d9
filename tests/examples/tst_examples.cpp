#include "workspace/examples.h"

#include <QHash>
#include <QSet>
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

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
