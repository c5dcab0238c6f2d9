// Writes screenshots of the What-if panel on the "Support ticket" example (a workspace made as a
// new user's, with its runs), one or more steps ticked, in the light and the dark theme. Not a
// test; run under Xvfb:
//   whatif_screenshots OUTPUT_DIR [STEP[=PERCENT]]...
// Without steps it ticks "Triage and prioritise" at 70 %.

#include "mainwindow.h"

#include "improve/whatifpanel.h"

#include "workspace/exampleruns.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

namespace {

bool shoot(Workspace &workspace, const Process &process, const QStringList &picks,
           MainWindow &window, MainWindow::Theme theme, const QDir &out)
{
    window.setTheme(theme);
    WhatIfPanel panel;
    panel.resize(1300, 820);
    panel.setSource(&workspace, process.id, process);
    for (const QString &pick : picks) {
        const qsizetype equals = pick.lastIndexOf(QLatin1Char('='));
        const QString name = equals >= 0 ? pick.left(equals) : pick;
        const int percent = equals >= 0 ? pick.mid(equals + 1).toInt() : -1;
        for (const Step &step : process.steps) {
            if (step.name == name)
                panel.setStepPicked(step.id, true, percent);
        }
    }
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel)
        || !QTest::qWaitFor([&] { return !panel.isComputing() && panel.result(); }, 60000))
        return false;
    QTest::qWait(300);
    const QString name = theme == MainWindow::Theme::Dark ? QStringLiteral("whatif-dark")
                                                          : QStringLiteral("whatif-light");
    qInfo("%s: %s", qPrintable(name), qPrintable(panel.summary()));
    return panel.grab().save(out.filePath(name + QStringLiteral(".png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StepwiseScreenshots"));
    if (argc < 2) {
        qCritical("usage: whatif_screenshots OUTPUT_DIR [STEP[=PERCENT]]...");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QStringList picks;
    for (int i = 2; i < argc; ++i)
        picks << QString::fromLocal8Bit(argv[i]);
    if (picks.isEmpty())
        picks << QStringLiteral("Triage and prioritise");
    QTemporaryDir dir;
    Workspace workspace;
    if (!workspace.open(dir.filePath(QStringLiteral("examples.stepwise")))
        || !addExamples(workspace, QDateTime::currentMSecsSinceEpoch())) {
        qCritical("%s", qPrintable(workspace.errorString()));
        return 1;
    }
    const std::optional<Process> process
        = workspace.loadProcess(workspace.findProcess(QStringLiteral("Support ticket")));
    if (!process) {
        qCritical("no Support ticket example: %s", qPrintable(workspace.errorString()));
        return 1;
    }
    MainWindow window(&workspace);
    for (MainWindow::Theme theme : {MainWindow::Theme::Light, MainWindow::Theme::Dark}) {
        if (!shoot(workspace, *process, picks, window, theme, out))
            return 1;
    }
    return 0;
}
