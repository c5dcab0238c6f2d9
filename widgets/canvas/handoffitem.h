#pragma once

#include "process/ids.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace Stepwise {

struct Process;

/// Shows one handoff: an orthogonal arrow with rounded corners from one step to another, around the
/// steps in between, with its label. A handoff between lanes (a change of owner) is drawn in
/// another colour with a marker where it crosses into the new lane. When selected it shows handles
/// at both ends (the view reconnects an end dragged from them).
class HandoffItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    enum End { NoEnd = -1, SourceEnd, TargetEnd };

    explicit HandoffItem(ItemId handoffId, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ItemId handoffId() const { return m_handoffId; }
    ItemId fromStepId() const { return m_fromStepId; }
    ItemId toStepId() const { return m_toStepId; }
    bool crossesLanes() const { return m_crossesLanes; }
    QString label() const { return m_label; }
    /// The polyline in scene coordinates, from the source's outline to the target's.
    QPolygonF route() const { return m_route; }
    /// Where the label is (or would be) drawn, in scene coordinates.
    QRectF labelRect() const { return m_labelRect; }

    /// Reads the handoff and both steps from the process and re-routes around the steps the scene
    /// holds.
    void sync(const Process &process);

    /// The end handle within tolerance of a scene point (only while selected).
    End endAt(QPointF scenePos, double tolerance) const;

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    ItemId m_handoffId = 0;
    ItemId m_fromStepId = 0;
    ItemId m_toStepId = 0;
    QPolygonF m_route;
    QPainterPath m_path; ///< the route with rounded corners, ending at the arrowhead's base
    QPainterPath m_shape;
    QString m_label;
    QRectF m_labelRect;
    QPointF m_markerPos;
    bool m_crossesLanes = false;
    QRectF m_bounds;
};

} // namespace Stepwise
