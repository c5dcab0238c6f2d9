#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <functional>

namespace Stepwise {

/// Routes handoffs as orthogonal polylines between step boxes, around the other boxes.
///
/// Pure geometry, no scene: the caller says which boxes lie in an area (the scene's spatial index
/// answers that cheaply), so a route costs time in proportion to its neighbourhood, not the map.
class OrthogonalRouter
{
public:
    /// The boxes (scene rectangles of steps) that intersect an area.
    using ObstacleQuery = std::function<QVector<QRectF>(const QRectF &area)>;

    explicit OrthogonalRouter(ObstacleQuery obstacles = {});

    /// A polyline of horizontal and vertical segments from the border of source to the border of
    /// target (first point on source's border, last on target's, where the arrowhead goes). It
    /// avoids every obstacle other than source and target when such a route exists nearby, and
    /// falls back to a simple elbow otherwise. source == target gives a loop around the box's
    /// top-right corner. Deterministic.
    QPolygonF route(const QRectF &source, const QRectF &target) const;

    /// The polyline as a path with its corners rounded by radius (less where segments are short).
    static QPainterPath roundedPath(const QPolygonF &points, double radius);

    /// Distance kept between a route and the boxes it passes.
    static constexpr double margin = 12.0;

private:
    ObstacleQuery m_obstacles;
};

} // namespace Stepwise
