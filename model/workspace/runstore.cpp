// The runs of a process in the workspace: Workspace::saveRuns(), loadRuns(), runCount() and
// deleteRuns(). All SQL about runs lives here.

#include "workspace.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>
#include <vector>

#include <sqlite3.h>

namespace Stepwise {

namespace {

QVariant nullableTime(qint64 ms)
{
    return ms == NoTime ? QVariant(QMetaType::fromType<qint64>()) : QVariant(ms);
}

qint64 timeOrNone(const QVariant &value)
{
    return value.isNull() ? NoTime : value.toLongLong();
}

// How often a long write looks at the cancel flag and reports progress.
constexpr int runsPerPoll = 256;
// Rows per INSERT of the bulk path: 6 values each, well inside SQLite's 999 bound values.
constexpr int executionsPerStatement = 64;

// The connection's sqlite3 handle, or null when the driver is another one. QSQLITE links the
// system's libsqlite3 (as this library does), so the handle is valid here: the bulk insert of an
// import then runs on SQLite's own API, about four times faster than through QSqlQuery's
// QVariant binding. Other drivers (PostgreSQL, later) take the portable QSqlQuery path.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

const char insertRunSql[] = "INSERT INTO runs (process_id, case_id, first_ms, last_ms, events,"
                            " execution_count, owner_changes) VALUES (?, ?, ?, ?, ?, ?, ?)";
const char insertExecutionSql[] = "INSERT INTO executions (run_id, seq, activity_id, resource_id,"
                                  " start_ms, complete_ms) VALUES (?, ?, ?, ?, ?, ?)";

// Hands items from one thread to another, in order.
template<typename T>
class HandOver
{
public:
    void push(T item)
    {
        const QMutexLocker locker(&m_mutex);
        m_items.push_back(std::move(item));
        m_ready.wakeOne();
    }
    /// No more items will come.
    void close()
    {
        const QMutexLocker locker(&m_mutex);
        m_closed = true;
        m_ready.wakeOne();
    }
    /// Waits for the next item; false once the producer has closed and every item is taken.
    bool pop(T *item)
    {
        const QMutexLocker locker(&m_mutex);
        while (m_items.empty() && !m_closed)
            m_ready.wait(&m_mutex);
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        return true;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace

ProcessId Workspace::saveRuns(ProcessId processId, const RunLog &log,
                              const RunWriteOptions &options)
{
    if (!checkWritable(tr("import runs")))
        return 0;
    // SQLite checks every foreign key of every row inserted, about a quarter of the time of a
    // large import. writeRuns() references only the process it checked and the runs and names it
    // inserted or read in this same transaction, and deletes children before parents, so the
    // checks are off while it writes (the pragma is a no-op inside a transaction: it is set
    // before and restored after).
    QSqlQuery pragma(database());
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    ProcessId id = 0;
    if (beginWrite()) {
        id = writeRuns(processId, log, options);
        if (id == 0) {
            const ErrorKind kind = m_errorKind;
            const QString message = m_errorString;
            rollback();
            fail(kind, message);
        } else if (!commit()) {
            id = 0;
        }
    }
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return id;
}

ProcessId Workspace::writeRuns(ProcessId processId, const RunLog &log,
                               const RunWriteOptions &options)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    bool newProcess = false;
    if (options.create) {
        Process process = *options.create;
        process.id = 0;
        processId = writeProcess(process);
        if (processId == 0)
            return 0;
        newProcess = true;
    } else {
        query.prepare(QStringLiteral("SELECT name FROM processes WHERE id = ?"));
        query.addBindValue(processId);
        if (!query.exec()) {
            failQuery(query, tr("importing runs"));
            return 0;
        }
        if (!query.next()) {
            fail(ErrorKind::NotFound,
                 tr("There is no process %1 in %2.").arg(processId).arg(nativePath()));
            return 0;
        }
    }
    const auto cancelled = [&] {
        if (options.cancelled && options.cancelled()) {
            fail(ErrorKind::Cancelled, tr("The import was cancelled; nothing was written."));
            return true;
        }
        return false;
    };

    // Cases already there: refused, or replaced.
    if (!newProcess) {
        QHash<QString, qint64> existing;
        query.prepare(QStringLiteral("SELECT id, case_id FROM runs WHERE process_id = ?"));
        query.addBindValue(processId);
        if (!query.exec()) {
            failQuery(query, tr("importing runs"));
            return 0;
        }
        while (query.next())
            existing.insert(query.value(1).toString(), query.value(0).toLongLong());
        query.finish();
        if (!existing.isEmpty()) {
            QVector<qint64> duplicates;
            QString first;
            for (const Run &run : log.runs) {
                const auto it = existing.constFind(run.caseId);
                if (it == existing.cend())
                    continue;
                if (duplicates.isEmpty())
                    first = run.caseId;
                duplicates.append(it.value());
            }
            if (!duplicates.isEmpty() && !options.replace) {
                fail(ErrorKind::Invalid,
                     tr("The process already has %n of these runs (the first: case \"%1\"); "
                        "nothing was imported.",
                        nullptr, int(duplicates.size()))
                         .arg(first));
                return 0;
            }
            // Children first: foreign keys (and their cascades) are off here.
            for (const char *sql :
                 {"DELETE FROM executions WHERE run_id = ?", "DELETE FROM runs WHERE id = ?"}) {
                query.prepare(QLatin1String(sql));
                for (const qint64 id : qAsConst(duplicates)) {
                    query.bindValue(0, id);
                    if (!query.exec()) {
                        failQuery(query, tr("replacing runs"));
                        return 0;
                    }
                }
            }
        }
    }

    // The names, interned per process.
    const auto intern = [&](const char *table, const QStringList &names, QVector<qint64> *ids) {
        QHash<QString, qint64> known;
        QSqlQuery select(db);
        select.prepare(QStringLiteral("SELECT id, name FROM %1 WHERE process_id = ?")
                           .arg(QLatin1String(table)));
        select.addBindValue(processId);
        if (!select.exec())
            return failQuery(select, tr("importing runs"));
        while (select.next())
            known.insert(select.value(1).toString(), select.value(0).toLongLong());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (process_id, name) VALUES (?, ?)")
                           .arg(QLatin1String(table)));
        ids->reserve(names.size());
        for (const QString &name : names) {
            auto it = known.constFind(name);
            if (it == known.cend()) {
                insert.bindValue(0, processId);
                insert.bindValue(1, name.isNull() ? QStringLiteral("") : name);
                if (!insert.exec())
                    return failQuery(insert, tr("importing runs"));
                it = known.insert(name, insert.lastInsertId().toLongLong());
            }
            ids->append(it.value());
        }
        return true;
    };
    QVector<qint64> activityIds;
    QVector<qint64> resourceIds;
    if (!intern("activities", log.activities, &activityIds)
        || !intern("resources", log.resources, &resourceIds))
        return 0;

