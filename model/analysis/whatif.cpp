#include "whatif.h"

#include "impact.h"
#include "mapoverlay.h"
#include "statistics.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <vector>

namespace Stepwise {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::WhatIf)
};

constexpr double DayS = 86400.0;

// Where an execution begins and ends, as the engine reads them for waiting times: the complete
// stands in for an unknown start, the start for an unknown complete.
inline qint64 beginOf(const Execution &e)
{
    return e.startMs != NoTime ? e.startMs : e.completeMs;
}

inline qint64 endOf(const Execution &e)
{
    return e.completeMs != NoTime ? e.completeMs : e.startMs;
}

// The options' clock: durations on it, and instants moved earlier by a duration on it.
class Clock
{
public:
    explicit Clock(const std::function<qint64(qint64, qint64)> &duration) : m_duration(duration) { }

    qint64 span(qint64 from, qint64 to) const
    {
        return m_duration ? m_duration(from, to) : to - from;
    }

    // The latest instant t' <= t with span(t', t) >= shift: t moved earlier by shift on the clock,
    // at the start of a working period when it lands outside working time. The clock's time
    // is monotonic, so a binary search finds it.
    qint64 earlier(qint64 t, qint64 shift) const
    {
        if (shift <= 0 || t == NoTime)
            return t;
        if (!m_duration)
            return t - shift;
        // Four centuries without enough working time: a calendar that never works (where
        // every duration, hence every saving, is 0) cannot get here; stay safe anyway.
        constexpr qint64 Limit = Q_INT64_C(400) * 366 * 86400 * 1000;
        qint64 reach = shift;
        while (m_duration(t - reach, t) < shift) {
            if (reach > Limit)
                return t - shift;
            reach *= 2;
        }
        qint64 lo = t - reach, hi = t; // span(lo, t) >= shift > span(hi, t) = 0
        while (hi - lo > 1) {
            const qint64 mid = lo + (hi - lo) / 2;
            if (m_duration(mid, t) >= shift)
                lo = mid;
            else
                hi = mid;
        }
        return lo;
    }

private:
    const std::function<qint64(qint64, qint64)> &m_duration;
};

// A start or complete of an execution already replayed, and how far it moved.
struct Moved
{
    qint64 time;
    qint64 shift;
};

// For a min-heap on time (std::push_heap keeps the largest first under this order).
bool laterFirst(const Moved &a, const Moved &b)
{
    return a.time > b.time;
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'g', 4) + QStringLiteral("\u00a0%");
}

// A share as a whole percentage, or with a decimal where two shares compared would read alike.
QString shareText(double share, double other)
{
    const QLocale locale;
    const bool close = std::round(share * 100.0) == std::round(other * 100.0) && share != other;
    return locale.toString(share * 100.0, 'f', close ? 1 : 0) + QStringLiteral("\u00a0%");
}

// "A at 70 %", "A at 70 % and B at 50 %", "A at 70 %, B at 50 % and C at 100 %".
QString changesText(const QVector<WhatIfStepResult> &steps)
{
    QStringList parts;
    for (const WhatIfStepResult &step : steps) {
        if (step.percent > 0)
            parts << Text::tr("%1 at %2").arg(step.step, percentText(step.percent));
    }
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    return Text::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

double rounded(double value, double scale)
{
    return std::round(value * scale) / scale;
}

} // namespace

double monthsSpanned(const RunLog &log, const StatsOptions &options)
{
    qint64 first = NoTime, last = NoTime;
    for (const Run &run : log.runs) {
        if (run.firstMs == NoTime || !runInWindow(run, options))
            continue;
        if (first == NoTime || run.firstMs < first)
            first = run.firstMs;
        if (last == NoTime || run.firstMs > last)
            last = run.firstMs;
    }
    if (first == NoTime)
        return 1;
    return std::max(1.0, double(last - first) / 1000.0 / DayS / WhatIfMonthDays);
}

