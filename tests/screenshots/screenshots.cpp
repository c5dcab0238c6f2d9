// Writes the README's screenshots: the main window on the example processes and their runs, in
// the light and the dark theme: the map with a step selected so the properties show, the
// "Support ticket" dashboard, its runs and its map with the runs overlay, and its Improve tab (what
// to fix first with the diagnostic, the automation candidates, a what-if). Run by
// packaging/screenshots.sh under Xvfb; not a test.
//   screenshots OUTPUT_DIR

#include "mainwindow.h"

#include "canvas/mapview.h"
#include "canvas/processscene.h"
#include "dashboard/dashboardview.h"
#include "improve/improveview.h"
#include "improve/whatifpanel.h"

#include "process/processdocument.h"
#include "workspace/exampleruns.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Stepwise;

namespace {

bool shoot(const QString &workspacePath, MainWindow::Theme theme, const QString &outDir)
{
    const QString suffix
        = theme == MainWindow::Theme::Dark ? QStringLiteral("-dark") : QStringLiteral("-light");
    const auto save = [&](QWidget &window, const QString &name) {
        return window.grab().save(QDir(outDir).filePath(name + suffix + QStringLiteral(".png")));
    };
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
    if (!save(window, QStringLiteral("editor")))
        return false;

    // The support tickets: their dashboard, their runs, and the map with the runs overlay.
    if (!window.openProcess(workspace.findProcess(QStringLiteral("Support ticket"))))
        return false;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    tabs->setCurrentWidget(window.dashboardView());
    if (!QTest::qWaitFor([&window] { return !window.dashboardView()->isComputing(); }, 20000))
        return false;
    QTest::qWait(300);
    if (!save(window, QStringLiteral("dashboard")))
        return false;
    tabs->setCurrentIndex(1);
    QTest::qWait(1000);
    if (!save(window, QStringLiteral("runs")))
        return false;
    tabs->setCurrentIndex(0);
    window.mapView()->setRunsOverlayShown(true);
    QTest::qWait(2000);
    if (!save(window, QStringLiteral("overlay")))
        return false;
    window.mapView()->setRunsOverlayShown(false);

    // What to fix first: the Improve tab's summary, diagnostic and impact chart, the candidates,
    // and a what-if of automating the first candidate.
    ImproveView *improve = window.improveView();
    tabs->setCurrentWidget(improve);
    if (!QTest::qWaitFor([improve] { return improve->improvement() && !improve->isComputing(); },
                         20000))
        return false;
    QTest::qWait(500);
    if (!save(window, QStringLiteral("improve")))
        return false;
    improve->setCurrentSection(ImproveView::CandidatesSection);
    QTest::qWait(300);
    if (!save(window, QStringLiteral("candidates")))
        return false;
    WhatIfPanel *whatIf = window.whatIfPanel();
    improve->setCurrentSection(ImproveView::CandidatesSection + 1);
    const ItemIds candidates = improve->candidateRows();
    if (!candidates.isEmpty())
        whatIf->setStepPicked(candidates.first(), true);
    if (!QTest::qWaitFor([whatIf] { return whatIf->result() && !whatIf->isComputing(); }, 20000))
        return false;
    QTest::qWait(300);
    return save(window, QStringLiteral("whatif"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseScreenshots"));
    // As the program does: English holds the plural forms ("1 run", "2 runs").
    QTranslator english;
    if (english.load(QStringLiteral(STEPWISE_ENGLISH_QM)))
        QApplication::installTranslator(&english);
    if (argc < 2) {
        qCritical("usage: screenshots OUTPUT_DIR");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("examples.stepwise"));
    {
        Workspace workspace;
        if (!workspace.open(path) || !addExamples(workspace, QDateTime::currentMSecsSinceEpoch()))
            return 1;
    }
    const bool ok = shoot(path, MainWindow::Theme::Light, out.path())
        && shoot(path, MainWindow::Theme::Dark, out.path());
    return ok ? 0 : 1;
}