    for (const Run &run : log.runs) {
        for (const Execution &execution : run.executions) {
            if (execution.completeMs == NoTime || execution.activity < 0
                || execution.activity >= activityIds.size()
                || execution.resource >= resourceIds.size()) {
                fail(ErrorKind::Invalid,
                     tr("Run \"%1\" has an execution without an end or a name.").arg(run.caseId));
                return 0;
            }
        }
    }
    const qint64 total = log.runs.size();

    // A bulk load: executions' secondary indexes (by activity, so far) are dropped and built
    // again after the rows are in, when the import brings at least as many executions as the
    // table holds. Kept up to date row by row, the index by activity takes 1.8 s of a million
    // executions' 3.2 s, as its rows go to one insertion point per activity; built at the end
    // from a sort, 0.7 s. The cost of a rebuild stays bounded by the import's own size, and it
    // is all in the transaction: a failure or a cancel rolls the indexes back with the rows.
    qint64 newExecutions = 0;
    for (const Run &run : log.runs)
        newExecutions += run.executions.size();
    QStringList rebuild;
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM executions LIMIT ?)"));
    query.addBindValue(newExecutions);
    if (!query.exec() || !query.next()) {
        failQuery(query, tr("importing runs"));
        return 0;
    }
    if (newExecutions > 0 && query.value(0).toLongLong() < newExecutions) {
        query.finish();
        if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                       " AND tbl_name = 'executions' AND sql IS NOT NULL"))) {
            failQuery(query, tr("importing runs"));
            return 0;
        }
        QStringList drop;
        while (query.next()) {
            drop.append(query.value(0).toString());
            rebuild.append(query.value(1).toString());
        }
        query.finish();
        for (QString name : qAsConst(drop)) {
            name.replace(QLatin1Char('"'), QLatin1String("\"\""));
            if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
                failQuery(query, tr("importing runs"));
                return 0;
            }
        }
    }
    query.finish();

    // Consecutive executions whose resources are both known and differ (runbrowse.cpp and the
    // migration to schema 3 count them the same way).
    const auto ownerChanges = [&](const Run &run) {
        int changes = 0;
        for (int i = 1; i < run.executions.size(); ++i) {
            const int a = run.executions.at(i - 1).resource;
            const int b = run.executions.at(i).resource;
            if (a >= 0 && b >= 0 && resourceIds.at(a) != resourceIds.at(b))
                ++changes;
        }
        return changes;
    };
    const auto poll = [&](qint64 r) {
        if (r % runsPerPoll != 0)
            return true;
        if (cancelled())
            return false;
        if (options.progress)
            options.progress(r, total);
        return true;
    };

    if (sqlite3 *handle = sqliteHandle(db)) {
        const auto failSqlite = [&](const QString &what) {
            return failSql(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                                     QSqlError::StatementError,
                                     QString::number(sqlite3_extended_errcode(handle))),
                           what);
        };
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(handle, insertRunSql, -1, &raw, nullptr) != SQLITE_OK) {
            failSqlite(tr("importing runs"));
            return 0;
        }
        const Statement insertRun(raw);
        // Executions go in batches of executionsPerStatement rows per INSERT: SQLite's cost per
        // statement (and per row bound separately) is then paid once per batch.
        QByteArray batchSql = insertExecutionSql;
        for (int i = 1; i < executionsPerStatement; ++i)
            batchSql += ", (?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v2(handle, batchSql.constData(), int(batchSql.size()), &raw, nullptr)
            != SQLITE_OK) {
            failSqlite(tr("importing runs"));
            return 0;
        }
        const Statement insertBatch(raw);
        if (sqlite3_prepare_v2(handle, insertExecutionSql, -1, &raw, nullptr) != SQLITE_OK) {
            failSqlite(tr("importing runs"));
            return 0;
        }
        const Statement insertExecution(raw);
        const auto bindTime = [](sqlite3_stmt *statement, int column, qint64 ms) {
            return ms == NoTime ? sqlite3_bind_null(statement, column)
                                : sqlite3_bind_int64(statement, column, ms);
        };
        sqlite3_stmt *runStatement = insertRun.get();
        // Binds one execution as the row'th of a statement.
        const auto bindExecution = [&](sqlite3_stmt *statement, int row, qint64 runId, int seq,
                                       const Execution &execution) {
            const int c = row * 6;
            sqlite3_bind_int64(statement, c + 1, runId);
            sqlite3_bind_int(statement, c + 2, seq);
            sqlite3_bind_int64(statement, c + 3, activityIds.at(execution.activity));
            if (execution.resource < 0)
                sqlite3_bind_null(statement, c + 4);
            else
                sqlite3_bind_int64(statement, c + 4, resourceIds.at(execution.resource));
            bindTime(statement, c + 5, execution.startMs);
            sqlite3_bind_int64(statement, c + 6, execution.completeMs);
        };
        const auto step = [&](sqlite3_stmt *statement) {
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            return rc == SQLITE_DONE;
        };
        struct Pending
        {
            qint64 runId;
            int seq;
            const Execution *execution;
        };
        std::vector<Pending> pending;
        pending.reserve(executionsPerStatement);
        const auto flush = [&](sqlite3_stmt *statement, int rows) {
            for (int row = 0; row < rows; ++row) {
                const Pending &p = pending[std::size_t(row)];
                bindExecution(statement, row, p.runId, p.seq, *p.execution);
            }
            return step(statement);
        };
        for (qint64 r = 0; r < total; ++r) {
            if (!poll(r))
                return 0;
            const Run &run = log.runs.at(r);
            const QByteArray caseId = run.caseId.toUtf8();
            sqlite3_bind_int64(runStatement, 1, processId);
            sqlite3_bind_text(runStatement, 2, caseId.constData(), int(caseId.size()),
                              SQLITE_STATIC);
            bindTime(runStatement, 3, run.firstMs);
            bindTime(runStatement, 4, run.lastMs);
            sqlite3_bind_int64(runStatement, 5, run.events);
            sqlite3_bind_int(runStatement, 6, int(run.executions.size()));
            sqlite3_bind_int(runStatement, 7, ownerChanges(run));
            if (!step(runStatement)) {
                failSqlite(tr("importing run \"%1\"").arg(run.caseId));
                return 0;
            }
            const qint64 runId = sqlite3_last_insert_rowid(handle);
            for (int i = 0; i < run.executions.size(); ++i) {
                pending.push_back({runId, i, &run.executions.at(i)});
                if (int(pending.size()) == executionsPerStatement) {
                    if (!flush(insertBatch.get(), executionsPerStatement)) {
                        failSqlite(tr("importing run \"%1\"").arg(run.caseId));
                        return 0;
                    }
                    pending.clear();
                }
            }
        }
        // The last, partial batch row by row.
        for (const Pending &p : pending) {
            bindExecution(insertExecution.get(), 0, p.runId, p.seq, *p.execution);
            if (!step(insertExecution.get())) {
                failSqlite(tr("importing runs"));
                return 0;
            }
        }
    } else {
        QSqlQuery insertRun(db);
        QSqlQuery insertExecution(db);
        if (!insertRun.prepare(QLatin1String(insertRunSql))
            || !insertExecution.prepare(QLatin1String(insertExecutionSql))) {
            failQuery(insertRun.lastError().isValid() ? insertRun : insertExecution,
                      tr("importing runs"));
            return 0;
        }
        const QVariant noResource(QMetaType::fromType<qint64>());
        for (qint64 r = 0; r < total; ++r) {
            if (!poll(r))
                return 0;
            const Run &run = log.runs.at(r);
            insertRun.bindValue(0, processId);
            insertRun.bindValue(1, run.caseId.isNull() ? QStringLiteral("") : run.caseId);
            insertRun.bindValue(2, nullableTime(run.firstMs));
            insertRun.bindValue(3, nullableTime(run.lastMs));
            insertRun.bindValue(4, run.events);
            insertRun.bindValue(5, int(run.executions.size()));
            insertRun.bindValue(6, ownerChanges(run));
            if (!insertRun.exec()) {
                failQuery(insertRun, tr("importing run \"%1\"").arg(run.caseId));
                return 0;
            }
            const qint64 runId = insertRun.lastInsertId().toLongLong();
            for (int i = 0; i < run.executions.size(); ++i) {
                const Execution &execution = run.executions.at(i);
                insertExecution.bindValue(0, runId);
                insertExecution.bindValue(1, i);
                insertExecution.bindValue(2, activityIds.at(execution.activity));
                insertExecution.bindValue(3,
                                          execution.resource < 0
                                              ? noResource
                                              : QVariant(resourceIds.at(execution.resource)));
                insertExecution.bindValue(4, nullableTime(execution.startMs));
                insertExecution.bindValue(5, execution.completeMs);
                if (!insertExecution.exec()) {
                    failQuery(insertExecution, tr("importing run \"%1\"").arg(run.caseId));
                    return 0;
                }
            }
        }
    }
    if (cancelled())
        return 0;
    for (const QString &sql : qAsConst(rebuild)) {
        if (!query.exec(sql)) {
            failQuery(query, tr("importing runs"));
            return 0;
        }
    }
    // After a bulk load, the planner's statistics of the runs table (0.06 s for 110,000 runs):
    // without them it reads a process's runs through the index by process, a probe per run and
    // a sort by id, where a scan in id order is twice as fast when the process has most runs.
    if (!rebuild.isEmpty() && !query.exec(QStringLiteral("ANALYZE runs"))) {
        failQuery(query, tr("importing runs"));
        return 0;
    }
    if (options.progress)
        options.progress(total, total);

    query.prepare(QStringLiteral("UPDATE processes SET modified_at = ? WHERE id = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(processId);
    if (!query.exec()) {
        failQuery(query, tr("importing runs"));
        return 0;
    }
    return processId;
}

std::optional<RunLog> Workspace::loadRuns(ProcessId processId, qint64 fromMs, qint64 toMs) const
{
    if (!checkOpen())
        return std::nullopt;
    QSqlDatabase db = database();
    RunLog log;

    // Names: indexes into the log's lists by their ids. The ids of a process's names are few
    // and nearly consecutive: a table from the first id up serves a million lookups faster
    // than a hash.
    struct NameIndex
    {
        qint64 firstId = 0;
        std::vector<int> indexes; ///< by id - firstId; -1 for an id of another process

        int at(qint64 id) const
        {
            const qint64 i = id - firstId;
            return i >= 0 && i < qint64(indexes.size()) ? indexes[std::size_t(i)] : -1;
        }
    };
    NameIndex activityIndex;
    NameIndex resourceIndex;
    const auto names = [&](const char *table, QStringList *list, NameIndex *index) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, name FROM %1 WHERE process_id = ? ORDER BY id")
                          .arg(QLatin1String(table)));
        query.addBindValue(processId);
        if (!query.exec())
            return failQuery(query, tr("reading the runs"));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (list->isEmpty())
                index->firstId = id;
            index->indexes.resize(std::size_t(id - index->firstId + 1), -1);
            index->indexes.back() = int(list->size());
            list->append(query.value(1).toString());
        }
        return true;
    };
    if (!names("activities", &log.activities, &activityIndex)
        || !names("resources", &log.resources, &resourceIndex))
        return std::nullopt;

    QString window;
    if (fromMs != NoTime)
        window += QLatin1String(" AND r.first_ms >= ?");
    if (toMs != NoTime)
        window += QLatin1String(" AND r.first_ms < ?");
    const auto bindWindow = [&](QSqlQuery &query) {
        query.addBindValue(processId);
        if (fromMs != NoTime)
            query.addBindValue(fromMs);
        if (toMs != NoTime)
            query.addBindValue(toMs);
    };

    const QString runsSql = QStringLiteral("SELECT r.id, r.case_id, r.first_ms, r.last_ms, r.events"
                                           " FROM runs r WHERE r.process_id = ?%1 ORDER BY r.id")
                                .arg(window);
    // Executions are clustered by (run_id, seq): the runs' ids, taken in stretches of
    // consecutive ids, are read as range scans in order, with no index probe per run and no
    // lookup per row (a row of run id goes to run first + id - from). An import inserts a
    // process's runs with consecutive ids, so a whole process is usually one stretch.
    const char executionsSql[] = "SELECT run_id, seq, activity_id, resource_id, start_ms,"
                                 " complete_ms FROM executions WHERE run_id BETWEEN ? AND ?";
    struct Stretch
    {
        qint64 fromId;
        qint64 toId;
        int first; ///< index into log.runs of the run fromId
    };
    QVector<Stretch> stretches;
    // One row of each query, whichever API reads it.
    const auto addRun = [&](qint64 id, QString caseId, qint64 firstMs, qint64 lastMs, int events) {
        if (!stretches.isEmpty() && stretches.last().toId == id - 1)
            stretches.last().toId = id;
        else
            stretches.append({id, id, int(log.runs.size())});
        Run run;
        run.caseId = std::move(caseId);
        run.firstMs = firstMs;
        run.lastMs = lastMs;
        run.events = events;
        // Every execution comes from at least one event: enough room, without regrowing.
        run.executions.reserve(events);
        log.runs.append(run);
    };
    const auto addExecution = [&](const Stretch &stretch, qint64 runId, int seq, qint64 activityId,
                                  qint64 resourceId, qint64 startMs, qint64 completeMs) {
        Execution execution;
        execution.order = seq;
        execution.activity = activityIndex.at(activityId);
        execution.resource = resourceId == NoTime ? -1 : resourceIndex.at(resourceId);
        execution.startMs = startMs;
        execution.completeMs = completeMs;
        if (execution.activity < 0) {
            return fail(ErrorKind::Database,
                        tr("The runs of process %1 in %2 are damaged: an execution names no "
                           "activity.")
                            .arg(processId)
                            .arg(nativePath()));
        }
        log.runs[stretch.first + int(runId - stretch.fromId)].executions.append(execution);
        return true;
    };

    if (sqlite3 *handle = sqliteHandle(db)) {
        // The fast path, as in writeRuns(): a million executions read in a fraction of the time
        // QSqlQuery takes to wrap every value in a QVariant.
        const auto failSqlite = [&] {
            return failSql(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                                     QSqlError::StatementError,
                                     QString::number(sqlite3_extended_errcode(handle))),
                           tr("reading the runs"));
        };
        const auto prepare = [&](const QByteArray &sql, Statement *statement) {
            sqlite3_stmt *raw = nullptr;
            if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &raw, nullptr)
                != SQLITE_OK)
                return false;
            statement->reset(raw);
            return true;
        };
        const auto timeAt = [](sqlite3_stmt *statement, int column) {
            return sqlite3_column_type(statement, column) == SQLITE_NULL
                ? NoTime
                : qint64(sqlite3_column_int64(statement, column));
        };
        // Read the file through a memory map rather than a read() per 4 KiB page, a third of
        // the time of a large load. A connection setting; SQLite falls back to reads where
        // mapping is not available.
        sqlite3_exec(handle, "PRAGMA mmap_size = 268435456", nullptr, nullptr, nullptr);
        Statement runsQuery;
        Statement executionsQuery;
        if (!prepare(runsSql.toUtf8(), &runsQuery)
            || !prepare(QByteArray::fromRawData(executionsSql, sizeof executionsSql - 1),
                        &executionsQuery)) {
            failSqlite();
            return std::nullopt;
        }
        int column = 1;
        sqlite3_bind_int64(runsQuery.get(), column++, processId);
        if (fromMs != NoTime)
            sqlite3_bind_int64(runsQuery.get(), column++, fromMs);
        if (toMs != NoTime)
            sqlite3_bind_int64(runsQuery.get(), column++, toMs);

        // The machine's cores share the work: reader threads step SQLite's statements and hand
        // the raw rows over in chunks, while this thread makes runs and executions of them. A
        // large load reads the second half of the executions through a second, read-only
        // connection; a write lock held meanwhile (no write, only the lock) keeps other
        // connections from committing between the two, so both see the same runs. Where the lock
        // is not to be had (a read-only file, a writer at work), one reader does it all. For a
        // million executions, the whole `stats` command takes 0.58 s with one reader, 0.45 s with
        // two.
        struct RawRun
        {
            qint64 id;
            QByteArray caseId;
            qint64 firstMs;
            qint64 lastMs;
            int events;
        };
        struct RawExecution
        {
            qint64 runId;
            qint64 activityId;
            qint64 resourceId;
            qint64 startMs;
            qint64 completeMs;
            int seq;
        };
        struct Chunk
        {
            std::vector<RawRun> runs;
            std::vector<RawExecution> executions;
        };
        struct Reader
        {
            HandOver<Chunk> handOver;
            QVector<Stretch> ranges; ///< the stretches of run ids it reads
            int rc = SQLITE_DONE;
            QString error;
        };
        constexpr std::size_t chunkRows = 8192;
        constexpr qint64 parallelEvents = 100000;
        Reader readers[2];
        std::atomic_bool stop {false};

        // Reads the executions of the reader's ranges with a connection; false on an error.
        const auto readExecutions = [&](sqlite3 *connection, sqlite3_stmt *row, Reader &reader) {
            Chunk chunk;
            chunk.executions.reserve(chunkRows);
            for (const Stretch &range : qAsConst(reader.ranges)) {
                sqlite3_bind_int64(row, 1, range.fromId);
                sqlite3_bind_int64(row, 2, range.toId);
                while ((reader.rc = sqlite3_step(row)) == SQLITE_ROW) {
                    chunk.executions.push_back(
                        {sqlite3_column_int64(row, 0), sqlite3_column_int64(row, 2), timeAt(row, 3),
                         timeAt(row, 4), sqlite3_column_int64(row, 5), sqlite3_column_int(row, 1)});
                    if (chunk.executions.size() == chunkRows) {
                        if (stop.load(std::memory_order_relaxed))
                            break;
                        reader.handOver.push(std::move(chunk));
                        chunk = Chunk();
                        chunk.executions.reserve(chunkRows);
                    }
                }
                sqlite3_reset(row);
                if (reader.rc != SQLITE_DONE && reader.rc != SQLITE_ROW)
                    break;
            }
            if (reader.rc == SQLITE_ROW) // stopped
                reader.rc = SQLITE_DONE;
            if (reader.rc != SQLITE_DONE)
                reader.error = QString::fromUtf8(sqlite3_errmsg(connection));
            reader.handOver.push(std::move(chunk));
            reader.handOver.close();
        };

        // The second reader's connection, opened while the first reads the runs.
        struct ConnectionCloser
        {
            void operator()(sqlite3 *connection) const { sqlite3_close(connection); }
        };
        std::unique_ptr<sqlite3, ConnectionCloser> second;
        Statement secondQuery;
        QMutex secondMutex;
        QWaitCondition secondReady;
        bool secondStarted = false; // under secondMutex: readers[1].ranges are set, or none
        // (A read-only connection's BEGIN IMMEDIATE takes no lock at all.)
        const bool locked = !m_readOnly
            && sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        const std::unique_ptr<QThread> secondThread(QThread::create([&] {
            sqlite3 *raw = nullptr;
            const QByteArray file = QFile::encodeName(m_path);
            if (sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                nullptr)
                == SQLITE_OK) {
                second.reset(raw);
                sqlite3_exec(raw, "PRAGMA mmap_size = 268435456", nullptr, nullptr, nullptr);
                sqlite3_stmt *statement = nullptr;
                if (sqlite3_prepare_v2(raw, executionsSql, -1, &statement, nullptr) == SQLITE_OK)
                    secondQuery.reset(statement);
            } else {
                sqlite3_close(raw);
            }
            QMutexLocker locker(&secondMutex);
            while (!secondStarted)
                secondReady.wait(&secondMutex);
            locker.unlock();
            if (readers[1].ranges.isEmpty())
                readers[1].handOver.close();
            else
                readExecutions(second.get(), secondQuery.get(), readers[1]);
        }));
        const std::unique_ptr<QThread> firstThread(QThread::create([&] {
            // The runs first, all in one chunk: their stretches of ids are the ranges to read.
            Chunk runs;
            QVector<Stretch> ranges;
            qint64 events = 0;
            sqlite3_stmt *row = runsQuery.get();
            int rc;
            while ((rc = sqlite3_step(row)) == SQLITE_ROW) {
                const qint64 id = sqlite3_column_int64(row, 0);
                const int runEvents = sqlite3_column_int(row, 4);
                if (!ranges.isEmpty() && ranges.last().toId == id - 1)
                    ranges.last().toId = id;
                else
                    ranges.append({id, id, 0});
                events += runEvents;
                runs.runs.push_back(
                    {id,
                     QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(row, 1)),
                                sqlite3_column_bytes(row, 1)),
                     timeAt(row, 2), timeAt(row, 3), runEvents});
            }
            readers[0].rc = rc;
            if (rc == SQLITE_DONE) {
                // Halves by run ids, splitting the stretch in the middle when there is one.
                if (locked && secondQuery && events >= parallelEvents) {
                    const qint64 middle = runs.runs.at(runs.runs.size() / 2).id;
                    for (const Stretch &range : qAsConst(ranges)) {
                        if (range.toId < middle) {
                            readers[0].ranges.append(range);
                        } else if (range.fromId >= middle) {
                            readers[1].ranges.append(range);
                        } else {
                            readers[0].ranges.append({range.fromId, middle - 1, 0});
                            readers[1].ranges.append({middle, range.toId, 0});
                        }
                    }
                } else {
                    readers[0].ranges = ranges;
                }
            }
            {
                const QMutexLocker locker(&secondMutex);
                secondStarted = true;
                secondReady.wakeOne();
            }
            if (rc != SQLITE_DONE) {
                readers[0].error = QString::fromUtf8(sqlite3_errmsg(handle));
                readers[0].handOver.close();
                return;
            }
            readers[0].handOver.push(std::move(runs));
            readExecutions(handle, executionsQuery.get(), readers[0]);
        }));
        secondThread->start();
        firstThread->start();

        bool built = true;
        for (Reader &reader : readers) {
            int stretch = 0;
            Chunk chunk;
            while (reader.handOver.pop(&chunk)) {
                if (!built)
                    continue; // drains what the reader still hands over
                for (RawRun &run : chunk.runs) {
                    addRun(run.id, QString::fromUtf8(run.caseId), run.firstMs, run.lastMs,
                           run.events);
                }
                for (const RawExecution &e : chunk.executions) {
                    // Rows come in run id order, stretch after stretch.
                    while (e.runId > stretches.at(stretch).toId)
                        ++stretch;
                    if (!addExecution(stretches.at(stretch), e.runId, e.seq, e.activityId,
                                      e.resourceId, e.startMs, e.completeMs)) {
                        built = false;
                        stop.store(true, std::memory_order_relaxed);
                        break;
                    }
                }
            }
        }
        firstThread->wait();
        secondThread->wait();
        if (locked)
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        for (const Reader &reader : readers) {
            if (reader.rc != SQLITE_DONE) {
                failSql(QSqlError(QString(), reader.error, QSqlError::StatementError,
                                  QString::number(reader.rc)),
                        tr("reading the runs"));
                return std::nullopt;
            }
        }
        if (!built)
            return std::nullopt;
    } else {
        QSqlQuery runs(db);
        runs.setForwardOnly(true);
        runs.prepare(runsSql);
        bindWindow(runs);
        if (!runs.exec()) {
            failQuery(runs, tr("reading the runs"));
            return std::nullopt;
        }
        while (runs.next()) {
            addRun(runs.value(0).toLongLong(), runs.value(1).toString(), timeOrNone(runs.value(2)),
                   timeOrNone(runs.value(3)), runs.value(4).toInt());
        }
        runs.finish();
        QSqlQuery executions(db);
        executions.setForwardOnly(true);
        executions.prepare(QLatin1String(executionsSql));
        for (const Stretch &stretch : qAsConst(stretches)) {
            executions.bindValue(0, stretch.fromId);
            executions.bindValue(1, stretch.toId);
            if (!executions.exec()) {
                failQuery(executions, tr("reading the runs"));
                return std::nullopt;
            }
            while (executions.next()) {
                if (!addExecution(stretch, executions.value(0).toLongLong(),
                                  executions.value(1).toInt(), executions.value(2).toLongLong(),
                                  timeOrNone(executions.value(3)), timeOrNone(executions.value(4)),
                                  executions.value(5).toLongLong()))
                    return std::nullopt;
            }
        }
    }
    const auto bySeq = [](const Execution &a, const Execution &b) { return a.order < b.order; };
    for (Run &run : log.runs) {
        if (!std::is_sorted(run.executions.cbegin(), run.executions.cend(), bySeq))
            std::sort(run.executions.begin(), run.executions.end(), bySeq);
    }
    clearError();
    return log;
}

