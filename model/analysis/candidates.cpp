#include "candidates.h"

#include "mapoverlay.h"
#include "statistics.h"
#include "validation.h"

#include "process/process.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Stepwise {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Candidates)
};

constexpr double HourS = 3600.0;
const double NaN = std::numeric_limits<double>::quiet_NaN();

// A name as the keyword rules read it: lower case, every run of other characters than letters
// and digits one space, and a space at either end, so " word " finds whole words and phrases.
QString wordsOf(const QString &name)
{
    QString out;
    out.reserve(name.size() + 2);
    out += QLatin1Char(' ');
    bool space = true;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber()) {
            out += c;
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (!space)
        out += QLatin1Char(' ');
    return out;
}

// The keywords of a rule: the English list, and the translator's (the words of the user's
// language, in the same form: separated by commas).
QStringList keywords(const char *english, const QString &translated)
{
    QStringList words;
    for (const QString &list : {QString::fromLatin1(english), translated}) {
        for (const QString &word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString w = wordsOf(word);
            if (w.trimmed().size() > 0 && !words.contains(w))
                words.append(w);
        }
    }
    return words;
}

struct KindWords
{
    CandidateReason::Rule rule;
    QStringList words;
};

QVector<KindWords> kindWords()
{
    using Rule = CandidateReason::Rule;
    // The preset names ("Enter data", "Notify", "Approve") are among the words, in English and,
    // through the presets' own translation, in the user's language.
    static const char DataEntry[]
        = "enter, enters, entering, entry, data entry, enter data, input, "
          "type in, fill in, fill out, record, register, log, copy, "
          "import, transfer, key in";
    static const char Notification[]
        = "notify, notifies, notification, send, sends, sending, email, emails, e-mail, mail, "
          "remind, reminder, inform, alert, message, sms, survey, newsletter";
    static const char Approval[]
        = "approve, approves, approval, approved, authorise, authorize, authorisation, "
          "authorization, sign off, sign-off, permission, consent";
    static const char StatusUpdate[] = "status, update, updates, updating, close, closes, closing, "
                                       "mark as, set to, archive";
    return {
        {Rule::DataEntry,
         keywords(DataEntry,
                  Text::tr("enter, entry, input, type in, fill in, record, register, log, copy",
                           "words (separated by commas) in a step's name that say it types data "
                           "into a system")
                      + QLatin1Char(',')
                      + QCoreApplication::translate("Stepwise::StepPreset", "Enter data"))},
        {Rule::Notification,
         keywords(
             Notification,
             Text::tr("notify, notification, send, email, mail, remind, inform, alert, message",
                      "words (separated by commas) in a step's name that say it sends a "
                      "message")
                 + QLatin1Char(',')
                 + QCoreApplication::translate("Stepwise::StepPreset", "Notify"))},
        {Rule::Approval,
         keywords(Approval,
                  Text::tr("approve, approval, authorise, authorize, sign off",
                           "words (separated by commas) in a step's name that say it approves")
                      + QLatin1Char(',')
                      + QCoreApplication::translate("Stepwise::StepPreset", "Approve"))},
        {Rule::StatusUpdate,
         keywords(StatusUpdate,
                  Text::tr("status, update, close",
                           "words (separated by commas) in a step's name that say it updates a "
                           "status"))},
    };
}

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral("\u00a0%");
}

// "about 45 times a month", "about once a month", "less than once a month".
QString timesAMonth(double executionsPerMonth)
{
    const int times = int(std::lround(executionsPerMonth));
    if (times < 1)
        return Text::tr("less than once a month");
    return Text::tr("about %Ln time(s) a month", nullptr, times);
}

QString kindText(CandidateReason::Rule rule)
{
    using Rule = CandidateReason::Rule;
    switch (rule) {
    case Rule::DataEntry:
        return Text::tr("Its name says data entry: typing data into a system follows fixed rules "
                        "that a form, an import or an integration can apply.");
    case Rule::Notification:
        return Text::tr("Its name says it sends a message: a template sent when something "
                        "happens can do that.");
    case Rule::Approval:
        return Text::tr("Its name says approval: clear criteria can decide the usual cases, and "
                        "the rest can be routed and reminded automatically.");
    case Rule::StatusUpdate:
        return Text::tr("Its name says status update: the system can set a status from what "
                        "happened before.");
    default:
        break;
    }
    return {};
}

