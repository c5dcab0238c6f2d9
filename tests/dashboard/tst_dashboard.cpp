// Tests of the dashboard: its figures on a small hand-computed log (ISO weeks, medians and 90th
// percentiles as numpy interpolates them, throughput, SLA per week, the histogram, runs in
// progress, steps worst first, owner changes), against the engine's own RunStats on receipt.xes,
// and the Dashboard tab driven like a user: the key figures, the window, clicking a step's bar,
// exporting a chart, the empty state.

#include "mainwindow.h"

#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "dashboard/chartcard.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpitile.h"

#include "analysis/dashboard.h"
#include "analysis/discovery.h"
#include "analysis/runmetrics.h"
#include "analysis/statistics.h"
#include "process/processdocument.h"
#include "runs/eventlogreader.h"
#include "runs/runlogbuilder.h"
#include "workspace/exampleruns.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <qcustomplot.h>

#include <cmath>
#include <memory>

using namespace Stepwise;

namespace {

constexpr qint64 MinuteMs = 60000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// UTC milliseconds of "yyyy-MM-dd HH:mm".
qint64 utc(const char *text)
{
    const QDateTime time
        = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    Q_ASSERT(time.isValid());
    return QDateTime(time.date(), time.time(), Qt::UTC).toMSecsSinceEpoch();
}

// One execution of a hand-written log.
struct Ev
{
    const char *caseId;
    const char *activity;
    const char *start; ///< nullptr: unknown
    const char *complete;
    const char *resource = nullptr;
};

RunLog makeLog(const QVector<Ev> &events)
{
    RunLog log;
    QHash<QString, int> runs, activities, resources;
    const auto intern = [](QHash<QString, int> &index, QStringList &names, const QString &name) {
        auto found = index.constFind(name);
        if (found != index.cend())
            return *found;
        index.insert(name, int(names.size()));
        names.append(name);
        return int(names.size()) - 1;
    };
    for (const Ev &e : events) {
        const QString caseId = QLatin1String(e.caseId);
        if (!runs.contains(caseId)) {
            runs.insert(caseId, int(log.runs.size()));
            Run run;
            run.caseId = caseId;
            log.runs.append(run);
        }
        Run &run = log.runs[runs.value(caseId)];
        Execution x;
        x.activity = intern(activities, log.activities, QLatin1String(e.activity));
        x.resource = e.resource ? intern(resources, log.resources, QLatin1String(e.resource)) : -1;
        x.startMs = e.start ? utc(e.start) : NoTime;
        x.completeMs = utc(e.complete);
        x.order = int(run.executions.size());
        run.executions.append(x);
        run.events += x.startMs != NoTime ? 2 : 1;
        for (qint64 t : {x.startMs, x.completeMs}) {
            if (t == NoTime)
                continue;
            if (run.firstMs == NoTime || t < run.firstMs)
                run.firstMs = t;
            if (run.lastMs == NoTime || t > run.lastMs)
                run.lastMs = t;
        }
    }
    return log;
}

// Five runs over four ISO weeks of January 2024 (Monday the 1st), the third week empty:
//   r1 Mon  1 10:00 .. 13:00   3 h    finished
//   r2 Wed  3 08:00 .. 18:00  10 h    finished
//   r3 Sun  7 23:00 .. Mon 8 02:00  3 h, finished in the second week
//   r4 Tue  9 09:00 .. 09:20  20 min  in progress (A only: A does not lead to the end)
//   r5 Tue 23 12:00 .. 17:00   5 h    finished
QVector<Ev> smallEvents()
{
    return {
        {"r1", "A", "2024-01-01 10:00", "2024-01-01 10:30", "ann"},
        {"r1", "B", "2024-01-01 11:00", "2024-01-01 13:00", "bob"},
        {"r2", "A", "2024-01-03 08:00", "2024-01-03 09:00", "ann"},
        {"r2", "B", "2024-01-03 09:00", "2024-01-03 18:00", "bob"},
        {"r3", "A", "2024-01-07 23:00", "2024-01-07 23:30", "ann"},
        {"r3", "B", "2024-01-08 00:00", "2024-01-08 02:00", "ann"},
        {"r4", "A", "2024-01-09 09:00", "2024-01-09 09:20", "ann"},
        {"r5", "A", "2024-01-23 12:00", "2024-01-23 13:00", "bob"},
        {"r5", "B", "2024-01-23 14:00", "2024-01-23 17:00", "bob"},
    };
}

// Start -> A -> B -> End; A in the lane "Front", B in the lane "Back"; SLA target 4 h.
Process smallMap()
{
    Process p;
    p.name = QStringLiteral("Small");
    p.slaTargetS = 4 * 3600;
    p.lanes = {{1, QStringLiteral("Front"), Lane::Kind::Team, QColor(0x42, 0x85, 0xf4), 160},
               {2, QStringLiteral("Back"), Lane::Kind::Team, QColor(0x34, 0xa8, 0x53), 160}};
    const auto step = [](ItemId id, Step::Kind kind, const char *name, ItemId lane, double x) {
        Step s;
        s.id = id;
        s.kind = kind;
        s.name = QLatin1String(name);
        s.laneId = lane;
        s.pos = {x, 80};
        return s;
    };
    p.steps = {step(3, Step::Kind::Start, "Start", 1, 60), step(4, Step::Kind::Task, "A", 1, 200),
               step(5, Step::Kind::Task, "B", 2, 360), step(6, Step::Kind::End, "End", 2, 520)};
    p.handoffs = {{7, 3, 4, {}}, {8, 4, 5, {}}, {9, 5, 6, {}}};
    p.nextItemId = 10;
    return p;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(STEPWISE_SHARED_TEST_DATA "/") + name;
}

RunLog readLog(const QString &file)
{
    QString error;
    const auto reader = EventLogReader::open(dataPath(file), ReaderOptions(), &error);
    if (!reader)
        qFatal("%s", qPrintable(error));
    RunLogBuilder builder;
    RawEvent event;
    while (reader->next(event))
        builder.add(event);
    return builder.finish();
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-9;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Figures.
    void isoWeeks_data();
    void isoWeeks();
    void lastDays();
    void weeksOfASmallLog();
    void histogramOfASmallLog();
    void stepsAndHandoffsOfASmallLog();
    void ownerChangesFallBackOnResources();
    void windowAndDurationHookAreHonoured();
    void withoutEndStepsNothingIsInProgress();
    void businessHoursComeFromTheProcess();
    void agreesWithTheEngine_data();
    void agreesWithTheEngine();

    // The view.
    void tilesShowTheKeyFigures();
    void changingTheWindowRecomputes();
    void aNewerWindowOvertakesAnOlderOne();
    void clickingAStepBarActivatesIt();
    void chartsExportAsPngAndPdf();
    void aProcessWithoutRunsShowsTheEmptyState();
    void darkPaletteRestylesTheCharts();
    void mainWindowSelectsTheClickedStepOnTheMap();

private:
    /// A workspace file holding the small map and its runs (plus one run in November 2023).
    ProcessId storeSmall(const QString &path, bool withRuns = true);

    QTemporaryDir m_configDir;
    QTemporaryDir m_dir;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
}

void TestDashboard::isoWeeks_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<qint64>("monday");
    QTest::newRow("A Monday at midnight starts its own week")
        << utc("2024-01-01 00:00") << utc("2024-01-01 00:00");
    QTest::newRow("Sunday night is still the same week")
        << utc("2024-01-07 23:59") << utc("2024-01-01 00:00");
    QTest::newRow("The next Monday starts the next week")
        << utc("2024-01-08 00:00") << utc("2024-01-08 00:00");
    QTest::newRow("A week across the new year starts in December")
        << utc("2021-01-01 12:00") << utc("2020-12-28 00:00");
    QTest::newRow("The epoch (a Thursday) is in the week of Monday 29 December 1969")
        << qint64(0) << qint64(-3 * DayMs);
    QTest::newRow("Times before the epoch round down, not towards zero")
        << utc("1969-12-20 08:00") << utc("1969-12-15 00:00");
}

