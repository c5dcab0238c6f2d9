#include "undesigneditem.h"

#include "canvaspalette.h"
#include "handoffitem.h"
#include "processscene.h"
#include "stepitem.h"

#include "analysis/mapoverlay.h"
#include "analysis/statistics.h"
#include "process/process.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

constexpr double ArrowSize = 10;
constexpr double MaxWidth = 6; // wider dashes stop reading as dashes

/// Where the ray from a step's centre towards a point leaves its symbol (with a small gap).
QPointF outlinePoint(Step::Kind kind, QPointF centre, QPointF towards)
{
    const QSizeF size = StepItem::symbolSize(kind);
    const QPointF d = towards - centre;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return centre;
    const double ux = d.x() / length, uy = d.y() / length;
    const double w = size.width() / 2 + 3, h = size.height() / 2 + 3;
    double t = w;
    switch (kind) {
    case Step::Kind::Task:
        t = std::min(std::abs(ux) > 1e-9 ? w / std::abs(ux) : 1e9,
                     std::abs(uy) > 1e-9 ? h / std::abs(uy) : 1e9);
        break;
    case Step::Kind::Decision:
        t = 1.0 / (std::abs(ux) / w + std::abs(uy) / h);
        break;
    default:
        break;
    }
    return centre + QPointF(ux, uy) * t;
}

QFont labelFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    return font;
}

} // namespace

UndesignedItem::UndesignedItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    // Above the handoffs, under the steps; never selected, never in the way of a click.
    setZValue(1.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void UndesignedItem::setTransition(const UndesignedTransition &transition, qint64 maxCount)
{
    m_fromStepId = transition.fromStepId;
    m_toStepId = transition.toStepId;
    m_count = transition.count;
    m_from = transition.from;
    m_to = transition.to;
    m_meanWaitingS = transition.meanWaitingS;
    m_width = std::min(HandoffItem::frequencyWidth(m_count, maxCount), MaxWidth);
    m_labelText = QApplication::translate("Stepwise::UndesignedItem", "%1×")
                      .arg(QLocale().toString(m_count));
    setToolTip(QApplication::translate("Stepwise::UndesignedItem",
                                       "Not on the map: %1 → %2\nTaken %n time(s) by the runs; "
                                       "mean wait %3",
                                       nullptr, int(m_count))
                   .arg(m_from, m_to, humanDuration(m_meanWaitingS)));
}

void UndesignedItem::sync(const Process &process)
{
    const Step *from = process.step(m_fromStepId);
    const Step *to = process.step(m_toStepId);
    if (!from || !to)
        return;
    const QPointF a = process.stepScenePos(*from);
    const QPointF b = process.stepScenePos(*to);
    QPointF start, control1, control2, end;
    if (from->id == to->id) {
        // A step followed by itself: a loop over its top right corner.
        const QSizeF size = from->drawnSize();
        const QPointF top = a - QPointF(0, size.height() / 2 + 3);
        start = top + QPointF(size.width() / 4, 0);
        end = top + QPointF(-size.width() / 4 + 0, 0);
        control1 = start + QPointF(30, -55);
        control2 = end + QPointF(-30, -55);
    } else {
        const QPointF d = b - a;
        const double length = std::hypot(d.x(), d.y());
        // Bend to the left of the direction: a loop back runs below, a jump ahead above.
        const QPointF normal(d.y() / length, -d.x() / length);
        const double bow = std::clamp(0.3 * length, 40.0, 170.0);
        const QPointF control = (a + b) / 2 + normal * bow;
        start = outlinePoint(from->kind, a, control);
        end = outlinePoint(to->kind, b, control);
        // A cubic through the quadratic's control points (the same curve, one code path).
        control1 = start + (control - start) * (2.0 / 3.0);
        control2 = end + (control - end) * (2.0 / 3.0);
    }

    // The line stops at the arrowhead's base.
    const double arrow = ArrowSize + m_width;
    QLineF tangent(control2, end);
    if (tangent.length() < 1e-6)
        tangent = QLineF(start, end);
    QLineF back = tangent;
    back.setLength(std::max(0.0, tangent.length() - arrow + 1));
    QPainterPath path(start);
    path.cubicTo(control1, control2, back.p2());
    m_path = path;

    const double angle = std::atan2(tangent.dy(), tangent.dx());
    m_arrow = QPolygonF({end, end - QPointF(std::cos(angle - 0.42), std::sin(angle - 0.42)) * arrow,
                         end - QPointF(std::cos(angle + 0.42), std::sin(angle + 0.42)) * arrow});

    const QFontMetricsF metrics(labelFont());
    const QSizeF size(metrics.horizontalAdvance(m_labelText) + 10, metrics.height() + 2);
    const QPointF middle = m_path.pointAtPercent(0.5);
    m_labelRect = QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);

    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, m_width + 4));
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_arrow);
    shape.addRect(m_labelRect);
    m_shape = shape;

    const QRectF bounds = (m_path.boundingRect() | m_arrow.boundingRect() | m_labelRect)
                              .adjusted(-m_width - 2, -m_width - 2, m_width + 2, m_width + 2);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void UndesignedItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_path.isEmpty())
        return;
    const CanvasPalette &colors = CanvasPalette::of(this);
    const double lod = ProcessScene::levelOfDetail(this, option, painter);
    const QColor red = colors.undesigned();
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.25);
    QPen pen(red, m_width, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({3.0, 2.0});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(red);
    painter->drawPolygon(m_arrow);

    if (lod < 0.4)
        return;
    painter->setFont(labelFont());
    painter->setPen(QPen(red, 1.5));
    painter->setBrush(colors.base());
    painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
    painter->setPen(red);
    painter->drawText(m_labelRect, Qt::AlignCenter, m_labelText);
}

} // namespace Stepwise
