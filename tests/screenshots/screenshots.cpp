// Writes the README's screenshots: the main window on the example processes, in the light and
// the dark theme, with a step selected so the properties show. Run by packaging/screenshots.sh
// under Xvfb; not a test.
//   screenshots OUTPUT_DIR

#include "mainwindow.h"

#include "canvas/mapview.h"
#include "canvas/processscene.h"

#include "process/processdocument.h"
#include "workspace/examples.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

namespace {

bool shoot(const QString &workspacePath, MainWindow::Theme theme, const QString &file)
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
    // Select a task in the middle of the map, as a user looking at its properties would.
    const Process &process = window.document()->process();
    for (const Step &step : process.steps) {
        if (step.kind == Step::Kind::Task && step.automation == Step::Automation::Candidate) {
            window.mapView()->processScene()->selectSteps({step.id});
            break;
        }
    }
    QTest::qWait(500);
    return window.grab().save(file);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseScreenshots"));
    if (argc < 2) {
        qCritical("usage: screenshots OUTPUT_DIR");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("examples.stepwise"));
    {
        Workspace workspace;
        if (!workspace.open(path))
            return 1;
        for (const Process &example : exampleProcesses())
            workspace.saveProcess(example);
    }
    const bool ok
        = shoot(path, MainWindow::Theme::Light, out.filePath(QStringLiteral("editor-light.png")))
        && shoot(path, MainWindow::Theme::Dark, out.filePath(QStringLiteral("editor-dark.png")));
    return ok ? 0 : 1;
}