void TestDashboard::isoWeeks()
{
    QFETCH(qint64, time);
    QFETCH(qint64, monday);
    QCOMPARE(isoWeekStartMs(time), monday);
}

void TestDashboard::lastDays()
{
    // The day of the anchor counts whole: 30 days are the 30 UTC days up to its end.
    const auto window = lastDaysWindow(utc("2024-01-23 17:00"), 30);
    QCOMPARE(window.second, utc("2024-01-24 00:00"));
    QCOMPARE(window.first, utc("2023-12-25 00:00"));
    QCOMPARE(lastDaysWindow(NoTime, 30).first, NoTime);
    QCOMPARE(lastDaysWindow(NoTime, 30).second, NoTime);
    QCOMPARE(latestTimestampMs(makeLog(smallEvents())), utc("2024-01-23 17:00"));
    QCOMPARE(latestTimestampMs(RunLog()), NoTime);
}

void TestDashboard::weeksOfASmallLog()
{
    const Process map = smallMap();
    const Dashboard d = computeDashboard(makeLog(smallEvents()), dashboardStatsOptions(map), &map);
    QCOMPARE(d.stats.runs, qint64(5));
    QCOMPARE(d.runsInProgress, qint64(1)); // r4

    QCOMPARE(d.weeks.size(), 4);
    const qint64 mondays[] = {utc("2024-01-01 00:00"), utc("2024-01-08 00:00"),
                              utc("2024-01-15 00:00"), utc("2024-01-22 00:00")};
    // Started: r1 r2 r3 | r4 | - | r5. Finished (by their last time): r1 r2 | r3 | - | r5.
    const qint64 started[] = {3, 1, 0, 1};
    const qint64 completed[] = {2, 1, 0, 1};
    // Week 1: 3 h, 3 h, 10 h: median 3 h; p90 at rank 1.8: 3 h + 0.8 * 7 h = 8.6 h.
    const double p50[] = {3 * 3600.0, 20 * 60.0, NAN, 5 * 3600.0};
    const double p90[] = {8.6 * 3600.0, 20 * 60.0, NAN, 5 * 3600.0};
    // Within 4 h: 2 of 3 | 1 of 1 | - | 0 of 1.
    const qint64 met[] = {2, 1, 0, 0};
    const double compliance[] = {2.0 / 3.0, 1.0, NAN, 0.0};
    for (int w = 0; w < 4; ++w) {
        const WeekFigures &week = d.weeks.at(w);
        const QByteArray which = "week " + QByteArray::number(w + 1);
        QVERIFY2(week.startMs == mondays[w], which);
        QVERIFY2(week.started == started[w], which);
        QVERIFY2(week.completed == completed[w], which);
        QVERIFY2(same(week.cycleP50, p50[w]), which + " p50 " + QByteArray::number(week.cycleP50));
        QVERIFY2(same(week.cycleP90, p90[w]), which + " p90 " + QByteArray::number(week.cycleP90));
        QVERIFY2(week.slaMet == met[w], which);
        QVERIFY2(same(week.slaCompliance, compliance[w]), which);
    }
    QCOMPARE(d.stats.slaMet, qint64(3));
    QCOMPARE(d.stats.slaCompliance, 0.6);
}

