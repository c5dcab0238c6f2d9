#pragma once

#include "process/ids.h"
#include "workspace/runbrowse.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Stepwise {

class RunListLoader;
class Workspace;

/// The runs of one process as a table, lazily over the workspace: the ordered list of run ids
/// comes from SQL (sorted and filtered there, on a worker thread), and the lines of the rows on
/// screen are read a page at a time when the view first asks for them (a page of 128 runs takes
/// about a millisecond). A change of order or filter keeps showing the old rows until the new
/// list is in, then resets.
class RunsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseColumn,
        StartColumn,
        EndColumn,
        CycleTimeColumn,
        SlaColumn,
        StepsColumn,
        OwnerChangesColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1, ///< qint64
        /// The raw value: case (QString), times (ms), cycle time (ms), SLA met (bool, invalid
        /// without a target), counts (int).
        ValueRole,
    };
    static constexpr int PageSize = 128;
    /// Pages kept in memory; the oldest used goes first.
    static constexpr int MaxPages = 64;

    /// The workspace must outlive the model. With asynchronous (the default) the list is read
    /// on a worker thread with its own connection; otherwise on the caller's, at once.
    explicit RunsTableModel(Workspace *workspace, QObject *parent = nullptr);
    ~RunsTableModel() override;

    void setAsynchronous(bool asynchronous) { m_asynchronous = asynchronous; }
    bool isAsynchronous() const { return m_asynchronous; }

    /// Shows the runs of a process (0: none) measured against its SLA target (seconds, 0: none).
    void setProcess(ProcessId processId, qint64 slaTargetS);
    ProcessId processId() const { return m_processId; }
    void setSlaTarget(qint64 slaTargetS);
    /// The process's SLA clock (slaClockDuration()) for cycle times, their order and the SLA
    /// filter; null: calendar time.
    void setSlaClock(std::function<qint64(qint64, qint64)> duration);
    /// The clock cycle times are shown on.
    const std::function<qint64(qint64, qint64)> &slaClock() const { return m_pending.duration; }
    qint64 slaTargetS() const { return m_query.slaTargetS; }
    /// Only runs whose case contains the text (ignoring case).
    void setCaseFilter(const QString &text);
    QString caseFilter() const { return m_query.caseContains; }
    void setSlaFilter(RunQuery::Sla sla);
    RunQuery::Sla slaFilter() const { return m_query.sla; }
    /// The query behind the rows (once loaded; see isLoading()).
    const RunQuery &query() const { return m_query; }
    /// The order of a column (SLA sorts met runs first, then by cycle time).
    static RunQuery::Order orderOf(int column);
    /// A timestamp as the Runs tab shows it: local time, the locale's short date, hours and
    /// minutes; an en dash for NoTime.
    static QString formatTime(qint64 ms);

    /// Reads the list again: after runs were added, changed or deleted.
    void reload();
    /// True from a change of process, order or filter until its list is in.
    bool isLoading() const { return m_loading; }
    /// How long the last list took to read, in milliseconds.
    qint64 lastListMs() const { return m_lastListMs; }
    QString errorString() const { return m_error; }

    qint64 runId(int row) const;
    /// The row of a run, or -1 (a linear search: fine for a few runs).
    int rowOfRun(qint64 runId) const;
    /// The line of a row, read from the workspace when its page is not in memory.
    RunSummary summary(int row) const;
    /// How many rows' pages are in memory (for tests and benchmarks).
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    /// A new list is in (after the model reset).
    void loaded();
    /// Reading the list failed; the rows are those of the last list that could be read.
    void loadFailed(const QString &message);

private:
    /// A run and its texts, formatted once when its page is read (a view asks for a cell many
    /// times: to paint it, for its tooltip, its colour and its alignment).
    struct Line
    {
        RunSummary run;
        QString start;
        QString end;
        QString cycleTime;
    };
    struct Page
    {
        QVector<Line> lines;
        quint64 lastUse = 0;
    };

    void requestList();
    void setList(int ticket, const QVector<qint64> &ids, qint64 elapsedMs);
    void listFailed(int ticket, const QString &message);
    void setLoading(bool loading);
    const Line *line(int row) const;

    Workspace *m_workspace = nullptr;
    RunListLoader *m_loader = nullptr;
    bool m_asynchronous = true;
    ProcessId m_processId = 0;
    RunQuery m_query; ///< of the rows shown
    RunQuery m_pending; ///< of the list asked for
    int m_ticket = 0;
    bool m_loading = false;
    qint64 m_lastListMs = 0;
    QString m_error;
    QVector<qint64> m_ids;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
};

} // namespace Stepwise
