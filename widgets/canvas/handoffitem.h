#pragma once

#include "process/ids.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

namespace Stepwise {

struct HandoffOverlay;
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

    /// Shows the runs overlay: the line as wide as how often the runs took the handoff (count of
    /// maxCount), with the count beside it, in one neutral colour; one no run took is greyed.
    /// Null restores the plain look.
    void setOverlay(const HandoffOverlay *overlay, qint64 maxCount = 0);
    bool hasOverlay() const { return m_overlay; }
    qint64 overlayCount() const { return m_count; }
    bool isNeverTaken() const { return m_overlay && m_count == 0; }
    /// The pen width of the overlay for a count out of the largest one (handoffs and undesigned
    /// transitions share it).
    static double frequencyWidth(qint64 count, qint64 maxCount);
    /// Where the overlay's count is drawn, in scene coordinates; null when there is none.
    QRectF countRect() const { return m_countRect; }

    /// The end handle within tolerance of a scene point (only while selected).
    End endAt(QPointF scenePos, double tolerance) const;

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    void updateBounds();
    void updateToolTip();
    double arrowSize() const;

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

    bool m_overlay = false;
    qint64 m_count = 0;
    double m_width = 0; ///< the overlay's pen width
    QString m_countText;
    QString m_toolTip; ///< without the overlay's line
    QString m_overlayText;
    QRectF m_countRect;
};

} // namespace Stepwise