void TestDashboard::histogramOfASmallLog()
{
    const Process map = smallMap();
    const Dashboard d = computeDashboard(makeLog(smallEvents()), dashboardStatsOptions(map), &map);
    // Cycle times 20 min, 3 h, 3 h, 5 h, 10 h: p95 is 5 h + 0.8 * 5 h = 9 h, above 1.2 times the
    // 4 h target; the 10 h maximum is no long tail (not beyond 1.5 times that), so bars reach it.
    // Half-hour bars are the first readable width that covers 10 h in at most 20 of them; the
    // 10 h run sits in the bar that starts at 10 h.
    QCOMPARE(d.histogramBinS, 1800.0);
    QCOMPARE(d.histogram.size(), 21);
    QHash<int, qint64> expected {{0, 1}, {6, 2}, {10, 1}, {20, 1}};
    for (int i = 0; i < d.histogram.size(); ++i) {
        const HistogramBin &bin = d.histogram.at(i);
        QCOMPARE(bin.fromS, i * 1800.0);
        QCOMPARE(bin.toS, (i + 1) * 1800.0);
        QVERIFY2(bin.runs == expected.value(i, 0), qPrintable(QString::number(i)));
    }
}

void TestDashboard::stepsAndHandoffsOfASmallLog()
{
    const Process map = smallMap();
    const Dashboard d = computeDashboard(makeLog(smallEvents()), dashboardStatsOptions(map), &map);
    // B: processing 2 h, 9 h, 2 h, 3 h (mean 4 h); waiting 30, 0, 30, 60 min (mean 30 min).
    // A: processing 30, 60, 30, 20, 60 min (mean 40 min); never waits (it comes first).
    QCOMPARE(d.steps.size(), 2);
    QCOMPARE(d.steps.at(0).name, QStringLiteral("B"));
    QCOMPARE(d.steps.at(0).processingS, 4 * 3600.0);
    QCOMPARE(d.steps.at(0).waitingS, 30 * 60.0);
    QVERIFY(d.steps.at(0).hasWaiting);
    QCOMPARE(d.steps.at(1).name, QStringLiteral("A"));
    QCOMPARE(d.steps.at(1).processingS, 40 * 60.0);
    QCOMPARE(d.steps.at(1).waitingS, 0.0);
    QVERIFY(!d.steps.at(1).hasWaiting);
    QCOMPARE(d.steps.at(1).executions, qint64(5));

    QCOMPARE(d.handoffs.size(), 1);
    const HandoffDelay &h = d.handoffs.first();
    QCOMPARE(h.from, QStringLiteral("A"));
    QCOMPARE(h.to, QStringLiteral("B"));
    QCOMPARE(h.count, qint64(4));
    QCOMPARE(h.meanS, 30 * 60.0);
    QCOMPARE(h.p50S, 30 * 60.0);
    QVERIFY(h.designed);
    QVERIFY(h.ownerChange); // A in "Front", B in "Back"
}

