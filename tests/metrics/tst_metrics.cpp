// Tests of the run-metrics engine: DESIGN.md's definitions on small hand-computed logs
// (transitions, waiting and processing, ordering, window, SLA, variants, percentiles, the designed
// flag, an empty log), the `stats --json` shape, and agreement with pm4py's reference figures on
// the shared logs copied into tests/data.

#include "analysis/runmetrics.h"
#include "analysis/statistics.h"
#include "process/process.h"
#include "runs/eventlogreader.h"
#include "runs/runlogbuilder.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Stepwise;

namespace {

// One execution of a hand-written log: times in minutes after Base, -1 for an unknown start.
struct Ev
{
    QString caseId;
    QString activity;
    qint64 start;
    qint64 complete;
};
using Events = QVector<Ev>;

constexpr qint64 Base = Q_INT64_C(1700000000000);
constexpr qint64 MinuteMs = 60000;

qint64 at(qint64 minutes)
{
    return Base + minutes * MinuteMs;
}

// Runs in order of their cases' first appearance; executions left in input order (the engine
// orders them), each with its input position as order.
RunLog makeLog(const Events &events)
{
    RunLog log;
    QHash<QString, int> runIndex;
    QHash<QString, int> activityIndex;
    for (const Ev &e : events) {
        int r = runIndex.value(e.caseId, -1);
        if (r < 0) {
            r = int(log.runs.size());
            runIndex.insert(e.caseId, r);
            Run run;
            run.caseId = e.caseId;
            log.runs.append(run);
        }
        int a = activityIndex.value(e.activity, -1);
        if (a < 0) {
            a = int(log.activities.size());
            activityIndex.insert(e.activity, a);
            log.activities.append(e.activity);
        }
        Run &run = log.runs[r];
        Execution x;
        x.activity = a;
        x.startMs = e.start < 0 ? NoTime : at(e.start);
        x.completeMs = at(e.complete);
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

// Figures in minutes, "-" for none.
QString minutes(const DurationSummary &s, bool p50)
{
    if (s.isEmpty())
        return QStringLiteral("-");
    return QString::number((p50 ? s.p50 : s.mean) / 60.0, 'g', 10);
}

// "from>to:count:p50:mean" in the engine's order, minutes.
QString describeTransitions(const RunStats &stats)
{
    QStringList parts;
    for (const TransitionStats &t : stats.transitions) {
        parts << QStringLiteral("%1>%2:%3:%4:%5")
                     .arg(t.from, t.to, QString::number(t.count), minutes(t.duration, true),
                          minutes(t.duration, false));
    }
    return parts.join(QLatin1Char(' '));
}

// "name:executions:processing p50/mean:waiting p50/mean" in the engine's order, minutes.
QString describeSteps(const RunStats &stats)
{
    QStringList parts;
    for (const StepStats &s : stats.steps) {
        parts << QStringLiteral("%1:%2:%3/%4:%5/%6")
                     .arg(s.name, QString::number(s.executions), minutes(s.processing, true),
                          minutes(s.processing, false), minutes(s.waiting, true),
                          minutes(s.waiting, false));
    }
    return parts.join(QLatin1Char(' '));
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(const char *spaceSeparated)
{
    const QStringList keys = QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
    return QSet<QString>(keys.begin(), keys.end());
}

// The reference's "2010-12-30 10:02:00+00:00" in UTC milliseconds.
qint64 parseTimestamp(QString text)
{
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : NoTime;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(STEPWISE_SHARED_TEST_DATA "/") + name;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void transitionsAndSteps_data();
    void transitionsAndSteps();
    void percentiles_data();
    void percentiles();
    void window_data();
    void window();
    void sla_data();
    void sla();
    void variantsTiesByNames();
    void startAndEndSteps();
    void designedFlagFoldsCaseAndSpace();
    void handoffNamesFromMap();
    void durationFunctionMeasuresEverything();
    void emptyLog_data();
    void emptyLog();
    void jsonShape();
    void jsonFigures();
    void humanDuration_data();
    void humanDuration();
    void textReport();
    void agreesWithPm4py_data();
    void agreesWithPm4py();
};

void TestMetrics::transitionsAndSteps_data()
{
    QTest::addColumn<Events>("events");
    QTest::addColumn<QString>("transitions");
    QTest::addColumn<QString>("steps");

    // Case 1: a 0, b 10, c 30; case 2: a 0, b 20, c 25; case 3: a 5, c 40 (completes only).
    QTest::newRow("On a complete-only log a transition lasts from one complete to the next")
        << Events {{QStringLiteral("1"), QStringLiteral("a"), -1, 0},
                   {QStringLiteral("1"), QStringLiteral("b"), -1, 10},
                   {QStringLiteral("1"), QStringLiteral("c"), -1, 30},
                   {QStringLiteral("2"), QStringLiteral("a"), -1, 0},
                   {QStringLiteral("2"), QStringLiteral("b"), -1, 20},
                   {QStringLiteral("2"), QStringLiteral("c"), -1, 25},
                   {QStringLiteral("3"), QStringLiteral("a"), -1, 5},
                   {QStringLiteral("3"), QStringLiteral("c"), -1, 40}}
        << QStringLiteral("a>b:2:15:15 b>c:2:12.5:12.5 a>c:1:35:35")
        << QStringLiteral("a:3:-/-:-/- c:3:-/-:20/20 b:2:-/-:15/15");

    QTest::newRow("On a start/complete log the waiting is B's start minus A's complete")
        << Events {{QStringLiteral("1"), QStringLiteral("a"), 0, 10},
                   {QStringLiteral("1"), QStringLiteral("b"), 15, 30},
                   {QStringLiteral("1"), QStringLiteral("c"), 30, 50},
                   {QStringLiteral("2"), QStringLiteral("a"), 0, 20},
                   {QStringLiteral("2"), QStringLiteral("b"), 50, 60},
                   {QStringLiteral("2"), QStringLiteral("c"), 70, 75}}
        << QStringLiteral("a>b:2:17.5:17.5 b>c:2:5:5")
        << QStringLiteral("a:2:15/15:-/- b:2:12.5/12.5:17.5/17.5 c:2:12.5/12.5:5/5");

    QTest::newRow("Overlapping executions wait zero, not a negative time")
        << Events {{QStringLiteral("1"), QStringLiteral("a"), 0, 30},
                   {QStringLiteral("1"), QStringLiteral("b"), 10, 20},
                   {QStringLiteral("1"), QStringLiteral("c"), 25, 40}}
        << QStringLiteral("a>b:1:0:0 b>c:1:5:5")
        << QStringLiteral("a:1:30/30:-/- b:1:10/10:0/0 c:1:15/15:5/5");

    QTest::newRow("An unknown start is stood in for by the complete")
        << Events {{QStringLiteral("1"), QStringLiteral("a"), -1, 10},
                   {QStringLiteral("1"), QStringLiteral("b"), -1, 40},
                   {QStringLiteral("1"), QStringLiteral("c"), 50, 60},
                   {QStringLiteral("2"), QStringLiteral("c"), 0, 10},
                   {QStringLiteral("2"), QStringLiteral("a"), -1, 5}}
        << QStringLiteral("a>b:1:30:30 b>c:1:10:10 c>a:1:0:0")
        << QStringLiteral("a:2:-/-:0/0 c:2:10/10:10/10 b:1:-/-:30/30");

    QTest::newRow("Executions with equal timestamps keep their input order")
        << Events {{QStringLiteral("1"), QStringLiteral("x"), -1, 10},
                   {QStringLiteral("1"), QStringLiteral("y"), -1, 10},
                   {QStringLiteral("1"), QStringLiteral("z"), -1, 10},
                   {QStringLiteral("2"), QStringLiteral("y"), -1, 10},
                   {QStringLiteral("2"), QStringLiteral("x"), -1, 10}}
        << QStringLiteral("x>y:1:0:0 y>x:1:0:0 y>z:1:0:0")
        << QStringLiteral("x:2:-/-:0/0 y:2:-/-:0/0 z:1:-/-:0/0");

    QTest::newRow("Executions given out of order are ordered by start, then complete")
        << Events {{QStringLiteral("1"), QStringLiteral("b"), 20, 30},
                   {QStringLiteral("1"), QStringLiteral("a"), 0, 10},
                   {QStringLiteral("1"), QStringLiteral("c"), 40, 60},
                   {QStringLiteral("1"), QStringLiteral("d"), 40, 50}}
        << QStringLiteral("a>b:1:10:10 b>d:1:10:10 d>c:1:0:0")
        << QStringLiteral("a:1:10/10:-/- b:1:10/10:10/10 c:1:20/20:0/0 d:1:10/10:10/10");
}

void TestMetrics::transitionsAndSteps()
{
    QFETCH(Events, events);
    QFETCH(QString, transitions);
    QFETCH(QString, steps);
    const RunStats stats = computeRunStats(makeLog(events));
    QCOMPARE(describeTransitions(stats), transitions);
    QCOMPARE(describeSteps(stats), steps);
    qint64 executions = 0;
    for (const StepStats &step : stats.steps)
        executions += step.executions;
    QCOMPARE(stats.executions, executions);
}

void TestMetrics::percentiles_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");

    QTest::newRow("The 90th percentile of 1 2 3 4 is 3.7 (numpy)")
        << QVector<double> {1, 2, 3, 4} << 0.9 << 3.7;
    QTest::newRow("The median of an even count is the mean of the middle two")
        << QVector<double> {4, 1, 3, 2} << 0.5 << 2.5;
    QTest::newRow("The median of an odd count is the middle value")
        << QVector<double> {9, 1, 5} << 0.5 << 5.0;
    QTest::newRow("numpy's documented example: the median of 10 7 4 3 2 1 is 3.5")
        << QVector<double> {10, 7, 4, 3, 2, 1} << 0.5 << 3.5;
    QTest::newRow("The 40th percentile of 15 20 35 40 50 interpolates to 29")
        << QVector<double> {15, 20, 35, 40, 50} << 0.4 << 29.0;
    QTest::newRow("The 90th percentile of 1 to 5 is 4.6")
        << QVector<double> {5, 4, 3, 2, 1} << 0.9 << 4.6;
    QTest::newRow("The 0th percentile is the minimum") << QVector<double> {3, 1, 2} << 0.0 << 1.0;
    QTest::newRow("The 100th percentile is the maximum") << QVector<double> {3, 1, 2} << 1.0 << 3.0;
    QTest::newRow("One value is every percentile") << QVector<double> {7} << 0.9 << 7.0;
    QTest::newRow("Ties interpolate to themselves") << QVector<double> {2, 2, 2, 8} << 0.5 << 2.0;
}

void TestMetrics::percentiles()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    QVERIFY2(qFuzzyCompare(percentile(values, q), expected),
             qPrintable(QString::number(percentile(values, q), 'g', 17)));
    QVector<qint64> integers;
    for (double v : values)
        integers.append(qint64(v));
    QVERIFY(qFuzzyCompare(percentileInPlace(integers.data(), integers.data() + integers.size(), q),
                          expected));
    if (q == 0.5) {
        QCOMPARE(median(values), expected);
        QCOMPARE(medianInPlace(integers.data(), integers.data() + integers.size()), expected);
    }
    QVERIFY(std::isnan(percentile({}, q)));
    QVERIFY(std::isnan(median({})));
    QVERIFY(std::isnan(mean(QVector<double>())));
}

void TestMetrics::window_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("cases");

    // Runs start at minutes 0, 10 and 20 and last 15 minutes each.
    QTest::newRow("Without a window every run counts")
        << NoTime << NoTime
        << QStringList {QStringLiteral("r0"), QStringLiteral("r10"), QStringLiteral("r20")};
    QTest::newRow("The start of the window is inclusive")
        << at(10) << NoTime << QStringList {QStringLiteral("r10"), QStringLiteral("r20")};
    QTest::newRow("The end of the window is exclusive")
        << NoTime << at(20) << QStringList {QStringLiteral("r0"), QStringLiteral("r10")};
    QTest::newRow("A run that starts inside counts whole though it ends after the window")
        << at(5) << at(12) << QStringList {QStringLiteral("r10")};
    QTest::newRow("A run that started before the window does not count though it ends inside")
        << at(1) << at(30) << QStringList {QStringLiteral("r10"), QStringLiteral("r20")};
    QTest::newRow("A window without run starts counts nothing")
        << at(21) << at(40) << QStringList {};
}

void TestMetrics::window()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, cases);
    Events events;
    for (int start : {0, 10, 20}) {
        const QString id = QStringLiteral("r%1").arg(start);
        events.append({id, QStringLiteral("open"), start, start + 5});
        events.append({id, QStringLiteral("close %1").arg(start), start + 10, start + 15});
    }
    StatsOptions options;
    options.fromMs = from;
    options.toMs = to;
    const RunStats stats = computeRunStats(makeLog(events), options);
    QCOMPARE(stats.runs, qint64(cases.size()));
    QCOMPARE(stats.events, qint64(cases.size()) * 4);
    QCOMPARE(stats.executions, qint64(cases.size()) * 2);
    QCOMPARE(stats.activities, cases.isEmpty() ? 0 : int(cases.size()) + 1);
    QStringList ends;
    for (const auto &end : stats.endSteps)
        ends << QStringLiteral("r") + end.first.mid(6);
    ends.sort();
    QCOMPARE(ends, cases);
    if (!cases.isEmpty()) {
        QCOMPARE(stats.firstMs, at(cases.first().mid(1).toInt()));
        QCOMPARE(stats.lastMs, at(cases.last().mid(1).toInt() + 15));
        QCOMPARE(stats.cycleTime.max, 15 * 60.0);
    } else {
        QCOMPARE(stats.firstMs, NoTime);
        QVERIFY(std::isnan(stats.cycleTime.p50));
    }
}

