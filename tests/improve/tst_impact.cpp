// Impact versus effort, the automation candidates (each rule and each "fix first" reason) against
// small logs computed by hand, and the Improve tab driven with the mouse: a decision is one undo
// step, and a click on a task (chart or list) shows it on the map.

#include "mainwindow.h"

#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "improve/improveview.h"
#include "panels/propertiespanel.h"

#include "analysis/candidates.h"
#include "analysis/validation.h"
#include "analysis/whatif.h"
#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <qcustomplot.h>

#include <cmath>
#include <memory>

using namespace Stepwise;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
/// A month as the what-if and the impact count them: 30.44 days.
constexpr qint64 Month = qint64(30.44 * 86400) * 1000;
/// 2024-01-01 00:00 UTC.
constexpr qint64 T0 = Q_INT64_C(1704067200000);

using Rule = CandidateReason::Rule;
using FixKind = FixFirstReason::Kind;

/// One execution of a hand-made log: an activity from start to complete (milliseconds).
struct Exec
{
    QString activity;
    qint64 start;
    qint64 complete;
};

RunLog makeLog(const QVector<QVector<Exec>> &runs)
{
    RunLog log;
    int number = 0;
    for (const QVector<Exec> &executions : runs) {
        Run run;
        run.caseId = QStringLiteral("R%1").arg(++number);
        for (const Exec &e : executions) {
            int activity = int(log.activities.indexOf(e.activity));
            if (activity < 0) {
                activity = int(log.activities.size());
                log.activities.append(e.activity);
            }
            Execution execution;
            execution.activity = activity;
            execution.startMs = e.start;
            execution.completeMs = e.complete;
            execution.order = int(run.executions.size());
            run.executions.append(execution);
            run.events += 2;
            run.firstMs = run.firstMs == NoTime ? e.start : std::min(run.firstMs, e.start);
            run.lastMs = run.lastMs == NoTime ? e.complete : std::max(run.lastMs, e.complete);
        }
        std::sort(run.executions.begin(), run.executions.end(), RunOrderLess());
        log.runs.append(run);
    }
    return log;
}

/// A valid map: Start -> the tasks in order -> End, in one lane of a role; every task has a
/// definition of done, so validation finds nothing.
Process mapOf(const QStringList &tasks)
{
    Process p;
    p.id = 0;
    p.name = QStringLiteral("Orders");
    Lane lane;
    lane.id = 1;
    lane.name = QStringLiteral("Office");
    lane.kind = Lane::Kind::Role;
    p.lanes = {lane};
    ItemId next = 2;
    const auto add = [&](Step::Kind kind, const QString &name) {
        Step step;
        step.id = next++;
        step.kind = kind;
        step.name = name;
        step.laneId = 1;
        step.pos = {100.0 + 160.0 * p.steps.size(), 80};
        if (kind == Step::Kind::Task)
            step.definitionOfDone = QStringLiteral("Done when it is done.");
        p.steps.append(step);
        return step.id;
    };
    ItemIds chain;
    chain << add(Step::Kind::Start, QStringLiteral("Order in"));
    for (const QString &task : tasks)
        chain << add(Step::Kind::Task, task);
    chain << add(Step::Kind::End, QStringLiteral("Order out"));
    for (int i = 1; i < chain.size(); ++i)
        p.handoffs.append(Handoff(next++, chain.at(i - 1), chain.at(i)));
    p.nextItemId = next;
    return p;
}

Step *task(Process &p, const QString &name)
{
    for (Step &step : p.steps) {
        if (step.name == name)
            return &step;
    }
    return nullptr;
}

ItemId idOf(const Process &p, const QString &name)
{
    for (const Step &step : p.steps) {
        if (step.name == name)
            return step.id;
    }
    return 0;
}

QVector<Rule> rulesOf(const AutomationCandidate *c)
{
    QVector<Rule> rules;
    if (c) {
        for (const CandidateReason &r : c->reasons)
            rules << r.rule;
    }
    return rules;
}

QVector<FixKind> fixesOf(const AutomationCandidate *c)
{
    QVector<FixKind> kinds;
    if (c) {
        for (const FixFirstReason &r : c->fixFirst)
            kinds << r.kind;
    }
    return kinds;
}

/// The log most tests share: two runs two months apart.
///   Run 1 at T0:           Check contract 00:00-01:00, Send welcome email 03:00-03:30
///   Run 2 at T0 + 2 months: Check contract 00:00-03:00, Send welcome email 07:00-08:00
/// Check contract: 2 executions, no waiting (first in its runs), processing 1 h and 3 h (mean
/// 2 h). Send welcome email: 2 executions, waiting 2 h and 4 h (mean 3 h), processing 0.5 h and
/// 1 h (mean 0.75 h). The runs span 2 months: one execution a month each.
RunLog sharedLog()
{
    const qint64 s = T0 + 2 * Month;
    return makeLog({
        {{QStringLiteral("Check contract"), T0, T0 + Hour},
         {QStringLiteral("Send welcome email"), T0 + 3 * Hour, T0 + 3 * Hour + 30 * Minute}},
        {{QStringLiteral("Check contract"), s, s + 3 * Hour},
         {QStringLiteral("Send welcome email"), s + 7 * Hour, s + 8 * Hour}},
    });
}

