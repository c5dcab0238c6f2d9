#include "workspace.h"

#include "analysis/businesscalendar.h"
#include "process/processjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <unistd.h>

namespace Stepwise {

namespace {

/// "STPW": marks a SQLite file as a Stepwise workspace (PRAGMA application_id).
constexpr qint64 applicationId = 0x53545057;

/// The schema whose migration gives processes their SLA clock's columns: a file held at an older
/// one by openAt() (the migration tests build them so) has nowhere to keep the clock.
constexpr int slaClockSchema = 4;
/// The schema whose migration adds the BPMN details of steps, handoff conditions and a
/// process's entered frequency.
constexpr int bpmnSchema = 5;

/// One step of the schema, from version N (its index) to N + 1. Steps are only ever appended:
/// a file at any older version is brought up to date by running the steps after it in order,
/// each in its own transaction. Types are spelled so the same DDL reads well in PostgreSQL
/// (BIGINT, DOUBLE PRECISION, TEXT); SQLite maps them onto its storage classes.
struct Migration
{
    const char *description;
    QStringList statements;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {"processes, lanes, steps, handoffs and revisions",
         {
             QStringLiteral("CREATE TABLE processes ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " owner TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " sla_target_s BIGINT NOT NULL DEFAULT 0,"
                            " review_date TEXT," // yyyy-MM-dd, NULL when not set
                            " next_item_id INTEGER NOT NULL DEFAULT 1,"
                            " created_at BIGINT NOT NULL," // UTC ms since the epoch
                            " modified_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE lanes ("
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " id INTEGER NOT NULL,"
                            " seq INTEGER NOT NULL," // top to bottom
                            " name TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL DEFAULT 'role',"
                            " color TEXT," // #rrggbb, NULL when not set
                            " height DOUBLE PRECISION NOT NULL,"
                            " PRIMARY KEY (process_id, id))"),
             QStringLiteral("CREATE TABLE steps ("
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " id INTEGER NOT NULL,"
                            " seq INTEGER NOT NULL,"
                            " kind TEXT NOT NULL DEFAULT 'task',"
                            " name TEXT NOT NULL DEFAULT '',"
                            " lane_id INTEGER NOT NULL,"
                            " x DOUBLE PRECISION NOT NULL," // centre, y from the top of its lane
                            " y DOUBLE PRECISION NOT NULL,"
                            " definition_of_done TEXT NOT NULL DEFAULT '',"
                            " inputs TEXT NOT NULL DEFAULT '[]'," // JSON arrays of strings
                            " outputs TEXT NOT NULL DEFAULT '[]',"
                            " expected_duration_s BIGINT NOT NULL DEFAULT 0,"
                            " sla_s BIGINT NOT NULL DEFAULT 0,"
                            " automation TEXT NOT NULL DEFAULT 'manual',"
                            " systems TEXT NOT NULL DEFAULT '[]',"
                            " automation_effort_h DOUBLE PRECISION NOT NULL DEFAULT 0,"
                            " event_trigger TEXT NOT NULL DEFAULT 'none',"
                            " PRIMARY KEY (process_id, id))"),
             QStringLiteral("CREATE TABLE handoffs ("
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " id INTEGER NOT NULL,"
                            " seq INTEGER NOT NULL,"
                            " from_step_id INTEGER NOT NULL,"
                            " to_step_id INTEGER NOT NULL,"
                            " label TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (process_id, id))"),
             QStringLiteral("CREATE TABLE revisions ("
                            " id INTEGER PRIMARY KEY,"
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " created_at BIGINT NOT NULL," // UTC ms since the epoch
                            " note TEXT NOT NULL DEFAULT '',"
                            " snapshot TEXT NOT NULL)"), // processToJson()
             QStringLiteral(
                 "CREATE INDEX revisions_by_process ON revisions (process_id, created_at)"),
         }},
        // Runs: one row per case, its executions in RunLog order (seq). Activity and resource
        // names are interned per process: a process's names go with it when it is deleted, the
        // dashboard's per-step queries stay inside one process, and two processes that happen
        // to share a name never share a row whose meaning (a step of this map) differs.
        {"runs, their executions and the names they use",
         {
             QStringLiteral("CREATE TABLE runs ("
                            " id INTEGER PRIMARY KEY,"
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " case_id TEXT NOT NULL,"
                            " first_ms BIGINT," // UTC ms since the epoch; NULL: no timestamp
                            " last_ms BIGINT,"
                            " events INTEGER NOT NULL DEFAULT 0,"
                            " UNIQUE (process_id, case_id))"),
             QStringLiteral("CREATE INDEX runs_by_process ON runs (process_id, first_ms)"),
             QStringLiteral("CREATE TABLE activities ("
                            " id INTEGER PRIMARY KEY,"
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " UNIQUE (process_id, name))"),
             QStringLiteral("CREATE TABLE resources ("
                            " id INTEGER PRIMARY KEY,"
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " UNIQUE (process_id, name))"),
             QStringLiteral("CREATE TABLE executions ("
                            " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                            " seq INTEGER NOT NULL," // RunLog order inside the run
                            " activity_id INTEGER NOT NULL"
                            "  REFERENCES activities(id) ON DELETE CASCADE,"
                            " resource_id INTEGER REFERENCES resources(id) ON DELETE SET NULL,"
                            " start_ms BIGINT," // NULL: unknown start
                            " complete_ms BIGINT NOT NULL,"
                            " PRIMARY KEY (run_id, seq))"
                            // Clustered by run: loading a process's runs reads the rows in
                            // order instead of an index probe plus a table probe each (0.80 s
                            // -> 0.42 s for a million, and a third smaller). SQLite's words; a
                            // PostgreSQL schema would say CLUSTER instead.
                            " WITHOUT ROWID"),
             QStringLiteral(
                 "CREATE INDEX executions_by_activity ON executions (activity_id, run_id)"),
         }},
        // A run's steps and changes of owner, kept with it: the runs table sorts 100,000 runs
        // by either in the time it sorts them by cycle time (0.3 s -> 0.1 s for steps, 1.8 s ->
        // 0.1 s for owner changes, computed from the executions), and reads a page of rows
        // without touching the executions. Written by Workspace::writeRuns(); the runs stored
        // before are counted here. A change of owner: consecutive executions whose resources
        // are both known and differ.
        {"each run's steps and changes of owner",
         {
             QStringLiteral("ALTER TABLE runs ADD COLUMN execution_count INTEGER NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN owner_changes INTEGER NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("UPDATE runs SET"
                            " execution_count = (SELECT COUNT(*) FROM executions e"
                            "  WHERE e.run_id = runs.id),"
                            " owner_changes = (SELECT COUNT(*) FROM executions a"
                            "  JOIN executions b ON b.run_id = a.run_id AND b.seq = a.seq + 1"
                            "  WHERE a.run_id = runs.id AND a.resource_id <> b.resource_id)"),
         }},
        // The SLA clock of a process (issue 5), in the words and texts of its JSON form.
        {"the SLA clock of a process and its business hours",
         {
             QStringLiteral("ALTER TABLE processes ADD COLUMN sla_clock TEXT NOT NULL"
                            " DEFAULT 'calendar'"), // or 'business-hours'
             // BusinessCalendar's form ("Mon-Fri 09:00-18:00"); '' the default week
             QStringLiteral(
                 "ALTER TABLE processes ADD COLUMN working_hours TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE processes ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"),
             // yyyy-MM-dd,yyyy-MM-dd ascending
             QStringLiteral("ALTER TABLE processes ADD COLUMN holidays TEXT NOT NULL DEFAULT ''"),
         }},
        // What a BPMN 2.0 file says beyond Stepwise's kinds (issue 6), so a map read from another
        // tool goes back out as it came, and how often a process runs when it has no runs
        // logged (issue 7's impact figures).
        {"BPMN details of steps, handoff conditions, entered frequency",
         {
             QStringLiteral("ALTER TABLE steps ADD COLUMN bpmn_element TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE steps ADD COLUMN bpmn_event TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE steps ADD COLUMN attached_to INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE steps ADD COLUMN interrupting INTEGER NOT NULL DEFAULT 1"),
             // NULL: none. A child map deleted on its own leaves its parent's step without one.
             QStringLiteral("ALTER TABLE steps ADD COLUMN child_process_id INTEGER"
                            " REFERENCES processes(id) ON DELETE SET NULL"),
             // 0 x 0: the kind's own size
             QStringLiteral("ALTER TABLE steps ADD COLUMN width DOUBLE PRECISION NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE steps ADD COLUMN height DOUBLE PRECISION NOT NULL"
                            " DEFAULT 0"),
             QStringLiteral("ALTER TABLE handoffs ADD COLUMN condition TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE processes ADD COLUMN runs_per_month DOUBLE PRECISION"
                            " NOT NULL DEFAULT 0"),
         }},
        // Checkpoints (issue 7): one metric per process with a target and a review date, and the
        // history of their reviews. Changing the metric retires the active checkpoint rather than
        // deleting it, so the reviews of the old one keep their meaning; the partial unique index
        // allows one active checkpoint per process (PostgreSQL reads it the same).
        {"checkpoints and their reviews",
         {
             QStringLiteral("CREATE TABLE checkpoints ("
                            " id INTEGER PRIMARY KEY,"
                            " process_id INTEGER NOT NULL"
                            "  REFERENCES processes(id) ON DELETE CASCADE,"
                            " metric TEXT NOT NULL," // checkpointMetricWord()
                            " target DOUBLE PRECISION NOT NULL," // seconds, or a share in [0, 1]
                            " review_date TEXT NOT NULL," // yyyy-MM-dd
                            " created_at BIGINT NOT NULL," // UTC ms since the epoch
                            " retired_at BIGINT)"), // NULL: the process's active checkpoint
             QStringLiteral("CREATE UNIQUE INDEX checkpoints_active ON checkpoints (process_id)"
                            " WHERE retired_at IS NULL"),
             QStringLiteral("CREATE TABLE checkpoint_reviews ("
                            " id INTEGER PRIMARY KEY,"
                            " checkpoint_id INTEGER NOT NULL"
                            "  REFERENCES checkpoints(id) ON DELETE CASCADE,"
                            " reviewed_at BIGINT NOT NULL," // UTC ms since the epoch
                            " value DOUBLE PRECISION," // NULL: nothing to measure
                            " target DOUBLE PRECISION NOT NULL," // what the value was held against
                            " decision TEXT NOT NULL," // checkpointDecisionWord()
                            " new_target DOUBLE PRECISION," // with 'adjust-target'
                            " note TEXT NOT NULL DEFAULT '',"
                            " next_review_date TEXT NOT NULL)"), // yyyy-MM-dd
             QStringLiteral("CREATE INDEX checkpoint_reviews_by_checkpoint ON checkpoint_reviews"
                            " (checkpoint_id, reviewed_at)"),
         }},
    };
    return steps;
}

// SQLite's primary result code of an error (the driver reports extended codes).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteCantOpen = 14,
    SqliteFull = 13,
    SqliteNotADb = 26,
};