void TestMetrics::sla_data()
{
    QTest::addColumn<qint64>("target");
    QTest::addColumn<qint64>("met");
    QTest::addColumn<double>("compliance");

    // Cycle times of 5, 10 and 15 minutes.
    QTest::newRow("A run exactly at the target meets it") << qint64(600) << qint64(2) << 2.0 / 3;
    QTest::newRow("A run a second over the target misses it")
        << qint64(599) << qint64(1) << 1.0 / 3;
    QTest::newRow("A target above every run is met by all") << qint64(86400) << qint64(3) << 1.0;
    QTest::newRow("Without a target there is no compliance") << qint64(0) << qint64(0) << qQNaN();
}

void TestMetrics::sla()
{
    QFETCH(qint64, target);
    QFETCH(qint64, met);
    QFETCH(double, compliance);
    Events events;
    for (int length : {5, 10, 15}) {
        const QString id = QString::number(length);
        events.append({id, QStringLiteral("a"), -1, 100});
        events.append({id, QStringLiteral("b"), -1, 100 + length});
    }
    StatsOptions options;
    options.slaTargetS = target;
    const RunStats stats = computeRunStats(makeLog(events), options);
    QCOMPARE(stats.slaMet, met);
    const QJsonObject sla
        = runStatsToJson(stats, QStringLiteral("P"))[QStringLiteral("sla")].toObject();
    QCOMPARE(sla[QStringLiteral("met")].toInteger(), met);
    if (std::isnan(compliance)) {
        QVERIFY(std::isnan(stats.slaCompliance));
        QVERIFY(sla[QStringLiteral("target_s")].isNull());
        QVERIFY(sla[QStringLiteral("compliance")].isNull());
    } else {
        QVERIFY(qFuzzyCompare(stats.slaCompliance, compliance));
        QCOMPARE(sla[QStringLiteral("target_s")].toInteger(), target);
        QVERIFY(qFuzzyCompare(sla[QStringLiteral("compliance")].toDouble(), compliance));
    }
}