void TestDashboard::ownerChangesFallBackOnResources()
{
    // No map: owners are the most frequent resources. A is ann's (3 of 4), B bob's, C ann's.
    const RunLog log = makeLog({
        {"1", "A", nullptr, "2024-01-01 10:00", "ann"},
        {"1", "B", nullptr, "2024-01-01 12:00", "bob"},
        {"2", "A", nullptr, "2024-01-02 10:00", "ann"},
        {"2", "C", nullptr, "2024-01-02 11:00", "ann"},
        {"3", "A", nullptr, "2024-01-03 10:00", "ann"},
        {"3", "C", nullptr, "2024-01-03 10:30", "ann"},
        {"4", "A", nullptr, "2024-01-04 10:00", "bob"},
        {"4", "D", nullptr, "2024-01-04 10:10"},
    });
    const Dashboard d = computeDashboard(log, StatsOptions());
    QCOMPARE(d.runsInProgress, qint64(-1)); // no map, no end step
    QHash<QString, const HandoffDelay *> byName;
    for (const HandoffDelay &h : d.handoffs)
        byName.insert(h.from + QLatin1Char('>') + h.to, &h);
    QCOMPARE(byName.size(), 3);
    QVERIFY(byName.value(QStringLiteral("A>B"))->ownerChange);
    QVERIFY(!byName.value(QStringLiteral("A>C"))->ownerChange);
    QVERIFY(!byName.value(QStringLiteral("A>D"))->ownerChange); // D has no resource: unknown
    // Longest mean delay first: A>B 2 h, A>C 45 min, A>D 10 min.
    QCOMPARE(d.handoffs.at(0).to, QStringLiteral("B"));
    QCOMPARE(d.handoffs.at(1).to, QStringLiteral("C"));
    QCOMPARE(d.handoffs.at(2).to, QStringLiteral("D"));
    QVERIFY(!d.handoffs.at(0).designed);
}

void TestDashboard::windowAndDurationHookAreHonoured()
{
    const Process map = smallMap();
    StatsOptions options = dashboardStatsOptions(map);
    options.fromMs = utc("2024-01-03 00:00");
    options.toMs = utc("2024-01-09 00:00");
    // Every duration counts half, as a business clock would count less than the calendar.
    options.duration = [](qint64 from, qint64 to) { return (to - from) / 2; };
    const Dashboard d = computeDashboard(makeLog(smallEvents()), options, &map);
    // r2 and r3 started in the window: 10 h and 3 h, halved to 5 h and 1.5 h.
    QCOMPARE(d.stats.runs, qint64(2));
    QCOMPARE(d.weeks.size(), 2); // r3 ends on the 8th, in the second week
    QCOMPARE(d.weeks.at(0).started, qint64(2));
    QCOMPARE(d.weeks.at(0).completed, qint64(1));
    QCOMPARE(d.weeks.at(1).completed, qint64(1));
    QCOMPARE(d.weeks.at(0).cycleP50, (5 + 1.5) / 2 * 3600.0);
    QCOMPARE(d.weeks.at(0).cycleP90, (1.5 + 0.9 * 3.5) * 3600.0);
    QCOMPARE(d.weeks.at(0).slaMet, qint64(1)); // 1.5 h within 4 h, 5 h not
    QCOMPARE(d.stats.cycleTime.p50, d.weeks.at(0).cycleP50);
    QCOMPARE(d.runsInProgress, qint64(0));
}

void TestDashboard::withoutEndStepsNothingIsInProgress()
{
    Process map = smallMap();
    map.steps.removeLast(); // the end step
    map.handoffs.removeLast();
    const Dashboard d = computeDashboard(makeLog(smallEvents()), dashboardStatsOptions(map), &map);
    QCOMPARE(d.runsInProgress, qint64(-1));
    // Then every run counts as ended at its last time.
    qint64 completed = 0;
    for (const WeekFigures &week : d.weeks)
        completed += week.completed;
    QCOMPARE(completed, qint64(5));
}

void TestDashboard::businessHoursComeFromTheProcess()
{
    // DESIGN.md's example: opened Friday 17:00, closed Monday 10:00, in a Monday-Friday 9-18
    // week (the default), took 2 business hours.
    Process map = smallMap();
    map.slaClock = Process::SlaClock::BusinessHours;
    const RunLog log = makeLog(
        {{"t", "A", nullptr, "2024-01-05 17:00"}, {"t", "B", nullptr, "2024-01-08 10:00"}});
    const Dashboard d = computeDashboard(log, dashboardStatsOptions(map), &map);
    QCOMPARE(d.stats.cycleTime.p50, 2 * 3600.0);
    QCOMPARE(d.weeks.size(), 2);
    QCOMPARE(d.weeks.at(0).cycleP50, 2 * 3600.0);
    QCOMPARE(d.weeks.at(0).slaMet, qint64(1));
    QCOMPARE(d.handoffs.first().meanS, 2 * 3600.0);
    // On the calendar it took 65 hours.
    map.slaClock = Process::SlaClock::Calendar;
    QCOMPARE(computeDashboard(log, dashboardStatsOptions(map), &map).weeks.at(0).cycleP50,
             65 * 3600.0);
}

