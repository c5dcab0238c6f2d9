// Tests of the diagnostic and the checkpoints: each of the five checks passing and failing, with
// the culprits named; review dates across month ends and leap years; the checkpoint metrics (and
// the engine's rework and finished runs) against a small hand-computed log; the checkpoint store
// (set, change, review, history, reviews due, refusals, a schema 5 file gaining the tables); and
// the widgets driven like a user: the checkpoint panel set and reviewed with the mouse and the
// keyboard, the diagnostic panel's fix buttons, the process list's marks, the reviews-due banner.

#include "improve/checkpointpanel.h"
#include "improve/checkpointreviewdialog.h"
#include "improve/checkpointtargetedit.h"
#include "improve/diagnosticpanel.h"
#include "improve/reviewdateedit.h"
#include "improve/reviewsduebanner.h"
#include "panels/durationedit.h"
#include "panels/processlistmodel.h"

#include "analysis/checkpoint.h"
#include "analysis/dashboard.h"
#include "analysis/diagnostic.h"
#include "analysis/runmetrics.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

#include <cmath>
#include <functional>

using namespace Stepwise;

namespace {

constexpr qint64 MinuteMs = 60000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

using Setup = std::function<void(Process &, DiagnosticFacts &)>;

qint64 utc(const char *text)
{
    const QDateTime time
        = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    Q_ASSERT(time.isValid());
    return QDateTime(time.date(), time.time(), Qt::UTC).toMSecsSinceEpoch();
}

QDateTime utcTime(const char *text)
{
    return QDateTime::fromMSecsSinceEpoch(utc(text), Qt::UTC);
}

// The diagnostic's "now": Friday 15 March 2024, noon UTC.
const QDateTime Now = QDateTime(QDate(2024, 3, 15), QTime(12, 0), Qt::UTC);

Step makeStep(ItemId id, Step::Kind kind, const QString &name, ItemId lane)
{
    Step step;
    step.id = id;
    step.kind = kind;
    step.name = name;
    step.laneId = lane;
    step.pos = QPointF(120.0 * id, 80.0);
    if (kind == Step::Kind::Task)
        step.definitionOfDone = QStringLiteral("Checked and filed");
    return step;
}

Handoff makeHandoff(ItemId id, ItemId from, ItemId to)
{
    Handoff handoff;
    handoff.id = id;
    handoff.fromStepId = from;
    handoff.toStepId = to;
    return handoff;
}

// A map every check of design and ownership is happy with:
//   Sales: Request in (start) -> Check contract   Ops: Send invoice -> Done (end)
Process goodMap()
{
    Process p;
    p.name = QStringLiteral("Onboarding");
    p.slaTargetS = 5 * 3600;
    Lane sales;
    sales.id = 1;
    sales.name = QStringLiteral("Sales");
    Lane ops;
    ops.id = 2;
    ops.name = QStringLiteral("Ops");
    p.lanes = {sales, ops};
    p.steps = {makeStep(3, Step::Kind::Start, QStringLiteral("Request in"), 1),
               makeStep(4, Step::Kind::Task, QStringLiteral("Check contract"), 1),
               makeStep(5, Step::Kind::Task, QStringLiteral("Send invoice"), 2),
               makeStep(6, Step::Kind::End, QStringLiteral("Done"), 2)};
    p.handoffs = {makeHandoff(7, 3, 4), makeHandoff(8, 4, 5), makeHandoff(9, 5, 6)};
    p.nextItemId = 10;
    return p;
}

void removeStep(Process &p, ItemId id)
{
    p.steps.removeAt(p.stepIndex(id));
    for (qsizetype i = p.handoffs.size() - 1; i >= 0; --i) {
        if (p.handoffs.at(i).fromStepId == id || p.handoffs.at(i).toStepId == id)
            p.handoffs.removeAt(i);
    }
}

// One execution of a hand-written log.
struct Ev
{
    const char *caseId;
    const char *activity;
    const char *start; ///< nullptr: unknown
    const char *complete;
};

RunLog makeLog(const QVector<Ev> &events)
{
    RunLog log;
    QHash<QString, int> runs, activities;
    for (const Ev &e : events) {
        const QString caseId = QLatin1String(e.caseId);
        if (!runs.contains(caseId)) {
            runs.insert(caseId, int(log.runs.size()));
            Run run;
            run.caseId = caseId;
            log.runs.append(run);
        }
        Run &run = log.runs[runs.value(caseId)];
        const QString activity = QLatin1String(e.activity);
        if (!activities.contains(activity)) {
            activities.insert(activity, int(log.activities.size()));
            log.activities.append(activity);
        }
        Execution x;
        x.activity = activities.value(activity);
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

// The map of the hand-computed log: Receive (start) -> Check -> Approve -> Done (end), and
// Approve back to Check. A run has reached the end after Done or after Approve (it leads there).
Process loopMap()
{
    Process p;
    p.name = QStringLiteral("Approvals");
    p.slaTargetS = 5 * 3600;
    Lane team;
    team.id = 1;
    team.name = QStringLiteral("Team");
    p.lanes = {team};
    p.steps = {makeStep(2, Step::Kind::Start, QStringLiteral("Receive"), 1),
               makeStep(3, Step::Kind::Task, QStringLiteral("Check"), 1),
               makeStep(4, Step::Kind::Task, QStringLiteral("Approve"), 1),
               makeStep(5, Step::Kind::End, QStringLiteral("Done"), 1)};
    p.handoffs
        = {makeHandoff(6, 2, 3), makeHandoff(7, 3, 4), makeHandoff(8, 4, 3), makeHandoff(9, 4, 5)};
    p.nextItemId = 10;
    return p;
}

// Five runs, one a day from Monday 1 January 2024:
//   r1  2 h  no rework  finished (Done)
//   r2  6 h  rework (Check and Approve twice)  finished (Done)
//   r3  4 h  no rework  not finished (stops at Check)
//   r4  3 h  rework (Check twice)  not finished
//   r5 10 h  no rework  finished (Approve leads to Done)
// Cycle times sorted 2 3 4 6 10 h: median 4 h; P90 rank 3.6: 6 + 0.6 * 4 = 8.4 h. SLA 5 h: r1,
// r3, r4 within, 3 of 5. Rework 2 of 5. Completed 3 of 5.
RunLog loopLog()
{
    return makeLog({
        {"r1", "Receive", nullptr, "2024-01-01 08:00"},
        {"r1", "Check", "2024-01-01 08:00", "2024-01-01 09:00"},
        {"r1", "Approve", "2024-01-01 09:00", "2024-01-01 10:00"},
        {"r1", "Done", nullptr, "2024-01-01 10:00"},
        {"r2", "Receive", nullptr, "2024-01-02 08:00"},
        {"r2", "Check", "2024-01-02 08:00", "2024-01-02 09:00"},
        {"r2", "Approve", "2024-01-02 09:00", "2024-01-02 10:00"},
        {"r2", "Check", "2024-01-02 11:00", "2024-01-02 12:00"},
        {"r2", "Approve", "2024-01-02 12:00", "2024-01-02 13:00"},
        {"r2", "Done", nullptr, "2024-01-02 14:00"},
        {"r3", "Receive", nullptr, "2024-01-03 08:00"},
        {"r3", "Check", "2024-01-03 08:00", "2024-01-03 12:00"},
        {"r4", "Receive", nullptr, "2024-01-04 08:00"},
        {"r4", "Check", "2024-01-04 08:00", "2024-01-04 09:00"},
        {"r4", "Check", "2024-01-04 10:00", "2024-01-04 11:00"},
        {"r5", "Receive", nullptr, "2024-01-05 08:00"},
        {"r5", "Check", "2024-01-05 08:00", "2024-01-05 09:00"},
        {"r5", "Approve", "2024-01-05 09:00", "2024-01-05 18:00"},
    });
}

// A raw connection to a workspace file, for what the Workspace API does not do on purpose.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return QVariant();
        return query.value(0);
    }
    bool isOpen() const { return m_ok; }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Checkpoint::Metric)
Q_DECLARE_METATYPE(ReviewInterval)

class TestImprove : public QObject
{
    Q_OBJECT

private slots:
    void init();

    // the diagnostic
    void design_data();
    void design();
    void ownership_data();
    void ownership();
    void tracking_data();
    void tracking();
    void improvement_data();
    void improvement();
    void automation_data();
    void automation();
    void diagnosticForAStoredProcess();
    void diagnosticJsonAndText();