Process sharedMap()
{
    Process p = mapOf({QStringLiteral("Check contract"), QStringLiteral("Send welcome email"),
                       QStringLiteral("Review offer")});
    task(p, QStringLiteral("Check contract"))->automationEffortH = 4;
    task(p, QStringLiteral("Send welcome email"))->automationEffortH = 2;
    return p;
}

/// A log of runs one a day (so they span less than a month: one month), each executing
/// "Check invoice" once, taking the given processing times in turn, after "Open mail" (10 min,
/// then 5 min of waiting).
RunLog invoiceLog(const QVector<qint64> &processing)
{
    QVector<QVector<Exec>> runs;
    for (int i = 0; i < processing.size(); ++i) {
        const qint64 start = T0 + i * Day;
        runs.append({{QStringLiteral("Open mail"), start, start + 10 * Minute},
                     {QStringLiteral("Check invoice"), start + 15 * Minute,
                      start + 15 * Minute + processing.at(i)}});
    }
    return makeLog(runs);
}

/// The same processing time n times, then another m times.
QVector<qint64> twoValues(int n, qint64 a, int m, qint64 b)
{
    QVector<qint64> values(n, a);
    values.append(QVector<qint64>(m, b));
    return values;
}

} // namespace

class TestImpact : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // impact versus effort
    void impactIsWaitingPlusProcessingTimesExecutionsPerMonth();
    void quadrantOfAStep_data();
    void quadrantOfAStep();
    void withoutRunsTheEnteredFrequencyPlacesTheFourQuadrants();
    void withoutRunsOrFrequencyNothingIsMeasured();

    // automation candidates
    void kindFromTheName_data();
    void kindFromTheName();
    void movingDataBetweenSystemsByHand_data();
    void movingDataBetweenSystemsByHand();
    void frequentSteadyAndErraticTimes_data();
    void frequentSteadyAndErraticTimes();
    void longWaitingBeforeTheStep_data();
    void longWaitingBeforeTheStep();
    void frequentReworkIsFixFirst_data();
    void frequentReworkIsFixFirst();
    void aValidationProblemIsFixFirst();
    void theSavingIsTheWhatIfs();
    void withoutSavingsTheSameCandidatesAreFound();
    void withoutRunsTheSavingIsSeventyPercentOfTheEnteredImpact();
    void markedTasksAreListedAndDecidedOnesGoLast();
    void theSummaryNamesTheFiguresInPlainWords();

    // the Improve tab
    void markingACandidatePlannedIsOneUndoableEdit();
    void clickingARankedRowEmitsStepActivated();
    void clickingAPointOfTheChartEmitsStepActivated();
    void renamingATaskRefreshesTheTab();
    void aClickInTheImproveTabSelectsTheStepOnTheMap();
    void runsPerMonthIsEnteredInThePropertiesAndUndone();

private:
    /// A workspace in a temporary folder with the shared map and log; the map as stored.
    Process storeShared();
    void openView(const Process &process);
    void waitForFigures();

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProcessDocument> m_document;
    std::unique_ptr<ImproveView> m_view;
};

void TestImpact::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_impact"));
}

void TestImpact::cleanup()
{
    m_view.reset();
    m_document.reset();
    m_workspace.reset();
    m_dir.reset();
    QSettings().clear();
}

// --- impact versus effort

void TestImpact::impactIsWaitingPlusProcessingTimesExecutionsPerMonth()
{
    const Process p = sharedMap();
    QVERIFY(validate(p).isEmpty());
    const ImpactAnalysis impact = computeImpact(p, sharedLog(), StatsOptions());
    QCOMPARE(impact.runs, qint64(2));
    QCOMPARE(impact.months, 2.0);
    QCOMPARE(impact.runsPerMonth, 1.0);
    QVERIFY(impact.fromRuns);
    // Only the three tasks, the most hours first:
    //   Send welcome email: (3 h + 0.75 h) * 1 a month = 3.75 h (3 h waiting, 0.75 h work)
    //   Check contract:     (0 h + 2 h) * 1 a month    = 2 h
    //   Review offer:       never executed             = 0 h
    QCOMPARE(impact.steps.size(), 3);
    const StepImpact &email = impact.steps.at(0);
    QCOMPARE(email.name, QStringLiteral("Send welcome email"));
    QCOMPARE(email.source, StepImpact::Source::Runs);
    QCOMPARE(email.executionsPerMonth, 1.0);
    QCOMPARE(email.waitingS, 3 * 3600.0);
    QCOMPARE(email.processingS, 0.75 * 3600.0);
    QCOMPARE(email.hoursPerMonth, 3.75);
    QCOMPARE(email.waitingHoursPerMonth, 3.0);
    QCOMPARE(email.processingHoursPerMonth, 0.75);
    const StepImpact &check = impact.steps.at(1);
    QCOMPARE(check.name, QStringLiteral("Check contract"));
    QCOMPARE(check.waitingS, 0.0);
    QCOMPARE(check.hoursPerMonth, 2.0);
    const StepImpact &review = impact.steps.at(2);
    QCOMPARE(review.name, QStringLiteral("Review offer"));
    QVERIFY(review.hasImpact());
    QCOMPARE(review.hoursPerMonth, 0.0);
    QVERIFY(!review.isPlotted()); // no estimate: listed, not drawn

    // Medians of the two plotted: impact (2 + 3.75) / 2 = 2.875 h, effort (4 + 2) / 2 = 3 h.
    QCOMPARE(impact.plottedCount(), 2);
    QCOMPARE(impact.impactThresholdH, 2.875);
    QCOMPARE(impact.effortThresholdH, 3.0);
    QCOMPARE(email.quadrant, ImpactQuadrant::QuickWin); // 3.75 >= 2.875, 2 <= 3
    QCOMPARE(check.quadrant, ImpactQuadrant::MoneyPit); // 2 < 2.875, 4 > 3
    QCOMPARE(review.quadrant, ImpactQuadrant::NotEstimated);
}