RunLog replayWhatIf(const RunLog &log, const QVector<WhatIfChange> &changes,
                    const StatsOptions &options, WhatIfResult *result)
{
    // One entry per step (folded names), the last percentage given winning, in the order given.
    QVector<WhatIfStepResult> steps;
    QHash<QString, int> stepOf;
    for (const WhatIfChange &change : changes) {
        const QString key = foldedStepName(change.step);
        const double percent
            = std::isnan(change.percent) ? 0 : std::clamp(change.percent, 0.0, 100.0);
        const auto found = stepOf.constFind(key);
        if (found != stepOf.constEnd()) {
            steps[*found].percent = percent;
            continue;
        }
        stepOf.insert(key, int(steps.size()));
        WhatIfStepResult step;
        step.step = change.step;
        step.percent = percent;
        steps.append(step);
    }
    const int activityCount = int(log.activities.size());
    std::vector<int> stepOfActivity(size_t(activityCount), -1);
    for (int a = 0; a < activityCount; ++a) {
        const auto found = stepOf.constFind(foldedStepName(log.activities.at(a)));
        if (found != stepOf.constEnd()) {
            stepOfActivity[size_t(a)] = *found;
            if (steps[*found].activity < 0)
                steps[*found].activity = a;
        }
    }
    std::vector<qint64> savedWaitMs(size_t(steps.size()), 0);
    std::vector<qint64> savedProcessingMs(size_t(steps.size()), 0);
    qint64 runsChanged = 0;

    const Clock clock(options.duration);
    RunLog replayed;
    replayed.activities = log.activities;
    replayed.resources = log.resources;
    replayed.runs.reserve(log.runs.size());
    std::vector<Moved> moved; // a min-heap of the starts and completes not yet passed
    for (const Run &run : log.runs) {
        Run out = run;
        QVector<Execution> &executions = out.executions;
        if (!std::is_sorted(executions.cbegin(), executions.cend(), RunOrderLess()))
            std::sort(executions.begin(), executions.end(), RunOrderLess());
        const bool inWindow = runInWindow(run, options);
        bool changed = false;
        moved.clear();
        // The latest start or complete passed so far, and the least any at that time moved.
        bool havePassed = false;
        qint64 passedTime = 0, passedShift = 0;
        const auto passUpTo = [&](qint64 time) {
            while (!moved.empty() && moved.front().time <= time) {
                std::pop_heap(moved.begin(), moved.end(), laterFirst);
                const Moved event = moved.back();
                moved.pop_back();
                if (!havePassed || event.time > passedTime) {
                    passedTime = event.time;
                    passedShift = event.shift;
                    havePassed = true;
                } else {
                    passedShift = std::min(passedShift, event.shift);
                }
            }
        };
        const auto push = [&](qint64 time, qint64 shift) {
            moved.push_back({time, shift});
            std::push_heap(moved.begin(), moved.end(), laterFirst);
        };

        qint64 oldMin = NoTime, oldMax = NoTime, newMin = NoTime, newMax = NoTime;
        const auto extend = [](qint64 *lo, qint64 *hi, qint64 t) {
            if (t == NoTime)
                return;
            if (*lo == NoTime || t < *lo)
                *lo = t;
            if (*hi == NoTime || t > *hi)
                *hi = t;
        };
        qint64 previousEnd = NoTime;
        for (qsizetype i = 0; i < executions.size(); ++i) {
            Execution &e = executions[i];
            const qint64 begin = beginOf(e), end = endOf(e);
            if (begin == NoTime)
                continue;
            extend(&oldMin, &oldMax, e.startMs);
            extend(&oldMin, &oldMax, e.completeMs);
            passUpTo(begin);
            const qint64 anchorShift = havePassed ? passedShift : 0;
            const bool knownProcessing = e.startMs != NoTime && e.completeMs != NoTime;
            qint64 savedWait = 0, savedProcessing = 0;
            const int step = e.activity >= 0 && e.activity < activityCount
                ? stepOfActivity[size_t(e.activity)]
                : -1;
            if (step >= 0) {
                const double share = steps.at(step).percent / 100.0;
                if (previousEnd != NoTime && begin > previousEnd && havePassed) {
                    // The engine's waiting, from the previous execution's complete; but not more
                    // than since the latest event passed (passedTime >= previousEnd), which
                    // differ only where branches overlap.
                    const qint64 wait = clock.span(passedTime, begin);
                    savedWait = std::llround(double(wait) * share);
                }
                if (knownProcessing) {
                    savedProcessing
                        = std::llround(double(clock.span(e.startMs, e.completeMs)) * share);
                }
                if (inWindow) {
                    ++steps[step].executions;
                    savedWaitMs[size_t(step)] += savedWait;
                    savedProcessingMs[size_t(step)] += savedProcessing;
                }
                changed = changed || savedWait + savedProcessing > 0;
            }
            const qint64 beginShift = anchorShift + savedWait;
            const qint64 endShift = beginShift + savedProcessing;
            if (e.startMs != NoTime)
                e.startMs = clock.earlier(e.startMs, beginShift);
            if (e.completeMs != NoTime)
                e.completeMs = clock.earlier(e.completeMs, knownProcessing ? endShift : beginShift);
            extend(&newMin, &newMax, e.startMs);
            extend(&newMin, &newMax, e.completeMs);
            push(begin, beginShift);
            push(end, knownProcessing ? endShift : beginShift);
            previousEnd = end;
        }
        if (changed && inWindow)
            ++runsChanged;
        if (oldMin != NoTime) {
            // The earliest timestamp stays where nothing happened before it; one after every
            // execution (of an event that made none) moves with the latest of them.
            out.firstMs = run.firstMs != NoTime && run.firstMs < oldMin ? run.firstMs : newMin;
            if (run.lastMs != NoTime && run.lastMs > oldMax) {
                passUpTo(run.lastMs);
                out.lastMs = clock.earlier(run.lastMs, havePassed ? passedShift : 0);
                out.lastMs = std::max(out.lastMs, newMax);
            } else {
                out.lastMs = newMax;
            }
            if (changed)
                std::sort(executions.begin(), executions.end(), RunOrderLess());
        }
        replayed.runs.append(std::move(out));
    }

    if (result) {
        result->savedS = result->savedProcessingS = result->savedWaitingS = 0;
        for (int s = 0; s < steps.size(); ++s) {
            WhatIfStepResult &step = steps[s];
            step.savedProcessingS = double(savedProcessingMs[size_t(s)]) / 1000.0;
            step.savedWaitingS = double(savedWaitMs[size_t(s)]) / 1000.0;
            step.savedS = double(savedProcessingMs[size_t(s)] + savedWaitMs[size_t(s)]) / 1000.0;
            result->savedS += step.savedS;
            result->savedProcessingS += step.savedProcessingS;
            result->savedWaitingS += step.savedWaitingS;
        }
        result->steps = steps;
        result->runsChanged = runsChanged;
    }
    return replayed;
}