// Root may write any file, so access() alone would call a chmod 0444 workspace writable; the
// permission bits are what the user set to protect it, so they count as well.
bool canWrite(const QFileInfo &info)
{
    const QFile::Permissions bits = info.permissions();
    if (!(bits & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)))
        return false;
    return ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0;
}

// A null QString binds as SQL NULL, which a NOT NULL column refuses; empty text is stored as ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> listFromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &value : document.array())
        list.append(value.toString());
    return list;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

Workspace::Workspace() = default;

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/workspace.stepwise");
}

int Workspace::currentSchemaVersion()
{
    return int(migrations().size());
}

bool Workspace::openReader(const QString &path)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.integrityCheck = false; // the window's own connection checked it
    return open(path, options);
}

bool Workspace::open(const QString &path, const OpenOptions &options)
{
    return openAt(path, options, currentSchemaVersion());
}

bool Workspace::openAt(const QString &path, const OpenOptions &options, int targetVersion)
{
    close();
    clearError();
    m_path = path;
    m_busyTimeoutMs = std::max(0, options.busyTimeoutMs);
    m_integrityCheck = options.integrityCheck;

    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return fail(ErrorKind::Io,
                    tr("Cannot open %1: the folder %2 does not exist.")
                        .arg(nativePath(), QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    const bool exists = info.exists();
    if (exists && info.isDir())
        return fail(ErrorKind::Io, tr("Cannot open %1: it is a folder.").arg(nativePath()));
    if (exists && !info.isReadable())
        return fail(ErrorKind::Io, tr("Cannot open %1: it cannot be read.").arg(nativePath()));
    if (!exists && (!options.create || options.readOnly)) {
        return fail(ErrorKind::Io,
                    tr("Cannot open %1: the file does not exist.").arg(nativePath()));
    }
    if (!exists && !canWrite(folder)) {
        return fail(ErrorKind::Io,
                    tr("Cannot create %1: the folder %2 is not writable.")
                        .arg(nativePath(), QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    // SQLite writes its journal next to the file, so a read-only folder makes it read-only too.
    m_readOnly = options.readOnly || (exists && (!canWrite(info) || !canWrite(folder)));

    m_connectionName = QStringLiteral("stepwise-workspace-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            fail(ErrorKind::Database,
                 tr("Cannot open %1: the SQLite driver of Qt (QSQLITE) is missing.")
                     .arg(nativePath()));
        } else {
            QStringList connectOptions {
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs)};
            if (m_readOnly)
                connectOptions.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
            db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
            db.setDatabaseName(path);
            if (!db.open()) {
                classifyOpenError(db.lastError());
            } else {
                // A connection setting, not stored in the file: safe before the checks.
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
                    classifyOpenError(query.lastError());
                else
                    ok = checkAndMigrate(targetVersion);
            }
        }
    }
    if (!ok) {
        const QString path = m_path;
        const ErrorKind kind = m_errorKind;
        const QString message = m_errorString;
        close();
        // A file this call created and then refused would only confuse the next start.
        if (!exists && QFileInfo(path).size() == 0)
            QFile::remove(path);
        m_errorKind = kind;
        m_errorString = message;
        return false;
    }
    m_isOpen = true;
    return true;
}

bool Workspace::checkAndMigrate(int targetVersion)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);

    if (m_readOnly) {
        FileState state;
        if (!checkFile(db, m_integrityCheck, &state))
            return false;
        if (state.userVersion < targetVersion) {
            return fail(
                ErrorKind::ReadOnly,
                state.userVersion == 0
                    ? tr("Cannot open %1: the file is empty and read-only, so it cannot become a "
                         "workspace.")
                          .arg(nativePath())
                    : tr("Cannot open %1: it was made by an older version of Stepwise (schema %2, "
                         "this version needs %3) and is read-only, so it cannot be upgraded.")
                          .arg(nativePath())
                          .arg(state.userVersion)
                          .arg(targetVersion));
        }
        return true;
    }

    // Each round takes the write lock first, so that a file another writer holds makes open()
    // fail after the busy timeout instead of later, in the middle of the user's work; the checks
    // then run under that lock and nothing is written unless they pass.
    bool firstRound = true;
    for (;;) {
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return classifyOpenError(query.lastError());
        FileState state;
        if (!checkFile(db, firstRound && m_integrityCheck, &state)) {
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        firstRound = false;
        if (state.userVersion >= targetVersion) {
            query.exec(QStringLiteral("ROLLBACK"));
            break;
        }
        if (state.userVersion == 0) {
            m_created = true;
            if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))) {
                failQuery(query, tr("marking the file as a workspace"));
                query.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        const Migration &migration = migrations().at(std::size_t(state.userVersion));
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                failQuery(query,
                          tr("upgrading to schema %1 (%2)")
                              .arg(state.userVersion + 1)
                              .arg(QLatin1String(migration.description)));
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        // PRAGMA takes no bound values; the number is ours, not user input.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(state.userVersion + 1))
            || !query.exec(QStringLiteral("COMMIT"))) {
            failQuery(query, tr("upgrading to schema %1").arg(state.userVersion + 1));
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }

    // Readers then never wait for the writer. Not fatal when refused (another connection in
    // rollback mode is reading): the workspace works the same, only with more waiting.
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    return true;
}

