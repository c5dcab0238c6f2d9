#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace Stepwise {

class MapView;

/// The overview (minimap): the whole map, small, on the map view's own scene, with the part the map
/// view shows outlined. A click or drag in it pans the map view there.
class OverviewView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewView(MapView *mapView, QWidget *parent = nullptr);

    MapView *mapView() const { return m_mapView; }
    QSize sizeHint() const override { return {240, 150}; }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void refit();
    void updateFrame();
    QRectF visibleSceneRect() const;

    QPointer<MapView> m_mapView;
    QRectF m_frame; ///< the map view's visible rect when last drawn, in scene coordinates
    bool m_dragging = false;
};

} // namespace Stepwise
