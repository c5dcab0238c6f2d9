#include "mapview.h"

#include "handoffitem.h"
#include "laneitem.h"
#include "overlaylegend.h"
#include "processscene.h"
#include "stepitem.h"

#include "analysis/mapoverlay.h"
#include "analysis/runmetrics.h"
#include "process/processdocument.h"
#include "process/processjson.h"
#include "process/steppreset.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFutureWatcher>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Stepwise {

namespace {

constexpr double GuideSnap = 6; // scene units: how close a centre comes before it aligns
constexpr double MinLaneHeight = 60;
constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 4.0;
constexpr int OverlayZ = 50;

QColor defaultLaneColor()
{
    return QColor(0x42, 0x85, 0xf4);
}

} // namespace

MapView::MapView(QWidget *parent) : QGraphicsView(parent), m_scene(new ProcessScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Process map"));
    setAccessibleDescription(
        tr("The map of the open process: steps in swimlanes connected by handoffs. Arrow keys move "
           "the selection, Alt+arrows walk along handoffs and change lanes, Ctrl+Return inserts a "
           "task after the selected step."));
    createActions();

    m_legend = new OverlayLegend(m_scene, this);
    m_overlayRebuild.setSingleShot(true);
    m_overlayRebuild.setInterval(0);
    connect(&m_overlayRebuild, &QTimer::timeout, this, &MapView::rebuildOverlay);

    connect(m_scene, &ProcessScene::selectedStepsChanged, this, [this] {
        // A new selection starts a new undo step for moves and property edits.
        if (ProcessDocument *doc = document())
            doc->breakMergeChain();
        m_arrowChain = false;
        updateActions();
    });
    connect(m_scene, &ProcessScene::selectedHandoffsChanged, this, &MapView::updateActions);
    connect(m_scene, &ProcessScene::selectedLaneChanged, this, &MapView::updateActions);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &MapView::visibleSceneRectChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MapView::visibleSceneRectChanged);
    updateActions();
}

MapView::~MapView()
{
    // The editor's focus-out must not commit into a half-destroyed view.
    if (m_editor)
        m_editor->removeEventFilter(this);
}

ProcessDocument *MapView::document() const
{
    return m_scene->document();
}

void MapView::setDocument(ProcessDocument *document)
{
    closeEditor();
    cancelGesture();
    disconnect(m_documentChanged);
    m_scene->setDocument(document);
    m_autoFit = true;
    m_pasteCount = 0;
    fitMap();
    // The runs of another process: read them again when the overlay is on.
    m_overlayStats.reset();
    ++m_overlayGeneration;
    m_overlayRebuild.stop();
    if (document) {
        m_documentChanged = connect(document, &ProcessDocument::changed, this, [this] {
            if (m_overlayShown && m_overlayStats)
                m_overlayRebuild.start();
        });
    }
    if (m_overlayShown)
        reloadRunsOverlay();
    updateActions();
}

// --- runs overlay ----------------------------------------------------------------------------

void MapView::setRunStatsSource(RunStatsSource source)
{
    m_statsSource = std::move(source);
    m_overlayStats.reset();
    if (m_overlayShown)
        reloadRunsOverlay();
    updateActions();
}

void MapView::setRunsOverlayShown(bool shown)
{
    if (m_overlayAction->isChecked() != shown)
        m_overlayAction->setChecked(shown); // comes back here through toggled()
    if (shown == m_overlayShown)
        return;
    m_overlayShown = shown;
    if (!shown) {
        ++m_overlayGeneration; // a reading under way is of no use now
        m_overlayRebuild.stop();
        m_scene->setOverlay(nullptr);
        m_legend->hide();
        emit runsOverlayUpdated();
        return;
    }
    if (m_overlayStats)
        rebuildOverlay();
    else
        reloadRunsOverlay();
}

void MapView::reloadRunsOverlay()
{
    m_overlayStats.reset();
    ProcessDocument *doc = document();
    if (!m_overlayShown || !doc || !m_statsSource) {
        // Nothing to lay over: no figures of another map may stay in the corner.
        ++m_overlayGeneration;
        m_legend->hide();
        return;
    }
    const int generation = ++m_overlayGeneration;
    m_legend->setLoading();
    placeLegend();
    m_legend->show();
    // The worker gets copies: the map may change, or the view go, while it reads.
    auto *watcher = new QFutureWatcher<std::optional<RunStats>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_overlayGeneration)
            return;
        std::optional<RunStats> stats = watcher->result();
        if (!stats) {
            m_scene->setOverlay(nullptr);
            m_legend->setFailed();
            placeLegend();
            emit runsOverlayUpdated();
            return;
        }
        m_overlayStats = std::make_shared<const RunStats>(std::move(*stats));
        rebuildOverlay();
    });
    watcher->setFuture(QtConcurrent::run(
        [source = m_statsSource, process = doc->process()] { return source(process); }));
}

void MapView::rebuildOverlay()
{
    ProcessDocument *doc = document();
    if (!m_overlayShown || !m_overlayStats || !doc)
        return;
    // Matching names to the map's steps and handoffs: microseconds, done here.
    auto overlay
        = std::make_shared<const MapOverlay>(computeMapOverlay(doc->process(), *m_overlayStats));
    m_scene->setOverlay(overlay);
    m_legend->setOverlay(*overlay);
    placeLegend();
    m_legend->show();
    emit runsOverlayUpdated();
}

void MapView::placeLegend()
{
    // The bottom right corner of the visible map, clear of the scroll bars.
    const QRect area = viewport()->geometry();
    const QSize size = m_legend->sizeHint();
    m_legend->resize(size);
    m_legend->move(std::max(area.left() + 8, area.right() - size.width() - 12),
                   std::max(area.top() + 8, area.bottom() - size.height() - 12));
    m_legend->raise();
}

// --- actions ---------------------------------------------------------------------------------

QAction *MapView::makeAction(const char *objectName, const QString &text,
                             const QKeySequence &shortcut, bool edit)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
    }
    // Edit keys (Delete, Ctrl+C, arrows with Alt) belong to text fields when those have the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    (edit ? m_editActions : m_viewActions).append(action);
    return action;
}

