#include "laneitem.h"

#include "canvaspalette.h"
#include "processscene.h"

#include "process/process.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Stepwise {

namespace {

constexpr double IconSize = 14;

QString kindName(Lane::Kind kind)
{
    switch (kind) {
    case Lane::Kind::Person:
        return QCoreApplication::translate("Stepwise::LaneItem", "Person");
    case Lane::Kind::Role:
        return QCoreApplication::translate("Stepwise::LaneItem", "Role");
    case Lane::Kind::Team:
        return QCoreApplication::translate("Stepwise::LaneItem", "Team");
    case Lane::Kind::System:
        return QCoreApplication::translate("Stepwise::LaneItem", "System");
    }
    return {};
}

// A small glyph: one head for a person, two for a team, a screen for a system, a badge for a role.
void drawKindIcon(QPainter *painter, Lane::Kind kind, const QRectF &r, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.3));
    painter->setBrush(Qt::NoBrush);
    const auto person = [&](QPointF c, double s) {
        painter->drawEllipse(QPointF(c.x(), c.y() - s * 0.22), s * 0.2, s * 0.2);
        QPainterPath body;
        body.moveTo(c.x() - s * 0.36, c.y() + s * 0.45);
        body.cubicTo(c.x() - s * 0.36, c.y() + s * 0.05, c.x() + s * 0.36, c.y() + s * 0.05,
                     c.x() + s * 0.36, c.y() + s * 0.45);
        painter->drawPath(body);
    };
    switch (kind) {
    case Lane::Kind::Person:
        person(r.center(), r.width());
        break;
    case Lane::Kind::Team:
        person(r.center() + QPointF(-r.width() * 0.22, 0), r.width() * 0.8);
        person(r.center() + QPointF(r.width() * 0.28, 0), r.width() * 0.8);
        break;
    case Lane::Kind::System: {
        const QRectF screen(r.left(), r.top() + 1, r.width(), r.height() * 0.62);
        painter->drawRoundedRect(screen, 1.5, 1.5);
        painter->drawLine(QPointF(r.center().x(), screen.bottom()),
                          QPointF(r.center().x(), r.bottom() - 1.5));
        painter->drawLine(QPointF(r.left() + 3, r.bottom() - 1.5),
                          QPointF(r.right() - 3, r.bottom() - 1.5));
        break;
    }
    case Lane::Kind::Role:
        painter->drawRoundedRect(r.adjusted(1, 2, -1, -2), 2, 2);
        painter->drawLine(QPointF(r.left() + 4, r.center().y()),
                          QPointF(r.right() - 4, r.center().y()));
        break;
    }
    painter->restore();
}

} // namespace

LaneItem::LaneItem(ItemId laneId, QGraphicsItem *parent) : QGraphicsItem(parent), m_laneId(laneId)
{
    setZValue(0);
    // paint() fills only what is exposed: lanes are as wide as the map.
    setFlag(ItemUsesExtendedStyleOption);
}

void LaneItem::sync(const Process &process, double left, double right)
{
    const Lane *lane = process.lane(m_laneId);
    if (!lane)
        return;
    const QRectF bounds(left - HeaderWidth, 0, right - left + HeaderWidth, lane->height);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    const QPointF pos(0, process.laneTop(m_laneId));
    if (pos != this->pos())
        setPos(pos);
    const QColor color = lane->color.isValid() ? lane->color : QColor(0x90, 0xa4, 0xae);
    const bool odd = process.laneIndex(m_laneId) % 2 == 1;
    if (lane->name != m_name || lane->kind != m_kind || color != m_color || odd != m_odd) {
        m_name = lane->name;
        m_kind = lane->kind;
        m_color = color;
        m_odd = odd;
        setToolTip(QStringLiteral("%1 (%2)").arg(m_name, kindName(m_kind)));
        update();
    }
}

QRectF LaneItem::sceneHeaderRect() const
{
    return QRectF(m_bounds.left(), m_bounds.top(), HeaderWidth, m_bounds.height())
        .translated(pos());
}

QRectF LaneItem::sceneNameRect() const
{
    const QRectF header = sceneHeaderRect();
    return QRectF(header.left() + 12, header.center().y() - 14, HeaderWidth - 18, 28);
}

void LaneItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasPalette &colors = CanvasPalette::of(this);
    const QRectF header(m_bounds.left(), m_bounds.top(), HeaderWidth, m_bounds.height());
    const QRectF band = m_bounds.adjusted(HeaderWidth, 0, 0, 0);
    const QRectF exposed = band & option->exposedRect;

    if (!exposed.isEmpty()) {
        painter->fillRect(exposed, colors.base());
        painter->fillRect(exposed, colors.laneTint(m_color, m_odd));
    }
    if (header.intersects(option->exposedRect)) {
        painter->fillRect(header, colors.headerBase());
        painter->fillRect(header, colors.laneHeaderTint(m_color));
        painter->fillRect(QRectF(header.left(), header.top(), 6, header.height()), m_color);
    }

    QPen line(colors.border(), 0);
    painter->setPen(line);
    painter->drawLine(QLineF(m_bounds.bottomLeft(), m_bounds.bottomRight()));
    if (pos().y() <= 0)
        painter->drawLine(QLineF(m_bounds.topLeft(), m_bounds.topRight()));
    painter->drawLine(QLineF(header.topRight(), header.bottomRight()));

    if (m_highlighted) {
        QPen pen(colors.highlight(), 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(header.adjusted(1, 1, -1, -1));
    }

    const double lod = ProcessScene::levelOfDetail(this, option, painter);
    if (lod < 0.3 || !header.intersects(option->exposedRect))
        return;
    const QColor text = colors.laneText(m_color);
    const QRectF icon(header.left() + 14, header.center().y() - IconSize / 2, IconSize, IconSize);
    drawKindIcon(painter, m_kind, icon, text);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(header.adjusted(14 + IconSize + 6, 8, -8, -8),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_name);
}

} // namespace Stepwise
