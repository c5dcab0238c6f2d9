#pragma once

#include "workspace/workspace.h"

#include <QAbstractTableModel>

namespace Stepwise {

/// The workspace's processes as a table: name, steps, runs. Editing a name does not rename
/// anything: it emits renameRequested, and whoever owns the open document decides how.
class ProcessListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StepsColumn, RunsColumn, ColumnCount };
    enum Role { ProcessIdRole = Qt::UserRole + 1 };

    explicit ProcessListModel(Workspace *workspace, QObject *parent = nullptr);

    /// Reads the list again from the workspace.
    void refresh();

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

private:
    Workspace *m_workspace = nullptr;
    QVector<ProcessSummary> m_processes;
};

} // namespace Stepwise