void MapView::createActions()
{
    using K = QKeySequence;
    connect(makeAction("actionInsertTask", tr("Insert &Task After"), K(Qt::CTRL | Qt::Key_Return),
                       true),
            &QAction::triggered, this, [this] { insertAfter(int(Step::Kind::Task)); });
    connect(makeAction("actionInsertDecision", tr("Insert &Decision After"),
                       K(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), true),
            &QAction::triggered, this, [this] { insertAfter(int(Step::Kind::Decision)); });
    connect(makeAction("actionConnectSelection", tr("&Connect Selection"), K(Qt::CTRL | Qt::Key_L),
                       true),
            &QAction::triggered, this, &MapView::connectSelection);
    connect(makeAction("actionNextStep", tr("&Next Step"), K(Qt::ALT | Qt::Key_Right), true),
            &QAction::triggered, this, [this] { selectAlongHandoffs(true); });
    connect(makeAction("actionPreviousStep", tr("&Previous Step"), K(Qt::ALT | Qt::Key_Left), true),
            &QAction::triggered, this, [this] { selectAlongHandoffs(false); });
    connect(makeAction("actionLaneUp", tr("Move to Lane &Above"), K(Qt::ALT | Qt::Key_Up), true),
            &QAction::triggered, this, [this] { moveSelectionToNeighbourLane(-1); });
    connect(
        makeAction("actionLaneDown", tr("Move to Lane &Below"), K(Qt::ALT | Qt::Key_Down), true),
        &QAction::triggered, this, [this] { moveSelectionToNeighbourLane(1); });
    connect(makeAction("actionAddLane", tr("Add &Lane"), K(Qt::CTRL | Qt::ALT | Qt::Key_N), true),
            &QAction::triggered, this, &MapView::addLane);
    connect(makeAction("actionRenameItem", tr("&Rename"), K(Qt::Key_F2), true), &QAction::triggered,
            this, &MapView::renameSelection);
    QAction *del = makeAction("actionDeleteSelection", tr("&Delete"), K(K::Delete), true);
    del->setShortcuts({K(K::Delete), K(Qt::Key_Backspace)});
    connect(del, &QAction::triggered, this, &MapView::deleteSelection);
    connect(makeAction("actionSelectAll", tr("Select &All"), K(K::SelectAll), true),
            &QAction::triggered, this, &MapView::selectAll);
    connect(makeAction("actionCut", tr("Cu&t"), K(K::Cut), true), &QAction::triggered, this,
            &MapView::cutSelection);
    connect(makeAction("actionCopy", tr("&Copy"), K(K::Copy), true), &QAction::triggered, this,
            &MapView::copySelection);
    connect(makeAction("actionPaste", tr("&Paste"), K(K::Paste), true), &QAction::triggered, this,
            &MapView::paste);
    connect(makeAction("actionDuplicate", tr("D&uplicate"), K(Qt::CTRL | Qt::Key_D), true),
            &QAction::triggered, this, &MapView::duplicateSelection);
    connect(makeAction("actionAutoLayout", tr("Auto-&Layout"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                       true),
            &QAction::triggered, this, [this] {
                if (ProcessDocument *doc = document())
                    doc->autoLayout();
            });

    connect(makeAction("actionZoomIn", tr("Zoom &In"), K(K::ZoomIn), false), &QAction::triggered,
            this, [this] { zoomBy(1.25); });
    connect(makeAction("actionZoomOut", tr("Zoom &Out"), K(K::ZoomOut), false), &QAction::triggered,
            this, [this] { zoomBy(1 / 1.25); });
    connect(makeAction("actionActualSize", tr("&Actual Size"), K(Qt::CTRL | Qt::Key_0), false),
            &QAction::triggered, this, [this] {
                m_autoFit = false;
                setZoom(1.0);
            });
    QAction *fit
        = makeAction("actionFitToWindow", tr("&Fit to Window"), K(Qt::CTRL | Qt::Key_9), false);
    fit->setShortcuts({K(Qt::CTRL | Qt::Key_9), K(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    connect(fit, &QAction::triggered, this, &MapView::fitToWindow);
    connect(makeAction("actionZoomToSelection", tr("Zoom to &Selection"), K(Qt::CTRL | Qt::Key_8),
                       false),
            &QAction::triggered, this, &MapView::zoomToSelection);
    m_snapAction = makeAction("actionSnapToGrid", tr("S&nap to Grid"), K(), false);
    m_snapAction->setToolTip(tr("Snap moved steps to a %1 px grid").arg(m_gridSize));
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(m_snapToGrid);
    connect(m_snapAction, &QAction::toggled, this, &MapView::setSnapToGrid);

    m_overlayAction = makeAction("actionRunsOverlay", tr("&Runs Overlay"),
                                 K(Qt::CTRL | Qt::SHIFT | Qt::Key_O), false);
    m_overlayAction->setCheckable(true);
    // A view of the whole window, not an edit of the map: it works wherever the focus is.
    m_overlayAction->setShortcutContext(Qt::WindowShortcut);
    m_overlayAction->setToolTip(
        tr("Show on the map where the runs spend their time and which "
           "paths they take that the map lacks (%1)")
            .arg(m_overlayAction->shortcut().toString(QKeySequence::NativeText)));
    m_overlayAction->setStatusTip(tr("Colour the steps by their mean waiting and processing time, "
                                     "size the handoffs by how often runs take them"));
    connect(m_overlayAction, &QAction::toggled, this, &MapView::setRunsOverlayShown);
}

void MapView::updateActions()
{
    ProcessDocument *doc = document();
    m_overlayAction->setEnabled(doc && m_statsSource);
    const bool editable = doc && !doc->isReadOnly();
    const ItemIds steps = m_scene->selectedStepIds();
    const bool hasSteps = !steps.isEmpty();
    const bool anything
        = hasSteps || !m_scene->selectedHandoffIds().isEmpty() || m_scene->selectedLaneId();
    for (QAction *action : std::as_const(m_editActions)) {
        const QString name = action->objectName();
        bool enabled = editable;
        if (name == QLatin1String("actionInsertTask")
            || name == QLatin1String("actionInsertDecision")
            || name == QLatin1String("actionLaneUp") || name == QLatin1String("actionLaneDown")
            || name == QLatin1String("actionCut") || name == QLatin1String("actionDuplicate"))
            enabled = editable && hasSteps;
        else if (name == QLatin1String("actionConnectSelection"))
            enabled = editable && steps.size() >= 2;
        else if (name == QLatin1String("actionDeleteSelection")
                 || name == QLatin1String("actionRenameItem"))
            enabled = editable && anything;
        else if (name == QLatin1String("actionCopy"))
            enabled = doc && hasSteps;
        else if (name == QLatin1String("actionNextStep")
                 || name == QLatin1String("actionPreviousStep")
                 || name == QLatin1String("actionSelectAll"))
            enabled = doc != nullptr;
        action->setEnabled(enabled);
    }
}

ItemIds MapView::selectedStepIds() const
{
    return m_scene->selectedStepIds();
}

ItemIds MapView::selectedHandoffIds() const
{
    return m_scene->selectedHandoffIds();
}

ItemId MapView::selectedLaneId() const
{
    return m_scene->selectedLaneId();
}

// --- zoom -----------------------------------------------------------------------------------

void MapView::fitMap()
{
    const QRectF rect = m_scene->mapRect();
    const QSize available = viewport()->size();
    if (rect.isEmpty() || available.isEmpty())
        return;
    // Smaller than 70% names get hard to read: scroll rather than shrink further.
    const double fit
        = std::min(available.width() / rect.width(), available.height() / rect.height());
    const double z = std::clamp(fit, 0.7, 1.0);
    setTransform(QTransform::fromScale(z, z));
    ensureVisible(QRectF(rect.topLeft(), QSizeF(1, 1)), 0, 0);
    emit zoomChanged(z);
}

void MapView::fitToWindow()
{
    m_autoFit = false;
    const QRectF rect = m_scene->mapRect().adjusted(-10, -10, 10, 10);
    const QSize available = viewport()->size();
    if (rect.isEmpty() || available.isEmpty())
        return;
    const double fit
        = std::min(available.width() / rect.width(), available.height() / rect.height());
    const double z = std::clamp(fit, MinZoom, 1.0);
    setTransform(QTransform::fromScale(z, z));
    centerOn(rect.center());
    emit zoomChanged(z);
}

void MapView::zoomToSelection()
{
    QRectF rect;
    for (QGraphicsItem *item : m_scene->selectedItems())
        rect |= item->sceneBoundingRect();
    if (LaneItem *lane = m_scene->laneItem(m_scene->selectedLaneId()))
        rect |= lane->sceneBoundingRect();
    if (rect.isEmpty())
        return;
    m_autoFit = false;
    rect.adjust(-40, -40, 40, 40);
    const QSize available = viewport()->size();
    const double z
        = std::clamp(std::min(available.width() / rect.width(), available.height() / rect.height()),
                     MinZoom, 2.0);
    setTransform(QTransform::fromScale(z, z));
    centerOn(rect.center());
    emit zoomChanged(z);
}

void MapView::setZoom(double zoom)
{
    commitEditor();
    // scale() keeps the point under the mouse in place (the transformation anchor).
    const double factor = std::clamp(zoom, MinZoom, MaxZoom) / this->zoom();
    scale(factor, factor);
    emit zoomChanged(this->zoom());
}

void MapView::zoomBy(double factor)
{
    m_autoFit = false;
    setZoom(zoom() * factor);
}

void MapView::setSnapToGrid(bool snap)
{
    m_snapToGrid = snap;
    if (m_snapAction && m_snapAction->isChecked() != snap)
        m_snapAction->setChecked(snap);
}

void MapView::setGridSize(int size)
{
    m_gridSize = std::max(1, size);
    if (m_snapAction)
        m_snapAction->setToolTip(tr("Snap moved steps to a %1 px grid").arg(m_gridSize));
}

QPointF MapView::snapped(QPointF p) const
{
    if (!m_snapToGrid)
        return p;
    const double g = m_gridSize;
    return {std::round(p.x() / g) * g, std::round(p.y() / g) * g};
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_autoFit = false;
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(zoom() * std::pow(1.15, steps));
    event->accept();
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitMap();
    placeLegend();
    emit visibleSceneRectChanged();
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleSceneRectChanged();
}

void MapView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_scene->setCanvasPalette(palette());
        m_legend->update();
    }
}

// --- hit testing ------------------------------------------------------------------------------

StepItem *MapView::stepAt(QPointF scenePos, ItemId except) const
{
    const QList<QGraphicsItem *> found = m_scene->items(scenePos);
    for (QGraphicsItem *item : found) {
        if (item->type() == StepItem::Type) {
            auto *step = static_cast<StepItem *>(item);
            if (step->stepId() != except)
                return step;
        }
    }
    return nullptr;
}

LaneItem *MapView::laneHeaderAt(QPointF scenePos) const
{
    const QList<QGraphicsItem *> found = m_scene->items(scenePos);
    for (QGraphicsItem *item : found) {
        if (item->type() == LaneItem::Type) {
            auto *lane = static_cast<LaneItem *>(item);
            if (lane->sceneHeaderRect().contains(scenePos))
                return lane;
        }
    }
    return nullptr;
}

ItemId MapView::laneBorderAt(QPointF scenePos, double tolerance) const
{
    const ProcessDocument *doc = document();
    if (!doc)
        return 0;
    const QRectF map = m_scene->mapRect();
    if (scenePos.x() < map.left() || scenePos.x() > map.right())
        return 0;
    double bottom = 0;
    for (const Lane &lane : doc->process().lanes) {
        bottom += lane.height;
        if (std::abs(scenePos.y() - bottom) <= tolerance)
            return lane.id;
    }
    return 0;
}

// --- mouse ----------------------------------------------------------------------------------

void MapView::mousePressEvent(QMouseEvent *event)
{
    commitEditor();
    setFocus(Qt::MouseFocusReason);
    m_pressViewPos = event->position().toPoint();
    m_pressScenePos = mapToScene(m_pressViewPos);
    ProcessDocument *doc = document();

    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        m_lastPanPos = m_pressViewPos;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || !doc) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const bool editable = !doc->isReadOnly();
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool toggle = mods & (Qt::ShiftModifier | Qt::ControlModifier);
    const double tolerance = sceneTolerance(6);

    // 1. An end of a selected handoff: reconnect it.
    if (editable) {
        for (ItemId id : m_scene->selectedHandoffIds()) {
            HandoffItem *item = m_scene->handoffItem(id);
            const int end = item ? item->endAt(m_pressScenePos, tolerance + 2) : -1;
            if (end != HandoffItem::NoEnd) {
                m_gesture = Gesture::Reconnect;
                m_reconnectHandoff = id;
                m_reconnectEnd = end;
                m_connectOrigin
                    = end == HandoffItem::SourceEnd ? item->route().last() : item->route().first();
                event->accept();
                return;
            }
        }
    }

    // 2. A lane's bottom border: resize the lane.
    if (editable && !toggle) {
        if (const ItemId lane = laneBorderAt(m_pressScenePos, sceneTolerance(4))) {
            if (!stepAt(m_pressScenePos)) {
                m_gesture = Gesture::LaneResize;
                m_laneId = lane;
                m_laneStartHeight = doc->process().lane(lane)->height;
                doc->breakMergeChain();
                event->accept();
                return;
            }
        }
    }

    // 3. A step: its handles start a handoff, its body selects and moves.
    if (StepItem *step = stepAt(m_pressScenePos)) {
        const StepItem::Handle handle
            = step->handleAt(step->mapFromScene(m_pressScenePos), tolerance + 1);
        if (editable && !toggle && handle != StepItem::NoHandle) {
            m_gesture = Gesture::Connect;
            m_connectFrom = step->stepId();
            m_connectOrigin = step->mapToScene(step->handlePos(handle));
            event->accept();
            return;
        }
        m_pressStepId = step->stepId();
        m_selectOnlyOnRelease = false;
        if (toggle) {
            step->setSelected(!step->isSelected());
        } else if (!step->isSelected()) {
            m_scene->selectSteps({step->stepId()});
        } else {
            m_selectOnlyOnRelease = true;
        }
        m_gesture = step->isSelected() && editable ? Gesture::StepPending : Gesture::None;
        event->accept();
        return;
    }

    // 4. A handoff: select it.
    const QList<QGraphicsItem *> under = m_scene->items(m_pressScenePos);
    for (QGraphicsItem *item : under) {
        if (item->type() != HandoffItem::Type)
            continue;
        if (toggle) {
            item->setSelected(!item->isSelected());
        } else {
            m_scene->selectHandoffs({static_cast<HandoffItem *>(item)->handoffId()});
        }
        m_gesture = Gesture::None;
        event->accept();
        return;
    }

    // 5. A lane header: select the lane; dragging it reorders.
    if (LaneItem *lane = laneHeaderAt(m_pressScenePos)) {
        m_scene->selectLane(lane->laneId());
        m_laneId = lane->laneId();
        m_gesture = editable ? Gesture::LanePending : Gesture::None;
        event->accept();
        return;
    }

    // 6. Empty canvas: a rubber band (with Shift/Ctrl it adds to the selection).
    if (!toggle)
        m_scene->clearAllSelection();
    m_gesture = Gesture::RubberBand;
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint viewPos = event->position().toPoint();
    const QPointF scenePos = mapToScene(viewPos);
    ProcessDocument *doc = document();
    const bool farEnough
        = (viewPos - m_pressViewPos).manhattanLength() >= QApplication::startDragDistance();

    switch (m_gesture) {
    case Gesture::None:
        QGraphicsView::mouseMoveEvent(event);
        updateHoverCursor(scenePos);
        return;
    case Gesture::RubberBand:
        QGraphicsView::mouseMoveEvent(event);
        return;
    case Gesture::Pan: {
        const QPoint delta = viewPos - m_lastPanPos;
        m_lastPanPos = viewPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    case Gesture::StepPending:
        if (!farEnough || !doc)
            return;
        m_gesture = Gesture::MoveSteps;
        m_movingSteps = m_scene->selectedStepIds();
        if (StepItem *anchor = m_scene->stepItem(m_pressStepId))
            m_anchorStart = anchor->pos();
        m_selectOnlyOnRelease = false;
        doc->breakMergeChain();
        dragSteps(scenePos);
        return;
    case Gesture::MoveSteps:
        dragSteps(scenePos);
        return;
    case Gesture::Connect:
    case Gesture::Reconnect: {
        const ItemId except = m_gesture == Gesture::Connect ? m_connectFrom : 0;
        StepItem *target = stepAt(scenePos, except);
        if (StepItem *old = m_scene->stepItem(m_dropTargetStep); old && old != target)
            old->setDropTarget(false);
        m_dropTargetStep = target ? target->stepId() : 0;
        if (target)
            target->setDropTarget(true);
        if (m_gesture == Gesture::Connect)
            updateRubberArrow(m_connectOrigin, scenePos);
        else if (m_reconnectEnd == HandoffItem::TargetEnd)
            updateRubberArrow(m_connectOrigin, scenePos);
        else
            updateRubberArrow(scenePos, m_connectOrigin);
        event->accept();
        return;
    }
    case Gesture::LanePending:
        if (!farEnough)
            return;
        m_gesture = Gesture::LaneReorder;
        viewport()->setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Gesture::LaneReorder: {
        if (!doc)
            return;
        const int index = laneDropIndex(scenePos.y());
        const Process &process = doc->process();
        const double y = index < process.lanes.size() ? process.laneTop(process.lanes[index].id)
                                                      : process.lanesHeight();
        if (!m_laneIndicator) {
            m_laneIndicator = new QGraphicsLineItem;
            m_laneIndicator->setZValue(OverlayZ);
            m_laneIndicator->setAcceptedMouseButtons(Qt::NoButton);
            m_scene->addItem(m_laneIndicator);
        }
        QPen pen(m_scene->canvasPalette().highlight(), 3);
        pen.setCosmetic(true);
        m_laneIndicator->setPen(pen);
        const QRectF map = m_scene->mapRect();
        m_laneIndicator->setLine(QLineF(map.left(), y, map.right(), y));
        m_laneIndicator->show();
        event->accept();
        return;
    }
    case Gesture::LaneResize: {
        if (!doc)
            return;
        double height = m_laneStartHeight + (scenePos.y() - m_pressScenePos.y());
        if (m_snapToGrid)
            height = std::round(height / m_gridSize) * m_gridSize;
        height = std::max(height, MinLaneHeight);
        doc->setValue(ObjectType::Lane, {m_laneId}, Property::LaneHeight, height);
        event->accept();
        return;
    }
    }
}

void MapView::dragSteps(QPointF scenePos)
{
    ProcessDocument *doc = document();
    StepItem *anchor = m_scene->stepItem(m_pressStepId);
    if (!doc || !anchor || m_movingSteps.isEmpty())
        return;
    QPointF target = snapped(m_anchorStart + (scenePos - m_pressScenePos));

    // Alignment guides: a centre within GuideSnap of a visible neighbour's centre aligns to it.
    const QSet<ItemId> moving(m_movingSteps.cbegin(), m_movingSteps.cend());
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QLineF vertical, horizontal;
    double bestX = GuideSnap + 1, bestY = GuideSnap + 1;
    QPointF alignX, alignY;
    const auto scan = [&](const QRectF &strip, bool forX) {
        const QList<QGraphicsItem *> found = m_scene->items(strip, Qt::IntersectsItemBoundingRect);
        for (QGraphicsItem *item : found) {
            if (item->type() != StepItem::Type)
                continue;
            auto *step = static_cast<StepItem *>(item);
            if (moving.contains(step->stepId()))
                continue;
            const QPointF c = step->pos();
            const double d = forX ? std::abs(c.x() - target.x()) : std::abs(c.y() - target.y());
            if (forX && d < bestX) {
                bestX = d;
                alignX = c;
            } else if (!forX && d < bestY) {
                bestY = d;
                alignY = c;
            }
        }
    };
    scan(QRectF(target.x() - GuideSnap, visible.top(), 2 * GuideSnap, visible.height()), true);
    scan(QRectF(visible.left(), target.y() - GuideSnap, visible.width(), 2 * GuideSnap), false);
    if (bestX <= GuideSnap) {
        target.setX(alignX.x());
        vertical = QLineF(alignX.x(), std::min(alignX.y(), target.y()) - 50, alignX.x(),
                          std::max(alignX.y(), target.y()) + 50);
    }
    if (bestY <= GuideSnap) {
        target.setY(alignY.y());
        horizontal = QLineF(std::min(alignY.x(), target.x()) - 90, alignY.y(),
                            std::max(alignY.x(), target.x()) + 90, alignY.y());
    }
    showGuides(vertical, horizontal);

    const QPointF delta = target - anchor->pos();
    if (!delta.isNull())
        doc->moveStepsBy(m_movingSteps, delta);
}

void MapView::showGuides(const QLineF &vertical, const QLineF &horizontal)
{
    QPen pen(m_scene->canvasPalette().crossLane(), 1, Qt::DashLine);
    pen.setCosmetic(true);
    const auto show = [&](QGraphicsLineItem *&item, const QLineF &line) {
        if (line.isNull()) {
            if (item)
                item->hide();
            return;
        }
        if (!item) {
            item = new QGraphicsLineItem;
            item->setZValue(OverlayZ);
            item->setAcceptedMouseButtons(Qt::NoButton);
            m_scene->addItem(item);
        }
        item->setPen(pen);
        item->setLine(line);
        item->show();
    };
    show(m_guideV, vertical);
    show(m_guideH, horizontal);
}

void MapView::updateRubberArrow(QPointF from, QPointF to)
{
    if (!m_rubberArrow) {
        m_rubberArrow = new QGraphicsPathItem;
        m_rubberArrow->setZValue(OverlayZ);
        m_rubberArrow->setAcceptedMouseButtons(Qt::NoButton);
        m_scene->addItem(m_rubberArrow);
    }
    QPainterPath path(from);
    path.lineTo(to);
    const QLineF line(from, to);
    if (line.length() > 1) {
        const double angle = std::atan2(line.dy(), line.dx());
        const double size = 10;
        path.moveTo(to - QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)) * size);
        path.lineTo(to);
        path.lineTo(to - QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45)) * size);
    }
    QPen pen(m_scene->canvasPalette().highlight(), 2, Qt::DashLine);
    pen.setCosmetic(true);
    m_rubberArrow->setPen(pen);
    m_rubberArrow->setPath(path);
    m_rubberArrow->show();
}

