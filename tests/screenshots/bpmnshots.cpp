// Shows what Stepwise makes of BPMN files: imports each into a fresh workspace and saves a
// picture of the main window on its map (and on each child map), in the light theme (dark with
// BPMNSHOTS_THEME=dark), plus the import report dialog of the last file. Run under Xvfb to look
// at the importer's work; not a test.
//   bpmnshots OUTPUT_DIR FILE.bpmn...

#include "mainwindow.h"

#include "canvas/mapview.h"
#include "panels/bpmnimportdialog.h"

#include "formats/bpmnreader.h"
#include "process/processdocument.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Stepwise;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stepwise"));
    QCoreApplication::setApplicationName(QStringLiteral("Stepwise BPMN shots"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qCritical("usage: bpmnshots OUTPUT_DIR FILE.bpmn...");
        return 1;
    }
    const QString outDir = args.at(1);
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    // BPMNSHOTS_THEME=dark for the dark theme.
    const QString theme = qEnvironmentVariable("BPMNSHOTS_THEME", QStringLiteral("light"));
    QSettings().setValue(QStringLiteral("view/theme"), theme);
    for (int i = 2; i < args.size(); ++i) {
        const QString file = args.at(i);
        const QString base = QFileInfo(file).completeBaseName();
        const QString tag = QFileInfo(file).dir().dirName() + QLatin1Char('-') + base;
        const QString path = dir.filePath(tag + QStringLiteral(".stepwise"));
        Workspace workspace;
        if (!workspace.open(path)) {
            qCritical("%s", qPrintable(workspace.errorString()));
            return 2;
        }
        BpmnReader reader;
        std::optional<BpmnImport> import = reader.read(file);
        if (!import) {
            qCritical("%s", qPrintable(reader.errorString()));
            continue;
        }
        QVector<ProcessId> ids;
        if (!saveBpmnImport(workspace, *import, {}, &ids)) {
            qCritical("%s", qPrintable(workspace.errorString()));
            return 2;
        }
        MainWindow window(&workspace);
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 3;
        for (int m = 0; m < ids.size(); ++m) {
            window.openProcess(ids[m]);
            window.mapView()->fitToWindow();
            QTest::qWait(400);
            const QString name = m == 0 ? tag : tag + QStringLiteral("-child%1").arg(m);
            window.grab().save(
                QDir(outDir).filePath(QStringLiteral("bpmn-import-%1.png").arg(name)));
            // A large map fits only as a strip: its start at 60% as well.
            if (window.document()->process().steps.size() > 200) {
                window.mapView()->setZoom(0.6);
                window.mapView()->ensureVisible(QRectF(-150, 0, 1400, 700), 0, 0);
                QTest::qWait(400);
                window.grab().save(
                    QDir(outDir).filePath(QStringLiteral("bpmn-import-%1-start.png").arg(name)));
            }
        }
        if (i == args.size() - 1) {
            BpmnImportDialog dialog(path, file, &window);
            dialog.show();
            if (!QTest::qWaitFor([&dialog] { return !dialog.isImporting(); }, 20000))
                return 4;
            QTest::qWait(300);
            dialog.grab().save(QDir(outDir).filePath(QStringLiteral("bpmn-import-dialog.png")));
        }
    }
    return 0;
}
