// The Runs tab: the lazy table model over a workspace of many runs (row count, sorting, a case
// filter), deleting runs after the confirmation, the timeline of a run, logging a run by hand
// with the dialog, and importing a log through the import dialog; driven with QTest events on
// the real widgets.
#include "runs/importrunsdialog.h"
#include "runs/logrundialog.h"
#include "runs/runstablemodel.h"
#include "runs/runsview.h"
#include "runs/runtimeline.h"

#include "analysis/runmetrics.h"
#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Stepwise;

namespace {

constexpr qint64 minute = 60 * 1000;
// Monday 3 March 2025, 08:00 UTC.
const qint64 t0 = QDateTime(QDate(2025, 3, 3), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr int manyRuns = 2000;

// A small support process: two lanes, three tasks between a start and an end.
Process supportProcess()
{
    Process p;
    p.name = QStringLiteral("Support ticket");
    p.slaTargetS = 8 * 3600;
    Lane support;
    support.id = 1;
    support.name = QStringLiteral("Support");
    Lane engineering;
    engineering.id = 2;
    engineering.name = QStringLiteral("Engineering");
    p.lanes = {support, engineering};
    const auto step = [](ItemId id, Step::Kind kind, const char *name, ItemId lane, double x) {
        Step s;
        s.id = id;
        s.kind = kind;
        s.name = QLatin1String(name);
        s.laneId = lane;
        s.pos = QPointF(x, 80);
        return s;
    };
    p.steps
        = {step(3, Step::Kind::Start, "Ticket in", 1, 60),
           step(4, Step::Kind::Task, "Triage", 1, 200), step(5, Step::Kind::Task, "Fix", 2, 360),
           step(6, Step::Kind::Task, "Reply", 1, 520), step(7, Step::Kind::End, "Closed", 1, 680)};
    const auto handoff = [](ItemId id, ItemId from, ItemId to) {
        Handoff h;
        h.id = id;
        h.fromStepId = from;
        h.toStepId = to;
        return h;
    };
    p.handoffs = {handoff(8, 3, 4), handoff(9, 4, 5), handoff(10, 5, 6), handoff(11, 6, 7)};
    p.nextItemId = 12;
    return p;
}

// Run i (1-based) of case "R0001"...: Triage (ann), Fix (bob), Reply (ann), one after the other
// with waits between them; its cycle time is (7 i mod manyRuns) + 1 minutes: all different, from
// 1 minute (R2000) to manyRuns minutes (see longestCase).
RunLog manyRunsLog()
{
    RunLog log;
    log.activities = {QStringLiteral("Triage"), QStringLiteral("Fix"), QStringLiteral("Reply")};
    log.resources = {QStringLiteral("ann"), QStringLiteral("bob")};
    for (int i = 1; i <= manyRuns; ++i) {
        Run run;
        run.caseId = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
        const qint64 start = t0 + qint64(i) * 10 * minute;
        const qint64 cycle = ((qint64(i) * 7) % manyRuns + 1) * minute;
        const qint64 third = cycle / 3;
        const qint64 times[3][2] = {{start, start + third / 2},
                                    {start + third, start + 2 * third},
                                    {start + 2 * third + third / 2, start + cycle}};
        for (int a = 0; a < 3; ++a) {
            Execution execution;
            execution.activity = a;
            execution.resource = a == 1 ? 1 : 0;
            execution.startMs = times[a][0];
            execution.completeMs = times[a][1];
            execution.order = a;
            run.executions.append(execution);
        }
        run.firstMs = start;
        run.lastMs = start + cycle;
        run.events = 3;
        log.runs.append(run);
    }
    return log;
}

// The run with the longest cycle time: 7 i = manyRuns - 1 (mod manyRuns) for i = 857
// (5999 = 2 * 2000 + 1999).
const QString longestCase = QStringLiteral("R0857");

// Clicks a button of the next message box once it shows (looking every 10 ms from the event
// loop, so that a box opened later, from a nested loop, is found as well).
void clickInNextBox(const QString &buttonName, QString *boxText = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 2000) {
                qWarning("no message box showed");
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (boxText)
            *boxText = box->text();
        QAbstractButton *button
            = buttonName.isEmpty() ? nullptr : box->findChild<QAbstractButton *>(buttonName);
        // A standard button has no name: Cancel, or else OK.
        if (!button)
            button = box->button(QMessageBox::Cancel);
        if (!button)
            button = box->button(QMessageBox::Ok);
        if (button)
            QTest::mouseClick(button, Qt::LeftButton);
        else
            qWarning("no button %s", qPrintable(buttonName));
    });
    timer->start();
}

} // namespace

class TestRunsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelCountsSortsAndFilters();
    void modelSortsEveryColumn_data();
    void modelSortsEveryColumn();
    void modelMarksTheSla();
    void viewFiltersAsTheUserTypes();
    void deleteAfterConfirmation();
    void deleteCancelledKeepsTheRuns();
    void emptyStateOffersLogAndImport();
    void enterShowsTheTimeline();
    void timelineStacksOverlapsAndKeepsOthersApart();
    void logRunDialogWritesARun();
    void logRunDialogRefusesWhatCannotBe();
    void logRunFromTheView();
    void editRunKeepsItsCase();
    void importWithAMappingChange();
    void importRefusedLeavesTheWorkspace();
    void importCancelledWritesNothing();

private:
    void openView(RunsView &view);

    QTemporaryDir m_dir;
    Workspace m_ws;
    ProcessId m_process = 0;
    std::unique_ptr<ProcessDocument> m_document;
};

void TestRunsTab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The dialogs remember a few choices (who did the steps, the last folder): not in the
    // user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
}

void TestRunsTab::init()
{
    const QString path = m_dir.filePath(QStringLiteral("runs.stepwise"));
    QFile::remove(path);
    QVERIFY2(m_ws.open(path), qPrintable(m_ws.errorString()));
    Process process = supportProcess();
    m_process = m_ws.saveProcess(process);
    QVERIFY2(m_process, qPrintable(m_ws.errorString()));
    QVERIFY2(m_ws.saveRuns(m_process, manyRunsLog()), qPrintable(m_ws.errorString()));
    process.id = m_process;
    m_document = std::make_unique<ProcessDocument>(process);
}

void TestRunsTab::cleanup()
{
    m_document.reset();
    m_ws.close();
}

void TestRunsTab::openView(RunsView &view)
{
    view.resize(1100, 700);
    view.setDocument(m_document.get());
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTRY_VERIFY(!view.model()->isLoading());
    QCOMPARE(view.model()->rowCount(), manyRuns);
}

void TestRunsTab::modelCountsSortsAndFilters()
{
    RunsTableModel model(&m_ws);
    QSignalSpy loaded(&model, &RunsTableModel::loaded);
    model.setProcess(m_process, 8 * 3600);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), manyRuns);
    QCOMPARE(model.columnCount(), int(RunsTableModel::ColumnCount));
    // Only the pages looked at are read.
    QCOMPARE(model.cachedPages(), 0);
    QCOMPARE(model.data(model.index(0, RunsTableModel::CaseColumn)).toString(),
             QStringLiteral("R0001"));
    QCOMPARE(model.cachedPages(), 1);

    // Longest first: R0857 with 2000 minutes, then 1999, 1998, ...
    model.sort(RunsTableModel::CycleTimeColumn, Qt::DescendingOrder);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.summary(0).caseId, longestCase);
    QCOMPARE(model.summary(0).cycleTimeMs(), manyRuns * minute);
    for (int row = 1; row < 50; ++row)
        QCOMPARE(model.summary(row).cycleTimeMs(), (manyRuns - row) * minute);
    QCOMPARE(model.data(model.index(0, RunsTableModel::CycleTimeColumn)).toString(),
             QStringLiteral("1.4 d")); // 2000 min = 33 h 20 min = 1.39 d
    // The last rows are read on demand, the shortest last.
    QCOMPARE(model.summary(manyRuns - 1).cycleTimeMs(), minute);

    // Cases containing "r01" (case ignored): R0100 to R0199.
    model.setCaseFilter(QStringLiteral("r01"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 100);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.summary(row).caseId.startsWith(QLatin1String("R01")));
    model.setCaseFilter(QString());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), manyRuns);
}

