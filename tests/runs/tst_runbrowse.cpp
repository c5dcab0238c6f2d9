// The workspace's run-browsing queries behind the runs tab: the ordered and filtered list of run
// ids, the lines of the rows on screen (steps and changes of owner), single runs as a log,
// deleting some runs and replacing one, each write all or nothing.
#include "analysis/runmetrics.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

Q_DECLARE_METATYPE(Stepwise::RunQuery)

namespace {

const qint64 minute = 60 * 1000;
// Monday 6 January 2025, 09:00 UTC.
const qint64 t0 = QDateTime(QDate(2025, 1, 6), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

struct Done
{
    const char *activity;
    const char *resource; // null: none
    int startMin;
    int completeMin;
};

// A log from runs given as (case, steps), times in minutes after t0.
RunLog makeLog(const QVector<QPair<QString, QVector<Done>>> &runs)
{
    RunLog log;
    const auto intern = [](QStringList &names, const QString &name) {
        int index = int(names.indexOf(name));
        if (index < 0) {
            index = int(names.size());
            names.append(name);
        }
        return index;
    };
    for (const auto &[caseId, steps] : runs) {
        Run run;
        run.caseId = caseId;
        for (const Done &step : steps) {
            Execution execution;
            execution.activity = intern(log.activities, QLatin1String(step.activity));
            execution.resource
                = step.resource ? intern(log.resources, QLatin1String(step.resource)) : -1;
            execution.startMs = t0 + step.startMin * minute;
            execution.completeMs = t0 + step.completeMin * minute;
            execution.order = int(run.executions.size());
            run.executions.append(execution);
            run.firstMs = run.firstMs == NoTime ? execution.startMs
                                                : std::min(run.firstMs, execution.startMs);
            run.lastMs = std::max(run.lastMs, execution.completeMs);
            ++run.events;
        }
        log.runs.append(run);
    }
    return log;
}

// Three runs worked out by hand:
//   x (ann) 0-10, y (bob) 20-30, z (bob) 40-50: cycle 50 min, 3 steps, 1 change of owner
//   B-2: x (ann) 0-30, y (ann) 60-120: cycle 120 min, 2 steps, no change
//   a-3: x (none) 5-10, y (ann) 15-20, z (bob) 25-30, x (ann) 30-35: cycle 30 min, 4 steps,
//        2 changes (none -> ann is not one: the first owner is unknown)
RunLog threeRuns()
{
    return makeLog({
        {QStringLiteral("A-1"), {{"x", "ann", 0, 10}, {"y", "bob", 20, 30}, {"z", "bob", 40, 50}}},
        {QStringLiteral("B-2"), {{"x", "ann", 0, 30}, {"y", "ann", 60, 120}}},
        {QStringLiteral("a-3"),
         {{"x", nullptr, 5, 10}, {"y", "ann", 15, 20}, {"z", "bob", 25, 30}, {"x", "ann", 30, 35}}},
    });
}

} // namespace

class TestRunBrowse : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void orderAndFilter_data();
    void orderAndFilter();
    void summariesFollowTheGivenOrder();
    void cycleTimesOnTheSlaClock();
    void caseFilterMatchesLiterally();
    void runsByIdAreTheStoredRuns();
    void deleteSomeRuns();
    void deleteRefusesAnotherProcesssRun();
    void replaceRunChangesItsCase();
    void replaceRunRefusesACaseTaken();
    void nextCaseFollowsTheLast_data();
    void nextCaseFollowsTheLast();
    void resourceNamesAreSorted();

private:
    QStringList casesOf(const QVector<qint64> &ids);

    QTemporaryDir m_dir;
    Workspace m_ws;
    ProcessId m_process = 0;
    ProcessId m_other = 0;
};

void TestRunBrowse::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_ws.open(m_dir.filePath(QStringLiteral("runs.stepwise"))),
             qPrintable(m_ws.errorString()));
    m_process = m_ws.createProcess(QStringLiteral("Tickets"));
    m_other = m_ws.createProcess(QStringLiteral("Other"));
    QVERIFY(m_process && m_other);
    QVERIFY2(m_ws.saveRuns(m_process, threeRuns()), qPrintable(m_ws.errorString()));
    QVERIFY2(m_ws.saveRuns(m_other, makeLog({{QStringLiteral("A-1"), {{"x", "ann", 0, 1}}}})),
             qPrintable(m_ws.errorString()));
}

