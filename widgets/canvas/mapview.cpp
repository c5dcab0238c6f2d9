#include "mapview.h"

#include "processscene.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Stepwise {

MapView::MapView(QWidget *parent) : QGraphicsView(parent), m_scene(new ProcessScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
}

void MapView::setDocument(ProcessDocument *document)
{
    m_scene->setDocument(document);
    m_autoFit = true;
    fitMap();
}

void MapView::fitMap()
{
    const QRectF rect = m_scene->sceneRect();
    const QSize available = viewport()->size();
    if (rect.isEmpty() || available.isEmpty())
        return;
    // Smaller than 70% names get hard to read: scroll rather than shrink further.
    const double fit
        = std::min(available.width() / rect.width(), available.height() / rect.height());
    setTransform(QTransform::fromScale(std::clamp(fit, 0.7, 1.0), std::clamp(fit, 0.7, 1.0)));
    ensureVisible(QRectF(rect.topLeft(), QSizeF(1, 1)), 0, 0);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitMap();
}

void MapView::setZoom(double zoom)
{
    // scale() keeps the point under the mouse in place (the transformation anchor).
    const double factor = std::clamp(zoom, 0.1, 4.0) / this->zoom();
    scale(factor, factor);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_autoFit = false;
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(zoom() * std::pow(1.15, steps));
    event->accept();
}

} // namespace Stepwise
