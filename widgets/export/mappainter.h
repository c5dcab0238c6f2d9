#pragma once

#include <QFont>
#include <QRectF>

#include <memory>

class QPainter;

namespace Stepwise {

/// The resolution pages that hold a map are laid out at (export, print, the report): the screen's,
/// so one scene unit is one unit as on the canvas at 100% and fonts measure as the items measured
/// their labels.
int mapLayoutDpi();

struct MapOverlay;
struct Process;
class ProcessDocument;
class ProcessScene;

/// Draws a process map off screen, exactly as the editor's canvas draws it (the same ProcessScene
/// and items), for export, print and the report: no selection, no hover handles, every item at
/// full detail whatever the scale, and every name drawn whole (wrapped, never elided or cut), so a
/// PDF holds it as real text. Holds its own copy of the process; not tied to a window, so it can
/// draw on a worker thread.
class MapPainter
{
public:
    /// Which part of the runs overlay to draw.
    enum class OverlayParts {
        All, ///< as the editor shows it
        Time, ///< steps coloured by their mean waiting + processing time
        Frequency ///< handoffs as wide as how often they were taken, with their counts
    };

    /// With an overlay, the map shows the runs over it (copied: it need not outlive the painter).
    /// Dark draws in the dark theme's colours; light is for paper.
    explicit MapPainter(const Process &process, const MapOverlay *overlay = nullptr,
                        bool dark = false, OverlayParts parts = OverlayParts::All);
    ~MapPainter();
    MapPainter(const MapPainter &) = delete;
    MapPainter &operator=(const MapPainter &) = delete;

    /// The map's extent in scene units, with a small margin.
    QRectF sceneRect() const;
    /// Draws the source part of the map (scene coordinates; null: all) scaled into target, aspect
    /// kept, centred.
    void paint(QPainter *painter, const QRectF &target, const QRectF &source = QRectF()) const;

    bool hasOverlay() const;
    /// The font the map is drawn in: the application's, without ligatures, so that a PDF's text
    /// reads back as it was typed ("kick-off", not "kick-o\uFB00").
    static QFont font();
    bool isDark() const { return m_dark; }
    /// The scene it draws (for the legend's colours and tests).
    ProcessScene *scene() const { return m_scene.get(); }

private:
    std::unique_ptr<ProcessDocument> m_document;
    std::unique_ptr<ProcessScene> m_scene;
    QRectF m_rect;
    bool m_dark = false;
};

} // namespace Stepwise