WhatIfResult computeWhatIf(const RunLog &log, QVector<WhatIfChange> changes,
                           const StatsOptions &options)
{
    WhatIfResult result;
    const RunLog after = replayWhatIf(log, changes, options, &result);
    const auto side = [&options](const RunLog &runs, WhatIfSide *out) {
        out->stats = computeRunStats(runs, options);
        out->cycleTimesS.clear();
        out->cycleTimesS.reserve(runs.runs.size());
        for (const Run &run : runs.runs) {
            if (!runInWindow(run, options))
                continue;
            const qint64 cycle = runCycleTimeMs(run, options);
            if (cycle != NoTime)
                out->cycleTimesS.append(double(cycle) / 1000.0);
        }
        std::sort(out->cycleTimesS.begin(), out->cycleTimesS.end());
    };
    side(log, &result.before);
    side(after, &result.after);
    result.months = monthsSpanned(log, options);
    return result;
}

QJsonObject whatIfToJson(const WhatIfResult &result, const QString &processName)
{
    const auto side = [&processName](const WhatIfSide &s) {
        // The figures exactly as `stats --json` writes them.
        const QJsonObject stats = runStatsToJson(s.stats, processName, 0);
        return QJsonObject {
            {QStringLiteral("cycle_time_s"), stats.value(QLatin1String("cycle_time_s"))},
            {QStringLiteral("sla"), stats.value(QLatin1String("sla"))}};
    };
    QJsonArray steps;
    for (const WhatIfStepResult &step : result.steps) {
        steps.append(
            QJsonObject {{QStringLiteral("step"), step.step},
                         {QStringLiteral("percent"), step.percent},
                         {QStringLiteral("executions"), step.executions},
                         {QStringLiteral("saved_hours"), rounded(step.savedS / 3600.0, 1e6)}});
    }
    return QJsonObject {
        {QStringLiteral("process"), processName},
        {QStringLiteral("runs"), result.before.stats.runs},
        {QStringLiteral("automate"), steps},
        {QStringLiteral("before"), side(result.before)},
        {QStringLiteral("after"), side(result.after)},
        {QStringLiteral("saved_hours"), rounded(result.savedS / 3600.0, 1e6)},
        {QStringLiteral("saved_processing_hours"), rounded(result.savedProcessingS / 3600.0, 1e6)},
        {QStringLiteral("saved_waiting_hours"), rounded(result.savedWaitingS / 3600.0, 1e6)},
        {QStringLiteral("months"), rounded(result.months, 1e6)},
        {QStringLiteral("saved_hours_per_month"), rounded(result.savedHoursPerMonth(), 1e6)},
    };
}

