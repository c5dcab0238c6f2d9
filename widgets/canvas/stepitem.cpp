#include "stepitem.h"

#include "canvaspalette.h"
#include "processscene.h"

#include "analysis/mapoverlay.h"
#include "analysis/statistics.h"
#include "process/process.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
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

/// The font, made smaller step by step (to a limit) until the text fits the rectangle wrapped
/// at word boundaries. Past the limit the text overflows: whole, never cut.
QFont fittingFont(QFont font, const QPaintDevice *device, const QRectF &rect, int flags,
                  const QString &text)
{
    const double size = font.pointSizeF();
    if (size <= 0)
        return font;
    for (double factor = 1; factor >= 0.6; factor -= 0.08) {
        font.setPointSizeF(size * factor);
        const QRectF needed = QFontMetricsF(font, device).boundingRect(rect, flags, text);
        if (needed.width() <= rect.width() + 0.5 && needed.height() <= rect.height() + 0.5)
            break;
    }
    return font;
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
    return Step::defaultSize(kind);
}

QPointF StepItem::displayPos(const Process &process, const Step &step)
{
    const QPointF p = process.stepScenePos(step);
    const Step *activity = step.attachedToStepId ? process.step(step.attachedToStepId) : nullptr;
    if (!activity || activity->attachedToStepId)
        return p;
    const QSizeF size = activity->drawnSize();
    const QPointF c = process.stepScenePos(*activity);
    const QRectF r(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                   size.height());
    // Outside: the nearest point of the border; inside: out to the nearest edge.
    const QPointF clamped(std::clamp(p.x(), r.left(), r.right()),
                          std::clamp(p.y(), r.top(), r.bottom()));
    if (clamped != p)
        return clamped;
    const double dl = p.x() - r.left(), dr = r.right() - p.x();
    const double dt = p.y() - r.top(), db = r.bottom() - p.y();
    const double m = std::min({dl, dr, dt, db});
    if (m == db)
        return {p.x(), r.bottom()};
    if (m == dt)
        return {p.x(), r.top()};
    return {m == dl ? r.left() : r.right(), p.y()};
}

QRectF StepItem::symbolSceneRect(const Process &process, const Step &step)
{
    const QSizeF size = step.drawnSize();
    const QPointF c = displayPos(process, step);
    return {c - QPointF(size.width() / 2, size.height() / 2), size};
}

void StepItem::sync(const Process &process)
{
    const Step *step = process.step(m_stepId);
    if (!step)
        return;
    const Lane *lane = process.lane(step->laneId);

    const BpmnMarks marks = BpmnMarks::of(*step);
    const bool kindChanged = step->kind != m_kind || step->drawnSize() != m_size;
    const bool looksChanged = kindChanged || step->name != m_name
        || step->automation != m_automation || (lane && lane->color != m_laneColor)
        || marks != m_marks;
    m_kind = step->kind;
    m_size = step->drawnSize();
    m_marks = marks;
    m_name = step->name;
    m_automation = step->automation;
    m_laneColor = lane ? lane->color : QColor();
    // A boundary event lies over its activity's border.
    setZValue(step->attachedToStepId ? 3 : 2);

    if (kindChanged) {
        // The overlay's badge sits by the symbol: the next setOverlay() places it anew.
        m_overlayExecutions = -1;
        const QRectF bounds = computeBounds();
        if (bounds != m_bounds) {
            prepareGeometryChange();
            m_bounds = bounds;
        }
    }
    const QPointF scenePos = displayPos(process, *step);
    if (scenePos != pos())
        setPos(scenePos);
    // A boundary event on its activity's top edge has its name above it, clear of the activity.
    const Step *activity = step->attachedToStepId ? process.step(step->attachedToStepId) : nullptr;
    const bool labelAbove = activity
        && scenePos.y()
            <= process.stepScenePos(*activity).y() - activity->drawnSize().height() / 2 + 0.5;
    if (labelAbove != m_labelAbove) {
        m_labelAbove = labelAbove;
        prepareGeometryChange();
        m_bounds = computeBounds();
        update();
    }
    if (looksChanged) {
        QString tip
            = QStringLiteral("<b>%1</b><br>%2").arg(m_name.toHtmlEscaped(), kindName(m_kind));
        if (lane)
            tip += QStringLiteral(" · %1").arg(lane->name.toHtmlEscaped());
        if (!step->bpmnElement.isEmpty())
            tip += QStringLiteral(" · BPMN %1").arg(step->bpmnElement.toHtmlEscaped());
        if (m_marks.hasChildMap) {
            tip += QStringLiteral("<br>")
                + QCoreApplication::translate("Stepwise::StepItem",
                                              "Has a map of its own: double-click its + to open "
                                              "it.");
        }
        m_toolTip = tip;
        updateToolTip();
        update();
    }
}