void TestDashboard::agreesWithTheEngine_data()
{
    QTest::addColumn<int>("example"); // index into exampleProcesses(); -1: receipt.xes
    QTest::newRow("receipt.xes") << -1;
    const QVector<Process> examples = exampleProcesses();
    for (int i = 0; i < examples.size(); ++i)
        QTest::newRow(qPrintable(examples.at(i).name)) << i;
}

void TestDashboard::agreesWithTheEngine()
{
    QFETCH(int, example);
    RunLog log;
    Process map;
    if (example < 0) {
        log = readLog(QStringLiteral("receipt.xes"));
        map = draftProcessFromRuns(log, QStringLiteral("Receipt"));
        map.slaTargetS = 7 * 86400;
    } else {
        // The runs a new workspace's example gets, up to a fixed day.
        map = exampleProcesses().at(example);
        log = exampleRuns(map, ExampleRunsSeed + quint64(example),
                          QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(map.slaTargetS > 0);
    }
    const StatsOptions options = dashboardStatsOptions(map);
    const Dashboard d = computeDashboard(log, options, &map);
    const RunStats engine = computeRunStats(log, options);

    // The key figures are the engine's.
    QCOMPARE(d.stats.runs, engine.runs);
    if (example < 0)
        QCOMPARE(d.stats.runs, qint64(1434));
    QCOMPARE(d.stats.cycleTime.p50, engine.cycleTime.p50);
    QCOMPARE(d.stats.cycleTime.p90, engine.cycleTime.p90);
    QCOMPARE(d.stats.slaCompliance, engine.slaCompliance);

    // In progress: the runs whose end step (the engine's count) does not finish the map.
    QSet<ItemId> ends;
    for (const Step &step : map.steps) {
        if (step.kind == Step::Kind::End)
            ends.insert(step.id);
    }
    QSet<QString> finishing; // an end step, or a step with a handoff into one
    for (const ItemId end : qAsConst(ends))
        finishing.insert(map.step(end)->name);
    for (const Handoff &handoff : map.handoffs) {
        if (ends.contains(handoff.toStepId))
            finishing.insert(map.step(handoff.fromStepId)->name);
    }
    QVERIFY(!finishing.isEmpty());
    qint64 unfinished = 0;
    for (const auto &[name, runs] : engine.endSteps) {
        if (!finishing.contains(name))
            unfinished += runs;
    }
    QCOMPARE(d.runsInProgress, unfinished);
    QVERIFY(unfinished > 0);

    // The weeks share out the runs, the finished ones and those within the target.
    qint64 started = 0, completed = 0, met = 0;
    for (int w = 0; w < d.weeks.size(); ++w) {
        const WeekFigures &week = d.weeks.at(w);
        if (w > 0)
            QCOMPARE(week.startMs - d.weeks.at(w - 1).startMs, 7 * DayMs);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(week.startMs, Qt::UTC).date().dayOfWeek(), 1);
        started += week.started;
        completed += week.completed;
        met += week.slaMet;
        // Each week's figures are the engine's over that week as a window.
        StatsOptions weekOptions = options;
        weekOptions.fromMs = week.startMs;
        weekOptions.toMs = week.startMs + 7 * DayMs;
        const RunStats weekStats = computeRunStats(log, weekOptions);
        QCOMPARE(week.started, weekStats.runs);
        QVERIFY(same(week.cycleP50, weekStats.cycleTime.p50));
        QVERIFY(same(week.cycleP90, weekStats.cycleTime.p90));
        QCOMPARE(week.slaMet, weekStats.slaMet);
    }
    QCOMPARE(started, engine.runs);
    QCOMPARE(completed, engine.runs - d.runsInProgress);
    QCOMPARE(met, engine.slaMet);
    QCOMPARE(isoWeekStartMs(engine.firstMs), d.weeks.first().startMs);
    QCOMPARE(isoWeekStartMs(engine.lastMs), d.weeks.last().startMs);

    // The histogram holds every run once, in bars of one width from 0; its long tail (a few
    // runs of months) goes into one last open bar.
    qint64 inBars = 0;
    for (int i = 0; i < d.histogram.size(); ++i) {
        const HistogramBin &bin = d.histogram.at(i);
        QCOMPARE(bin.fromS, i * d.histogramBinS);
        inBars += bin.runs;
    }
    QCOMPARE(inBars, engine.cycleTime.count);
    QVERIFY(d.histogram.size() <= 21);
    if (example < 0)
        QVERIFY(std::isinf(d.histogram.last().toS));
    if (std::isinf(d.histogram.last().toS))
        QVERIFY(d.histogram.last().fromS >= map.slaTargetS);

    // Steps and handoffs are the engine's, sorted worst first.
    QCOMPARE(d.steps.size(), engine.steps.size());
    for (int i = 1; i < d.steps.size(); ++i)
        QVERIFY(d.steps.at(i - 1).totalS() >= d.steps.at(i).totalS());
    for (const StepStats &step : engine.steps) {
        const auto found = std::find_if(d.steps.cbegin(), d.steps.cend(),
                                        [&](const StepLoad &s) { return s.name == step.name; });
        QVERIFY(found != d.steps.cend());
        QVERIFY(same(found->processingS, step.processing.isEmpty() ? 0 : step.processing.mean));
        QVERIFY(same(found->waitingS, step.waiting.isEmpty() ? 0 : step.waiting.mean));
    }
    QCOMPARE(d.handoffs.size(), engine.transitions.size());
    for (int i = 1; i < d.handoffs.size(); ++i)
        QVERIFY(d.handoffs.at(i - 1).meanS >= d.handoffs.at(i).meanS);
}

