#pragma once

#include "formats/bpmnreader.h"

#include <QDialog>
#include <QFutureWatcher>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Stepwise {

/// What an import on the worker thread came to.
struct BpmnImportOutcome
{
    enum class Status { Done, BadInput, WorkspaceProblem };
    Status status = Status::Done;
    QString error; ///< what went wrong (file, line, what; or the workspace's reason)
    QVector<ProcessId> ids; ///< the main map's first, then its child maps'
    QStringList names; ///< their names, in the same order
    BpmnImportReport report;
};

/// Imports a BPMN 2.0 file from the GUI: reads and saves it on a worker thread with its own
/// connection to the workspace (BpmnReader, then saveBpmnImport(): all or nothing), then shows
/// what came in (how many maps, lanes, activities, events, gateways and handoffs) and what was
/// left out or changed (the import report, by kind, each with its line), with a button that
/// opens the new map.
class BpmnImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts importing \a filePath into the workspace at \a workspacePath at once.
    BpmnImportDialog(const QString &workspacePath, const QString &filePath,
                     QWidget *parent = nullptr);
    ~BpmnImportDialog() override;

    bool isImporting() const { return m_watcher.isRunning(); }
    /// The outcome, once the import is over.
    const BpmnImportOutcome &outcome() const { return m_outcome; }
    /// The new main map's id; 0 while importing or when the import failed.
    ProcessId processId() const;

    QTreeWidget *reportTree() const { return m_tree; }
    QPushButton *openButton() const { return m_openButton; }
    /// The label of a count ("activities", ...) in the summary; for tests.
    QLabel *countLabel(const QString &objectName) const;

    /// Asks for a BPMN file (starting in the folder of the last one), imports it and shows the
    /// report. Returns the new map's id when the user chose to open it, else 0; \a imported
    /// tells whether processes were added at all.
    static ProcessId importFile(QWidget *parent, const QString &workspacePath,
                                bool *imported = nullptr);

signals:
    /// The import is over (successfully or not).
    void importFinished();

private:
    void showOutcome();
    void addCount(const QString &objectName, const QString &label, int value);

    QString m_filePath;
    QFutureWatcher<BpmnImportOutcome> m_watcher;
    BpmnImportOutcome m_outcome;
    bool m_done = false;

    QLabel *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_summary = nullptr;
    QFormLayout *m_counts = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_leftOutTitle = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Stepwise