void TestImpact::quadrantOfAStep_data()
{
    QTest::addColumn<double>("impact");
    QTest::addColumn<double>("effort");
    QTest::addColumn<ImpactQuadrant>("quadrant");
    // Thresholds: 10 h a month, 5 h of effort.
    QTest::newRow("much time, little effort is a quick win")
        << 20.0 << 2.0 << ImpactQuadrant::QuickWin;
    QTest::newRow("much time, much effort is a big bet") << 20.0 << 8.0 << ImpactQuadrant::BigBet;
    QTest::newRow("little time, little effort is a fill-in")
        << 3.0 << 2.0 << ImpactQuadrant::FillIn;
    QTest::newRow("little time, much effort is a money pit")
        << 3.0 << 8.0 << ImpactQuadrant::MoneyPit;
    QTest::newRow("on both lines counts to the better sides")
        << 10.0 << 5.0 << ImpactQuadrant::QuickWin;
    QTest::newRow("no estimate is not on the chart") << 20.0 << 0.0 << ImpactQuadrant::NotEstimated;
}

void TestImpact::quadrantOfAStep()
{
    QFETCH(double, impact);
    QFETCH(double, effort);
    QFETCH(ImpactQuadrant, quadrant);
    QCOMPARE(impactQuadrant(impact, effort, 10, 5), quadrant);
}

void TestImpact::withoutRunsTheEnteredFrequencyPlacesTheFourQuadrants()
{
    Process p = mapOf({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                       QStringLiteral("D"), QStringLiteral("E")});
    p.runsPerMonth = 10;
    const struct
    {
        const char *name;
        qint64 expectedS;
        double effortH;
    } tasks[]
        = {{"A", 3600, 1}, {"B", 7200, 8}, {"C", 3 * 3600, 2}, {"D", 4 * 3600, 9}, {"E", 0, 3}};
    for (const auto &t : tasks) {
        Step *s = task(p, QLatin1String(t.name));
        s->expectedDurationS = t.expectedS;
        s->automationEffortH = t.effortH;
    }
    const ImpactAnalysis impact = computeImpact(p, RunLog(), StatsOptions());
    QVERIFY(!impact.fromRuns);
    QCOMPARE(impact.runsPerMonth, 10.0);
    // Expected duration * 10 runs a month: A 10 h, B 20 h, C 30 h, D 40 h; E has no duration.
    // Medians of A-D: impact (20 + 30) / 2 = 25 h, effort (2 + 8) / 2 = 5 h.
    QCOMPARE(impact.impactThresholdH, 25.0);
    QCOMPARE(impact.effortThresholdH, 5.0);
    const auto check = [&](const char *name, double hours, ImpactQuadrant quadrant) {
        const StepImpact *s = impact.step(idOf(p, QLatin1String(name)));
        QVERIFY(s);
        QCOMPARE(s->source, StepImpact::Source::Entered);
        QCOMPARE(s->executionsPerMonth, 10.0);
        QCOMPARE(s->hoursPerMonth, hours);
        QCOMPARE(s->processingHoursPerMonth, hours);
        QCOMPARE(s->waitingHoursPerMonth, 0.0);
        QCOMPARE(s->quadrant, quadrant);
    };
    check("A", 10, ImpactQuadrant::FillIn); // 10 < 25, 1 <= 5
    check("B", 20, ImpactQuadrant::MoneyPit); // 20 < 25, 8 > 5
    check("C", 30, ImpactQuadrant::QuickWin); // 30 >= 25, 2 <= 5
    check("D", 40, ImpactQuadrant::BigBet); // 40 >= 25, 9 > 5
    const StepImpact *e = impact.step(idOf(p, QStringLiteral("E")));
    QCOMPARE(e->source, StepImpact::Source::None);
    QCOMPARE(e->quadrant, ImpactQuadrant::NotEstimated);
    QCOMPARE(impact.steps.last().name, QStringLiteral("E")); // no figures: last
    QCOMPARE(impact.steps.first().name, QStringLiteral("D"));

    const QStringList summary = improvementSummary(analyzeImprovement(p, RunLog(), {}));
    // D at 4 h and 10 runs a month: 40 h.
    QVERIFY2(summary.value(0).contains(QStringLiteral("\u201cD\u201d"))
                 && summary.value(0).contains(QStringLiteral("40 hour")),
             qPrintable(summary.join(QLatin1Char('\n'))));
    QVERIFY(summary.join(QLatin1Char(' ')).contains(QStringLiteral("runs per month entered")));
}

