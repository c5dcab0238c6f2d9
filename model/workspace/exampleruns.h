#pragma once

#include "process/process.h"
#include "runs/runlog.h"

namespace Stepwise {

/// The seed of the runs the default workspace's examples get at first start (the n-th example
/// uses ExampleRunsSeed + n).
constexpr quint64 ExampleRunsSeed = 20240415;

/// How many days of runs exampleRuns() makes, ending at its end time.
constexpr int ExampleRunsDays = 120;

/// A few months of realistic runs of one of exampleProcesses() (about 140 for "Client
/// onboarding", 270 for "Support ticket"), for a new user's dashboard and map overlay.
///
/// Runs arrive on working days (a few at weekends) over the ExampleRunsDays before endMs and walk
/// the map's handoffs: decisions choose their branches with plausible odds, some runs loop back
/// (a chased signature, a fix the client rejects), and a few take transitions the map lacks
/// (a ticket worked on without triage, closed without the client's confirmation), so the overlay
/// has something to show. People work Monday to Friday, 08:00-17:00 UTC; systems any time; a
/// wait for the client or a delivery runs on calendar time. Resources are the lanes' people
/// (a few names per lane), or the lane's name for the client and the systems. Each execution has
/// a start and a complete (two events); one not finished by endMs is left out, so the last runs
/// are still in progress, as in a real log. A run arriving just before endMs may consist of its
/// start step alone.
///
/// Deterministic: the same process, seed and end give the same log on every platform (a
/// 64-bit Mersenne Twister and distributions written here, not the standard library's). A map
/// that is not one of the examples still gets runs along its handoffs, timed from its steps'
/// expected durations.
RunLog exampleRuns(const Process &process, quint64 seed, qint64 endMs);

class Workspace;

/// Saves exampleProcesses() into the workspace, each with its exampleRuns() up to endMs: what a
/// new user's default workspace starts with. False when the workspace refused one.
bool addExamples(Workspace &workspace, qint64 endMs);

} // namespace Stepwise
