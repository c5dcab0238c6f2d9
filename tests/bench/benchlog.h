// What bench_metrics and bench_calendar share: the same synthetic log, and the same timing.
#pragma once

#include "runs/runlog.h"

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace Stepwise::Bench {

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

/// RUNS runs of 5 to 13 executions each over 20 activities and 8 people, with start and
/// complete times, waits and overlaps; the same log on every call.
inline RunLog syntheticLog(int runs)
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

inline double cpuMs()
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

inline Timing medianOf3(const std::function<void()> &work)
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

} // namespace Stepwise::Bench
