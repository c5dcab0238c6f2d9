#pragma once

#include "process/ids.h"

#include <QGraphicsItem>
#include <QPolygonF>

namespace Stepwise {

struct Process;

/// Shows one handoff: an orthogonal arrow from one step to another with its label. A handoff
/// between lanes (a change of owner) is drawn in another colour with a marker where it crosses.
class HandoffItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit HandoffItem(ItemId handoffId, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ItemId handoffId() const { return m_handoffId; }
    bool crossesLanes() const { return m_crossesLanes; }
    /// The polyline in scene coordinates, from the source's outline to the target's.
    QPolygonF route() const { return m_route; }

    /// Reads the handoff and both steps from the process and re-routes.
    void sync(const Process &process);

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    ItemId m_handoffId = 0;
    QPolygonF m_route;
    QString m_label;
    QRectF m_labelRect;
    QPointF m_markerPos;
    bool m_crossesLanes = false;
    QRectF m_bounds;
};

} // namespace Stepwise