void TestRunsTab::modelSortsEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("first");
    // Cases by text; starts every 10 minutes in case order; ends: start + cycle (R2000 ends
    // last: 20000 + 1 min; R0001 ends first: 10 + 8 min); a 8 h target is met by the runs up to
    // 480 minutes, the shortest first.
    QTest::newRow("case, descending")
        << int(RunsTableModel::CaseColumn) << Qt::DescendingOrder << QStringLiteral("R2000");
    QTest::newRow("start, ascending")
        << int(RunsTableModel::StartColumn) << Qt::AscendingOrder << QStringLiteral("R0001");
    QTest::newRow("end, ascending")
        << int(RunsTableModel::EndColumn) << Qt::AscendingOrder << QStringLiteral("R0001");
    QTest::newRow("SLA, met first and shortest first")
        << int(RunsTableModel::SlaColumn) << Qt::AscendingOrder << QStringLiteral("R2000");
    QTest::newRow("SLA, missed first and longest first")
        << int(RunsTableModel::SlaColumn) << Qt::DescendingOrder << longestCase;
}

void TestRunsTab::modelSortsEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, first);
    RunsTableModel model(&m_ws);
    model.setAsynchronous(false);
    model.setProcess(m_process, 8 * 3600);
    model.sort(column, order);
    QCOMPARE(model.summary(0).caseId, first);
}

void TestRunsTab::modelMarksTheSla()
{
    RunsTableModel model(&m_ws);
    model.setAsynchronous(false);
    model.setProcess(m_process, 8 * 3600);
    model.sort(RunsTableModel::CycleTimeColumn, Qt::AscendingOrder);
    // 480 minutes is at most 8 h: met; 481 is not.
    QCOMPARE(model.summary(479).cycleTimeMs(), 480 * minute);
    const QModelIndex met = model.index(479, RunsTableModel::SlaColumn);
    const QModelIndex missed = model.index(480, RunsTableModel::SlaColumn);
    QCOMPARE(model.data(met, RunsTableModel::ValueRole), QVariant(true));
    QCOMPARE(model.data(missed, RunsTableModel::ValueRole), QVariant(false));
    QVERIFY(model.data(met).toString().contains(QLatin1String("Met")));
    QVERIFY(model.data(missed).toString().contains(QLatin1String("Missed")));
    QVERIFY(model.data(missed, Qt::ToolTipRole).toString().contains(QLatin1String("1 min")));
    // Without a target there is no verdict.
    model.setSlaTarget(0);
    QVERIFY(!model.data(met, RunsTableModel::ValueRole).isValid());
    // A filter on the verdict: the runs of at most 2 h are 120.
    model.setSlaTarget(2 * 3600);
    model.setSlaFilter(RunQuery::Sla::Met);
    QCOMPARE(model.rowCount(), 120);
    model.setSlaFilter(RunQuery::Sla::Missed);
    QCOMPARE(model.rowCount(), manyRuns - 120);
}