QRectF StepItem::symbolRect() const
{
    return {QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size};
}

QRectF StepItem::expandMarkerRect() const
{
    return m_marks.hasExpandMarker() ? Stepwise::expandMarkerRect(symbolRect()) : QRectF();
}

QRectF StepItem::labelRect() const
{
    if (m_kind == Step::Kind::Task)
        return {};
    const QRectF symbol = symbolRect();
    if (m_labelAbove)
        return {-LabelWidth / 2, symbol.top() - 3 - LabelHeight, LabelWidth, LabelHeight};
    return {-LabelWidth / 2, symbol.bottom() + 3, LabelWidth, LabelHeight};
}

QRectF StepItem::nameRect() const
{
    if (m_kind != Step::Kind::Task)
        return labelRect();
    // Clear of a type's icon (top left) and of the "+" (bottom middle) where there is room.
    const QRectF symbol = symbolRect();
    const bool room = symbol.height() >= 56;
    const double top = room && m_marks.hasTypeIcon() ? 18 : 8;
    const double bottom = room && m_marks.hasExpandMarker() ? 18 : 6;
    return symbol.adjusted(8, top, -8, -bottom);
}

QRectF StepItem::computeBounds() const
{
    QRectF bounds = symbolRect();
    if (m_kind != Step::Kind::Task)
        bounds |= labelRect();
    bounds.adjust(-Margin, -Margin, Margin, Margin);
    if (!m_badgeRect.isNull())
        bounds |= m_badgeRect.adjusted(-1, -1, 1, 1);
    return bounds;
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

void StepItem::setOverlay(const StepOverlay *overlay, double scalePosition)
{
    const bool on = overlay != nullptr;
    const qint64 executions = on ? overlay->executions : 0;
    // A moment (a start, an end) needs no badge: its colour says it.
    const QString badgeText = on && executions > 0 && overlay->meanTotalS > 0
        ? humanDuration(overlay->meanTotalS)
        : QString();
    if (on == m_overlay && executions == m_overlayExecutions && scalePosition == m_overlayPosition
        && badgeText == m_badgeText)
        return;
    m_overlay = on;
    m_overlayExecutions = executions;
    m_overlayPosition = scalePosition;
    m_badgeText = badgeText;
    m_overlayText.clear();
    if (on) {
        m_overlayText = executions > 0
            ? QCoreApplication::translate("Stepwise::StepItem",
                                          "Runs: %n execution(s)<br>Mean waiting before it: "
                                          "%1<br>Mean processing: %2",
                                          nullptr, int(executions))
                  .arg(humanDuration(overlay->meanWaitingS),
                       humanDuration(overlay->meanProcessingS))
            : QCoreApplication::translate("Stepwise::StepItem", "No run reached this step.");
    }

    // The badge sits on the symbol's top edge (a task) or above it; its width follows the text.
    QRectF badge;
    if (!m_badgeText.isEmpty()) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        const double width = QFontMetricsF(font).horizontalAdvance(m_badgeText) + 12;
        const double height = QFontMetricsF(font).height() + 2;
        const QRectF symbol = symbolRect();
        const double bottom
            = m_kind == Step::Kind::Task ? symbol.top() + height / 2 : symbol.top() - 3;
        badge = QRectF(-width / 2, bottom - height, width, height);
    }
    if (badge != m_badgeRect) {
        m_badgeRect = badge;
        const QRectF bounds = computeBounds();
        if (bounds != m_bounds) {
            prepareGeometryChange();
            m_bounds = bounds;
        }
    }
    updateToolTip();
    update();
}

