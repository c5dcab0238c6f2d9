#include "diagnostic.h"

#include "candidates.h"
#include "dashboard.h"
#include "process/process.h"
#include "validation.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Stepwise {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Diagnostic)
};

constexpr qint64 DayMs = Q_INT64_C(86400000);
/// Names listed in a why before the rest is cut to an ellipsis.
constexpr int ListedNames = 3;

QString stepName(const Step &step)
{
    return step.name.trimmed().isEmpty() ? Text::tr("(unnamed step)") : step.name.simplified();
}

// "A, B, C, …": the first few, so the line stays one line.
QString nameList(const QStringList &names)
{
    QStringList shown = names.mid(0, ListedNames);
    if (names.size() > ListedNames)
        shown.append(QStringLiteral("\u2026"));
    return shown.join(QStringLiteral(", "));
}

// A day as the why says it: "12 Oct", with the year when it is not this one.
QString dayText(const QDateTime &time, const QDateTime &now)
{
    const QDate date = time.toTimeZone(now.timeZone()).date();
    const QString format = date.year() == now.toTimeZone(now.timeZone()).date().year()
        //: A date in a diagnostic's line (QDate format): "12 Oct"
        ? Text::tr("d MMM")
        //: A date of another year in a diagnostic's line (QDate format): "12 Oct 2023"
        : Text::tr("d MMM yyyy");
    return QLocale().toString(date, format);
}

QString dayText(const QDate &date, const QDateTime &now)
{
    return dayText(date.startOfDay(now.timeZone()), now);
}

