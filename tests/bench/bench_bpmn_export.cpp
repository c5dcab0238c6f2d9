// bench_bpmn_export [STEPS...]: times the BPMN 2.0 export (model/formats/bpmnwriter) of large
// synthetic maps, default 10,000 steps (the budget: under 1 s). Two maps per size, built
// in code:
//   grid   benchmap.h's map (bench_canvas and bench_export draw it): 10 lanes with a step every
//          200 units, each connected to the next one in its lane and every fifth one to the next
//          column of the lane below
//   chain  what tools/genbpmn.py writes: one flow through 8 lanes picked at random, every tenth
//          node an exclusive gateway with a branch that rejoins three nodes later
// Every task has a definition of done, inputs and a system, so the extension elements are
// written too. Each figure is the median of three runs: the whole export into memory (XML, shapes,
// routes) and the same into a file through QSaveFile, in wall-clock time and in the thread's CPU
// time (what the export costs when other programs share the machine).

#include "benchmap.h"

#include "formats/bpmnwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Stepwise;

namespace {

void describe(Step &s, int i)
{
    if (s.kind != Step::Kind::Task)
        return;
    s.definitionOfDone = QStringLiteral("Step %1 is done when its record is complete.").arg(i);
    s.inputs = {QStringLiteral("Request %1").arg(i)};
    s.systems = {QStringLiteral("CRM")};
    s.expectedDurationS = 600 + i % 7 * 60;
}

Process gridMap(int steps)
{
    Process p = Bench::benchmarkMap(steps);
    p.name = QStringLiteral("Grid %1").arg(steps);
    for (int i = 0; i < p.steps.size(); ++i)
        describe(p.steps[i], i);
    return p;
}

Process chainMap(int steps)
{
    constexpr int Lanes = 8;
    Process p;
    p.name = QStringLiteral("Chain %1").arg(steps);
    ItemId next = 1;
    for (int l = 0; l < Lanes; ++l) {
        Lane lane;
        lane.id = next++;
        lane.name = QStringLiteral("Team %1").arg(l);
        p.lanes.append(lane);
    }
    quint32 seed = 1;
    const auto random = [&seed](int n) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(n));
    };
    const int nodes = steps + 2;
    for (int i = 0; i < nodes; ++i) {
        Step s;
        s.id = next++;
        s.kind = i == 0         ? Step::Kind::Start
            : i == nodes - 1    ? Step::Kind::End
            : (i - 1) % 10 == 9 ? Step::Kind::Decision
                                : Step::Kind::Task;
        s.name = QStringLiteral("Step %1").arg(i);
        s.laneId = p.lanes[i == nodes - 1 ? Lanes - 1 : random(Lanes)].id;
        s.pos = QPointF(200 + i * 180, 80);
        describe(s, i);
        p.steps.append(s);
    }
    for (int i = 0; i + 1 < nodes; ++i) {
        p.handoffs.append(Handoff(next++, p.steps[i].id, p.steps[i + 1].id));
        if (p.steps[i].kind == Step::Kind::Decision && i + 3 < nodes)
            p.handoffs.append(
                Handoff(next++, p.steps[i].id, p.steps[i + 3].id, QStringLiteral("skip")));
    }
    p.nextItemId = next;
    return p;
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QVector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {10000};
    QTemporaryDir dir;

    std::printf("%-6s %8s %9s %6s %15s %13s %13s\n", "map", "steps", "handoffs", "MB",
                "memory ms p50", "(cpu ms)", "file ms p50");
    for (int size : sizes) {
        for (const Process &process : {gridMap(size), chainMap(size)}) {
            QVector<double> memory, memoryCpu, file;
            qint64 bytes = 0;
            for (int rep = 0; rep < 3; ++rep) {
                QElapsedTimer t;
                t.start();
                const double cpu = cpuMs();
                const QByteArray data = bpmnData(process);
                memory.append(t.nsecsElapsed() / 1e6);
                memoryCpu.append(cpuMs() - cpu);
                bytes = data.size();

                t.start();
                QString error;
                if (!writeBpmnFile(process, dir.filePath(QStringLiteral("out.bpmn")), {}, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                file.append(t.nsecsElapsed() / 1e6);
            }
            std::printf("%-6s %8d %9d %6.1f %15.0f %13.0f %13.0f\n",
                        qPrintable(process.name.section(QLatin1Char(' '), 0, 0).toLower()),
                        int(process.steps.size()), int(process.handoffs.size()), bytes / 1e6,
                        median(memory), median(memoryCpu), median(file));
        }
    }
    return 0;
}