bool Workspace::checkFile(QSqlDatabase &db, bool fullCheck, FileState *state)
{
    QSqlQuery query(db);
    const auto pragma = [&](const QString &sql, qint64 *value) {
        if (!query.exec(sql) || !query.next())
            return false;
        *value = query.value(0).toLongLong();
        return true;
    };
    qint64 userVersion = 0;
    qint64 appId = 0;
    qint64 tables = 0;
    if (!pragma(QStringLiteral("PRAGMA user_version"), &userVersion)
        || !pragma(QStringLiteral("PRAGMA application_id"), &appId)
        || !pragma(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), &tables)) {
        return classifyOpenError(query.lastError());
    }
    query.finish();
    const bool empty = userVersion == 0 && appId == 0 && tables == 0;
    if (!empty && appId != applicationId) {
        return fail(ErrorKind::NotAWorkspace,
                    tr("%1 is not a Stepwise workspace: it is another program's database.")
                        .arg(nativePath()));
    }
    if (userVersion > currentSchemaVersion()) {
        return fail(ErrorKind::Newer,
                    tr("%1 was made by a newer version of Stepwise (schema %2, this version reads "
                       "up to %3).")
                        .arg(nativePath())
                        .arg(userVersion)
                        .arg(currentSchemaVersion()));
    }
    if (fullCheck) {
        // The whole file is checked when the last session did not close it cleanly (close()
        // switches it back from WAL, so a file still in WAL mode was left by a crash, or is open
        // elsewhere). After a clean close, every table is checked but the runs and their
        // executions: they are nearly all of a large workspace (0.27 s of a 0.5 s budget for a
        // million executions), and reading them is a full traversal in which SQLite reports any
        // damage it meets, as a clear error and without a change to the file.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
            return classifyOpenError(query.lastError());
        const bool cleanlyClosed = query.value(0).toString() != QLatin1String("wal");
        QStringList checks {QStringLiteral("PRAGMA quick_check")};
        if (cleanlyClosed) {
            checks = {QStringLiteral("PRAGMA quick_check(sqlite_master)")};
            if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT IN ('runs', 'executions')")))
                return classifyOpenError(query.lastError());
            while (query.next()) {
                // Table names come from the file: quoted as SQL identifiers.
                QString name = query.value(0).toString();
                name.replace(QLatin1Char('"'), QLatin1String("\"\""));
                checks.append(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(name));
            }
        }
        QStringList problems;
        for (const QString &check : qAsConst(checks)) {
            if (!query.exec(check))
                return classifyOpenError(query.lastError());
            while (query.next()) {
                // A report starts with a "*** in database main ***" line: only the findings
                // matter.
                const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'));
                for (const QString &line : lines) {
                    const QString finding = line.trimmed();
                    if (!finding.startsWith(QLatin1String("***")) && !finding.isEmpty()
                        && finding != QLatin1String("ok"))
                        problems.append(finding);
                }
            }
        }
        query.finish();
        if (!problems.isEmpty()) {
            return fail(ErrorKind::NotAWorkspace,
                        tr("%1 is not a Stepwise workspace: it fails its integrity check (%2).")
                            .arg(nativePath(), problems.mid(0, 3).join(QStringLiteral("; "))));
        }
    }
    state->userVersion = int(userVersion);
    return true;
}

