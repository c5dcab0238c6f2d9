// bench_metrics [RUNS]: times the run-metrics engine on a synthetic log held in memory.
//
// A deterministic generator makes RUNS runs (default 110,000) of 5 to 13 executions each (about a
// million in all) over 20 activities, with start and complete times, waits and overlaps. Then
// computeRunStats() and runStatsToJson() run three times each; the median is printed, with the
// serialisation to JSON text and the text report for reference.

#include "analysis/runmetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Stepwise;

namespace {

// A small, fast and reproducible generator (splitmix64).
class Random
{
public:
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }

private:
    quint64 m_state = 20240328;
};

RunLog syntheticLog(int runs)
{
    constexpr int Activities = 20;
    RunLog log;
    for (int a = 0; a < Activities; ++a)
        log.activities.append(QStringLiteral("Step %1").arg(a + 1, 2, 10, QLatin1Char('0')));
    for (int r = 0; r < 8; ++r)
        log.resources.append(QStringLiteral("Person %1").arg(r + 1));
    Random random;
    log.runs.reserve(runs);
    qint64 runStart = Q_INT64_C(1704067200000); // 2024-01-01T00:00:00Z
    for (int r = 0; r < runs; ++r) {
        Run run;
        run.caseId = QString::number(100000 + r);
        runStart += 60000 + random.below(8 * 60000);
        const int length = 5 + int(random.below(9));
        run.executions.reserve(length);
        int activity = 0;
        qint64 clock = runStart;
        for (int i = 0; i < length; ++i) {
            Execution e;
            e.activity = activity;
            e.resource = int(random.below(8));
            // Mostly a wait before the step, sometimes an overlap with the previous one.
            const qint64 wait
                = random.below(10) == 0 ? -random.below(10 * 60000) : random.below(4 * 3600000);
            e.startMs = random.below(20) == 0 ? NoTime : clock + wait;
            e.completeMs = clock + std::max<qint64>(wait, 0) + 60000 + random.below(2 * 3600000);
            e.order = i;
            clock = e.completeMs;
            run.executions.append(e);
            activity = (activity + 1 + int(random.below(3))) % Activities;
        }
        std::stable_sort(run.executions.begin(), run.executions.end(),
                         [](const Execution &x, const Execution &y) {
                             if (x.sortTime() != y.sortTime())
                                 return x.sortTime() < y.sortTime();
                             return x.completeMs < y.completeMs;
                         });
        run.firstMs = run.executions.first().sortTime();
        run.lastMs = run.firstMs;
        for (const Execution &e : run.executions) {
            run.firstMs = std::min(run.firstMs, e.sortTime());
            run.lastMs = std::max(run.lastMs, e.completeMs);
            run.events += e.startMs != NoTime ? 2 : 1;
        }
        log.runs.append(std::move(run));
    }
    return log;
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall-clock and CPU time (this thread's: on a busy machine the honest figure), median of 3.
struct Timing
{
    double wallMs;
    double cpuMs;
};

Timing medianOf3(const std::function<void()> &work)
{
    std::vector<double> walls, cpus;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        work();
        walls.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpus.push_back(cpuMs() - cpuStart);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[1], cpus[1]};
}

QString row(const char *what, const Timing &t)
{
    return QStringLiteral("%1 %2 ms wall %3 ms CPU\n")
        .arg(QString::fromLatin1(what).leftJustified(22))
        .arg(t.wallMs, 8, 'f', 1)
        .arg(t.cpuMs, 8, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 110000;
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const RunLog log = syntheticLog(runs);
    qint64 executions = 0;
    for (const Run &run : log.runs)
        executions += run.executions.size();
    out << "synthetic log: " << log.runs.size() << " runs, " << executions << " executions, "
        << log.activities.size() << " activities (built in " << timer.elapsed() << " ms)\n";

    StatsOptions options;
    options.slaTargetS = 3 * 86400;
    for (int a = 0; a + 1 < log.activities.size(); ++a)
        options.designedHandoffs.append({log.activities.at(a), log.activities.at(a + 1)});

    RunStats stats;
    QJsonObject json;
    QByteArray text;
    // The first call alone: the command line computes once, with memory fresh from the system.
    QElapsedTimer firstTimer;
    const double firstCpu = cpuMs();
    firstTimer.start();
    stats = computeRunStats(log, options);
    const Timing first = {double(firstTimer.nsecsElapsed()) / 1e6, cpuMs() - firstCpu};
    const Timing compute = medianOf3([&] { stats = computeRunStats(log, options); });
    const Timing toJson = medianOf3([&] { json = runStatsToJson(stats, QStringLiteral("Bench")); });
    const Timing serialise
        = medianOf3([&] { text = QJsonDocument(json).toJson(QJsonDocument::Indented); });
    QString report;
    const Timing toText
        = medianOf3([&] { report = runStatsToText(stats, QStringLiteral("Bench")); });
    const Timing all = medianOf3([&] {
        const RunStats s = computeRunStats(log, options);
        const QByteArray t = QJsonDocument(runStatsToJson(s, QStringLiteral("Bench"))).toJson();
        Q_UNUSED(t);
    });

    out << "runs " << stats.runs << ", executions " << stats.executions << ", transitions "
        << stats.transitions.size() << ", variants " << stats.variants.size() << "\n";
    out << row("computeRunStats, first", first);
    out << row("computeRunStats", compute);
    out << row("runStatsToJson", toJson);
    out << row("JSON to text", serialise);
    out << row("runStatsToText", toText);
    out << row("compute + JSON text", all);
    out << "(" << text.size() << " bytes of JSON; median of 3 unless first)\n";
    return 0;
}