void TestMetrics::variantsTiesByNames()
{
    // Activities are interned check, ship, approve: ties must follow names, not these ids.
    const QString check = QStringLiteral("check"), ship = QStringLiteral("ship"),
                  approve = QStringLiteral("approve");
    const QVector<QStringList> runs = {{check, ship},    {check},   {approve, ship}, {check, ship},
                                       {approve, check}, {approve}, {approve, ship}};
    Events events;
    for (int r = 0; r < runs.size(); ++r) {
        for (int i = 0; i < runs[r].size(); ++i)
            events.append({QString::number(r), runs[r][i], -1, i});
    }
    const RunStats stats = computeRunStats(makeLog(events));
    QCOMPARE(stats.variants.size(), 5);
    const QVector<QStringList> expected
        = {{approve, ship}, {check, ship}, {approve}, {approve, check}, {check}};
    const QVector<qint64> counts = {2, 2, 1, 1, 1};
    for (int v = 0; v < expected.size(); ++v) {
        QCOMPARE(stats.variantNames(v), expected[v]);
        QCOMPARE(stats.variants[v].runs, counts[v]);
    }
    const QJsonObject json = runStatsToJson(stats, QStringLiteral("P"), 2);
    const QJsonObject variants = json[QStringLiteral("variants")].toObject();
    QCOMPARE(variants[QStringLiteral("count")].toInteger(), 5);
    const QJsonArray top = variants[QStringLiteral("top")].toArray();
    QCOMPARE(top.size(), 2);
    QCOMPARE(top[0].toObject()[QStringLiteral("steps")].toArray(),
             QJsonArray::fromStringList(expected[0]));
    QCOMPARE(top[0].toObject()[QStringLiteral("runs")].toInteger(), 2);
}

