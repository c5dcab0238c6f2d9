#pragma once

#include "process/ids.h"

#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QGraphicsLineItem;
class QGraphicsPathItem;
class QLineEdit;

namespace Stepwise {

class LaneItem;
class OverlayLegend;
class ProcessDocument;
class ProcessScene;
class StepItem;
struct Process;
struct RunStats;

/// The map editor: a view over its own ProcessScene. Gestures (select, move, connect, reconnect,
/// reorder and resize lanes, drop from the palette, rename in place) ask the ProcessDocument for
/// the change; the scene shows the result. Ctrl+wheel zooms at the mouse, middle-drag and
/// Space+drag pan. editActions() and viewActions() build the map without a mouse.
class MapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// The MIME type of a palette drag; its data is the preset id (stepPresets()).
    static QString presetMimeType() { return QStringLiteral("application/x-stepwise-preset"); }

    ProcessScene *processScene() const { return m_scene; }
    ProcessDocument *document() const;
    void setDocument(ProcessDocument *document);

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    /// Zooms so that the whole map fits (never above 100%, never below 70% when opening).
    void fitMap();
    /// Zooms so that the whole map fits, however small that makes it (never above 100%).
    void fitToWindow();
    void zoomToSelection();

    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap);
    int gridSize() const { return m_gridSize; }
    void setGridSize(int size);

    ItemIds selectedStepIds() const;
    ItemIds selectedHandoffIds() const;
    ItemId selectedLaneId() const;

    /// Editing actions (insert, connect, navigate, change lane, rename, delete, select all,
    /// clipboard, auto-layout), active while the map has the focus.
    QList<QAction *> editActions() const { return m_editActions; }
    /// Zoom and grid actions, and the runs overlay's.
    QList<QAction *> viewActions() const { return m_viewActions; }

    /// Computes the metrics of a process's runs (computeRunStats() over its stored runs); called
    /// on a worker thread with a copy of the map, so it must open its own workspace connection.
    /// Null when there are none to read; nullopt when they cannot be read.
    using RunStatsSource = std::function<std::optional<RunStats>(const Process &process)>;
    /// Where the runs overlay gets its figures; without one the overlay's action is disabled.
    void setRunStatsSource(RunStatsSource source);
    /// "Runs Overlay" (Ctrl+Shift+O), checkable; one of viewActions().
    QAction *runsOverlayAction() const { return m_overlayAction; }
    bool isRunsOverlayShown() const { return m_overlayShown; }
    /// Shows the runs over the map (ProcessScene::setOverlay()) with a legend in the corner. The
    /// runs are read and measured off the GUI thread, once per document; edits of the map only
    /// lay the same figures over it again (a handoff drawn where runs went is designed at once).
    void setRunsOverlayShown(bool shown);
    /// Reads the runs again (after runs were logged, imported or deleted).
    void reloadRunsOverlay();
    OverlayLegend *overlayLegend() const { return m_legend; }

    /// Creates a step from a palette preset at a scene point (snapped), in the lane under it (a
    /// first lane is added when there is none); optionally connected from another step. One undo
    /// step; selects the new step and returns its id (0 when refused).
    ItemId createStepFromPreset(const QString &presetId, QPointF scenePos, ItemId connectFrom = 0);

    /// In-place editors: the step's name, the handoff's label, the lane's name.
    void editStepName(ItemId stepId);
    void editHandoffLabel(ItemId handoffId);
    void editLaneName(ItemId laneId);
    /// Adds a lane below the selected one (or at the bottom) and starts renaming it.
    void addLane();
    /// Deletes a lane; when it has steps, asks which lane takes them.
    void deleteLane(ItemId laneId);
    /// The open in-place editor, or null.
    QLineEdit *inlineEditor() const { return m_editor; }

