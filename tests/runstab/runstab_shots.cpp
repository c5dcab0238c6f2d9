// Screenshots of the Runs tab to look at (not a test): the main window on the example processes
// with their example runs, the "Support ticket" runs with a run's timeline, in the light and
// the dark theme; then the log-a-run and import dialogs.
//   runstab_shots OUTPUT_DIR
// Run under Xvfb: xvfb-run -a -s "-screen 0 1600x1000x24" runstab_shots /tmp/shots

#include "mainwindow.h"

#include "runs/importrunsdialog.h"
#include "runs/logrundialog.h"
#include "runs/runstablemodel.h"
#include "runs/runsview.h"

#include "process/processdocument.h"
#include "workspace/exampleruns.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Stepwise;

namespace {

// Works on the next modal dialog once it shows (fill it in, grab it), then closes it.
void onNextDialog(const std::function<void(QDialog *)> &work)
{
    QTimer::singleShot(300, [work] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::qWait(200);
        work(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

bool shoot(const QString &workspacePath, MainWindow::Theme theme, const QDir &out,
           const QString &suffix)
{
    Workspace workspace;
    if (!workspace.open(workspacePath)) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return false;
    }
    QSettings().setValue(QStringLiteral("view/theme"),
                         theme == MainWindow::Theme::Dark ? QStringLiteral("dark")
                                                          : QStringLiteral("light"));
    MainWindow window(&workspace);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    const ProcessId support = workspace.findProcess(QStringLiteral("Support ticket"));
    window.openProcess(support);
    RunsView *runs = window.runsView();
    window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->setCurrentWidget(runs);
    QTest::qWait(800);
    // The run with the longest cycle time, to see where its time went.
    runs->table()->sortByColumn(RunsTableModel::CycleTimeColumn, Qt::DescendingOrder);
    QTest::qWait(500);
    runs->table()->setFocus();
    runs->showRun(runs->model()->runId(3));
    QTest::qWait(500);
    if (!window.grab().save(out.filePath(QStringLiteral("runs-tab-%1.png").arg(suffix))))
        return false;
    runs->grab().save(out.filePath(QStringLiteral("runs-view-%1.png").arg(suffix)));

    // The log-a-run dialog with the first steps of a ticket ticked.
    onNextDialog([&](QDialog *dialog) {
        auto *log = qobject_cast<LogRunDialog *>(dialog);
        if (!log)
            return;
        log->doneByBox()->setCurrentText(QStringLiteral("Priya"));
        const QDateTime now = log->completeEdit(0)->dateTime();
        for (int row = 0; row < 3; ++row) {
            log->stepCheck(row)->setChecked(true);
            log->completeEdit(row)->setDateTime(now.addSecs(-3600 * (2 - row) - 600));
        }
        log->startEdit(0)->setDateTime(now.addSecs(-3 * 3600));
        log->resourceBox(2)->setCurrentText(QStringLiteral("Marco"));
        QTest::qWait(100);
        dialog->grab().save(out.filePath(QStringLiteral("runs-log-%1.png").arg(suffix)));
    });
    runs->logRun();

    // The import dialog: the preview with its guessed mapping, then the report.
    onNextDialog([&](QDialog *dialog) {
        auto *import = qobject_cast<ImportRunsDialog *>(dialog);
        if (!import)
            return;
        import->replaceBox()->setChecked(true);
        dialog->grab().save(out.filePath(QStringLiteral("runs-import-%1.png").arg(suffix)));
        QSignalSpy finished(import, &ImportRunsDialog::importFinished);
        import->startImport();
        finished.wait(30000);
        QTest::qWait(200);
        dialog->grab().save(out.filePath(QStringLiteral("runs-import-report-%1.png").arg(suffix)));
    });
    runs->importRuns(QStringLiteral(STEPWISE_SHARED_TEST_DATA "/running-example.csv"));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseRunsShots"));
    if (argc < 2) {
        qCritical("usage: runstab_shots OUTPUT_DIR");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("examples.stepwise"));
    {
        Workspace workspace;
        if (!workspace.open(path))
            return 1;
        const qint64 end
            = QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC).toMSecsSinceEpoch();
        quint64 seed = ExampleRunsSeed;
        for (const Process &example : exampleProcesses()) {
            const ProcessId id = workspace.saveProcess(example);
            RunLog log = exampleRuns(example, seed++, end);
            // Steps still under way (no complete) are not stored yet.
            for (Run &run : log.runs) {
                run.executions.erase(
                    std::remove_if(run.executions.begin(), run.executions.end(),
                                   [](const Execution &e) { return e.completeMs == NoTime; }),
                    run.executions.end());
            }
            if (!workspace.saveRuns(id, log))
                qWarning("%s", qPrintable(workspace.errorString()));
        }
    }
    const bool ok = shoot(path, MainWindow::Theme::Light, out, QStringLiteral("light"))
        && shoot(path, MainWindow::Theme::Dark, out, QStringLiteral("dark"));
    return ok ? 0 : 1;
}