bool Workspace::classifyOpenError(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return fail(ErrorKind::Locked,
                    tr("%1 is locked: another program or Stepwise window is writing to it "
                       "(waited %2 ms).")
                        .arg(nativePath())
                        .arg(m_busyTimeoutMs));
    case SqliteNotADb:
        return fail(
            ErrorKind::NotAWorkspace,
            tr("%1 is not a Stepwise workspace: it is not a SQLite database.").arg(nativePath()));
    case SqliteCorrupt:
        return fail(
            ErrorKind::NotAWorkspace,
            tr("%1 is not a Stepwise workspace: it is damaged (%2).").arg(nativePath(), detail));
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteFull:
    case SqliteCantOpen:
        return fail(ErrorKind::Io, tr("Cannot open %1: %2").arg(nativePath(), detail));
    default:
        return fail(ErrorKind::Database, tr("Cannot open %1: %2").arg(nativePath(), detail));
    }
}

void Workspace::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        if (m_isOpen && !m_readOnly && db.isOpen()) {
            // Leave a self-contained file in rollback-journal mode: a later read-only open (a
            // chmod 0444 copy, a file on a read-only share) then needs no -wal or -shm file.
            // The last connection to close succeeds; the others must not wait for it.
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
    m_isOpen = false;
    m_readOnly = false;
    m_created = false;
}

bool Workspace::isOpen() const
{
    return m_isOpen;
}

int Workspace::schemaVersion() const
{
    if (!m_isOpen)
        return 0;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString Workspace::sqliteVersion() const
{
    if (!m_isOpen)
        return {};
    // Qt's SQLite driver may bring its own SQLite: ask the library that really reads the file.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return {};
    return query.value(0).toString();
}

Workspace::ChangeStamp Workspace::changeStamp() const
{
    ChangeStamp stamp;
    if (!m_isOpen)
        return stamp;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return stamp;
    const qint64 dataVersion = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next())
        return stamp;
    stamp.dataVersion = dataVersion;
    stamp.ownChanges = query.value(0).toLongLong();
    return stamp;
}

bool Workspace::saveCopy(const QString &path) const
{
    if (!checkOpen())
        return false;
    const QFileInfo target(path);
    const QString where = QDir::toNativeSeparators(target.absoluteFilePath());
    const QFileInfo folder(target.absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (path.isEmpty())
        return fail(ErrorKind::Invalid, tr("Cannot save a copy: no file was given."));
    // A link or another spelling of the same file counts as the same file.
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()
        || (target.exists()
            && target.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())) {
        return fail(ErrorKind::Invalid,
                    tr("Cannot save a copy as %1: it is the open workspace.").arg(where));
    }
    if (!folder.isDir()) {
        return fail(
            ErrorKind::Io,
            tr("Cannot save a copy as %1: the folder %2 does not exist.").arg(where, folderName));
    }
    if (!canWrite(folder)) {
        return fail(
            ErrorKind::Io,
            tr("Cannot save a copy as %1: the folder %2 is not writable.").arg(where, folderName));
    }
    if (target.exists()) {
        if (target.isDir())
            return fail(ErrorKind::Io, tr("Cannot save a copy as %1: it is a folder.").arg(where));
        if (!canWrite(target)) {
            return fail(ErrorKind::ReadOnly,
                        tr("Cannot replace %1: the file is read-only.").arg(where));
        }
    }
    // SQLite would replay a journal left next to the target onto the new file, and such a
    // journal means another program has the file open or did not close it cleanly.
    for (const char *suffix : {"-wal", "-journal"}) {
        const QString journal = target.absoluteFilePath() + QLatin1String(suffix);
        if (QFileInfo::exists(journal)) {
            return fail(ErrorKind::Locked,
                        tr("Cannot replace %1: it is in use by another program or was not closed "
                           "cleanly (%2 is next to it).")
                            .arg(where, QDir::toNativeSeparators(journal)));
        }
    }

    // A hidden file in the target's folder, so that the final rename neither crosses file
    // systems nor ever leaves a half-written file under the chosen name.
    const QString temporary = folder.absoluteFilePath()
        + QStringLiteral("/.%1.%2.tmp")
              .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    const auto removeTemporary = [&temporary] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temporary + QLatin1String(suffix));
    };
    {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(temporary);
        if (!query.exec()) {
            failQuery(query, tr("writing a copy to %1").arg(where));
            query.finish();
            removeTemporary();
            return false;
        }
    }
    // The copy must open as a workspace before it takes the name; closing it also leaves it in
    // rollback-journal mode, self-contained.
    {
        Workspace copy;
        OpenOptions options;
        options.create = false;
        if (!copy.open(temporary, options)) {
            const QString reason = copy.errorString();
            removeTemporary();
            return fail(
                ErrorKind::Database,
                tr("Cannot save a copy as %1: the copy does not open (%2).").arg(where, reason));
        }
    }
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        const QString reason = qt_error_string(errno);
        removeTemporary();
        return fail(ErrorKind::Io, tr("Cannot save a copy as %1: %2").arg(where, reason));
    }
    clearError();
    return true;
}

// --- processes

