#pragma once

#include "analysis/diagnostic.h"
#include "workspace/workspace.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>

namespace Stepwise {

/// The workspace's processes as a table: name, the diagnostic's five marks, steps, runs. Editing
/// a name does not rename anything: it emits renameRequested, and whoever owns the open document
/// decides how. The diagnostics are computed on a worker thread over its own read-only
/// connection (they read the runs and revisions of every process) after each refresh().
class ProcessListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DiagnosticColumn, StepsColumn, RunsColumn, ColumnCount };
    enum Role {
        ProcessIdRole = Qt::UserRole + 1,
        DiagnosticRole, ///< the process's Diagnostic; null until it is computed
    };

    explicit ProcessListModel(Workspace *workspace, QObject *parent = nullptr);
    ~ProcessListModel() override;

    /// Reads the list again from the workspace, and the diagnostics after it.
    void refresh();
    /// The diagnostic of a process; nothing until it is computed.
    std::optional<Diagnostic> diagnostic(ProcessId id) const;
    /// True while diagnostics are computed or wait to be.
    bool isDiagnosing() const;

    ProcessId processId(int row) const;
    int rowOf(ProcessId id) const;
    const QVector<ProcessSummary> &processes() const { return m_processes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void renameRequested(Stepwise::ProcessId id, const QString &name);
    /// New diagnostics are in.
    void diagnosticsChanged();

private:
    using Diagnostics = QHash<ProcessId, Diagnostic>;

    void diagnose();
    void onDiagnosed();

    Workspace *m_workspace = nullptr;
    QVector<ProcessSummary> m_processes;
    Diagnostics m_diagnostics;
    QFutureWatcher<Diagnostics> m_diagnosing;
    bool m_diagnosePending = false;
};

} // namespace Stepwise