void TestImpact::withoutRunsOrFrequencyNothingIsMeasured()
{
    Process p = mapOf({QStringLiteral("A")});
    task(p, QStringLiteral("A"))->expectedDurationS = 3600;
    task(p, QStringLiteral("A"))->automationEffortH = 2;
    const Improvement improvement = analyzeImprovement(p, RunLog(), {});
    QCOMPARE(improvement.impact.steps.size(), 1);
    QVERIFY(!improvement.impact.steps.first().hasImpact());
    QCOMPARE(improvement.impact.plottedCount(), 0);
    const QStringList summary = improvementSummary(improvement);
    QVERIFY2(summary.value(0).contains(QStringLiteral("Runs per month")),
             qPrintable(summary.join(QLatin1Char('\n'))));
}

// --- automation candidates

void TestImpact::kindFromTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rule"); // -1: none
    const auto row = [](const char *name, int rule) {
        QTest::newRow(name) << QString::fromLatin1(name) << rule;
    };
    row("Enter data", int(Rule::DataEntry)); // the data entry preset's name
    row("Log ticket", int(Rule::DataEntry));
    row("Create client record", int(Rule::DataEntry));
    row("Notify", int(Rule::Notification)); // the notification preset's name
    row("Send welcome email", int(Rule::Notification));
    row("Approve", int(Rule::Approval)); // the approval preset's name
    row("Manager signs off the discount", -1); // "signs" is not "sign off"
    row("Sign-off by the manager", int(Rule::Approval));
    row("Update status in the CRM", int(Rule::StatusUpdate));
    row("Close ticket", int(Rule::StatusUpdate));
    row("Hold kick-off call", -1);
    row("Blogging and catalogues", -1); // "log" only as a whole word
}

void TestImpact::kindFromTheName()
{
    QFETCH(QString, name);
    QFETCH(int, rule);
    const std::optional<Rule> found = kindFromName(name);
    QCOMPARE(found ? int(*found) : -1, rule);
}

void TestImpact::movingDataBetweenSystemsByHand_data()
{
    QTest::addColumn<QStringList>("systems");
    QTest::addColumn<int>("laneKind");
    QTest::addColumn<int>("automation");
    QTest::addColumn<bool>("found");
    const int role = int(Lane::Kind::Role), system = int(Lane::Kind::System);
    const int manual = int(Step::Automation::Manual);
    const QStringList two = {QStringLiteral("CRM"), QStringLiteral("Mail")};
    QTest::newRow("two systems by hand") << two << role << manual << true;
    QTest::newRow("three systems by a candidate")
        << (two + QStringList {QStringLiteral("ERP")}) << role << int(Step::Automation::Candidate)
        << true;
    QTest::newRow("one system") << QStringList {QStringLiteral("CRM")} << role << manual << false;
    QTest::newRow("two systems in a system lane") << two << system << manual << false;
    QTest::newRow("two systems, automated")
        << two << role << int(Step::Automation::Automated) << false;
}

void TestImpact::movingDataBetweenSystemsByHand()
{
    QFETCH(QStringList, systems);
    QFETCH(int, laneKind);
    QFETCH(int, automation);
    QFETCH(bool, found);
    Process p = mapOf({QStringLiteral("Copy figures")});
    Step *s = task(p, QStringLiteral("Copy figures"));
    s->systems = systems;
    s->automation = Step::Automation(automation);
    p.lanes[0].kind = Lane::Kind(laneKind);
    const Improvement improvement = analyzeImprovement(p, RunLog(), {});
    const AutomationCandidate *c = improvement.candidates.candidate(s->id);
    QCOMPARE(rulesOf(c).contains(Rule::BetweenSystems), found);
    if (found) {
        // "Copy" also says data entry; the systems rule names the systems.
        const auto reason
            = std::find_if(c->reasons.cbegin(), c->reasons.cend(),
                           [](const CandidateReason &r) { return r.rule == Rule::BetweenSystems; });
        QVERIFY(reason->text.contains(systems.first()));
        QVERIFY(ruleCandidateIds(improvement.candidates).contains(s->id));
    }
}

