// Writes screenshots of the Improve tab on the default workspace's examples, both processes, in
// the light and the dark theme, on the impact and the candidates sections. Built, never a test:
// run it under Xvfb with an output folder.
//   improve_screenshots OUTPUT_DIR

#include "mainwindow.h"

#include "improve/improveview.h"

#include "workspace/exampleruns.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

namespace {

bool shoot(const QString &workspacePath, MainWindow::Theme theme, const QString &outDir)
{
    const QString suffix
        = theme == MainWindow::Theme::Dark ? QStringLiteral("-dark") : QStringLiteral("-light");
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
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ImproveView *improve = window.improveView();
    const struct
    {
        const char *name;
        const char *file;
    } processes[] = {{"Client onboarding", "onboarding"}, {"Support ticket", "support"}};
    for (const auto &p : processes) {
        if (!window.openProcess(workspace.findProcess(QString::fromLatin1(p.name))))
            return false;
        tabs->setCurrentWidget(improve);
        for (int section : {int(ImproveView::ImpactSection), int(ImproveView::CandidatesSection)}) {
            improve->setCurrentSection(section);
            if (!QTest::qWaitFor([improve] { return !improve->isComputing(); }, 30000))
                return false;
            QTest::qWait(400);
            const QString name
                = QStringLiteral("improve-%1-%2%3.png")
                      .arg(QLatin1String(p.file),
                           section == ImproveView::ImpactSection ? QStringLiteral("impact")
                                                                 : QStringLiteral("candidates"),
                           suffix);
            if (!window.grab().save(QDir(outDir).filePath(name)))
                return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseImproveScreenshots"));
    if (argc < 2) {
        qCritical("usage: improve_screenshots OUTPUT_DIR");
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