QVector<ProcessSummary> Workspace::processes() const
{
    QVector<ProcessSummary> list;
    if (!checkOpen())
        return list;
    // Tests open files at older schema versions, which have no runs yet.
    const bool hasRuns = schemaVersion() >= 2;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT p.id, p.name, p.owner, p.modified_at,"
                                   " (SELECT COUNT(*) FROM steps s WHERE s.process_id = p.id),"
                                   " %1 FROM processes p")
                        .arg(hasRuns ? QLatin1String(
                                 "(SELECT COUNT(*) FROM runs r WHERE r.process_id = p.id)")
                                     : QLatin1String("0")))) {
        failQuery(query, tr("listing the processes"));
        return list;
    }
    while (query.next()) {
        ProcessSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.name = query.value(1).toString();
        summary.owner = query.value(2).toString();
        summary.modified = fromMs(query.value(3).toLongLong());
        summary.steps = query.value(4).toInt();
        summary.runs = query.value(5).toInt();
        list.append(summary);
    }
    // Sorted here rather than by the database's collation, which differs between engines.
    std::sort(list.begin(), list.end(), [](const ProcessSummary &a, const ProcessSummary &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    clearError();
    return list;
}

ProcessId Workspace::findProcess(const QString &idOrName) const
{
    if (!checkOpen())
        return 0;
    QSqlQuery query(database());
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber && !idOrName.isEmpty()
        && std::all_of(idOrName.begin(), idOrName.end(), [](QChar c) { return c.isDigit(); })) {
        query.prepare(QStringLiteral("SELECT id FROM processes WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            return query.value(0).toLongLong();
    }
    query.prepare(QStringLiteral("SELECT id FROM processes WHERE name = ?"));
    query.addBindValue(text(idOrName));
    if (!query.exec()) {
        failQuery(query, tr("finding a process"));
        return 0;
    }
    if (query.next())
        return query.value(0).toLongLong();
    fail(ErrorKind::NotFound, tr("There is no process \"%1\" in %2.").arg(idOrName, nativePath()));
    return 0;
}

ProcessId Workspace::createProcess(const QString &name)
{
    if (!checkWritable(tr("create a process")))
        return 0;
    Process process;
    process.name = name;
    return saveProcess(process);
}

bool Workspace::renameProcess(ProcessId id, const QString &name)
{
    if (!checkWritable(tr("rename the process")))
        return false;
    QSqlDatabase db = database();
    if (!beginWrite())
        return false;
    if (!checkName(name, id)) {
        rollback();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE processes SET name = ?, modified_at = ? WHERE id = ?"));
    query.addBindValue(text(name));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query, tr("renaming the process"));
        rollback();
        return false;
    }
    if (query.numRowsAffected() == 0) {
        rollback();
        return fail(ErrorKind::NotFound,
                    tr("There is no process %1 in %2.").arg(id).arg(nativePath()));
    }
    return commit();
}

ProcessId Workspace::duplicateProcess(ProcessId id, const QString &name)
{
    if (!checkWritable(tr("duplicate the process")))
        return 0;
    std::optional<Process> copy = loadProcess(id);
    if (!copy)
        return 0;
    copy->id = 0;
    copy->name = name.isEmpty() ? freeName(copy->name, tr("%1 (copy)"), tr("%1 (copy %2)")) : name;
    return saveProcess(*copy);
}

bool Workspace::deleteProcess(ProcessId id)
{
    if (!checkWritable(tr("delete the process")))
        return false;
    // Lanes, steps, handoffs and revisions go with it (ON DELETE CASCADE).
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM processes WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failQuery(query, tr("deleting the process"));
    if (query.numRowsAffected() == 0)
        return fail(ErrorKind::NotFound,
                    tr("There is no process %1 in %2.").arg(id).arg(nativePath()));
    clearError();
    return true;
}

QString Workspace::freeProcessName(const QString &wanted) const
{
    return freeName(wanted, QStringLiteral("%1"), tr("%1 (%2)"));
}

QString Workspace::freeName(const QString &base, const QString &firstPattern,
                            const QString &nextPattern) const
{
    QString name = firstPattern.arg(base);
    for (int n = 2; !nameIsFree(name, 0); ++n)
        name = nextPattern.arg(base).arg(n);
    return name;
}

bool Workspace::nameIsFree(const QString &name, ProcessId except) const
{
    if (!m_isOpen)
        return true;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM processes WHERE name = ? AND id <> ?"));
    query.addBindValue(text(name));
    query.addBindValue(except);
    return !(query.exec() && query.next());
}

bool Workspace::checkName(const QString &name, ProcessId except) const
{
    if (name.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("A process needs a name."));
    if (!nameIsFree(name, except)) {
        return fail(ErrorKind::Invalid,
                    tr("There is already a process named \"%1\" in %2.").arg(name, nativePath()));
    }
    return true;
}

std::optional<Process> Workspace::loadProcess(ProcessId id) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlDatabase db = database();
    // One read transaction: the four reads see the same saved map even if another connection
    // saves meanwhile.
    if (!db.transaction()) {
        failSql(db.lastError(), tr("reading the process"));
        return std::nullopt;
    }
    std::optional<Process> process = readProcess(db, id);
    db.commit();
    return process;
}