void TestRunsTab::viewFiltersAsTheUserTypes()
{
    RunsView view(&m_ws);
    openView(view);
    QSignalSpy loaded(view.model(), &RunsTableModel::loaded);
    QTest::keyClicks(view.filterEdit(), QStringLiteral("R19"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(view.model()->rowCount(), 100); // R1900 to R1999
    // Sorting by a click on the header: cycle time, then again for longest first.
    QHeaderView *header = view.table()->horizontalHeader();
    const QPoint cycleHeader(header->sectionViewportPosition(RunsTableModel::CycleTimeColumn) + 10,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, cycleHeader);
    QVERIFY(loaded.wait(10000));
    const qint64 firstCycle = view.model()->summary(0).cycleTimeMs();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, cycleHeader);
    QVERIFY(loaded.wait(10000));
    QVERIFY(view.model()->summary(0).cycleTimeMs() != firstCycle);
    QVERIFY(view.model()->summary(0).cycleTimeMs() >= view.model()->summary(1).cycleTimeMs());
    QVERIFY(view.model()->summary(0).caseId.startsWith(QLatin1String("R19")));
}

void TestRunsTab::deleteAfterConfirmation()
{
    RunsView view(&m_ws);
    openView(view);
    QSignalSpy changed(&view, &RunsView::runsChanged);
    // Newest first: R2000, R1999, R1998 are the first three rows. Click the first, shift-click
    // the third.
    QTableView *table = view.table();
    const QRect first = table->visualRect(view.model()->index(0, 0));
    const QRect third = table->visualRect(view.model()->index(2, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, third.center());
    QCOMPARE(view.selectedRunIds().size(), 3);

    QString question;
    clickInNextBox(QStringLiteral("deleteRunsButton"), &question);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(question.contains(QLatin1String("3 runs")), qPrintable(question));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_ws.runCount(m_process), manyRuns - 3);
    for (const char *gone : {"R2000", "R1999", "R1998"})
        QCOMPARE(m_ws.findRun(m_process, QLatin1String(gone)), 0);
    QVERIFY(m_ws.findRun(m_process, QStringLiteral("R1997")) > 0);
    QTRY_COMPARE(view.model()->rowCount(), manyRuns - 3);
    // The next run is current, ready for the next delete.
    QCOMPARE(view.model()->summary(table->currentIndex().row()).caseId, QStringLiteral("R1997"));
}

void TestRunsTab::deleteCancelledKeepsTheRuns()
{
    RunsView view(&m_ws);
    openView(view);
    QSignalSpy changed(&view, &RunsView::runsChanged);
    QTableView *table = view.table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view.model()->index(0, 0)).center());
    QString question;
    clickInNextBox(QStringLiteral("cancel"), &question);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(question.contains(QLatin1String("R2000")), qPrintable(question));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_ws.runCount(m_process), manyRuns);
}

void TestRunsTab::emptyStateOffersLogAndImport()
{
    const ProcessId empty = m_ws.createProcess(QStringLiteral("Nothing yet"));
    QVERIFY(empty);
    Process process = *m_ws.loadProcess(empty);
    ProcessDocument document(process);
    RunsView view(&m_ws);
    view.setDocument(&document);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isEmptyStateShown());
    auto *log = view.findChild<QPushButton *>(QStringLiteral("emptyLogRunButton"));
    auto *import = view.findChild<QPushButton *>(QStringLiteral("emptyImportButton"));
    QVERIFY(log && log->isVisible() && log->isEnabled());
    QVERIFY(import && import->isVisible() && import->isEnabled());
    // No process: no buttons.
    view.setDocument(nullptr);
    QVERIFY(view.isEmptyStateShown());
    QVERIFY(!log->isVisible());
    // A process with runs: the table.
    view.setDocument(m_document.get());
    QVERIFY(!view.isEmptyStateShown());
}

void TestRunsTab::enterShowsTheTimeline()
{
    RunsView view(&m_ws);
    openView(view);
    QTableView *table = view.table();
    // R2000: cycle 2000 * 7 mod 2000 + 1 = 1 minute; R1999: 1999 * 7 = 13993 -> 1993 + 1 = 1994
    // minutes. Go down one row and press Enter.
    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view.model()->index(0, 0)).center());
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    RunTimeline *timeline = view.timeline();
    QVERIFY(timeline->hasRun());
    QVERIFY(timeline->isVisible());
    // Triage and Reply in Support, Fix in Engineering: two rows in map order.
    QCOMPARE(timeline->rowTitles(),
             QStringList({QStringLiteral("Support"), QStringLiteral("Engineering")}));
    int executions = 0;
    int waits = 0;
    for (const RunTimeline::Bar &bar : timeline->bars()) {
        (bar.wait ? waits : executions)++;
        QVERIFY(timeline->rect().contains(bar.rect.center().toPoint()));
    }
    QCOMPARE(executions, 3);
    QCOMPARE(waits, 2); // before Fix and before Reply
    // A tooltip names the step and who did it.
    const RunTimeline::Bar &fix = timeline->bars().at(2);
    QVERIFY(!fix.wait);
    const QString tip = timeline->toolTipAt(fix.rect.center().toPoint());
    QVERIFY2(tip.contains(QLatin1String("Fix")) && tip.contains(QLatin1String("bob")),
             qPrintable(tip));
}

namespace {

// Types a time into a QDateTimeEdit as a user would: select all, type.
void typeTime(QDateTimeEdit *edit, const char *text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QLatin1String(text));
    QTest::keyClick(edit, Qt::Key_Tab);
}

void typeText(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

qint64 localMs(int day, int hour, int minute)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

} // namespace