    // review dates
    void reviewDateAfter_data();
    void reviewDateAfter();
    void defaultReviewIsThirtyDaysAhead();
    void dueOnAndAfterTheReviewDate();

    // metrics
    void engineCountsReworkAndFinishedRuns();
    void metricValues_data();
    void metricValues();
    void metricMeetsTarget_data();
    void metricMeetsTarget();
    void statusMeasuresSinceTheLastReview();

    // the store
    void checkpointLifecycle();
    void reviewHistoryNewestFirst();
    void checkpointRefusals();
    void reviewsDue();
    void deletingAProcessDeletesItsCheckpoints();
    void schema5FileKeepsItsDataAndGainsCheckpoints();

    // widgets
    void checkpointPanelSetAndReview();
    void checkpointPanelChangeMetricStartsANewCheckpoint();
    void diagnosticPanelFixButtons();
    void processListShowsMarks();
    void reviewsDueBanner();

private:
    void runCheck(Diagnostic::Component component, DiagnosticFix fix);
    QString newPath(const QString &name) const { return m_dir->filePath(name); }
    // A workspace file with goodMap() stored, runs in the last days and a revision; its id.
    ProcessId storeGoodProcess(Workspace &workspace, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImprove::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// --- the diagnostic

namespace {

void addColumns()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("why"); ///< a part of the why
}

} // namespace

void TestImprove::runCheck(Diagnostic::Component component, DiagnosticFix fix)
{
    QFETCH(Setup, setup);
    QFETCH(bool, ok);
    QFETCH(QString, why);
    Process process = goodMap();
    DiagnosticFacts facts;
    setup(process, facts);
    const Diagnostic diagnostic = diagnose(process, facts, Now);
    const DiagnosticCheck &check = diagnostic.check(component);
    QCOMPARE(check.ok, ok);
    QVERIFY2(check.why.contains(why), qPrintable(check.why));
    QVERIFY(!check.why.contains(QLatin1Char('\n')));
    QCOMPARE(check.fix, fix);
}

void TestImprove::design_data()
{
    addColumns();
    QTest::newRow("a complete map passes") << Setup([](Process &, DiagnosticFacts &) {}) << true
                                           << QStringLiteral("every task has a definition of done");
    QTest::newRow("a map without an end fails")
        << Setup([](Process &p, DiagnosticFacts &) { removeStep(p, 6); }) << false
        << QStringLiteral("The map has no end");
    QTest::newRow("a map without a start fails")
        << Setup([](Process &p, DiagnosticFacts &) { removeStep(p, 3); }) << false
        << QStringLiteral("The map has no start");
    QTest::newRow("an empty map has neither")
        << Setup([](Process &p, DiagnosticFacts &) { p.steps.clear(), p.handoffs.clear(); })
        << false << QStringLiteral("The map has no start and no end");
    QTest::newRow("a step no start reaches fails, named")
        << Setup([](Process &p, DiagnosticFacts &) {
               p.steps.append(makeStep(10, Step::Kind::Task, QStringLiteral("Chase payment"), 2));
               p.handoffs.append(makeHandoff(11, 10, 6));
               p.nextItemId = 12;
           })
        << false
        << QStringLiteral("1 validation problem(s), the first: \u201c"
                          "Chase payment\u201d cannot be reached from a start");
    QTest::newRow("tasks without a definition of done fail, named")
        << Setup([](Process &p, DiagnosticFacts &) {
               p.step(4)->definitionOfDone.clear();
               p.step(5)->definitionOfDone = QStringLiteral("  ");
           })
        << false
        << QStringLiteral("2 task(s) without a definition of done: Check contract, Send invoice.");
    QTest::newRow("more than three culprits are cut to an ellipsis")
        << Setup([](Process &p, DiagnosticFacts &) {
               // Check contract -> A -> B -> C -> Send invoice, none with a definition of done.
               p.step(4)->definitionOfDone.clear();
               p.handoffs.removeAt(p.handoffIndex(8));
               ItemId previous = 4;
               for (const char *name : {"A", "B", "C"}) {
                   const ItemId id = p.nextItemId++;
                   p.steps.append(makeStep(id, Step::Kind::Task, QLatin1String(name), 1));
                   p.steps.last().definitionOfDone.clear();
                   p.handoffs.append(makeHandoff(p.nextItemId++, previous, id));
                   previous = id;
               }
               p.handoffs.append(makeHandoff(p.nextItemId++, previous, 5));
           })
        << false
        << QStringLiteral("4 task(s) without a definition of done: Check contract, A, B, \u2026");
    QTest::newRow("an unnamed lane is ownership's problem, not design's")
        << Setup([](Process &p, DiagnosticFacts &) { p.lanes[1].name.clear(); }) << true
        << QString();
}

void TestImprove::design()
{
    runCheck(Diagnostic::Component::Design, DiagnosticFix::Validation);
}

void TestImprove::ownership_data()
{
    addColumns();
    QTest::newRow("every step in a named lane passes")
        << Setup([](Process &, DiagnosticFacts &) {}) << true
        << QStringLiteral("Every step is in a lane with a named owner (2 lane(s))");
    QTest::newRow("a lane with a blank name fails, numbered")
        << Setup([](Process &p, DiagnosticFacts &) { p.lanes[1].name = QStringLiteral("  "); })
        << false << QStringLiteral("1 lane(s) without a named owner: lane 2.");
    QTest::newRow("an owner-less lane without steps fails too")
        << Setup([](Process &p, DiagnosticFacts &) {
               Lane lane;
               lane.id = p.nextItemId++;
               p.lanes.append(lane);
           })
        << false << QStringLiteral("lane 3");
    QTest::newRow("a step outside every lane fails, named")
        << Setup([](Process &p, DiagnosticFacts &) { p.step(5)->laneId = 99; }) << false
        << QStringLiteral("1 step(s) in no lane: Send invoice.");
    QTest::newRow("a map with no lanes and no steps fails")
        << Setup([](Process &p, DiagnosticFacts &) {
               p.steps.clear();
               p.handoffs.clear();
               p.lanes.clear();
           })
        << false << QStringLiteral("no lanes");
}

void TestImprove::ownership()
{
    runCheck(Diagnostic::Component::Ownership, DiagnosticFix::Lanes);
}

void TestImprove::tracking_data()
{
    addColumns();
    const auto checkpointDue = [](const QDate &date) {
        Checkpoint checkpoint;
        checkpoint.id = 1;
        checkpoint.metric = Checkpoint::Metric::MedianCycleTime;
        checkpoint.target = 3600;
        checkpoint.reviewDate = date;
        return checkpoint;
    };
    QTest::newRow("a run ten days ago passes") << Setup([](Process &, DiagnosticFacts &f) {
        f.lastRunMs = Now.toMSecsSinceEpoch() - 10 * DayMs;
    }) << true << QStringLiteral("Runs are logged: the latest on 5 Mar.");
    QTest::newRow("a run exactly thirty days ago passes") << Setup(
        [](Process &, DiagnosticFacts &f) { f.lastRunMs = Now.toMSecsSinceEpoch() - 30 * DayMs; })
                                                          << true << QStringLiteral("14 Feb");
    QTest::newRow("a run thirty-one days ago fails") << Setup([](Process &, DiagnosticFacts &f) {
        f.lastRunMs = Now.toMSecsSinceEpoch() - 31 * DayMs;
    }) << false << QStringLiteral("No runs logged since 13 Feb, and no checkpoint is set.");
    QTest::newRow("a run of last year names the year")
        << Setup([](Process &, DiagnosticFacts &f) { f.lastRunMs = utc("2023-11-02 10:00"); })
        << false << QStringLiteral("No runs logged since 2 Nov 2023");
    QTest::newRow("no runs at all fails") << Setup([](Process &, DiagnosticFacts &) {}) << false
                                          << QStringLiteral("No runs logged yet");
    QTest::newRow("old runs but a checkpoint due next week passes")
        << Setup([checkpointDue](Process &, DiagnosticFacts &f) {
               f.lastRunMs = utc("2023-11-02 10:00");
               f.checkpoint = checkpointDue(QDate(2024, 3, 22));
           })
        << true
        << QStringLiteral(
               "but the checkpoint on the median cycle time is watched: review on 22 Mar.");
    QTest::newRow("a checkpoint due today is not overdue yet")
        << Setup([checkpointDue](Process &, DiagnosticFacts &f) {
               f.checkpoint = checkpointDue(QDate(2024, 3, 15));
           })
        << true << QStringLiteral("review on 15 Mar");
    QTest::newRow("an overdue checkpoint fails")
        << Setup([checkpointDue](Process &, DiagnosticFacts &f) {
               f.checkpoint = checkpointDue(QDate(2024, 3, 14));
           })
        << false
        << QStringLiteral(
               "No runs logged yet, and the review of the checkpoint was due on 14 Mar.");
}

void TestImprove::tracking()
{
    runCheck(Diagnostic::Component::Tracking, DiagnosticFix::LogRun);
}

void TestImprove::improvement_data()
{
    addColumns();
    QTest::newRow("a revision 89 days ago passes")
        << Setup([](Process &, DiagnosticFacts &f) { f.lastRevision = Now.addDays(-89); }) << true
        << QStringLiteral("A revision of the map was saved on 17 Dec 2023.");
    QTest::newRow("a revision 91 days ago fails")
        << Setup([](Process &, DiagnosticFacts &f) { f.lastRevision = Now.addDays(-91); }) << false
        << QStringLiteral("No revision saved since 15 Dec 2023, and no checkpoint reviewed.");
    QTest::newRow("a checkpoint reviewed last week passes")
        << Setup([](Process &, DiagnosticFacts &f) {
               f.lastRevision = Now.addDays(-200);
               f.lastReview = Now.addDays(-7);
           })
        << true << QStringLiteral("The checkpoint was reviewed on 8 Mar.");
    QTest::newRow("the more recent of revision and review speaks")
        << Setup([](Process &, DiagnosticFacts &f) {
               f.lastRevision = Now.addDays(-2);
               f.lastReview = Now.addDays(-7);
           })
        << true << QStringLiteral("saved on 13 Mar");
    QTest::newRow("an old review and no revision fail")
        << Setup([](Process &, DiagnosticFacts &f) { f.lastReview = Now.addDays(-120); }) << false
        << QStringLiteral("No revision saved yet, and no checkpoint reviewed since 16 Nov 2023");
    QTest::newRow("nothing at all fails")
        << Setup([](Process &, DiagnosticFacts &) {}) << false
        << QStringLiteral("No revision saved yet, and no checkpoint reviewed.");
}

void TestImprove::improvement()
{
    runCheck(Diagnostic::Component::Improvement, DiagnosticFix::SaveRevision);
}

void TestImprove::automation_data()
{
    using Automation = Step::Automation;
    addColumns();
    QTest::newRow("an automated task passes, named") << Setup([](Process &p, DiagnosticFacts &) {
        p.step(5)->automation = Automation::Automated;
        p.step(4)->automation = Automation::Candidate;
    }) << true << QStringLiteral("1 step(s) automated: Send invoice.");
    QTest::newRow("an undecided candidate fails, named")
        << Setup([](Process &p, DiagnosticFacts &) {
               p.step(4)->automation = Automation::Candidate;
               p.step(5)->automation = Automation::Rejected;
           })
        << false << QStringLiteral("1 candidate(s) not decided yet: Check contract.");
    QTest::newRow("every candidate planned or rejected passes")
        << Setup([](Process &p, DiagnosticFacts &) {
               p.step(4)->automation = Automation::Planned;
               p.step(5)->automation = Automation::Rejected;
           })
        << true << QStringLiteral("Every candidate is decided: 1 planned, 1 rejected.");
    QTest::newRow("nothing automated and nothing considered fails")
        << Setup([](Process &, DiagnosticFacts &) {}) << false
        << QStringLiteral("No step is automated, and none is marked as a candidate.");
    QTest::newRow("the rules finding no candidate passes")
        << Setup([](Process &, DiagnosticFacts &f) { f.ruleCandidates = ItemIds(); }) << true
        << QStringLiteral("No step is a candidate for automation.");
    QTest::newRow("a rule's candidate left manual is undecided")
        << Setup([](Process &p, DiagnosticFacts &f) {
               p.step(4)->automation = Automation::Rejected;
               f.ruleCandidates = ItemIds {4, 5};
           })
        << false << QStringLiteral("1 candidate(s) not decided yet: Send invoice.");
    QTest::newRow("a map without tasks fails") << Setup([](Process &p, DiagnosticFacts &f) {
        removeStep(p, 4);
        removeStep(p, 5);
        f.ruleCandidates = ItemIds();
    }) << false << QStringLiteral("The map has no tasks yet, so nothing to automate.");
    QTest::newRow("an automated end step is no automated task")
        << Setup(
               [](Process &p, DiagnosticFacts &) { p.step(6)->automation = Automation::Automated; })
        << false << QStringLiteral("No step is automated");
}

void TestImprove::automation()
{
    runCheck(Diagnostic::Component::Automation, DiagnosticFix::AutomationCandidates);
}

ProcessId TestImprove::storeGoodProcess(Workspace &workspace, const QString &name)
{
    Process process = goodMap();
    process.name = name;
    process.step(5)->automation = Step::Automation::Automated;
    process.id = workspace.saveProcess(process);
    if (!process.id)
        return 0;
    // Two runs of the last days, named like the map's steps.
    RunLog log;
    log.activities = {QStringLiteral("Request in"), QStringLiteral("Check contract")};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 2; ++i) {
        Run run;
        run.caseId = QStringLiteral("C-%1").arg(i);
        Execution a;
        a.activity = 0;
        a.completeMs = now - (3 - i) * DayMs;
        Execution b;
        b.activity = 1;
        b.startMs = a.completeMs;
        b.completeMs = a.completeMs + HourMs;
        b.order = 1;
        run.executions = {a, b};
        run.firstMs = a.completeMs;
        run.lastMs = b.completeMs;
        run.events = 3;
        log.runs.append(run);
    }
    if (!workspace.saveRuns(process.id, log))
        return 0;
    if (!workspace.saveRevision(process, QStringLiteral("first")))
        return 0;
    return process.id;
}

void TestImprove::diagnosticForAStoredProcess()
{
    Workspace workspace;
    QVERIFY2(workspace.open(newPath(QStringLiteral("diagnostic.stepwise"))),
             qPrintable(workspace.errorString()));
    const ProcessId id = storeGoodProcess(workspace, QStringLiteral("Onboarding"));
    QVERIFY2(id, qPrintable(workspace.errorString()));
    const QDateTime now = QDateTime::currentDateTime();
    // The second run ended two days and 23 hours ago.
    const qint64 latest = workspace.latestRunMs(id);
    QVERIFY(std::abs(now.toMSecsSinceEpoch() - 2 * DayMs + HourMs - latest) < 10 * MinuteMs);
    Diagnostic diagnostic = diagnosticFor(workspace, id, now);
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const DiagnosticCheck &check = diagnostic.check(diagnosticComponent(i));
        QVERIFY2(check.ok, qPrintable(check.why));
    }
    QCOMPARE(diagnostic.okCount(), 5);

