#include "overviewview.h"

#include "mapview.h"
#include "processscene.h"

#include <QMouseEvent>

namespace Stepwise {

OverviewView::OverviewView(MapView *mapView, QWidget *parent)
    : QGraphicsView(parent), m_mapView(mapView)
{
    setObjectName(QStringLiteral("overviewView"));
    setAccessibleName(tr("Map overview"));
    setAccessibleDescription(
        tr("The whole map, small; the outlined part is what the map shows. Click to go there."));
    setScene(mapView->scene());
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(120, 80);
    // At this scale items draw their cheapest level of detail; the frame is the only overlay.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    connect(mapView, &MapView::visibleSceneRectChanged, this, &OverviewView::updateFrame);
    connect(mapView, &MapView::zoomChanged, this, &OverviewView::updateFrame);
    connect(mapView->processScene(), &ProcessScene::mapRectChanged, this, &OverviewView::refit);
    refit();
}

QRectF OverviewView::visibleSceneRect() const
{
    if (!m_mapView)
        return {};
    return m_mapView->mapToScene(m_mapView->viewport()->rect()).boundingRect();
}

void OverviewView::refit()
{
    if (!m_mapView)
        return;
    const QRectF rect = m_mapView->processScene()->mapRect().adjusted(-10, -10, 10, 10);
    if (!rect.isEmpty() && !viewport()->size().isEmpty())
        fitInView(rect, Qt::KeepAspectRatio);
    viewport()->update();
}

void OverviewView::updateFrame()
{
    const QRectF frame = visibleSceneRect();
    if (frame == m_frame)
        return;
    // Only the old and the new outline repaint, not the whole overview.
    const QRect oldRect = mapFromScene(m_frame).boundingRect().adjusted(-3, -3, 3, 3);
    const QRect newRect = mapFromScene(frame).boundingRect().adjusted(-3, -3, 3, 3);
    m_frame = frame;
    QRegion region;
    for (const QRect &r : {oldRect, newRect}) {
        region += QRect(r.left(), r.top(), r.width(), 6);
        region += QRect(r.left(), r.bottom() - 5, r.width(), 6);
        region += QRect(r.left(), r.top(), 6, r.height());
        region += QRect(r.right() - 5, r.top(), 6, r.height());
    }
    viewport()->update(region);
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    m_frame = visibleSceneRect();
    if (m_frame.isEmpty())
        return;
    const QColor highlight = palette().color(QPalette::Highlight);
    QPen pen(highlight, 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    QColor fill = highlight;
    fill.setAlpha(28);
    painter->setBrush(fill);
    painter->drawRect(m_frame);
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    refit();
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_mapView)
        return;
    m_dragging = true;
    m_mapView->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && m_mapView)
        m_mapView->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void OverviewView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

void OverviewView::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
}

void OverviewView::wheelEvent(QWheelEvent *event)
{
    // The overview always shows everything; the wheel belongs to the map.
    event->ignore();
}

} // namespace Stepwise
