#pragma once

#include "canvaspalette.h"

#include "process/ids.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <memory>

class QPainter;
class QStyleOptionGraphicsItem;

namespace Stepwise {

class HandoffItem;
class LaneItem;
class ProcessDocument;
class StepItem;
class UndesignedItem;
struct MapOverlay;

/// The map of one ProcessDocument as graphics items. Owns the id-to-item maps and keeps the items
/// in step with the document's change signals; the selection (steps, handoffs or one lane) is view
/// state only.
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

    /// The lanes with their headers and every step: what "fit to window" shows.
    QRectF mapRect() const { return m_mapRect; }

    /// Selected steps, in map order.
    ItemIds selectedStepIds() const;
    /// Selected steps, in the order they were selected (connect the selection follows it).
    ItemIds selectedStepIdsInOrder() const { return m_lastSelection; }
    void selectSteps(const ItemIds &stepIds);
    ItemIds selectedHandoffIds() const { return m_lastHandoffSelection; }
    void selectHandoffs(const ItemIds &handoffIds);
    /// The selected lane (selected by its header), or 0. Selecting a lane clears the other
    /// selection and the other way round.
    ItemId selectedLaneId() const { return m_selectedLaneId; }
    void selectLane(ItemId laneId);
    void clearAllSelection();

    /// Shows the runs over the map (null: the plain map): steps coloured by their mean waiting +
    /// processing time, handoffs as wide as how often they were taken (grey when never), and the
    /// transitions the map lacks as UndesignedItems. Items added later get it too; the overlay
    /// goes with the document.
    void setOverlay(std::shared_ptr<const MapOverlay> overlay);
    const MapOverlay *overlay() const { return m_overlay.get(); }
    bool hasOverlay() const { return m_overlay != nullptr; }
    /// The overlay's marks for transitions the map lacks, by count, most first.
    QVector<UndesignedItem *> undesignedItems() const { return m_undesignedItems; }

    /// Drawn for export or print (MapPainter): every item at full detail whatever the scale, and
    /// names whole (wrapped, smaller where needed, never cut).
    void setExportMode(bool on);
    bool isExportMode() const { return m_exportMode; }
    /// The level of detail an item paints at: from the painter's scale, or full (1) in export
    /// mode.
    static double levelOfDetail(const QGraphicsItem *item, const QStyleOptionGraphicsItem *option,
                                const QPainter *painter);
    /// Whether the item is in a scene drawn for export.
    static bool isExporting(const QGraphicsItem *item);

    const CanvasPalette &canvasPalette() const { return m_colors; }
    /// Follows a widget palette (light or dark): every item repaints in the new colours.
    void setCanvasPalette(const QPalette &palette);

signals:
    void selectedStepsChanged(const Stepwise::ItemIds &stepIds);
    void selectedHandoffsChanged(const Stepwise::ItemIds &handoffIds);
    void selectedLaneChanged(Stepwise::ItemId laneId);
    /// The map's extent changed (the overview refits).
    void mapRectChanged(const QRectF &rect);

private:
    struct LaneState
    {
        double top = 0;
        QColor color;
    };

    void clearItems();
    void syncLanes();
    void syncLaneItems();
    void addSteps(const ItemIds &ids);
    void removeSteps(const ItemIds &ids);
    void syncSteps(const ItemIds &ids);
    void addHandoffs(const ItemIds &ids);
    void removeHandoffs(const ItemIds &ids);
    void syncHandoffs(const ItemIds &ids);
    /// Recomputes the extent from every step (after removals and lane changes).
    void updateBounds();
    /// Grows the extent to hold these steps (cheap: moves and additions).
    void growBounds(const ItemIds &stepIds);
    void applyBounds(double left, double right);
    void onSelectionChanged();
    void applyStepOverlay(StepItem *item) const;
    void applyHandoffOverlay(HandoffItem *item) const;
    void syncUndesigned(const ItemIds &stepIds = {});

    QPointer<ProcessDocument> m_document;
    QHash<ItemId, LaneItem *> m_laneItems;
    QHash<ItemId, LaneState> m_laneStates;
    QHash<ItemId, StepItem *> m_stepItems;
    QHash<ItemId, HandoffItem *> m_handoffItems;
    double m_left = 0;
    double m_right = 0;
    QRectF m_mapRect;
    ItemIds m_lastSelection;
    ItemIds m_lastHandoffSelection;
    ItemId m_selectedLaneId = 0;
    CanvasPalette m_colors;
    std::shared_ptr<const MapOverlay> m_overlay;
    QVector<UndesignedItem *> m_undesignedItems;
    bool m_exportMode = false;
};

} // namespace Stepwise