signals:
    void zoomChanged(double zoom);
    /// The part of the scene the view shows moved or changed size (the overview follows it).
    void visibleSceneRectChanged();
    /// The runs overlay was laid over the map again, or taken off it.
    void runsOverlayUpdated();
    /// The user asked to open the map of a step's sub-process (a double-click on its "+", or
    /// its context menu).
    void subProcessMapRequested(Stepwise::ItemId stepId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Gesture {
        None,
        StepPending,
        MoveSteps,
        Connect,
        Reconnect,
        LanePending,
        LaneReorder,
        LaneResize,
        Pan,
        RubberBand
    };
    enum class EditTarget { None, Step, Handoff, Lane };

    void createActions();
    QAction *makeAction(const char *objectName, const QString &text, const QKeySequence &shortcut,
                        bool edit);
    void updateActions();

    StepItem *stepAt(QPointF scenePos, ItemId except = 0) const;
    LaneItem *laneHeaderAt(QPointF scenePos) const;
    /// The lane whose bottom border is within tolerance of the point, or 0.
    ItemId laneBorderAt(QPointF scenePos, double tolerance) const;
    double sceneTolerance(double pixels) const { return pixels / std::max(zoom(), 0.01); }
    QPointF snapped(QPointF scenePos) const;

    void dragSteps(QPointF scenePos);
    void showGuides(const QLineF &vertical, const QLineF &horizontal);
    void hideOverlays();
    void updateRubberArrow(QPointF from, QPointF to);
    int laneDropIndex(double sceneY) const;
    void updateHoverCursor(QPointF scenePos);
    void cancelGesture();

    void openEditor(EditTarget target, ItemId id, const QRectF &sceneRect, const QString &text);
    void commitEditor();
    void closeEditor();
    void showPresetMenu(QPointF scenePos, ItemId connectFrom);

    // actions
    void insertAfter(int kind);
    void connectSelection();
    void selectAlongHandoffs(bool forward);
    void moveSelectionToNeighbourLane(int direction);
    void renameSelection();
    void deleteSelection();
    void selectAll();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void nudgeSelection(QPointF delta);
    ItemId currentStepId() const;
    void zoomBy(double factor);
    void rebuildOverlay();
    void placeLegend();

    ProcessScene *m_scene = nullptr;
    bool m_autoFit = true; ///< until the user zooms, a newly opened map fits the view
    bool m_snapToGrid = true;
    int m_gridSize = 10;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    QPoint m_lastPanPos;
    ItemId m_pressStepId = 0;
    bool m_selectOnlyOnRelease = false;
    ItemIds m_movingSteps;
    QPointF m_anchorStart; ///< the dragged step's centre when the drag began
    ItemId m_connectFrom = 0;
    QPointF m_connectOrigin;
    ItemId m_reconnectHandoff = 0;
    int m_reconnectEnd = -1;
    ItemId m_dropTargetStep = 0;
    ItemId m_laneId = 0;
    double m_laneStartHeight = 0;
    bool m_spaceHeld = false;
    bool m_arrowChain = false;

    QGraphicsLineItem *m_guideV = nullptr;
    QGraphicsLineItem *m_guideH = nullptr;
    QGraphicsLineItem *m_laneIndicator = nullptr;
    QGraphicsPathItem *m_rubberArrow = nullptr;

    QLineEdit *m_editor = nullptr;
    EditTarget m_editTarget = EditTarget::None;
    ItemId m_editId = 0;

    QByteArray m_lastCopied;
    int m_pasteCount = 0;

    QList<QAction *> m_editActions;
    QList<QAction *> m_viewActions;
    QAction *m_snapAction = nullptr;

    QAction *m_overlayAction = nullptr;
    RunStatsSource m_statsSource;
    bool m_overlayShown = false;
    int m_overlayGeneration = 0; ///< a reply for an older request is dropped
    std::shared_ptr<const RunStats> m_overlayStats; ///< of the open document, once read
    QTimer m_overlayRebuild; ///< coalesces the map's edits into one re-laying
    QMetaObject::Connection m_documentChanged;
    OverlayLegend *m_legend = nullptr;
};

} // namespace Stepwise