void TestMetrics::startAndEndSteps()
{
    const Events events = {{QStringLiteral("1"), QStringLiteral("b"), -1, 0},
                           {QStringLiteral("1"), QStringLiteral("x"), -1, 1},
                           {QStringLiteral("2"), QStringLiteral("a"), -1, 0},
                           {QStringLiteral("2"), QStringLiteral("y"), -1, 1},
                           {QStringLiteral("3"), QStringLiteral("a"), -1, 0},
                           {QStringLiteral("4"), QStringLiteral("b"), -1, 0},
                           {QStringLiteral("4"), QStringLiteral("y"), -1, 1}};
    const RunStats stats = computeRunStats(makeLog(events));
    using Counts = QVector<QPair<QString, qint64>>;
    QCOMPARE(stats.startSteps, (Counts {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}}));
    QCOMPARE(
        stats.endSteps,
        (Counts {{QStringLiteral("y"), 2}, {QStringLiteral("a"), 1}, {QStringLiteral("x"), 1}}));
    const QJsonObject json = runStatsToJson(stats, QStringLiteral("P"));
    QCOMPARE(json[QStringLiteral("start_steps")].toObject(),
             (QJsonObject {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 2}}));
    QCOMPARE(json[QStringLiteral("end_steps")].toObject()[QStringLiteral("y")].toInteger(), 2);
}

