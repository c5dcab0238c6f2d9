// Browsing and editing single runs: the queries behind the runs table (an ordered list of ids,
// then the lines of the rows on screen), the runs a timeline or an edit needs, deleting some runs
// and replacing one. Workspace methods; all SQL about runs stays in the workspace layer.

#include "workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Stepwise {

namespace {

// A run's executions and its changes of owner are stored with it (schema 3), counted when it
// was written: computed from the executions, a sort of 100,000 runs by owner changes took 1.8 s.
const char stepsSql[] = "r.execution_count";
const char ownerChangesSql[] = "r.owner_changes";
const char cycleSql[] = "(r.last_ms - r.first_ms)";

// Ids bound per statement where a list of ids is read or deleted: well inside every driver's
// limit on bound values (SQLite's is 32766, older builds 999).
constexpr int idsPerStatement = 500;

QString placeholders(int count)
{
    QString list;
    list.reserve(count * 3);
    for (int i = 0; i < count; ++i)
        list += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return list;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

qint64 timeOrNone(const QVariant &value)
{
    return value.isNull() ? NoTime : value.toLongLong();
}

// Calls work(first, count) for every slice of at most idsPerStatement ids.
template<typename Work>
bool forEachSlice(int size, Work work)
{
    for (int first = 0; first < size; first += idsPerStatement) {
        if (!work(first, std::min(idsPerStatement, size - first)))
            return false;
    }
    return true;
}

} // namespace

std::optional<QVector<qint64>> Workspace::runIds(ProcessId processId, const RunQuery &query) const
{
    if (!checkOpen())
        return std::nullopt;
    QString where = QStringLiteral("r.process_id = ?");
    QVariantList values {processId};
    if (!query.caseContains.isEmpty()) {
        where += QLatin1String(" AND r.case_id LIKE ? ESCAPE '\\'");
        values.append(likePattern(query.caseContains));
    }
    const qint64 targetMs = query.slaTargetS * 1000;
    const bool filterSla = query.slaTargetS > 0 && query.sla != RunQuery::Sla::Any;
    if (query.duration
        && (filterSla || query.order == RunQuery::Order::CycleTime
            || query.order == RunQuery::Order::SlaMet)) {
        // Cycle times on the process's clock: measured here, as SQL cannot.
        struct Entry
        {
            qint64 id;
            qint64 cycleMs; // NoTime: no timestamps, first in ascending order as SQL's NULL
        };
        QVector<Entry> entries;
        QSqlQuery select(database());
        select.setForwardOnly(true);
        select.prepare(
            QStringLiteral("SELECT r.id, r.first_ms, r.last_ms FROM runs r WHERE %1").arg(where));
        for (const QVariant &value : qAsConst(values))
            select.addBindValue(value);
        if (!select.exec()) {
            failQuery(select, tr("listing the runs"));
            return std::nullopt;
        }
        while (select.next()) {
            RunSummary run;
            run.firstMs = timeOrNone(select.value(1));
            run.lastMs = timeOrNone(select.value(2));
            const qint64 cycleMs = run.cycleTimeMs(query.duration);
            if (filterSla
                && (cycleMs == NoTime
                    || (query.sla == RunQuery::Sla::Met) != (cycleMs <= targetMs)))
                continue;
            entries.append({select.value(0).toLongLong(), cycleMs});
        }
        // Met (0) before missed (1) for Order::SlaMet; a run without timestamps has no verdict.
        const bool byVerdict = query.order == RunQuery::Order::SlaMet && query.slaTargetS > 0;
        const auto key = [&](const Entry &e) {
            const int verdict = !byVerdict || e.cycleMs == NoTime ? -1 : e.cycleMs > targetMs;
            return std::make_tuple(verdict, e.cycleMs, e.id);
        };
        std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
            return query.descending ? key(b) < key(a) : key(a) < key(b);
        });
        QVector<qint64> ids;
        ids.reserve(entries.size());
        for (const Entry &e : qAsConst(entries))
            ids.append(e.id);
        clearError();
        return ids;
    }
    if (filterSla) {
        where += query.sla == RunQuery::Sla::Met ? QStringLiteral(" AND %1 <= ?")
                                                 : QStringLiteral(" AND %1 > ?");
        where = where.arg(QLatin1String(cycleSql));
        values.append(targetMs);
    }
    QString order;
    switch (query.order) {
    case RunQuery::Order::Case:
        order = QStringLiteral("r.case_id");
        break;
    case RunQuery::Order::Start:
        order = QStringLiteral("r.first_ms");
        break;
    case RunQuery::Order::End:
        order = QStringLiteral("r.last_ms");
        break;
    case RunQuery::Order::CycleTime:
        order = QLatin1String(cycleSql);
        break;
    case RunQuery::Order::SlaMet:
        if (query.slaTargetS > 0) {
            // Met (0) before missed (1); a run without timestamps (NULL) has no verdict.
            order = QStringLiteral("(%1 > %2)").arg(QLatin1String(cycleSql)).arg(targetMs);
            order += query.descending ? QStringLiteral(" DESC, ") : QStringLiteral(", ");
        }
        order += QLatin1String(cycleSql);
        break;
    case RunQuery::Order::Steps:
        order = QLatin1String(stepsSql);
        break;
    case RunQuery::Order::OwnerChanges:
        order = QLatin1String(ownerChangesSql);
        break;
    }
    // Ties by id in the same direction: a descending list by start is then the index by
    // (process, start) read backwards (its rows end with the id), not a sort.
    order += query.descending ? QLatin1String(" DESC, r.id DESC") : QLatin1String(", r.id");
    QSqlQuery select(database());
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT r.id FROM runs r WHERE %1 ORDER BY %2").arg(where, order));
    for (const QVariant &value : qAsConst(values))
        select.addBindValue(value);
    if (!select.exec()) {
        failQuery(select, tr("listing the runs"));
        return std::nullopt;
    }
    QVector<qint64> ids;
    while (select.next())
        ids.append(select.value(0).toLongLong());
    clearError();
    return ids;
}

