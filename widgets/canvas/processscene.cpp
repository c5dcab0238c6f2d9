#include "processscene.h"

#include "handoffitem.h"
#include "laneitem.h"
#include "stepitem.h"
#include "undesigneditem.h"

#include "analysis/mapoverlay.h"
#include "process/processdocument.h"

#include <QApplication>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Stepwise {

namespace {

constexpr double SideMargin = 60;
constexpr double MinimumWidth = 900;
// Room beyond the map so steps can be dragged out to make it wider.
constexpr double GrowRoom = 400;

} // namespace

ProcessScene::ProcessScene(QObject *parent) : QGraphicsScene(parent)
{
    setCanvasPalette(QApplication::palette());
    connect(this, &QGraphicsScene::selectionChanged, this, &ProcessScene::onSelectionChanged);
}

ProcessScene::~ProcessScene()
{
    // The items go with the scene; the signal must not reach a half-destroyed scene.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &ProcessScene::onSelectionChanged);
}

ProcessDocument *ProcessScene::document() const
{
    return m_document;
}

void ProcessScene::setDocument(ProcessDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        QObject::disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_overlay.reset(); // the runs of another process
    if (document) {
        connect(document, &ProcessDocument::lanesChanged, this, &ProcessScene::syncLanes);
        connect(document, &ProcessDocument::stepsAdded, this, &ProcessScene::addSteps);
        connect(document, &ProcessDocument::stepsRemoved, this, &ProcessScene::removeSteps);
        connect(document, &ProcessDocument::stepsChanged, this, &ProcessScene::syncSteps);
        connect(document, &ProcessDocument::handoffsAdded, this, &ProcessScene::addHandoffs);
        connect(document, &ProcessDocument::handoffsRemoved, this, &ProcessScene::removeHandoffs);
        connect(document, &ProcessDocument::handoffsChanged, this, &ProcessScene::syncHandoffs);
        connect(document, &QObject::destroyed, this, [this] { clearItems(); });
    }
    clearItems();
    if (!document)
        return;
    const Process &process = document->process();
    // Lanes first: steps read their lane's colour and top.
    syncLanes();
    ItemIds stepIds, handoffIds;
    stepIds.reserve(process.steps.size());
    for (const Step &step : process.steps)
        stepIds.append(step.id);
    for (const Handoff &handoff : process.handoffs)
        handoffIds.append(handoff.id);
    addSteps(stepIds);
    addHandoffs(handoffIds);
    updateBounds();
}

ItemIds ProcessScene::selectedStepIds() const
{
    ItemIds ids;
    if (!m_document)
        return ids;
    const ItemIds ordered = m_lastSelection;
    const QSet<ItemId> set(ordered.cbegin(), ordered.cend());
    for (const Step &step : m_document->process().steps) {
        if (set.contains(step.id))
            ids.append(step.id);
    }
    return ids;
}

void ProcessScene::selectSteps(const ItemIds &stepIds)
{
    const ItemIds previous = m_lastSelection;
    QSignalBlocker blocker(this);
    clearSelection();
    // Keep the order asked for: it is the selection order.
    m_lastSelection.clear();
    for (ItemId id : stepIds) {
        StepItem *item = m_stepItems.value(id);
        if (item && !item->isSelected()) {
            item->setSelected(true);
            m_lastSelection.append(id);
        }
    }
    blocker.unblock();
    onSelectionChanged();
    if (m_lastSelection != previous)
        emit selectedStepsChanged(m_lastSelection);
}

void ProcessScene::selectHandoffs(const ItemIds &handoffIds)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (ItemId id : handoffIds) {
        if (HandoffItem *item = m_handoffItems.value(id))
            item->setSelected(true);
    }
    blocker.unblock();
    onSelectionChanged();
}