qint64 Workspace::runCount(ProcessId processId) const
{
    if (!checkOpen())
        return -1;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM runs WHERE process_id = ?"));
    query.addBindValue(processId);
    if (!query.exec() || !query.next()) {
        failQuery(query, tr("counting the runs"));
        return -1;
    }
    clearError();
    return query.value(0).toLongLong();
}

qint64 Workspace::latestRunMs(ProcessId processId) const
{
    if (!checkOpen())
        return NoTime;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT MAX(last_ms) FROM runs WHERE process_id = ?"));
    query.addBindValue(processId);
    if (!query.exec() || !query.next()) {
        failQuery(query, tr("reading the time of the latest run"));
        return NoTime;
    }
    clearError();
    return timeOrNone(query.value(0));
}

bool Workspace::deleteRuns(ProcessId processId)
{
    if (!checkWritable(tr("delete the runs")))
        return false;
    if (!beginWrite())
        return false;
    QSqlQuery query(database());
    for (const char *table : {"runs", "activities", "resources"}) {
        query.prepare(
            QStringLiteral("DELETE FROM %1 WHERE process_id = ?").arg(QLatin1String(table)));
        query.addBindValue(processId);
        if (!query.exec()) {
            failQuery(query, tr("deleting the runs"));
            rollback();
            return false;
        }
    }
    return commit();
}

} // namespace Stepwise