std::optional<Process> Workspace::readProcess(QSqlDatabase &db, ProcessId id) const
{
    const auto damaged = [this, id](const QString &what) {
        fail(ErrorKind::Database,
             tr("Process %1 in %2 is damaged: %3").arg(id).arg(nativePath(), what));
        return std::nullopt;
    };

    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT name, owner, description, sla_target_s, review_date, next_item_id"
                       " FROM processes WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query, tr("reading the process"));
        return std::nullopt;
    }
    if (!query.next()) {
        fail(ErrorKind::NotFound, tr("There is no process %1 in %2.").arg(id).arg(nativePath()));
        return std::nullopt;
    }
    Process process;
    process.id = id;
    process.name = query.value(0).toString();
    process.owner = query.value(1).toString();
    process.description = query.value(2).toString();
    process.slaTargetS = query.value(3).toLongLong();
    const QString reviewDate = query.value(4).toString();
    if (!reviewDate.isEmpty()) {
        process.reviewDate = QDate::fromString(reviewDate, Qt::ISODate);
        if (!process.reviewDate.isValid())
            return damaged(tr("malformed review date \"%1\"").arg(reviewDate));
    }
    process.nextItemId = query.value(5).toInt();
    // The SLA clock (see slaClockSchema), checked as the document checks it: a value typed into
    // the file by hand must not reach the metrics.
    if (schemaVersion() >= slaClockSchema) {
        query.prepare(QStringLiteral("SELECT sla_clock, working_hours, time_zone, holidays"
                                     " FROM processes WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            failQuery(query, tr("reading the process"));
            return std::nullopt;
        }
        const std::optional<Process::SlaClock> clock = slaClockFromWord(query.value(0).toString());
        if (!clock)
            return damaged(tr("unknown SLA clock \"%1\"").arg(query.value(0).toString()));
        process.slaClock = *clock;
        QString calendarError;
        const QString workingHours = query.value(1).toString();
        if (!workingHours.isEmpty()) {
            const auto week = BusinessCalendar::parseHours(workingHours, &calendarError);
            if (!week)
                return damaged(calendarError);
            process.workingHours = BusinessCalendar::formatHours(*week);
        }
        const QString timeZone = query.value(2).toString();
        if (!timeZone.isEmpty()) {
            const std::optional<QString> zone
                = BusinessCalendar::canonicalTimeZone(timeZone, &calendarError);
            if (!zone)
                return damaged(calendarError);
            process.timeZone = *zone;
        }
        const std::optional<QVector<QDate>> holidays
            = BusinessCalendar::parseHolidays(query.value(3).toString(), &calendarError);
        if (!holidays)
            return damaged(calendarError);
        process.holidays = *holidays;
    }
    const bool bpmnDetails = schemaVersion() >= bpmnSchema;
    if (bpmnDetails) {
        query.prepare(QStringLiteral("SELECT runs_per_month FROM processes WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            failQuery(query, tr("reading the process"));
            return std::nullopt;
        }
        process.runsPerMonth = std::max(0.0, query.value(0).toDouble());
    }

    query.prepare(QStringLiteral("SELECT id, name, kind, color, height FROM lanes"
                                 " WHERE process_id = ? ORDER BY seq"));
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query, tr("reading the lanes"));
        return std::nullopt;
    }
    while (query.next()) {
        Lane lane;
        lane.id = query.value(0).toInt();
        lane.name = query.value(1).toString();
        const std::optional<Lane::Kind> kind = laneKindFromWord(query.value(2).toString());
        const std::optional<QColor> color = colorFromString(query.value(3).toString());
        if (!kind || !color)
            return damaged(tr("lane %1 has an unknown kind or colour").arg(lane.id));
        lane.kind = *kind;
        lane.color = *color;
        lane.height = query.value(4).toDouble();
        process.lanes.append(lane);
    }

    query.prepare(
        QStringLiteral("SELECT id, kind, name, lane_id, x, y, definition_of_done, inputs, outputs,"
                       " expected_duration_s, sla_s, automation, systems, automation_effort_h,"
                       " event_trigger%1 FROM steps WHERE process_id = ? ORDER BY seq")
            .arg(bpmnDetails ? QLatin1String(", bpmn_element, bpmn_event, attached_to,"
                                             " interrupting, child_process_id, width,"
                                             " height")
                             : QLatin1String("")));
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query, tr("reading the steps"));
        return std::nullopt;
    }
    while (query.next()) {
        Step step;
        step.id = query.value(0).toInt();
        const std::optional<Step::Kind> kind = stepKindFromWord(query.value(1).toString());
        step.name = query.value(2).toString();
        step.laneId = query.value(3).toInt();
        step.pos = QPointF(query.value(4).toDouble(), query.value(5).toDouble());
        step.definitionOfDone = query.value(6).toString();
        const std::optional<QStringList> inputs = listFromJson(query.value(7).toString());
        const std::optional<QStringList> outputs = listFromJson(query.value(8).toString());
        step.expectedDurationS = query.value(9).toLongLong();
        step.slaS = query.value(10).toLongLong();
        const std::optional<Step::Automation> automation
            = automationFromWord(query.value(11).toString());
        const std::optional<QStringList> systems = listFromJson(query.value(12).toString());
        step.automationEffortH = query.value(13).toDouble();
        const std::optional<Step::Trigger> trigger = triggerFromWord(query.value(14).toString());
        if (!kind || !inputs || !outputs || !automation || !systems || !trigger)
            return damaged(tr("step %1 has an unknown kind or a malformed list").arg(step.id));
        step.kind = *kind;
        step.inputs = *inputs;
        step.outputs = *outputs;
        step.automation = *automation;
        step.systems = *systems;
        step.trigger = *trigger;
        if (bpmnDetails) {
            step.bpmnElement = query.value(15).toString();
            step.bpmnEvent = query.value(16).toString();
            step.attachedToStepId = query.value(17).toInt();
            step.interrupting = query.value(18).toBool();
            step.childProcessId = query.value(19).toLongLong();
            const QSizeF size(query.value(20).toDouble(), query.value(21).toDouble());
            if (!size.isEmpty())
                step.size = size;
        }
        process.steps.append(step);
    }

    query.prepare(QStringLiteral("SELECT id, from_step_id, to_step_id, label%1 FROM handoffs"
                                 " WHERE process_id = ? ORDER BY seq")
                      .arg(bpmnDetails ? QLatin1String(", condition") : QLatin1String("")));
    query.addBindValue(id);
    if (!query.exec()) {
        failQuery(query, tr("reading the handoffs"));
        return std::nullopt;
    }
    while (query.next()) {
        Handoff handoff;
        handoff.id = query.value(0).toInt();
        handoff.fromStepId = query.value(1).toInt();
        handoff.toStepId = query.value(2).toInt();
        handoff.label = query.value(3).toString();
        if (bpmnDetails)
            handoff.condition = query.value(4).toString();
        process.handoffs.append(handoff);
    }
    clearError();
    return process;
}

ProcessId Workspace::saveProcess(const Process &process)
{
    if (!checkWritable(tr("save the process")))
        return 0;
    if (!beginWrite())
        return 0;
    const ProcessId id = writeProcess(process);
    if (id == 0) {
        rollback();
        return 0;
    }
    return commit() ? id : 0;
}

QVector<ProcessId> Workspace::insertProcesses(const QVector<Process> &processes)
{
    if (!checkWritable(tr("save the processes")))
        return {};
    const int n = int(processes.size());
    // The linked processes first: a step's child_process_id must name a stored process.
    QVector<int> order;
    QVector<char> state(n, 0); // 0 new, 1 being visited, 2 ordered
    bool cyclic = false;
    const std::function<void(int)> visit = [&](int i) {
        if (state[i] == 2 || cyclic)
            return;
        if (state[i] == 1) {
            cyclic = true;
            return;
        }
        state[i] = 1;
        for (const Step &step : processes[i].steps) {
            const qint64 link = -step.childProcessId;
            if (link > 0 && link < n)
                visit(int(link));
        }
        state[i] = 2;
        order.append(i);
    };
    for (int i = 0; i < n; ++i)
        visit(i);
    for (const Process &process : processes) {
        for (const Step &step : process.steps) {
            if (step.childProcessId < 0 && -step.childProcessId >= n)
                cyclic = true;
        }
    }
    if (cyclic) {
        fail(ErrorKind::Invalid, tr("The processes to save link to each other in a circle."));
        return {};
    }
    if (!beginWrite())
        return {};
    QVector<ProcessId> ids(n, 0);
    for (int i : std::as_const(order)) {
        Process process = processes[i];
        process.id = 0;
        for (Step &step : process.steps) {
            if (step.childProcessId < 0)
                step.childProcessId = ids[int(-step.childProcessId)];
        }
        ids[i] = writeProcess(process);
        if (ids[i] == 0) {
            rollback();
            return {};
        }
    }
    if (!commit())
        return {};
    return ids;
}