QString joinParts(const QStringList &parts)
{
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

DiagnosticCheck checkDesign(const Process &process)
{
    using Rule = ValidationProblem::Rule;
    DiagnosticCheck check;
    check.fix = DiagnosticFix::Validation;
    bool noStart = false;
    bool noEnd = false;
    QStringList others; // problems neither start/end nor definition of done nor ownership
    QStringList withoutDone;
    for (const ValidationProblem &problem : validate(process)) {
        switch (problem.rule) {
        case Rule::NoStart:
            noStart = true;
            break;
        case Rule::NoEnd:
            noEnd = true;
            break;
        case Rule::NoDefinitionOfDone:
            if (const Step *step
                = problem.ids.isEmpty() ? nullptr : process.step(problem.ids.first()))
                withoutDone.append(stepName(*step));
            break;
        case Rule::OutsideLane:
        case Rule::LaneWithoutOwner:
            break; // the ownership check's
        default:
            others.append(problem.message);
            break;
        }
    }
    QStringList parts;
    if (noStart && noEnd)
        parts.append(Text::tr("The map has no start and no end"));
    else if (noStart)
        parts.append(Text::tr("The map has no start"));
    else if (noEnd)
        parts.append(Text::tr("The map has no end"));
    if (!others.isEmpty()) {
        QString first = others.first();
        if (first.endsWith(QLatin1Char('.')))
            first.chop(1);
        parts.append(
            Text::tr("%n validation problem(s), the first: %1", nullptr, int(others.size()))
                .arg(first));
    }
    if (!withoutDone.isEmpty())
        parts.append(Text::tr("%n task(s) without a definition of done: %1", nullptr,
                              int(withoutDone.size()))
                         .arg(nameList(withoutDone)));
    check.ok = parts.isEmpty();
    check.why = check.ok
        ? Text::tr("A start and an end, no validation problems, and every task has "
                   "a definition of done.")
        : joinParts(parts);
    return check;
}

DiagnosticCheck checkOwnership(const Process &process)
{
    DiagnosticCheck check;
    check.fix = DiagnosticFix::Lanes;
    if (process.lanes.isEmpty() && process.steps.isEmpty()) {
        check.why = Text::tr("The map has no lanes yet: name who owns the work.");
        return check;
    }
    QStringList outside;
    for (const Step &step : process.steps) {
        if (!process.lane(step.laneId))
            outside.append(stepName(step));
    }
    QStringList unnamed;
    for (int i = 0; i < process.lanes.size(); ++i) {
        if (process.lanes.at(i).name.trimmed().isEmpty())
            unnamed.append(Text::tr("lane %1").arg(i + 1));
    }
    QStringList parts;
    if (!outside.isEmpty())
        parts.append(Text::tr("%n step(s) in no lane: %1", nullptr, int(outside.size()))
                         .arg(nameList(outside)));
    if (!unnamed.isEmpty())
        parts.append(Text::tr("%n lane(s) without a named owner: %1", nullptr, int(unnamed.size()))
                         .arg(nameList(unnamed)));
    check.ok = parts.isEmpty();
    check.why = check.ok ? Text::tr("Every step is in a lane with a named owner (%n lane(s)).",
                                    nullptr, int(process.lanes.size()))
                         : joinParts(parts);
    return check;
}

DiagnosticCheck checkTracking(const DiagnosticFacts &facts, const QDateTime &now)
{
    DiagnosticCheck check;
    check.fix = DiagnosticFix::LogRun;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDateTime lastRun = facts.lastRunMs == NoTime
        ? QDateTime()
        : QDateTime::fromMSecsSinceEpoch(facts.lastRunMs, Qt::UTC);
    const bool recentRuns
        = facts.lastRunMs != NoTime && facts.lastRunMs >= nowMs - qint64(TrackingDays) * DayMs;
    const QDate today = now.date();
    // Due today is not overdue yet.
    const bool checkpointOnTime = facts.checkpoint && facts.checkpoint->reviewDate.isValid()
        && facts.checkpoint->reviewDate >= today;
    if (recentRuns) {
        check.ok = true;
        check.why = Text::tr("Runs are logged: the latest on %1.").arg(dayText(lastRun, now));
        return check;
    }
    const QString runs = lastRun.isValid()
        ? Text::tr("No runs logged since %1").arg(dayText(lastRun, now))
        : Text::tr("No runs logged yet");
    if (checkpointOnTime) {
        check.ok = true;
        check.why = Text::tr("%1, but the checkpoint on the %2 is watched: review on %3.")
                        .arg(runs, checkpointMetricName(facts.checkpoint->metric),
                             dayText(facts.checkpoint->reviewDate, now));
        return check;
    }
    if (facts.checkpoint) {
        check.why = Text::tr("%1, and the review of the checkpoint was due on %2.")
                        .arg(runs, dayText(facts.checkpoint->reviewDate, now));
    } else {
        check.why = Text::tr("%1, and no checkpoint is set.").arg(runs);
    }
    return check;
}

DiagnosticCheck checkImprovement(const DiagnosticFacts &facts, const QDateTime &now)
{
    DiagnosticCheck check;
    check.fix = DiagnosticFix::SaveRevision;
    const QDateTime since = now.addDays(-ImprovementDays);
    const bool recentRevision = facts.lastRevision.isValid() && facts.lastRevision >= since;
    const bool recentReview = facts.lastReview.isValid() && facts.lastReview >= since;
    if (recentRevision || recentReview) {
        check.ok = true;
        // The more recent of the two speaks.
        if (recentRevision && (!recentReview || facts.lastRevision >= facts.lastReview))
            check.why = Text::tr("A revision of the map was saved on %1.")
                            .arg(dayText(facts.lastRevision, now));
        else
            check.why = Text::tr("The checkpoint was reviewed on %1.")
                            .arg(dayText(facts.lastReview, now));
        return check;
    }
    const QString revision = facts.lastRevision.isValid()
        ? Text::tr("No revision saved since %1").arg(dayText(facts.lastRevision, now))
        : Text::tr("No revision saved yet");
    const QString review = facts.lastReview.isValid()
        ? Text::tr("no checkpoint reviewed since %1").arg(dayText(facts.lastReview, now))
        : Text::tr("no checkpoint reviewed");
    check.why = Text::tr("%1, and %2.").arg(revision, review);
    return check;
}

DiagnosticCheck checkAutomation(const Process &process, const DiagnosticFacts &facts)
{
    using Automation = Step::Automation;
    DiagnosticCheck check;
    check.fix = DiagnosticFix::AutomationCandidates;
    QSet<ItemId> ruleCandidates;
    if (facts.ruleCandidates) {
        for (ItemId id : *facts.ruleCandidates)
            ruleCandidates.insert(id);
    }
    QStringList automated;
    QStringList undecided;
    int planned = 0;
    int rejected = 0;
    int tasks = 0;
    for (const Step &step : process.steps) {
        if (step.kind != Step::Kind::Task)
            continue;
        ++tasks;
        switch (step.automation) {
        case Automation::Automated:
            automated.append(stepName(step));
            break;
        case Automation::Planned:
            ++planned;
            break;
        case Automation::Rejected:
            ++rejected;
            break;
        case Automation::Candidate:
            undecided.append(stepName(step));
            break;
        case Automation::Manual:
            if (ruleCandidates.contains(step.id))
                undecided.append(stepName(step));
            break;
        }
    }
    if (tasks == 0) {
        check.why = Text::tr("The map has no tasks yet, so nothing to automate.");
    } else if (!automated.isEmpty()) {
        check.ok = true;
        check.why = Text::tr("%n step(s) automated: %1.", nullptr, int(automated.size()))
                        .arg(nameList(automated));
    } else if (!undecided.isEmpty()) {
        check.why = Text::tr("%n candidate(s) not decided yet: %1.", nullptr, int(undecided.size()))
                        .arg(nameList(undecided));
    } else if (planned + rejected > 0) {
        check.ok = true;
        const QString plannedText = Text::tr("%n planned", nullptr, planned);
        const QString rejectedText = Text::tr("%n rejected", nullptr, rejected);
        check.why = Text::tr("Every candidate is decided: %1.")
                        .arg(planned && rejected ? Text::tr("%1, %2").arg(plannedText, rejectedText)
                                 : planned       ? plannedText
                                                 : rejectedText);
    } else if (facts.ruleCandidates) {
        check.ok = true;
        check.why = Text::tr("No step is a candidate for automation.");
    } else {
        check.why = Text::tr("No step is automated, and none is marked as a candidate.");
    }
    return check;
}

} // namespace