void TestRunsTab::timelineStacksOverlapsAndKeepsOthersApart()
{
    // Triage 0-30 and Reply 10-20 overlap in Support; "fix" (another case and spacing of Fix)
    // is Engineering's; "Coffee" is not on the map.
    RunLog log;
    log.activities = {QStringLiteral("Triage"), QStringLiteral("Reply"), QStringLiteral(" fix "),
                      QStringLiteral("Coffee")};
    Run run;
    run.caseId = QStringLiteral("T");
    const int times[4][2] = {{0, 30}, {10, 20}, {40, 60}, {70, 80}};
    for (int a = 0; a < 4; ++a) {
        Execution execution;
        execution.activity = a;
        execution.startMs = t0 + times[a][0] * minute;
        execution.completeMs = t0 + times[a][1] * minute;
        execution.order = a;
        run.executions.append(execution);
    }
    run.firstMs = t0;
    run.lastMs = t0 + 80 * minute;
    log.runs = {run};
    RunTimeline timeline;
    timeline.resize(800, 300);
    timeline.setRun(log, 0, m_document->process());
    QCOMPARE(timeline.rowTitles(),
             QStringList({QStringLiteral("Support"), QStringLiteral("Support"),
                          QStringLiteral("Engineering"), QStringLiteral("Other")}));
    // Waits: only where an execution starts after the one before completed (Reply starts
    // before Triage completes: none; fix 20 min after Reply; Coffee 10 min after fix).
    QStringList waits;
    for (const RunTimeline::Bar &bar : timeline.bars()) {
        if (bar.wait)
            waits.append(log.activities.at(run.executions.at(bar.execution).activity));
        else
            QCOMPARE(bar.row, QVector<int>({0, 1, 2, 3}).at(bar.execution));
    }
    QCOMPARE(waits, QStringList({QStringLiteral(" fix "), QStringLiteral("Coffee")}));
    // Later in time is further right.
    QVERIFY(timeline.bars().last().rect.left() > timeline.bars().first().rect.right());
}