void TestRunBrowse::cleanup()
{
    m_ws.close();
    QFile::remove(m_dir.filePath(QStringLiteral("runs.stepwise")));
}

QStringList TestRunBrowse::casesOf(const QVector<qint64> &ids)
{
    QStringList cases;
    const std::optional<QVector<RunSummary>> lines = m_ws.runSummaries(ids);
    if (!lines)
        return {QStringLiteral("error: ") + m_ws.errorString()};
    for (const RunSummary &line : *lines)
        cases.append(line.caseId);
    return cases;
}

void TestRunBrowse::orderAndFilter_data()
{
    QTest::addColumn<RunQuery>("query");
    QTest::addColumn<QStringList>("cases");
    using O = RunQuery::Order;
    const auto query = [](O order, bool descending, const QString &filter = {},
                          RunQuery::Sla sla = RunQuery::Sla::Any, qint64 targetS = 0) {
        RunQuery q;
        q.order = order;
        q.descending = descending;
        q.caseContains = filter;
        q.sla = sla;
        q.slaTargetS = targetS;
        return q;
    };
    const QString a1 = QStringLiteral("A-1"), b2 = QStringLiteral("B-2"),
                  a3 = QStringLiteral("a-3");
    QTest::newRow("by start, ties by id") << query(O::Start, false) << QStringList {a1, b2, a3};
    QTest::newRow("by start, latest first, ties by id too")
        << query(O::Start, true) << QStringList {a3, b2, a1};
    QTest::newRow("by end") << query(O::End, false) << QStringList {a3, a1, b2};
    QTest::newRow("by case (binary)") << query(O::Case, false) << QStringList {a1, b2, a3};
    QTest::newRow("by cycle time, longest first")
        << query(O::CycleTime, true) << QStringList {b2, a1, a3};
    QTest::newRow("by cycle time, shortest first")
        << query(O::CycleTime, false) << QStringList {a3, a1, b2};
    QTest::newRow("by steps, most first") << query(O::Steps, true) << QStringList {a3, a1, b2};
    QTest::newRow("by owner changes, fewest first")
        << query(O::OwnerChanges, false) << QStringList {b2, a1, a3};
    QTest::newRow("SLA met first, then by cycle time")
        << query(O::SlaMet, false, {}, RunQuery::Sla::Any, 3600) << QStringList {a3, a1, b2};
    QTest::newRow("SLA missed first")
        << query(O::SlaMet, true, {}, RunQuery::Sla::Any, 3600) << QStringList {b2, a1, a3};
    QTest::newRow("case filter ignores case")
        << query(O::Start, false, QStringLiteral("a-")) << QStringList {a1, a3};
    QTest::newRow("case filter matching nothing")
        << query(O::Start, false, QStringLiteral("zz")) << QStringList {};
    QTest::newRow("runs that met a 1 h target")
        << query(O::Start, false, {}, RunQuery::Sla::Met, 3600) << QStringList {a1, a3};
    QTest::newRow("runs that missed a 1 h target")
        << query(O::Start, false, {}, RunQuery::Sla::Missed, 3600) << QStringList {b2};
    QTest::newRow("a 50 min target is met at exactly 50 min")
        << query(O::Start, false, {}, RunQuery::Sla::Met, 3000) << QStringList {a1, a3};
    QTest::newRow("without a target the SLA filter selects every run")
        << query(O::Start, false, {}, RunQuery::Sla::Missed, 0) << QStringList {a1, b2, a3};
    QTest::newRow("filters combine")
        << query(O::CycleTime, true, QStringLiteral("A"), RunQuery::Sla::Met, 3600)
        << QStringList {a1, a3};
}

void TestRunBrowse::orderAndFilter()
{
    QFETCH(RunQuery, query);
    QFETCH(QStringList, cases);
    const std::optional<QVector<qint64>> ids = m_ws.runIds(m_process, query);
    QVERIFY2(ids, qPrintable(m_ws.errorString()));
    QCOMPARE(casesOf(*ids), cases);
}