// --- the view

ProcessId TestDashboard::storeSmall(const QString &path, bool withRuns)
{
    Workspace workspace;
    if (!workspace.open(path))
        return 0;
    const ProcessId id = workspace.saveProcess(smallMap());
    if (withRuns) {
        QVector<Ev> events = smallEvents();
        // One more, two months earlier: in the last 90 days of the runs, not in the last 30.
        events.prepend({"r0", "A", "2023-11-20 10:00", "2023-11-20 10:10", "ann"});
        events.insert(1, {"r0", "B", "2023-11-20 10:10", "2023-11-20 11:00", "bob"});
        if (!workspace.saveRuns(id, makeLog(events)))
            return 0;
    }
    return id;
}

void TestDashboard::tilesShowTheKeyFigures()
{
    const QString path = m_dir.filePath(QStringLiteral("tiles.stepwise"));
    const ProcessId id = storeSmall(path);
    QVERIFY(id);
    Workspace workspace;
    QVERIFY(workspace.open(path));
    DashboardView view;
    view.resize(1400, 900);
    view.setSource(&workspace, id, *workspace.loadProcess(id));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.isComputing());
    QVERIFY(view.dashboard());
    QCOMPARE(view.window(), DashboardView::Window::Last90Days);

    // All six runs: 1 h, 20 min, 3 h, 3 h, 5 h, 10 h. Median (3 h + 3 h) / 2; the 90th
    // percentile at rank 4.5, between 5 h and 10 h: 7 h 30 min. Within 4 h: 4 of 6.
    QCOMPARE(view.runsTile()->value(), QStringLiteral("6"));
    QCOMPARE(view.runsTile()->note(), QStringLiteral("5 finished"));
    QCOMPARE(view.medianTile()->value(), QStringLiteral("3 h"));
    QCOMPARE(view.p90Tile()->value(), QStringLiteral("7 h 30 min"));
    QCOMPARE(view.slaTile()->value(), QStringLiteral("66.7\u00a0%"));
    // (Plural forms come from the translation, not loaded here: "4 of 6 run(s) within 4 h".)
    QVERIFY(view.slaTile()->note().startsWith(QStringLiteral("4 of 6 run")));
    QVERIFY(view.slaTile()->note().endsWith(QStringLiteral(" within 4 h")));
    QCOMPARE(view.inProgressTile()->value(), QStringLiteral("1"));
    QCOMPARE(view.windowFromMs(), utc("2023-10-26 00:00"));
    QCOMPARE(view.windowToMs(), utc("2024-01-24 00:00"));
    const auto *range = view.findChild<QLabel *>(QStringLiteral("rangeLabel"));
    QCOMPARE(range->text(), QStringLiteral("26 Oct 2023 to 23 Jan 2024 (UTC)"));
}