void TestRunsTab::logRunDialogWritesARun()
{
    // "Now" is Monday 10 March 2025, 17:00 local time.
    LogRunDialog dialog(&m_ws, m_document->process(), nullptr,
                        QDateTime(QDate(2025, 3, 10), QTime(17, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The next case after the last stored (R2000); the map's tasks in the order of the flow.
    QCOMPARE(dialog.caseEdit()->text(), QStringLiteral("R2001"));
    QCOMPARE(dialog.stepCount(), 3);
    QCOMPARE(dialog.stepName(0), QStringLiteral("Triage"));
    QCOMPARE(dialog.stepName(1), QStringLiteral("Fix"));
    QCOMPARE(dialog.stepName(2), QStringLiteral("Reply"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("logRunButton"));
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled()); // no step ticked yet

    typeText(dialog.caseEdit(), QStringLiteral("Walk-in 7"));
    typeText(dialog.doneByBox()->lineEdit(), QStringLiteral("cleo"));
    // Triage: 09:00 to 09:20.
    QTest::mouseClick(dialog.stepCheck(0), Qt::LeftButton);
    QVERIFY(dialog.stepCheck(0)->isChecked());
    QCOMPARE(dialog.startEdit(0)->dateTime(), QDateTime(QDate(2025, 3, 10), QTime(17, 0)));
    typeTime(dialog.startEdit(0), "2025-03-10 09:00");
    typeTime(dialog.completeEdit(0), "2025-03-10 09:20");
    QCOMPARE(dialog.startEdit(0)->dateTime().toMSecsSinceEpoch(), localMs(10, 9, 0));
    // Fix, ticked with the keyboard: it starts when Triage completed; done at 11:50.
    dialog.stepCheck(1)->setFocus();
    QTest::keyClick(dialog.stepCheck(1), Qt::Key_Space);
    QVERIFY(dialog.stepCheck(1)->isChecked());
    QCOMPARE(dialog.startEdit(1)->dateTime().toMSecsSinceEpoch(), localMs(10, 9, 20));
    typeTime(dialog.completeEdit(1), "2025-03-10 11:50");
    // Reply: from 11:50 to now (17:00), by dan.
    QTest::mouseClick(dialog.stepCheck(2), Qt::LeftButton);
    QCOMPARE(dialog.startEdit(2)->dateTime().toMSecsSinceEpoch(), localMs(10, 11, 50));
    QCOMPARE(dialog.resourceBox(2)->currentText(), QStringLiteral("cleo"));
    typeText(dialog.resourceBox(2)->lineEdit(), QStringLiteral("dan"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Stored: 3 executions over 8 hours; one change of owner (cleo to dan).
    const qint64 id = dialog.savedRunId();
    QVERIFY(id > 0);
    QCOMPARE(m_ws.findRun(m_process, QStringLiteral("Walk-in 7")), id);
    const std::optional<RunLog> log = m_ws.loadRunsById({id});
    QVERIFY(log);
    const RunStats stats = computeRunStats(*log);
    QCOMPARE(stats.runs, 1);
    QCOMPARE(stats.executions, 3);
    QCOMPARE(stats.cycleTime.max, 8 * 3600.0);
    QCOMPARE(stats.firstMs, localMs(10, 9, 0));
    QCOMPARE(stats.lastMs, localMs(10, 17, 0));
    // Processing 20 min, 2 h 30 min and 5 h 10 min; no waiting between them.
    QCOMPARE(stats.steps.size(), 3);
    for (const StepStats &step : stats.steps) {
        const double expected = step.name == QLatin1String("Triage") ? 20 * 60.0
            : step.name == QLatin1String("Fix")                      ? 150 * 60.0
                                                                     : 310 * 60.0;
        QCOMPARE(step.processing.mean, expected);
    }
    const Run &run = log->runs.first();
    QCOMPARE(log->resources.at(run.executions.at(0).resource), QStringLiteral("cleo"));
    QCOMPARE(log->resources.at(run.executions.at(2).resource), QStringLiteral("dan"));
    QCOMPARE(m_ws.runSummaries({id})->first().ownerChanges, 1);
}

void TestRunsTab::logRunDialogRefusesWhatCannotBe()
{
    const qint64 before = m_ws.runCount(m_process);
    LogRunDialog dialog(&m_ws, m_document->process(), nullptr,
                        QDateTime(QDate(2025, 3, 10), QTime(17, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("logRunButton"));
    QTest::mouseClick(dialog.stepCheck(0), Qt::LeftButton);
    QVERIFY(ok->isEnabled());
    // A case the process has.
    typeText(dialog.caseEdit(), QStringLiteral("R0001"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("R0001")));
    typeText(dialog.caseEdit(), QStringLiteral("R9999"));
    QVERIFY(ok->isEnabled());
    // Completed before it started.
    typeTime(dialog.completeEdit(0), "2025-03-10 08:00");
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("Triage")));
    // Enter does not write it either.
    QTest::keyClick(dialog.caseEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_ws.runCount(m_process), before);
}

void TestRunsTab::logRunFromTheView()
{
    RunsView view(&m_ws);
    openView(view);
    QSignalSpy changed(&view, &RunsView::runsChanged);
    view.addAction(view.logRunAction()); // the main window puts it in its Runs menu
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *modal = nullptr;
        for (int i = 0; !modal && i < 200; ++i) {
            QTest::qWait(10);
            modal = QApplication::activeModalWidget();
        }
        auto *dialog = qobject_cast<LogRunDialog *>(modal);
        if (!dialog)
            return;
        // Enter on the case field ticks nothing: tick Fix with Space, then press Enter.
        dialog->stepCheck(1)->setFocus();
        QTest::keyClick(dialog->stepCheck(1), Qt::Key_Space);
        filled = true;
        QTest::keyClick(dialog->stepCheck(1), Qt::Key_Return);
    });
    QTest::keyClick(view.table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(filled);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_ws.runCount(m_process), manyRuns + 1);
    const qint64 id = m_ws.findRun(m_process, QStringLiteral("R2001"));
    QVERIFY(id > 0);
    // The new run is selected, and its timeline shows.
    QTRY_COMPARE(view.model()->runId(view.table()->currentIndex().row()), id);
    QVERIFY(view.timeline()->hasRun());
    QCOMPARE(view.timeline()->rowTitles(), QStringList {QStringLiteral("Engineering")});
}

void TestRunsTab::editRunKeepsItsCase()
{
    RunsView view(&m_ws);
    openView(view);
    QSignalSpy changed(&view, &RunsView::runsChanged);
    // R2000 (the first row): Triage, Fix, Reply over 1 minute from t0 + 20000 min.
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                      view.table()->visualRect(view.model()->index(0, 0)).center());
    const qint64 oldId = view.model()->runId(0);
    QCOMPARE(view.model()->summary(0).caseId, QStringLiteral("R2000"));
    QTimer::singleShot(0, this, [&] {
        QWidget *modal = nullptr;
        for (int i = 0; !modal && i < 200; ++i) {
            QTest::qWait(10);
            modal = QApplication::activeModalWidget();
        }
        auto *dialog = qobject_cast<LogRunDialog *>(modal);
        if (!dialog)
            return;
        // Untick Reply and save.
        QTest::mouseClick(dialog->stepCheck(2), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logRunButton")),
                          Qt::LeftButton);
    });
    view.editRunAction()->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_ws.runCount(m_process), manyRuns);
    const qint64 id = m_ws.findRun(m_process, QStringLiteral("R2000"));
    QVERIFY(id > 0);
    QVERIFY(id == oldId || m_ws.runSummaries({oldId})->isEmpty());
    const RunLog log = *m_ws.loadRunsById({id});
    QCOMPARE(log.runs.first().executions.size(), 2);
    // 1 minute = 60,000 ms: Triage 0-10 s, Fix 20-40 s; without Reply the run ends at 40 s.
    QCOMPARE(computeRunStats(log).cycleTime.max, 40.0);
}

void TestRunsTab::importWithAMappingChange()
{
    const QString log = QStringLiteral(STEPWISE_SHARED_TEST_DATA "/running-example.csv");
    ImportRunsDialog dialog(&m_ws, m_document.get(), log);
    QSignalSpy finished(&dialog, &ImportRunsDialog::importFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The guess: the XES-style columns.
    using D = ImportRunsDialog;
    QCOMPARE(dialog.fieldBox(D::CaseField)->currentText(), QStringLiteral("case:concept:name"));
    QCOMPARE(dialog.fieldBox(D::ActivityField)->currentText(), QStringLiteral("concept:name"));
    QCOMPARE(dialog.fieldBox(D::CompleteField)->currentText(), QStringLiteral("time:timestamp"));
    QCOMPARE(dialog.fieldBox(D::ResourceField)->currentText(), QStringLiteral("org:resource"));
    // The first 20 of its 42 events, the first as in the file.
    QTableWidget *preview = dialog.preview();
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("register request"));
    QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("Pete"));

    // The case is the creator: every event in one run. Chosen with the keyboard.
    QComboBox *caseBox = dialog.fieldBox(D::CaseField);
    caseBox->setFocus();
    QTest::keyClicks(caseBox, QStringLiteral("case:cr"));
    QCOMPARE(caseBox->currentText(), QStringLiteral("case:creator"));
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Fluxicon Nitro"));
    QCOMPARE(preview->item(19, 0)->text(), QStringLiteral("Fluxicon Nitro"));

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().error));
    QCOMPARE(dialog.result().runs, 1);
    QCOMPARE(dialog.result().events, 42);
    // The map (Triage, Fix, Reply) has none of the log's 8 activities.
    QListWidget *unmatched = dialog.unmatchedList();
    QCOMPARE(unmatched->count(), 8);
    QCOMPARE(unmatched->item(0)->text(), QStringLiteral("register request"));

    // Stored: one run from 30 Dec 2010 11:02 to 24 Jan 2011 14:56 (+01:00): 25 d 3 h 54 min.
    const qint64 id = m_ws.findRun(m_process, QStringLiteral("Fluxicon Nitro"));
    QVERIFY(id > 0);
    const RunStats stats = computeRunStats(*m_ws.loadRunsById({id}));
    QCOMPARE(stats.executions, 42);
    QCOMPARE(stats.cycleTime.max, 25 * 86400.0 + 3 * 3600 + 54 * 60);

    // Two of them left out (Space on the current item), the other six added as steps: one undo
    // step, and one undo takes them all back.
    unmatched->setFocus();
    for (const int row : {3, 7}) {
        unmatched->setCurrentRow(row);
        QTest::keyClick(unmatched->viewport(), Qt::Key_Space);
        QCOMPARE(unmatched->item(row)->checkState(), Qt::Unchecked);
    }
    QUndoStack *undo = m_document->undoStack();
    const int undoCount = undo->count();
    const int stepsBefore = int(m_document->process().steps.size());
    QTest::mouseClick(dialog.addStepsButton(), Qt::LeftButton);
    QCOMPARE(undo->count(), undoCount + 1);
    QCOMPARE(int(m_document->process().steps.size()), stepsBefore + 6);
    QStringList added;
    for (const Step &step : m_document->process().steps)
        added.append(step.name);
    QVERIFY(added.contains(QStringLiteral("register request")));
    QVERIFY(!added.contains(unmatched->item(3)->text()));
    QVERIFY(!dialog.addStepsButton()->isEnabled());
    undo->undo();
    QCOMPARE(int(m_document->process().steps.size()), stepsBefore);
}