void StepItem::updateToolTip()
{
    setToolTip(m_overlayText.isEmpty() ? m_toolTip
                                       : m_toolTip + QStringLiteral("<br><br>") + m_overlayText);
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
    const double lod = ProcessScene::levelOfDetail(this, option, painter);
    const QRectF symbol = symbolRect();
    const bool heated = m_overlay && m_overlayExecutions > 0;
    const bool unreached = m_overlay && m_overlayExecutions == 0;
    const QColor stroke = unreached ? colors.neverTaken() : colors.stepStroke(m_kind, m_laneColor);
    const QColor fill = heated ? colors.heatFill(m_overlayPosition) : colors.stepFill(m_kind);

    if (lod < 0.25) {
        // Far out a step is a dot of colour: no antialiasing, no rounded corners, no text.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(isSelected() ? colors.highlight()
                              : heated ? colors.heat(m_overlayPosition)
                                       : stroke);
        painter->drawRect(symbol);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    const double strokeWidth = m_kind == Step::Kind::End ? 4
        : m_kind == Step::Kind::Start                    ? 2
                                                         : 1.5;
    painter->setPen(
        QPen(stroke, strokeWidth, unreached || m_marks.isDashed() ? Qt::DashLine : Qt::SolidLine));
    // A step no run reached is hatched: there is no time to colour it by.
    QBrush brush(fill);
    if (unreached) {
        QColor hatch = colors.neverTaken();
        hatch.setAlpha(110);
        brush = QBrush(hatch, Qt::BDiagPattern);
        painter->setBrush(fill);
        painter->setPen(Qt::NoPen);
        switch (m_kind) {
        case Step::Kind::Task:
            painter->drawRoundedRect(symbol, 10, 10);
            break;
        case Step::Kind::Decision:
            painter->drawPolygon(diamond(symbol));
            break;
        default:
            painter->drawEllipse(symbol);
            break;
        }
        painter->setPen(QPen(stroke, strokeWidth, Qt::DashLine));
    }
    painter->setBrush(brush);
    switch (m_kind) {
    case Step::Kind::Task: {
        painter->drawRoundedRect(symbol, 10, 10);
        // A coloured strip at the top says whose step it is at a glance.
        const QColor accent = m_laneColor.isValid() ? m_laneColor : stroke;
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRoundedRect(
            QRectF(symbol.left() + 10, symbol.top() + 1.5, symbol.width() - 20, 3), 1.5, 1.5);
        // A rejected candidate is a manual step that stays so: no badge.
        if (m_automation != Step::Automation::Manual
            && m_automation != Step::Automation::Rejected) {
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

    // What the BPMN element adds: a type's icon or marker, an event's trigger.
    if (lod >= 0.4)
        paintBpmnMarks(painter, m_marks, symbol, stroke, fill);

    if (isSelected() || m_dropTarget) {
        painter->setBrush(Qt::NoBrush);
        QPen pen(colors.highlight(), m_dropTarget ? 3 : 2,
                 m_dropTarget ? Qt::SolidLine : Qt::DashLine);
        pen.setCosmetic(!m_dropTarget);
        painter->setPen(pen);
        painter->drawRoundedRect(symbol.adjusted(-4, -4, 4, 4), 6, 6);
    }

    if (!m_badgeRect.isNull() && lod >= 0.4) {
        // The mean time, on a pill in the step's colour.
        QFont font = painter->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        painter->save();
        painter->setFont(font);
        const QColor heat = colors.heat(m_overlayPosition);
        painter->setPen(QPen(colors.isDark() ? heat : heat.darker(115), 1.5));
        painter->setBrush(colors.base());
        painter->drawRoundedRect(m_badgeRect, m_badgeRect.height() / 2, m_badgeRect.height() / 2);
        painter->setPen(colors.text());
        painter->drawText(m_badgeRect, Qt::AlignCenter, m_badgeText);
        painter->restore();
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
    // On the overlay's colours the text follows the fill (a task's name sits on it).
    painter->setPen(heated && m_kind == Step::Kind::Task ? CanvasPalette::textOn(fill)
                                                         : colors.text());
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    // An export draws the whole name, in a smaller font where it is long; the screen cuts it
    // (the tooltip and the properties show it whole).
    const bool whole = ProcessScene::isExporting(this);
    painter->save();
    if (whole)
        painter->setFont(
            fittingFont(painter->font(), painter->device(), nameRect(), flags, m_name));
    if (m_kind == Step::Kind::Task) {
        const QRectF textRect = nameRect();
        if (!whole)
            painter->setClipRect(textRect);
        painter->drawText(textRect, flags | Qt::AlignVCenter, m_name);
    } else {
        // A backing keeps the name readable where a handoff passes beneath it.
        const QRectF label = labelRect();
        const int labelAlign = m_labelAbove ? Qt::AlignBottom : Qt::AlignTop;
        const QRectF textRect = whole ? QFontMetricsF(painter->font(), painter->device())
                                            .boundingRect(label, flags | labelAlign, m_name)
                                      : QRectF(painter->fontMetrics().boundingRect(
                                          label.toRect(), flags | labelAlign, m_name));
        const QPen pen = painter->pen();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.labelBacking());
        painter->drawRoundedRect(
            whole ? textRect.adjusted(-2, 0, 2, 0) : textRect.adjusted(-2, 0, 2, 0) & label, 3, 3);
        painter->setPen(colors.text());
        if (!whole)
            painter->setClipRect(label);
        painter->drawText(label, flags | labelAlign, m_name);
    }
    painter->restore();
}

} // namespace Stepwise
