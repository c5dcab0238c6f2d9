#include "runstablemodel.h"

#include "runlistloader.h"

#include "analysis/statistics.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace Stepwise {

namespace {

QString utcTime(qint64 ms)
{
    return ms == NoTime ? QString()
                        : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

QString RunsTableModel::formatTime(qint64 ms)
{
    if (ms == NoTime)
        return QStringLiteral("\u2013");
    // Seconds are noise in a list of runs: the locale's short time without them.
    static const QString format = [] {
        const QLocale locale;
        QString time = locale.timeFormat(QLocale::ShortFormat);
        time.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
        return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
    }();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), format);
}

RunsTableModel::RunsTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{ }

RunsTableModel::~RunsTableModel() = default;

void RunsTableModel::setProcess(ProcessId processId, qint64 slaTargetS)
{
    if (processId != m_processId && !m_ids.isEmpty()) {
        // Another process's runs must not show, not even until the new list is in.
        beginResetModel();
        m_ids.clear();
        m_pages.clear();
        endResetModel();
    }
    m_processId = processId;
    m_pending.slaTargetS = std::max<qint64>(0, slaTargetS);
    m_pending.caseContains.clear();
    m_pending.sla = RunQuery::Sla::Any;
    requestList();
}

void RunsTableModel::setSlaTarget(qint64 slaTargetS)
{
    slaTargetS = std::max<qint64>(0, slaTargetS);
    if (slaTargetS == m_pending.slaTargetS)
        return;
    m_pending.slaTargetS = slaTargetS;
    m_query.slaTargetS = slaTargetS;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, SlaColumn), index(rowCount() - 1, SlaColumn));
    // The rows the filter or the order selected may differ now.
    if (m_pending.sla != RunQuery::Sla::Any || m_pending.order == RunQuery::Order::SlaMet)
        requestList();
}

void RunsTableModel::setSlaClock(std::function<qint64(qint64, qint64)> duration)
{
    m_pending.duration = duration;
    m_query.duration = std::move(duration);
    // Every cycle time shown is measured again, and the order and filter may differ.
    m_pages.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (m_pending.sla != RunQuery::Sla::Any || m_pending.order == RunQuery::Order::CycleTime
        || m_pending.order == RunQuery::Order::SlaMet)
        requestList();
}

void RunsTableModel::setCaseFilter(const QString &text)
{
    if (text == m_pending.caseContains)
        return;
    m_pending.caseContains = text;
    requestList();
}

void RunsTableModel::setSlaFilter(RunQuery::Sla sla)
{
    if (sla == m_pending.sla)
        return;
    m_pending.sla = sla;
    requestList();
}

RunQuery::Order RunsTableModel::orderOf(int column)
{
    switch (column) {
    case CaseColumn:
        return RunQuery::Order::Case;
    case EndColumn:
        return RunQuery::Order::End;
    case CycleTimeColumn:
        return RunQuery::Order::CycleTime;
    case SlaColumn:
        return RunQuery::Order::SlaMet;
    case StepsColumn:
        return RunQuery::Order::Steps;
    case OwnerChangesColumn:
        return RunQuery::Order::OwnerChanges;
    default:
        return RunQuery::Order::Start;
    }
}

void RunsTableModel::sort(int column, Qt::SortOrder order)
{
    const RunQuery::Order wanted = orderOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_pending.order && descending == m_pending.descending && !m_ids.isEmpty())
        return;
    m_pending.order = wanted;
    m_pending.descending = descending;
    requestList();
}

void RunsTableModel::reload()
{
    requestList();
}

void RunsTableModel::requestList()
{
    const int ticket = ++m_ticket;
    if (m_processId == 0) {
        setList(ticket, {}, 0);
        return;
    }
    if (!m_asynchronous) {
        QElapsedTimer clock;
        clock.start();
        const std::optional<QVector<qint64>> ids = m_workspace->runIds(m_processId, m_pending);
        if (ids)
            setList(ticket, *ids, clock.elapsed());
        else
            listFailed(ticket, m_workspace->errorString());
        return;
    }
    if (!m_loader) {
        m_loader = new RunListLoader(m_workspace->path(), this);
        connect(m_loader, &RunListLoader::listed, this, &RunsTableModel::setList);
        connect(m_loader, &RunListLoader::failed, this, &RunsTableModel::listFailed);
    }
    setLoading(true);
    m_loader->load(ticket, m_processId, m_pending);
}

void RunsTableModel::setList(int ticket, const QVector<qint64> &ids, qint64 elapsedMs)
{
    if (ticket != m_ticket)
        return; // a newer list is on its way
    beginResetModel();
    m_ids = ids;
    m_query = m_pending;
    m_pages.clear();
    m_error.clear();
    m_lastListMs = elapsedMs;
    endResetModel();
    setLoading(false);
    emit loaded();
}

void RunsTableModel::listFailed(int ticket, const QString &message)
{
    if (ticket != m_ticket)
        return;
    m_error = message;
    setLoading(false);
    emit loadFailed(message);
}

void RunsTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

qint64 RunsTableModel::runId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RunsTableModel::rowOfRun(qint64 runId) const
{
    return int(m_ids.indexOf(runId));
}

RunSummary RunsTableModel::summary(int row) const
{
    const Line *found = line(row);
    return found ? found->run : RunSummary();
}