    // Without runs, revisions or an automated step, those three fail; a checkpoint due in a week
    // then keeps tracking in place.
    Process bare = goodMap();
    bare.name = QStringLiteral("Bare");
    bare.id = workspace.saveProcess(bare);
    QVERIFY(bare.id);
    QCOMPARE(workspace.latestRunMs(bare.id), NoTime);
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::None);
    diagnostic = diagnosticFor(workspace, bare.id, now);
    QVERIFY(diagnostic.design.ok);
    QVERIFY(diagnostic.ownership.ok);
    QVERIFY(!diagnostic.tracking.ok);
    QVERIFY(!diagnostic.improvement.ok);
    QVERIFY(!diagnostic.automation.ok);
    Checkpoint checkpoint;
    checkpoint.processId = bare.id;
    checkpoint.target = 3600;
    checkpoint.reviewDate = now.date().addDays(7);
    QVERIFY(workspace.setCheckpoint(checkpoint));
    diagnostic = diagnosticFor(workspace, bare.id, now);
    QVERIFY2(diagnostic.tracking.ok, qPrintable(diagnostic.tracking.why));
    QVERIFY(!diagnostic.improvement.ok);
    // ... and reviewing it counts as an improvement.
    CheckpointReview review;
    review.checkpointId = workspace.checkpoint(bare.id)->id;
    review.target = 3600;
    review.nextReviewDate = now.date().addDays(30);
    QVERIFY(workspace.reviewCheckpoint(review));
    diagnostic = diagnosticFor(workspace, bare.id, now);
    QVERIFY2(diagnostic.improvement.ok, qPrintable(diagnostic.improvement.why));

    // The rules are asked: a manual task whose name says data entry is a candidate to decide.
    Process entry = goodMap();
    entry.name = QStringLiteral("Entry");
    entry.step(4)->name = QStringLiteral("Enter data");
    entry.step(5)->automation = Step::Automation::Planned; // "Send" is a notification
    entry.id = workspace.saveProcess(entry);
    QVERIFY(entry.id);
    diagnostic = diagnosticFor(workspace, entry.id, now);
    QCOMPARE(diagnostic.automation.why,
             QStringLiteral("1 candidate(s) not decided yet: Enter data."));
    // Without the rules only the map's marks count: the manual "Enter data" goes unnoticed.
    diagnostic = diagnosticFor(workspace, entry.id, now, false);
    QCOMPARE(diagnostic.automation.why, QStringLiteral("Every candidate is decided: 1 planned."));
    entry.step(4)->automation = Step::Automation::Rejected;
    QVERIFY(workspace.saveProcess(entry));
    diagnostic = diagnosticFor(workspace, entry.id, now);
    QCOMPARE(diagnostic.automation.why,
             QStringLiteral("Every candidate is decided: 1 planned, 1 rejected."));
    QVERIFY(diagnostic.automation.ok);

    // A process that is not there: every check says so.
    diagnostic = diagnosticFor(workspace, 9999, now);
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(diagnostic.okCount(), 0);
    QVERIFY(diagnostic.design.why.contains(QLatin1String("9999")));
}

