// What-if: the runs replayed with steps automated, against figures worked out by hand; the
// `whatif` command as a user scripts it (the real binary, its JSON and exit codes); and the
// What-if panel driven with mouse and keys.

#include "improve/whatifpanel.h"

#include "analysis/businesscalendar.h"
#include "analysis/whatif.h"
#include "runs/importer.h"
#include "workspace/workspace.h"

#include "runprogram.h"
#include "workspacedump.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>
#include <limits>

using namespace Stepwise;

namespace {

constexpr double Unknown = std::numeric_limits<double>::quiet_NaN();
constexpr double MinuteS = 60.0;

// Monday 2 March 2026, 00:00 UTC.
qint64 t0()
{
    return QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// An execution in minutes after the start of its run's day; NaN: unknown.
struct Ex
{
    const char *activity;
    double start;
    double complete;
};

struct RunSpec
{
    QVector<Ex> executions;
    double day = 0; ///< the run's day after t0()
};

qint64 msAt(double day, double minutes)
{
    return t0() + qint64(std::llround(day * 86400000.0 + minutes * 60000.0));
}

RunLog logOf(const QVector<RunSpec> &runs)
{
    RunLog log;
    int caseNumber = 0;
    for (const RunSpec &spec : runs) {
        Run run;
        run.caseId = QStringLiteral("R%1").arg(++caseNumber);
        int order = 0;
        for (const Ex &ex : spec.executions) {
            Execution e;
            const QString name = QString::fromLatin1(ex.activity);
            int a = int(log.activities.indexOf(name));
            if (a < 0) {
                a = int(log.activities.size());
                log.activities.append(name);
            }
            e.activity = a;
            e.order = order++;
            e.startMs = std::isnan(ex.start) ? NoTime : msAt(spec.day, ex.start);
            e.completeMs = std::isnan(ex.complete) ? NoTime : msAt(spec.day, ex.complete);
            for (qint64 t : {e.startMs, e.completeMs}) {
                if (t == NoTime)
                    continue;
                ++run.events;
                if (run.firstMs == NoTime || t < run.firstMs)
                    run.firstMs = t;
                if (run.lastMs == NoTime || t > run.lastMs)
                    run.lastMs = t;
            }
            run.executions.append(e);
        }
        std::sort(run.executions.begin(), run.executions.end(), RunOrderLess());
        log.runs.append(run);
    }
    return log;
}

// Three runs: B is in the first and the third.
//   R1: A 0-10, B 30-50 (waited 20, took 20), C 60-70      cycle 70 min
//   R2: A 0-5, C 20-40                                     cycle 40 min
//   R3: A 0-10, B 15-20 (waited 5, took 5), C 20-60        cycle 60 min
RunLog threeRuns()
{
    return logOf({{{{"A", 0, 10}, {"B", 30, 50}, {"C", 60, 70}}, 0},
                  {{{"A", 0, 5}, {"C", 20, 40}}, 0},
                  {{{"A", 0, 10}, {"B", 15, 20}, {"C", 20, 60}}, 0}});
}

QVector<double> minutes(const QVector<double> &seconds)
{
    QVector<double> out;
    for (double s : seconds)
        out.append(s / MinuteS);
    return out;
}

// The execution of an activity in a run of a log (the n-th of that activity).
const Execution *executionOf(const RunLog &log, int run, const QString &activity, int nth = 0)
{
    const int a = int(log.activities.indexOf(activity));
    for (const Execution &e : log.runs.at(run).executions) {
        if (e.activity == a && nth-- == 0)
            return &e;
    }
    return nullptr;
}

double minutesOf(qint64 ms, double day = 0)
{
    return ms == NoTime ? Unknown : double(ms - msAt(day, 0)) / 60000.0;
}

using Result = ProgramRun;

// The three runs as an event log with start and complete columns.
QByteArray threeRunsCsv()
{
    return "Case ID,Activity,Start Timestamp,Complete Timestamp\n"
           "R1,A,2026-03-02 00:00:00,2026-03-02 00:10:00\n"
           "R1,B,2026-03-02 00:30:00,2026-03-02 00:50:00\n"
           "R1,C,2026-03-02 01:00:00,2026-03-02 01:10:00\n"
           "R2,A,2026-03-02 00:00:00,2026-03-02 00:05:00\n"
           "R2,C,2026-03-02 00:20:00,2026-03-02 00:40:00\n"
           "R3,A,2026-03-02 00:00:00,2026-03-02 00:10:00\n"
           "R3,B,2026-03-02 00:15:00,2026-03-02 00:20:00\n"
           "R3,C,2026-03-02 00:20:00,2026-03-02 01:00:00\n";
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void automatingAStepRemovesItsShareFromEveryRunThatHasIt_data();
    void automatingAStepRemovesItsShareFromEveryRunThatHasIt();
    void everyRepeatedExecutionShrinks();
    void anUnknownStartShrinksOnlyTheWait_data();
    void anUnknownStartShrinksOnlyTheWait();
    void theFirstExecutionOfARunHasNoWaitToShrink();
    void aParallelBranchThatBeganDuringTheStepKeepsItsTimes();
    void aStepThatWaitedForAnUnchangedBranchDoesNotMove();
    void businessHoursShrinkWorkingTime();
    void slaComplianceBeforeAndAfter_data();
    void slaComplianceBeforeAndAfter();
    void savedHoursPerMonthOverTheMonthsTheRunsSpan_data();
    void savedHoursPerMonthOverTheMonthsTheRunsSpan();
    void stepNamesMatchCaseAndSpacesFoldedAndTheLastPercentWins();
    void theSameInputGivesTheSameOutput();
    void theSummarySaysItInPlainWords();

    void cliPrintsBeforeAndAfterAsJson();
    void cliPrintsAReadableTable();
    void cliRefusesBadInput_data();
    void cliRefusesBadInput();
    void cliOnAProcessWithoutRunsPrintsEmptyFigures();

    void panelTickingAStepChangesTheAfterFigures();

private:
    Result run(const QStringList &arguments);
    QString workspacePath() const { return m_dir->filePath(QStringLiteral("w.stepwise")); }
    void makeWorkspaceWithThreeRuns();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWhatIf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// --- the model

void TestWhatIf::automatingAStepRemovesItsShareFromEveryRunThatHasIt_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<QVector<double>>("cycles"); // after, minutes, ascending
    QTest::addColumn<double>("savedMinutes");
    QTest::addColumn<double>("r1CStart"); // where R1's C starts after, minutes

    // 100 %: R1 loses B's 20 min of waiting and 20 of processing, R3 its 5 and 5; R2 has no B.
    QTest::newRow("at 100 % removes exactly its processing time and the wait before it")
        << 100.0 << QVector<double> {30, 40, 50} << 50.0 << 20.0;
    // 50 %: R1 70 - 20 = 50, R3 60 - 5 = 55.
    QTest::newRow("at 50 % halves both") << 50.0 << QVector<double> {40, 50, 55} << 25.0 << 40.0;
    QTest::newRow("at 0 % changes nothing") << 0.0 << QVector<double> {40, 60, 70} << 0.0 << 60.0;
}

void TestWhatIf::automatingAStepRemovesItsShareFromEveryRunThatHasIt()
{
    QFETCH(double, percent);
    QFETCH(QVector<double>, cycles);
    QFETCH(double, savedMinutes);
    QFETCH(double, r1CStart);

    const RunLog log = threeRuns();
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), percent}}, {});
    QCOMPARE(minutes(result.before.cycleTimesS), (QVector<double> {40, 60, 70}));
    QCOMPARE(minutes(result.after.cycleTimesS), cycles);
    QCOMPARE(result.savedS, savedMinutes * MinuteS);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps.at(0).executions, 2);
    QCOMPARE(result.runsChanged, percent > 0 ? 2 : 0);

    // The engine measures the replay: B's processing (20 and 5 min) and waiting (20 and 5) shrink
    // by the percentage, the other steps keep theirs.
    const double keep = 1.0 - percent / 100.0;
    const auto step = [](const RunStats &stats, const QString &name) {
        for (const StepStats &s : stats.steps) {
            if (s.name == name)
                return s;
        }
        return StepStats();
    };
    QCOMPARE(step(result.after.stats, QStringLiteral("B")).processing.mean, 12.5 * MinuteS * keep);
    QCOMPARE(step(result.after.stats, QStringLiteral("B")).waiting.mean, 12.5 * MinuteS * keep);
    QCOMPARE(step(result.after.stats, QStringLiteral("C")).processing.mean,
             (10.0 + 20.0 + 40.0) / 3.0 * MinuteS);
    QCOMPARE(result.after.stats.runs, 3);
    QCOMPARE(result.after.stats.executions, 8);
    QCOMPARE(result.after.stats.cycleTime.p50, cycles.at(1) * MinuteS);

    // Everything after B moved earlier by what was saved.
    const RunLog after = replayWhatIf(log, {{QStringLiteral("B"), percent}}, {});
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("C"))->startMs), r1CStart);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("A"))->startMs), 0.0);
    // R2 has no B: nothing in it moves.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.runs.at(1).executions.at(i).startMs,
                 log.runs.at(1).executions.at(i).startMs);
        QCOMPARE(after.runs.at(1).executions.at(i).completeMs,
                 log.runs.at(1).executions.at(i).completeMs);
    }
}

