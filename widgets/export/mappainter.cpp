#include "mappainter.h"

#include "canvas/handoffitem.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"
#include "canvas/undesigneditem.h"

#include "analysis/mapoverlay.h"
#include "process/processdocument.h"

#include <QApplication>
#include <QPainter>
#include <QScreen>

namespace Stepwise {

namespace {

constexpr double Margin = 8;

/// The colours of the map on paper (light) or in the dark theme; the scene derives the canvas
/// palette from these roles alone, so it does not depend on the window's current theme.
QPalette exportPalette(bool dark)
{
    QPalette palette;
    const auto set = [&palette](const QColor &window, const QColor &base, const QColor &text,
                                const QColor &highlight) {
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Highlight, highlight);
    };
    if (dark)
        set(QColor(0x2b, 0x2d, 0x31), QColor(0x1e, 0x1f, 0x22), QColor(0xe6, 0xe6, 0xe6),
            QColor(0x3d, 0x8b, 0xfd));
    else
        set(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

} // namespace

int mapLayoutDpi()
{
    static const int dpi = [] {
        const QScreen *screen = QGuiApplication::primaryScreen();
        const int d = screen ? qRound(screen->logicalDotsPerInchY()) : 96;
        return d > 0 ? d : 96;
    }();
    return dpi;
}

MapPainter::MapPainter(const Process &process, const MapOverlay *overlay, bool dark,
                       OverlayParts parts)
    : m_document(std::make_unique<ProcessDocument>(process)),
      m_scene(std::make_unique<ProcessScene>()), m_dark(dark)
{
    m_scene->setCanvasPalette(exportPalette(dark));
    // The page is the background: white paper, or nothing for a transparent image.
    m_scene->setBackgroundBrush(Qt::NoBrush);
    m_scene->setExportMode(true);
    m_scene->setDocument(m_document.get());
    if (overlay) {
        m_scene->setOverlay(std::make_shared<const MapOverlay>(*overlay));
        const Process &p = m_document->process();
        if (parts == OverlayParts::Time) {
            // Plain handoffs, and no marks for transitions: those are counts.
            for (const Handoff &handoff : p.handoffs) {
                if (HandoffItem *item = m_scene->handoffItem(handoff.id))
                    item->setOverlay(nullptr);
            }
            for (UndesignedItem *item : m_scene->undesignedItems())
                item->setVisible(false);
        } else if (parts == OverlayParts::Frequency) {
            for (const Step &step : p.steps) {
                if (StepItem *item = m_scene->stepItem(step.id))
                    item->setOverlay(nullptr);
            }
        }
    }
    // Every visible item, labels that stick out included, and the lanes with their headers.
    QRectF rect = m_scene->mapRect();
    const QList<QGraphicsItem *> items = m_scene->items();
    for (const QGraphicsItem *item : items) {
        if (item->isVisible())
            rect |= item->sceneBoundingRect();
    }
    m_rect = rect.adjusted(-Margin, -Margin, Margin, Margin);
}

MapPainter::~MapPainter()
{
    // Without its index the scene drops thousands of items at once rather than one by one out of
    // the BSP tree; and it does so before the document they show goes.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    m_scene.reset();
}

QRectF MapPainter::sceneRect() const
{
    return m_rect;
}

QFont MapPainter::font()
{
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

bool MapPainter::hasOverlay() const
{
    return m_scene->hasOverlay();
}

void MapPainter::paint(QPainter *painter, const QRectF &target, const QRectF &source) const
{
    painter->save();
    // The font the items measured their labels with.
    painter->setFont(font());
    m_scene->render(painter, target, source.isNull() ? m_rect : source, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Stepwise
