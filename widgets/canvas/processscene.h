#pragma once

#include "process/ids.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

namespace Stepwise {

class HandoffItem;
class LaneItem;
class ProcessDocument;
class StepItem;

/// The map of one ProcessDocument as graphics items. Owns the id-to-item maps and keeps the items
/// in step with the document's change signals; the selection is view state only.
class ProcessScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ProcessScene(QObject *parent = nullptr);
    ~ProcessScene() override;

    ProcessDocument *document() const;
    /// Shows another document (or none); the scene never owns it.
    void setDocument(ProcessDocument *document);

    StepItem *stepItem(ItemId stepId) const { return m_stepItems.value(stepId); }
    HandoffItem *handoffItem(ItemId handoffId) const { return m_handoffItems.value(handoffId); }
    LaneItem *laneItem(ItemId laneId) const { return m_laneItems.value(laneId); }
    int stepItemCount() const { return int(m_stepItems.size()); }
    int handoffItemCount() const { return int(m_handoffItems.size()); }

    /// Selected steps, in map order.
    ItemIds selectedStepIds() const;
    void selectSteps(const ItemIds &stepIds);

signals:
    void selectedStepsChanged(const Stepwise::ItemIds &stepIds);

private:
    void clearItems();
    void rebuild();
    void syncLanes();
    void addSteps(const ItemIds &ids);
    void removeSteps(const ItemIds &ids);
    void syncSteps(const ItemIds &ids);
    void addHandoffs(const ItemIds &ids);
    void removeHandoffs(const ItemIds &ids);
    void syncHandoffs(const ItemIds &ids);
    void updateBounds();
    void onSelectionChanged();

    QPointer<ProcessDocument> m_document;
    QHash<ItemId, LaneItem *> m_laneItems;
    QHash<ItemId, StepItem *> m_stepItems;
    QHash<ItemId, HandoffItem *> m_handoffItems;
    double m_left = 0;
    double m_right = 0;
    ItemIds m_lastSelection;
};

} // namespace Stepwise