void TestWhatIf::everyRepeatedExecutionShrinks()
{
    // A 0-10, B 20-30, A 40-50, B 60-70, C 70-80: each B waited 10 and took 10.
    const RunLog log
        = logOf({{{{"A", 0, 10}, {"B", 20, 30}, {"A", 40, 50}, {"B", 60, 70}, {"C", 70, 80}}, 0}});
    const RunLog after = replayWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    // The first B collapses onto A's complete; the second A moves 20 earlier; the second B
    // collapses onto its complete (30); C follows at once.
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("B"), 0)->startMs), 10.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("B"), 0)->completeMs), 10.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("A"), 1)->startMs), 20.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("B"), 1)->startMs), 30.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("C"))->completeMs), 40.0);
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    QCOMPARE(result.steps.at(0).executions, 2);
    QCOMPARE(result.savedS, 40 * MinuteS);
    QCOMPARE(minutes(result.after.cycleTimesS), QVector<double> {40});
}

void TestWhatIf::anUnknownStartShrinksOnlyTheWait_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("bComplete");
    QTest::addColumn<double>("cycle");

    // A 0-10, B completed at 30 (start unknown: waited 20, the complete standing in), C 40-50.
    QTest::newRow("at 100 % the wait is gone") << 100.0 << 10.0 << 30.0;
    QTest::newRow("at 50 % half of it") << 50.0 << 20.0 << 40.0;
}

