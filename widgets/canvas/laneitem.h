#pragma once

#include "process/ids.h"

#include <QColor>
#include <QGraphicsItem>

namespace Stepwise {

struct Process;

/// Shows one lane: a horizontal band across the map and, at its left, a header column naming the
/// lane in its colour.
class LaneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr double HeaderWidth = 130;

    explicit LaneItem(ItemId laneId, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ItemId laneId() const { return m_laneId; }

    /// Reads the lane from the process; the band spans left..right in scene x (the header column
    /// lies left of `left`).
    void sync(const Process &process, double left, double right);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    ItemId m_laneId = 0;
    QString m_name;
    QColor m_color;
    bool m_odd = false;
    QRectF m_bounds;
};

} // namespace Stepwise
