#include "canvaspalette.h"

#include "processscene.h"

#include <QApplication>
#include <QGraphicsItem>

#include <algorithm>

namespace Stepwise {

CanvasPalette::CanvasPalette(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    m_dark = window.lightness() < 128;
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_highlight = palette.color(QPalette::Highlight);
    m_mutedText = mix(m_text, m_base, 0.35);
    m_canvas = mix(window, m_base, 0.5);
    m_border = m_dark ? mix(m_base, m_text, 0.22) : mix(m_base, m_text, 0.22);
    m_headerBase = m_dark ? window.lighter(110) : window.lighter(103);
    m_handoff = m_dark ? QColor(0x9e, 0xb3, 0xbd) : QColor(0x54, 0x6e, 0x7a);
    m_crossLane = m_dark ? QColor(0xff, 0x9e, 0x50) : QColor(0xe6, 0x51, 0x00);
    m_labelBacking = m_base;
    m_labelBacking.setAlpha(215);
}

const CanvasPalette &CanvasPalette::of(const QGraphicsItem *item)
{
    if (item) {
        if (auto *scene = qobject_cast<ProcessScene *>(item->scene()))
            return scene->canvasPalette();
    }
    static const CanvasPalette fallback(QApplication::palette());
    return fallback;
}

QColor CanvasPalette::mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t),
                            float(x.alphaF() + (y.alphaF() - x.alphaF()) * t));
}

QColor CanvasPalette::stepStroke(Step::Kind kind, const QColor &laneColor) const
{
    QColor c;
    switch (kind) {
    case Step::Kind::Task: {
        const QColor accent = laneColor.isValid() ? laneColor : QColor(0x60, 0x7d, 0x8b);
        return m_dark ? accent.lighter(130) : accent.darker(150);
    }
    case Step::Kind::Decision:
        c = QColor(0xb0, 0x7d, 0x00);
        break;
    case Step::Kind::Start:
        c = QColor(0x2e, 0x7d, 0x32);
        break;
    case Step::Kind::End:
        c = QColor(0xb7, 0x1c, 0x1c);
        break;
    case Step::Kind::Event:
        c = QColor(0x5e, 0x35, 0xb1);
        break;
    }
    return m_dark ? c.lighter(170) : c;
}

QColor CanvasPalette::stepFill(Step::Kind kind) const
{
    if (kind == Step::Kind::Task)
        return m_base;
    return mix(m_base, stepStroke(kind, {}), m_dark ? 0.18 : 0.1);
}

QColor CanvasPalette::laneTint(const QColor &laneColor, bool odd) const
{
    QColor tint = laneColor;
    tint.setAlpha(m_dark ? (odd ? 34 : 20) : (odd ? 26 : 14));
    return tint;
}

QColor CanvasPalette::laneHeaderTint(const QColor &laneColor) const
{
    QColor tint = laneColor;
    tint.setAlpha(m_dark ? 60 : 46);
    return tint;
}

QColor CanvasPalette::laneText(const QColor &laneColor) const
{
    if (laneColor.hsvHue() < 0)
        return m_dark ? laneColor.lighter(160) : laneColor.darker(200);
    return m_dark
        ? QColor::fromHsv(laneColor.hsvHue(), std::min(laneColor.hsvSaturation(), 90), 235)
        : QColor::fromHsv(laneColor.hsvHue(), std::max(laneColor.hsvSaturation(), 150), 120);
}

QColor CanvasPalette::automationColor(Step::Automation automation) const
{
    const QColor c = automation == Step::Automation::Automated ? QColor(0x2e, 0x7d, 0x32)
                                                               : QColor(0xef, 0x8f, 0x00);
    return m_dark ? c.lighter(140) : c;
}

} // namespace Stepwise