void TestWhatIf::anUnknownStartShrinksOnlyTheWait()
{
    QFETCH(double, percent);
    QFETCH(double, bComplete);
    QFETCH(double, cycle);
    const RunLog log = logOf({{{{"A", 0, 10}, {"B", Unknown, 30}, {"C", 40, 50}}, 0}});
    const RunLog after = replayWhatIf(log, {{QStringLiteral("B"), percent}}, {});
    const Execution *b = executionOf(after, 0, QStringLiteral("B"));
    QCOMPARE(b->startMs, NoTime);
    QCOMPARE(minutesOf(b->completeMs), bComplete);
    // C keeps its own 10 minutes of processing.
    const Execution *c = executionOf(after, 0, QStringLiteral("C"));
    QCOMPARE(minutesOf(c->completeMs) - minutesOf(c->startMs), 10.0);
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), percent}}, {});
    QCOMPARE(minutes(result.after.cycleTimesS), QVector<double> {cycle});
    QCOMPARE(result.savedS, 20 * MinuteS * percent / 100.0);
}

void TestWhatIf::theFirstExecutionOfARunHasNoWaitToShrink()
{
    // B first, 0-30, then C 40-50: only B's 30 minutes of processing go.
    const RunLog log = logOf({{{{"B", 0, 30}, {"C", 40, 50}}, 0}});
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    QCOMPARE(result.savedS, 30 * MinuteS);
    QCOMPARE(minutes(result.after.cycleTimesS), QVector<double> {20});
    const RunLog after = replayWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    QCOMPARE(after.runs.at(0).firstMs, log.runs.at(0).firstMs);
}

