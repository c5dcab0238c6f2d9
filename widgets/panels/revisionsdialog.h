#pragma once

#include "process/ids.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Stepwise {

class MapView;
class ProcessDocument;
class RevisionComparePanel;
class Workspace;

/// The saved revisions of one process, newest first; the selected one is shown read-only beside
/// the list, so an owner can see how the map looked before a change.
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionsDialog(Workspace *workspace, ProcessId processId, QWidget *parent = nullptr);
    ~RevisionsDialog() override;

    QTreeWidget *list() const { return m_list; }
    MapView *mapView() const { return m_mapView; }
    /// The revision shown, read-only; null when none is selected.
    ProcessDocument *shownRevision() const { return m_document.get(); }
    /// "Compare...": what changed in the selected revision (against the one before it, or the
    /// selected one against the current map when it is the oldest), and whether it held.
    QPushButton *compareButton() const { return m_compareButton; }
    /// Opens the compare window for the selected revision; returns its panel (the window closes
    /// with this dialog).
    RevisionComparePanel *openCompare();

private:
    void showRevision(qint64 revisionId);

    Workspace *m_workspace;
    ProcessId m_processId = 0;
    QPushButton *m_compareButton = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_banner = nullptr;
    MapView *m_mapView = nullptr;
    std::unique_ptr<ProcessDocument> m_document;
};

} // namespace Stepwise