ProcessId Workspace::writeProcess(const Process &process)
{
    // The name is checked inside the write transaction, so no other writer can take it between
    // the check and the insert.
    if (!checkName(process.name, process.id))
        return 0;

    QSqlDatabase db = database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant reviewDate = process.reviewDate.isValid()
        ? QVariant(process.reviewDate.toString(Qt::ISODate))
        : QVariant(QMetaType::fromType<QString>());

    QSqlQuery query(db);
    ProcessId id = process.id;
    if (id == 0) {
        query.prepare(QStringLiteral(
            "INSERT INTO processes (name, owner, description, sla_target_s, review_date,"
            " next_item_id, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE processes SET name = ?, owner = ?, description = ?, sla_target_s = ?,"
            " review_date = ?, next_item_id = ?, modified_at = ? WHERE id = ?"));
    }
    query.addBindValue(text(process.name));
    query.addBindValue(text(process.owner));
    query.addBindValue(text(process.description));
    query.addBindValue(process.slaTargetS);
    query.addBindValue(reviewDate);
    query.addBindValue(process.nextItemId);
    if (id == 0) {
        query.addBindValue(now);
        query.addBindValue(now);
    } else {
        query.addBindValue(now);
        query.addBindValue(id);
    }
    if (!query.exec()) {
        failQuery(query, tr("saving the process"));
        return 0;
    }
    if (id == 0) {
        id = query.lastInsertId().toLongLong();
    } else if (query.numRowsAffected() == 0) {
        fail(ErrorKind::NotFound, tr("There is no process %1 in %2.").arg(id).arg(nativePath()));
        return 0;
    }
    // The SLA clock (see slaClockSchema).
    if (schemaVersion() >= slaClockSchema) {
        query.prepare(QStringLiteral("UPDATE processes SET sla_clock = ?, working_hours = ?,"
                                     " time_zone = ?, holidays = ? WHERE id = ?"));
        query.addBindValue(slaClockWord(process.slaClock));
        query.addBindValue(text(process.workingHours));
        query.addBindValue(text(process.timeZone));
        query.addBindValue(text(BusinessCalendar::formatHolidays(process.holidays)));
        query.addBindValue(id);
        if (!query.exec()) {
            failQuery(query, tr("saving the process"));
            return 0;
        }
    }
    const bool bpmnDetails = schemaVersion() >= bpmnSchema;
    if (bpmnDetails) {
        query.prepare(QStringLiteral("UPDATE processes SET runs_per_month = ? WHERE id = ?"));
        query.addBindValue(process.runsPerMonth);
        query.addBindValue(id);
        if (!query.exec()) {
            failQuery(query, tr("saving the process"));
            return 0;
        }
    }

    // The map is replaced as a whole: simpler than a diff, and one transaction keeps it atomic.
    for (const char *table : {"handoffs", "steps", "lanes"}) {
        query.prepare(
            QStringLiteral("DELETE FROM %1 WHERE process_id = ?").arg(QLatin1String(table)));
        query.addBindValue(id);
        if (!query.exec()) {
            failQuery(query, tr("saving the process"));
            return 0;
        }
    }

    query.prepare(QStringLiteral("INSERT INTO lanes (process_id, id, seq, name, kind, color,"
                                 " height) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < process.lanes.size(); ++i) {
        const Lane &lane = process.lanes.at(i);
        query.addBindValue(id);
        query.addBindValue(lane.id);
        query.addBindValue(i);
        query.addBindValue(text(lane.name));
        query.addBindValue(laneKindWord(lane.kind));
        query.addBindValue(lane.color.isValid() ? QVariant(colorToString(lane.color))
                                                : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(lane.height);
        if (!query.exec()) {
            failQuery(query, tr("saving lane %1").arg(lane.id));
            return 0;
        }
    }

    query.prepare(
        QStringLiteral(
            "INSERT INTO steps (process_id, id, seq, kind, name, lane_id, x, y, definition_of_done,"
            " inputs, outputs, expected_duration_s, sla_s, automation, systems,"
            " automation_effort_h, event_trigger%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?%2)")
            .arg(bpmnDetails ? QLatin1String(", bpmn_element, bpmn_event, attached_to,"
                                             " interrupting, child_process_id, width, height")
                             : QLatin1String(""),
                 bpmnDetails ? QLatin1String(", ?, ?, ?, ?, ?, ?, ?") : QLatin1String("")));
    for (int i = 0; i < process.steps.size(); ++i) {
        const Step &step = process.steps.at(i);
        query.addBindValue(id);
        query.addBindValue(step.id);
        query.addBindValue(i);
        query.addBindValue(stepKindWord(step.kind));
        query.addBindValue(text(step.name));
        query.addBindValue(step.laneId);
        query.addBindValue(step.pos.x());
        query.addBindValue(step.pos.y());
        query.addBindValue(text(step.definitionOfDone));
        query.addBindValue(jsonList(step.inputs));
        query.addBindValue(jsonList(step.outputs));
        query.addBindValue(step.expectedDurationS);
        query.addBindValue(step.slaS);
        query.addBindValue(automationWord(step.automation));
        query.addBindValue(jsonList(step.systems));
        query.addBindValue(step.automationEffortH);
        query.addBindValue(triggerWord(step.trigger));
        if (bpmnDetails) {
            query.addBindValue(text(step.bpmnElement));
            query.addBindValue(text(step.bpmnEvent));
            query.addBindValue(step.attachedToStepId);
            query.addBindValue(step.interrupting ? 1 : 0);
            query.addBindValue(step.childProcessId != 0 ? QVariant(step.childProcessId)
                                                        : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(step.size.isEmpty() ? 0.0 : step.size.width());
            query.addBindValue(step.size.isEmpty() ? 0.0 : step.size.height());
        }
        if (!query.exec()) {
            failQuery(query, tr("saving step %1").arg(step.id));
            return 0;
        }
    }

    query.prepare(QStringLiteral("INSERT INTO handoffs (process_id, id, seq, from_step_id,"
                                 " to_step_id, label%1) VALUES (?, ?, ?, ?, ?, ?%2)")
                      .arg(bpmnDetails ? QLatin1String(", condition") : QLatin1String(""),
                           bpmnDetails ? QLatin1String(", ?") : QLatin1String("")));
    for (int i = 0; i < process.handoffs.size(); ++i) {
        const Handoff &handoff = process.handoffs.at(i);
        query.addBindValue(id);
        query.addBindValue(handoff.id);
        query.addBindValue(i);
        query.addBindValue(handoff.fromStepId);
        query.addBindValue(handoff.toStepId);
        query.addBindValue(text(handoff.label));
        if (bpmnDetails)
            query.addBindValue(text(handoff.condition));
        if (!query.exec()) {
            failQuery(query, tr("saving handoff %1").arg(handoff.id));
            return 0;
        }
    }
    return id;
}

// --- revisions

qint64 Workspace::saveRevision(const Process &process, const QString &note)
{
    if (!checkWritable(tr("save a revision")))
        return 0;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO revisions (process_id, created_at, note, snapshot)"
                                 " SELECT id, ?, ?, ? FROM processes WHERE id = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(text(note));
    query.addBindValue(QString::fromUtf8(processToJsonData(process)));
    query.addBindValue(process.id);
    if (!query.exec()) {
        failQuery(query, tr("saving a revision"));
        return 0;
    }
    if (query.numRowsAffected() == 0) {
        fail(ErrorKind::NotFound,
             tr("There is no process %1 in %2: save it before a revision of it.")
                 .arg(process.id)
                 .arg(nativePath()));
        return 0;
    }
    clearError();
    return query.lastInsertId().toLongLong();
}

QVector<RevisionInfo> Workspace::revisions(ProcessId processId) const
{
    QVector<RevisionInfo> list;
    if (!checkOpen())
        return list;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, created_at, note FROM revisions"
                                 " WHERE process_id = ? ORDER BY created_at DESC, id DESC"));
    query.addBindValue(processId);
    if (!query.exec()) {
        failQuery(query, tr("listing the revisions"));
        return list;
    }
    while (query.next()) {
        RevisionInfo info;
        info.id = query.value(0).toLongLong();
        info.processId = processId;
        info.created = fromMs(query.value(1).toLongLong());
        info.note = query.value(2).toString();
        list.append(info);
    }
    clearError();
    return list;
}

std::optional<Process> Workspace::loadRevision(qint64 revisionId) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT snapshot FROM revisions WHERE id = ?"));
    query.addBindValue(revisionId);
    if (!query.exec()) {
        failQuery(query, tr("reading the revision"));
        return std::nullopt;
    }
    if (!query.next()) {
        fail(ErrorKind::NotFound,
             tr("There is no revision %1 in %2.").arg(revisionId).arg(nativePath()));
        return std::nullopt;
    }
    QString error;
    std::optional<Process> process
        = processFromJsonData(query.value(0).toString().toUtf8(), &error);
    if (!process) {
        fail(ErrorKind::Database,
             tr("Revision %1 in %2 is damaged: %3").arg(revisionId).arg(nativePath(), error));
        return std::nullopt;
    }
    clearError();
    return process;
}