void TestImpact::frequentSteadyAndErraticTimes_data()
{
    QTest::addColumn<QVector<qint64>>("processing");
    QTest::addColumn<bool>("steady");
    QTest::addColumn<bool>("erratic");
    // Runs a day apart span less than a month: executions a month = runs.
    // 10 x 10 min and 10 x 14 min: mean 12 min, standard deviation 2 min, variation 1/6 < 0.5;
    // 20 a month >= 20.
    QTest::newRow("20 a month, 10 and 14 min, is steady")
        << twoValues(10, 10 * Minute, 10, 14 * Minute) << true << false;
    // The same with 19: fewer than 20 a month.
    QTest::newRow("19 a month is not frequent")
        << twoValues(10, 10 * Minute, 9, 14 * Minute) << false << false;
    // 10 x 2 min and 10 x 22 min: mean 12, deviation 10, variation 0.83: neither.
    QTest::newRow("2 and 22 min vary too much to be steady but are not erratic")
        << twoValues(10, 2 * Minute, 10, 22 * Minute) << false << false;
    // 8 x 1 min and 2 x 41 min: mean (8 + 82) / 10 = 9 min, variance (8 * 64 + 2 * 1024) / 10 =
    // 256, deviation 16 min, variation 1.78 > 1: erratic.
    QTest::newRow("1 and 41 min are erratic")
        << twoValues(8, Minute, 2, 41 * Minute) << false << true;
    // 4 executions are too few to say anything about variation.
    QTest::newRow("too few to say") << twoValues(2, Minute, 2, 41 * Minute) << false << false;
}

void TestImpact::frequentSteadyAndErraticTimes()
{
    QFETCH(QVector<qint64>, processing);
    QFETCH(bool, steady);
    QFETCH(bool, erratic);
    Process p = mapOf({QStringLiteral("Open mail"), QStringLiteral("Check invoice")});
    // Two systems: always a candidate, so what to fix first shows whatever the other rules say.
    task(p, QStringLiteral("Check invoice"))->systems
        = QStringList {QStringLiteral("Mail"), QStringLiteral("Accounting")};
    const RunLog log = invoiceLog(processing);
    const Improvement improvement = analyzeImprovement(p, log, {});
    const AutomationCandidate *c
        = improvement.candidates.candidate(idOf(p, QStringLiteral("Check invoice")));
    QVERIFY(c);
    QCOMPARE(c->variation.measured, qint64(processing.size()));
    QCOMPARE(rulesOf(c).contains(Rule::FrequentAndSteady), steady);
    QCOMPARE(fixesOf(c).contains(FixKind::Erratic), erratic);
    QCOMPARE(c->isFixFirst(), erratic);
    if (steady)
        QCOMPARE(c->variation.variation(), 1.0 / 6.0);
    if (erratic)
        QCOMPARE(c->variation.stddevS, 16 * 60.0);
}

void TestImpact::longWaitingBeforeTheStep_data()
{
    QTest::addColumn<qint64>("wait");
    QTest::addColumn<qint64>("processing");
    QTest::addColumn<bool>("found");
    QTest::newRow("3 h waiting, 45 min work: 80 % waiting") << 3 * Hour << 45 * Minute << true;
    QTest::newRow("1 h waiting, 1 h work: half, and an hour") << Hour << Hour << true;
    QTest::newRow("54 min waiting, 6 min work: under an hour")
        << 54 * Minute << 6 * Minute << false;
    QTest::newRow("2 h waiting, 3 h work: 40 % waiting") << 2 * Hour << 3 * Hour << false;
}

void TestImpact::longWaitingBeforeTheStep()
{
    QFETCH(qint64, wait);
    QFETCH(qint64, processing);
    QFETCH(bool, found);
    Process p = mapOf({QStringLiteral("Open mail"), QStringLiteral("Book visit")});
    task(p, QStringLiteral("Book visit"))->automation = Step::Automation::Candidate;
    const qint64 begin = T0 + 10 * Minute + wait;
    const RunLog log = makeLog({{{QStringLiteral("Open mail"), T0, T0 + 10 * Minute},
                                 {QStringLiteral("Book visit"), begin, begin + processing}}});
    const Improvement improvement = analyzeImprovement(p, log, {});
    const AutomationCandidate *c
        = improvement.candidates.candidate(idOf(p, QStringLiteral("Book visit")));
    QVERIFY(c); // marked a candidate: listed either way
    QCOMPARE(rulesOf(c).contains(Rule::LongWait), found);
    QCOMPARE(rulesOf(c).contains(Rule::Marked), !found);
}

void TestImpact::frequentReworkIsFixFirst_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("repeating");
    QTest::addColumn<bool>("fixFirst");
    QTest::newRow("1 of 10 runs repeats it: 10 %") << 10 << 1 << true;
    QTest::newRow("1 of 11 runs repeats it: 9.1 %") << 11 << 1 << false;
    QTest::newRow("every run repeats it, but there are only 4") << 4 << 4 << false;
}

