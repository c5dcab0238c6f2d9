#pragma once

#include "process/lane.h"
#include "process/step.h"

#include <QColor>
#include <QPalette>

class QGraphicsItem;

namespace Stepwise {

/// The colours of the map, derived from a widget palette so that the map follows the light or dark
/// theme. Items ask their scene for it while painting; it is recomputed on a palette change only.
class CanvasPalette
{
public:
    explicit CanvasPalette(const QPalette &palette = QPalette());

    /// The palette of the scene the item is in (a ProcessScene), or the application's.
    static const CanvasPalette &of(const QGraphicsItem *item);

    bool isDark() const { return m_dark; }
    QColor canvas() const { return m_canvas; }
    QColor base() const { return m_base; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor border() const { return m_border; }
    QColor headerBase() const { return m_headerBase; }
    QColor highlight() const { return m_highlight; }
    QColor handoff() const { return m_handoff; }
    QColor crossLane() const { return m_crossLane; }
    /// A translucent backing under text that lies over lines.
    QColor labelBacking() const { return m_labelBacking; }

    QColor stepStroke(Step::Kind kind, const QColor &laneColor) const;
    QColor stepFill(Step::Kind kind) const;
    /// The lane colour as a band tint (weaker in dark mode), alternating by row.
    QColor laneTint(const QColor &laneColor, bool odd) const;
    QColor laneHeaderTint(const QColor &laneColor) const;
    /// The lane's hue, readable as text on its header.
    QColor laneText(const QColor &laneColor) const;
    QColor automationColor(Step::Automation automation) const;

    // The runs overlay.
    /// The sequential scale of the overlay (yellow to deep red), at a position 0..1: the raw
    /// colour, for swatch borders and strokes.
    QColor heat(double position) const;
    /// A step's fill at a position of the scale.
    QColor heatFill(double position) const;
    /// Text readable on a fill: dark on light colours, light on dark ones.
    static QColor textOn(const QColor &fill);
    /// Transitions the runs took that the map lacks.
    QColor undesigned() const { return m_undesigned; }
    /// Handoffs no run took, and steps no run reached.
    QColor neverTaken() const { return m_neverTaken; }

    /// a mixed towards b by t (0..1).
    static QColor mix(const QColor &a, const QColor &b, double t);

private:
    bool m_dark = false;
    QColor m_canvas, m_base, m_text, m_mutedText, m_border, m_headerBase, m_highlight, m_handoff,
        m_crossLane, m_labelBacking, m_undesigned, m_neverTaken;
};

} // namespace Stepwise
