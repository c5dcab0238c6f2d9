#pragma once

#include "process/ids.h"

#include <QWidget>

class QAction;
class QTreeView;

namespace Stepwise {

class ProcessListModel;
class Workspace;

/// The processes of a workspace, with actions to make, rename, duplicate and delete them.
/// The panel asks (signals); the main window, which owns the open document, does the work, so
/// that an open process is saved or closed first.
class ProcessListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessListPanel(Workspace *workspace, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ProcessListModel *model() const { return m_model; }

    QAction *newAction() const { return m_newAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    /// Reads the list again, keeping the current process.
    void refresh();
    ProcessId currentProcessId() const;
    /// Makes a process current without emitting currentProcessChanged.
    void setCurrentProcessId(ProcessId id);
    /// Starts in-place editing of a process's name.
    void editName(ProcessId id);

    /// Asks "delete X?"; true when the user agrees.
    bool confirmDelete(ProcessId id);

signals:
    void currentProcessChanged(Stepwise::ProcessId id);
    void newProcessRequested();
    void renameRequested(Stepwise::ProcessId id, const QString &name);
    void duplicateRequested(Stepwise::ProcessId id);
    void deleteRequested(Stepwise::ProcessId id);

private:
    void onCurrentChanged();
    void updateActions();

    Workspace *m_workspace = nullptr;
    ProcessListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    ProcessId m_currentId = 0;
    bool m_updating = false;
};

} // namespace Stepwise
