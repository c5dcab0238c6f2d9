#pragma once

#include "checkpoint.h"
#include "process/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Stepwise {

struct Process;
struct RunLog;
class Workspace;

/// Where the user goes to fix a failing check of the diagnostic.
enum class DiagnosticFix {
    Validation, ///< the map and its validation problems (design)
    Lanes, ///< the lanes and their owners in the properties (ownership)
    LogRun, ///< the runs tab, to log or import a run (tracking)
    SaveRevision, ///< save a revision of the map (improvement)
    AutomationCandidates, ///< the automation candidates of the Improve tab (automation)
};

/// One of the five components of business process operations, at a glance.
struct DiagnosticCheck
{
    bool ok = false;
    QString why; ///< one plain line, translated: what is wrong and who, or why it is fine
    DiagnosticFix fix = DiagnosticFix::Validation; ///< where to go when it is not ok
};

/// DESIGN.md's diagnostic of a process: documented design, clear ownership, tracked runs, a recent
/// improvement, automation applied.
struct Diagnostic
{
    enum class Component { Design, Ownership, Tracking, Improvement, Automation };
    static constexpr int ComponentCount = 5;

    DiagnosticCheck design;
    DiagnosticCheck ownership;
    DiagnosticCheck tracking;
    DiagnosticCheck improvement;
    DiagnosticCheck automation;

    const DiagnosticCheck &check(Component component) const;
    /// How many of the five are ok.
    int okCount() const;
};

/// The components in their order (design, ownership, tracking, improvement, automation).
Diagnostic::Component diagnosticComponent(int index);
/// "design", "ownership", ...: the keys of `stats --json`'s "diagnostic".
QString diagnosticKey(Diagnostic::Component component);
/// "Design", "Ownership", ...: translated titles.
QString diagnosticTitle(Diagnostic::Component component);
/// What a fix button says: "Show problems", "Edit lanes", "Log a run", ..., translated.
QString diagnosticFixText(DiagnosticFix fix);

/// How recent runs must be for the tracking check, and revisions or reviews for the improvement
/// check, in days.
constexpr int TrackingDays = 30;
constexpr int ImprovementDays = 90;

/// What the diagnostic looks at besides the map.
struct DiagnosticFacts
{
    /// The latest timestamp of any of the process's runs; NoTime when it has none.
    qint64 lastRunMs = NoTime;
    /// When the newest revision of the map was saved; invalid: never.
    QDateTime lastRevision;
    /// The process's active checkpoint, if any.
    std::optional<Checkpoint> checkpoint;
    /// When any checkpoint of the process was last reviewed; invalid: never.
    QDateTime lastReview;
    /// The steps the automation rules find to be candidates, when they were asked: a manual step
    /// among them is a candidate not decided yet, and an empty list means nothing qualifies.
    /// Nothing: only the steps marked Candidate on the map count.
    std::optional<ItemIds> ruleCandidates;
};

/// The five checks of a process, a pure function of the map, the facts and the time:
/// - design: a start and an end, no validation problem (but the ownership ones, which are the
///   next check's), and every task with a definition of done;
/// - ownership: every step in a lane, every lane with a named owner (a name that is not blank);
/// - tracking: a run logged (its latest timestamp) in the last TrackingDays days, or an active
///   checkpoint whose review date is not past;
/// - improvement: a revision saved, or a checkpoint reviewed, in the last ImprovementDays days;
/// - automation: a task automated, or every candidate decided (planned, automated or rejected)
///   with at least one decided; a map with no candidate and no decision is not ok, unless the
///   rules were asked and found none; a map without tasks is not ok.
/// Dates in the texts are in the time zone of \a now.
Diagnostic diagnose(const Process &process, const DiagnosticFacts &facts, const QDateTime &now);

/// Gathers the facts of a stored process from the workspace and diagnoses it. With \a askRules
/// its runs are read and the automation rules asked (analyzeImprovement(), ruleCandidateIds()),
/// as the Improve tab and the report ask them; without, only the steps marked on the map count as
/// candidates and no run is read. On a workspace error every check is not ok and says the error
/// (Workspace::errorKind() is then set). \a allRuns: every run of the process, when the caller
/// has read them already (`stats` without a window): the rules look at those, not read again.
Diagnostic diagnosticFor(Workspace &workspace, ProcessId processId, const QDateTime &now,
                         bool askRules = true, const RunLog *allRuns = nullptr);

/// `stats --json`'s "diagnostic": {"design": {"ok": B, "why": S}, "ownership": ..., ...}.
QJsonObject diagnosticToJson(const Diagnostic &diagnostic);
/// Five aligned lines for the command line: "Design       ok   why".
QString diagnosticToText(const Diagnostic &diagnostic);

} // namespace Stepwise