void TestWhatIf::aParallelBranchThatBeganDuringTheStepKeepsItsTimes()
{
    // A 0-10; B 10-40 (automated); P 20-30 began while B was under way; J 40-50 after B.
    const RunLog log = logOf({{{{"A", 0, 10}, {"B", 10, 40}, {"P", 20, 30}, {"J", 40, 50}}, 0}});
    const RunLog after = replayWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    // P keeps its times and its duration; J followed B's complete and moves 30 earlier.
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("P"))->startMs), 20.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("P"))->completeMs), 30.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("J"))->startMs), 10.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("J"))->completeMs), 20.0);
    // The run now ends when P does.
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    QCOMPARE(minutes(result.after.cycleTimesS), QVector<double> {30});
    QCOMPARE(result.savedS, 30 * MinuteS);
}

void TestWhatIf::aStepThatWaitedForAnUnchangedBranchDoesNotMove()
{
    // A 0-10; B 10-20 (automated) and P 10-40 side by side; J 40-50 waited for P.
    const RunLog log = logOf({{{{"A", 0, 10}, {"B", 10, 20}, {"P", 10, 40}, {"J", 40, 50}}, 0}});
    const RunLog after = replayWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("B"))->completeMs), 10.0);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("J"))->startMs), 40.0);
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    QCOMPARE(minutes(result.after.cycleTimesS), QVector<double> {50});
    QCOMPARE(result.savedS, 10 * MinuteS); // B's work is saved; the run is no shorter
}

void TestWhatIf::businessHoursShrinkWorkingTime()
{
    // Mon-Fri 09:00-18:00 UTC. A on Friday 6 March 16:00-17:00; B on Monday 09:30-10:00: it
    // waited 1 working hour on Friday and 30 minutes on Monday, and took 30 minutes; C 11:00-12:00.
    // Cycle: 2 working hours on Friday, 3 on Monday.
    const double friday = 4, monday = 7;
    RunLog log = logOf({{{{"A", friday * 1440 + 16 * 60, friday * 1440 + 17 * 60},
                          {"B", monday * 1440 + 9.5 * 60, monday * 1440 + 10 * 60},
                          {"C", monday * 1440 + 11 * 60, monday * 1440 + 12 * 60}},
                         0}});
    StatsOptions options;
    options.duration = businessDuration(BusinessCalendar());
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), 100}}, options);
    QCOMPARE(result.before.cycleTimesS, QVector<double> {5 * 3600.0});
    // 2 working hours gone: B's wait and work; C now starts at Monday 09:00.
    QCOMPARE(result.after.cycleTimesS, QVector<double> {3 * 3600.0});
    QCOMPARE(result.savedS, 2 * 3600.0);
    const RunLog after = replayWhatIf(log, {{QStringLiteral("B"), 100}}, options);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("B"))->startMs),
             friday * 1440 + 17 * 60);
    QCOMPARE(minutesOf(executionOf(after, 0, QStringLiteral("C"))->startMs),
             monday * 1440 + 9 * 60);

    // At 50 %: B waits 45 working minutes (Friday 17:00-17:45) and takes 15 (its complete lands
    // on Monday 09:00, the start of the next working period); C moves 1 working hour earlier, to
    // Monday 10:00.
    const RunLog half = replayWhatIf(log, {{QStringLiteral("B"), 50}}, options);
    QCOMPARE(minutesOf(executionOf(half, 0, QStringLiteral("B"))->startMs),
             friday * 1440 + 17.75 * 60);
    QCOMPARE(minutesOf(executionOf(half, 0, QStringLiteral("B"))->completeMs),
             monday * 1440 + 9 * 60);
    QCOMPARE(minutesOf(executionOf(half, 0, QStringLiteral("C"))->startMs),
             monday * 1440 + 10 * 60);
}

void TestWhatIf::slaComplianceBeforeAndAfter_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<int>("metAfter");

    // Target 45 min. Before: 70, 40, 60: only R2 within it.
    QTest::newRow("at 100 % R1 (30) joins R2") << 100.0 << 2;
    QTest::newRow("at 50 % R1 takes 50 and R3 55: no change") << 50.0 << 1;
    QTest::newRow("at 80 % R1 takes 38, R3 52") << 80.0 << 2;
}

