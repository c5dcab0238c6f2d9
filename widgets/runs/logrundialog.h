#pragma once

#include "process/process.h"
#include "runs/runlog.h"

#include <QDateTime>
#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace Stepwise {

class Workspace;

/// "Log a Run": a run of a process written by hand, quick for a team that logs as it works. The
/// map's steps are listed in the order of the flow; tick the ones done, and each gets a start
/// and a complete time (now by default; a step ticked after another starts when that one
/// completed) and who did it ("Done by" fills every step at once). The same dialog edits a
/// stored run: its executions are ticked, and those of activities the map lacks (or repeats)
/// are listed after the map's steps.
///
/// accept() writes through the workspace (Workspace::saveRuns() for a new run,
/// replaceRun() for an edit) and stays open with the reason when that is refused: the workspace
/// is then as it was.
class LogRunDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new run of a stored process. now is when "now" is (the default: the current minute).
    LogRunDialog(Workspace *workspace, const Process &process, QWidget *parent = nullptr,
                 const QDateTime &now = {});

    /// Edits run runIndex of log (a run loaded with Workspace::loadRunsById()), stored as runId.
    void editRun(qint64 runId, const RunLog &log, int runIndex);
    bool isEditing() const { return m_runId != 0; }

    /// The run the dialog would write now (one run, executions in RunLog order).
    RunLog runLog() const;
    /// Why the run cannot be written yet; empty when it can.
    QString problem() const;
    /// The stored run's id once accepted.
    qint64 savedRunId() const { return m_savedRunId; }

    // The editors, for the keyboard and for tests.
    QLineEdit *caseEdit() const { return m_case; }
    QComboBox *doneByBox() const { return m_doneBy; }
    int stepCount() const { return int(m_rows.size()); }
    QString stepName(int row) const { return m_rows.at(row).activity; }
    QCheckBox *stepCheck(int row) const { return m_rows.at(row).check; }
    QDateTimeEdit *startEdit(int row) const { return m_rows.at(row).start; }
    QDateTimeEdit *completeEdit(int row) const { return m_rows.at(row).complete; }
    QComboBox *resourceBox(int row) const { return m_rows.at(row).resource; }

public slots:
    void accept() override;

private:
    struct Row
    {
        QString activity;
        QCheckBox *check = nullptr;
        QDateTimeEdit *start = nullptr;
        QDateTimeEdit *complete = nullptr;
        QComboBox *resource = nullptr;
        bool startTouched = false;
        bool resourceTouched = false;
    };

    int addRow(const QString &activity, const QString &laneName, bool fromMap);
    void rowToggled(int row);
    void doneByChanged(const QString &name);
    void validate();

    Workspace *m_workspace = nullptr;
    Process m_process;
    QDateTime m_now;
    qint64 m_runId = 0;
    qint64 m_savedRunId = 0;
    QStringList m_resourceNames;
    QString m_lastDoneBy;

    QLineEdit *m_case = nullptr;
    QComboBox *m_doneBy = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QVector<Row> m_rows;
};

} // namespace Stepwise