const RunsTableModel::Line *RunsTableModel::line(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int pageIndex = row / PageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxPages) {
            const auto oldest = std::min_element(
                m_pages.begin(), m_pages.end(),
                [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
            m_pages.erase(oldest);
        }
        const int first = pageIndex * PageSize;
        const QVector<qint64> ids = m_ids.mid(first, std::min<int>(PageSize, m_ids.size() - first));
        Page page;
        page.lines.resize(ids.size());
        // Rows of runs deleted meanwhile (by another window) keep their id and show no figures
        // until the next list; the others are matched in order.
        const std::optional<QVector<RunSummary>> lines = m_workspace->runSummaries(ids);
        int next = 0;
        for (int i = 0; i < ids.size(); ++i) {
            Line &line = page.lines[i];
            if (lines && next < lines->size() && lines->at(next).id == ids.at(i)) {
                line.run = lines->at(next++);
                line.start = formatTime(line.run.firstMs);
                line.end = formatTime(line.run.lastMs);
                const qint64 cycleMs = line.run.cycleTimeMs(m_pending.duration);
                line.cycleTime = cycleMs == NoTime ? QStringLiteral("\u2013")
                                                   : humanDuration(cycleMs / 1000.0);
            } else {
                line.run.id = ids.at(i);
            }
        }
        it = m_pages.insert(pageIndex, page);
    }
    it->lastUse = ++m_useClock;
    return &it->lines.at(row - pageIndex * PageSize);
}

int RunsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RunsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == RunIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole
        && role != Qt::ForegroundRole && role != ValueRole && role != Qt::AccessibleTextRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == CycleTimeColumn || index.column() == StepsColumn
            || index.column() == OwnerChangesColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    const Line *text = line(index.row());
    if (!text)
        return {};
    const RunSummary *run = &text->run;
    const qint64 cycleMs = run->cycleTimeMs(m_pending.duration);
    const qint64 targetS = m_pending.slaTargetS;
    const bool hasVerdict = targetS > 0 && cycleMs != NoTime;
    const bool met = hasVerdict && cycleMs <= targetS * 1000;

    if (role == Qt::ForegroundRole) {
        if (index.column() != SlaColumn || !hasVerdict)
            return {};
        const bool dark = isDark();
        return met ? QColor(dark ? 0x66bb6a : 0x2e7d32) : QColor(dark ? 0xef6c6c : 0xc62828);
    }
    if (role == ValueRole) {
        switch (index.column()) {
        case CaseColumn:
            return run->caseId;
        case StartColumn:
            return run->firstMs;
        case EndColumn:
            return run->lastMs;
        case CycleTimeColumn:
            return cycleMs;
        case SlaColumn:
            return hasVerdict ? QVariant(met) : QVariant();
        case StepsColumn:
            return run->executions;
        case OwnerChangesColumn:
            return run->ownerChanges;
        }
        return {};
    }

    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case CaseColumn:
        return tip ? tr("Case \u201c%1\u201d: %n event(s)", nullptr, run->events).arg(run->caseId)
                   : run->caseId;
    case StartColumn:
        return tip ? utcTime(run->firstMs) : text->start;
    case EndColumn:
        return tip ? utcTime(run->lastMs) : text->end;
    case CycleTimeColumn:
        if (cycleMs == NoTime)
            return tip ? tr("No timestamps") : text->cycleTime;
        return tip ? tr("%1 (%2 s)").arg(text->cycleTime).arg(cycleMs / 1000.0) : text->cycleTime;
    case SlaColumn:
        if (targetS <= 0)
            return tip ? tr("The process has no SLA target.") : QStringLiteral("\u2013");
        if (!hasVerdict)
            return tip ? tr("No timestamps") : QStringLiteral("\u2013");
        if (tip) {
            return met ? tr("Met: %1 within the target of %2")
                             .arg(humanDuration(cycleMs / 1000.0), humanDuration(double(targetS)))
                       : tr("Missed: %1 over the target of %2")
                             .arg(humanDuration((cycleMs - targetS * 1000) / 1000.0),
                                  humanDuration(double(targetS)));
        }
        return met ? tr("\u2713 Met") : tr("\u2717 Missed");
    case StepsColumn:
        return tip ? tr("%n step(s) done", nullptr, run->executions) : QVariant(run->executions);
    case OwnerChangesColumn:
        return tip ? tr("The work changed hands %n time(s).", nullptr, run->ownerChanges)
                   : QVariant(run->ownerChanges);
    }
    return {};
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CaseColumn:
            return tr("Case");
        case StartColumn:
            return tr("Start");
        case EndColumn:
            return tr("End");
        case CycleTimeColumn:
            return tr("Cycle time");
        case SlaColumn:
            return tr("SLA");
        case StepsColumn:
            return tr("Steps");
        case OwnerChangesColumn:
            return tr("Owner changes");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartColumn:
            return tr("The run's first timestamp (local time)");
        case EndColumn:
            return tr("The run's last timestamp (local time)");
        case CycleTimeColumn:
            return tr("From the first timestamp to the last");
        case SlaColumn:
            return m_pending.slaTargetS > 0 ? tr("Whether the cycle time met the target of %1")
                                                  .arg(humanDuration(double(m_pending.slaTargetS)))
                                            : tr("The process has no SLA target.");
        case StepsColumn:
            return tr("Steps done (executions)");
        case OwnerChangesColumn:
            return tr("How often the work passed from one person or system to another");
        }
    } else if (role == Qt::TextAlignmentRole) {
        const bool number
            = section == CycleTimeColumn || section == StepsColumn || section == OwnerChangesColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    return {};
}

} // namespace Stepwise
