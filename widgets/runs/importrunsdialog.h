#pragma once

#include "runs/eventlogreader.h"
#include "runs/importer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace Stepwise {

class ProcessDocument;
class Workspace;

/// Imports an event log (CSV, XES, XES.GZ) into the open process from the GUI. First a preview
/// of the log's first events as they will be read, with the guessed field mapping in editable
/// combos (the preview follows every change); then the import on a worker thread with its own
/// connection (Importer, all or nothing), with progress and cancel; then the report: how much
/// came in, and the activities the map lacks, offered as new steps (added through the document
/// as one undoable macro).
class ImportRunsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Field {
        CaseField,
        ActivityField,
        StartField,
        CompleteField,
        ResourceField,
        LifecycleField,
        FieldCount
    };
    /// Events shown in the preview.
    static constexpr int PreviewEvents = 20;

    /// The document must be of a stored process and outlive the dialog.
    ImportRunsDialog(Workspace *workspace, ProcessDocument *document, const QString &path,
                     QWidget *parent = nullptr);
    ~ImportRunsDialog() override;

    QString path() const { return m_path; }
    /// The mapping the combos say (empty names: guessed).
    FieldMapping mapping() const;
    QComboBox *fieldBox(Field field) const { return m_fields[field]; }
    QTableWidget *preview() const { return m_preview; }
    /// Why the log cannot be read with this mapping; empty when the preview could read it.
    QString previewError() const { return m_previewError; }
    QCheckBox *replaceBox() const { return m_replace; }
    QPushButton *importButton() const { return m_importButton; }

    /// Starts the import (as the Import button does).
    void startImport();
    bool isImporting() const { return m_importing; }
    /// The last import's result.
    const ImportResult &result() const { return m_result; }
    /// True once an import wrote runs.
    bool hasImported() const { return m_result.ok() && m_done; }

    // The report.
    QListWidget *unmatchedList() const { return m_unmatched; }
    QPushButton *addStepsButton() const { return m_addSteps; }
    /// Adds the checked activities as steps of the map (one undoable macro); returns how many.
    int addCheckedAsSteps();

signals:
    /// An import ended (done, refused or cancelled); see result().
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

public slots:
    void reject() override;

private:
    void updatePreview();
    void fieldChanged();
    void importDone();
    void showReport();

    Workspace *m_workspace = nullptr;
    QPointer<ProcessDocument> m_document;
    QString m_path;
    QString m_previewError;
    bool m_importing = false;
    bool m_done = false;
    ImportResult m_result;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_doneBytes;
    std::shared_ptr<std::atomic<qint64>> m_totalBytes;
    QFutureWatcher<ImportResult> m_watcher;

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_fields[FieldCount] = {};
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_replace = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    QPushButton *m_importButton = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_unmatchedTitle = nullptr;
    QListWidget *m_unmatched = nullptr;
    QPushButton *m_addSteps = nullptr;
    QLabel *m_addedNote = nullptr;
};

} // namespace Stepwise
