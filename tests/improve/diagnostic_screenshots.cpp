// Writes screenshots of the diagnostic and the checkpoints on the example workspace (made as a new
// user's, with its runs; one process given a checkpoint that is overdue and a review, another a
// broken map): the process list with its marks, the diagnostic panel, the checkpoint panel, its
// review dialog and the reviews-due banner, in the light and the dark theme. Not a test; run
// under Xvfb:
//   diagnostic_screenshots OUTPUT_DIR

#include "mainwindow.h"

#include "improve/checkpointpanel.h"
#include "improve/checkpointreviewdialog.h"
#include "improve/diagnosticpanel.h"
#include "improve/reviewsduebanner.h"
#include "panels/processlistmodel.h"
#include "panels/processlistpanel.h"

#include "analysis/diagnostic.h"
#include "workspace/exampleruns.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Stepwise;

namespace {

bool save(QWidget &widget, const QDir &out, const QString &name)
{
    if (!widget.isVisible()) {
        widget.show();
        if (!QTest::qWaitForWindowExposed(&widget))
            return false;
    }
    QTest::qWait(200);
    return widget.grab().save(out.filePath(name + QStringLiteral(".png")));
}

bool shoot(Workspace &workspace, ProcessId ticket, MainWindow &window, MainWindow::Theme theme,
           const QDir &out)
{
    window.setTheme(theme);
    const QString suffix
        = theme == MainWindow::Theme::Dark ? QStringLiteral("-dark") : QStringLiteral("-light");

    // The process list as the window shows it.
    ProcessListPanel *list = window.processListPanel();
    list->refresh();
    if (!QTest::qWaitFor([&] { return !list->model()->isDiagnosing(); }, 30000))
        return false;
    QTest::qWait(200);
    if (!list->grab().save(
            out.filePath(QStringLiteral("diag-list") + suffix + QStringLiteral(".png"))))
        return false;

    // The diagnostic of every process, one panel under the other.
    QWidget panels;
    auto *layout = new QVBoxLayout(&panels);
    for (const ProcessSummary &summary : workspace.processes()) {
        auto *panel = new DiagnosticPanel(&panels);
        panel->setDiagnostic(diagnosticFor(workspace, summary.id, QDateTime::currentDateTime()));
        auto *title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(summary.name), &panels);
        layout->addWidget(title);
        layout->addWidget(panel);
    }
    panels.resize(900, panels.sizeHint().height());
    if (!save(panels, out, QStringLiteral("diag-panel") + suffix))
        return false;

    CheckpointPanel checkpoint;
    checkpoint.resize(900, 560);
    checkpoint.setSource(&workspace, ticket);
    checkpoint.show();
    if (!QTest::qWaitForWindowExposed(&checkpoint)
        || !QTest::qWaitFor([&] { return !checkpoint.isMeasuring() && checkpoint.status(); },
                            30000))
        return false;
    if (!save(checkpoint, out, QStringLiteral("diag-checkpoint") + suffix))
        return false;
    checkpoint.review();
    if (!checkpoint.reviewDialog()
        || !save(*checkpoint.reviewDialog(), out, QStringLiteral("diag-review") + suffix))
        return false;
    checkpoint.reviewDialog()->reject();

    ReviewsDueBanner banner;
    const QDate today = QDate::currentDate();
    banner.setDue(workspace.checkpointsDue(today), today);
    banner.resize(900, banner.sizeHint().height());
    return save(banner, out, QStringLiteral("diag-banner") + suffix);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseScreenshots"));
    if (argc < 2) {
        qCritical("usage: diagnostic_screenshots OUTPUT_DIR");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    Workspace workspace;
    if (!workspace.open(dir.filePath(QStringLiteral("examples.stepwise")))
        || !addExamples(workspace, QDateTime::currentMSecsSinceEpoch())) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return 1;
    }
    const ProcessId ticket = workspace.findProcess(QStringLiteral("Support ticket"));
    const ProcessId onboarding = workspace.findProcess(QStringLiteral("Client onboarding"));
    if (!ticket || !onboarding) {
        qCritical("no examples: %s", qPrintable(workspace.errorString()));
        return 1;
    }
    // Support ticket: a checkpoint set 40 days ago, reviewed once, now overdue; a revision and an
    // automated step. A third process with a broken map beside the examples.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Checkpoint checkpoint;
    checkpoint.processId = ticket;
    checkpoint.metric = Checkpoint::Metric::P90CycleTime;
    checkpoint.target = 2 * 86400;
    checkpoint.reviewDate = now.date().addDays(-10);
    checkpoint.created = now.addDays(-70);
    checkpoint.id = workspace.setCheckpoint(checkpoint);
    CheckpointReview review;
    review.checkpointId = checkpoint.id;
    review.reviewedAt = now.addDays(-40);
    review.value = 2.6 * 86400;
    review.target = 2 * 86400;
    review.decision = CheckpointReview::Decision::ChangeProcess;
    review.note = QStringLiteral("Triage waits over the weekend: a rota for Monday mornings.");
    review.nextReviewDate = checkpoint.reviewDate;
    if (!checkpoint.id || !workspace.reviewCheckpoint(review)) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return 1;
    }
    Process broken;
    broken.name = QStringLiteral("Invoicing (draft)");
    Lane lane;
    lane.id = 1;
    broken.lanes = {lane};
    Step task;
    task.id = 2;
    task.name = QStringLiteral("Send invoice");
    task.laneId = 1;
    task.pos = QPointF(100, 80);
    broken.steps = {task};
    broken.nextItemId = 3;
    if (!workspace.saveProcess(broken)) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return 1;
    }

    MainWindow window(&workspace);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    for (MainWindow::Theme theme : {MainWindow::Theme::Light, MainWindow::Theme::Dark}) {
        if (!shoot(workspace, ticket, window, theme, out))
            return 1;
    }
    return 0;
}