void MapView::hideOverlays()
{
    for (QGraphicsItem *item : std::initializer_list<QGraphicsItem *> {
             m_guideV, m_guideH, m_laneIndicator, m_rubberArrow}) {
        if (item)
            item->hide();
    }
    if (StepItem *target = m_scene->stepItem(m_dropTargetStep))
        target->setDropTarget(false);
    m_dropTargetStep = 0;
}

int MapView::laneDropIndex(double sceneY) const
{
    const ProcessDocument *doc = document();
    if (!doc)
        return 0;
    const Process &process = doc->process();
    int best = 0;
    double bestDistance = std::abs(sceneY);
    double y = 0;
    for (int i = 0; i < process.lanes.size(); ++i) {
        y += process.lanes[i].height;
        if (std::abs(sceneY - y) < bestDistance) {
            bestDistance = std::abs(sceneY - y);
            best = i + 1;
        }
    }
    return best;
}

void MapView::updateHoverCursor(QPointF scenePos)
{
    if (m_spaceHeld) {
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    ProcessDocument *doc = document();
    if (!doc || doc->isReadOnly()) {
        viewport()->unsetCursor();
        return;
    }
    const double tolerance = sceneTolerance(6);
    if (StepItem *step = stepAt(scenePos)) {
        if (step->handleAt(step->mapFromScene(scenePos), tolerance + 1) != StepItem::NoHandle)
            viewport()->setCursor(Qt::CrossCursor);
        else
            viewport()->setCursor(Qt::SizeAllCursor);
        return;
    }
    if (laneBorderAt(scenePos, sceneTolerance(4))) {
        viewport()->setCursor(Qt::SizeVerCursor);
        return;
    }
    if (laneHeaderAt(scenePos)) {
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    viewport()->unsetCursor();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    ProcessDocument *doc = document();
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;

    switch (gesture) {
    case Gesture::None:
    case Gesture::RubberBand:
        QGraphicsView::mouseReleaseEvent(event);
        return;
    case Gesture::Pan:
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        break;
    case Gesture::StepPending:
        if (m_selectOnlyOnRelease)
            m_scene->selectSteps({m_pressStepId});
        break;
    case Gesture::MoveSteps:
        hideOverlays();
        if (doc)
            doc->breakMergeChain();
        m_movingSteps.clear();
        break;
    case Gesture::Connect: {
        const ItemId target = m_dropTargetStep;
        hideOverlays();
        if (!doc)
            break;
        if (target) {
            doc->connectSteps(m_connectFrom, target);
        } else if (!stepAt(scenePos) && !doc->process().lanes.isEmpty()
                   && m_scene->mapRect().contains(scenePos)
                   && (event->position().toPoint() - m_pressViewPos).manhattanLength()
                       >= QApplication::startDragDistance() * 3) {
            // Dropped on empty canvas: offer a new step there, connected from the source.
            showPresetMenu(scenePos, m_connectFrom);
        }
        break;
    }
    case Gesture::Reconnect: {
        const ItemId target = m_dropTargetStep;
        hideOverlays();
        if (doc && target) {
            if (m_reconnectEnd == HandoffItem::SourceEnd)
                doc->reconnect(m_reconnectHandoff, target, 0);
            else
                doc->reconnect(m_reconnectHandoff, 0, target);
        }
        break;
    }
    case Gesture::LanePending:
        break;
    case Gesture::LaneReorder: {
        hideOverlays();
        viewport()->unsetCursor();
        if (!doc)
            break;
        const int current = doc->process().laneIndex(m_laneId);
        int index = laneDropIndex(scenePos.y());
        if (index > current)
            --index;
        if (current >= 0 && index != current)
            doc->moveLane(m_laneId, index);
        break;
    }
    case Gesture::LaneResize:
        if (doc)
            doc->breakMergeChain();
        break;
    }
    event->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    ProcessDocument *doc = document();
    if (event->button() == Qt::LeftButton && doc) {
        // The "+" of a sub-process opens its map (the rest of the step renames it).
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (StepItem *step = stepAt(scenePos)) {
            const QRectF marker = step->expandMarkerRect().adjusted(-3, -3, 3, 3);
            if (step->hasChildMap() && marker.contains(step->mapFromScene(scenePos))) {
                m_gesture = Gesture::None;
                emit subProcessMapRequested(step->stepId());
                return;
            }
        }
    }
    if (event->button() != Qt::LeftButton || !doc || doc->isReadOnly()) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    m_gesture = Gesture::None;
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (StepItem *step = stepAt(scenePos)) {
        editStepName(step->stepId());
        return;
    }
    const QList<QGraphicsItem *> under = m_scene->items(scenePos);
    for (QGraphicsItem *item : under) {
        if (item->type() == HandoffItem::Type) {
            editHandoffLabel(static_cast<HandoffItem *>(item)->handoffId());
            return;
        }
    }
    if (LaneItem *lane = laneHeaderAt(scenePos)) {
        editLaneName(lane->laneId());
        return;
    }
    if (m_scene->mapRect().contains(scenePos) || doc->process().lanes.isEmpty()) {
        showPresetMenu(scenePos, 0);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    // Only a step with a map of its own has a menu: it opens that map.
    StepItem *step = document() ? stepAt(mapToScene(event->pos())) : nullptr;
    if (!step || !step->hasChildMap()) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("stepContextMenu"));
    QAction *open = menu.addAction(tr("&Open Sub-process Map"));
    open->setObjectName(QStringLiteral("actionOpenSubProcessMap"));
    const ItemId stepId = step->stepId();
    connect(open, &QAction::triggered, this,
            [this, stepId] { emit subProcessMapRequested(stepId); });
    menu.exec(event->globalPos());
}

void MapView::cancelGesture()
{
    if (m_gesture == Gesture::MoveSteps || m_gesture == Gesture::LaneResize) {
        if (ProcessDocument *doc = document())
            doc->breakMergeChain();
    }
    m_gesture = Gesture::None;
    hideOverlays();
    viewport()->unsetCursor();
}

void MapView::showPresetMenu(QPointF scenePos, ItemId connectFrom)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("presetMenu"));
    menu.setAccessibleName(connectFrom ? tr("Add a connected step") : tr("Add a step"));
    menu.setToolTipsVisible(true);
    const QVector<StepPreset> presets = stepPresets();
    for (const StepPreset &preset : presets) {
        QAction *action = menu.addAction(preset.label);
        action->setObjectName(QStringLiteral("preset_") + preset.id);
        action->setToolTip(preset.description);
        action->setData(preset.id);
        if (preset.id == QLatin1String("end"))
            menu.addSeparator();
    }
    QAction *chosen = menu.exec(viewport()->mapToGlobal(mapFromScene(scenePos)));
    if (chosen)
        createStepFromPreset(chosen->data().toString(), scenePos, connectFrom);
}