void TestMetrics::designedFlagFoldsCaseAndSpace()
{
    const Events events = {{QStringLiteral("1"), QStringLiteral("Register Request"), -1, 0},
                           {QStringLiteral("1"), QStringLiteral("Check  ticket"), -1, 1},
                           {QStringLiteral("1"), QStringLiteral("Decide"), -1, 2},
                           {QStringLiteral("1"), QStringLiteral("Check  ticket"), -1, 3}};
    StatsOptions options;
    options.designedHandoffs
        = {{QStringLiteral(" register request"), QStringLiteral("check ticket")},
           {QStringLiteral("CHECK TICKET"), QStringLiteral("decide\t")}};
    const RunStats stats = computeRunStats(makeLog(events), options);
    QCOMPARE(stats.transitions.size(), 3);
    QHash<QString, bool> designed;
    for (const TransitionStats &t : stats.transitions)
        designed.insert(t.from + QStringLiteral(">") + t.to, t.designed);
    QCOMPARE(designed.value(QStringLiteral("Register Request>Check  ticket")), true);
    QCOMPARE(designed.value(QStringLiteral("Check  ticket>Decide")), true);
    QCOMPARE(designed.value(QStringLiteral("Decide>Check  ticket")), false);
    const QJsonArray transitions
        = runStatsToJson(stats, QStringLiteral("P"))[QStringLiteral("transitions")].toArray();
    for (const QJsonValue &t : transitions)
        QVERIFY(t.toObject()[QStringLiteral("designed")].isBool());

    // Without a map nothing is designed.
    for (const TransitionStats &t : computeRunStats(makeLog(events)).transitions)
        QVERIFY(!t.designed);
}

void TestMetrics::handoffNamesFromMap()
{
    Process process;
    Step a, b, c;
    a.id = 1;
    a.name = QStringLiteral("Register request");
    b.id = 2;
    b.name = QStringLiteral("Check ticket");
    c.id = 3;
    c.name = QStringLiteral("Decide");
    process.steps = {a, b, c};
    process.handoffs = {{4, 1, 2, {}}, {5, 2, 3, QStringLiteral("ok")}, {6, 3, 99, {}}};
    const auto names = handoffNames(process);
    QCOMPARE(names.size(), 2);
    QCOMPARE(names[0], qMakePair(a.name, b.name));
    QCOMPARE(names[1], qMakePair(b.name, c.name));
}

void TestMetrics::durationFunctionMeasuresEverything()
{
    const Events events = {{QStringLiteral("1"), QStringLiteral("a"), 0, 10},
                           {QStringLiteral("1"), QStringLiteral("b"), 30, 40}};
    StatsOptions options;
    int calls = 0;
    options.duration = [&calls](qint64 from, qint64 to) {
        ++calls;
        return (to - from) / 2;
    };
    const RunStats stats = computeRunStats(makeLog(events), options);
    QCOMPARE(stats.cycleTime.max, 20 * 60.0);
    QCOMPARE(stats.transitions.first().duration.mean, 10 * 60.0);
    QCOMPARE(stats.steps.first().processing.mean, 5 * 60.0);
    QCOMPARE(calls, 4); // cycle, two processing times, one waiting time
}

void TestMetrics::emptyLog_data()
{
    QTest::addColumn<bool>("windowed");
    QTest::newRow("An empty log gives zeros and nulls") << false;
    QTest::newRow("A window without runs gives zeros and nulls") << true;
}