const DiagnosticCheck &Diagnostic::check(Component component) const
{
    switch (component) {
    case Component::Design:
        return design;
    case Component::Ownership:
        return ownership;
    case Component::Tracking:
        return tracking;
    case Component::Improvement:
        return improvement;
    case Component::Automation:
        return automation;
    }
    return design;
}

int Diagnostic::okCount() const
{
    int count = 0;
    for (int i = 0; i < ComponentCount; ++i)
        count += check(diagnosticComponent(i)).ok ? 1 : 0;
    return count;
}

Diagnostic::Component diagnosticComponent(int index)
{
    return Diagnostic::Component(std::clamp(index, 0, Diagnostic::ComponentCount - 1));
}

QString diagnosticKey(Diagnostic::Component component)
{
    switch (component) {
    case Diagnostic::Component::Design:
        return QStringLiteral("design");
    case Diagnostic::Component::Ownership:
        return QStringLiteral("ownership");
    case Diagnostic::Component::Tracking:
        return QStringLiteral("tracking");
    case Diagnostic::Component::Improvement:
        return QStringLiteral("improvement");
    case Diagnostic::Component::Automation:
        return QStringLiteral("automation");
    }
    return {};
}

QString diagnosticTitle(Diagnostic::Component component)
{
    switch (component) {
    case Diagnostic::Component::Design:
        return Text::tr("Design");
    case Diagnostic::Component::Ownership:
        return Text::tr("Ownership");
    case Diagnostic::Component::Tracking:
        return Text::tr("Tracking");
    case Diagnostic::Component::Improvement:
        return Text::tr("Improvement");
    case Diagnostic::Component::Automation:
        return Text::tr("Automation");
    }
    return {};
}

QString diagnosticFixText(DiagnosticFix fix)
{
    switch (fix) {
    case DiagnosticFix::Validation:
        return Text::tr("Show Problems");
    case DiagnosticFix::Lanes:
        return Text::tr("Edit Lanes");
    case DiagnosticFix::LogRun:
        return Text::tr("Log a Run");
    case DiagnosticFix::SaveRevision:
        return Text::tr("Save a Revision");
    case DiagnosticFix::AutomationCandidates:
        return Text::tr("See Candidates");
    }
    return {};
}