ItemId MapView::createStepFromPreset(const QString &presetId, QPointF scenePos, ItemId connectFrom)
{
    ProcessDocument *doc = document();
    const std::optional<StepPreset> preset = stepPreset(presetId);
    if (!doc || doc->isReadOnly() || !preset)
        return 0;
    const QPointF p = snapped(scenePos);
    ItemId laneId = doc->process().laneAt(p.y());
    const bool macro = !laneId || connectFrom;
    if (macro)
        doc->undoStack()->beginMacro(tr("Add %1").arg(preset->label));
    if (!laneId)
        laneId = doc->addLane(tr("Owner"), Lane::Kind::Role, defaultLaneColor());
    Step step = preset->prototype;
    step.laneId = laneId;
    const Process &process = doc->process();
    const Lane *lane = process.lane(laneId);
    const double height = lane ? lane->height : 160;
    double y = p.y() - process.laneTop(laneId);
    if (y < 0 || y > height)
        y = std::round(height / 2);
    step.pos = QPointF(p.x(), y);
    const ItemIds ids = laneId ? doc->addSteps({step}) : ItemIds();
    if (!ids.isEmpty() && connectFrom)
        doc->connectSteps(connectFrom, ids.first());
    if (macro)
        doc->undoStack()->endMacro();
    if (ids.isEmpty())
        return 0;
    m_scene->selectSteps(ids);
    return ids.first();
}

