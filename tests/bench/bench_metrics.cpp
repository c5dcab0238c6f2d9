// bench_metrics [RUNS]: times the run-metrics engine on a synthetic log held in memory.
//
// A deterministic generator makes RUNS runs (default 110,000) of 5 to 13 executions each (about a
// million in all) over 20 activities, with start and complete times, waits and overlaps. Then
// computeRunStats() and runStatsToJson() run three times each; the median is printed, with the
// serialisation to JSON text and the text report for reference.

#include "analysis/runmetrics.h"
#include "benchlog.h"

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
using namespace Stepwise::Bench;

namespace {

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
