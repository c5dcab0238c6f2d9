// bench_bpmn_import [FILE.bpmn]: times the BPMN 2.0 import (model/formats/bpmnreader) of a large
// map, by default the 10,000-step one that ../shared/tools/genbpmn.py --steps 10000 writes (the
// issue's budget: parse and save under 1 s). Three figures, each the median of five runs, in
// wall-clock time and in the process's CPU time (what the import costs when other programs share
// the machine): reading the file into maps (parse, resolve, place or lay out), saving them into
// a fresh workspace (one transaction), and both.
//
// Figures on the development machine (2 cores shared with other jobs, RelWithDebInfo), for the
// genbpmn file of 10,000 steps (4.2 MB; its diagram does not fit its lanes, so the map is laid
// out anew, which is most of the read):
//   read 0.21-0.25 s CPU (0.25-0.29 s wall), save 0.19-0.24 s CPU (0.25-0.32 s wall),
//   read + save 0.38-0.50 s CPU (0.51-0.63 s wall), over several runs as the machine's load
//   varied; `stepwise import-bpmn` of it, start to end, 0.76 s.

#include "formats/bpmnreader.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Stepwise;

namespace {

struct Times
{
    double wall = 0;
    double cpu = 0;
};

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = app.arguments().value(1);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("genbpmn-10000.bpmn"));
        const QString tool = QStringLiteral(STEPWISE_GENBPMN);
        if (QProcess::execute(QStringLiteral("python3"),
                              {tool, QStringLiteral("--steps"), QStringLiteral("10000"), path})
            != 0) {
            std::fprintf(stderr, "cannot run %s\n", qPrintable(tool));
            return 1;
        }
    }

    QVector<double> readWall, readCpu, saveWall, saveCpu, totalWall, totalCpu;
    int steps = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        BpmnReader reader;
        std::optional<BpmnImport> import = reader.read(path);
        if (!import) {
            std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
            return 2;
        }
        const double readS = timer.nsecsElapsed() / 1e9;
        const double cpu1 = cpuSeconds();

        Workspace workspace;
        if (!workspace.open(dir.filePath(QStringLiteral("bench-%1.stepwise").arg(round)))) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.errorString()));
            return 3;
        }
        QElapsedTimer saveTimer;
        saveTimer.start();
        const double cpu2 = cpuSeconds();
        if (!saveBpmnImport(workspace, *import)) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.errorString()));
            return 3;
        }
        const double saveS = saveTimer.nsecsElapsed() / 1e9;
        const double cpu3 = cpuSeconds();
        steps = int(import->processes.constFirst().steps.size());

        readWall.append(readS);
        readCpu.append(cpu1 - cpu0);
        saveWall.append(saveS);
        saveCpu.append(cpu3 - cpu2);
        totalWall.append(readS + saveS);
        totalCpu.append(cpu1 - cpu0 + cpu3 - cpu2);
    }
    std::printf("%s: %d steps in the main map\n", qPrintable(path), steps);
    std::printf("read         %6.3f s wall  %6.3f s CPU\n", median(readWall), median(readCpu));
    std::printf("save         %6.3f s wall  %6.3f s CPU\n", median(saveWall), median(saveCpu));
    std::printf("read + save  %6.3f s wall  %6.3f s CPU  (budget 1 s)\n", median(totalWall),
                median(totalCpu));
    return median(totalCpu) < 1 ? 0 : 4;
}