Diagnostic diagnose(const Process &process, const DiagnosticFacts &facts, const QDateTime &now)
{
    Diagnostic diagnostic;
    diagnostic.design = checkDesign(process);
    diagnostic.ownership = checkOwnership(process);
    diagnostic.tracking = checkTracking(facts, now);
    diagnostic.improvement = checkImprovement(facts, now);
    diagnostic.automation = checkAutomation(process, facts);
    return diagnostic;
}

Diagnostic diagnosticFor(Workspace &workspace, ProcessId processId, const QDateTime &now,
                         bool askRules, const RunLog *allRuns)
{
    const auto failed = [&workspace] {
        Diagnostic diagnostic;
        const QString why = workspace.errorString();
        for (DiagnosticCheck *check :
             {&diagnostic.design, &diagnostic.ownership, &diagnostic.tracking,
              &diagnostic.improvement, &diagnostic.automation})
            check->why = why;
        diagnostic.ownership.fix = DiagnosticFix::Lanes;
        diagnostic.tracking.fix = DiagnosticFix::LogRun;
        diagnostic.improvement.fix = DiagnosticFix::SaveRevision;
        diagnostic.automation.fix = DiagnosticFix::AutomationCandidates;
        return diagnostic;
    };
    const std::optional<Process> process = workspace.loadProcess(processId);
    if (!process)
        return failed();
    DiagnosticFacts facts;
    facts.lastRunMs = workspace.latestRunMs(processId);
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return failed();
    const QVector<RevisionInfo> revisions = workspace.revisions(processId);
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return failed();
    if (!revisions.isEmpty())
        facts.lastRevision = revisions.first().created; // newest first
    facts.checkpoint = workspace.checkpoint(processId);
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return failed();
    const QVector<CheckpointReview> reviews = workspace.checkpointReviews(processId);
    if (workspace.errorKind() != Workspace::ErrorKind::None)
        return failed();
    if (!reviews.isEmpty())
        facts.lastReview = reviews.first().reviewedAt; // newest first
    if (askRules) {
        // What the Improve tab's candidates say, on the same runs and clock.
        std::optional<RunLog> read;
        if (!allRuns) {
            read = workspace.loadRuns(processId);
            if (!read)
                return failed();
        }
        const RunLog &log = allRuns ? *allRuns : *read;
        // Which steps the rules find, not what automating them would save: no replay.
        const Improvement improvement = analyzeImprovement(
            *process, log, dashboardStatsOptions(*process), DefaultWhatIfPercent, false);
        facts.ruleCandidates = ruleCandidateIds(improvement.candidates);
    }
    return diagnose(*process, facts, now);
}

QJsonObject diagnosticToJson(const Diagnostic &diagnostic)
{
    QJsonObject json;
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const Diagnostic::Component component = diagnosticComponent(i);
        const DiagnosticCheck &check = diagnostic.check(component);
        json.insert(
            diagnosticKey(component),
            QJsonObject {{QStringLiteral("ok"), check.ok}, {QStringLiteral("why"), check.why}});
    }
    return json;
}

QString diagnosticToText(const Diagnostic &diagnostic)
{
    int width = 0;
    for (int i = 0; i < Diagnostic::ComponentCount; ++i)
        width = std::max(width, int(diagnosticTitle(diagnosticComponent(i)).size()));
    const QString ok = Text::tr("ok");
    const QString notOk = Text::tr("not ok");
    const int markWidth = int(std::max(ok.size(), notOk.size()));
    QString text = Text::tr("Diagnostic") + QLatin1Char('\n');
    for (int i = 0; i < Diagnostic::ComponentCount; ++i) {
        const Diagnostic::Component component = diagnosticComponent(i);
        const DiagnosticCheck &check = diagnostic.check(component);
        text += QStringLiteral("  %1  %2  %3\n")
                    .arg(diagnosticTitle(component), -width)
                    .arg(check.ok ? ok : notOk, -markWidth)
                    .arg(check.why);
    }
    return text;
}

} // namespace Stepwise
