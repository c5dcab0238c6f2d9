#pragma once

#include "impact.h"
#include "whatif.h"

#include "process/step.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Stepwise {

/// The thresholds of the automation rules (documented with findCandidates()).
constexpr double FrequentExecutionsPerMonth = 20; ///< "high frequency": at least this often
constexpr double SteadyVariation = 0.3; ///< "low variance": coefficient of variation below
constexpr double LongWaitShare = 0.5; ///< "long waiting": this share of wait + processing
constexpr double LongWaitS = 3600; ///< and at least this long, on average
constexpr double ReworkShare = 0.10; ///< "frequent rework": repeats in this share of its runs
constexpr double ErraticVariation = 1.0; ///< "erratic times": coefficient of variation above
/// Figures from fewer executions (variation) or runs (rework) than this say nothing.
constexpr int MinSamples = 5;

/// Why a task is a candidate for automation: one rule a user can read.
struct CandidateReason
{
    enum class Rule {
        DataEntry, ///< its name says it types data into a system
        Notification, ///< its name says it sends a message
        Approval, ///< its name says it approves
        StatusUpdate, ///< its name says it updates or closes a status
        BetweenSystems, ///< done by hand, it touches two or more systems
        FrequentAndSteady, ///< often, and about the same time each time
        LongWait, ///< it mostly waits to be started
        Marked, ///< no rule, but the map marks it a candidate (or a decision was made)
    };
    Rule rule = Rule::Marked;
    QString text; ///< one translated sentence with the figures
};

/// Why a candidate should be fixed before it is automated.
struct FixFirstReason
{
    enum class Kind {
        Validation, ///< the map has a problem at this step
        Rework, ///< the step is done again in many runs
        Erratic, ///< its time varies widely
    };
    Kind kind = Kind::Validation;
    QString text; ///< one translated sentence with the figures
};

/// How a step's executions vary within and across runs, from a log: what the engine's StepStats
/// do not keep.
struct StepVariation
{
    qint64 runsWith = 0; ///< runs in the window that execute it
    qint64 repeatRuns = 0; ///< of those, runs that execute it more than once
    qint64 measured = 0; ///< executions with a known start (a processing time)
    double meanS = 0; ///< their mean processing time
    double stddevS = 0; ///< its population standard deviation

    /// stddevS / meanS; NaN with fewer than MinSamples measured or a mean of 0.
    double variation() const;
    /// repeatRuns / runsWith; NaN with fewer than MinSamples runs.
    double reworkShare() const;
};

/// A task worth deciding on, with the rules that found it, what to fix first, and what automating
/// it would save.
struct AutomationCandidate
{
    ItemId stepId = 0;
    QString name;
    Step::Automation state = Step::Automation::Manual; ///< on the map
    QVector<CandidateReason> reasons; ///< the rules that found it; Marked alone when none did
    QVector<FixFirstReason> fixFirst; ///< empty: nothing to fix first
    /// What automating it at the candidates' percentage would save, hours a month; NaN when
    /// nothing can be said (no runs, no runs per month or no expected duration).
    double savedHoursPerMonth = 0;
    /// The work time (processing) in that saving: the percentage of its processing hours a month.
    double savedWorkHoursPerMonth = 0;
    bool savingFromRuns = false; ///< the what-if of the runs (false: the entered figures)
    StepVariation variation;

    /// Found by a rule (not only marked on the map).
    bool isRuleBased() const;
    bool isFixFirst() const { return !fixFirst.isEmpty(); }
    /// Planned, automated or rejected.
    bool isDecided() const;
};

/// The automation candidates of a map.
struct CandidateAnalysis
{
    double percent = DefaultWhatIfPercent; ///< the what-if percentage the savings assume
    double months = 1; ///< the months the runs span (see ImpactAnalysis)
    /// Undecided first (the largest saving first, then by name), then planned, automated,
    /// rejected (each the largest saving first).
    QVector<AutomationCandidate> candidates;

    const AutomationCandidate *candidate(ItemId stepId) const;
};

/// The rule-based kind a name says (data entry, notification, approval, status update), by whole
/// words: an English list and the translator's list of each; the preset names ("Enter data",
/// "Notify", "Approve") among them. Nothing when no word matches; the first kind in that order
/// otherwise.
std::optional<CandidateReason::Rule> kindFromName(const QString &name);

/// Per step, keyed by folded name (foldedStepName()), how its executions vary, over the runs in
/// the options' window and on the options' clock.
QHash<QString, StepVariation> stepVariations(const RunLog &log, const StatsOptions &options);

/// Finds the automation candidates among the tasks of a map with the rules:
///
/// - kind: the name says data entry, notification, approval or status update (kindFromName());
/// - between systems: the task touches two or more systems (Step::systems) and is done by hand
///   (not automated, not in a system lane);
/// - frequent and steady: at least FrequentExecutionsPerMonth executions a month and a
///   coefficient of variation of its processing time below SteadyVariation (at least MinSamples
///   measured);
/// - long wait: its mean waiting is at least LongWaitShare of its mean waiting + processing and
///   at least LongWaitS.
///
/// A task marked candidate, planned or rejected on the map is listed even when no rule finds it
/// (Rule::Marked); an automated one only when a rule finds it.
///
/// A candidate is "fix first" when the map has a validation problem at it, when it is done again
/// within a run in at least ReworkShare of the runs that have it (at least MinSamples), or when
/// its processing time's coefficient of variation is above ErraticVariation.
///
/// Its saving is the what-if's (replayWhatIf()) of automating it at \a percent: its processing
/// and the wait before it shrink by the percentage in every run, over the same months as its
/// impact; per step the replay's saving does not depend on the other steps replayed with it, so
/// one replay answers for all. Without runs: percent times its entered impact.
///
/// \a impact is computeImpact() of the same map, log and options.
///
/// Without \a withSavings the runs are not replayed: the candidates and their reasons only (what
/// the diagnostic asks), their savings from runs left at 0.
CandidateAnalysis findCandidates(const Process &process, const RunLog &log,
                                 const StatsOptions &options, const ImpactAnalysis &impact,
                                 double percent = DefaultWhatIfPercent, bool withSavings = true);

/// The steps the rules find (Rule::Marked alone does not count), in map order: the diagnostic's
/// DiagnosticFacts::ruleCandidates.
ItemIds ruleCandidateIds(const CandidateAnalysis &analysis);

/// Everything the Improve tab and the report show of a process's runs.
struct Improvement
{
    ImpactAnalysis impact;
    CandidateAnalysis candidates;
};

/// Impact versus effort and the automation candidates of the runs of a log in the options'
/// window (dashboardStatsOptions() of the process: its SLA clock, all runs).
Improvement analyzeImprovement(const Process &process, const RunLog &log,
                               const StatsOptions &options, double percent = DefaultWhatIfPercent,
                               bool withSavings = true);

/// "What to fix first", in plain sentences from the figures, for someone who never heard of
/// process mining: the task that costs the most and where its time goes, the candidate whose
/// automation would save the most, what to fix before automating, the quick wins, and what to
/// enter where figures are missing. Translated.
QStringList improvementSummary(const Improvement &improvement);

} // namespace Stepwise