// A short label of a rule for a summary: "it is data entry", ...
QString ruleLabel(CandidateReason::Rule rule)
{
    using Rule = CandidateReason::Rule;
    switch (rule) {
    case Rule::DataEntry:
        return Text::tr("it is data entry");
    case Rule::Notification:
        return Text::tr("it sends a message");
    case Rule::Approval:
        return Text::tr("it is an approval");
    case Rule::StatusUpdate:
        return Text::tr("it updates a status");
    case Rule::BetweenSystems:
        return Text::tr("it carries data between systems by hand");
    case Rule::FrequentAndSteady:
        return Text::tr("it is frequent, steady work");
    case Rule::LongWait:
        return Text::tr("it mostly waits to be started");
    case Rule::Marked:
        return Text::tr("it is marked as a candidate");
    }
    return {};
}

QString fixFirstLabel(const AutomationCandidate &candidate)
{
    const FixFirstReason &reason = candidate.fixFirst.first();
    switch (reason.kind) {
    case FixFirstReason::Kind::Validation:
        return Text::tr("the map has a problem there");
    case FixFirstReason::Kind::Rework:
        return Text::tr("it is done again in %1 of the runs that have it")
            .arg(percentText(candidate.variation.reworkShare()));
    case FixFirstReason::Kind::Erratic:
        return Text::tr("its time varies widely");
    }
    return {};
}

// A step's name in a sentence, in quotation marks: names are often sentences of their own.
QString quoted(const QString &name)
{
    return Text::tr("\u201c%1\u201d").arg(name);
}

// "A", "A and B", "A, B and C".
QString nameList(QStringList names)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return Text::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

int decisionRank(Step::Automation state)
{
    switch (state) {
    case Step::Automation::Manual:
    case Step::Automation::Candidate:
        return 0;
    case Step::Automation::Planned:
        return 1;
    case Step::Automation::Automated:
        return 2;
    case Step::Automation::Rejected:
        return 3;
    }
    return 0;
}

} // namespace

double StepVariation::variation() const
{
    if (measured < MinSamples || !(meanS > 0))
        return NaN;
    return stddevS / meanS;
}

double StepVariation::reworkShare() const
{
    if (runsWith < MinSamples)
        return NaN;
    return double(repeatRuns) / double(runsWith);
}

bool AutomationCandidate::isRuleBased() const
{
    return std::any_of(reasons.cbegin(), reasons.cend(), [](const CandidateReason &r) {
        return r.rule != CandidateReason::Rule::Marked;
    });
}

bool AutomationCandidate::isDecided() const
{
    return state == Step::Automation::Planned || state == Step::Automation::Automated
        || state == Step::Automation::Rejected;
}

const AutomationCandidate *CandidateAnalysis::candidate(ItemId stepId) const
{
    for (const AutomationCandidate &c : candidates) {
        if (c.stepId == stepId)
            return &c;
    }
    return nullptr;
}

std::optional<CandidateReason::Rule> kindFromName(const QString &name)
{
    const QString words = wordsOf(name);
    // Built on every call: the lists follow the translation installed, and a map has few tasks.
    for (const KindWords &kind : kindWords()) {
        for (const QString &word : kind.words) {
            if (words.contains(word))
                return kind.rule;
        }
    }
    return std::nullopt;
}

QHash<QString, StepVariation> stepVariations(const RunLog &log, const StatsOptions &options)
{
    // Welford's running mean and sum of squares per activity: one pass, no buffers.
    struct Running
    {
        qint64 runsWith = 0, repeatRuns = 0, measured = 0;
        double mean = 0, m2 = 0;
        int seenInRun = -1, repeatedInRun = -1;
    };
    std::vector<Running> running(size_t(log.activities.size()));
    const auto span = [&options](qint64 from, qint64 to) {
        return options.duration ? options.duration(from, to) : to - from;
    };
    for (int r = 0; r < log.runs.size(); ++r) {
        const Run &run = log.runs.at(r);
        if (!runInWindow(run, options))
            continue;
        for (const Execution &e : run.executions) {
            if (e.activity < 0 || e.activity >= int(running.size()))
                continue;
            Running &a = running[size_t(e.activity)];
            if (a.seenInRun != r) {
                a.seenInRun = r;
                ++a.runsWith;
            } else if (a.repeatedInRun != r) {
                a.repeatedInRun = r;
                ++a.repeatRuns;
            }
            if (e.startMs != NoTime && e.completeMs != NoTime) {
                const double x = double(span(e.startMs, e.completeMs)) / 1000.0;
                ++a.measured;
                const double delta = x - a.mean;
                a.mean += delta / double(a.measured);
                a.m2 += delta * (x - a.mean);
            }
        }
    }
    QHash<QString, StepVariation> out;
    for (int a = 0; a < log.activities.size(); ++a) {
        const Running &r = running[size_t(a)];
        if (r.runsWith == 0)
            continue;
        const QString key = foldedStepName(log.activities.at(a));
        StepVariation v;
        v.runsWith = r.runsWith;
        v.repeatRuns = r.repeatRuns;
        v.measured = r.measured;
        v.meanS = r.mean;
        v.stddevS = r.measured > 0 ? std::sqrt(r.m2 / double(r.measured)) : 0.0;
        // Two activities that fold to one name: the busier answers, as in computeImpact().
        const auto found = out.constFind(key);
        if (found == out.constEnd() || found->runsWith < v.runsWith)
            out.insert(key, v);
    }
    return out;
}