void TestDashboard::changingTheWindowRecomputes()
{
    const QString path = m_dir.filePath(QStringLiteral("window.stepwise"));
    const ProcessId id = storeSmall(path);
    QVERIFY(id);
    Workspace workspace;
    QVERIFY(workspace.open(path));
    DashboardView view;
    view.resize(1400, 900);
    view.setSource(&workspace, id, *workspace.loadProcess(id));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.isComputing());
    QCOMPARE(view.runsTile()->value(), QStringLiteral("6"));
    QSignalSpy updated(&view, &DashboardView::updated);

    // Up from "the last 90 days" is "the last 30 days", as a user presses it.
    QComboBox *combo = view.windowCombo();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(view.window(), DashboardView::Window::Last30Days);
    QTRY_VERIFY(!view.isComputing());
    QCOMPARE(updated.count(), 1);
    // 20 min, 3 h, 3 h, 5 h, 10 h: the 90th percentile at rank 3.6 is 5 h + 0.6 * 5 h = 8 h.
    QCOMPARE(view.runsTile()->value(), QStringLiteral("5"));
    QCOMPARE(view.p90Tile()->value(), QStringLiteral("8 h"));

    // Custom dates: the second week only (r3 started on Sunday the 7th, r4 on the 9th).
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(view.window(), DashboardView::Window::Custom);
    auto *from = view.findChild<QDateEdit *>(QStringLiteral("fromDate"));
    auto *to = view.findChild<QDateEdit *>(QStringLiteral("toDate"));
    QVERIFY(from->isVisible());
    QVERIFY(to->isVisible());
    from->setDate(QDate(2024, 1, 8));
    to->setDate(QDate(2024, 1, 14));
    QTRY_COMPARE(view.runsTile()->value(), QStringLiteral("1"));
    QTRY_VERIFY(!view.isComputing());
    QCOMPARE(view.medianTile()->value(), QStringLiteral("20 min"));
    QCOMPARE(view.inProgressTile()->value(), QStringLiteral("1"));
    QCOMPARE(view.windowFromMs(), utc("2024-01-08 00:00"));
    QCOMPARE(view.windowToMs(), utc("2024-01-15 00:00"));

    // A window without runs says so instead of showing empty charts silently.
    view.setCustomRange(QDate(2024, 1, 15), QDate(2024, 1, 21));
    QTRY_VERIFY(!view.isComputing());
    QCOMPARE(view.runsTile()->value(), QStringLiteral("0"));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("emptyWindowLabel"))->isVisible());

    // All time.
    view.setWindow(DashboardView::Window::All);
    QTRY_VERIFY(!view.isComputing());
    QCOMPARE(view.runsTile()->value(), QStringLiteral("6"));
    QVERIFY(!view.findChild<QLabel *>(QStringLiteral("emptyWindowLabel"))->isVisible());
    QVERIFY(!from->isVisible());
}

void TestDashboard::aNewerWindowOvertakesAnOlderOne()
{
    const QString path = m_dir.filePath(QStringLiteral("overtake.stepwise"));
    const ProcessId id = storeSmall(path);
    QVERIFY(id);
    Workspace workspace;
    QVERIFY(workspace.open(path));
    DashboardView view;
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Three requests at once: reading the runs, then two windows. Only the last one shows.
    view.setSource(&workspace, id, *workspace.loadProcess(id));
    view.setWindow(DashboardView::Window::Last30Days);
    view.setCustomRange(QDate(2024, 1, 8), QDate(2024, 1, 14));
    QVERIFY(view.isComputing());
    QSignalSpy updated(&view, &DashboardView::updated);
    QTRY_VERIFY(!view.isComputing());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(view.runsTile()->value(), QStringLiteral("1"));
    QCOMPARE(view.windowFromMs(), utc("2024-01-08 00:00"));
}

void TestDashboard::clickingAStepBarActivatesIt()
{
    const QString path = m_dir.filePath(QStringLiteral("click.stepwise"));
    const ProcessId id = storeSmall(path);
    QVERIFY(id);
    Workspace workspace;
    QVERIFY(workspace.open(path));
    DashboardView view;
    view.resize(1400, 900);
    view.setSource(&workspace, id, *workspace.loadProcess(id));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.isComputing());
    QSignalSpy activated(&view, &DashboardView::stepActivated);

    // B takes the most time: the first bar from the top, A the second.
    QCustomPlot *plot = view.plot(DashboardView::Chart::Steps);
    plot->replot(); // lays the axes out at the plot's final size
    const auto barCentre = [&](int row) {
        const QCPBarsDataContainer &data
            = *qobject_cast<QCPBars *>(plot->plottable(1))->data(); // processing, on top
        const double end = (data.at(row)->value
                            + qobject_cast<QCPBars *>(plot->plottable(0))->data()->at(row)->value);
        return QPoint(int(plot->xAxis->coordToPixel(end / 2)), int(plot->yAxis->coordToPixel(row)));
    };
    // Pointing at it tells its figures first. With r0 (B from 10:10 to 11:00, right after A):
    // processing 2 h, 9 h, 2 h, 3 h, 50 min: 3 h 22 min; waiting 30, 0, 30, 60, 0 min: 24 min.
    QTest::mouseMove(plot, barCentre(0));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Processing, mean: <b>3 h 22 min</b>")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Waiting, mean: <b>24 min</b>")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Executions: <b>5</b>")));
    QTest::mouseClick(plot, Qt::LeftButton, {}, barCentre(0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("B"));
    QTest::mouseClick(plot, Qt::LeftButton, {}, barCentre(1));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("A"));
    // Between the bars, nothing.
    const int between = int(plot->yAxis->coordToPixel(0.5));
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(barCentre(0).x(), between));
    QCOMPARE(activated.count(), 0);
    // A click on another chart selects nothing.
    QCustomPlot *handoffs = view.plot(DashboardView::Chart::Handoffs);
    QTest::mouseClick(
        handoffs, Qt::LeftButton, {},
        QPoint(int(handoffs->xAxis->coordToPixel(60)), int(handoffs->yAxis->coordToPixel(0))));
    QCOMPARE(activated.count(), 0);
}

