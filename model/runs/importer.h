#pragma once

#include "eventlogreader.h"

#include "process/ids.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Stepwise {

class Workspace;

/// What an import does besides reading the file.
struct ImportOptions
{
    ReaderOptions reader;
    /// The process to import into; with create, one named createName is made (and its map
    /// drafted from the runs) when processId is 0.
    ProcessId processId = 0;
    bool create = false;
    QString createName;
    /// Replace the cases the process already has instead of refusing the import.
    bool replace = false;
    /// Called now and then with the bytes of the file read so far and its size.
    std::function<void(qint64 done, qint64 total)> progress;
    /// Set (from any thread) to cancel; nothing is then written.
    const std::atomic<bool> *cancel = nullptr;
};

/// What an import did, or why it did not.
struct ImportResult
{
    enum class Status {
        Done,
        BadInput, ///< the file, a value or a case already there (error names it)
        WorkspaceProblem, ///< locked, read-only, ... (error says what)
        Cancelled,
    };
    Status status = Status::Done;
    QString error; ///< "file:line: what" for bad input
    ProcessId processId = 0;
    bool created = false; ///< the process was made (and its map drafted) by this import
    qint64 runs = 0;
    qint64 events = 0;
    qint64 executions = 0;
    qint64 unmatchedStarts = 0; ///< starts never completed (no execution; see RunLogBuilder)
    /// Activities of the log that match no step of the process (case and white space folded),
    /// in the order the log first names them.
    QStringList unmatchedActivities;

    bool ok() const { return status == Status::Done; }
};

/// Imports an event log into a process: reads it with EventLogReader, builds its runs with
/// RunLogBuilder and writes them with Workspace::saveRuns() in one transaction; an error or a
/// cancel leaves the workspace exactly as it was. Runs on whatever thread calls it: a worker
/// thread opens its own Workspace (its own connection) on that thread and passes it here.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    static ImportResult run(Workspace &workspace, const QString &path,
                            const ImportOptions &options);
};

} // namespace Stepwise