void TestImpact::frequentReworkIsFixFirst()
{
    QFETCH(int, runs);
    QFETCH(int, repeating);
    QFETCH(bool, fixFirst);
    Process p = mapOf({QStringLiteral("Fix laptop")});
    task(p, QStringLiteral("Fix laptop"))->automation = Step::Automation::Candidate;
    QVector<QVector<Exec>> executions;
    for (int i = 0; i < runs; ++i) {
        const qint64 start = T0 + i * Day;
        QVector<Exec> run = {{QStringLiteral("Fix laptop"), start, start + Hour}};
        if (i < repeating)
            run.append({QStringLiteral("Fix laptop"), start + 2 * Hour, start + 3 * Hour});
        executions.append(run);
    }
    const Improvement improvement = analyzeImprovement(p, makeLog(executions), {});
    const AutomationCandidate *c
        = improvement.candidates.candidate(idOf(p, QStringLiteral("Fix laptop")));
    QVERIFY(c);
    QCOMPARE(c->variation.runsWith, qint64(runs));
    QCOMPARE(c->variation.repeatRuns, qint64(repeating));
    QCOMPARE(fixesOf(c).contains(FixKind::Rework), fixFirst);
    if (fixFirst) {
        // "... in 10 % of the runs that have it (1 of 10) ..."
        QVERIFY2(c->fixFirst.first().text.contains(QStringLiteral("(1 of 10)")),
                 qPrintable(c->fixFirst.first().text));
    }
}

void TestImpact::aValidationProblemIsFixFirst()
{
    Process p = mapOf({QStringLiteral("Enter order")});
    Step *s = task(p, QStringLiteral("Enter order"));
    QVERIFY(!fixesOf(analyzeImprovement(p, RunLog(), {}).candidates.candidate(s->id))
                 .contains(FixKind::Validation));
    s->definitionOfDone.clear(); // a task without a definition of done: a validation problem
    const Improvement improvement = analyzeImprovement(p, RunLog(), {});
    const AutomationCandidate *c = improvement.candidates.candidate(s->id);
    QVERIFY(c); // data entry by its name
    QCOMPARE(fixesOf(c), QVector<FixKind> {FixKind::Validation});
    QVERIFY(c->fixFirst.first().text.contains(QStringLiteral("Enter order")));
    const QStringList summary = improvementSummary(improvement);
    QVERIFY2(summary.join(QLatin1Char(' '))
                 .contains(QStringLiteral("Fix \u201cEnter order\u201d before automating it")),
             qPrintable(summary.join(QLatin1Char('\n'))));
}

void TestImpact::theSavingIsTheWhatIfs()
{
    Process p = sharedMap();
    const RunLog log = sharedLog();
    const Improvement improvement = analyzeImprovement(p, log, {});
    const AutomationCandidate *c
        = improvement.candidates.candidate(idOf(p, QStringLiteral("Send welcome email")));
    QVERIFY(c);
    QVERIFY(c->savingFromRuns);
    // 70 % of its waiting and processing over the 2 months: 0.7 * (2 h + 0.5 h + 4 h + 1 h) / 2
    // = 2.625 h a month, of which work 0.7 * 0.75 h = 0.525 h.
    QCOMPARE(c->savedHoursPerMonth, 2.625);
    QCOMPARE(c->savedWorkHoursPerMonth, 0.525);
    const WhatIfResult whatIf
        = computeWhatIf(log, {{QStringLiteral("Send welcome email"), 70}}, StatsOptions());
    QCOMPARE(c->savedHoursPerMonth, whatIf.savedHoursPerMonth());
}

void TestImpact::withoutSavingsTheSameCandidatesAreFound()
{
    // What the diagnostic asks: the same candidates for the same reasons, without the replay.
    const Process p = sharedMap();
    const RunLog log = sharedLog();
    const Improvement full = analyzeImprovement(p, log, {});
    const Improvement found = analyzeImprovement(p, log, {}, DefaultWhatIfPercent, false);
    QVERIFY(!full.candidates.candidates.isEmpty());
    QCOMPARE(ruleCandidateIds(found.candidates), ruleCandidateIds(full.candidates));
    for (const AutomationCandidate &c : full.candidates.candidates) {
        const AutomationCandidate *same = found.candidates.candidate(c.stepId);
        QVERIFY(same);
        QCOMPARE(rulesOf(same), rulesOf(&c));
        QCOMPARE(same->isFixFirst(), c.isFixFirst());
    }
    // Without the replay nothing is said of what runs would save.
    const AutomationCandidate *email
        = found.candidates.candidate(idOf(p, QStringLiteral("Send welcome email")));
    QVERIFY(email);
    QCOMPARE(email->savedHoursPerMonth, 0.0);
}

void TestImpact::withoutRunsTheSavingIsSeventyPercentOfTheEnteredImpact()
{
    Process p = mapOf({QStringLiteral("Send invoice")});
    p.runsPerMonth = 30;
    task(p, QStringLiteral("Send invoice"))->expectedDurationS = 20 * 60;
    const Improvement improvement = analyzeImprovement(p, RunLog(), {});
    const AutomationCandidate *c = improvement.candidates.candidate(
        idOf(p, QStringLiteral("Send invoice"))); // a notification by its name
    QVERIFY(c);
    QVERIFY(!c->savingFromRuns);
    // 20 min * 30 runs a month = 10 h; 70 % of it: 7 h.
    QCOMPARE(c->savedHoursPerMonth, 7.0);
}

