#include "stepitem.h"

#include "process/process.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Stepwise {

namespace {

constexpr double LabelWidth = 140;
constexpr double LabelHeight = 34;
constexpr double Margin = 4;

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

} // namespace

StepItem::StepItem(ItemId stepId, QGraphicsItem *parent) : QGraphicsItem(parent), m_stepId(stepId)
{
    setFlag(ItemIsSelectable);
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
    setPos(process.stepScenePos(*step));
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

QRectF StepItem::computeBounds() const
{
    QRectF bounds = symbolRect();
    if (m_kind != Step::Kind::Task)
        bounds |= labelRect();
    return bounds.adjusted(-Margin, -Margin, Margin, Margin);
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
        path.addPolygon(QPolygonF({QPointF(0, symbol.top()), QPointF(symbol.right(), 0),
                                   QPointF(0, symbol.bottom()), QPointF(symbol.left(), 0)}));
        path.closeSubpath();
        break;
    default:
        path.addEllipse(symbol);
        break;
    }
    // The label is part of what a click hits.
    if (m_kind != Step::Kind::Task)
        path.addRect(labelRect());
    return path;
}

void StepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF symbol = symbolRect();
    const QColor accent = m_laneColor.isValid() ? m_laneColor : QColor(0x60, 0x7d, 0x8b);
    const QColor outline = accent.darker(150);

    painter->setRenderHint(QPainter::Antialiasing);
    switch (m_kind) {
    case Step::Kind::Task: {
        painter->setPen(QPen(outline, 1.5));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(symbol, 10, 10);
        // A coloured strip at the top says whose step it is at a glance.
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(
            QRectF(symbol.left() + 10, symbol.top() + 1.5, symbol.width() - 20, 3), 1.5, 1.5);
        if (m_automation != Step::Automation::Manual) {
            const QRectF badge(symbol.right() - 16, symbol.top() + 6, 10, 10);
            const QColor c = m_automation == Step::Automation::Automated ? QColor(0x2e, 0x7d, 0x32)
                                                                         : QColor(0xef, 0x8f, 0x00);
            painter->setPen(QPen(c, 1.5));
            painter->setBrush(m_automation == Step::Automation::Automated ? c : QColor(Qt::white));
            painter->drawEllipse(badge);
        }
        break;
    }
    case Step::Kind::Decision:
        painter->setPen(QPen(QColor(0xb0, 0x7d, 0x00), 1.5));
        painter->setBrush(QColor(0xff, 0xf6, 0xd8));
        painter->drawPolygon(QPolygonF({QPointF(0, symbol.top()), QPointF(symbol.right(), 0),
                                        QPointF(0, symbol.bottom()), QPointF(symbol.left(), 0)}));
        break;
    case Step::Kind::Start:
        painter->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2));
        painter->setBrush(QColor(0xe8, 0xf5, 0xe9));
        painter->drawEllipse(symbol);
        break;
    case Step::Kind::End:
        painter->setPen(QPen(QColor(0xb7, 0x1c, 0x1c), 4));
        painter->setBrush(QColor(0xfd, 0xec, 0xea));
        painter->drawEllipse(symbol.adjusted(2, 2, -2, -2));
        break;
    case Step::Kind::Event:
        painter->setPen(QPen(QColor(0x5e, 0x35, 0xb1), 1.5));
        painter->setBrush(QColor(0xf3, 0xee, 0xfc));
        painter->drawEllipse(symbol);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(symbol.adjusted(4, 4, -4, -4));
        break;
    }

    if (isSelected()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 2, Qt::DashLine));
        painter->drawRect(symbol.adjusted(-3, -3, 3, 3));
    }

    // Text is unreadable when zoomed far out: leave it out.
    if (lod < 0.4 || m_name.isEmpty())
        return;
    painter->setPen(QColor(0x21, 0x21, 0x21));
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    if (m_kind == Step::Kind::Task) {
        const QRectF textRect = symbol.adjusted(8, 8, -8, -6);
        painter->save();
        painter->setClipRect(textRect);
        painter->drawText(textRect, flags | Qt::AlignVCenter, m_name);
        painter->restore();
    } else {
        // A light backing keeps the name readable where a handoff passes beneath it.
        const QRectF textRect = painter->fontMetrics().boundingRect(labelRect().toRect(),
                                                                    flags | Qt::AlignTop, m_name);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 190));
        painter->drawRoundedRect(textRect.adjusted(-2, 0, 2, 0) & labelRect(), 3, 3);
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->save();
        painter->setClipRect(labelRect());
        painter->drawText(labelRect(), flags | Qt::AlignTop, m_name);
        painter->restore();
    }
}

} // namespace Stepwise