void TestImprove::diagnosticJsonAndText()
{
    Process process = goodMap();
    process.step(4)->definitionOfDone.clear();
    DiagnosticFacts facts;
    facts.lastRunMs = Now.toMSecsSinceEpoch() - DayMs;
    const Diagnostic diagnostic = diagnose(process, facts, Now);
    const QJsonObject json = diagnosticToJson(diagnostic);
    QCOMPARE(json.keys(),
             QStringList({QStringLiteral("automation"), QStringLiteral("design"),
                          QStringLiteral("improvement"), QStringLiteral("ownership"),
                          QStringLiteral("tracking")}));
    for (const QString &key : json.keys()) {
        const QJsonObject check = json.value(key).toObject();
        QCOMPARE(check.keys(), QStringList({QStringLiteral("ok"), QStringLiteral("why")}));
        QVERIFY(check.value(QLatin1String("ok")).isBool());
        QVERIFY(!check.value(QLatin1String("why")).toString().isEmpty());
    }
    QCOMPARE(json.value(QLatin1String("design")).toObject().value(QLatin1String("ok")).toBool(),
             false);
    QCOMPARE(json.value(QLatin1String("tracking")).toObject().value(QLatin1String("ok")).toBool(),
             true);
    const QStringList lines
        = diagnosticToText(diagnostic).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), QStringLiteral("Diagnostic"));
    QVERIFY(lines.at(1).startsWith(QLatin1String("  Design       not ok  1 task(s) without")));
    QVERIFY(lines.at(3).startsWith(QLatin1String("  Tracking     ok      Runs are logged")));
}

// --- review dates

void TestImprove::reviewDateAfter_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<ReviewInterval>("interval");
    QTest::addColumn<QDate>("expected");
    const auto row = [](const char *name, QDate from, ReviewInterval interval, QDate expected) {
        QTest::newRow(name) << from << interval << expected;
    };
    using I = ReviewInterval;
    row("a month from 31 January 2023 is 28 February", {2023, 1, 31}, I::OneMonth, {2023, 2, 28});
    row("a month from 31 January 2024 is 29 February (leap year)", {2024, 1, 31}, I::OneMonth,
        {2024, 2, 29});
    row("a month from 29 February 2024 is 29 March", {2024, 2, 29}, I::OneMonth, {2024, 3, 29});
    row("a month from 31 March is 30 April", {2024, 3, 31}, I::OneMonth, {2024, 4, 30});
    row("a month from 31 December is 31 January", {2023, 12, 31}, I::OneMonth, {2024, 1, 31});
    row("three months from 30 November 2023 are 29 February 2024", {2023, 11, 30}, I::ThreeMonths,
        {2024, 2, 29});
    row("three months from 30 November 2024 are 28 February 2025", {2024, 11, 30}, I::ThreeMonths,
        {2025, 2, 28});
    row("six months from 31 August 2023 are 29 February 2024", {2023, 8, 31}, I::SixMonths,
        {2024, 2, 29});
    row("30 days from 31 January 2023 are 2 March", {2023, 1, 31}, I::ThirtyDays, {2023, 3, 2});
    row("30 days from 31 January 2024 are 1 March (leap year)", {2024, 1, 31}, I::ThirtyDays,
        {2024, 3, 1});
    row("30 days from 15 December cross the year", {2023, 12, 15}, I::ThirtyDays, {2024, 1, 14});
    row("two weeks from 22 February 2023 are 8 March", {2023, 2, 22}, I::TwoWeeks, {2023, 3, 8});
    row("two weeks from 22 February 2024 are 7 March (leap year)", {2024, 2, 22}, I::TwoWeeks,
        {2024, 3, 7});
}

void TestImprove::reviewDateAfter()
{
    QFETCH(QDate, from);
    QFETCH(ReviewInterval, interval);
    QFETCH(QDate, expected);
    QCOMPARE(Stepwise::reviewDateAfter(from, interval), expected);
}

void TestImprove::defaultReviewIsThirtyDaysAhead()
{
    QCOMPARE(defaultReviewDate(QDate(2024, 1, 31)), QDate(2024, 3, 1));
    QCOMPARE(defaultReviewDate(QDate(2023, 1, 31)), QDate(2023, 3, 2));
    QCOMPARE(defaultReviewDate(QDate(2024, 12, 2)), QDate(2025, 1, 1));

    // The date picker says the same, from the interval chosen with the keyboard.
    ReviewDateEdit edit;
    edit.setToday(QDate(2024, 1, 31));
    edit.setInterval(ReviewInterval::OneMonth);
    QCOMPARE(edit.date(), QDate(2024, 2, 29));
    QSignalSpy edited(&edit, &ReviewDateEdit::dateEdited);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.intervalCombo()->setFocus();
    QTest::keyClick(edit.intervalCombo(), Qt::Key_Down); // one month -> three months
    QCOMPARE(edit.date(), QDate(2024, 4, 30));
    QCOMPARE(edited.count(), 1);
}

void TestImprove::dueOnAndAfterTheReviewDate()
{
    Checkpoint checkpoint;
    checkpoint.reviewDate = QDate(2024, 2, 29);
    QVERIFY(!checkpoint.isDue(QDate(2024, 2, 28)));
    QVERIFY(checkpoint.isDue(QDate(2024, 2, 29)));
    QVERIFY(checkpoint.isDue(QDate(2024, 3, 1)));
    checkpoint.reviewDate = QDate();
    QVERIFY(!checkpoint.isDue(QDate(2024, 3, 1)));
}

// --- metrics

void TestImprove::engineCountsReworkAndFinishedRuns()
{
    const Process map = loopMap();
    QCOMPARE(finishingStepNames(map),
             QStringList({QStringLiteral("Done"), QStringLiteral("Approve")}));
    const RunLog log = loopLog();
    StatsOptions options = dashboardStatsOptions(map);
    RunStats stats = computeRunStats(log, options);
    QCOMPARE(stats.runs, 5);
    QCOMPARE(stats.reworkRuns, 2);
    QCOMPARE(stats.finishedRuns, -1); // no finishing steps given: nothing can be said
    QVERIFY(std::isnan(stats.completionRate()));
    QCOMPARE(stats.reworkRate(), 0.4);
    QHash<QString, qint64> repeats;
    for (const StepStats &step : stats.steps)
        repeats.insert(step.name, step.repeatRuns);
    QCOMPARE(repeats.value(QStringLiteral("Check")), 2); // r2 and r4
    QCOMPARE(repeats.value(QStringLiteral("Approve")), 1); // r2
    QCOMPARE(repeats.value(QStringLiteral("Receive")), 0);

    options.finishingSteps = finishingStepNames(map);
    stats = computeRunStats(log, options);
    QCOMPARE(stats.finishedRuns, 3);
    QCOMPARE(stats.completionRate(), 0.6);
    // The dashboard's runs in progress are the runs the engine does not call finished.
    const Dashboard dashboard = computeDashboard(log, options, &map);
    QCOMPARE(dashboard.runsInProgress, stats.runs - stats.finishedRuns);

    // Names match as the designed handoffs do: case and spaces folded.
    options.finishingSteps = {QStringLiteral("  done ")};
    QCOMPARE(computeRunStats(log, options).finishedRuns, 2);
}