// --- drag and drop from the palette ---------------------------------------------------------

void MapView::dragEnterEvent(QDragEnterEvent *event)
{
    ProcessDocument *doc = document();
    if (doc && !doc->isReadOnly() && event->mimeData()->hasFormat(presetMimeType())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void MapView::dragMoveEvent(QDragMoveEvent *event)
{
    ProcessDocument *doc = document();
    if (doc && !doc->isReadOnly() && event->mimeData()->hasFormat(presetMimeType())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void MapView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QGraphicsView::dragLeaveEvent(event);
}

void MapView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(presetMimeType())) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QString id = QString::fromUtf8(event->mimeData()->data(presetMimeType()));
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (createStepFromPreset(id, scenePos)) {
        event->acceptProposedAction();
        setFocus(Qt::OtherFocusReason);
    } else {
        event->ignore();
    }
}

// --- keyboard -------------------------------------------------------------------------------

void MapView::keyPressEvent(QKeyEvent *event)
{
    ProcessDocument *doc = document();
    const int key = event->key();
    const bool arrow
        = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    const bool modifier = key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt
        || key == Qt::Key_Meta;
    // Any other key ends a run of arrow moves (a modifier alone does not: Shift+arrow nudges).
    if (!arrow && !modifier) {
        if (doc && !event->isAutoRepeat())
            doc->breakMergeChain();
        m_arrowChain = false;
    }

    if (key == Qt::Key_Escape) {
        if (m_gesture != Gesture::None)
            cancelGesture();
        else
            m_scene->clearAllSelection();
        event->accept();
        return;
    }
    if (key == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (arrow && !(event->modifiers() & (Qt::AltModifier | Qt::ControlModifier)) && doc
        && !m_scene->selectedStepIds().isEmpty()) {
        const double step
            = (event->modifiers() & Qt::ShiftModifier) || !m_snapToGrid ? 1.0 : double(m_gridSize);
        QPointF delta;
        if (key == Qt::Key_Left)
            delta = {-step, 0};
        else if (key == Qt::Key_Right)
            delta = {step, 0};
        else if (key == Qt::Key_Up)
            delta = {0, -step};
        else
            delta = {0, step};
        nudgeSelection(delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (m_gesture != Gesture::Pan)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

void MapView::nudgeSelection(QPointF delta)
{
    ProcessDocument *doc = document();
    if (!doc || doc->isReadOnly())
        return;
    // Consecutive arrow presses are one undo step, until another key or a selection change.
    if (!m_arrowChain)
        doc->breakMergeChain();
    m_arrowChain = true;
    const ItemIds ids = m_scene->selectedStepIds();
    doc->moveStepsBy(ids, delta);
    if (StepItem *item = m_scene->stepItem(currentStepId()))
        ensureVisible(item, 20, 20);
}

ItemId MapView::currentStepId() const
{
    const ItemIds ordered = m_scene->selectedStepIdsInOrder();
    return ordered.isEmpty() ? 0 : ordered.last();
}

void MapView::insertAfter(int kind)
{
    ProcessDocument *doc = document();
    const ItemId current = currentStepId();
    if (!doc || !current)
        return;
    const ItemId id = doc->insertStepAfter(current, Step::Kind(kind));
    if (!id)
        return;
    m_scene->selectSteps({id});
    if (StepItem *item = m_scene->stepItem(id))
        ensureVisible(item, 40, 40);
    editStepName(id);
}

void MapView::connectSelection()
{
    ProcessDocument *doc = document();
    const ItemIds ids = m_scene->selectedStepIdsInOrder();
    if (doc && ids.size() >= 2)
        doc->connectChain(ids);
}

void MapView::selectAlongHandoffs(bool forward)
{
    ProcessDocument *doc = document();
    if (!doc)
        return;
    const Process &process = doc->process();
    const ItemId current = currentStepId();
    ItemId next = 0;
    if (!current) {
        // Nothing selected: start at the first start step (or the first step).
        for (const Step &step : process.steps) {
            if (!next || step.kind == Step::Kind::Start) {
                next = step.id;
                if (step.kind == Step::Kind::Start)
                    break;
            }
        }
    } else {
        for (const Handoff &handoff : process.handoffs) {
            if (forward && handoff.fromStepId == current) {
                next = handoff.toStepId;
                break;
            }
            if (!forward && handoff.toStepId == current) {
                next = handoff.fromStepId;
                break;
            }
        }
    }
    if (!next)
        return;
    m_scene->selectSteps({next});
    if (StepItem *item = m_scene->stepItem(next))
        ensureVisible(item, 40, 40);
}

void MapView::moveSelectionToNeighbourLane(int direction)
{
    ProcessDocument *doc = document();
    if (!doc)
        return;
    const Process &process = doc->process();
    QVector<StepPlacement> placements;
    bool changes = false;
    for (ItemId id : m_scene->selectedStepIds()) {
        const Step *step = process.step(id);
        const int index = process.laneIndex(step->laneId) + direction;
        const bool inside = index >= 0 && index < process.lanes.size();
        const ItemId lane = inside ? process.lanes[index].id : step->laneId;
        changes |= inside;
        placements.append({id, lane, step->pos});
    }
    if (!changes)
        return;
    doc->breakMergeChain();
    doc->moveSteps(placements);
    doc->breakMergeChain();
}

void MapView::renameSelection()
{
    const ItemIds handoffs = m_scene->selectedHandoffIds();
    if (const ItemId step = currentStepId())
        editStepName(step);
    else if (!handoffs.isEmpty())
        editHandoffLabel(handoffs.first());
    else if (const ItemId lane = m_scene->selectedLaneId())
        editLaneName(lane);
}

void MapView::deleteSelection()
{
    ProcessDocument *doc = document();
    if (!doc || doc->isReadOnly())
        return;
    const ItemIds steps = m_scene->selectedStepIds();
    ItemIds handoffs;
    {
        // Handoffs of deleted steps go with them; the others are disconnected on their own.
        const QSet<ItemId> gone(steps.cbegin(), steps.cend());
        for (ItemId id : m_scene->selectedHandoffIds()) {
            const Handoff *h = doc->process().handoff(id);
            if (h && !gone.contains(h->fromStepId) && !gone.contains(h->toStepId))
                handoffs.append(id);
        }
    }
    if (!steps.isEmpty() && !handoffs.isEmpty()) {
        doc->undoStack()->beginMacro(tr("Delete"));
        doc->disconnect(handoffs);
        doc->removeSteps(steps);
        doc->undoStack()->endMacro();
    } else if (!steps.isEmpty()) {
        doc->removeSteps(steps);
    } else if (!handoffs.isEmpty()) {
        doc->disconnect(handoffs);
    } else if (const ItemId lane = m_scene->selectedLaneId()) {
        deleteLane(lane);
    }
}

void MapView::deleteLane(ItemId laneId)
{
    ProcessDocument *doc = document();
    const Process &process = doc->process();
    const Lane *lane = process.lane(laneId);
    if (!lane)
        return;
    const int steps = int(std::count_if(process.steps.cbegin(), process.steps.cend(),
                                        [laneId](const Step &s) { return s.laneId == laneId; }));
    if (steps == 0) {
        doc->removeLane(laneId);
        return;
    }
    if (process.lanes.size() < 2) {
        QMessageBox::information(this, tr("Delete Lane"),
                                 tr("\u201c%1\u201d is the only lane and has steps: add another "
                                    "lane for them first.")
                                     .arg(lane->name));
        return;
    }
    // Its steps need a new owner: the user picks the lane, the one above is offered first.
    QStringList names;
    ItemIds ids;
    const int index = process.laneIndex(laneId);
    for (int i = 0; i < process.lanes.size(); ++i) {
        if (i == index)
            continue;
        names << process.lanes[i].name;
        ids << process.lanes[i].id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Delete Lane"),
        tr("Move the %n step(s) of \u201c%1\u201d to:", nullptr, steps).arg(lane->name), names,
        std::max(0, index - 1), false, &ok);
    if (!ok)
        return;
    const int at = int(names.indexOf(chosen));
    if (at >= 0)
        doc->removeLane(laneId, ids[at]);
}

void MapView::addLane()
{
    ProcessDocument *doc = document();
    if (!doc || doc->isReadOnly())
        return;
    // Soft colours in turn, so neighbouring lanes tell apart.
    static const QRgb colours[] = {0x4285f4, 0x34a853, 0xfbbc05, 0xea4335, 0x9c27b0, 0x00acc1};
    const Process &process = doc->process();
    const int selected = process.laneIndex(m_scene->selectedLaneId());
    const int index = selected >= 0 ? selected + 1 : int(process.lanes.size());
    const QColor colour(colours[process.lanes.size() % (sizeof colours / sizeof *colours)]);
    const ItemId id = doc->addLane(tr("New lane"), Lane::Kind::Role, colour, index);
    if (!id)
        return;
    m_scene->selectLane(id);
    editLaneName(id);
}

void MapView::selectAll()
{
    ProcessDocument *doc = document();
    if (!doc)
        return;
    ItemIds ids;
    for (const Step &step : doc->process().steps)
        ids.append(step.id);
    m_scene->selectSteps(ids);
}

void MapView::copySelection()
{
    ProcessDocument *doc = document();
    const ItemIds ids = m_scene->selectedStepIds();
    if (!doc || ids.isEmpty())
        return;
    const QByteArray data = doc->copySteps(ids);
    if (data.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(ProcessDocument::fragmentMimeType(), data);
    QApplication::clipboard()->setMimeData(mime);
    m_lastCopied = data;
    m_pasteCount = 0;
}

void MapView::cutSelection()
{
    ProcessDocument *doc = document();
    if (!doc || doc->isReadOnly())
        return;
    copySelection();
    doc->removeSteps(m_scene->selectedStepIds());
    // Pasting what was cut puts it back where it was.
    m_lastCopied.clear();
}

void MapView::paste()
{
    ProcessDocument *doc = document();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!doc || doc->isReadOnly() || !mime || !mime->hasFormat(ProcessDocument::fragmentMimeType()))
        return;
    const QByteArray data = mime->data(ProcessDocument::fragmentMimeType());
    // With the mouse over the map the fragment lands there (its lanes kept); otherwise what this
    // view copied lands a little offset each time, so copies do not hide the original.
    QPointF offset;
    const QPoint mouse = viewport()->mapFromGlobal(QCursor::pos());
    std::optional<Process> fragment;
    if (viewport()->rect().contains(mouse) && viewport()->underMouse()) {
        QJsonObject json = QJsonDocument::fromJson(data).object();
        json.remove(QLatin1String("format"));
        fragment = processFromJson(json);
    }
    if (fragment && !fragment->steps.isEmpty()) {
        double left = fragment->steps.first().pos.x();
        for (const Step &step : std::as_const(fragment->steps))
            left = std::min(left, step.pos.x());
        offset = QPointF(snapped(mapToScene(mouse)).x() - left, 0);
    } else {
        const int n = data == m_lastCopied ? ++m_pasteCount : m_pasteCount++;
        offset = QPointF(2.0 * m_gridSize * n, 2.0 * m_gridSize * n);
    }
    const ItemIds ids = doc->paste(data, offset);
    if (!ids.isEmpty())
        m_scene->selectSteps(ids);
}

void MapView::duplicateSelection()
{
    ProcessDocument *doc = document();
    const ItemIds ids = m_scene->selectedStepIds();
    if (!doc || ids.isEmpty())
        return;
    const ItemIds copies = doc->duplicateSteps(ids);
    if (!copies.isEmpty())
        m_scene->selectSteps(copies);
}

// --- in-place editing -------------------------------------------------------------------------

void MapView::editStepName(ItemId stepId)
{
    StepItem *item = m_scene->stepItem(stepId);
    if (!item)
        return;
    QRectF rect = item->nameRect().translated(item->pos());
    rect = QRectF(rect.center().x() - std::max(rect.width(), 140.0) / 2, rect.center().y() - 13,
                  std::max(rect.width(), 140.0), 26);
    openEditor(EditTarget::Step, stepId, rect, item->name());
}

void MapView::editHandoffLabel(ItemId handoffId)
{
    HandoffItem *item = m_scene->handoffItem(handoffId);
    if (!item)
        return;
    QRectF rect = item->labelRect();
    if (rect.isNull()) {
        const QPolygonF route = item->route();
        const QPointF mid = route.size() >= 2 ? (route[0] + route[1]) / 2 : QPointF();
        rect = QRectF(mid.x() - 60, mid.y() - 24, 120, 24);
    }
    rect.setWidth(std::max(rect.width(), 120.0));
    rect.setHeight(26);
    openEditor(EditTarget::Handoff, handoffId, rect, item->label());
}

void MapView::editLaneName(ItemId laneId)
{
    LaneItem *item = m_scene->laneItem(laneId);
    if (!item)
        return;
    openEditor(EditTarget::Lane, laneId, item->sceneNameRect(), item->name());
}

void MapView::openEditor(EditTarget target, ItemId id, const QRectF &sceneRect, const QString &text)
{
    ProcessDocument *doc = document();
    if (!doc || doc->isReadOnly())
        return;
    closeEditor();
    m_editTarget = target;
    m_editId = id;
    m_editor = new QLineEdit(viewport());
    m_editor->setObjectName(QStringLiteral("inlineEditor"));
    m_editor->setAccessibleName(target == EditTarget::Step       ? tr("Step name")
                                    : target == EditTarget::Lane ? tr("Lane name")
                                                                 : tr("Handoff label"));
    m_editor->setText(text);
    m_editor->selectAll();
    m_editor->setAlignment(Qt::AlignCenter);
    // The editor keeps a readable size whatever the zoom.
    QRect rect = mapFromScene(sceneRect).boundingRect();
    const int height = std::max(rect.height(), m_editor->sizeHint().height());
    rect = QRect(rect.left(), rect.center().y() - height / 2, std::max(rect.width(), 120), height);
    m_editor->setGeometry(rect);
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, &MapView::commitEditor);
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool MapView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_editor && watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape) {
                closeEditor();
                setFocus(Qt::OtherFocusReason);
                return true;
            }
        } else if (event->type() == QEvent::ShortcutOverride) {
            // Keys the line edit handles itself (Delete, Ctrl+A, arrows) must not trigger actions.
            event->accept();
        } else if (event->type() == QEvent::FocusOut) {
            auto *focus = static_cast<QFocusEvent *>(event);
            if (focus->reason() != Qt::PopupFocusReason)
                QMetaObject::invokeMethod(this, &MapView::commitEditor, Qt::QueuedConnection);
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void MapView::commitEditor()
{
    if (!m_editor)
        return;
    const QString text = m_editor->text().trimmed();
    const EditTarget target = m_editTarget;
    const ItemId id = m_editId;
    const bool hadFocus = m_editor->hasFocus();
    closeEditor();
    ProcessDocument *doc = document();
    if (!doc)
        return;
    doc->breakMergeChain();
    switch (target) {
    case EditTarget::Step:
        if (!text.isEmpty())
            doc->setValue(ObjectType::Step, {id}, Property::Name, text);
        break;
    case EditTarget::Handoff:
        doc->setValue(ObjectType::Handoff, {id}, Property::Label, text);
        break;
    case EditTarget::Lane:
        if (!text.isEmpty())
            doc->renameLane(id, text);
        break;
    case EditTarget::None:
        break;
    }
    doc->breakMergeChain();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void MapView::closeEditor()
{
    if (!m_editor)
        return;
    QLineEdit *editor = m_editor;
    m_editor = nullptr;
    m_editTarget = EditTarget::None;
    m_editId = 0;
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
}

} // namespace Stepwise