void TestWhatIf::slaComplianceBeforeAndAfter()
{
    QFETCH(double, percent);
    QFETCH(int, metAfter);
    StatsOptions options;
    options.slaTargetS = 45 * 60;
    const WhatIfResult result
        = computeWhatIf(threeRuns(), {{QStringLiteral("B"), percent}}, options);
    QCOMPARE(result.before.stats.slaMet, 1);
    QCOMPARE(result.before.stats.slaCompliance, 1.0 / 3.0);
    QCOMPARE(result.after.stats.slaMet, metAfter);
    QCOMPARE(result.after.stats.slaCompliance, metAfter / 3.0);
    QCOMPARE(result.after.stats.slaTargetS, 45 * 60);
}

void TestWhatIf::savedHoursPerMonthOverTheMonthsTheRunsSpan_data()
{
    QTest::addColumn<double>("lastDay");
    QTest::addColumn<double>("months");

    // The three runs start on day 0, lastDay / 2 and lastDay; 50 minutes are saved in all.
    QTest::newRow("two months of 30.44 days") << 2 * 30.44 << 2.0;
    QTest::newRow("a week counts as one month") << 7.0 << 1.0;
    QTest::newRow("all on one day counts as one month") << 0.0 << 1.0;
    QTest::newRow("half a year") << 6 * 30.44 << 6.0;
}

void TestWhatIf::savedHoursPerMonthOverTheMonthsTheRunsSpan()
{
    QFETCH(double, lastDay);
    QFETCH(double, months);
    RunLog log = logOf({{{{"A", 0, 10}, {"B", 30, 50}, {"C", 60, 70}}, 0},
                        {{{"A", 0, 5}, {"C", 20, 40}}, lastDay / 2},
                        {{{"A", 0, 10}, {"B", 15, 20}, {"C", 20, 60}}, lastDay}});
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), 100}}, {});
    QCOMPARE(result.months, months);
    QCOMPARE(monthsSpanned(log), months);
    QCOMPARE(result.savedS, 50 * MinuteS);
    QCOMPARE(result.savedHoursPerMonth(), 50.0 / 60.0 / months);
    const QJsonObject json = whatIfToJson(result, QStringLiteral("P"));
    QCOMPARE(json.value(QLatin1String("saved_hours_per_month")).toDouble(),
             std::round(50.0 / 60.0 / months * 1e6) / 1e6);
}

void TestWhatIf::stepNamesMatchCaseAndSpacesFoldedAndTheLastPercentWins()
{
    const WhatIfResult result = computeWhatIf(
        threeRuns(), {{QStringLiteral("  b "), 30}, {QStringLiteral("B"), 100}}, {});
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps.at(0).step, QStringLiteral("  b "));
    QCOMPARE(result.steps.at(0).percent, 100.0);
    QCOMPARE(result.savedS, 50 * MinuteS);
    // A step no run executed saves nothing.
    const WhatIfResult none = computeWhatIf(threeRuns(), {{QStringLiteral("Z"), 100}}, {});
    QCOMPARE(none.steps.at(0).activity, -1);
    QCOMPARE(none.savedS, 0.0);
    QCOMPARE(none.after.cycleTimesS, none.before.cycleTimesS);
}

void TestWhatIf::theSameInputGivesTheSameOutput()
{
    const RunLog log = threeRuns();
    const QVector<WhatIfChange> changes {{QStringLiteral("B"), 70}, {QStringLiteral("A"), 30}};
    const QJsonObject first = whatIfToJson(computeWhatIf(log, changes, {}), QStringLiteral("P"));
    const QJsonObject second = whatIfToJson(computeWhatIf(log, changes, {}), QStringLiteral("P"));
    QCOMPARE(first, second);
}

void TestWhatIf::theSummarySaysItInPlainWords()
{
    // Runs a month apart; target 45 min: 1 of 3 before, 2 of 3 after; 50 min saved in a month.
    RunLog log = logOf({{{{"A", 0, 10}, {"B", 30, 50}, {"C", 60, 70}}, 0},
                        {{{"A", 0, 5}, {"C", 20, 40}}, 10},
                        {{{"A", 0, 10}, {"B", 15, 20}, {"C", 20, 60}}, 20}});
    StatsOptions options;
    options.slaTargetS = 45 * 60;
    const WhatIfResult result = computeWhatIf(log, {{QStringLiteral("B"), 100}}, options);
    // (Plural forms come from the translation, not loaded here: "50 minute(s)".)
    QCOMPARE(whatIfSummary(result),
             QStringLiteral("Automating B at 100\u00a0% would save about 50 minute(s) a month and "
                            "lift SLA compliance from 33\u00a0% to 67\u00a0%. Of that time, 25 "
                            "minute(s) is work; the rest is waiting. The median run would take "
                            "40 min instead of 1 h."));
    QCOMPARE(result.savedProcessingS, 25 * MinuteS); // B's 20 and 5 minutes of work
    QCOMPARE(result.savedWaitingS, 25 * MinuteS); // and the 20 and 5 it waited
    const WhatIfResult nothing = computeWhatIf(log, {}, options);
    QCOMPARE(whatIfSummary(nothing), QStringLiteral("Pick the steps to automate and by how much."));
}

