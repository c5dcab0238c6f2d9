#include "processscene.h"

#include "handoffitem.h"
#include "laneitem.h"
#include "stepitem.h"

#include "process/processdocument.h"

#include <algorithm>

namespace Stepwise {

namespace {

constexpr double SideMargin = 60;
constexpr double MinimumWidth = 900;

} // namespace

ProcessScene::ProcessScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(0xf5, 0xf5, 0xf5));
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
    if (document) {
        connect(document, &ProcessDocument::lanesChanged, this, &ProcessScene::rebuild);
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
    ItemIds stepIds, handoffIds;
    for (const Step &step : process.steps)
        stepIds.append(step.id);
    for (const Handoff &handoff : process.handoffs)
        handoffIds.append(handoff.id);
    addSteps(stepIds);
    addHandoffs(handoffIds);
    rebuild();
}

ItemIds ProcessScene::selectedStepIds() const
{
    ItemIds ids;
    if (!m_document)
        return ids;
    for (const Step &step : m_document->process().steps) {
        const StepItem *item = m_stepItems.value(step.id);
        if (item && item->isSelected())
            ids.append(step.id);
    }
    return ids;
}

void ProcessScene::selectSteps(const ItemIds &stepIds)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (ItemId id : stepIds) {
        if (StepItem *item = m_stepItems.value(id))
            item->setSelected(true);
    }
    blocker.unblock();
    onSelectionChanged();
}

void ProcessScene::clearItems()
{
    QSignalBlocker blocker(this);
    for (auto *item : std::as_const(m_handoffItems))
        delete item;
    for (auto *item : std::as_const(m_stepItems))
        delete item;
    for (auto *item : std::as_const(m_laneItems))
        delete item;
    m_handoffItems.clear();
    m_stepItems.clear();
    m_laneItems.clear();
    blocker.unblock();
    onSelectionChanged();
}

void ProcessScene::rebuild()
{
    // Lanes change rarely and move every step below them: rebuild them, re-sync the rest.
    for (auto *item : std::as_const(m_laneItems))
        delete item;
    m_laneItems.clear();
    if (!m_document)
        return;
    for (const Lane &lane : m_document->process().lanes) {
        auto *item = new LaneItem(lane.id);
        addItem(item);
        m_laneItems.insert(lane.id, item);
    }
    syncSteps(m_stepItems.keys());
    syncHandoffs(m_handoffItems.keys());
    updateBounds();
    syncLanes();
}

void ProcessScene::syncLanes()
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
        addItem(item);
        m_stepItems.insert(id, item);
        item->sync(m_document->process());
    }
    updateBounds();
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
    updateBounds();
    if (selectionLost)
        onSelectionChanged();
}

void ProcessScene::syncSteps(const ItemIds &ids)
{
    if (!m_document)
        return;
    const Process &process = m_document->process();
    for (ItemId id : ids) {
        if (StepItem *item = m_stepItems.value(id))
            item->sync(process);
    }
    syncHandoffs(process.handoffsTouching(ids));
    updateBounds();
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
    }
}

void ProcessScene::removeHandoffs(const ItemIds &ids)
{
    for (ItemId id : ids)
        delete m_handoffItems.take(id);
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

void ProcessScene::updateBounds()
{
    if (!m_document) {
        setSceneRect(QRectF(0, 0, MinimumWidth, 400));
        return;
    }
    // The lanes span every step with a margin; the explicit scene rect keeps the BSP index cheap.
    double left = 0;
    double right = MinimumWidth;
    for (const StepItem *item : std::as_const(m_stepItems)) {
        const QRectF r = item->sceneBoundingRect();
        left = std::min(left, r.left() - SideMargin);
        right = std::max(right, r.right() + SideMargin);
    }
    if (left != m_left || right != m_right) {
        m_left = left;
        m_right = right;
        syncLanes();
    }
    const double height = std::max(m_document->process().lanesHeight(), 200.0);
    setSceneRect(
        QRectF(m_left - LaneItem::HeaderWidth, 0, m_right - m_left + LaneItem::HeaderWidth, height)
            .adjusted(-20, -20, 20, 20));
}

void ProcessScene::onSelectionChanged()
{
    const ItemIds ids = selectedStepIds();
    if (ids == m_lastSelection)
        return;
    m_lastSelection = ids;
    emit selectedStepsChanged(ids);
}

} // namespace Stepwise