void TestRunsTab::importRefusedLeavesTheWorkspace()
{
    // R0001 and R0002 exist: a log naming them is refused as a whole, unless replacing.
    const QString path = m_dir.filePath(QStringLiteral("again.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Case ID,Activity,Start Timestamp,Complete Timestamp,Resource\n"
               "R0003,Triage,2025-03-03 08:00:00,2025-03-03 08:10:00,ann\n"
               "R9000,Triage,2025-03-03 08:00:00,2025-03-03 08:30:00,ann\n");
    file.close();
    const RunSummary before
        = m_ws.runSummaries({m_ws.findRun(m_process, QStringLiteral("R0003"))})->first();
    ImportRunsDialog dialog(&m_ws, m_document.get(), path);
    QSignalSpy finished(&dialog, &ImportRunsDialog::importFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QString message;
    clickInNextBox(QString(), &message);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(dialog.result().status, ImportResult::Status::BadInput);
    QVERIFY2(dialog.result().error.contains(QLatin1String("R0003")),
             qPrintable(dialog.result().error));
    QCOMPARE(m_ws.runCount(m_process), manyRuns);
    QCOMPARE(m_ws.findRun(m_process, QStringLiteral("R9000")), 0);
    QVERIFY(!dialog.hasImported());

    // With replace: R0003 becomes the 10-minute run, R9000 comes in.
    dialog.replaceBox()->setChecked(true);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog.result().ok(), qPrintable(dialog.result().error));
    QCOMPARE(m_ws.runCount(m_process), manyRuns + 1);
    const RunSummary after
        = m_ws.runSummaries({m_ws.findRun(m_process, QStringLiteral("R0003"))})->first();
    QVERIFY(before.cycleTimeMs() != after.cycleTimeMs());
    QCOMPARE(after.cycleTimeMs(), 10 * minute);
}

void TestRunsTab::importCancelledWritesNothing()
{
    // A log large enough that the import still reads it when Escape comes (the running example
    // could be imported whole before that on a quick machine): 30,000 cases of 5 events.
    const QString log = m_dir.filePath(QStringLiteral("large.csv"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray csv = "case_id,activity,timestamp\n";
        for (int c = 1; c <= 30000; ++c) {
            for (int e = 0; e < 5; ++e) {
                csv += "large-" + QByteArray::number(c) + ",Step " + QByteArray::number(e)
                    + ",2026-01-01 " + QByteArray::number(10 + e) + ":00:00\n";
            }
        }
        QCOMPARE(file.write(csv), qint64(csv.size()));
    }
    ImportRunsDialog dialog(&m_ws, m_document.get(), log);
    QSignalSpy finished(&dialog, &ImportRunsDialog::importFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Escape while it runs cancels the import (the importer looks at the flag before it
    // writes a single run) and keeps the dialog open to say so.
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(dialog.isImporting());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(dialog.result().status, ImportResult::Status::Cancelled);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.hasImported());
    QCOMPARE(m_ws.runCount(m_process), manyRuns);
    QCOMPARE(m_ws.findRun(m_process, QStringLiteral("large-1")), 0);
    QVERIFY(dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestRunsTab)

#include "tst_runstab.moc"