// --- the command line

Result TestWhatIf::run(const QStringList &arguments)
{
    return runProgram(QStringLiteral(STEPWISE_BINARY), arguments,
                      stepwiseEnvironment(m_dir->path()), 60000);
}

void TestWhatIf::makeWorkspaceWithThreeRuns()
{
    const QString log = m_dir->filePath(QStringLiteral("three.csv"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(threeRunsCsv());
    file.close();
    Result r = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("import-runs"),
                    QStringLiteral("Orders"), log, QStringLiteral("--create")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("set"), QStringLiteral("Orders"),
             QStringLiteral("--sla"), QStringLiteral("45min")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestWhatIf::cliPrintsBeforeAndAfterAsJson()
{
    makeWorkspaceWithThreeRuns();
    const QString rows = workspaceDump(workspacePath());
    QVERIFY(!rows.isEmpty());
    const Result r = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("whatif"),
                          QStringLiteral("Orders"), QStringLiteral("--automate"),
                          QStringLiteral("b=100"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    const QJsonObject before = json.value(QLatin1String("before")).toObject();
    const QJsonObject after = json.value(QLatin1String("after")).toObject();
    const auto cycle = [](const QJsonObject &side, const char *key) {
        return side.value(QLatin1String("cycle_time_s"))
            .toObject()
            .value(QLatin1String(key))
            .toDouble();
    };
    // Before 40, 60, 70 min; after 30, 40, 50.
    QCOMPARE(cycle(before, "min"), 40 * MinuteS);
    QCOMPARE(cycle(before, "p50"), 60 * MinuteS);
    QCOMPARE(cycle(before, "max"), 70 * MinuteS);
    QCOMPARE(cycle(before, "mean"), (40 + 60 + 70) / 3.0 * MinuteS);
    QCOMPARE(cycle(before, "p90"), (60 + 0.8 * 10) * MinuteS);
    QCOMPARE(cycle(after, "min"), 30 * MinuteS);
    QCOMPARE(cycle(after, "p50"), 40 * MinuteS);
    QCOMPARE(cycle(after, "mean"), 40 * MinuteS);
    QCOMPARE(cycle(after, "p90"), (40 + 0.8 * 10) * MinuteS);
    QCOMPARE(cycle(after, "max"), 50 * MinuteS);
    const QJsonObject slaBefore = before.value(QLatin1String("sla")).toObject();
    const QJsonObject slaAfter = after.value(QLatin1String("sla")).toObject();
    QCOMPARE(slaBefore.value(QLatin1String("target_s")).toDouble(), 45 * MinuteS);
    QCOMPARE(slaBefore.value(QLatin1String("met")).toInt(), 1);
    QCOMPARE(slaAfter.value(QLatin1String("met")).toInt(), 2);
    QVERIFY(std::abs(slaAfter.value(QLatin1String("compliance")).toDouble() - 2.0 / 3.0) < 1e-9);
    // 50 minutes over one month (all runs on one day).
    QVERIFY(std::abs(json.value(QLatin1String("saved_hours_per_month")).toDouble() - 50.0 / 60.0)
            < 1e-6);
    const QJsonArray automate = json.value(QLatin1String("automate")).toArray();
    QCOMPARE(automate.size(), 1);
    QCOMPARE(automate.at(0).toObject().value(QLatin1String("executions")).toInt(), 2);
    // Read only: the workspace is as it was.
    QCOMPARE(workspaceDump(workspacePath()), rows);

    // Without a percentage: 70 %. R1 70 - 28 = 42, R3 60 - 7 = 53.
    const Result defaults = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("whatif"),
                                 QStringLiteral("Orders"), QStringLiteral("--automate"),
                                 QStringLiteral("B"), QStringLiteral("--json")});
    QVERIFY2(defaults.exitCode == 0, qPrintable(defaults.err));
    const QJsonObject seventy = QJsonDocument::fromJson(defaults.out.toUtf8()).object();
    QCOMPARE(cycle(seventy.value(QLatin1String("after")).toObject(), "p50"), 42 * MinuteS);
    QCOMPARE(cycle(seventy.value(QLatin1String("after")).toObject(), "max"), 53 * MinuteS);
}

void TestWhatIf::cliPrintsAReadableTable()
{
    makeWorkspaceWithThreeRuns();
    const Result r
        = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("whatif"),
               QStringLiteral("Orders"), QStringLiteral("--automate"), QStringLiteral("B=100")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Before")) && r.out.contains(QLatin1String("After")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("Median +1 h +40 min +-20 min"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(
                 QStringLiteral("SLA compliance +33\\.3 % +66\\.7 % +\\+33\\.3 points"))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                 "Saved: 50 minute(s|\\(s\\)) a month \\(50 min over 1\\.0 months"))),
             qPrintable(r.out));
}