void TestImprove::metricValues_data()
{
    QTest::addColumn<Checkpoint::Metric>("metric");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<qint64>("runs");
    QTest::addColumn<double>("expected"); ///< NaN: none
    using M = Checkpoint::Metric;
    const qint64 all = NoTime;
    const qint64 jan2 = utc("2024-01-02 00:00");
    const qint64 jan5 = utc("2024-01-05 00:00");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("median of 2 3 4 6 10 h is 4 h")
        << M::MedianCycleTime << all << all << 5LL << 4.0 * 3600;
    QTest::newRow("P90 of 2 3 4 6 10 h is 8.4 h")
        << M::P90CycleTime << all << all << 5LL << 8.4 * 3600;
    QTest::newRow("3 of 5 within 5 h") << M::SlaCompliance << all << all << 5LL << 0.6;
    QTest::newRow("2 of 5 with rework") << M::ReworkRate << all << all << 5LL << 0.4;
    QTest::newRow("3 of 5 completed") << M::CompletionRate << all << all << 5LL << 0.6;
    // r2 (6 h, rework, done), r3 (4 h, open), r4 (3 h, rework, open).
    QTest::newRow("window: median of 3 4 6 h")
        << M::MedianCycleTime << jan2 << jan5 << 3LL << 4.0 * 3600;
    QTest::newRow("window: P90 of 3 4 6 h is 5.6 h")
        << M::P90CycleTime << jan2 << jan5 << 3LL << 5.6 * 3600;
    QTest::newRow("window: 2 of 3 within 5 h")
        << M::SlaCompliance << jan2 << jan5 << 3LL << 2.0 / 3;
    QTest::newRow("window: 2 of 3 with rework") << M::ReworkRate << jan2 << jan5 << 3LL << 2.0 / 3;
    QTest::newRow("window: 1 of 3 completed")
        << M::CompletionRate << jan2 << jan5 << 3LL << 1.0 / 3;
    QTest::newRow("an empty window has no value")
        << M::ReworkRate << utc("2024-02-01 00:00") << all << 0LL << nan;
}

void TestImprove::metricValues()
{
    QFETCH(Checkpoint::Metric, metric);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(qint64, runs);
    QFETCH(double, expected);
    const CheckpointMeasure measure = measureCheckpoint(loopLog(), loopMap(), metric, fromMs, toMs);
    QCOMPARE(measure.runs, runs);
    QCOMPARE(measure.fromMs, fromMs);
    QCOMPARE(measure.toMs, toMs);
    if (std::isnan(expected))
        QVERIFY(std::isnan(measure.value));
    else
        QVERIFY2(std::abs(measure.value - expected) < 1e-9,
                 qPrintable(QString::number(measure.value, 'g', 17)));
}

void TestImprove::metricMeetsTarget_data()
{
    QTest::addColumn<Checkpoint::Metric>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<bool>("met");
    using M = Checkpoint::Metric;
    QTest::newRow("a median below its target meets it")
        << M::MedianCycleTime << 3600.0 << 7200.0 << true;
    QTest::newRow("a median equal to its target meets it")
        << M::MedianCycleTime << 7200.0 << 7200.0 << true;
    QTest::newRow("a P90 above its target does not")
        << M::P90CycleTime << 7201.0 << 7200.0 << false;
    QTest::newRow("compliance above its target meets it")
        << M::SlaCompliance << 0.95 << 0.9 << true;
    QTest::newRow("compliance below its target does not")
        << M::SlaCompliance << 0.85 << 0.9 << false;
    QTest::newRow("rework below its target meets it") << M::ReworkRate << 0.05 << 0.1 << true;
    QTest::newRow("rework above its target does not") << M::ReworkRate << 0.2 << 0.1 << false;
    QTest::newRow("completion at its target meets it") << M::CompletionRate << 0.8 << 0.8 << true;
    QTest::newRow("no value meets nothing")
        << M::CompletionRate << std::numeric_limits<double>::quiet_NaN() << 0.0 << false;
}

void TestImprove::metricMeetsTarget()
{
    QFETCH(Checkpoint::Metric, metric);
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(bool, met);
    QCOMPARE(checkpointMet(metric, value, target), met);
}

void TestImprove::statusMeasuresSinceTheLastReview()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("status.stepwise"))));
    Process map = loopMap();
    map.id = workspace.saveProcess(map);
    QVERIFY(map.id);
    QVERIFY(workspace.saveRuns(map.id, loopLog()));

    Checkpoint checkpoint;
    checkpoint.processId = map.id;
    checkpoint.metric = Checkpoint::Metric::ReworkRate;
    checkpoint.target = 0.25;
    checkpoint.reviewDate = QDate(2024, 1, 31);
    checkpoint.created = utcTime("2024-01-02 00:00");
    QVERIFY(workspace.setCheckpoint(checkpoint));
    checkpoint = *workspace.checkpoint(map.id);
    QCOMPARE(checkpoint.created, utcTime("2024-01-02 00:00"));

    // Set on 2 January: r2 to r5 since (rework in r2, r4: 2 of 4); r1 the 30 days before (none).
    std::optional<CheckpointStatus> status
        = checkpointStatus(workspace, checkpoint, utcTime("2024-01-10 00:00"));
    QVERIFY2(status, qPrintable(workspace.errorString()));
    QCOMPARE(status->current.runs, 4);
    QCOMPARE(status->current.value, 0.5);
    QCOMPARE(status->baseline.runs, 1);
    QCOMPARE(status->baseline.value, 0.0);
    QVERIFY(!status->lastReview.isValid());

    // Reviewed on 4 January: the period starts there (r4, r5: 1 of 2).
    CheckpointReview review;
    review.checkpointId = checkpoint.id;
    review.reviewedAt = utcTime("2024-01-04 00:00");
    review.value = 0.5;
    review.target = 0.25;
    review.nextReviewDate = QDate(2024, 2, 4);
    QVERIFY(workspace.reviewCheckpoint(review));
    status = checkpointStatus(workspace, checkpoint, utcTime("2024-01-10 00:00"));
    QVERIFY(status);
    QCOMPARE(status->lastReview, utcTime("2024-01-04 00:00"));
    QCOMPARE(status->current.runs, 2);
    QCOMPARE(status->current.value, 0.5);
    QCOMPARE(status->baseline.runs, 3); // r1 to r3
    QCOMPARE(checkpointPeriodStart(checkpoint, status->lastReview), utcTime("2024-01-04 00:00"));
}

// --- the store