void ProcessScene::selectLane(ItemId laneId)
{
    if (laneId && !m_laneItems.contains(laneId))
        laneId = 0;
    if (laneId) {
        QSignalBlocker blocker(this);
        clearSelection();
        blocker.unblock();
        onSelectionChanged();
    }
    if (laneId == m_selectedLaneId)
        return;
    if (LaneItem *old = m_laneItems.value(m_selectedLaneId))
        old->setHighlighted(false);
    m_selectedLaneId = laneId;
    if (LaneItem *item = m_laneItems.value(laneId))
        item->setHighlighted(true);
    emit selectedLaneChanged(laneId);
}

void ProcessScene::clearAllSelection()
{
    clearSelection();
    selectLane(0);
}

void ProcessScene::setCanvasPalette(const QPalette &palette)
{
    m_colors = CanvasPalette(palette);
    setBackgroundBrush(m_colors.canvas());
    // Colours are read while painting: a repaint is the whole re-sync.
    update();
}

void ProcessScene::setExportMode(bool on)
{
    m_exportMode = on;
    update();
}

double ProcessScene::levelOfDetail(const QGraphicsItem *item,
                                   const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    if (isExporting(item))
        return 1;
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

bool ProcessScene::isExporting(const QGraphicsItem *item)
{
    auto *scene = item ? qobject_cast<const ProcessScene *>(item->scene()) : nullptr;
    return scene && scene->m_exportMode;
}

void ProcessScene::clearItems()
{
    QSignalBlocker blocker(this);
    qDeleteAll(m_undesignedItems);
    m_undesignedItems.clear();
    for (auto *item : std::as_const(m_handoffItems))
        delete item;
    for (auto *item : std::as_const(m_stepItems))
        delete item;
    for (auto *item : std::as_const(m_laneItems))
        delete item;
    m_handoffItems.clear();
    m_stepItems.clear();
    m_laneItems.clear();
    m_laneStates.clear();
    blocker.unblock();
    onSelectionChanged();
    selectLane(0);
    updateBounds();
}

void ProcessScene::syncLanes()
{
    if (!m_document)
        return;
    const Process &process = m_document->process();
    // Add and remove lane items; then re-sync only the steps whose lane moved or changed colour.
    QSet<ItemId> present;
    QSet<ItemId> changedLanes;
    double top = 0;
    for (const Lane &lane : process.lanes) {
        present.insert(lane.id);
        if (!m_laneItems.contains(lane.id)) {
            auto *item = new LaneItem(lane.id);
            addItem(item);
            m_laneItems.insert(lane.id, item);
        }
        const LaneState state {top, lane.color};
        const auto it = m_laneStates.constFind(lane.id);
        if (it == m_laneStates.cend() || it->top != state.top || it->color != state.color)
            changedLanes.insert(lane.id);
        m_laneStates.insert(lane.id, state);
        top += lane.height;
    }
    for (auto it = m_laneItems.begin(); it != m_laneItems.end();) {
        if (!present.contains(it.key())) {
            if (m_selectedLaneId == it.key()) {
                m_selectedLaneId = 0;
                emit selectedLaneChanged(0);
            }
            m_laneStates.remove(it.key());
            delete it.value();
            it = m_laneItems.erase(it);
        } else {
            ++it;
        }
    }
    if (!changedLanes.isEmpty()) {
        ItemIds moved;
        for (const Step &step : process.steps) {
            if (changedLanes.contains(step.laneId))
                moved.append(step.id);
        }
        for (ItemId id : std::as_const(moved)) {
            if (StepItem *item = m_stepItems.value(id))
                item->sync(process);
        }
        syncHandoffs(process.handoffsTouching(moved));
        syncUndesigned(moved);
    }
    updateBounds();
}

void ProcessScene::syncLaneItems()
{
    if (!m_document)
        return;
    for (auto *item : std::as_const(m_laneItems))
        item->sync(m_document->process(), m_left, m_right);
}

void ProcessScene::addSteps(const ItemIds &ids)
{
    if (!m_document)
        return;
    for (ItemId id : ids) {
        if (m_stepItems.contains(id))
            continue;
        auto *item = new StepItem(id);
        item->sync(m_document->process());
        applyStepOverlay(item);
        addItem(item);
        m_stepItems.insert(id, item);
    }
    growBounds(ids);
}

void ProcessScene::removeSteps(const ItemIds &ids)
{
    bool selectionLost = false;
    for (ItemId id : ids) {
        if (StepItem *item = m_stepItems.take(id)) {
            selectionLost |= item->isSelected();
            delete item;
        }
    }
    // An overlay's marks from or to a removed step go with it (until the overlay is recomputed).
    const QSet<ItemId> removed(ids.cbegin(), ids.cend());
    for (qsizetype i = m_undesignedItems.size() - 1; i >= 0; --i) {
        UndesignedItem *item = m_undesignedItems.at(i);
        if (removed.contains(item->fromStepId()) || removed.contains(item->toStepId())) {
            m_undesignedItems.removeAt(i);
            delete item;
        }
    }
    updateBounds();
    if (selectionLost)
        onSelectionChanged();
}

void ProcessScene::syncSteps(const ItemIds &ids)
{
    if (!m_document)
        return;
    const Process &process = m_document->process();
    // Boundary events are drawn on their activity's border: they follow it.
    ItemIds changed = ids;
    if (!ids.isEmpty()) {
        const QSet<ItemId> set(ids.cbegin(), ids.cend());
        for (const Step &step : process.steps) {
            if (step.attachedToStepId && set.contains(step.attachedToStepId)
                && !set.contains(step.id))
                changed.append(step.id);
        }
    }
    for (ItemId id : std::as_const(changed)) {
        if (StepItem *item = m_stepItems.value(id))
            item->sync(process);
    }
    // Only the handoffs of the steps that changed re-route.
    syncHandoffs(process.handoffsTouching(changed));
    syncUndesigned(changed);
    growBounds(changed);
}

void ProcessScene::addHandoffs(const ItemIds &ids)
{
    if (!m_document)
        return;
    for (ItemId id : ids) {
        if (m_handoffItems.contains(id))
            continue;
        auto *item = new HandoffItem(id);
        addItem(item);
        m_handoffItems.insert(id, item);
        item->sync(m_document->process());
        applyHandoffOverlay(item);
    }
}

void ProcessScene::removeHandoffs(const ItemIds &ids)
{
    bool selectionLost = false;
    for (ItemId id : ids) {
        if (HandoffItem *item = m_handoffItems.take(id)) {
            selectionLost |= item->isSelected();
            delete item;
        }
    }
    if (selectionLost)
        onSelectionChanged();
}

void ProcessScene::syncHandoffs(const ItemIds &ids)
{
    if (!m_document)
        return;
    for (ItemId id : ids) {
        if (HandoffItem *item = m_handoffItems.value(id))
            item->sync(m_document->process());
    }
}

void ProcessScene::setOverlay(std::shared_ptr<const MapOverlay> overlay)
{
    m_overlay = std::move(overlay);
    for (StepItem *item : std::as_const(m_stepItems))
        applyStepOverlay(item);
    for (HandoffItem *item : std::as_const(m_handoffItems))
        applyHandoffOverlay(item);

    // The undesigned marks: few, so they are reused in order and re-made from the overlay.
    const qsizetype wanted = m_overlay ? m_overlay->undesigned.size() : 0;
    while (m_undesignedItems.size() > wanted)
        delete m_undesignedItems.takeLast();
    for (qsizetype i = 0; i < wanted; ++i) {
        if (i == m_undesignedItems.size()) {
            auto *item = new UndesignedItem;
            addItem(item);
            m_undesignedItems.append(item);
        }
        m_undesignedItems.at(i)->setTransition(m_overlay->undesigned.at(i), m_overlay->maxCount);
    }
    syncUndesigned();
}

void ProcessScene::applyStepOverlay(StepItem *item) const
{
    if (!m_overlay) {
        item->setOverlay(nullptr);
        return;
    }
    // A step added since the overlay was computed has no runs yet.
    static const StepOverlay none;
    const auto it = m_overlay->steps.constFind(item->stepId());
    const StepOverlay &step = it == m_overlay->steps.cend() ? none : it.value();
    item->setOverlay(&step, m_overlay->bucketPosition(step.bucket));
}

void ProcessScene::applyHandoffOverlay(HandoffItem *item) const
{
    if (!m_overlay) {
        item->setOverlay(nullptr);
        return;
    }
    static const HandoffOverlay none;
    const auto it = m_overlay->handoffs.constFind(item->handoffId());
    item->setOverlay(it == m_overlay->handoffs.cend() ? &none : &it.value(), m_overlay->maxCount);
}

void ProcessScene::syncUndesigned(const ItemIds &stepIds)
{
    if (!m_document || m_undesignedItems.isEmpty())
        return;
    const QSet<ItemId> steps(stepIds.cbegin(), stepIds.cend());
    for (UndesignedItem *item : std::as_const(m_undesignedItems)) {
        if (steps.isEmpty() || steps.contains(item->fromStepId())
            || steps.contains(item->toStepId()))
            item->sync(m_document->process());
    }
}

void ProcessScene::updateBounds()
{
    // The lanes span every step with a margin.
    double left = 0;
    double right = MinimumWidth;
    for (const StepItem *item : std::as_const(m_stepItems)) {
        const QRectF r = item->sceneBoundingRect();
        left = std::min(left, r.left() - SideMargin);
        right = std::max(right, r.right() + SideMargin);
    }
    applyBounds(left, right);
}

void ProcessScene::growBounds(const ItemIds &stepIds)
{
    double left = m_left;
    double right = std::max(m_right, MinimumWidth);
    for (ItemId id : stepIds) {
        if (const StepItem *item = m_stepItems.value(id)) {
            const QRectF r = item->sceneBoundingRect();
            left = std::min(left, r.left() - SideMargin);
            right = std::max(right, r.right() + SideMargin);
        }
    }
    applyBounds(left, right);
}

void ProcessScene::applyBounds(double left, double right)
{
    m_left = left;
    m_right = right;
    syncLaneItems();
    const double height = std::max(m_document ? m_document->process().lanesHeight() : 0.0, 200.0);
    const QRectF map(m_left - LaneItem::HeaderWidth, 0, m_right - m_left + LaneItem::HeaderWidth,
                     height);
    // An explicit scene rect keeps the BSP index from growing on every item move.
    const QRectF scene = map.adjusted(-20, -20, GrowRoom, 120);
    if (scene != sceneRect())
        setSceneRect(scene);
    if (map != m_mapRect) {
        m_mapRect = map;
        emit mapRectChanged(map);
    }
}

void ProcessScene::onSelectionChanged()
{
    // Steps keep the order they were selected in; newly selected ones join at the end (map order).
    QSet<ItemId> steps;
    ItemIds handoffs;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == StepItem::Type)
            steps.insert(static_cast<StepItem *>(item)->stepId());
        else if (item->type() == HandoffItem::Type)
            handoffs.append(static_cast<HandoffItem *>(item)->handoffId());
    }
    ItemIds ordered;
    for (ItemId id : std::as_const(m_lastSelection)) {
        if (steps.remove(id))
            ordered.append(id);
    }
    if (!steps.isEmpty() && m_document) {
        for (const Step &step : m_document->process().steps) {
            if (steps.contains(step.id))
                ordered.append(step.id);
        }
    }
    std::sort(handoffs.begin(), handoffs.end());
    if (!selected.isEmpty() && m_selectedLaneId)
        selectLane(0);
    if (ordered != m_lastSelection) {
        m_lastSelection = ordered;
        emit selectedStepsChanged(ordered);
    }
    if (handoffs != m_lastHandoffSelection) {
        m_lastHandoffSelection = handoffs;
        emit selectedHandoffsChanged(handoffs);
    }
}

} // namespace Stepwise