// --- helpers

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Workspace::checkOpen() const
{
    if (!m_isOpen)
        return fail(ErrorKind::Io, tr("No workspace is open."));
    return true;
}

bool Workspace::checkWritable(const QString &action) const
{
    if (!checkOpen())
        return false;
    if (m_readOnly) {
        return fail(ErrorKind::ReadOnly,
                    tr("Cannot %1: %2 is open read-only.").arg(action, nativePath()));
    }
    return true;
}

bool Workspace::beginWrite()
{
    // IMMEDIATE takes the write lock now, waiting up to the busy timeout; a deferred transaction
    // would fail at its first write, without waiting, when another writer got there first.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failQuery(query, tr("starting to write"));
    return true;
}

bool Workspace::commit()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        failQuery(query, tr("saving"));
        rollback();
        return false;
    }
    clearError();
    return true;
}

void Workspace::rollback()
{
    QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
}

bool Workspace::fail(ErrorKind kind, const QString &message) const
{
    m_errorKind = kind;
    m_errorString = message;
    return false;
}

bool Workspace::failQuery(const QSqlQuery &query, const QString &what) const
{
    return failSql(query.lastError(), what);
}

bool Workspace::failSql(const QSqlError &error, const QString &what) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    ErrorKind kind = ErrorKind::Database;
    switch (sqliteCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return fail(ErrorKind::Locked,
                    tr("%1 is locked: another program or Stepwise window is writing to it "
                       "(waited %2 ms while %3).")
                        .arg(nativePath())
                        .arg(m_busyTimeoutMs)
                        .arg(what));
    case SqliteReadOnly:
        kind = ErrorKind::ReadOnly;
        break;
    case SqliteNotADb:
    case SqliteCorrupt:
        kind = ErrorKind::NotAWorkspace;
        break;
    case SqliteIoErr:
    case SqliteFull:
    case SqliteCantOpen:
        kind = ErrorKind::Io;
        break;
    default:
        break;
    }
    return fail(kind, tr("%1: %2 failed: %3").arg(nativePath(), what, detail));
}

void Workspace::clearError() const
{
    m_errorKind = ErrorKind::None;
    m_errorString.clear();
}

QString Workspace::nativePath() const
{
    return QDir::toNativeSeparators(m_path);
}

std::shared_ptr<const RunLog> readRunsOnThisThread(const QString &path, ProcessId processId,
                                                   QString *error)
{
    Workspace workspace;
    if (!workspace.openReader(path)) {
        *error = workspace.errorString();
        return nullptr;
    }
    std::optional<RunLog> runs = workspace.loadRuns(processId);
    if (!runs) {
        *error = workspace.errorString();
        return nullptr;
    }
    return std::make_shared<const RunLog>(std::move(*runs));
}

} // namespace Stepwise
