#include "handoffitem.h"

#include "canvaspalette.h"
#include "orthogonalrouter.h"
#include "stepitem.h"

#include "process/process.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Stepwise {

namespace {

constexpr double ArrowSize = 9;
constexpr double CornerRadius = 6;
constexpr double EndHandleRadius = 5;

QRectF symbolSceneRect(const Process &process, const Step &step)
{
    const QSizeF size = StepItem::symbolSize(step.kind);
    const QPointF c = process.stepScenePos(step);
    return {c - QPointF(size.width() / 2, size.height() / 2), size};
}

} // namespace

HandoffItem::HandoffItem(ItemId handoffId, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_handoffId(handoffId)
{
    setFlag(ItemIsSelectable);
    setZValue(1);
}

void HandoffItem::sync(const Process &process)
{
    const Handoff *handoff = process.handoff(m_handoffId);
    const Step *from = handoff ? process.step(handoff->fromStepId) : nullptr;
    const Step *to = handoff ? process.step(handoff->toStepId) : nullptr;
    if (!from || !to)
        return;
    m_fromStepId = from->id;
    m_toStepId = to->id;

    // The scene's index answers "which steps are near" cheaply; the two ends are no obstacles.
    QGraphicsScene *scene = this->scene();
    const ItemId fromId = from->id, toId = to->id;
    const OrthogonalRouter router([scene, fromId, toId](const QRectF &area) {
        QVector<QRectF> boxes;
        if (!scene)
            return boxes;
        const QList<QGraphicsItem *> items
            = scene->items(area, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
        for (QGraphicsItem *item : items) {
            if (item->type() != StepItem::Type)
                continue;
            auto *step = static_cast<StepItem *>(item);
            if (step->stepId() != fromId && step->stepId() != toId)
                boxes.append(step->sceneBoundingRect());
        }
        return boxes;
    });
    QPolygonF route = router.route(symbolSceneRect(process, *from), symbolSceneRect(process, *to));
    if (route.size() < 2)
        route = QPolygonF({process.stepScenePos(*from), process.stepScenePos(*to)});
    const bool routeChanged = route != m_route;
    m_route = route;
    const QString oldLabel = m_label;
    m_label = handoff->label;
    m_crossesLanes = from->laneId != to->laneId;

    // The line stops at the arrowhead's base so the tip stays sharp.
    QPolygonF line = m_route;
    const QLineF last(m_route[m_route.size() - 2], m_route.last());
    if (last.length() > ArrowSize) {
        QLineF shortened = last;
        shortened.setLength(last.length() - ArrowSize + 1);
        line.last() = shortened.p2();
    }
    m_path = OrthogonalRouter::roundedPath(line, CornerRadius);

    // The label sits where the handoff leaves its step (the condition of a decision's branch):
    // above a horizontal first segment, beside a vertical one.
    const QPointF start = m_route[0];
    const bool fromHasLabel = from->kind != Step::Kind::Task;
    const QLineF first(m_route[0], m_route[1]);
    const bool horizontal = std::abs(first.dy()) < 0.5;
    m_labelRect = QRectF();
    if (!m_label.isEmpty()) {
        const QFontMetricsF metrics(QApplication::font());
        const QRectF text = metrics.boundingRect(QRectF(0, 0, 120, 200),
                                                 Qt::AlignLeft | Qt::TextWordWrap, m_label);
        const QSizeF size(text.width() + 8, text.height() + 2);
        if (horizontal)
            m_labelRect
                = QRectF(QPointF(first.dx() >= 0 ? start.x() + 4 : start.x() - 4 - size.width(),
                                 start.y() - size.height() - 2),
                         size);
        else if (first.dy() > 0)
            // Below the step's own name, which sits under its symbol.
            m_labelRect = QRectF(QPointF(start.x() + 5, start.y() + (fromHasLabel ? 40 : 2)), size);
        else
            m_labelRect = QRectF(QPointF(start.x() + 5, start.y() - size.height() - 2), size);
    }

    // The owner changes where the route crosses into the target's lane.
    m_markerPos = QPointF();
    if (m_crossesLanes) {
        const bool down = process.laneIndex(to->laneId) > process.laneIndex(from->laneId);
        const Lane *toLane = process.lane(to->laneId);
        const double boundary
            = process.laneTop(to->laneId) + (down || !toLane ? 0 : toLane->height);
        m_markerPos = (m_route[0] + m_route[1]) / 2;
        for (int i = 0; i + 1 < m_route.size(); ++i) {
            const QPointF p = m_route[i], q = m_route[i + 1];
            if ((p.y() - boundary) * (q.y() - boundary) <= 0 && std::abs(p.y() - q.y()) > 0.5) {
                const double t = (boundary - p.y()) / (q.y() - p.y());
                m_markerPos = p + t * (q - p);
                break;
            }
        }
        const Lane *fromLane = process.lane(from->laneId);
        setToolTip(
            QApplication::translate("Stepwise::HandoffItem", "%1 → %2: owner changes from %3 to %4")
                .arg(from->name, to->name, fromLane ? fromLane->name : QString(),
                     toLane ? toLane->name : QString()));
    } else {
        setToolTip(
            QApplication::translate("Stepwise::HandoffItem", "%1 → %2").arg(from->name, to->name));
    }

    if (routeChanged || oldLabel != m_label) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        QPainterPath outline;
        outline.addPolygon(m_route);
        m_shape = stroker.createStroke(outline);
        if (!m_labelRect.isNull())
            m_shape.addRect(m_labelRect);
    }

    QRectF bounds = m_route.boundingRect().adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize);
    if (!m_labelRect.isNull())
        bounds |= m_labelRect.adjusted(-1, -1, 1, 1);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

HandoffItem::End HandoffItem::endAt(QPointF scenePos, double tolerance) const
{
    if (!isSelected() || m_route.size() < 2)
        return NoEnd;
    const double toSource = QLineF(scenePos, m_route.first()).length();
    const double toTarget = QLineF(scenePos, m_route.last()).length();
    if (std::min(toSource, toTarget) > tolerance)
        return NoEnd;
    return toTarget <= toSource ? TargetEnd : SourceEnd;
}

QPainterPath HandoffItem::shape() const
{
    return m_shape;
}

void HandoffItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.size() < 2)
        return;
    const CanvasPalette &colors = CanvasPalette::of(this);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor color = isSelected() ? colors.highlight()
        : m_crossesLanes              ? colors.crossLane()
                                      : colors.handoff();
    const bool detailed = lod >= 0.25;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    QPen pen(color,
             isSelected()         ? 2.4
                 : m_crossesLanes ? 1.8
                                  : 1.4,
             Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (!detailed) {
        // Far out: hairlines along the plain polyline are enough and much cheaper.
        pen.setWidth(0);
        painter->setPen(pen);
        painter->drawPolyline(m_route);
        return;
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    const QLineF last(m_route[m_route.size() - 2], m_route.last());
    const double angle = std::atan2(last.dy(), last.dx());
    const QPointF tip = last.p2();
    const QPointF left = tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * ArrowSize;
    const QPointF right = tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * ArrowSize;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({tip, left, right}));

    if (m_crossesLanes) {
        // The owner-change marker: a ring on the lane boundary.
        painter->setPen(QPen(colors.crossLane(), 1.5));
        painter->setBrush(colors.base());
        painter->drawEllipse(m_markerPos, 5, 5);
        painter->setBrush(colors.crossLane());
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(m_markerPos, 2, 2);
    }

    if (isSelected()) {
        painter->setPen(QPen(colors.highlight(), 1.5));
        painter->setBrush(colors.base());
        painter->drawEllipse(m_route.first(), EndHandleRadius, EndHandleRadius);
        painter->drawEllipse(m_route.last(), EndHandleRadius, EndHandleRadius);
    }

    if (m_label.isEmpty() || lod < 0.4)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.labelBacking());
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setPen(colors.isDark() ? color.lighter(130) : color.darker(130));
    painter->drawText(m_labelRect, Qt::AlignCenter | Qt::TextWordWrap, m_label);
}

} // namespace Stepwise
