// Each validation rule with a map where it fires and one where it does not, and the examples a
// new user sees first, which should be clean.

#include "analysis/validation.h"
#include "process/process.h"
#include "workspace/examples.h"

#include <QTest>

using namespace Stepwise;
using Rule = ValidationProblem::Rule;

Q_DECLARE_METATYPE(Stepwise::Process)
Q_DECLARE_METATYPE(Stepwise::ValidationProblem::Rule)

namespace {

/// Builds small maps: lane 1 "Office", then steps and handoffs with fresh ids.
class MapBuilder
{
public:
    MapBuilder()
    {
        m_process.name = QStringLiteral("Test");
        m_process.lanes = {{1, QStringLiteral("Office"), Lane::Kind::Team, QColor(Qt::white), 160}};
        m_process.nextItemId = 2;
    }

    ItemId step(Step::Kind kind, const QString &name, ItemId laneId = 1)
    {
        Step s;
        s.id = m_process.nextItemId++;
        s.kind = kind;
        s.name = name;
        s.laneId = laneId;
        s.pos = {100.0 * m_process.steps.size(), 80};
        if (kind == Step::Kind::Task)
            s.definitionOfDone = QStringLiteral("Done when done");
        m_process.steps.append(s);
        return s.id;
    }
    ItemId start() { return step(Step::Kind::Start, QStringLiteral("Begin")); }
    ItemId end() { return step(Step::Kind::End, QStringLiteral("Finish")); }
    ItemId task(const QString &name) { return step(Step::Kind::Task, name); }
    ItemId connect(ItemId from, ItemId to, const QString &label = {})
    {
        const ItemId id = m_process.nextItemId++;
        m_process.handoffs.append({id, from, to, label});
        return id;
    }
    Process &process() { return m_process; }

private:
    Process m_process;
};

/// start -> task -> end: clean.
Process linear()
{
    MapBuilder b;
    const ItemId s = b.start();
    const ItemId t = b.task(QStringLiteral("Work"));
    const ItemId e = b.end();
    b.connect(s, t);
    b.connect(t, e);
    return b.process();
}

/// start -> decision -(yes)-> end, -(no)-> task -> end.
Process branching(const QString &yes, const QString &no)
{
    MapBuilder b;
    const ItemId s = b.start();
    const ItemId d = b.step(Step::Kind::Decision, QStringLiteral("Complete?"));
    const ItemId t = b.task(QStringLiteral("Ask again"));
    const ItemId e = b.end();
    b.connect(s, d);
    b.connect(d, e, yes);
    b.connect(d, t, no);
    b.connect(t, e);
    return b.process();
}

QVector<ValidationProblem> problemsOf(const QVector<ValidationProblem> &all, Rule rule)
{
    QVector<ValidationProblem> found;
    for (const ValidationProblem &problem : all) {
        if (problem.rule == rule)
            found.append(problem);
    }
    return found;
}

QString describe(const QVector<ValidationProblem> &problems)
{
    QStringList lines;
    for (const ValidationProblem &problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void aCleanMapHasNoProblems();
    void problemsComeInRuleThenMapOrder();
    void severities();
    void examplesAreClean_data();
    void examplesAreClean();
};

void TestValidation::rule_data()
{
    QTest::addColumn<Process>("process");
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<ObjectType>("objectType");
    QTest::addColumn<ItemIds>("ids"); // empty: the rule must not fire
    QTest::addColumn<QString>("named"); // a word the message must contain

    {
        Process p = linear();
        p.steps[0].kind = Step::Kind::Task;
        p.steps[0].definitionOfDone = QStringLiteral("x");
        QTest::newRow("a map without a start step has no start")
            << p << Rule::NoStart << ObjectType::Process << ItemIds {0} << QStringLiteral("start");
        QTest::newRow("a map with a start step has a start")
            << linear() << Rule::NoStart << ObjectType::Process << ItemIds {} << QString();
    }
    {
        Process p = linear();
        // The last step loops back, so it is no dead end either.
        p.steps[2].kind = Step::Kind::Task;
        p.steps[2].definitionOfDone = QStringLiteral("x");
        p.handoffs.append({p.nextItemId++, p.steps[2].id, p.steps[1].id, {}});
        QTest::newRow("a map without an end step has no end")
            << p << Rule::NoEnd << ObjectType::Process << ItemIds {0} << QStringLiteral("end");
        QTest::newRow("a map with an end step has an end")
            << linear() << Rule::NoEnd << ObjectType::Process << ItemIds {} << QString();
    }
    {
        MapBuilder b;
        const ItemId s = b.start();
        const ItemId t = b.task(QStringLiteral("Orphan"));
        const ItemId e = b.end();
        b.connect(s, e);
        b.connect(t, e);
        QTest::newRow("a step no handoff leads to is unreachable")
            << b.process() << Rule::Unreachable << ObjectType::Step << ItemIds {t}
            << QStringLiteral("Orphan");
        QTest::newRow("every step of a connected map is reachable")
            << linear() << Rule::Unreachable << ObjectType::Step << ItemIds {} << QString();
    }
    {
        MapBuilder b;
        const ItemId s = b.start();
        const ItemId t = b.task(QStringLiteral("Stuck"));
        const ItemId e = b.end();
        b.connect(s, t);
        b.connect(s, e);
        QTest::newRow("a task without an outgoing handoff is a dead end")
            << b.process() << Rule::DeadEnd << ObjectType::Step << ItemIds {t}
            << QStringLiteral("Stuck");
        QTest::newRow("an end without an outgoing handoff is no dead end")
            << linear() << Rule::DeadEnd << ObjectType::Step << ItemIds {} << QString();
    }
    {
        MapBuilder b;
        const ItemId s = b.start();
        const ItemId d = b.step(Step::Kind::Decision, QStringLiteral("Paid?"));
        const ItemId e = b.end();
        b.connect(s, d);
        b.connect(d, e, QStringLiteral("yes"));
        QTest::newRow("a decision with one way on has too few branches")
            << b.process() << Rule::DecisionBranches << ObjectType::Step << ItemIds {d}
            << QStringLiteral("Paid?");
        QTest::newRow("a decision with two ways on has enough branches")
            << branching(QStringLiteral("yes"), QStringLiteral("no")) << Rule::DecisionBranches
            << ObjectType::Step << ItemIds {} << QString();
    }
    {
        const Process p = branching(QStringLiteral("yes"), QStringLiteral(" "));
        QTest::newRow("a decision branch without a label is unlabeled")
            << p << Rule::UnlabeledBranch << ObjectType::Handoff << ItemIds {p.handoffs.at(2).id}
            << QStringLiteral("Complete?");
        QTest::newRow("a decision whose branches all have labels is labeled")
            << branching(QStringLiteral("yes"), QStringLiteral("no")) << Rule::UnlabeledBranch
            << ObjectType::Handoff << ItemIds {} << QString();
        QTest::newRow("a handoff from a task needs no label")
            << linear() << Rule::UnlabeledBranch << ObjectType::Handoff << ItemIds {} << QString();
    }
    {
        Process p = linear();
        p.steps[1].laneId = 99;
        QTest::newRow("a step in a lane that does not exist is outside every lane")
            << p << Rule::OutsideLane << ObjectType::Step << ItemIds {p.steps[1].id}
            << QStringLiteral("Work");
        QTest::newRow("steps in existing lanes are inside a lane")
            << linear() << Rule::OutsideLane << ObjectType::Step << ItemIds {} << QString();
    }
    {
        Process p = linear();
        const ItemId laneId = p.nextItemId++;
        p.lanes.append({laneId, QStringLiteral("  "), Lane::Kind::Person, QColor(Qt::red), 120});
        QTest::newRow("a lane without a name has no owner")
            << p << Rule::LaneWithoutOwner << ObjectType::Lane << ItemIds {laneId}
            << QStringLiteral("Lane 2");
        QTest::newRow("a named lane has an owner")
            << linear() << Rule::LaneWithoutOwner << ObjectType::Lane << ItemIds {} << QString();
    }
    {
        Process p = linear();
        p.steps[1].definitionOfDone = QStringLiteral("\n ");
        QTest::newRow("a task with a blank definition of done has none")
            << p << Rule::NoDefinitionOfDone << ObjectType::Step << ItemIds {p.steps[1].id}
            << QStringLiteral("Work");
        QTest::newRow("a task with a definition of done has one")
            << linear() << Rule::NoDefinitionOfDone << ObjectType::Step << ItemIds {} << QString();
        Process event = linear();
        event.steps[1].kind = Step::Kind::Event;
        event.steps[1].definitionOfDone.clear();
        QTest::newRow("an event needs no definition of done")
            << event << Rule::NoDefinitionOfDone << ObjectType::Step << ItemIds {} << QString();
    }
}

void TestValidation::rule()
{
    QFETCH(Process, process);
    QFETCH(Rule, rule);
    QFETCH(ObjectType, objectType);
    QFETCH(ItemIds, ids);
    QFETCH(QString, named);
    QVERIFY(process.invariantViolations().isEmpty() || rule == Rule::OutsideLane);

    const QVector<ValidationProblem> all = validate(process);
    const QVector<ValidationProblem> found = problemsOf(all, rule);
    if (ids.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        return;
    }
    QCOMPARE(found.size(), 1);
    const ValidationProblem &problem = found.first();
    QCOMPARE(problem.objectType, objectType);
    if (objectType == ObjectType::Process)
        QVERIFY(problem.ids.isEmpty());
    else
        QCOMPARE(problem.ids, ids);
    QVERIFY2(problem.message.contains(named, Qt::CaseInsensitive), qPrintable(problem.message));
    // Each case breaks one rule only (a map without start makes no step unreachable either).
    QVERIFY2(all.size() == 1, qPrintable(describe(all)));
}

void TestValidation::aCleanMapHasNoProblems()
{
    QVERIFY(validate(linear()).isEmpty());
    QVERIFY(validate(branching(QStringLiteral("yes"), QStringLiteral("no"))).isEmpty());
}

void TestValidation::problemsComeInRuleThenMapOrder()
{
    MapBuilder b;
    const ItemId t1 = b.task(QStringLiteral("One"));
    const ItemId t2 = b.task(QStringLiteral("Two"));
    b.process().steps[0].definitionOfDone.clear();
    b.process().steps[1].definitionOfDone.clear();
    b.process().lanes[0].name.clear();
    const QVector<ValidationProblem> problems = validate(b.process());
    QVector<Rule> rules;
    QVector<ItemIds> ids;
    for (const ValidationProblem &problem : problems) {
        rules.append(problem.rule);
        ids.append(problem.ids);
    }
    const QVector<Rule> expectedRules {Rule::NoStart,           Rule::NoEnd,
                                       Rule::DeadEnd,           Rule::DeadEnd,
                                       Rule::LaneWithoutOwner,  Rule::NoDefinitionOfDone,
                                       Rule::NoDefinitionOfDone};
    QCOMPARE(rules, expectedRules);
    const QVector<ItemIds> expectedIds {{}, {}, {t1}, {t2}, {1}, {t1}, {t2}};
    QCOMPARE(ids, expectedIds);
    // The same map, the same list.
    QCOMPARE(validate(b.process()), problems);
}

void TestValidation::severities()
{
    const ValidationProblem noStart {Rule::NoStart, ObjectType::Process, {}, {}};
    const ValidationProblem noDone {Rule::NoDefinitionOfDone, ObjectType::Step, {}, {}};
    QCOMPARE(noStart.severity(), ValidationProblem::Severity::Error);
    QCOMPARE(noDone.severity(), ValidationProblem::Severity::Warning);
}

void TestValidation::examplesAreClean_data()
{
    QTest::addColumn<Process>("process");
    for (const Process &process : exampleProcesses())
        QTest::newRow(qPrintable(QStringLiteral("the example \u201c%1\u201d").arg(process.name)))
            << process;
}

void TestValidation::examplesAreClean()
{
    QFETCH(Process, process);
    const QVector<ValidationProblem> problems = validate(process);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