std::optional<QVector<RunSummary>> Workspace::runSummaries(const QVector<qint64> &runIds) const
{
    if (!checkOpen())
        return std::nullopt;
    QHash<qint64, RunSummary> found;
    found.reserve(runIds.size());
    QSqlQuery select(database());
    select.setForwardOnly(true);
    const bool ok = forEachSlice(int(runIds.size()), [&](int first, int count) {
        select.prepare(
            QStringLiteral("SELECT r.id, r.case_id, r.first_ms, r.last_ms, r.events,"
                           " %1, %2 FROM runs r WHERE r.id IN (%3)")
                .arg(QLatin1String(stepsSql), QLatin1String(ownerChangesSql), placeholders(count)));
        for (int i = first; i < first + count; ++i)
            select.addBindValue(runIds.at(i));
        if (!select.exec())
            return failQuery(select, tr("reading the runs"));
        while (select.next()) {
            RunSummary run;
            run.id = select.value(0).toLongLong();
            run.caseId = select.value(1).toString();
            run.firstMs = timeOrNone(select.value(2));
            run.lastMs = timeOrNone(select.value(3));
            run.events = select.value(4).toInt();
            run.executions = select.value(5).toInt();
            run.ownerChanges = select.value(6).toInt();
            found.insert(run.id, run);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    QVector<RunSummary> lines;
    lines.reserve(found.size());
    for (const qint64 id : runIds) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            lines.append(it.value());
    }
    clearError();
    return lines;
}

std::optional<RunLog> Workspace::loadRunsById(const QVector<qint64> &runIds) const
{
    if (!checkOpen())
        return std::nullopt;
    const std::optional<QVector<RunSummary>> lines = runSummaries(runIds);
    if (!lines)
        return std::nullopt;
    RunLog log;
    QHash<qint64, int> runIndex;
    for (const RunSummary &line : *lines) {
        runIndex.insert(line.id, int(log.runs.size()));
        Run run;
        run.caseId = line.caseId;
        run.firstMs = line.firstMs;
        run.lastMs = line.lastMs;
        run.events = line.events;
        log.runs.append(run);
    }
    // Names are interned in the log in the order the executions first use them.
    QHash<QString, int> activities;
    QHash<QString, int> resources;
    const auto intern = [](QHash<QString, int> &index, QStringList &names, const QString &name) {
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, int(names.size()));
            names.append(name);
        }
        return it.value();
    };
    QSqlQuery select(database());
    select.setForwardOnly(true);
    const bool ok = forEachSlice(int(lines->size()), [&](int first, int count) {
        select.prepare(QStringLiteral("SELECT e.run_id, e.seq, a.name, s.name, e.start_ms,"
                                      " e.complete_ms FROM executions e"
                                      " JOIN activities a ON a.id = e.activity_id"
                                      " LEFT JOIN resources s ON s.id = e.resource_id"
                                      " WHERE e.run_id IN (%1) ORDER BY e.run_id, e.seq")
                           .arg(placeholders(count)));
        for (int i = first; i < first + count; ++i)
            select.addBindValue(lines->at(i).id);
        if (!select.exec())
            return failQuery(select, tr("reading the runs"));
        while (select.next()) {
            Execution execution;
            execution.order = select.value(1).toInt();
            execution.activity = intern(activities, log.activities, select.value(2).toString());
            execution.resource = select.value(3).isNull()
                ? -1
                : intern(resources, log.resources, select.value(3).toString());
            execution.startMs = timeOrNone(select.value(4));
            execution.completeMs = select.value(5).toLongLong();
            log.runs[runIndex.value(select.value(0).toLongLong())].executions.append(execution);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    clearError();
    return log;
}

qint64 Workspace::findRun(ProcessId processId, const QString &caseId) const
{
    if (!checkOpen())
        return -1;
    QSqlQuery select(database());
    select.prepare(QStringLiteral("SELECT id FROM runs WHERE process_id = ? AND case_id = ?"));
    select.addBindValue(processId);
    select.addBindValue(caseId.isNull() ? QStringLiteral("") : caseId);
    if (!select.exec()) {
        failQuery(select, tr("finding a run"));
        return -1;
    }
    clearError();
    return select.next() ? select.value(0).toLongLong() : 0;
}

QString Workspace::nextCaseId(ProcessId processId) const
{
    if (!checkOpen())
        return {};
    QSqlQuery select(database());
    select.prepare(QStringLiteral("SELECT case_id FROM runs WHERE process_id = ?"
                                  " ORDER BY id DESC LIMIT 1"));
    select.addBindValue(processId);
    QString last;
    if (select.exec() && select.next())
        last = select.value(0).toString();
    select.finish();
    // The number at the end of the last case, counted on with the same width.
    int digits = 0;
    while (digits < last.size() && last.at(last.size() - 1 - digits).isDigit())
        ++digits;
    QString prefix = QStringLiteral("Run ");
    qint64 number = std::max<qint64>(0, runCount(processId)) + 1;
    int width = 0;
    if (digits > 0 && digits <= 15) {
        prefix = last.left(last.size() - digits);
        number = last.right(digits).toLongLong() + 1;
        width = digits;
    }
    for (int tries = 0; tries < 10000; ++tries, ++number) {
        const QString candidate
            = prefix + QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
        const qint64 taken = findRun(processId, candidate);
        if (taken == 0)
            return candidate;
        if (taken < 0)
            return {};
    }
    return {};
}

QStringList Workspace::resourceNames(ProcessId processId) const
{
    if (!checkOpen())
        return {};
    QSqlQuery select(database());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT name FROM resources WHERE process_id = ?"));
    select.addBindValue(processId);
    QStringList names;
    if (!select.exec()) {
        failQuery(select, tr("reading the resources"));
        return names;
    }
    while (select.next())
        names.append(select.value(0).toString());
    names.sort(Qt::CaseInsensitive);
    clearError();
    return names;
}

bool Workspace::deleteRunsById(ProcessId processId, const QVector<qint64> &runIds)
{
    if (!checkWritable(tr("delete runs")))
        return false;
    if (!beginWrite())
        return false;
    QSqlQuery query(database());
    // The executions go with their runs (ON DELETE CASCADE); the names stay for the runs left.
    const bool ok = forEachSlice(int(runIds.size()), [&](int first, int count) {
        query.prepare(QStringLiteral("DELETE FROM runs WHERE process_id = ? AND id IN (%1)")
                          .arg(placeholders(count)));
        query.addBindValue(processId);
        for (int i = first; i < first + count; ++i)
            query.addBindValue(runIds.at(i));
        if (!query.exec())
            return failQuery(query, tr("deleting runs"));
        if (query.numRowsAffected() != count) {
            return fail(ErrorKind::NotFound,
                        tr("Process %1 in %2 does not have all of these runs; none was deleted.")
                            .arg(processId)
                            .arg(nativePath()));
        }
        return true;
    });
    if (!ok) {
        const ErrorKind kind = m_errorKind;
        const QString message = m_errorString;
        rollback();
        return fail(kind, message);
    }
    return commit();
}

qint64 Workspace::replaceRun(ProcessId processId, qint64 runId, const RunLog &log)
{
    if (!checkWritable(tr("change a run")))
        return 0;
    if (log.runs.size() != 1) {
        fail(ErrorKind::Invalid, tr("A run is replaced by exactly one run."));
        return 0;
    }
    const QString caseId = log.runs.first().caseId;
    if (!beginWrite())
        return 0;
    const auto failed = [&] {
        const ErrorKind kind = m_errorKind;
        const QString message = m_errorString;
        rollback();
        fail(kind, message);
        return 0;
    };
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM runs WHERE process_id = ? AND case_id = ?"));
    query.addBindValue(processId);
    query.addBindValue(caseId);
    if (!query.exec()) {
        failQuery(query, tr("changing a run"));
        return failed();
    }
    if (query.next() && query.value(0).toLongLong() != runId) {
        fail(ErrorKind::Invalid,
             tr("The process already has a run of case \u201c%1\u201d.").arg(caseId));
        return failed();
    }
    query.prepare(QStringLiteral("DELETE FROM runs WHERE process_id = ? AND id = ?"));
    query.addBindValue(processId);
    query.addBindValue(runId);
    if (!query.exec()) {
        failQuery(query, tr("changing a run"));
        return failed();
    }
    if (query.numRowsAffected() != 1) {
        fail(ErrorKind::NotFound,
             tr("There is no run %1 of process %2 in %3.")
                 .arg(runId)
                 .arg(processId)
                 .arg(nativePath()));
        return failed();
    }
    if (!writeRuns(processId, log, {}))
        return failed();
    query.prepare(QStringLiteral("SELECT id FROM runs WHERE process_id = ? AND case_id = ?"));
    query.addBindValue(processId);
    query.addBindValue(caseId);
    if (!query.exec() || !query.next()) {
        failQuery(query, tr("changing a run"));
        return failed();
    }
    const qint64 newId = query.value(0).toLongLong();
    query.finish();
    return commit() ? newId : 0;
}

} // namespace Stepwise
