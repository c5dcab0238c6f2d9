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
    m_undesigned = m_dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xd3, 0x1f, 0x1f);
    m_neverTaken = mix(m_base, m_text, m_dark ? 0.32 : 0.28);
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

namespace {

// ColorBrewer's YlOrBr: pale yellow for short, deep brown for long, in order for colour-blind eyes
// too; red stays for the transitions the map lacks.
constexpr QRgb HeatStops[] = {0xfff1a8, 0xfec44f, 0xfe9929, 0xd95f0e, 0x8c2d04};
constexpr int HeatStopCount = int(sizeof(HeatStops) / sizeof(HeatStops[0]));

} // namespace

QColor CanvasPalette::heat(double position) const
{
    const double at = std::clamp(position, 0.0, 1.0) * (HeatStopCount - 1);
    const int below = std::min(int(at), HeatStopCount - 2);
    return mix(QColor(HeatStops[below]), QColor(HeatStops[below + 1]), at - below);
}

QColor CanvasPalette::heatFill(double position) const
{
    // Nearly the colour itself: a heat map reads by its colours, in the dark theme too (the text
    // on it follows the fill, textOn()).
    return mix(m_dark ? m_base : QColor(Qt::white), heat(position), m_dark ? 0.85 : 0.9);
}

QColor CanvasPalette::textOn(const QColor &fill)
{
    // Relative luminance (sRGB, roughly): dark text on light fills, light text on dark ones.
    const QColor c = fill.toRgb();
    const double luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return luminance > 0.5 ? QColor(0x1c, 0x1c, 0x1c) : QColor(0xf4, 0xf4, 0xf4);
}

QColor CanvasPalette::automationColor(Step::Automation automation) const
{
    QColor c(0xef, 0x8f, 0x00); // a candidate: undecided
    if (automation == Step::Automation::Automated)
        c = QColor(0x2e, 0x7d, 0x32);
    else if (automation == Step::Automation::Planned)
        c = QColor(0x15, 0x65, 0xc0);
    return m_dark ? c.lighter(140) : c;
}

} // namespace Stepwise