void TestRunBrowse::summariesFollowTheGivenOrder()
{
    const std::optional<QVector<qint64>> ids = m_ws.runIds(m_process);
    QVERIFY(ids && ids->size() == 3);
    // Reversed, with an id that is not there in the middle: left out.
    const QVector<qint64> asked {ids->at(2), 999999, ids->at(0)};
    const std::optional<QVector<RunSummary>> lines = m_ws.runSummaries(asked);
    QVERIFY2(lines, qPrintable(m_ws.errorString()));
    QCOMPARE(lines->size(), 2);
    const RunSummary &a3 = lines->at(0);
    QCOMPARE(a3.caseId, QStringLiteral("a-3"));
    QCOMPARE(a3.id, ids->at(2));
    QCOMPARE(a3.firstMs, t0 + 5 * minute);
    QCOMPARE(a3.lastMs, t0 + 35 * minute);
    QCOMPARE(a3.cycleTimeMs(), 30 * minute);
    QCOMPARE(a3.executions, 4);
    QCOMPARE(a3.ownerChanges, 2);
    QCOMPARE(a3.events, 4);
    const RunSummary &a1 = lines->at(1);
    QCOMPARE(a1.caseId, QStringLiteral("A-1"));
    QCOMPARE(a1.cycleTimeMs(), 50 * minute);
    QCOMPARE(a1.executions, 3);
    QCOMPARE(a1.ownerChanges, 1);

    // More ids than one statement binds: every one comes back, in order.
    QVector<qint64> many;
    for (int i = 0; i < 1200; ++i)
        many.append(ids->at(i % 3));
    const std::optional<QVector<RunSummary>> repeated = m_ws.runSummaries(many);
    QVERIFY(repeated);
    QCOMPARE(repeated->size(), 1200);
    QCOMPARE(repeated->at(1199).id, ids->at(1199 % 3));
}

void TestRunBrowse::cycleTimesOnTheSlaClock()
{
    // A clock on which only minutes 0 to 20 after t0 count: A-1 (0-50) takes 20 min, B-2
    // (0-120) 20 min, a-3 (5-35) 15 min; on calendar time 50, 120 and 30.
    const auto clock = [](qint64 from, qint64 to) {
        const qint64 open = t0;
        const qint64 close = t0 + 20 * minute;
        return std::max<qint64>(0, std::min(to, close) - std::max(from, open));
    };
    RunQuery query;
    query.order = RunQuery::Order::CycleTime;
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)),
             (QStringList {QStringLiteral("a-3"), QStringLiteral("A-1"), QStringLiteral("B-2")}));
    query.duration = clock;
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)),
             (QStringList {QStringLiteral("a-3"), QStringLiteral("A-1"), QStringLiteral("B-2")}));
    query.descending = true; // ties by id, in the same direction
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)),
             (QStringList {QStringLiteral("B-2"), QStringLiteral("A-1"), QStringLiteral("a-3")}));

    // A target of 18 min: on the clock a-3 meets it; on calendar time no run does.
    query.descending = false;
    query.slaTargetS = 18 * 60;
    query.sla = RunQuery::Sla::Met;
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)), QStringList {QStringLiteral("a-3")});
    query.sla = RunQuery::Sla::Missed;
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)),
             (QStringList {QStringLiteral("A-1"), QStringLiteral("B-2")}));
    query.duration = nullptr;
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)).size(), 3);
    query.sla = RunQuery::Sla::Met;
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)), QStringList());

    // Met first, then by cycle time.
    query.sla = RunQuery::Sla::Any;
    query.order = RunQuery::Order::SlaMet;
    query.duration = clock;
    query.slaTargetS = 17 * 60;
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)),
             (QStringList {QStringLiteral("a-3"), QStringLiteral("A-1"), QStringLiteral("B-2")}));

    // A summary measures on the clock it is given.
    const std::optional<QVector<RunSummary>> lines
        = m_ws.runSummaries(*m_ws.runIds(m_process, query));
    QVERIFY(lines);
    QCOMPARE(lines->at(0).cycleTimeMs(clock), 15 * minute);
    QCOMPARE(lines->at(0).cycleTimeMs(), 30 * minute);
}

