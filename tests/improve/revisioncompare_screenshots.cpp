// Writes screenshots of the revision compare panel: the "Support ticket" example and a revision
// of it that differs in every way (a step added, one removed, one moved, one put into another
// lane, one renamed, a definition of done changed, a handoff rerouted and one relabelled, a lane
// renamed), with the example's runs before the change and faster ones after it, in the light and
// the dark theme. Not a test; run under Xvfb:
//   revisioncompare_screenshots OUTPUT_DIR
// It writes compare-light.png and compare-dark.png.

#include "mainwindow.h"

#include "canvas/mapview.h"
#include "improve/revisioncomparepanel.h"

#include "workspace/exampleruns.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

namespace {

constexpr qint64 DayMs = Q_INT64_C(86400000);

Step *stepNamed(Process &process, const char *name)
{
    for (Step &step : process.steps) {
        if (step.name == QLatin1String(name))
            return &step;
    }
    qFatal("no step %s", name);
    return nullptr;
}

Handoff *handoffBetween(Process &process, ItemId from, ItemId to)
{
    for (Handoff &handoff : process.handoffs) {
        if (handoff.fromStepId == from && handoff.toStepId == to)
            return &handoff;
    }
    qFatal("no handoff %d -> %d", from, to);
    return nullptr;
}

Process changedMap(Process p)
{
    Step *survey = stepNamed(p, "Send satisfaction survey");
    Step *document = stepNamed(p, "Document solution and close ticket");
    Step *closed = stepNamed(p, "Ticket closed");
    const ItemId surveyId = survey->id;
    // Removed: the survey; the handoff into it now goes to the end (rerouted).
    handoffBetween(p, document->id, surveyId)->toStepId = closed->id;
    p.handoffs.removeAt(p.handoffIndex(handoffBetween(p, surveyId, closed->id)->id));
    p.steps.removeAt(p.stepIndex(surveyId));
    // Renamed, and its definition of done.
    Step *work = stepNamed(p, "Work on ticket");
    work->name = QStringLiteral("Diagnose and fix remotely");
    Step *triage = stepNamed(p, "Triage and prioritise");
    triage->definitionOfDone = QStringLiteral("Priority and category set from the service "
                                              "agreement; the client is told when to expect us");
    // Another lane: technicians order their own parts (where the technician lane is free, below
    // the wait for the delivery).
    Step *order = stepNamed(p, "Order replacement part");
    const Step *delivery = stepNamed(p, "Wait for part delivery");
    const ItemId technician = work->laneId;
    order->laneId = technician;
    order->pos = QPointF(delivery->pos.x(), work->pos.y());
    // Moved.
    Step *wait = stepNamed(p, "Wait for client confirmation");
    wait->pos.rx() += 60;
    // Relabelled.
    for (Handoff &handoff : p.handoffs) {
        if (handoff.label == QLatin1String("Software"))
            handoff.label = QStringLiteral("Software or remote");
    }
    // A lane renamed.
    for (Lane &lane : p.lanes) {
        if (lane.name == QLatin1String("Service desk"))
            lane.name = QStringLiteral("Service desk (1st line)");
    }
    // Added: a remote check before anyone drives out, with its handoff (in the technician lane,
    // below the decision).
    const Step *decision = stepNamed(p, "Hardware or software?");
    Step check;
    check.id = p.nextItemId++;
    check.kind = Step::Kind::Task;
    check.name = QStringLiteral("Check remote access");
    check.laneId = technician;
    check.pos = QPointF(decision->pos.x(), work->pos.y());
    check.definitionOfDone = QStringLiteral("RMM agent reachable, or the client called");
    Handoff toCheck;
    toCheck.id = p.nextItemId++;
    toCheck.fromStepId = check.id;
    toCheck.toStepId = work->id;
    p.steps.append(check);
    p.handoffs.append(toCheck);
    return p;
}

/// The runs after the change: the example's, a quarter faster, the renamed step under its new
/// name and the removed one left out.
RunLog fasterRuns(RunLog log, qint64 fromMs)
{
    const int work = int(log.activities.indexOf(QStringLiteral("Work on ticket")));
    if (work >= 0)
        log.activities[work] = QStringLiteral("Diagnose and fix remotely");
    const int survey = int(log.activities.indexOf(QStringLiteral("Send satisfaction survey")));
    QVector<Run> runs;
    for (Run run : std::as_const(log.runs)) {
        if (run.firstMs < fromMs)
            continue;
        run.caseId = QStringLiteral("N-") + run.caseId;
        const qint64 start = run.firstMs;
        const auto faster
            = [start](qint64 ms) { return ms == NoTime ? ms : start + (ms - start) * 3 / 4; };
        QVector<Execution> kept;
        run.lastMs = start;
        for (Execution e : std::as_const(run.executions)) {
            if (e.activity == survey)
                continue;
            e.startMs = faster(e.startMs);
            e.completeMs = faster(e.completeMs);
            run.lastMs = std::max({run.lastMs, e.startMs, e.completeMs});
            kept.append(e);
        }
        run.events = int(kept.size()) * 2;
        run.executions = kept;
        runs.append(run);
    }
    log.runs = runs;
    return log;
}

bool shoot(Workspace &workspace, ProcessId id, MainWindow &window, MainWindow::Theme theme,
           const QDir &out)
{
    window.setTheme(theme);
    const std::optional<Process> process = workspace.loadProcess(id);
    if (!process)
        return false;
    RevisionComparePanel panel;
    panel.resize(1400, 900);
    panel.setSource(&workspace, id, *process);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel)
        || !QTest::qWaitFor([&] { return !panel.isComputing(); }, 60000))
        return false;
    panel.mapView()->fitToWindow();
    QTest::qWait(300);
    const QString name = theme == MainWindow::Theme::Dark ? QStringLiteral("compare-dark.png")
                                                          : QStringLiteral("compare-light.png");
    return panel.grab().save(out.filePath(name));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseScreenshots"));
    if (argc < 2) {
        qCritical("usage: revisioncompare_screenshots OUTPUT_DIR");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    Workspace workspace;
    if (!workspace.open(dir.filePath(QStringLiteral("compare.stepwise")))) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return 1;
    }
    Process earlier = exampleProcesses().at(1);
    earlier.id = workspace.saveProcess(earlier);
    if (!earlier.id || !workspace.saveRevision(earlier, QStringLiteral("As the team works today")))
        return 1;
    QTest::qWait(5);
    const Process later = changedMap(earlier);
    if (!workspace.saveProcess(later)
        || !workspace.saveRevision(later, QStringLiteral("Remote first; parts by technicians")))
        return 1;
    // The runs: the example's up to the change, and faster ones for 60 days after it.
    const qint64 split = workspace.revisions(earlier.id).constFirst().created.toMSecsSinceEpoch();
    const RunLog before = exampleRuns(earlier, ExampleRunsSeed, split);
    const RunLog after
        = fasterRuns(exampleRuns(earlier, ExampleRunsSeed + 7, split + 60 * DayMs), split);
    if (!workspace.saveRuns(earlier.id, before) || !workspace.saveRuns(earlier.id, after)) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return 1;
    }
    MainWindow window(&workspace);
    const bool ok = shoot(workspace, earlier.id, window, MainWindow::Theme::Light, out)
        && shoot(workspace, earlier.id, window, MainWindow::Theme::Dark, out);
    return ok ? 0 : 1;
}
