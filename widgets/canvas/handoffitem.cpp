#include "handoffitem.h"

#include "stepitem.h"

#include "process/process.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Stepwise {

namespace {

constexpr double ArrowSize = 9;
const QColor SameLaneColor(0x54, 0x6e, 0x7a);
const QColor CrossLaneColor(0xe6, 0x51, 0x00);

// Orthogonal route between two symbols centred on `a` and `b`. A branch leaving a decision
// towards another row turns once (down or up first), so the branches of one decision part at once.
QPolygonF elbowRoute(QPointF a, QSizeF aSize, bool fromDecision, QPointF b, QSizeF bSize)
{
    const double aw = aSize.width() / 2, ah = aSize.height() / 2;
    const double bw = bSize.width() / 2, bh = bSize.height() / 2;
    const double gapX = (b.x() - bw) - (a.x() + aw);
    const double gapY = b.y() - a.y();

    if (gapX > 16 && fromDecision && std::abs(gapY) > ah) {
        const double dir = gapY > 0 ? 1 : -1;
        const QPointF start(a.x(), a.y() + dir * ah);
        const QPointF end(b.x() - bw, b.y());
        return QPolygonF({start, QPointF(start.x(), end.y()), end});
    }
    if (gapX > 16) {
        // Forward: leave right, enter left, turn halfway.
        const QPointF start(a.x() + aw, a.y());
        const QPointF end(b.x() - bw, b.y());
        if (std::abs(start.y() - end.y()) < 0.5)
            return QPolygonF({start, end});
        const double midX = (start.x() + end.x()) / 2;
        return QPolygonF({start, QPointF(midX, start.y()), QPointF(midX, end.y()), end});
    }
    if (std::abs(gapY) > ah + bh + 16) {
        // Mostly above or below: leave bottom/top, enter top/bottom.
        const double dir = gapY > 0 ? 1 : -1;
        const QPointF start(a.x(), a.y() + dir * ah);
        const QPointF end(b.x(), b.y() - dir * bh);
        if (std::abs(start.x() - end.x()) < 0.5)
            return QPolygonF({start, end});
        const double midY = (start.y() + end.y()) / 2;
        return QPolygonF({start, QPointF(start.x(), midY), QPointF(end.x(), midY), end});
    }
    // Backwards and side by side: loop underneath both.
    const double below = std::max(a.y() + ah, b.y() + bh) + 28;
    const QPointF start(a.x(), a.y() + ah);
    const QPointF end(b.x(), b.y() + bh);
    return QPolygonF({start, QPointF(start.x(), below), QPointF(end.x(), below), end});
}

} // namespace

HandoffItem::HandoffItem(ItemId handoffId, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_handoffId(handoffId)
{
    setZValue(1);
}

void HandoffItem::sync(const Process &process)
{
    const Handoff *handoff = process.handoff(m_handoffId);
    const Step *from = handoff ? process.step(handoff->fromStepId) : nullptr;
    const Step *to = handoff ? process.step(handoff->toStepId) : nullptr;
    if (!from || !to)
        return;

    m_route = elbowRoute(process.stepScenePos(*from), StepItem::symbolSize(from->kind),
                         from->kind == Step::Kind::Decision, process.stepScenePos(*to),
                         StepItem::symbolSize(to->kind));
    m_label = handoff->label;
    m_crossesLanes = from->laneId != to->laneId;

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
        const QSizeF size(text.width() + 6, text.height() + 2);
        if (horizontal)
            m_labelRect = QRectF(QPointF(start.x() + 4, start.y() - size.height() - 2), size);
        else if (first.dy() > 0)
            // Below the step's own name, which sits under its symbol.
            m_labelRect = QRectF(QPointF(start.x() + 5, start.y() + (fromHasLabel ? 40 : 2)), size);
        else
            m_labelRect = QRectF(QPointF(start.x() + 5, start.y() - size.height() - 2), size);
    }
    const QPointF mid = (m_route[0] + m_route[1]) / 2;

    // The owner changes where the route crosses into the target's lane.
    m_markerPos = QPointF();
    if (m_crossesLanes) {
        const double boundary = process.laneTop(to->laneId)
            + (process.laneIndex(to->laneId) > process.laneIndex(from->laneId)
                   ? 0
                   : process.lane(to->laneId)->height);
        m_markerPos = mid;
        for (int i = 0; i + 1 < m_route.size(); ++i) {
            const QPointF p = m_route[i], q = m_route[i + 1];
            if ((p.y() - boundary) * (q.y() - boundary) <= 0 && std::abs(p.y() - q.y()) > 0.5) {
                const double t = (boundary - p.y()) / (q.y() - p.y());
                m_markerPos = p + t * (q - p);
                break;
            }
        }
        const Lane *fromLane = process.lane(from->laneId);
        const Lane *toLane = process.lane(to->laneId);
        setToolTip(
            QApplication::translate("Stepwise::HandoffItem", "%1 → %2: owner changes from %3 to %4")
                .arg(from->name, to->name, fromLane ? fromLane->name : QString(),
                     toLane ? toLane->name : QString()));
    } else {
        setToolTip(
            QApplication::translate("Stepwise::HandoffItem", "%1 → %2").arg(from->name, to->name));
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

QPainterPath HandoffItem::shape() const
{
    QPainterPath path;
    if (m_route.isEmpty())
        return path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath result = stroker.createStroke(path);
    if (!m_labelRect.isNull())
        result.addRect(m_labelRect);
    return result;
}

void HandoffItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.size() < 2)
        return;
    const QColor color = m_crossesLanes ? CrossLaneColor : SameLaneColor;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(color, m_crossesLanes ? 1.8 : 1.4, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);

    // Stop the line at the arrow head's base so the tip stays sharp.
    QPolygonF line = m_route;
    const QLineF last(m_route[m_route.size() - 2], m_route.last());
    QLineF shortened = last;
    if (last.length() > ArrowSize)
        shortened.setLength(last.length() - ArrowSize + 1);
    line.last() = shortened.p2();
    painter->drawPolyline(line);

    const double angle = std::atan2(last.dy(), last.dx());
    const QPointF tip = last.p2();
    const QPointF left = tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * ArrowSize;
    const QPointF right = tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * ArrowSize;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({tip, left, right}));

    if (m_crossesLanes) {
        // The owner-change marker: a small ring on the lane boundary.
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(m_markerPos, 5, 5);
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(m_markerPos, 2, 2);
    }

    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_label.isEmpty() || lod < 0.5)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setPen(color.darker(130));
    painter->drawText(m_labelRect, Qt::AlignCenter | Qt::TextWordWrap, m_label);
}

} // namespace Stepwise