void TestImpact::markedTasksAreListedAndDecidedOnesGoLast()
{
    Process p = mapOf({QStringLiteral("Plain"), QStringLiteral("Marked"),
                       QStringLiteral("Automated alone"), QStringLiteral("Send reminder"),
                       QStringLiteral("Enter hours"), QStringLiteral("Approve leave"),
                       QStringLiteral("Notify team")});
    task(p, QStringLiteral("Marked"))->automation = Step::Automation::Candidate;
    task(p, QStringLiteral("Automated alone"))->automation = Step::Automation::Automated;
    task(p, QStringLiteral("Send reminder"))->automation = Step::Automation::Automated;
    task(p, QStringLiteral("Enter hours"))->automation = Step::Automation::Rejected;
    task(p, QStringLiteral("Approve leave"))->automation = Step::Automation::Planned;
    const CandidateAnalysis candidates = analyzeImprovement(p, RunLog(), {}).candidates;
    QStringList order;
    for (const AutomationCandidate &c : candidates.candidates)
        order << c.name;
    // Undecided first (a marked one and one by its name, by name as no saving is known), then
    // planned, automated and rejected; a plain task and an automated one no rule finds are not
    // listed.
    QCOMPARE(order,
             (QStringList {QStringLiteral("Marked"), QStringLiteral("Notify team"),
                           QStringLiteral("Approve leave"), QStringLiteral("Send reminder"),
                           QStringLiteral("Enter hours")}));
    QCOMPARE(rulesOf(candidates.candidate(idOf(p, QStringLiteral("Marked")))),
             QVector<Rule> {Rule::Marked});
    // The rules' candidates for the diagnostic: not the one only marked.
    ItemIds expected
        = {idOf(p, QStringLiteral("Send reminder")), idOf(p, QStringLiteral("Enter hours")),
           idOf(p, QStringLiteral("Approve leave")), idOf(p, QStringLiteral("Notify team"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ruleCandidateIds(candidates), expected);
}

void TestImpact::theSummaryNamesTheFiguresInPlainWords()
{
    const Process p = sharedMap();
    const QStringList summary = improvementSummary(analyzeImprovement(p, sharedLog(), {}));
    const QString all = summary.join(QLatin1Char('\n'));
    // Send welcome email: 3.75 h a month, 3 h of it waiting (80 %): "mostly waiting".
    QVERIFY2(summary.value(0).startsWith(QStringLiteral("\u201cSend welcome email\u201d")),
             qPrintable(all));
    QVERIFY2(summary.value(0).contains(QStringLiteral("3.8 hours")), qPrintable(all));
    QVERIFY2(summary.value(0).contains(QStringLiteral("mostly waiting")), qPrintable(all));
    // Its saving: 2.625 h, 0.525 h (32 min) of it work; found as a notification.
    QVERIFY2(summary.value(1).startsWith(QStringLiteral("Automating \u201cSend welcome email\u201d "
                                                        "would save about 2.6 hours a month")),
             qPrintable(all));
    QVERIFY2(summary.value(1).contains(QStringLiteral("it sends a message")), qPrintable(all));
    // The quick win of the chart.
    QVERIFY2(all.contains(QStringLiteral("Quick wins")), qPrintable(all));
}

// --- the Improve tab

Process TestImpact::storeShared()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    if (!m_workspace->open(m_dir->filePath(QStringLiteral("improve.stepwise"))))
        return {};
    Process p = sharedMap();
    task(p, QStringLiteral("Check contract"))->automation = Step::Automation::Candidate;
    p.id = m_workspace->createProcess(p.name);
    if (!p.id || !m_workspace->saveProcess(p) || !m_workspace->saveRuns(p.id, sharedLog()))
        return {};
    return *m_workspace->loadProcess(p.id);
}

void TestImpact::openView(const Process &process)
{
    m_document = std::make_unique<ProcessDocument>(process);
    m_view = std::make_unique<ImproveView>();
    m_view->resize(1300, 900);
    m_view->setSource(m_workspace.get(), m_document.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    waitForFigures();
}

void TestImpact::waitForFigures()
{
    QVERIFY(QTest::qWaitFor([this] { return !m_view->isComputing(); }, 20000));
    QVERIFY(m_view->improvement());
}

void TestImpact::markingACandidatePlannedIsOneUndoableEdit()
{
    const Process process = storeShared();
    QVERIFY(process.id);
    openView(process);
    const ItemId check = idOf(process, QStringLiteral("Check contract"));

    // To the candidates, by a click on the section list.
    QListWidget *sections = m_view->sectionList();
    QTest::mouseClick(
        sections->viewport(), Qt::LeftButton, {},
        sections->visualItemRect(sections->item(ImproveView::CandidatesSection)).center());
    QCOMPARE(m_view->currentSection(), int(ImproveView::CandidatesSection));
    QComboBox *combo = m_view->decisionCombo(check);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Not decided"));

    // Open the list and click "Planned".
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *list = combo->view();
    QVERIFY(QTest::qWaitForWindowExposed(list->window()));
    // The list ignores a release right after it opened (the opening click's own).
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QModelIndex planned = list->model()->index(combo->findText(QStringLiteral("Planned")), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(planned).center());

    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(m_document->process().step(check)->automation, Step::Automation::Planned);
    QCOMPARE(stack->count(), 1);
    waitForFigures();
    QCOMPARE(m_view->improvement()->candidates.candidate(check)->state, Step::Automation::Planned);
    QCOMPARE(m_view->decisionCombo(check)->currentText(), QStringLiteral("Planned"));

    stack->undo();
    QCOMPARE(m_document->process().step(check)->automation, Step::Automation::Candidate);
    waitForFigures();
    QCOMPARE(m_view->decisionCombo(check)->currentText(), QStringLiteral("Not decided"));
    stack->redo();
    QCOMPARE(m_document->process().step(check)->automation, Step::Automation::Planned);
}

void TestImpact::clickingARankedRowEmitsStepActivated()
{
    const Process process = storeShared();
    QVERIFY(process.id);
    openView(process);
    QTreeWidget *ranked = m_view->rankedList();
    // Ranked by hours a month: Send welcome email (3.75 h), Check contract (2 h), Review offer.
    QCOMPARE(ranked->topLevelItemCount(), 3);
    QCOMPARE(ranked->topLevelItem(0)->text(ImproveView::RankStepColumn),
             QStringLiteral("Send welcome email"));
    QCOMPARE(ranked->topLevelItem(0)->text(ImproveView::RankQuadrantColumn),
             QStringLiteral("Quick wins"));
    QSignalSpy spy(m_view.get(), &ImproveView::stepActivated);
    QTreeWidgetItem *item = m_view->rankedItem(idOf(process, QStringLiteral("Check contract")));
    QVERIFY(item);
    QTest::mouseClick(ranked->viewport(), Qt::LeftButton, {},
                      ranked->visualItemRect(item).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ItemId>(), idOf(process, QStringLiteral("Check contract")));
}

void TestImpact::clickingAPointOfTheChartEmitsStepActivated()
{
    const Process process = storeShared();
    QVERIFY(process.id);
    openView(process);
    QTest::qWait(50); // the chart is laid out
    const ItemId email = idOf(process, QStringLiteral("Send welcome email"));
    QCustomPlot *plot = m_view->impactPlot();
    plot->replot();
    const QPointF at = m_view->pointPosition(email);
    QVERIFY(at.x() >= 0);
    QVERIFY(m_view->pointPosition(idOf(process, QStringLiteral("Review offer"))).x() < 0);
    QSignalSpy spy(m_view.get(), &ImproveView::stepActivated);
    QTest::mouseClick(plot, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ItemId>(), email);
    // Away from every dot: nothing.
    QTest::mouseClick(plot, Qt::LeftButton, {}, (at + QPointF(40, 40)).toPoint());
    QCOMPARE(spy.count(), 1);
}

void TestImpact::renamingATaskRefreshesTheTab()
{
    const Process process = storeShared();
    QVERIFY(process.id);
    openView(process);
    const ItemId check = idOf(process, QStringLiteral("Check contract"));
    QSignalSpy updated(m_view.get(), &ImproveView::updated);
    QVERIFY(m_document->setValue(ObjectType::Step, {check}, Property::Name,
                                 QStringLiteral("Check the contract")));
    QVERIFY(updated.wait(5000));
    waitForFigures();
    // The runs know it by its old name: it costs nothing now, and says so.
    QCOMPARE(m_view->rankedItem(check)->text(ImproveView::RankStepColumn),
             QStringLiteral("Check the contract"));
    QCOMPARE(m_view->improvement()->impact.step(check)->hoursPerMonth, 0.0);
}

void TestImpact::aClickInTheImproveTabSelectsTheStepOnTheMap()
{
    const Process process = storeShared();
    QVERIFY(process.id);
    MainWindow window(m_workspace.get());
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.document()->process().id, process.id);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ImproveView *view = window.improveView();
    tabs->setCurrentWidget(view);
    QVERIFY(QTest::qWaitFor([view] { return !view->isComputing(); }, 20000));
    const ItemId email = idOf(process, QStringLiteral("Send welcome email"));
    QTreeWidgetItem *item = view->rankedItem(email);
    QVERIFY(item);
    QTreeWidget *ranked = view->rankedList();
    QTest::mouseClick(ranked->viewport(), Qt::LeftButton, {},
                      ranked->visualItemRect(item).center());
    QCOMPARE(tabs->currentIndex(), 0); // the map
    QCOMPARE(window.mapView()->processScene()->selectedStepIds(), ItemIds {email});
}

void TestImpact::runsPerMonthIsEnteredInThePropertiesAndUndone()
{
    ProcessDocument document(mapOf({QStringLiteral("A")}));
    PropertiesPanel panel;
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *spin = panel.findChild<QDoubleSpinBox *>(QStringLiteral("runsPerMonthSpin"));
    QVERIFY(spin);
    QVERIFY(spin->isVisible());
    QCOMPARE(spin->text(), QStringLiteral("not entered"));
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QStringLiteral("30"));
    QCOMPARE(document.process().runsPerMonth, 30.0);
    // "3", then "30": one undo step.
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.process().runsPerMonth, 0.0);
    QCOMPARE(spin->value(), 0.0);
}

QTEST_MAIN(TestImpact)
#include "tst_impact.moc"
