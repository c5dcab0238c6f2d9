#include "processlistmodel.h"

#include "improve/diagnosticmarksdelegate.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Stepwise {

ProcessListModel::ProcessListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&m_diagnosing, &QFutureWatcherBase::finished, this, &ProcessListModel::onDiagnosed);
    refresh();
}

ProcessListModel::~ProcessListModel()
{
    // The worker has its own connection and copies of what it needs; it only has to finish.
    m_diagnosing.disconnect(this);
    m_diagnosing.waitForFinished();
}

std::optional<Diagnostic> ProcessListModel::diagnostic(ProcessId id) const
{
    const auto found = m_diagnostics.constFind(id);
    if (found == m_diagnostics.cend())
        return std::nullopt;
    return *found;
}

bool ProcessListModel::isDiagnosing() const
{
    return m_diagnosing.isRunning() || m_diagnosePending;
}

void ProcessListModel::diagnose()
{
    if (m_diagnosing.isRunning()) {
        // One pass at a time; the newest request runs when it is done.
        m_diagnosePending = true;
        return;
    }
    m_diagnosePending = false;
    const QString path = m_workspace->path();
    if (path.isEmpty() || !m_workspace->isOpen() || m_processes.isEmpty())
        return;
    QVector<ProcessId> ids;
    ids.reserve(m_processes.size());
    for (const ProcessSummary &process : qAsConst(m_processes))
        ids.append(process.id);
    const QDateTime now = QDateTime::currentDateTime();
    m_diagnosing.setFuture(QtConcurrent::run([path, ids, now] {
        Diagnostics diagnostics;
        // Our own connection, on this thread: a Workspace is not shared between threads.
        Workspace workspace;
        if (!workspace.openReader(path))
            return diagnostics;
        for (ProcessId id : ids) {
            const Diagnostic diagnostic = diagnosticFor(workspace, id, now);
            // A process deleted meanwhile is not there: no marks rather than five errors.
            if (workspace.errorKind() == Workspace::ErrorKind::None)
                diagnostics.insert(id, diagnostic);
        }
        return diagnostics;
    }));
}

void ProcessListModel::onDiagnosed()
{
    if (m_diagnosePending) {
        diagnose();
        return;
    }
    m_diagnostics = m_diagnosing.result();
    if (!m_processes.isEmpty())
        emit dataChanged(index(0, DiagnosticColumn), index(rowCount() - 1, DiagnosticColumn));
    emit diagnosticsChanged();
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
    } else {
        beginResetModel();
        m_processes = std::move(processes);
        endResetModel();
    }
    // The marks shown stay until the new ones are in: no flicker on every save.
    diagnose();
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
    case DiagnosticRole: {
        const auto found = m_diagnostics.constFind(p.id);
        if (found != m_diagnostics.cend())
            return QVariant::fromValue(*found);
        break;
    }
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return p.name;
        break;
    case Qt::ToolTipRole: {
        if (index.column() == DiagnosticColumn) {
            const auto found = m_diagnostics.constFind(p.id);
            return found != m_diagnostics.cend() ? DiagnosticMarksDelegate::toolTip(*found)
                                                 : tr("Diagnosing\u2026");
        }
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
    if (role == Qt::ToolTipRole && section == DiagnosticColumn)
        return tr("Design, ownership, tracking, improvement, automation: a filled mark is in "
                  "place, a hollow one is not");
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Process");
        case DiagnosticColumn:
            return QString();
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
