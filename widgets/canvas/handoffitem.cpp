#include "handoffitem.h"

#include "canvaspalette.h"
#include "processscene.h"
#include "stepitem.h"

#include "analysis/mapoverlay.h"
#include "analysis/statistics.h"
#include "process/orthogonalrouter.h"
#include "process/process.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Stepwise {

namespace {

constexpr double ArrowSize = 9;
constexpr double MaxFrequencyWidth = 8;
constexpr double CornerRadius = 6;
constexpr double EndHandleRadius = 5;

QRectF symbolSceneRect(const Process &process, const Step &step)
{
    return StepItem::symbolSceneRect(process, step);
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
    if (last.length() > arrowSize()) {
        QLineF shortened = last;
        shortened.setLength(last.length() - arrowSize() + 1);
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
        m_toolTip = QApplication::translate("Stepwise::HandoffItem",
                                            "%1 → %2: owner changes from %3 to %4")
                        .arg(from->name, to->name, fromLane ? fromLane->name : QString(),
                             toLane ? toLane->name : QString());
    } else {
        m_toolTip
            = QApplication::translate("Stepwise::HandoffItem", "%1 → %2").arg(from->name, to->name);
    }
    updateToolTip();

    if (routeChanged || oldLabel != m_label) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        QPainterPath outline;
        outline.addPolygon(m_route);
        m_shape = stroker.createStroke(outline);
        if (!m_labelRect.isNull())
            m_shape.addRect(m_labelRect);
    }

    updateBounds();
    update();
}

double HandoffItem::frequencyWidth(qint64 count, qint64 maxCount)
{
    if (count <= 0 || maxCount <= 0)
        return 1.2;
    // By the square root: a handoff taken a quarter as often is half as wide, still visible.
    return 1.4 + (MaxFrequencyWidth - 1.4) * std::sqrt(double(count) / double(maxCount));
}

double HandoffItem::arrowSize() const
{
    return m_overlay ? ArrowSize + m_width : ArrowSize;
}

void HandoffItem::setOverlay(const HandoffOverlay *overlay, qint64 maxCount)
{
    const bool on = overlay != nullptr;
    const qint64 count = on ? overlay->count : 0;
    const double width = on ? frequencyWidth(count, maxCount) : 0;
    if (on == m_overlay && count == m_count && width == m_width)
        return;
    m_overlay = on;
    m_count = count;
    m_width = width;
    m_countText = on && count > 0 ? QLocale().toString(count) : QString();
    m_overlayText.clear();
    if (on) {
        m_overlayText = count > 0
            ? QApplication::translate("Stepwise::HandoffItem",
                                      "Taken %n time(s) by the runs; mean wait %1", nullptr,
                                      int(count))
                  .arg(humanDuration(overlay->meanWaitingS))
            : QApplication::translate("Stepwise::HandoffItem", "No run took this handoff.");
    }
    updateToolTip();
    // The route and the arrowhead depend on the width: route again (cheap, the scene's index).
    if (scene() && !m_route.isEmpty()) {
        QPolygonF line = m_route;
        const QLineF last(m_route[m_route.size() - 2], m_route.last());
        if (last.length() > arrowSize()) {
            QLineF shortened = last;
            shortened.setLength(last.length() - arrowSize() + 1);
            line.last() = shortened.p2();
        }
        m_path = OrthogonalRouter::roundedPath(line, CornerRadius);
    }
    updateBounds();
    update();
}

void HandoffItem::updateToolTip()
{
    setToolTip(m_overlayText.isEmpty() ? m_toolTip
                                       : m_toolTip + QStringLiteral("\n") + m_overlayText);
}

void HandoffItem::updateBounds()
{
    // The count sits beside the middle of the longest segment, clear of the line.
    m_countRect = QRectF();
    if (!m_countText.isEmpty() && m_route.size() >= 2) {
        int longest = 0;
        double length = -1;
        for (int i = 0; i + 1 < m_route.size(); ++i) {
            const double l = QLineF(m_route[i], m_route[i + 1]).length();
            if (l > length) {
                length = l;
                longest = i;
            }
        }
        const QLineF segment(m_route[longest], m_route[longest + 1]);
        const QPointF middle = segment.center();
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetricsF metrics(font);
        const QSizeF size(metrics.horizontalAdvance(m_countText) + 8, metrics.height() + 1);
        const double gap = m_width / 2 + 2;
        if (std::abs(segment.dy()) < 0.5) // horizontal: above the line
            m_countRect = QRectF(
                QPointF(middle.x() - size.width() / 2, middle.y() - gap - size.height()), size);
        else // vertical: to its right
            m_countRect = QRectF(QPointF(middle.x() + gap, middle.y() - size.height() / 2), size);
    }

    const double margin = arrowSize() + (m_overlay ? m_width / 2 : 0);
    QRectF bounds = m_route.boundingRect().adjusted(-margin, -margin, margin, margin);
    if (!m_labelRect.isNull())
        bounds |= m_labelRect.adjusted(-1, -1, 1, 1);
    if (!m_countRect.isNull())
        bounds |= m_countRect.adjusted(-1, -1, 1, 1);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
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
    const double lod = ProcessScene::levelOfDetail(this, option, painter);
    // With the overlay every handoff is one neutral colour: its width is what to read, and red
    // is left to the transitions the map lacks.
    const QColor color = isSelected() ? colors.highlight()
        : isNeverTaken()              ? colors.neverTaken()
        : m_overlay                   ? colors.handoff()
        : m_crossesLanes              ? colors.crossLane()
                                      : colors.handoff();
    const bool detailed = lod >= 0.25;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    const double width = m_overlay ? m_width : isSelected() ? 2.4 : m_crossesLanes ? 1.8 : 1.4;
    QPen pen(color, isSelected() && m_overlay ? std::max(width, 2.4) : width, Qt::SolidLine,
             Qt::FlatCap, Qt::RoundJoin);
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
    const double arrow = arrowSize();
    const QPointF left = tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * arrow;
    const QPointF right = tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * arrow;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({tip, left, right}));

    if (m_crossesLanes && !m_overlay) {
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

    if (!m_countRect.isNull() && lod >= 0.4) {
        QFont font = painter->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->save();
        painter->setFont(font);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.labelBacking());
        painter->drawRoundedRect(m_countRect, 3, 3);
        painter->setPen(colors.text());
        painter->drawText(m_countRect, Qt::AlignCenter, m_countText);
        painter->restore();
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