void TestRunBrowse::caseFilterMatchesLiterally()
{
    QVERIFY(m_ws.saveRuns(m_process,
                          makeLog({{QStringLiteral("50%_off"), {{"x", "ann", 0, 1}}},
                                   {QStringLiteral("50 and more"), {{"x", "ann", 0, 1}}}})));
    RunQuery query;
    query.caseContains = QStringLiteral("%");
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)), QStringList {QStringLiteral("50%_off")});
    query.caseContains = QStringLiteral("0_");
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)), QStringList());
    query.caseContains = QStringLiteral("%_");
    QCOMPARE(casesOf(*m_ws.runIds(m_process, query)), QStringList {QStringLiteral("50%_off")});
}

void TestRunBrowse::runsByIdAreTheStoredRuns()
{
    const QVector<qint64> ids = *m_ws.runIds(m_process);
    const std::optional<RunLog> log = m_ws.loadRunsById({ids.at(2), ids.at(0)});
    QVERIFY2(log, qPrintable(m_ws.errorString()));
    QCOMPARE(log->runs.size(), 2);
    const Run &a3 = log->runs.at(0);
    QCOMPARE(a3.caseId, QStringLiteral("a-3"));
    QCOMPARE(a3.executions.size(), 4);
    QCOMPARE(log->activities.at(a3.executions.at(3).activity), QStringLiteral("x"));
    QCOMPARE(a3.executions.at(0).resource, -1);
    QCOMPARE(log->resources.at(a3.executions.at(2).resource), QStringLiteral("bob"));
    QCOMPARE(a3.executions.at(1).startMs, t0 + 15 * minute);
    QCOMPARE(a3.executions.at(1).completeMs, t0 + 20 * minute);

    // The engine reads it like any log: A-1 alone has a cycle time of 50 min and 3 executions.
    const std::optional<RunLog> one = m_ws.loadRunsById({ids.at(0)});
    QVERIFY(one);
    const RunStats stats = computeRunStats(*one);
    QCOMPARE(stats.runs, 1);
    QCOMPARE(stats.executions, 3);
    QCOMPARE(stats.cycleTime.max, 50 * 60.0);
}

void TestRunBrowse::deleteSomeRuns()
{
    const QVector<qint64> ids = *m_ws.runIds(m_process);
    QVERIFY2(m_ws.deleteRunsById(m_process, {ids.at(0), ids.at(2)}),
             qPrintable(m_ws.errorString()));
    QCOMPARE(m_ws.runCount(m_process), 1);
    QCOMPARE(casesOf(*m_ws.runIds(m_process)), QStringList {QStringLiteral("B-2")});
    // Their executions went with them; the other process keeps its run of the same case.
    const std::optional<RunLog> left = m_ws.loadRuns(m_process);
    QVERIFY(left);
    QCOMPARE(left->runs.size(), 1);
    QCOMPARE(left->runs.first().executions.size(), 2);
    QCOMPARE(m_ws.runCount(m_other), 1);
    QCOMPARE(m_ws.loadRunsById({ids.at(0)})->runs.size(), 0);
}

