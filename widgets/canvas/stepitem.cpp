#include "stepitem.h"

#include "canvaspalette.h"

#include "process/process.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Stepwise {

namespace {

constexpr double LabelWidth = 140;
constexpr double LabelHeight = 34;
constexpr double Margin = 7; // room for the connection handles and the selection frame
constexpr double HandleRadius = 4.5;
constexpr double EdgeBand = 6;

QString kindName(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Start:
        return QCoreApplication::translate("Stepwise::StepItem", "Start");
    case Step::Kind::Task:
        return QCoreApplication::translate("Stepwise::StepItem", "Task");
    case Step::Kind::Decision:
        return QCoreApplication::translate("Stepwise::StepItem", "Decision");
    case Step::Kind::Event:
        return QCoreApplication::translate("Stepwise::StepItem", "Event");
    case Step::Kind::End:
        return QCoreApplication::translate("Stepwise::StepItem", "End");
    }
    return {};
}

QPolygonF diamond(const QRectF &r)
{
    return QPolygonF({QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                      QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y())});
}

} // namespace

StepItem::StepItem(ItemId stepId, QGraphicsItem *parent) : QGraphicsItem(parent), m_stepId(stepId)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(2);
    m_bounds = computeBounds();
}

QSizeF StepItem::symbolSize(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Task:
        return {150, 70};
    case Step::Kind::Decision:
        return {60, 60};
    case Step::Kind::Start:
    case Step::Kind::Event:
    case Step::Kind::End:
        return {40, 40};
    }
    return {40, 40};
}

void StepItem::sync(const Process &process)
{
    const Step *step = process.step(m_stepId);
    if (!step)
        return;
    const Lane *lane = process.lane(step->laneId);

    const bool kindChanged = step->kind != m_kind;
    const bool looksChanged = kindChanged || step->name != m_name
        || step->automation != m_automation || (lane && lane->color != m_laneColor);
    m_kind = step->kind;
    m_name = step->name;
    m_automation = step->automation;
    m_laneColor = lane ? lane->color : QColor();

    if (kindChanged) {
        const QRectF bounds = computeBounds();
        if (bounds != m_bounds) {
            prepareGeometryChange();
            m_bounds = bounds;
        }
    }
    const QPointF scenePos = process.stepScenePos(*step);
    if (scenePos != pos())
        setPos(scenePos);
    if (looksChanged) {
        QString tip
            = QStringLiteral("<b>%1</b><br>%2").arg(m_name.toHtmlEscaped(), kindName(m_kind));
        if (lane)
            tip += QStringLiteral(" · %1").arg(lane->name.toHtmlEscaped());
        setToolTip(tip);
        update();
    }
}

QRectF StepItem::symbolRect() const
{
    const QSizeF size = symbolSize(m_kind);
    return {QPointF(-size.width() / 2, -size.height() / 2), size};
}

QRectF StepItem::labelRect() const
{
    if (m_kind == Step::Kind::Task)
        return {};
    const QRectF symbol = symbolRect();
    return {-LabelWidth / 2, symbol.bottom() + 3, LabelWidth, LabelHeight};
}

QRectF StepItem::nameRect() const
{
    return m_kind == Step::Kind::Task ? symbolRect().adjusted(8, 8, -8, -6) : labelRect();
}

