#pragma once

#include "process/ids.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace Stepwise {

struct Process;
struct UndesignedTransition;

/// The runs overlay's mark for a transition the runs took that the map has no handoff for: a
/// dashed red curve from one step to another, as wide as how often it was taken, with that count.
/// It shows the gap between the map and what the team does; it is not part of the map, so it
/// cannot be selected, edited or clicked (clicks go through), and the scene drops it with the
/// overlay.
class UndesignedItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    explicit UndesignedItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ItemId fromStepId() const { return m_fromStepId; }
    ItemId toStepId() const { return m_toStepId; }
    qint64 count() const { return m_count; }
    /// The curve in scene coordinates (the item sits at the origin), from the source's outline to
    /// the arrowhead's base.
    QPainterPath path() const { return m_path; }
    /// Where the count is drawn, in scene coordinates.
    QRectF labelRect() const { return m_labelRect; }

    /// Takes the transition and its width (out of the overlay's largest count); then sync().
    void setTransition(const UndesignedTransition &transition, qint64 maxCount);
    /// Reads both steps' positions from the process and bends the curve between them: to the left
    /// of its direction (above a left-to-right one), clear of a straight handoff between them.
    void sync(const Process &process);

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    ItemId m_fromStepId = 0;
    ItemId m_toStepId = 0;
    qint64 m_count = 0;
    double m_width = 1.5;
    QString m_from;
    QString m_to;
    double m_meanWaitingS = 0;
    QString m_labelText;
    QPainterPath m_path;
    QPainterPath m_shape;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace Stepwise