QString whatIfToText(const WhatIfResult &result, const QString &processName)
{
    const QLocale locale;
    const RunStats &before = result.before.stats;
    const RunStats &after = result.after.stats;
    QString out;
    out += Text::tr("What if: %1, %Ln run(s)", nullptr, int(std::min<qint64>(before.runs, INT_MAX)))
               .arg(processName)
        + QLatin1Char('\n');
    for (const WhatIfStepResult &step : result.steps) {
        out += Text::tr("  Automating %1 at %2: %Ln execution(s), %3 saved", nullptr,
                        int(std::min<qint64>(step.executions, INT_MAX)))
                   .arg(step.step, percentText(step.percent), humanDuration(step.savedS))
            + QLatin1Char('\n');
    }
    if (before.runs == 0) {
        out += Text::tr("The process has no runs to replay: log or import runs first.")
            + QLatin1Char('\n');
        return out;
    }

    // Rows of label, before, after, change; columns as wide as their widest cell.
    QVector<QStringList> rows;
    rows.append({QString(), Text::tr("Before"), Text::tr("After"), Text::tr("Change")});
    const auto duration = [&rows](const QString &label, double a, double b) {
        rows.append(
            {label, humanDuration(a), humanDuration(b),
             std::isnan(a) || std::isnan(b) ? QStringLiteral("\u2013") : humanDuration(b - a)});
    };
    duration(Text::tr("Cycle time, min"), before.cycleTime.min, after.cycleTime.min);
    duration(Text::tr("Median"), before.cycleTime.p50, after.cycleTime.p50);
    duration(Text::tr("Mean"), before.cycleTime.mean, after.cycleTime.mean);
    duration(Text::tr("90th percentile"), before.cycleTime.p90, after.cycleTime.p90);
    duration(Text::tr("Max"), before.cycleTime.max, after.cycleTime.max);
    if (before.slaTargetS > 0) {
        const auto share = [&locale](double value) {
            return std::isnan(value)
                ? QStringLiteral("\u2013")
                : locale.toString(value * 100.0, 'f', 1) + QStringLiteral(" %");
        };
        const double points = (after.slaCompliance - before.slaCompliance) * 100.0;
        rows.append({Text::tr("SLA compliance"), share(before.slaCompliance),
                     share(after.slaCompliance),
                     std::isnan(points) ? QStringLiteral("\u2013")
                                        : Text::tr("%1 points")
                                              .arg((points > 0 ? QStringLiteral("+") : QString())
                                                   + locale.toString(points, 'f', 1))});
        rows.append({Text::tr("Runs within %1").arg(humanDuration(double(before.slaTargetS))),
                     locale.toString(before.slaMet), locale.toString(after.slaMet),
                     (after.slaMet > before.slaMet ? QStringLiteral("+") : QString())
                         + locale.toString(after.slaMet - before.slaMet)});
    }
    QVector<int> widths(4, 0);
    for (const QStringList &row : qAsConst(rows)) {
        for (int c = 0; c < 4; ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    }
    out += QLatin1Char('\n');
    for (const QStringList &row : qAsConst(rows)) {
        QString line = QStringLiteral("  ") + row.at(0).leftJustified(widths[0]);
        for (int c = 1; c < 4; ++c)
            line += QStringLiteral("   ") + row.at(c).rightJustified(widths[c]);
        out += line.trimmed().isEmpty() ? QString() : line + QLatin1Char('\n');
    }
    if (before.slaTargetS <= 0)
        out += QLatin1Char('\n') + Text::tr("SLA: no target") + QLatin1Char('\n');
    out += QLatin1Char('\n')
        + Text::tr("Saved: %1 a month (%2 over %3 months of runs: %4 of work, %5 of waiting).")
              .arg(hoursPerMonthText(result.savedHoursPerMonth()), humanDuration(result.savedS),
                   locale.toString(result.months, 'f', 1), humanDuration(result.savedProcessingS),
                   humanDuration(result.savedWaitingS))
        + QLatin1Char('\n');
    return out;
}

QString whatIfSummary(const WhatIfResult &result)
{
    const RunStats &before = result.before.stats;
    const RunStats &after = result.after.stats;
    const QString steps = changesText(result.steps);
    if (steps.isEmpty())
        return Text::tr("Pick the steps to automate and by how much.");
    if (before.runs == 0) {
        return Text::tr("There are no runs to replay yet: log or import runs to see what "
                        "automating %1 would save.")
            .arg(steps);
    }
    if (result.savedS <= 0) {
        return Text::tr("Automating %1 would save no time the runs show: the runs never waited "
                        "for it or spent time in it.")
            .arg(steps);
    }
    const QString saved = hoursPerMonthText(result.savedHoursPerMonth());
    QString sentence;
    const bool sla = before.slaTargetS > 0 && !std::isnan(before.slaCompliance)
        && !std::isnan(after.slaCompliance);
    if (sla && after.slaMet > before.slaMet) {
        sentence = Text::tr("Automating %1 would save about %2 a month and lift SLA compliance "
                            "from %3 to %4.")
                       .arg(steps, saved, shareText(before.slaCompliance, after.slaCompliance),
                            shareText(after.slaCompliance, before.slaCompliance));
    } else if (sla) {
        sentence = Text::tr("Automating %1 would save about %2 a month; SLA compliance would "
                            "stay at %3.")
                       .arg(steps, saved, shareText(before.slaCompliance, before.slaCompliance));
    } else {
        sentence = Text::tr("Automating %1 would save about %2 a month.").arg(steps, saved);
    }
    if (result.savedProcessingS > 0 && result.savedWaitingS > 0) {
        // Waiting is time a run stands still, not hours someone works: say how much is which.
        sentence += QLatin1Char(' ')
            + Text::tr("Of that time, %1 is work; the rest is waiting.")
                  .arg(hoursPerMonthText(result.savedProcessingS / 3600.0 / result.months));
    } else if (result.savedWaitingS > 0) {
        sentence += QLatin1Char(' ') + Text::tr("All of it is waiting.");
    }
    if (!std::isnan(before.cycleTime.p50) && !std::isnan(after.cycleTime.p50)
        && after.cycleTime.p50 < before.cycleTime.p50) {
        sentence += QLatin1Char(' ')
            + Text::tr("The median run would take %1 instead of %2.")
                  .arg(humanDuration(after.cycleTime.p50), humanDuration(before.cycleTime.p50));
    }
    return sentence;
}

} // namespace Stepwise