void TestImprove::checkpointLifecycle()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("lifecycle.stepwise"))));
    Process process = goodMap();
    process.id = workspace.saveProcess(process);
    QVERIFY(process.id);
    QVERIFY(!workspace.checkpoint(process.id));
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::None);

    Checkpoint checkpoint;
    checkpoint.processId = process.id;
    checkpoint.metric = Checkpoint::Metric::P90CycleTime;
    checkpoint.target = 8 * 3600;
    checkpoint.reviewDate = QDate(2024, 2, 29);
    checkpoint.created = utcTime("2024-01-31 09:00");
    const qint64 first = workspace.setCheckpoint(checkpoint);
    QVERIFY2(first, qPrintable(workspace.errorString()));
    checkpoint.id = first;
    QCOMPARE(*workspace.checkpoint(process.id), checkpoint);

    // The same metric: changed in place.
    checkpoint.target = 6 * 3600;
    checkpoint.reviewDate = QDate(2024, 3, 31);
    QCOMPARE(workspace.setCheckpoint(checkpoint), first);
    QCOMPARE(*workspace.checkpoint(process.id), checkpoint);

    // A review: the value, the decision, the next date; the checkpoint moves to that date.
    CheckpointReview review;
    review.checkpointId = first;
    review.reviewedAt = utcTime("2024-03-31 10:00");
    review.value = 7 * 3600;
    review.target = 6 * 3600;
    review.decision = CheckpointReview::Decision::ChangeProcess;
    review.note = QStringLiteral("Invoices wait for the signature: ask for it up front.");
    review.nextReviewDate = QDate(2024, 4, 30);
    const qint64 reviewId = workspace.reviewCheckpoint(review);
    QVERIFY2(reviewId, qPrintable(workspace.errorString()));
    QCOMPARE(workspace.checkpoint(process.id)->reviewDate, QDate(2024, 4, 30));
    QCOMPARE(workspace.checkpoint(process.id)->target, 6.0 * 3600);

    // Adjusting the target at a review changes it.
    review.reviewedAt = utcTime("2024-04-30 10:00");
    review.value = 6.5 * 3600;
    review.decision = CheckpointReview::Decision::AdjustTarget;
    review.newTarget = 7 * 3600;
    review.note.clear();
    review.nextReviewDate = QDate(2024, 5, 31);
    QVERIFY(workspace.reviewCheckpoint(review));
    QCOMPARE(workspace.checkpoint(process.id)->target, 7.0 * 3600);

    // Another metric: a new checkpoint; the old one and its reviews stay in the history.
    Checkpoint other;
    other.processId = process.id;
    other.metric = Checkpoint::Metric::SlaCompliance;
    other.target = 0.9;
    other.reviewDate = QDate(2024, 6, 30);
    const qint64 second = workspace.setCheckpoint(other);
    QVERIFY(second);
    QVERIFY(second != first);
    QCOMPARE(workspace.checkpoint(process.id)->metric, Checkpoint::Metric::SlaCompliance);
    QVERIFY(workspace.checkpoint(process.id)->created.isValid());
    const QVector<CheckpointReview> history = workspace.checkpointReviews(process.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).decision, CheckpointReview::Decision::AdjustTarget);
    QCOMPARE(history.at(0).newTarget, 7.0 * 3600);
    QCOMPARE(history.at(0).metric, Checkpoint::Metric::P90CycleTime);
    QCOMPARE(history.at(1).id, reviewId);
    QCOMPARE(history.at(1).reviewedAt, utcTime("2024-03-31 10:00"));
    QCOMPARE(history.at(1).value, 7.0 * 3600);
    QCOMPARE(history.at(1).target, 6.0 * 3600);
    QCOMPARE(history.at(1).decision, CheckpointReview::Decision::ChangeProcess);
    QVERIFY(std::isnan(history.at(1).newTarget));
    QCOMPARE(history.at(1).note,
             QStringLiteral("Invoices wait for the signature: ask for it up front."));
    QCOMPARE(history.at(1).nextReviewDate, QDate(2024, 4, 30));

    // The retired checkpoint cannot be reviewed any more.
    review.checkpointId = first;
    review.decision = CheckpointReview::Decision::Keep;
    QVERIFY(!workspace.reviewCheckpoint(review));
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::NotFound);
    QCOMPARE(workspace.checkpointReviews(process.id).size(), 2);

    // Stop watching: no checkpoint, the history stays.
    QVERIFY(workspace.removeCheckpoint(process.id));
    QVERIFY(!workspace.checkpoint(process.id));
    QCOMPARE(workspace.checkpointReviews(process.id).size(), 2);
    QVERIFY(workspace.removeCheckpoint(process.id)); // nothing to remove is fine
}

void TestImprove::reviewHistoryNewestFirst()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("history.stepwise"))));
    Process process = goodMap();
    process.id = workspace.saveProcess(process);
    Checkpoint checkpoint;
    checkpoint.processId = process.id;
    checkpoint.metric = Checkpoint::Metric::CompletionRate;
    checkpoint.target = 0.8;
    checkpoint.reviewDate = QDate(2024, 1, 31);
    checkpoint.id = workspace.setCheckpoint(checkpoint);
    QVERIFY(checkpoint.id);
    // Recorded out of order: listed by when they were held.
    const char *times[] = {"2024-03-02 09:00", "2024-01-31 09:00", "2024-02-29 09:00"};
    for (const char *time : times) {
        CheckpointReview review;
        review.checkpointId = checkpoint.id;
        review.reviewedAt = utcTime(time);
        review.value = std::numeric_limits<double>::quiet_NaN(); // no runs to measure
        review.target = 0.8;
        review.note = QLatin1String(time);
        review.nextReviewDate = utcTime(time).date().addMonths(1);
        QVERIFY(workspace.reviewCheckpoint(review));
    }
    const QVector<CheckpointReview> history = workspace.checkpointReviews(process.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).note, QStringLiteral("2024-03-02 09:00"));
    QCOMPARE(history.at(1).note, QStringLiteral("2024-02-29 09:00"));
    QCOMPARE(history.at(2).note, QStringLiteral("2024-01-31 09:00"));
    QVERIFY(std::isnan(history.at(0).value));
    QCOMPARE(history.at(2).nextReviewDate, QDate(2024, 2, 29));
    // The checkpoint's date is the last one recorded.
    QCOMPARE(workspace.checkpoint(process.id)->reviewDate, QDate(2024, 3, 29));
}

void TestImprove::checkpointRefusals()
{
    const QString path = newPath(QStringLiteral("refusals.stepwise"));
    ProcessId id = 0;
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        Process process = goodMap();
        id = workspace.saveProcess(process);
        QVERIFY(id);

        Checkpoint checkpoint;
        checkpoint.processId = id;
        checkpoint.metric = Checkpoint::Metric::SlaCompliance;
        checkpoint.target = 1.2;
        checkpoint.reviewDate = QDate(2024, 5, 1);
        QVERIFY(!workspace.setCheckpoint(checkpoint));
        QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::Invalid);
        checkpoint.target = 0.9;
        checkpoint.reviewDate = QDate();
        QVERIFY(!workspace.setCheckpoint(checkpoint));
        QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::Invalid);
        checkpoint.metric = Checkpoint::Metric::MedianCycleTime;
        checkpoint.target = -1;
        checkpoint.reviewDate = QDate(2024, 5, 1);
        QVERIFY(!workspace.setCheckpoint(checkpoint));
        checkpoint.processId = 4242;
        checkpoint.target = 60;
        QVERIFY(!workspace.setCheckpoint(checkpoint));
        QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::NotFound);
        QVERIFY(!workspace.checkpoint(id));

        checkpoint.processId = id;
        checkpoint.id = workspace.setCheckpoint(checkpoint);
        QVERIFY(checkpoint.id);
        CheckpointReview review;
        review.checkpointId = checkpoint.id;
        review.target = 60;
        review.decision = CheckpointReview::Decision::AdjustTarget; // without a new target
        review.nextReviewDate = QDate(2024, 6, 1);
        QVERIFY(!workspace.reviewCheckpoint(review));
        QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::Invalid);
        review.decision = CheckpointReview::Decision::Keep;
        review.nextReviewDate = QDate();
        QVERIFY(!workspace.reviewCheckpoint(review));
        QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::Invalid);
        // Nothing of the refused reviews was written.
        QVERIFY(workspace.checkpointReviews(id).isEmpty());
        QCOMPARE(workspace.checkpoint(id)->reviewDate, QDate(2024, 5, 1));
    }
    // Read-only: read, but not written.
    Workspace workspace;
    Workspace::OpenOptions options;
    options.readOnly = true;
    QVERIFY(workspace.open(path, options));
    QVERIFY(workspace.checkpoint(id));
    Checkpoint checkpoint = *workspace.checkpoint(id);
    checkpoint.target = 120;
    QVERIFY(!workspace.setCheckpoint(checkpoint));
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::ReadOnly);
    QVERIFY(!workspace.removeCheckpoint(id));
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::ReadOnly);
    CheckpointReview review;
    review.checkpointId = checkpoint.id;
    review.nextReviewDate = QDate(2024, 6, 1);
    QVERIFY(!workspace.reviewCheckpoint(review));
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::ReadOnly);
}

void TestImprove::reviewsDue()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("due.stepwise"))));
    const auto add = [&](const QString &name, const QDate &reviewDate) {
        Process process = goodMap();
        process.name = name;
        process.id = workspace.saveProcess(process);
        Checkpoint checkpoint;
        checkpoint.processId = process.id;
        checkpoint.target = 3600;
        checkpoint.reviewDate = reviewDate;
        return workspace.setCheckpoint(checkpoint) ? process.id : 0;
    };
    const QDate today(2024, 3, 1);
    const ProcessId overdue = add(QStringLiteral("Zebra"), QDate(2024, 2, 29));
    const ProcessId dueToday = add(QStringLiteral("Alpha"), today);
    const ProcessId alsoToday = add(QStringLiteral("Beta"), today);
    const ProcessId later = add(QStringLiteral("Gamma"), QDate(2024, 3, 2));
    QVERIFY(overdue && dueToday && alsoToday && later);
    QVector<DueCheckpoint> due = workspace.checkpointsDue(today);
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.at(0).processName, QStringLiteral("Zebra")); // the longest overdue first
    QCOMPARE(due.at(0).checkpoint.reviewDate, QDate(2024, 2, 29));
    QCOMPARE(due.at(1).processName, QStringLiteral("Alpha"));
    QCOMPARE(due.at(1).checkpoint.processId, dueToday);
    QCOMPARE(due.at(2).processName, QStringLiteral("Beta"));
    // Reviewed or removed: no longer due.
    CheckpointReview review;
    review.checkpointId = due.at(0).checkpoint.id;
    review.target = 3600;
    review.nextReviewDate = QDate(2024, 3, 31);
    QVERIFY(workspace.reviewCheckpoint(review));
    QVERIFY(workspace.removeCheckpoint(alsoToday));
    due = workspace.checkpointsDue(today);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).processName, QStringLiteral("Alpha"));
    QCOMPARE(workspace.checkpointsDue(QDate(2024, 3, 31)).size(), 3);
}