void TestWhatIf::cliRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("an unknown step")
        << QStringList {QStringLiteral("--automate"), QStringLiteral("Ship it")} << 2
        << QStringLiteral("no step \"Ship it\"");
    QTest::newRow("a percentage that is not a number")
        << QStringList {QStringLiteral("--automate"), QStringLiteral("B=lots")} << 2
        << QStringLiteral("not \"lots\"");
    QTest::newRow("a percentage above 100")
        << QStringList {QStringLiteral("--automate"), QStringLiteral("B=120")} << 2
        << QStringLiteral("not \"120\"");
    QTest::newRow("a negative percentage")
        << QStringList {QStringLiteral("--automate"), QStringLiteral("B=-5")} << 2
        << QStringLiteral("not \"-5\"");
    QTest::newRow("one good and one unknown step")
        << QStringList {QStringLiteral("--automate"), QStringLiteral("B"),
                        QStringLiteral("--automate"), QStringLiteral("Q=50")}
        << 2 << QStringLiteral("no step \"Q\"");
    QTest::newRow("no step at all") << QStringList {} << 1 << QStringLiteral("--automate");
}

void TestWhatIf::cliRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    makeWorkspaceWithThreeRuns();
    const QString before = workspaceDump(workspacePath());
    QVERIFY(!before.isEmpty());
    const Result r = run(QStringList {QStringLiteral("-w"), workspacePath(),
                                      QStringLiteral("whatif"), QStringLiteral("Orders")}
                         + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(workspaceDump(workspacePath()), before);
}

void TestWhatIf::cliOnAProcessWithoutRunsPrintsEmptyFigures()
{
    QCOMPARE(
        run({QStringLiteral("-w"), workspacePath(), QStringLiteral("new"), QStringLiteral("Empty")})
            .exitCode,
        0);
    // An empty map and no runs: no step is known.
    Result r = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("whatif"),
                    QStringLiteral("Empty"), QStringLiteral("--automate"), QStringLiteral("B")});
    QCOMPARE(r.exitCode, 2);

    // A map with a step but no runs: exit 0, empty figures, and the text says why.
    {
        Workspace workspace;
        QVERIFY(workspace.open(workspacePath()));
        std::optional<Process> process
            = workspace.loadProcess(workspace.findProcess(QStringLiteral("Empty")));
        QVERIFY(process);
        Lane lane;
        lane.id = process->nextItemId++;
        lane.name = QStringLiteral("Team");
        process->lanes.append(lane);
        Step step;
        step.id = process->nextItemId++;
        step.name = QStringLiteral("B");
        step.laneId = lane.id;
        process->steps.append(step);
        QVERIFY(workspace.saveProcess(*process));
    }
    r = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("whatif"),
             QStringLiteral("Empty"), QStringLiteral("--automate"), QStringLiteral("B"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("runs")).toInt(), 0);
    QVERIFY(json.value(QLatin1String("after"))
                .toObject()
                .value(QLatin1String("cycle_time_s"))
                .toObject()
                .value(QLatin1String("p50"))
                .isNull());
    QCOMPARE(json.value(QLatin1String("saved_hours_per_month")).toDouble(), 0.0);
    r = run({QStringLiteral("-w"), workspacePath(), QStringLiteral("whatif"),
             QStringLiteral("Empty"), QStringLiteral("--automate"), QStringLiteral("B")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("no runs")), qPrintable(r.out));
}