void TestMetrics::emptyLog()
{
    QFETCH(bool, windowed);
    RunLog log;
    StatsOptions options;
    options.slaTargetS = 3600;
    if (windowed) {
        log = makeLog({{QStringLiteral("1"), QStringLiteral("a"), 0, 10}});
        options.fromMs = at(100);
    }
    const RunStats stats = computeRunStats(log, options);
    QCOMPARE(stats.runs, 0);
    const QJsonObject json = runStatsToJson(stats, QStringLiteral("Empty"));
    QCOMPARE(json[QStringLiteral("runs")].toInteger(), 0);
    QCOMPARE(json[QStringLiteral("activities")].toInteger(), 0);
    QVERIFY(json[QStringLiteral("period")].toObject()[QStringLiteral("first")].isNull());
    QVERIFY(json[QStringLiteral("period")].toObject()[QStringLiteral("last")].isNull());
    for (const QJsonValue &v : json[QStringLiteral("cycle_time_s")].toObject())
        QVERIFY(v.isNull());
    const QJsonObject sla = json[QStringLiteral("sla")].toObject();
    QCOMPARE(sla[QStringLiteral("target_s")].toInteger(), 3600);
    QCOMPARE(sla[QStringLiteral("met")].toInteger(), 0);
    QVERIFY(sla[QStringLiteral("compliance")].isNull());
    QVERIFY(json[QStringLiteral("steps")].toArray().isEmpty());
    QVERIFY(json[QStringLiteral("transitions")].toArray().isEmpty());
    QVERIFY(json[QStringLiteral("start_steps")].toObject().isEmpty());
    QCOMPARE(json[QStringLiteral("variants")].toObject()[QStringLiteral("count")].toInteger(), 0);
    QVERIFY(!runStatsToText(stats, QStringLiteral("Empty")).isEmpty());
}

