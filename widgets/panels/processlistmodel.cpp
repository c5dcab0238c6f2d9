#include "processlistmodel.h"

#include <QLocale>

namespace Stepwise {

ProcessListModel::ProcessListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    refresh();
}

void ProcessListModel::refresh()
{
    QVector<ProcessSummary> processes = m_workspace->processes();
    bool sameRows = processes.size() == m_processes.size();
    for (qsizetype i = 0; sameRows && i < processes.size(); ++i)
        sameRows = processes[i].id == m_processes[i].id;
    if (sameRows) {
        // Keep selection and an open editor: only the texts changed.
        m_processes = std::move(processes);
        if (!m_processes.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_processes = std::move(processes);
    endResetModel();
}

ProcessId ProcessListModel::processId(int row) const
{
    return row >= 0 && row < m_processes.size() ? m_processes[row].id : 0;
}

int ProcessListModel::rowOf(ProcessId id) const
{
    for (qsizetype i = 0; i < m_processes.size(); ++i) {
        if (m_processes[i].id == id)
            return int(i);
    }
    return -1;
}

int ProcessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_processes.size());
}

int ProcessListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_processes.size())
        return {};
    const ProcessSummary &p = m_processes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case StepsColumn:
            return p.steps;
        case RunsColumn:
            return p.runs;
        }
        break;
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return p.name;
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(p.name.toHtmlEscaped());
        if (!p.owner.isEmpty())
            tip += QStringLiteral("<br>") + tr("Owner: %1").arg(p.owner.toHtmlEscaped());
        tip += QStringLiteral("<br>") + tr("%n step(s)", nullptr, p.steps) + QStringLiteral(", ")
            + tr("%n run(s)", nullptr, p.runs);
        if (p.modified.isValid())
            tip += QStringLiteral("<br>")
                + tr("Changed %1")
                      .arg(QLocale().toString(p.modified.toLocalTime(), QLocale::ShortFormat));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ProcessIdRole:
        return p.id;
    }
    return {};
}

QVariant ProcessListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Process");
        case StepsColumn:
            return tr("Steps");
        case RunsColumn:
            return tr("Runs");
        }
    }
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags ProcessListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ProcessListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    const ProcessSummary &p = m_processes[index.row()];
    if (name.isEmpty() || name == p.name)
        return false;
    emit renameRequested(p.id, name);
    return true;
}

} // namespace Stepwise