void TestImprove::deletingAProcessDeletesItsCheckpoints()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("delete.stepwise"))));
    Process process = goodMap();
    process.id = workspace.saveProcess(process);
    Checkpoint checkpoint;
    checkpoint.processId = process.id;
    checkpoint.target = 3600;
    checkpoint.reviewDate = QDate(2024, 1, 1);
    checkpoint.id = workspace.setCheckpoint(checkpoint);
    CheckpointReview review;
    review.checkpointId = checkpoint.id;
    review.nextReviewDate = QDate(2024, 2, 1);
    QVERIFY(workspace.reviewCheckpoint(review));
    QVERIFY(workspace.deleteProcess(process.id));
    QVERIFY(workspace.checkpointsDue(QDate(2030, 1, 1)).isEmpty());
    QVERIFY(workspace.checkpointReviews(process.id).isEmpty());
    const QString path = workspace.path();
    workspace.close();
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM checkpoints")).toInt(), 0);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM checkpoint_reviews")).toInt(), 0);
}

void TestImprove::schema5FileKeepsItsDataAndGainsCheckpoints()
{
    // A schema 5 file: today's file without what schema 6 added, at user_version 5.
    const QString path = newPath(QStringLiteral("schema5.stepwise"));
    Process map = loopMap();
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        QCOMPARE(Workspace::currentSchemaVersion(), 6);
        map.id = workspace.saveProcess(map);
        QVERIFY(map.id);
        QVERIFY(workspace.saveRuns(map.id, loopLog()));
        QVERIFY(workspace.saveRevision(map, QStringLiteral("before checkpoints")));
    }
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE checkpoint_reviews")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE checkpoints")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 5")));
    }
    Workspace workspace;
    QVERIFY2(workspace.open(path), qPrintable(workspace.errorString()));
    QCOMPARE(workspace.schemaVersion(), 6);
    QCOMPARE(*workspace.loadProcess(map.id), map);
    QCOMPARE(workspace.runCount(map.id), 5);
    QCOMPARE(workspace.latestRunMs(map.id), utc("2024-01-05 18:00"));
    QCOMPARE(workspace.revisions(map.id).size(), 1);
    QVERIFY(!workspace.checkpoint(map.id));
    QCOMPARE(workspace.errorKind(), Workspace::ErrorKind::None);
    Checkpoint checkpoint;
    checkpoint.processId = map.id;
    checkpoint.metric = Checkpoint::Metric::CompletionRate;
    checkpoint.target = 0.75;
    checkpoint.reviewDate = QDate(2024, 2, 5);
    QVERIFY2(workspace.setCheckpoint(checkpoint), qPrintable(workspace.errorString()));
    QCOMPARE(workspace.checkpoint(map.id)->target, 0.75);
}

// --- widgets

namespace {

// The panel's measuring is done (it runs on a worker thread).
bool measured(CheckpointPanel &panel)
{
    return QTest::qWaitFor([&] { return !panel.isMeasuring() && panel.status(); }, 20000);
}

} // namespace

void TestImprove::checkpointPanelSetAndReview()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("panel.stepwise"))));
    Process map = loopMap();
    map.id = workspace.saveProcess(map);
    QVERIFY(workspace.saveRuns(map.id, loopLog()));

    // "Now" is 20 January 2024: the five runs are in the last 30 days.
    const QDateTime now(QDate(2024, 1, 20), QTime(12, 0), Qt::UTC);
    CheckpointPanel panel;
    panel.setClock([now] { return now; });
    panel.setSource(&workspace, map.id);
    panel.resize(800, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(measured(panel));
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("No checkpoint yet")));
    // The last 30 days of the first metric, to help pick a target: the median, 4 h.
    QVERIFY2(panel.valueLabel()->text().contains(QStringLiteral("4\u00a0h")),
             qPrintable(panel.valueLabel()->text()));
    QVERIFY(!panel.reviewButton()->isVisible());
    QVERIFY(!panel.setButton()->isEnabled()); // no target yet
    QCOMPARE(panel.reviewDateEdit()->date(), QDate(2024, 2, 19)); // in 30 days

    // The keyboard picks the rework rate (median, P90, SLA, rework); the figures follow.
    panel.metricCombo()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(panel.metricCombo(), Qt::Key_Down);
    QCOMPARE(panel.metricCombo()->currentData().toInt(), int(Checkpoint::Metric::ReworkRate));
    QVERIFY(measured(panel));
    QVERIFY2(panel.valueLabel()->text().contains(QLatin1String("40%")),
             qPrintable(panel.valueLabel()->text()));
    QDoubleSpinBox *percent = panel.targetEdit()->percentSpin();
    QVERIFY(percent->isVisible());
    percent->selectAll();
    QTest::keyClicks(percent, QStringLiteral("25"));
    QCOMPARE(percent->value(), 25.0);
    // A month from today with the interval picker.
    QComboBox *interval = panel.reviewDateEdit()->intervalCombo();
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_Down); // in 2 weeks
    QTest::keyClick(interval, Qt::Key_Down); // in 30 days
    QTest::keyClick(interval, Qt::Key_Down); // in 1 month
    QCOMPARE(panel.reviewDateEdit()->date(), QDate(2024, 2, 20));

    QSignalSpy changed(&panel, &CheckpointPanel::checkpointChanged);
    QVERIFY(panel.setButton()->isEnabled());
    QTest::mouseClick(panel.setButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    std::optional<Checkpoint> stored = workspace.checkpoint(map.id);
    QVERIFY(stored);
    QCOMPARE(stored->metric, Checkpoint::Metric::ReworkRate);
    QCOMPARE(stored->target, 0.25);
    QCOMPARE(stored->reviewDate, QDate(2024, 2, 20));
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("Watching the rework rate")));
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("at most 25%")));
    QVERIFY(panel.reviewButton()->isVisible());
    QVERIFY(!panel.setButton()->isEnabled()); // nothing changed since

    // The checkpoint was set now (20 January): no runs since; the 30 days before have all five.
    QVERIFY(measured(panel));
    QVERIFY2(panel.valueLabel()->text().contains(QLatin1String("No runs started since")),
             qPrintable(panel.valueLabel()->text()));
    QVERIFY(panel.valueLabel()->text().contains(QLatin1String("40%")));

    // Review: adjust the target to 30%, a note, the next review in 2 weeks.
    QVERIFY(panel.reviewButton()->isEnabled());
    QTest::mouseClick(panel.reviewButton(), Qt::LeftButton);
    QTRY_VERIFY(panel.reviewDialog());
    CheckpointReviewDialog *dialog = panel.reviewDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->decisionButton(CheckpointReview::Decision::Keep)->isChecked());
    QVERIFY(!dialog->newTargetEdit()->isEnabled());
    // On its circle: a radio button stretched across the dialog takes clicks on its label only.
    QRadioButton *adjust = dialog->decisionButton(CheckpointReview::Decision::AdjustTarget);
    QTest::mouseClick(adjust, Qt::LeftButton, {}, QPoint(8, adjust->height() / 2));
    QVERIFY(dialog->newTargetEdit()->isEnabled());
    QDoubleSpinBox *newTarget = dialog->newTargetEdit()->percentSpin();
    newTarget->setFocus();
    newTarget->selectAll();
    QTest::keyClicks(newTarget, QStringLiteral("30"));
    dialog->noteEdit()->setFocus();
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Loops are rarer than we feared."));
    QComboBox *next = dialog->nextDateEdit()->intervalCombo();
    next->setFocus();
    next->setCurrentIndex(0);
    QTest::keyClick(next, Qt::Key_Down); // in 2 weeks
    QCOMPARE(dialog->nextDateEdit()->date(), QDate(2024, 2, 3));
    QPushButton *record = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QTRY_VERIFY(!panel.reviewDialog());
    QCOMPARE(changed.count(), 2);

    const QVector<CheckpointReview> history = workspace.checkpointReviews(map.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).decision, CheckpointReview::Decision::AdjustTarget);
    QCOMPARE(history.at(0).target, 0.25);
    QVERIFY(std::abs(history.at(0).newTarget - 0.30) < 1e-9);
    QVERIFY(std::isnan(history.at(0).value)); // no runs since the checkpoint was set
    QCOMPARE(history.at(0).note, QStringLiteral("Loops are rarer than we feared."));
    QCOMPARE(history.at(0).nextReviewDate, QDate(2024, 2, 3));
    stored = workspace.checkpoint(map.id);
    QVERIFY(std::abs(stored->target - 0.30) < 1e-9);
    QCOMPARE(stored->reviewDate, QDate(2024, 2, 3));

    // The history table shows it.
    QTreeWidget *table = panel.historyTable();
    QCOMPARE(table->topLevelItemCount(), 1);
    QTreeWidgetItem *row = table->topLevelItem(0);
    QCOMPARE(row->text(1), QStringLiteral("Rework rate"));
    QCOMPARE(row->text(2), QStringLiteral("\u2013"));
    QCOMPARE(row->text(3), QStringLiteral("\u2264 25%"));
    QCOMPARE(row->text(4), QStringLiteral("Adjust the target to 30%"));
    QCOMPARE(row->text(6), QStringLiteral("Loops are rarer than we feared."));
}

