// Writes screenshots of the Dashboard tab: receipt.xes imported into a new workspace (its map
// drafted from the runs, an SLA target of 7 days), all its runs, at 1400 x 900 in the light and
// the dark theme. Not a test; run under Xvfb:
//   dashboard_screenshots OUTPUT_DIR [--full]
// --full also writes the whole scrolled page (dashboard-light-full.png, ...), for a review.

#include "mainwindow.h"

#include "dashboard/dashboardview.h"

#include "runs/importer.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

namespace {

bool shoot(Workspace &workspace, ProcessId id, MainWindow &window, MainWindow::Theme theme,
           const QDir &out, bool full)
{
    // The app's own themes: the main window sets the application's style and palette.
    window.setTheme(theme);
    const std::optional<Process> process = workspace.loadProcess(id);
    if (!process)
        return false;
    DashboardView view;
    view.resize(1400, 900);
    view.setSource(&workspace, id, *process);
    view.setWindow(DashboardView::Window::All);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)
        || !QTest::qWaitFor([&] { return !view.isComputing(); }, 60000))
        return false;
    QTest::qWait(300);
    const QString name = theme == MainWindow::Theme::Dark ? QStringLiteral("dashboard-dark")
                                                          : QStringLiteral("dashboard-light");
    if (!view.grab().save(out.filePath(name + QStringLiteral(".png"))))
        return false;
    if (full) {
        auto *scroll = view.findChild<QScrollArea *>();
        const int height
            = view.height() - scroll->viewport()->height() + scroll->widget()->sizeHint().height();
        view.resize(1400, height);
        QTest::qWait(300);
        view.grab().save(out.filePath(name + QStringLiteral("-full.png")));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseScreenshots"));
    if (argc < 2) {
        qCritical("usage: dashboard_screenshots OUTPUT_DIR [--full]");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const bool full = argc > 2 && qstrcmp(argv[2], "--full") == 0;
    QTemporaryDir dir;
    Workspace workspace;
    if (!workspace.open(dir.filePath(QStringLiteral("receipt.stepwise")))) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return 1;
    }
    ImportOptions options;
    options.create = true;
    options.createName = QStringLiteral("Receipt");
    const ImportResult result = Importer::run(
        workspace, QStringLiteral(STEPWISE_SHARED_TEST_DATA "/receipt.xes"), options);
    if (!result.ok()) {
        qCritical("%s", qPrintable(result.error));
        return 1;
    }
    std::optional<Process> process = workspace.loadProcess(result.processId);
    process->slaTargetS = 7 * 86400;
    process->owner = QStringLiteral("Permits office");
    if (!workspace.saveProcess(*process))
        return 1;
    MainWindow window(&workspace);
    const bool ok = shoot(workspace, result.processId, window, MainWindow::Theme::Light, out, full)
        && shoot(workspace, result.processId, window, MainWindow::Theme::Dark, out, full);
    return ok ? 0 : 1;
}
