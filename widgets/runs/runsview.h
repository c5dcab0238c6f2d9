#pragma once

#include "process/ids.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Stepwise {

class ProcessDocument;
class RunTimeline;
class RunsTableModel;
class Workspace;

/// The Runs tab: the open process's runs as a sortable, filterable table (RunsTableModel), the
/// timeline of the current run below it, and the ways runs come and go: log a run by hand, edit
/// one, delete some (after a confirmation), import a log. While the process has no runs it
/// shows an empty state with the buttons to log or import the first.
class RunsView : public QWidget
{
    Q_OBJECT

public:
    /// The workspace must outlive the view.
    explicit RunsView(Workspace *workspace, QWidget *parent = nullptr);
    ~RunsView() override;

    /// The open process (its map names the timeline's lanes and the steps to log; its SLA target
    /// judges the runs); nullptr: none.
    void setDocument(ProcessDocument *document);
    ProcessDocument *document() const;

    RunsTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RunTimeline *timeline() const { return m_timeline; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *slaFilterBox() const { return m_slaFilter; }
    /// True while the empty state shows (no process, or a process without runs).
    bool isEmptyStateShown() const;

    QAction *logRunAction() const { return m_logRunAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *editRunAction() const { return m_editAction; }
    QAction *deleteRunsAction() const { return m_deleteAction; }

    /// The runs selected in the table (ids), in table order.
    QVector<qint64> selectedRunIds() const;
    /// Selects a run and shows its timeline; false when it is not in the table.
    bool showRun(qint64 runId);

public slots:
    /// Opens the dialog to log a run by hand.
    void logRun();
    /// Edits the current run in the same dialog.
    void editRun();
    /// Deletes the selected runs after asking.
    void deleteSelectedRuns();
    /// Imports a log into the open process; asks for the file when path is empty.
    void importRuns(const QString &path = {});
    /// Reads the runs again (after another part of the app changed them).
    void reload();

signals:
    /// Runs of the process were added, changed or deleted (the dashboard reloads on it).
    void runsChanged(Stepwise::ProcessId processId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void updateProcess();
    void updateState();
    void updateActions();
    void updateCount();
    void showCurrentRun();
    void listLoaded();
    void runsWritten(qint64 selectRunId);
    void showError(const QString &what, const QString &why);

    Workspace *m_workspace = nullptr;
    QPointer<ProcessDocument> m_document;
    ProcessId m_processId = 0;
    bool m_stale = true; ///< the process changed while the view was hidden
    qint64 m_totalRuns = 0;
    qint64 m_shownRunId = 0;
    QVector<qint64> m_keepSelection; ///< across a reload
    qint64 m_keepCurrent = 0;

    RunsTableModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyLogButton = nullptr;
    QPushButton *m_emptyImportButton = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QComboBox *m_slaFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_timelineTitle = nullptr;
    RunTimeline *m_timeline = nullptr;

    QAction *m_logRunAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace Stepwise
