#include "processlistpanel.h"

#include "improve/diagnosticmarksdelegate.h"
#include "processlistmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Stepwise {

ProcessListPanel::ProcessListPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ProcessListModel(workspace, this)),
      m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("processList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProcessListModel::NameColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(
        ProcessListModel::DiagnosticColumn,
        new DiagnosticMarksDelegate(ProcessListModel::DiagnosticRole, m_view));
    m_view->header()->setSectionResizeMode(ProcessListModel::DiagnosticColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProcessListModel::StepsColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProcessListModel::RunsColumn,
                                           QHeaderView::ResizeToContents);

    m_newAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Process"), this);
    m_newAction->setObjectName(QStringLiteral("actionNewProcess"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Make a new, empty process"));
    m_renameAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("&Rename"), this);
    m_renameAction->setObjectName(QStringLiteral("actionRenameProcess"));
    m_renameAction->setShortcut(Qt::Key_F2);
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_duplicateAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("actionDuplicateProcess"));
    m_duplicateAction->setToolTip(tr("Copy the process with its map"));
    m_deleteAction
        = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteProcess"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // F2 and Delete belong to the list, not to the whole window (the map has its own).
    m_view->addAction(m_newAction);
    m_view->addAction(m_renameAction);
    m_view->addAction(m_duplicateAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addAction(m_deleteAction);

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_duplicateAction);
    toolBar->addAction(m_deleteAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);

    connect(m_newAction, &QAction::triggered, this, &ProcessListPanel::newProcessRequested);
    connect(m_renameAction, &QAction::triggered, this, [this] { editName(currentProcessId()); });
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        if (const ProcessId id = currentProcessId())
            emit duplicateRequested(id);
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const ProcessId id = currentProcessId();
        if (id && confirmDelete(id))
            emit deleteRequested(id);
    });
    // Queued: the rename refreshes the model, which must not happen inside the editor's commit.
    connect(m_model, &ProcessListModel::renameRequested, this, &ProcessListPanel::renameRequested,
            Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProcessListPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reset loses the current row: put it back without reopening anything.
        setCurrentProcessId(m_currentId);
    });
    updateActions();
}

void ProcessListPanel::refresh()
{
    m_model->refresh();
    updateActions();
}

ProcessId ProcessListPanel::currentProcessId() const
{
    return m_currentId;
}

void ProcessListPanel::setCurrentProcessId(ProcessId id)
{
    m_updating = true;
    m_currentId = m_model->rowOf(id) >= 0 ? id : 0;
    const int row = m_model->rowOf(m_currentId);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    else
        m_view->selectionModel()->clear();
    m_updating = false;
    updateActions();
}

void ProcessListPanel::editName(ProcessId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || m_workspace->isReadOnly())
        return;
    const QModelIndex index = m_model->index(row, ProcessListModel::NameColumn);
    m_view->scrollTo(index);
    m_view->setFocus();
    m_view->edit(index);
}

bool ProcessListPanel::confirmDelete(ProcessId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QString name = m_model->processes().at(row).name;
    QMessageBox box(QMessageBox::Warning, tr("Delete Process"),
                    tr("Delete the process \u201c%1\u201d?").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteBox"));
    box.setInformativeText(tr("This deletes its map, runs and revisions and cannot be undone."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    return box.exec() == QMessageBox::Yes;
}

void ProcessListPanel::onCurrentChanged()
{
    if (m_updating)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const ProcessId id = current.isValid() ? m_model->processId(current.row()) : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    updateActions();
    emit currentProcessChanged(id);
}

void ProcessListPanel::updateActions()
{
    const bool writable = !m_workspace->isReadOnly();
    const bool hasCurrent = m_currentId != 0;
    m_newAction->setEnabled(writable);
    m_renameAction->setEnabled(writable && hasCurrent);
    m_duplicateAction->setEnabled(writable && hasCurrent);
    m_deleteAction->setEnabled(writable && hasCurrent);
}

} // namespace Stepwise