void TestMetrics::jsonShape()
{
    const Events events = {{QStringLiteral("1"), QStringLiteral("a"), 0, 10},
                           {QStringLiteral("1"), QStringLiteral("b"), -1, 40},
                           {QStringLiteral("2"), QStringLiteral("a"), -1, 5}};
    const QJsonObject json = runStatsToJson(computeRunStats(makeLog(events)), QStringLiteral("P"));
    QCOMPARE(keysOf(json),
             keySet("process runs events executions activities period cycle_time_s "
                    "sla steps transitions start_steps end_steps variants"));
    QCOMPARE(keysOf(json[QStringLiteral("period")].toObject()), keySet("first last"));
    QCOMPARE(keysOf(json[QStringLiteral("cycle_time_s")].toObject()),
             keySet("min p50 mean p90 max"));
    QCOMPARE(keysOf(json[QStringLiteral("sla")].toObject()), keySet("target_s met compliance"));
    QCOMPARE(keysOf(json[QStringLiteral("variants")].toObject()), keySet("count top"));
    const QJsonArray steps = json[QStringLiteral("steps")].toArray();
    QCOMPARE(steps.size(), 2);
    for (const QJsonValue &step : steps) {
        const QJsonObject s = step.toObject();
        QCOMPARE(keysOf(s), keySet("name executions processing_s waiting_s"));
        for (const char *key : {"processing_s", "waiting_s"}) {
            const QJsonValue v = s[QLatin1String(key)];
            QVERIFY(v.isNull() || keysOf(v.toObject()) == keySet("p50 mean"));
        }
    }
    // a: two executions, one with a start; b: one, without.
    QCOMPARE(steps[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("a"));
    QCOMPARE(steps[0]
                 .toObject()[QStringLiteral("processing_s")]
                 .toObject()[QStringLiteral("p50")]
                 .toDouble(),
             600.0);
    QVERIFY(steps[0].toObject()[QStringLiteral("waiting_s")].isNull());
    QVERIFY(steps[1].toObject()[QStringLiteral("processing_s")].isNull());
    const QJsonArray transitions = json[QStringLiteral("transitions")].toArray();
    QCOMPARE(transitions.size(), 1);
    const QJsonObject t = transitions[0].toObject();
    QCOMPARE(keysOf(t), keySet("from to count designed duration_s"));
    QCOMPARE(keysOf(t[QStringLiteral("duration_s")].toObject()), keySet("p50 mean"));
    const QJsonObject top = json[QStringLiteral("variants")]
                                .toObject()[QStringLiteral("top")]
                                .toArray()[0]
                                .toObject();
    QCOMPARE(keysOf(top), keySet("steps runs"));
    // The timestamps are ISO 8601 UTC with milliseconds.
    const QString first
        = json[QStringLiteral("period")].toObject()[QStringLiteral("first")].toString();
    QCOMPARE(first, QStringLiteral("2023-11-14T22:13:20.000Z"));
    QCOMPARE(QDateTime::fromString(first, Qt::ISODateWithMs).toMSecsSinceEpoch(), Base);
    // It is valid JSON text.
    QJsonParseError error;
    QJsonDocument::fromJson(QJsonDocument(json).toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestMetrics::jsonFigures()
{
    // Milliseconds are kept: cycle times of 1.5 s and 2.25 s.
    RunLog log = makeLog({{QStringLiteral("1"), QStringLiteral("a"), -1, 0},
                          {QStringLiteral("2"), QStringLiteral("a"), -1, 0}});
    log.runs[0].lastMs += 1500;
    log.runs[1].lastMs += 2250;
    const QJsonObject json = runStatsToJson(computeRunStats(log), QStringLiteral("Named"));
    QCOMPARE(json[QStringLiteral("process")].toString(), QStringLiteral("Named"));
    const QJsonObject cycle = json[QStringLiteral("cycle_time_s")].toObject();
    QCOMPARE(cycle[QStringLiteral("min")].toDouble(), 1.5);
    QCOMPARE(cycle[QStringLiteral("max")].toDouble(), 2.25);
    QCOMPARE(cycle[QStringLiteral("p50")].toDouble(), 1.875);
    QCOMPARE(cycle[QStringLiteral("mean")].toDouble(), 1.875);
    QVERIFY(qFuzzyCompare(cycle[QStringLiteral("p90")].toDouble(), 2.175));
    QCOMPARE(json[QStringLiteral("period")].toObject()[QStringLiteral("last")].toString(),
             QStringLiteral("2023-11-14T22:13:22.250Z"));
}

void TestMetrics::humanDuration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("Zero is 0 s") << 0.0 << QStringLiteral("0 s");
    QTest::newRow("Under ten seconds keep a decimal") << 0.4 << QStringLiteral("0.4 s");
    QTest::newRow("Seconds") << 42.0 << QStringLiteral("42 s");
    QTest::newRow("Minutes and seconds under ten minutes") << 125.0 << QStringLiteral("2 min 5 s");
    QTest::newRow("Whole minutes") << 120.0 << QStringLiteral("2 min");
    QTest::newRow("Minutes from ten on") << 725.0 << QStringLiteral("12 min");
    QTest::newRow("Hours and minutes") << 12000.0 << QStringLiteral("3 h 20 min");
    QTest::newRow("Whole hours") << 3600.0 << QStringLiteral("1 h");
    QTest::newRow("Days with a decimal") << 2.4 * 86400 << QStringLiteral("2.4 d");
    QTest::newRow("Many days without") << 135.2 * 86400 << QStringLiteral("135 d");
    QTest::newRow("Negative durations have a minus") << -90.0 << QStringLiteral("-1 min 30 s");
    QTest::newRow("No value is a dash") << qQNaN() << QStringLiteral("\u2013");
}

void TestMetrics::humanDuration()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(Stepwise::humanDuration(seconds), text);
}

void TestMetrics::textReport()
{
    const Events events = {{QStringLiteral("1"), QStringLiteral("Register"), 0, 10},
                           {QStringLiteral("1"), QStringLiteral("Check ticket"), 200, 210},
                           {QStringLiteral("2"), QStringLiteral("Register"), 0, 5}};
    StatsOptions options;
    options.slaTargetS = 4 * 3600;
    const QString text
        = runStatsToText(computeRunStats(makeLog(events), options), QStringLiteral("Support"), 5);
    QVERIFY(text.contains(QStringLiteral("Support")));
    QVERIFY(text.contains(QStringLiteral("3 h 10 min"))); // the waiting before Check ticket
    QVERIFY(text.contains(QStringLiteral("Register \u2192 Check ticket")));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
    // Columns line up: the header and rows of the steps table have "Executions" right-aligned.
    const auto header = lines.indexOf(QRegularExpression(QStringLiteral("^  Step +Executions.*")));
    QVERIFY(header > 0);
    const auto end = lines[header].indexOf(QStringLiteral("Executions")) + 10;
    QCOMPARE(lines[header + 1].at(end - 1), QLatin1Char('2'));
    QCOMPARE(lines[header + 2].at(end - 1), QLatin1Char('1'));
}

void TestMetrics::agreesWithPm4py_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("The running example as CSV agrees with pm4py")
        << QStringLiteral("running-example.csv");
    QTest::newRow("The running example as XES agrees with pm4py")
        << QStringLiteral("running-example.xes");
    QTest::newRow("The receipt log (DST offsets, milliseconds) agrees with pm4py")
        << QStringLiteral("receipt.xes");
}

