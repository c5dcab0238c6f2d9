#include "impact.h"

#include "mapoverlay.h"
#include "statistics.h"
#include "whatif.h"

#include "process/process.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Impact)
};

constexpr double HourS = 3600.0;

// A mean of the engine, or 0 where it measured nothing (NaN).
double meanOr0(const DurationSummary &summary)
{
    return summary.isEmpty() || std::isnan(summary.mean) ? 0.0 : summary.mean;
}

} // namespace

QString impactQuadrantName(ImpactQuadrant quadrant)
{
    switch (quadrant) {
    case ImpactQuadrant::QuickWin:
        return Text::tr("Quick wins");
    case ImpactQuadrant::BigBet:
        return Text::tr("Big bets");
    case ImpactQuadrant::FillIn:
        return Text::tr("Fill-ins");
    case ImpactQuadrant::MoneyPit:
        return Text::tr("Money pits");
    case ImpactQuadrant::NotEstimated:
        break;
    }
    return {};
}

QString impactQuadrantDescription(ImpactQuadrant quadrant)
{
    switch (quadrant) {
    case ImpactQuadrant::QuickWin:
        return Text::tr("Much time saved for little effort: do these first.");
    case ImpactQuadrant::BigBet:
        return Text::tr("Much time saved, but much effort: plan them.");
    case ImpactQuadrant::FillIn:
        return Text::tr("Little time saved for little effort: when there is time.");
    case ImpactQuadrant::MoneyPit:
        return Text::tr("Little time saved for much effort: leave them.");
    case ImpactQuadrant::NotEstimated:
        return Text::tr("No estimate of the effort to automate it yet.");
    }
    return {};
}

const StepImpact *ImpactAnalysis::step(ItemId stepId) const
{
    for (const StepImpact &s : steps) {
        if (s.stepId == stepId)
            return &s;
    }
    return nullptr;
}

int ImpactAnalysis::plottedCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [](const StepImpact &s) { return s.isPlotted(); }));
}

ImpactQuadrant impactQuadrant(double impactH, double effortH, double impactThresholdH,
                              double effortThresholdH)
{
    if (!(effortH > 0))
        return ImpactQuadrant::NotEstimated;
    const bool high = impactH > 0 && impactH >= impactThresholdH;
    const bool low = effortH <= effortThresholdH;
    if (high)
        return low ? ImpactQuadrant::QuickWin : ImpactQuadrant::BigBet;
    return low ? ImpactQuadrant::FillIn : ImpactQuadrant::MoneyPit;
}

ImpactAnalysis computeImpact(const Process &process, const RunStats &stats, double months)
{
    ImpactAnalysis analysis;
    analysis.runs = stats.runs;
    analysis.fromRuns = stats.runs > 0;
    analysis.months = analysis.fromRuns ? std::max(1.0, months) : 1.0;
    analysis.runsPerMonth = analysis.fromRuns ? double(stats.runs) / analysis.months
                                              : std::max(0.0, process.runsPerMonth);

    // The engine's steps by folded name; they come most executions first, so where two
    // activities fold to the same name the busier one answers.
    QHash<QString, const StepStats *> byName;
    for (const StepStats &s : stats.steps) {
        const QString key = foldedStepName(s.name);
        if (!byName.contains(key))
            byName.insert(key, &s);
    }

    for (const Step &step : process.steps) {
        if (step.kind != Step::Kind::Task)
            continue;
        StepImpact impact;
        impact.stepId = step.id;
        impact.name = step.name;
        impact.effortH = std::max(0.0, step.automationEffortH);
        if (analysis.fromRuns) {
            impact.source = StepImpact::Source::Runs;
            if (const StepStats *s = byName.value(foldedStepName(step.name))) {
                impact.executionsPerMonth = double(s->executions) / analysis.months;
                impact.waitingS = meanOr0(s->waiting);
                impact.processingS = meanOr0(s->processing);
            }
        } else if (process.runsPerMonth > 0 && step.expectedDurationS > 0) {
            impact.source = StepImpact::Source::Entered;
            impact.executionsPerMonth = process.runsPerMonth;
            impact.processingS = double(step.expectedDurationS);
        }
        impact.waitingHoursPerMonth = impact.waitingS * impact.executionsPerMonth / HourS;
        impact.processingHoursPerMonth = impact.processingS * impact.executionsPerMonth / HourS;
        impact.hoursPerMonth = impact.waitingHoursPerMonth + impact.processingHoursPerMonth;
        analysis.steps.append(impact);
    }

    QVector<double> impacts, efforts;
    for (const StepImpact &s : std::as_const(analysis.steps)) {
        if (s.isPlotted()) {
            impacts.append(s.hoursPerMonth);
            efforts.append(s.effortH);
        }
    }
    if (!impacts.isEmpty()) {
        analysis.impactThresholdH = median(impacts);
        analysis.effortThresholdH = median(efforts);
    }
    for (StepImpact &s : analysis.steps) {
        s.quadrant = s.isPlotted()
            ? impactQuadrant(s.hoursPerMonth, s.effortH, analysis.impactThresholdH,
                             analysis.effortThresholdH)
            : ImpactQuadrant::NotEstimated;
    }
    std::stable_sort(analysis.steps.begin(), analysis.steps.end(),
                     [](const StepImpact &a, const StepImpact &b) {
                         if (a.hasImpact() != b.hasImpact())
                             return a.hasImpact();
                         if (a.hoursPerMonth != b.hoursPerMonth)
                             return a.hoursPerMonth > b.hoursPerMonth;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return analysis;
}

ImpactAnalysis computeImpact(const Process &process, const RunLog &log, const StatsOptions &options)
{
    return computeImpact(process, computeRunStats(log, options), monthsSpanned(log, options));
}

QString hoursPerMonthText(double hours)
{
    if (std::isnan(hours) || hours <= 0)
        return Text::tr("nothing");
    if (hours < 1.0) {
        const int minutes = std::max(1, int(std::lround(hours * 60.0)));
        return Text::tr("%n minute(s)", nullptr, minutes);
    }
    if (hours < 10.0 && std::abs(hours - std::round(hours)) >= 0.05)
        return Text::tr("%1 hours").arg(QLocale().toString(hours, 'f', 1));
    return Text::tr("%Ln hour(s)", nullptr, int(std::lround(hours)));
}

} // namespace Stepwise