void TestImprove::checkpointPanelChangeMetricStartsANewCheckpoint()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("panel2.stepwise"))));
    Process map = loopMap();
    map.id = workspace.saveProcess(map);
    Checkpoint checkpoint;
    checkpoint.processId = map.id;
    checkpoint.metric = Checkpoint::Metric::MedianCycleTime;
    checkpoint.target = 4 * 3600;
    checkpoint.reviewDate = QDate(2024, 1, 10);
    QVERIFY(workspace.setCheckpoint(checkpoint));

    const QDateTime now(QDate(2024, 1, 20), QTime(12, 0), Qt::UTC);
    CheckpointPanel panel;
    panel.setClock([now] { return now; });
    panel.setSource(&workspace, map.id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(measured(panel));
    QVERIFY2(panel.statusLabel()->text().contains(QLatin1String("10 day(s) overdue")),
             qPrintable(panel.statusLabel()->text()));
    QCOMPARE(panel.targetEdit()->durationEdit()->text(), QStringLiteral("4h"));

    // A new target typed in: Save Changes keeps the checkpoint.
    DurationEdit *target = panel.targetEdit()->durationEdit();
    target->setFocus();
    target->selectAll();
    QTest::keyClicks(target, QStringLiteral("3h 30min"));
    QVERIFY(panel.setButton()->isEnabled());
    QTest::mouseClick(panel.setButton(), Qt::LeftButton);
    QCOMPARE(workspace.checkpoint(map.id)->target, 3.5 * 3600);
    const qint64 id = workspace.checkpoint(map.id)->id;

    // SLA compliance without an SLA target on the process cannot be set.
    Process noSla = map;
    noSla.slaTargetS = 0;
    QVERIFY(workspace.saveProcess(noSla));
    panel.reload();
    panel.metricCombo()->setFocus();
    QTest::keyClick(panel.metricCombo(), Qt::Key_Down);
    QTest::keyClick(panel.metricCombo(), Qt::Key_Down); // SLA compliance
    QCOMPARE(panel.metricCombo()->currentData().toInt(), int(Checkpoint::Metric::SlaCompliance));
    QVERIFY(!panel.setButton()->isEnabled());
    // The completion rate can: another metric starts a new checkpoint.
    QTest::keyClick(panel.metricCombo(), Qt::Key_Down);
    QTest::keyClick(panel.metricCombo(), Qt::Key_Down);
    QCOMPARE(panel.metricCombo()->currentData().toInt(), int(Checkpoint::Metric::CompletionRate));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("checkpointMetricHint"))->isVisible());
    QVERIFY(panel.setButton()->isEnabled());
    QTest::mouseClick(panel.setButton(), Qt::LeftButton);
    QCOMPARE(workspace.checkpoint(map.id)->metric, Checkpoint::Metric::CompletionRate);
    QVERIFY(workspace.checkpoint(map.id)->id != id);
    QCOMPARE(workspace.checkpoint(map.id)->target, 0.9);

    // Stop watching.
    QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
    QVERIFY(!workspace.checkpoint(map.id));
    QVERIFY(panel.statusLabel()->text().contains(QLatin1String("No checkpoint yet")));
}

void TestImprove::diagnosticPanelFixButtons()
{
    Process process = goodMap();
    process.lanes[0].name.clear();
    DiagnosticFacts facts;
    facts.lastRunMs = Now.toMSecsSinceEpoch();
    facts.lastRevision = Now;
    process.step(5)->automation = Step::Automation::Automated;
    DiagnosticPanel panel;
    panel.setDiagnostic(diagnose(process, facts, Now));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const auto component = diagnosticComponent(i);
        QCOMPARE(panel.fixButton(component)->isVisible(),
                 component == Diagnostic::Component::Ownership);
    }
    QVERIFY(
        panel.whyLabel(Diagnostic::Component::Ownership)->text().contains(QLatin1String("lane 1")));
    QCOMPARE(panel.fixButton(Diagnostic::Component::Ownership)->text(),
             QStringLiteral("Edit Lanes"));
    QSignalSpy fix(&panel, &DiagnosticPanel::fixRequested);
    QTest::mouseClick(panel.fixButton(Diagnostic::Component::Ownership), Qt::LeftButton);
    QCOMPARE(fix.count(), 1);
    QCOMPARE(fix.at(0).at(0).value<DiagnosticFix>(), DiagnosticFix::Lanes);

    panel.clear(QStringLiteral("No process is open."));
    QVERIFY(!panel.hasDiagnostic());
    QVERIFY(!panel.fixButton(Diagnostic::Component::Ownership)->isVisible());
}

void TestImprove::processListShowsMarks()
{
    Workspace workspace;
    QVERIFY(workspace.open(newPath(QStringLiteral("list.stepwise"))));
    const ProcessId good = storeGoodProcess(workspace, QStringLiteral("Good"));
    QVERIFY(good);
    Process bare;
    bare.name = QStringLiteral("Bare");
    const ProcessId empty = workspace.saveProcess(bare);
    ProcessListModel model(&workspace);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isDiagnosing() && model.diagnostic(good), 20000);
    QCOMPARE(model.diagnostic(good)->okCount(), 5);
    QCOMPARE(model.diagnostic(empty)->okCount(), 0);
    const QModelIndex marks = model.index(model.rowOf(empty), ProcessListModel::DiagnosticColumn);
    QVERIFY(marks.data(ProcessListModel::DiagnosticRole).canConvert<Diagnostic>());
    const QString tip = marks.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QLatin1String("Design")));
    QVERIFY(tip.contains(QLatin1String("The map has no start and no end")));

    // A change (a revision of the empty map) reaches the marks after a refresh.
    QSignalSpy diagnosed(&model, &ProcessListModel::diagnosticsChanged);
    bare.id = empty;
    QVERIFY(workspace.saveRevision(bare, QStringLiteral("a start")));
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(diagnosed.count() >= 1 && !model.isDiagnosing(), 20000);
    QVERIFY(model.diagnostic(empty)->improvement.ok);
}

void TestImprove::reviewsDueBanner()
{
    ReviewsDueBanner banner;
    const QDate today(2024, 3, 1);
    banner.setDue({}, today);
    QVERIFY(banner.isHidden());
    DueCheckpoint due;
    due.checkpoint.processId = 7;
    due.checkpoint.metric = Checkpoint::Metric::P90CycleTime;
    due.checkpoint.reviewDate = QDate(2024, 2, 28);
    due.processName = QStringLiteral("Support ticket");
    banner.setDue({due}, today);
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    QVERIFY(banner.textLabel()->text().contains(QLatin1String("Support ticket")));
    QVERIFY(banner.textLabel()->text().contains(QLatin1String("2 day(s) overdue")));
    QSignalSpy review(&banner, &ReviewsDueBanner::reviewRequested);
    QTest::mouseClick(banner.reviewButton(), Qt::LeftButton);
    QCOMPARE(review.count(), 1);
    QCOMPARE(review.at(0).at(0).value<ProcessId>(), 7);
    QSignalSpy dismissed(&banner, &ReviewsDueBanner::dismissed);
    QTest::mouseClick(banner.closeButton(), Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(banner.isHidden());
}

QTEST_MAIN(TestImprove)
#include "tst_improve.moc"