void TestMetrics::agreesWithPm4py()
{
    QFETCH(QString, file);
    QFile referenceFile(dataPath(file + QStringLiteral(".reference.json")));
    QVERIFY2(referenceFile.open(QIODevice::ReadOnly), qPrintable(referenceFile.fileName()));
    // The "events" view: timestamps converted to UTC with their offsets (the upstream fix), not
    // "pm4py_native_xes_dates".
    const QJsonObject ref = QJsonDocument::fromJson(referenceFile.readAll())
                                .object()[QStringLiteral("views")]
                                .toObject()[QStringLiteral("events")]
                                .toObject();
    QVERIFY(!ref.isEmpty());

    // Read with the importer's own readers and RunLogBuilder, the fields guessed.
    QString error;
    const auto reader = EventLogReader::open(dataPath(file), ReaderOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    RunLogBuilder builder;
    RawEvent event;
    while (reader->next(event))
        builder.add(event);
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    const RunLog log = builder.finish();
    const RunStats stats = computeRunStats(log);

    QCOMPARE(stats.runs, ref[QStringLiteral("cases")].toInteger());
    QCOMPARE(stats.events, ref[QStringLiteral("events")].toInteger());
    QCOMPARE(stats.executions, ref[QStringLiteral("events")].toInteger());
    QCOMPARE(qint64(stats.activities), ref[QStringLiteral("activities")].toInteger());
    QCOMPARE(stats.firstMs, parseTimestamp(ref[QStringLiteral("first_timestamp_utc")].toString()));
    QCOMPARE(stats.lastMs, parseTimestamp(ref[QStringLiteral("last_timestamp_utc")].toString()));

    // Cycle time exactly: our milliseconds against pm4py's float seconds, which differ only in
    // their last bits (1 microsecond is a thousand times below the logs' resolution).
    const auto close = [](double ours, double theirs) { return std::abs(ours - theirs) < 1e-6; };
    const QJsonObject cycle = ref[QStringLiteral("case_duration_seconds")].toObject();
    const std::pair<const char *, double> figures[] = {{"min", stats.cycleTime.min},
                                                       {"median", stats.cycleTime.p50},
                                                       {"mean", stats.cycleTime.mean},
                                                       {"p90", stats.cycleTime.p90},
                                                       {"max", stats.cycleTime.max}};
    for (const auto &[key, ours] : figures) {
        const double theirs = cycle[QLatin1String(key)].toDouble();
        QVERIFY2(close(ours, theirs),
                 qPrintable(QStringLiteral("%1: %2 vs pm4py %3")
                                .arg(QLatin1String(key), QString::number(ours, 'g', 17),
                                     QString::number(theirs, 'g', 17))));
    }

    // Every directly-follows edge: count, mean and median.
    const QJsonArray edges = ref[QStringLiteral("dfg_edges")].toArray();
    QCOMPARE(stats.transitions.size(), edges.size());
    QHash<QString, const TransitionStats *> ours;
    for (const TransitionStats &t : stats.transitions)
        ours.insert(t.from + QLatin1Char('\n') + t.to, &t);
    for (const QJsonValue &value : edges) {
        const QJsonObject edge = value.toObject();
        const QString key = edge[QStringLiteral("source")].toString() + QLatin1Char('\n')
            + edge[QStringLiteral("target")].toString();
        const TransitionStats *t = ours.value(key);
        QVERIFY2(t, qPrintable(key));
        QCOMPARE(t->count, edge[QStringLiteral("frequency")].toInteger());
        QVERIFY2(close(t->duration.mean, edge[QStringLiteral("mean_s")].toDouble()),
                 qPrintable(key));
        QVERIFY2(close(t->duration.p50, edge[QStringLiteral("median_s")].toDouble()),
                 qPrintable(key));
    }

    // Start and end activities.
    const auto counts = [](const QJsonArray &list) {
        QVector<QPair<QString, qint64>> result;
        for (const QJsonValue &v : list) {
            result.append({v.toObject()[QStringLiteral("value")].toString(),
                           v.toObject()[QStringLiteral("count")].toInteger()});
        }
        std::sort(result.begin(), result.end(), [](const auto &x, const auto &y) {
            return x.second != y.second ? x.second > y.second : x.first < y.first;
        });
        return result;
    };
    QCOMPARE(stats.startSteps, counts(ref[QStringLiteral("start_activities")].toArray()));
    QCOMPARE(stats.endSteps, counts(ref[QStringLiteral("end_activities")].toArray()));

    // Variants: the count and the top five in order (ties by the sequence of names).
    QCOMPARE(qint64(stats.variants.size()), ref[QStringLiteral("variants")].toInteger());
    const QJsonArray top = ref[QStringLiteral("top5_variants")].toArray();
    const QJsonArray oursTop
        = runStatsToJson(stats, file, int(top.size()))[QStringLiteral("variants")]
              .toObject()[QStringLiteral("top")]
              .toArray();
    QCOMPARE(oursTop.size(), top.size());
    for (qsizetype v = 0; v < top.size(); ++v) {
        const QJsonObject theirs = top[v].toObject();
        const QJsonObject mine = oursTop[v].toObject();
        QCOMPARE(mine[QStringLiteral("steps")].toArray(),
                 theirs[QStringLiteral("activities")].toArray());
        QCOMPARE(mine[QStringLiteral("runs")].toInteger(),
                 theirs[QStringLiteral("count")].toInteger());
    }
}

QTEST_GUILESS_MAIN(TestMetrics)

#include "tst_metrics.moc"
