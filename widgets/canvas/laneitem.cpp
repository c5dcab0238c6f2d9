#include "laneitem.h"

#include "process/process.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace Stepwise {

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
    setPos(0, process.laneTop(m_laneId));
    m_name = lane->name;
    m_color = lane->color.isValid() ? lane->color : QColor(0x90, 0xa4, 0xae);
    m_odd = process.laneIndex(m_laneId) % 2 == 1;
    setToolTip(m_name);
    update();
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF header(m_bounds.left(), m_bounds.top(), HeaderWidth, m_bounds.height());
    const QRectF band = m_bounds.adjusted(HeaderWidth, 0, 0, 0);

    QColor tint = m_color;
    tint.setAlpha(m_odd ? 26 : 14);
    painter->fillRect(band & option->exposedRect, QColor(Qt::white));
    painter->fillRect(band & option->exposedRect, tint);

    QColor headerTint = m_color;
    headerTint.setAlpha(46);
    painter->fillRect(header, QColor(0xfa, 0xfa, 0xfa));
    painter->fillRect(header, headerTint);
    painter->fillRect(QRectF(header.left(), header.top(), 6, header.height()), m_color);

    painter->setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0));
    painter->drawLine(QLineF(m_bounds.bottomLeft(), m_bounds.bottomRight()));
    if (m_bounds.top() >= 0)
        painter->drawLine(QLineF(m_bounds.topLeft(), m_bounds.topRight()));
    painter->drawLine(QLineF(header.topRight(), header.bottomRight()));

    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3)
        return;
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    // The lane's own hue, dark enough to read even when the lane colour is a pastel.
    const QColor text = m_color.hsvHue() < 0
        ? m_color.darker(200)
        : QColor::fromHsv(m_color.hsvHue(), std::max(m_color.hsvSaturation(), 150), 120);
    painter->setPen(text);
    painter->drawText(header.adjusted(14, 8, -8, -8),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_name);
}

} // namespace Stepwise
