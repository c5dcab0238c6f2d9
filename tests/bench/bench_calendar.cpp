// bench_calendar [RUNS]: times the run-metrics engine on business hours (issue 5).
//
// The synthetic log of bench_metrics (RUNS runs, default 110,000, about a million executions
// with start and complete times: some two million durations) is measured on calendar time and on
// a business-hours calendar in Europe/Berlin with a lunch break and holidays; then businessMs()
// alone, two million times, and the cost of making a calendar. Medians of 3.

#include "analysis/businesscalendar.h"
#include "analysis/runmetrics.h"
#include "benchlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Stepwise;
using namespace Stepwise::Bench;

namespace {

QString row(const char *what, const Timing &t)
{
    return QStringLiteral("%1 %2 ms wall %3 ms CPU\n")
        .arg(QString::fromLatin1(what).leftJustified(32))
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

    const RunLog log = syntheticLog(runs);
    qint64 executions = 0;
    for (const Run &run : log.runs)
        executions += run.executions.size();
    out << "synthetic log: " << log.runs.size() << " runs, " << executions << " executions\n";

    const QString hours = QStringLiteral("Mon-Thu 08:00-12:00,13:00-17:00; Fri 08:00-14:00");
    const QString zone = QStringLiteral("Europe/Berlin");
    const QString holidays = QStringLiteral("2024-01-01,2024-03-29,2024-04-01,2024-05-01,"
                                            "2024-12-24,2024-12-25,2024-12-26,2025-01-01");
    std::optional<BusinessCalendar> calendar;
    const Timing make
        = medianOf3([&] { calendar = BusinessCalendar::fromText(hours, zone, holidays, nullptr); });
    if (!calendar)
        return 1;
    out << "calendar: " << calendar->description() << "\n";

    StatsOptions options;
    options.slaTargetS = 16 * 3600;
    RunStats plain, business;
    const Timing calendarTime = medianOf3([&] { plain = computeRunStats(log, options); });
    qint64 calls = 0;
    options.duration = [&calls, hook = businessDuration(*calendar)](qint64 from, qint64 to) {
        ++calls;
        return hook(from, to);
    };
    business = computeRunStats(log, options);
    const qint64 callsPerCompute = calls;
    options.duration = businessDuration(*calendar);
    const Timing businessTime = medianOf3([&] { business = computeRunStats(log, options); });

    // businessMs() alone over spans like the log's: up to a few days, starting anywhere.
    std::vector<std::pair<qint64, qint64>> spans;
    spans.reserve(2000000);
    Random random;
    for (int i = 0; i < 2000000; ++i) {
        const qint64 from = Q_INT64_C(1704067200000) + random.below(Q_INT64_C(366) * 86400000);
        spans.emplace_back(from, from + random.below(Q_INT64_C(5) * 86400000));
    }
    qint64 sum = 0;
    const Timing raw = medianOf3([&] {
        sum = 0;
        for (const auto &[from, to] : spans)
            sum += calendar->businessMs(from, to);
    });

    out << "calls of the duration hook per computeRunStats: " << callsPerCompute << "\n";
    out << "median cycle time: calendar " << plain.cycleTime.p50 / 3600 << " h, business "
        << business.cycleTime.p50 / 3600 << " h; SLA met " << plain.slaMet << " / "
        << business.slaMet << "\n";
    out << row("BusinessCalendar::fromText", make);
    out << row("computeRunStats, calendar time", calendarTime);
    out << row("computeRunStats, business hours", businessTime);
    out << row("businessMs x 2,000,000", raw);
    out << "(" << sum / 3600000 << " business hours in all; median of 3)\n";
    return 0;
}
