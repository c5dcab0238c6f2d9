#pragma once

#include "process/lane.h"

#include <QColor>
#include <QGraphicsItem>

namespace Stepwise {

struct Process;

/// Shows one lane: a horizontal band across the map and, at its left, a header column naming the
/// owner in the lane's colour with an icon for its kind. The view reorders a lane dragged by its
/// header and resizes one dragged by its bottom border.
class LaneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr double HeaderWidth = 130;

    explicit LaneItem(ItemId laneId, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    ItemId laneId() const { return m_laneId; }
    QString name() const { return m_name; }

    /// Reads the lane from the process; the band spans left..right in scene x (the header column
    /// lies left of `left`).
    void sync(const Process &process, double left, double right);

    /// The header column in scene coordinates.
    QRectF sceneHeaderRect() const;
    /// Where the name is drawn, in scene coordinates (the in-place editor goes there).
    QRectF sceneNameRect() const;

    /// Drawn highlighted (the lane is selected; lanes are not QGraphicsItem-selectable so that a
    /// rubber band never picks them).
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    ItemId m_laneId = 0;
    QString m_name;
    Lane::Kind m_kind = Lane::Kind::Role;
    QColor m_color;
    bool m_odd = false;
    bool m_highlighted = false;
    QRectF m_bounds;
};

} // namespace Stepwise