QRectF StepItem::computeBounds() const
{
    QRectF bounds = symbolRect();
    if (m_kind != Step::Kind::Task)
        bounds |= labelRect();
    return bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

QPointF StepItem::handlePos(Handle handle) const
{
    const QRectF r = symbolRect();
    switch (handle) {
    case TopHandle:
        return {0, r.top()};
    case RightHandle:
        return {r.right(), 0};
    case BottomHandle:
        return {0, r.bottom()};
    case LeftHandle:
        return {r.left(), 0};
    case NoHandle:
        break;
    }
    return {};
}

StepItem::Handle StepItem::handleAt(QPointF p, double tolerance) const
{
    for (Handle h : {TopHandle, RightHandle, BottomHandle, LeftHandle}) {
        if (QLineF(p, handlePos(h)).length() <= tolerance)
            return h;
    }
    if (m_kind != Step::Kind::Task)
        return NoHandle;
    // A task's edge band works like its nearest handle (quicker to hit than a dot).
    const QRectF r = symbolRect();
    if (!r.contains(p) || r.adjusted(EdgeBand, EdgeBand, -EdgeBand, -EdgeBand).contains(p))
        return NoHandle;
    const double dl = p.x() - r.left(), dr = r.right() - p.x();
    const double dt = p.y() - r.top(), db = r.bottom() - p.y();
    const double m = std::min({dl, dr, dt, db});
    if (m == dl)
        return LeftHandle;
    if (m == dr)
        return RightHandle;
    if (m == dt)
        return TopHandle;
    return BottomHandle;
}

void StepItem::setDropTarget(bool on)
{
    if (m_dropTarget == on)
        return;
    m_dropTarget = on;
    update();
}

QPainterPath StepItem::shape() const
{
    QPainterPath path;
    const QRectF symbol = symbolRect();
    switch (m_kind) {
    case Step::Kind::Task:
        path.addRoundedRect(symbol, 10, 10);
        break;
    case Step::Kind::Decision:
        path.addPolygon(diamond(symbol));
        path.closeSubpath();
        break;
    default:
        path.addEllipse(symbol);
        break;
    }
    // The label and the handles are part of what a click (and hover) hits.
    if (m_kind != Step::Kind::Task)
        path.addRect(labelRect());
    for (Handle h : {TopHandle, RightHandle, BottomHandle, LeftHandle})
        path.addEllipse(handlePos(h), HandleRadius + 2, HandleRadius + 2);
    return path;
}

void StepItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void StepItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

void StepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasPalette &colors = CanvasPalette::of(this);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF symbol = symbolRect();
    const QColor stroke = colors.stepStroke(m_kind, m_laneColor);
    const QColor fill = colors.stepFill(m_kind);

    if (lod < 0.25) {
        // Far out a step is a dot of colour: no antialiasing, no rounded corners, no text.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(isSelected() ? colors.highlight() : stroke);
        painter->drawRect(symbol);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    const double strokeWidth = m_kind == Step::Kind::End ? 4
        : m_kind == Step::Kind::Start                    ? 2
                                                         : 1.5;
    painter->setPen(QPen(stroke, strokeWidth));
    painter->setBrush(fill);
    switch (m_kind) {
    case Step::Kind::Task: {
        painter->drawRoundedRect(symbol, 10, 10);
        // A coloured strip at the top says whose step it is at a glance.
        const QColor accent = m_laneColor.isValid() ? m_laneColor : stroke;
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(
            QRectF(symbol.left() + 10, symbol.top() + 1.5, symbol.width() - 20, 3), 1.5, 1.5);
        if (m_automation != Step::Automation::Manual) {
            const QRectF badge(symbol.right() - 16, symbol.top() + 6, 10, 10);
            const QColor c = colors.automationColor(m_automation);
            painter->setPen(QPen(c, 1.5));
            painter->setBrush(m_automation == Step::Automation::Automated ? c : fill);
            painter->drawEllipse(badge);
        }
        break;
    }
    case Step::Kind::Decision:
        painter->drawPolygon(diamond(symbol));
        break;
    case Step::Kind::Start:
        painter->drawEllipse(symbol);
        break;
    case Step::Kind::End:
        painter->drawEllipse(symbol.adjusted(2, 2, -2, -2));
        break;
    case Step::Kind::Event:
        painter->drawEllipse(symbol);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(symbol.adjusted(4, 4, -4, -4));
        break;
    }

    if (isSelected() || m_dropTarget) {
        painter->setBrush(Qt::NoBrush);
        QPen pen(colors.highlight(), m_dropTarget ? 3 : 2,
                 m_dropTarget ? Qt::SolidLine : Qt::DashLine);
        pen.setCosmetic(!m_dropTarget);
        painter->setPen(pen);
        painter->drawRoundedRect(symbol.adjusted(-4, -4, 4, 4), 6, 6);
    }

    if (m_hovered && !m_dropTarget) {
        painter->setPen(QPen(colors.highlight(), 1.2));
        painter->setBrush(colors.base());
        for (Handle h : {TopHandle, RightHandle, BottomHandle, LeftHandle})
            painter->drawEllipse(handlePos(h), HandleRadius, HandleRadius);
    }

    // Text is unreadable when zoomed far out: leave it out.
    if (lod < 0.4 || m_name.isEmpty())
        return;
    painter->setPen(colors.text());
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    if (m_kind == Step::Kind::Task) {
        const QRectF textRect = nameRect();
        painter->save();
        painter->setClipRect(textRect);
        painter->drawText(textRect, flags | Qt::AlignVCenter, m_name);
        painter->restore();
    } else {
        // A backing keeps the name readable where a handoff passes beneath it.
        const QRectF label = labelRect();
        const QRectF textRect
            = painter->fontMetrics().boundingRect(label.toRect(), flags | Qt::AlignTop, m_name);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.labelBacking());
        painter->drawRoundedRect(textRect.adjusted(-2, 0, 2, 0) & label, 3, 3);
        painter->setPen(colors.text());
        painter->save();
        painter->setClipRect(label);
        painter->drawText(label, flags | Qt::AlignTop, m_name);
        painter->restore();
    }
}

} // namespace Stepwise
