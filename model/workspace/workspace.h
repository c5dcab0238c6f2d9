#pragma once

#include "analysis/checkpoint.h"
#include "process/process.h"
#include "runbrowse.h"
#include "runs/runlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;

namespace Stepwise {

/// One line of the process list.
struct ProcessSummary
{
    ProcessId id = 0;
    QString name;
    QString owner;
    int steps = 0;
    int runs = 0; ///< runs stored for it
    QDateTime modified;
};

/// A saved snapshot of a map.
struct RevisionInfo
{
    qint64 id = 0;
    ProcessId processId = 0;
    QDateTime created; ///< UTC
    QString note;
};

/// How Workspace::saveRuns() writes a RunLog.
struct RunWriteOptions
{
    /// Cases the process already has are refused unless replace: then their stored runs are
    /// replaced by the new ones.
    bool replace = false;
    /// When set, this map is saved as a new process (its id is ignored) in the same transaction
    /// as the runs, which then belong to it.
    const Process *create = nullptr;
    /// Polled every few hundred runs; true rolls the whole write back (ErrorKind::Cancelled).
    std::function<bool()> cancelled;
    /// Runs written so far and in all.
    std::function<void(qint64 done, qint64 total)> progress;
};

/// One SQLite file (*.stepwise) holding processes, their revisions, runs and settings.
///
/// open() creates or migrates the file, or refuses it with errorKind() and a message that names
/// the file and what is wrong; a refused file is left exactly as it was. A file that cannot be
/// written is opened read-only: every write is then refused with ErrorKind::ReadOnly.
/// Not thread-safe: a worker thread opens its own Workspace on the same path.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    enum class ErrorKind {
        None,
        Io, ///< cannot create or reach the file (missing folder, permissions)
        NotAWorkspace, ///< not a SQLite file, fails its integrity check, or another program's
                       ///< database
        Newer, ///< made by a newer Stepwise (user_version above ours)
        Locked, ///< another writer holds the lock past the busy timeout
        ReadOnly, ///< a write was attempted on a read-only workspace
        NotFound, ///< no such process or revision
        Invalid, ///< a refused value (empty or duplicate name, a case already stored, ...)
        Cancelled, ///< the caller cancelled a long write; nothing was written
        Database, ///< any other SQL error
    };

    struct OpenOptions
    {
        bool create = true; ///< create the file when it does not exist
        bool readOnly = false; ///< open read-only even when writable
        int busyTimeoutMs = 3000; ///< how long to wait for another writer
        /// false: no integrity check at open, for a second connection to a workspace this
        /// program has open, and checked, already (a worker thread's reader, say)
        bool integrityCheck = true;
    };

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// The default workspace: QStandardPaths::AppDataLocation/workspace.stepwise.
    static QString defaultPath();
    static int currentSchemaVersion();

    bool open(const QString &path, const OpenOptions &options);
    bool open(const QString &path) { return open(path, OpenOptions()); }
    /// Opens a second, read-only connection to a workspace this program has open, and checked,
    /// already: a worker thread's reader (a Workspace is not shared between threads). Never
    /// creates the file, no integrity check.
    bool openReader(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// True when open() created the file (the caller may then add the example processes).
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;
    /// The version of the SQLite library that reads the file ("3.40.1"); empty when not open.
    QString sqliteVersion() const;

    /// Where the file stands: two stamps differ when this connection or any other (the
    /// autosaver's, an import's, another program's) committed a change in between.
    struct ChangeStamp
    {
        qint64 dataVersion = -1; ///< PRAGMA data_version: commits by other connections
        qint64 ownChanges = -1; ///< total_changes(): rows this connection changed
        bool operator==(const ChangeStamp &other) const
        {
            return dataVersion >= 0 && dataVersion == other.dataVersion
                && ownChanges == other.ownChanges;
        }
        bool operator!=(const ChangeStamp &other) const { return !(*this == other); }
    };
    /// The stamp now; both parts -1 when it cannot be read (never equal to a stamp read before).
    ChangeStamp changeStamp() const;

    /// Writes a consistent copy of the open workspace to \a path (SQLite's VACUUM INTO a
    /// temporary file in the target's folder, checked by opening it as a workspace, then renamed
    /// into place), replacing a file there. Refused when \a path is the open workspace, or a file
    /// in use or read-only; on any error neither the target nor this workspace changes, and
    /// errorString() says what went wrong and where. Works on a read-only workspace too.
    bool saveCopy(const QString &path) const;

    ErrorKind errorKind() const { return m_errorKind; }
    QString errorString() const { return m_errorString; }

    // --- processes
    QVector<ProcessSummary> processes() const; ///< by name
    /// By id (all digits) or exact name; 0 when there is none.
    ProcessId findProcess(const QString &idOrName) const;
    ProcessId createProcess(const QString &name);
    bool renameProcess(ProcessId id, const QString &name);
    /// A copy with its map and a free name ("X (copy)", "X (copy 2)", ...) unless one is given.
    ProcessId duplicateProcess(ProcessId id, const QString &name = {});
    bool deleteProcess(ProcessId id);
    /// A name not used yet, from a wanted one ("X", "X (2)", ...).
    QString freeProcessName(const QString &wanted) const;

    std::optional<Process> loadProcess(ProcessId id) const;
    /// Saves the whole map in one transaction. A process with id 0 is inserted; returns its id,
    /// or 0 on error.
    ProcessId saveProcess(const Process &process);
    /// Inserts new processes (their ids are ignored) in one transaction: all of them or, on any
    /// error (a name taken, ...), none. A step's childProcessId below 0 links to another process
    /// of the list, processes[-childProcessId], and is saved as its new id (the linked ones are
    /// inserted first). Returns the new ids in list order, or an empty vector.
    QVector<ProcessId> insertProcesses(const QVector<Process> &processes);

    // --- revisions
    /// Stores a snapshot of the map with a note; returns the revision id or 0.
    qint64 saveRevision(const Process &process, const QString &note);
    QVector<RevisionInfo> revisions(ProcessId processId) const; ///< newest first
    std::optional<Process> loadRevision(qint64 revisionId) const;

    // --- runs (runstore.cpp)
    /// Writes the runs of a log for a process in one transaction: all of them or, on any error
    /// or a cancel, none. Returns the process id (the new one with RunWriteOptions::create), or 0.
    /// A case the process already has is refused (ErrorKind::Invalid, naming the first such case
    /// and how many there are) unless RunWriteOptions::replace.
    ProcessId saveRuns(ProcessId processId, const RunLog &log, const RunWriteOptions &options = {});
    /// The runs of a process whose first timestamp is in [fromMs, toMs) (NoTime: open on that
    /// side; a run without timestamps belongs only to an unbounded window), in the order they
    /// were imported, their executions in RunLog order. Null on error.
    std::optional<RunLog> loadRuns(ProcessId processId, qint64 fromMs = NoTime,
                                   qint64 toMs = NoTime) const;
    /// How many runs a process has; -1 on error.
    qint64 runCount(ProcessId processId) const;
    /// Deletes every run of a process (and the names they used).
    bool deleteRuns(ProcessId processId);

    // --- browsing and editing single runs (runbrowse.cpp)
    /// The ids of the runs of a process that the query selects, in its order (ties by id, in the
    /// same direction). Null on error.
    std::optional<QVector<qint64>> runIds(ProcessId processId, const RunQuery &query = {}) const;
    /// The lines of these runs, in the order given; ids that are not there are left out. Null on
    /// error.
    std::optional<QVector<RunSummary>> runSummaries(const QVector<qint64> &runIds) const;
    /// These runs as a log (names as stored), in the order given, their executions in RunLog
    /// order; ids that are not there are left out. Null on error.
    std::optional<RunLog> loadRunsById(const QVector<qint64> &runIds) const;
    /// The id of the process's run of that case; 0 when there is none, -1 on error.
    qint64 findRun(ProcessId processId, const QString &caseId) const;
    /// A case id the process does not have yet, after the last one stored ("T-0041" after
    /// "T-0040"), or "Run N" when that has no number at its end.
    QString nextCaseId(ProcessId processId) const;
    /// The names of the resources the process's runs use, sorted without regard to case.
    QStringList resourceNames(ProcessId processId) const;
    /// Deletes these runs of a process in one transaction: all of them or, when one is not a run
    /// of that process (ErrorKind::NotFound) or on any error, none.
    bool deleteRunsById(ProcessId processId, const QVector<qint64> &runIds);
    /// Replaces a run of a process by the one run of log (its case may change) in one
    /// transaction; refused (ErrorKind::Invalid) when another run has that case. Returns the new
    /// run's id, or 0 (and the workspace is as it was).
    qint64 replaceRun(ProcessId processId, qint64 runId, const RunLog &log);
    /// The latest timestamp of any run of a process; NoTime when it has none or on error
    /// (errorKind() tells which).
    qint64 latestRunMs(ProcessId processId) const;

    // --- checkpoints (checkpointstore.cpp). Workspace data, not part of the map: each write is
    // its own transaction, outside the document's undo stack.
    /// The process's active checkpoint; nothing when it has none (errorKind() None) or on error.
    std::optional<Checkpoint> checkpoint(ProcessId processId) const;
    /// Sets the process's checkpoint (checkpoint.processId): the active one is changed in place
    /// when its metric is the same (its reviews stay with it); otherwise it is retired and a new
    /// one made (checkpoint.created, or now when invalid). Returns the active checkpoint's id, or
    /// 0. Refused (ErrorKind::Invalid) without a valid review date or with a rate outside [0, 1].
    qint64 setCheckpoint(const Checkpoint &checkpoint);
    /// Retires the process's active checkpoint, keeping its reviews; true when it had none too.
    bool removeCheckpoint(ProcessId processId);
    /// Records a review of an active checkpoint in one transaction: the review, the checkpoint's
    /// next review date and, with Decision::AdjustTarget, its new target. review.reviewedAt
    /// invalid: now. Returns the review's id, or 0 (ErrorKind::NotFound when the checkpoint is
    /// not active).
    qint64 reviewCheckpoint(const CheckpointReview &review);
    /// Every review of every checkpoint of a process, newest first.
    QVector<CheckpointReview> checkpointReviews(ProcessId processId) const;
    /// The active checkpoints whose review date is \a today or past, the longest overdue first
    /// (then by process name).
    QVector<DueCheckpoint> checkpointsDue(const QDate &today) const;

private:
    friend class TestWorkspace; // builds files at older schema versions to test each migration

    struct FileState
    {
        int userVersion = 0;
    };

    /// open() that migrates no further than \a targetVersion (tests build older files with it).
    bool openAt(const QString &path, const OpenOptions &options, int targetVersion);
    /// Checks the file and migrates it, each step in a write transaction; nothing is written
    /// unless the checks pass.
    bool checkAndMigrate(int targetVersion);
    bool checkFile(QSqlDatabase &db, bool fullCheck, FileState *state);
    bool classifyOpenError(const QSqlError &error);

    QSqlDatabase database() const;
    bool checkOpen() const;
    bool checkWritable(const QString &action) const;
    bool beginWrite();
    bool commit();
    void rollback();

    bool nameIsFree(const QString &name, ProcessId except) const;
    bool checkName(const QString &name, ProcessId except) const;
    QString freeName(const QString &base, const QString &firstPattern,
                     const QString &nextPattern) const;
    std::optional<Process> readProcess(QSqlDatabase &db, ProcessId id) const;
    ProcessId writeProcess(const Process &process);
    ProcessId writeRuns(ProcessId processId, const RunLog &log, const RunWriteOptions &options);

    bool fail(ErrorKind kind, const QString &message) const;
    bool failQuery(const class QSqlQuery &query, const QString &what) const;
    bool failSql(const QSqlError &error, const QString &what) const;
    void clearError() const;
    QString nativePath() const;

    QString m_connectionName;
    QString m_path;
    bool m_isOpen = false;
    int m_busyTimeoutMs = 3000;
    bool m_integrityCheck = true;
    bool m_readOnly = false;
    bool m_created = false;
    mutable ErrorKind m_errorKind = ErrorKind::None;
    mutable QString m_errorString;
};

/// Reads all the runs of a process over a read-only connection of its own, for a worker thread (a
/// Workspace is not shared between threads) of a window whose own connection has checked the file
/// already. The log; nullptr with \a error set when the file or the runs could not be read.
std::shared_ptr<const RunLog> readRunsOnThisThread(const QString &path, ProcessId processId,
                                                   QString *error);

} // namespace Stepwise