void TestDashboard::chartsExportAsPngAndPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("export.stepwise"));
    const ProcessId id = storeSmall(path);
    QVERIFY(id);
    Workspace workspace;
    QVERIFY(workspace.open(path));
    DashboardView view;
    view.resize(1400, 900);
    view.setSource(&workspace, id, *workspace.loadProcess(id));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.isComputing());

    const QString png = m_dir.filePath(QStringLiteral("cycle.png"));
    QVERIFY(view.exportChart(DashboardView::Chart::CycleTime, png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Twice the size on screen, for print.
    QCOMPARE(image.width(), 2 * view.plot(DashboardView::Chart::CycleTime)->width());
    const QString pdf = m_dir.filePath(QStringLiteral("steps.pdf"));
    QVERIFY(view.exportChart(DashboardView::Chart::Steps, pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    // Every chart offers both through its button.
    for (ChartCard *card : view.findChildren<ChartCard *>()) {
        auto *button = card->findChild<QToolButton *>(QStringLiteral("exportButton"));
        QVERIFY(button && button->menu());
        QCOMPARE(button->menu()->actions().size(), 2);
    }
}

void TestDashboard::aProcessWithoutRunsShowsTheEmptyState()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.stepwise"));
    const ProcessId id = storeSmall(path, false);
    QVERIFY(id);
    Workspace workspace;
    QVERIFY(workspace.open(path));
    DashboardView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *message = view.findChild<QLabel *>(QStringLiteral("dashboardMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("No process open")));
    view.setSource(&workspace, id, *workspace.loadProcess(id));
    QTRY_VERIFY(!view.isComputing());
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("Nothing to measure yet")));
    QVERIFY(!view.dashboard()->stats.runs);
    QVERIFY(!view.runsTile()->isVisible());

    // Runs arrive: told so, the view reads them again.
    Workspace writer;
    QVERIFY(writer.open(path));
    QVERIFY(writer.saveRuns(id, makeLog(smallEvents())));
    view.reloadRuns();
    QTRY_VERIFY(!view.isComputing());
    QVERIFY(!message->isVisible());
    QCOMPARE(view.runsTile()->value(), QStringLiteral("5"));
}

void TestDashboard::darkPaletteRestylesTheCharts()
{
    const QString path = m_dir.filePath(QStringLiteral("dark.stepwise"));
    const ProcessId id = storeSmall(path);
    QVERIFY(id);
    Workspace workspace;
    QVERIFY(workspace.open(path));
    DashboardView view;
    view.resize(1400, 900);
    view.setSource(&workspace, id, *workspace.loadProcess(id));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(!view.isComputing());
    QCustomPlot *plot = view.plot(DashboardView::Chart::CycleTime);
    const QColor lightLabels = plot->xAxis->tickLabelColor();

    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    view.setPalette(dark);
    // Labels stay readable: light on the dark background, dark before on the light one.
    const QColor darkLabels = plot->xAxis->tickLabelColor();
    QVERIFY(darkLabels.lightness() > 128);
    QVERIFY(lightLabels.lightness() < darkLabels.lightness());
    QCOMPARE(plot->legend->textColor(), QColor(0xe6, 0xe6, 0xe6));
    // The figures stay.
    QCOMPARE(view.runsTile()->value(), QStringLiteral("6"));
}

void TestDashboard::mainWindowSelectsTheClickedStepOnTheMap()
{
    const QString path = m_dir.filePath(QStringLiteral("main.stepwise"));
    QVERIFY(storeSmall(path));
    QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("light"));
    Workspace workspace;
    QVERIFY(workspace.open(path));
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.document());
    QCOMPARE(window.document()->process().name, QStringLiteral("Small"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    DashboardView *view = window.dashboardView();
    QVERIFY(view);
    // Hidden, it reads nothing; shown, it catches up.
    QVERIFY(!view->dashboard());
    tabs->setCurrentWidget(view);
    QTRY_VERIFY(view->dashboard() && !view->isComputing());
    QCOMPARE(view->runsTile()->value(), QStringLiteral("6"));

    QCustomPlot *plot = view->plot(DashboardView::Chart::Steps);
    plot->replot();
    const QPoint onB(int(plot->xAxis->coordToPixel(60)), int(plot->yAxis->coordToPixel(0)));
    QTest::mouseClick(plot, Qt::LeftButton, {}, onB);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(window.mapView()->processScene()->selectedStepIds(), ItemIds {5});

    // A change of the SLA target on the map shows on the dashboard.
    tabs->setCurrentWidget(view);
    window.document()->setProcessValue(Property::SlaTarget, qint64(10 * 3600));
    QTRY_COMPARE(view->slaTile()->value(), QStringLiteral("100.0\u00a0%"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