CandidateAnalysis findCandidates(const Process &process, const RunLog &log,
                                 const StatsOptions &options, const ImpactAnalysis &impact,
                                 double percent, bool withSavings)
{
    using Rule = CandidateReason::Rule;
    CandidateAnalysis analysis;
    analysis.percent = std::isnan(percent) ? 0.0 : std::clamp(percent, 0.0, 100.0);
    analysis.months = impact.months;
    const double share = analysis.percent / 100.0;
    const QHash<QString, StepVariation> variations
        = impact.fromRuns ? stepVariations(log, options) : QHash<QString, StepVariation>();

    QHash<ItemId, QVector<const ValidationProblem *>> problemsAt;
    const QVector<ValidationProblem> problems = validate(process);
    for (const ValidationProblem &problem : problems) {
        if (problem.objectType != ObjectType::Step)
            continue;
        for (ItemId id : problem.ids)
            problemsAt[id].append(&problem);
    }

    const QLocale locale;
    for (const Step &step : process.steps) {
        if (step.kind != Step::Kind::Task)
            continue;
        const StepImpact *figures = impact.step(step.id);
        AutomationCandidate c;
        c.stepId = step.id;
        c.name = step.name;
        c.state = step.automation;
        c.variation = variations.value(foldedStepName(step.name));
        const bool known = figures && figures->hasImpact();
        const double perMonth = known ? figures->executionsPerMonth : 0.0;

        if (const auto kind = kindFromName(step.name)) {
            QString text = kindText(*kind);
            if (known)
                text += QLatin1Char(' ') + Text::tr("It happens %1.").arg(timesAMonth(perMonth));
            c.reasons.append({*kind, text});
        }

        const Lane *lane = process.lane(step.laneId);
        const bool byHand = step.automation != Step::Automation::Automated
            && !(lane && lane->kind == Lane::Kind::System);
        if (byHand && step.systems.size() >= 2) {
            c.reasons.append({Rule::BetweenSystems,
                              Text::tr("It is done by hand across %n system(s) (%1): an "
                                       "integration can carry the data from one to the other.",
                                       nullptr, int(step.systems.size()))
                                  .arg(nameList(step.systems))});
        }

        const double cv = c.variation.variation();
        if (known && figures->source == StepImpact::Source::Runs
            && perMonth >= FrequentExecutionsPerMonth && !std::isnan(cv) && cv < SteadyVariation) {
            c.reasons.append(
                {Rule::FrequentAndSteady,
                 Text::tr("It is done %1 and takes about the same time each time (%2 on "
                          "average, give or take %3): routine work that a script can do.")
                     .arg(timesAMonth(perMonth), humanDuration(c.variation.meanS),
                          humanDuration(c.variation.stddevS))});
        }

        if (known && figures->waitingS >= LongWaitS
            && figures->waitingS >= LongWaitShare * (figures->waitingS + figures->processingS)) {
            c.reasons.append(
                {Rule::LongWait,
                 Text::tr("It waits %1 on average before anyone starts it, %2 of its time: done "
                          "automatically, it would start at once.")
                     .arg(humanDuration(figures->waitingS),
                          percentText(figures->waitingS
                                      / (figures->waitingS + figures->processingS)))});
        }

        const bool marked = step.automation == Step::Automation::Candidate
            || step.automation == Step::Automation::Planned
            || step.automation == Step::Automation::Rejected;
        if (c.reasons.isEmpty()) {
            if (!marked)
                continue; // neither a rule nor the map says anything
            c.reasons.append(
                {Rule::Marked, Text::tr("Marked on the map; none of the rules finds it.")});
        }

        // Fix first.
        for (const ValidationProblem *problem : problemsAt.value(step.id)) {
            c.fixFirst.append({FixFirstReason::Kind::Validation,
                               Text::tr("The map has a problem here: %1").arg(problem->message)});
        }
        const double rework = c.variation.reworkShare();
        if (!std::isnan(rework) && rework >= ReworkShare) {
            c.fixFirst.append(
                {FixFirstReason::Kind::Rework,
                 Text::tr("It is done again in %1 of the runs that have it (%2 of %3): find out "
                          "why before automating it, or the automation repeats the mistakes.")
                     .arg(percentText(rework), locale.toString(c.variation.repeatRuns),
                          locale.toString(c.variation.runsWith))});
        }
        if (!std::isnan(cv) && cv > ErraticVariation) {
            c.fixFirst.append(
                {FixFirstReason::Kind::Erratic,
                 Text::tr("Its time varies widely (%1 on average, give or take "
                          "%2): make the work predictable before automating it.")
                     .arg(humanDuration(c.variation.meanS), humanDuration(c.variation.stddevS))});
        }

        // The saving without runs; with runs the replay below answers.
        if (!known) {
            c.savedHoursPerMonth = NaN;
        } else if (figures->source == StepImpact::Source::Entered) {
            c.savedHoursPerMonth = share * figures->hoursPerMonth;
        }
        c.savedWorkHoursPerMonth = known ? share * figures->processingHoursPerMonth : NaN;
        c.savingFromRuns = known && figures->source == StepImpact::Source::Runs;
        analysis.candidates.append(c);
    }

    if (withSavings && impact.fromRuns && !analysis.candidates.isEmpty()) {
        // One replay for all: a step's saving is measured on the logged timestamps, whatever
        // else is replayed with it (replayWhatIf()).
        QVector<WhatIfChange> changes;
        for (const AutomationCandidate &c : std::as_const(analysis.candidates))
            changes.append({c.name, analysis.percent});
        WhatIfResult result;
        replayWhatIf(log, changes, options, &result);
        QHash<QString, double> savedS;
        for (const WhatIfStepResult &s : std::as_const(result.steps))
            savedS.insert(foldedStepName(s.step), s.savedS);
        for (AutomationCandidate &c : analysis.candidates) {
            c.savedHoursPerMonth
                = savedS.value(foldedStepName(c.name), 0.0) / HourS / analysis.months;
        }
    }

    std::stable_sort(analysis.candidates.begin(), analysis.candidates.end(),
                     [](const AutomationCandidate &a, const AutomationCandidate &b) {
                         const int ra = decisionRank(a.state), rb = decisionRank(b.state);
                         if (ra != rb)
                             return ra < rb;
                         const double sa
                             = std::isnan(a.savedHoursPerMonth) ? -1.0 : a.savedHoursPerMonth;
                         const double sb
                             = std::isnan(b.savedHoursPerMonth) ? -1.0 : b.savedHoursPerMonth;
                         if (sa != sb)
                             return sa > sb;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return analysis;
}

ItemIds ruleCandidateIds(const CandidateAnalysis &analysis)
{
    QSet<ItemId> found;
    for (const AutomationCandidate &c : analysis.candidates) {
        if (c.isRuleBased())
            found.insert(c.stepId);
    }
    ItemIds ids(found.cbegin(), found.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Improvement analyzeImprovement(const Process &process, const RunLog &log,
                               const StatsOptions &options, double percent, bool withSavings)
{
    Improvement improvement;
    improvement.impact = computeImpact(process, log, options);
    improvement.candidates
        = findCandidates(process, log, options, improvement.impact, percent, withSavings);
    return improvement;
}

QStringList improvementSummary(const Improvement &improvement)
{
    const ImpactAnalysis &impact = improvement.impact;
    const CandidateAnalysis &candidates = improvement.candidates;
    QStringList sentences;

    const StepImpact *top = nullptr;
    for (const StepImpact &s : impact.steps) {
        if (s.hasImpact() && s.hoursPerMonth > 0) {
            top = &s;
            break;
        }
    }
    if (impact.steps.isEmpty()) {
        sentences << Text::tr("The map has no tasks yet: draw the work on the Map tab first.");
        return sentences;
    }
    if (!top) {
        if (impact.fromRuns) {
            sentences << Text::tr("The runs logged spent no time in the tasks of the map: check "
                                  "that the task names match the activities of the runs.");
        } else {
            sentences << Text::tr("Nothing to measure yet: log or import runs, or enter how often "
                                  "the process runs (Runs per month, in the process's "
                                  "properties) and how long its tasks take, to see what each "
                                  "task costs.");
        }
    } else if (top->source == StepImpact::Source::Entered) {
        sentences << Text::tr("%1 costs the most time: about %2 a month, as it takes %3 and the "
                              "process runs %4.")
                         .arg(quoted(top->name), hoursPerMonthText(top->hoursPerMonth),
                              humanDuration(top->processingS),
                              timesAMonth(top->executionsPerMonth));
    } else {
        // Waiting is time the runs spend, not work anyone does: say which it mostly is.
        const double waitShare = top->waitingHoursPerMonth / top->hoursPerMonth;
        if (waitShare >= 0.6) {
            sentences << Text::tr("%1 holds the runs up the most: about %2 a month across all "
                                  "runs, mostly waiting before anyone starts it (%3 each time "
                                  "on average); the work itself takes %4 a month.")
                             .arg(quoted(top->name), hoursPerMonthText(top->hoursPerMonth),
                                  humanDuration(top->waitingS),
                                  hoursPerMonthText(top->processingHoursPerMonth));
        } else if (waitShare <= 0.4) {
            sentences << Text::tr("%1 costs the most time: about %2 a month across all runs, "
                                  "mostly the work itself (%3 each time on average).")
                             .arg(quoted(top->name), hoursPerMonthText(top->hoursPerMonth),
                                  humanDuration(top->processingS));
        } else {
            sentences << Text::tr("%1 costs the most time: about %2 a month across all runs, "
                                  "about half of it waiting before anyone starts it.")
                             .arg(quoted(top->name), hoursPerMonthText(top->hoursPerMonth));
        }
    }

    // The undecided candidate that would save the most, and the one to fix first.
    const AutomationCandidate *best = nullptr;
    const AutomationCandidate *fix = nullptr;
    for (const AutomationCandidate &c : candidates.candidates) {
        if (c.isDecided())
            continue;
        if (c.isFixFirst()) {
            if (!fix)
                fix = &c;
        } else if (!best && !std::isnan(c.savedHoursPerMonth) && c.savedHoursPerMonth > 0) {
            best = &c;
        }
    }
    if (best) {
        const double work = best->savedWorkHoursPerMonth;
        if (work > 0 && work < 0.95 * best->savedHoursPerMonth) {
            sentences << Text::tr("Automating %1 would save about %2 a month, %3 of it work time "
                                  "(%4).")
                             .arg(quoted(best->name), hoursPerMonthText(best->savedHoursPerMonth),
                                  hoursPerMonthText(work), ruleLabel(best->reasons.first().rule));
        } else {
            sentences << Text::tr("Automating %1 would save about %2 a month (%3).")
                             .arg(quoted(best->name), hoursPerMonthText(best->savedHoursPerMonth),
                                  ruleLabel(best->reasons.first().rule));
        }
    }
    if (fix) {
        sentences << Text::tr("Fix %1 before automating it: %2.")
                         .arg(quoted(fix->name), fixFirstLabel(*fix));
    }

    QStringList quickWins, unestimated;
    for (const StepImpact &s : impact.steps) {
        if (s.quadrant == ImpactQuadrant::QuickWin)
            quickWins << quoted(s.name);
    }
    for (const AutomationCandidate &c : candidates.candidates) {
        const StepImpact *s = impact.step(c.stepId);
        if (!c.isDecided() && s && s->hasImpact() && !s->hasEffort())
            unestimated << quoted(c.name);
    }
    if (!quickWins.isEmpty()) {
        sentences << Text::tr("Quick wins, much time saved for little effort: %1.")
                         .arg(nameList(quickWins.mid(0, 3)));
    }
    if (!unestimated.isEmpty()) {
        sentences << Text::tr("Enter an effort estimate for %1 (in the step's properties) to see "
                              "which candidates are quick wins.")
                         .arg(nameList(unestimated.mid(0, 3)));
    }
    if (!impact.fromRuns && top) {
        sentences << Text::tr("These figures come from the expected durations and the runs per "
                              "month entered; logged runs will replace them.");
    }
    if (!best && !fix && top && candidates.candidates.isEmpty()) {
        sentences << Text::tr("None of the rules finds a task worth automating.");
    }
    return sentences;
}

} // namespace Stepwise
