#pragma once

#include "dashboard/runsjob.h"

#include "analysis/revisiondiff.h"
#include "process/process.h"
#include "workspace/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QGraphicsItem;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stepwise {

class MapView;
class ProcessDocument;
class Workspace;

/// Revision compare: pick two revisions of a map (the current map may be the later one) and see
/// what changed drawn on a read-only map of the later one (added items in green, changed in
/// amber, moved in violet with a dashed ghost where they were, removed ones as faded red ghosts at
/// their old place), the same listed beside it, and the runs before and after the change: did it
/// hold? The revisions are read from the workspace on the GUI thread (small JSON snapshots); the
/// runs on a worker thread over its own read-only connection, once, and only while shown.
class RevisionComparePanel : public QWidget
{
    Q_OBJECT

public:
    /// ObjectType of a change list entry (Qt::UserRole) and its item id (Qt::UserRole + 1).
    static constexpr int ObjectTypeRole = Qt::UserRole;
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    explicit RevisionComparePanel(QWidget *parent = nullptr);
    ~RevisionComparePanel() override;

    /// Lists the revisions of a process and compares the latest two (the latest one and the
    /// current map when there is one revision); the same process again keeps the sides picked.
    /// A null workspace or a process id of 0 shows nothing.
    void setSource(Workspace *workspace, ProcessId processId, const Process &current);
    void clear();
    /// The map as it is now (it may be unsaved): the later side "Current map".
    void setCurrentProcess(const Process &current);
    /// Lists the revisions again (one was saved), keeping the sides picked where they still are.
    void reloadRevisions();
    /// The runs of the process changed: reads them again.
    void reloadRuns();
    /// Picks both sides: revision ids, 0 on the later side for the current map. The older of
    /// the two is the earlier side whichever way they are given.
    void compare(qint64 earlierRevisionId, qint64 laterRevisionId);

    /// The revision picked on each side (0: the current map).
    qint64 earlierRevisionId() const;
    qint64 laterRevisionId() const;
    /// When the change took effect: the later revision's time, or for the current map the
    /// earlier revision's (UTC milliseconds; NoTime when nothing is compared).
    qint64 splitMs() const { return m_splitMs; }

    const RevisionDiff &diff() const { return m_diff; }
    /// The figures on screen; null until they are computed (or when the runs could not be read).
    const BeforeAfter *beforeAfter() const;
    /// True while the runs are read or measured, or wait to be.
    bool isComputing() const;

    QComboBox *earlierCombo() const { return m_earlierCombo; }
    QComboBox *laterCombo() const { return m_laterCombo; }
    MapView *mapView() const { return m_mapView; }
    /// The changes, grouped under Added, Removed, Moved and Changed.
    QTreeWidget *changeList() const { return m_changeList; }
    /// Before and after: cycle time, SLA compliance and the steps that changed.
    QTreeWidget *metricsTable() const { return m_metricsTable; }
    /// "Did the change hold?" in plain words.
    QLabel *verdictLabel() const { return m_verdictLabel; }
    /// The map shown: the later side with the removed items put back as ghosts; null when
    /// nothing is compared.
    ProcessDocument *shownDocument() const { return m_document.get(); }

signals:
    /// New figures (or a message instead of them) are on screen.
    void metricsUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos(qint64 earlierId, qint64 laterId);
    void sidesPicked();
    void showDiff();
    void fillList();
    void decorate();
    void clearDecorations();
    void entryActivated(QTreeWidgetItem *item);
    void mapSelectionChanged();
    void requestMetrics(bool reread);
    RunsJobOf<BeforeAfter>::Compute metricsWork() const;
    void metricsFinished();
    void fillMetrics();
    void showMetricsMessage(const QString &text);
    void updateLegend();

    QString stepName(ItemId id) const;
    QString laneName(ItemId id) const;
    QString handoffText(const Process &process, ItemId id) const;

    Workspace *m_workspace = nullptr;
    ProcessId m_processId = 0;
    Process m_current;
    QVector<RevisionInfo> m_revisions; ///< newest first

    // What is compared.
    Process m_earlier;
    Process m_later;
    bool m_laterIsCurrent = false;
    qint64 m_splitMs = NoTime; ///< NoTime: nothing compared
    RevisionDiff m_diff;
    std::unique_ptr<ProcessDocument> m_document;
    QList<QGraphicsItem *> m_marks; ///< the decorations, owned by the scene

    // The runs.
    RunsJobOf<BeforeAfter> m_runs; ///< keeps the runs read, for the next compare
    std::shared_ptr<const RunsResult<BeforeAfter>> m_result; ///< on screen

    QComboBox *m_earlierCombo = nullptr;
    QComboBox *m_laterCombo = nullptr;
    QLabel *m_summaryLabel = nullptr;
    MapView *m_mapView = nullptr;
    QWidget *m_legend = nullptr;
    QTreeWidget *m_changeList = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QTreeWidget *m_metricsTable = nullptr;
    bool m_syncingSelection = false;
    QTimer m_currentTimer; ///< coalesces edits of the current map into one compare
};

} // namespace Stepwise