void TestRunBrowse::deleteRefusesAnotherProcesssRun()
{
    const QVector<qint64> ids = *m_ws.runIds(m_process);
    const QVector<qint64> others = *m_ws.runIds(m_other);
    QVERIFY(!m_ws.deleteRunsById(m_process, {ids.at(0), others.at(0)}));
    QCOMPARE(m_ws.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(m_ws.runCount(m_process), 3);
    QCOMPARE(m_ws.runCount(m_other), 1);
}

void TestRunBrowse::replaceRunChangesItsCase()
{
    const QVector<qint64> ids = *m_ws.runIds(m_process);
    const RunLog edited = makeLog({{QStringLiteral("B-2 (fixed)"), {{"x", "cy", 0, 15}}}});
    const qint64 newId = m_ws.replaceRun(m_process, ids.at(1), edited);
    QVERIFY2(newId > 0, qPrintable(m_ws.errorString()));
    QCOMPARE(m_ws.runCount(m_process), 3);
    QCOMPARE(m_ws.findRun(m_process, QStringLiteral("B-2")), 0);
    QCOMPARE(m_ws.findRun(m_process, QStringLiteral("B-2 (fixed)")), newId);
    const RunSummary line = m_ws.runSummaries({newId})->first();
    QCOMPARE(line.cycleTimeMs(), 15 * minute);
    QCOMPARE(line.executions, 1);
    // Keeping its case works as well.
    QVERIFY(m_ws.replaceRun(m_process, newId, edited) > 0);
    QCOMPARE(m_ws.runCount(m_process), 3);
}

void TestRunBrowse::replaceRunRefusesACaseTaken()
{
    const QVector<qint64> ids = *m_ws.runIds(m_process);
    const RunLog edited = makeLog({{QStringLiteral("A-1"), {{"x", "cy", 0, 15}}}});
    QCOMPARE(m_ws.replaceRun(m_process, ids.at(1), edited), 0);
    QCOMPARE(m_ws.errorKind(), Workspace::ErrorKind::Invalid);
    QVERIFY(m_ws.errorString().contains(QStringLiteral("A-1")));
    // As it was: B-2 with its two steps.
    const qint64 b2 = m_ws.findRun(m_process, QStringLiteral("B-2"));
    QCOMPARE(b2, ids.at(1));
    QCOMPARE(m_ws.runSummaries({b2})->first().executions, 2);
    QCOMPARE(m_ws.runCount(m_process), 3);
    // A run that is not there.
    QCOMPARE(m_ws.replaceRun(m_process, 999999,
                             makeLog({{QStringLiteral("Z-9"), {{"x", "cy", 0, 15}}}})),
             0);
    QCOMPARE(m_ws.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(m_ws.findRun(m_process, QStringLiteral("Z-9")), 0);
    QCOMPARE(m_ws.runCount(m_process), 3);
}

void TestRunBrowse::nextCaseFollowsTheLast_data()
{
    QTest::addColumn<QStringList>("cases"); // stored in this order
    QTest::addColumn<QString>("next");
    QTest::newRow("counts on from the last stored, keeping its width")
        << QStringList {QStringLiteral("T-0099"), QStringLiteral("T-0040")}
        << QStringLiteral("T-0041");
    QTest::newRow("skips a case that is taken")
        << QStringList {QStringLiteral("T-0041"), QStringLiteral("T-0040")}
        << QStringLiteral("T-0042");
    QTest::newRow("grows past its width")
        << QStringList {QStringLiteral("99")} << QStringLiteral("100");
    QTest::newRow("a case without a number: Run and the count")
        << QStringList {QStringLiteral("alpha"), QStringLiteral("beta")} << QStringLiteral("Run 3");
}

void TestRunBrowse::nextCaseFollowsTheLast()
{
    QFETCH(QStringList, cases);
    QFETCH(QString, next);
    const ProcessId id = m_ws.createProcess(QStringLiteral("Cases"));
    QCOMPARE(m_ws.nextCaseId(id), QStringLiteral("Run 1"));
    for (const QString &caseId : cases)
        QVERIFY(m_ws.saveRuns(id, makeLog({{caseId, {{"x", "ann", 0, 1}}}})));
    QCOMPARE(m_ws.nextCaseId(id), next);
}

void TestRunBrowse::resourceNamesAreSorted()
{
    QCOMPARE(m_ws.resourceNames(m_process),
             QStringList({QStringLiteral("ann"), QStringLiteral("bob")}));
    QVERIFY(m_ws.saveRuns(m_process, makeLog({{QStringLiteral("C-4"), {{"x", "Cy", 0, 1}}}})));
    QCOMPARE(m_ws.resourceNames(m_process),
             QStringList({QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("Cy")}));
    QCOMPARE(m_ws.resourceNames(m_other), QStringList {QStringLiteral("ann")});
}

QTEST_GUILESS_MAIN(TestRunBrowse)

#include "tst_runbrowse.moc"