// --- the panel

void TestWhatIf::panelTickingAStepChangesTheAfterFigures()
{
    const QString log = m_dir->filePath(QStringLiteral("three.csv"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(threeRunsCsv());
    }
    Workspace workspace;
    QVERIFY(workspace.open(workspacePath()));
    ImportOptions options;
    options.create = true;
    options.createName = QStringLiteral("Orders");
    const ImportResult imported = Importer::run(workspace, log, options);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    std::optional<Process> process = workspace.loadProcess(imported.processId);
    QVERIFY(process);
    process->slaTargetS = 45 * 60;
    QVERIFY(workspace.saveProcess(*process));
    ItemId b = 0;
    for (const Step &step : process->steps) {
        if (step.name == QLatin1String("B"))
            b = step.id;
    }
    QVERIFY(b);

    WhatIfPanel panel;
    panel.resize(1100, 700);
    panel.setSource(&workspace, process->id, *process);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(QTest::qWaitFor([&] { return !panel.isComputing() && panel.result(); }, 30000));
    // Nothing picked: after is before. Medians 1 h.
    QCOMPARE(panel.figureText(0, 0), QStringLiteral("1 h"));
    QCOMPARE(panel.figureText(0, 1), QStringLiteral("1 h"));

    // Tick B with the mouse on its check box: at 70 % R1 takes 42 min, R3 53, R2 40.
    QTreeWidget *list = panel.stepList();
    QTreeWidgetItem *item = panel.stepItem(b);
    QVERIFY(item);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualItemRect(item);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect check
        = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, check.center());
    QCOMPARE(item->checkState(WhatIfPanel::StepColumn), Qt::Checked);
    QVERIFY(QTest::qWaitFor([&] { return !panel.isComputing(); }, 30000));
    QVERIFY(panel.result());
    QCOMPARE(panel.result()->after.stats.cycleTime.p50, 42 * MinuteS);
    QCOMPARE(panel.figureText(0, 0), QStringLiteral("1 h"));
    QCOMPARE(panel.figureText(0, 1), QStringLiteral("42 min"));
    QVERIFY2(panel.summary().startsWith(QLatin1String("Automating B at 70")),
             qPrintable(panel.summary()));

    // Type 100 into its percentage: R1 30, R2 40, R3 50; SLA 1 of 3 -> 2 of 3.
    QSpinBox *box = panel.percentBox(b);
    QVERIFY(box);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QStringLiteral("100"));
    QCOMPARE(box->value(), 100);
    QVERIFY(QTest::qWaitFor([&] { return !panel.isComputing(); }, 30000));
    QCOMPARE(panel.result()->after.stats.cycleTime.p50, 40 * MinuteS);
    QCOMPARE(panel.figureText(3, 0), QStringLiteral("33.3\u00a0%"));
    QCOMPARE(panel.figureText(3, 1), QStringLiteral("66.7\u00a0%"));
    QCOMPARE(panel.figureText(3, 2), QStringLiteral("+33.3 points"));
    QCOMPARE(panel.changes().size(), 1);
    QCOMPARE(panel.changes().at(0).step, QStringLiteral("B"));
    QCOMPARE(panel.changes().at(0).percent, 100.0);

    // Double-click on the step: show it on the map.
    QSignalSpy activated(&panel, &WhatIfPanel::stepActivated);
    const QRect row = list->visualItemRect(item);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {},
                       QPoint(row.left() + row.width() / 3, row.center().y()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<ItemId>(), b);

    // Untick it: after is before again.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, check.center());
    QVERIFY(QTest::qWaitFor([&] { return !panel.isComputing(); }, 30000));
    QCOMPARE(panel.figureText(0, 1), QStringLiteral("1 h"));
}

QTEST_MAIN(TestWhatIf)
#include "tst_whatif.moc"
