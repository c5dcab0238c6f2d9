#include "mapexport.h"

#include "mappainter.h"

#include "canvas/canvaspalette.h"
#include "canvas/overlaylegend.h"
#include "canvas/processscene.h"
#include "canvas/stepitem.h"

#include "analysis/dashboard.h"
#include "analysis/runmetrics.h"
#include "process/duration.h"
#include "process/process.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Stepwise {

namespace {

// Page geometry in millimetres (the tests compute page counts from these).
constexpr double PageMarginMm = 10;
constexpr double ImageMarginMm = 4; ///< around an image as large as the map
constexpr double TileHeaderMm = 7; ///< the line above a tile naming the page
constexpr double OverlapMm = 10; ///< what neighbouring tiles both show
constexpr double GapMm = 3; ///< between the title block, the map and the legend
constexpr double CropMarkMm = 4;
/// The largest PNG made: 250 megapixels (a gigabyte of memory while drawn).
constexpr qint64 MaxImagePixels = 250'000'000;

int layoutDpi()
{
    return mapLayoutDpi();
}

double mm(double millimetres)
{
    return millimetres * layoutDpi() / 25.4;
}

QPageSize::PageSizeId pageSizeId(MapExportOptions::Page page)
{
    switch (page) {
    case MapExportOptions::Page::A3:
        return QPageSize::A3;
    case MapExportOptions::Page::Letter:
        return QPageSize::Letter;
    case MapExportOptions::Page::A4:
    case MapExportOptions::Page::Fit:
        break;
    }
    return QPageSize::A4;
}

MapPainter::OverlayParts overlayParts(MapExportOptions::Overlay overlay)
{
    return overlay == MapExportOptions::Overlay::Frequency ? MapPainter::OverlayParts::Frequency
                                                           : MapPainter::OverlayParts::Time;
}

/// One page of a tiled export: the part of the map it shows, and where it sits in the grid.
struct Tile
{
    QRectF source; ///< scene coordinates
    int row = 0;
    int column = 0;
};

/// Lays out and paints the pages of an export on any device laid out at layoutDpi(): the title
/// block, the map (fitted or tiled) and the legend.
class MapComposer
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::MapExport)

public:
    MapComposer(const Process &process, const MapExportOptions &options, const MapExportInfo &info)
        : m_process(process), m_options(options), m_info(info),
          m_painter(process,
                    options.overlay != MapExportOptions::Overlay::None && info.overlay
                        ? &*info.overlay
                        : nullptr,
                    options.dark, overlayParts(options.overlay)),
          m_colors(m_painter.scene()->canvasPalette())
    {
        m_measure = QImage(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
        m_measure.setDotsPerMeterX(dotsPerMeter);
        m_measure.setDotsPerMeterY(dotsPerMeter);
        if (m_painter.hasOverlay()) {
            const bool time = options.overlay != MapExportOptions::Overlay::Frequency;
            m_overlayRows = OverlayLegend::overlayRows(*info.overlay, time, !time);
        }
    }

    const MapPainter &mapPainter() const { return m_painter; }
    /// The map at 100% in layout units.
    QSizeF mapSize() const { return m_painter.sceneRect().size(); }
    const CanvasPalette &colors() const { return m_colors; }

    bool landscape(MapExportOptions::Orientation orientation) const
    {
        if (orientation == MapExportOptions::Orientation::Auto)
            return mapSize().width() > mapSize().height();
        return orientation == MapExportOptions::Orientation::Landscape;
    }

    /// The page layout of the options' paper, in full-page mode (the margins are ours).
    QPageLayout pageLayout() const
    {
        if (m_options.page == MapExportOptions::Page::Fit) {
            const QSizeF content = fitContentSize();
            const double margin = mm(PageMarginMm);
            const QSizeF points = (content + QSizeF(2 * margin, 2 * margin)) * 72.0 / layoutDpi();
            return QPageLayout(
                QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF());
        }
        return QPageLayout(QPageSize(pageSizeId(m_options.page)),
                           landscape(m_options.orientation) ? QPageLayout::Landscape
                                                            : QPageLayout::Portrait,
                           QMarginsF());
    }

    /// The size of the title block, map and legend with the map at 100%.
    QSizeF fitContentSize(double margin = 0) const
    {
        const QSizeF map = mapSize();
        const double width = std::max(map.width(), mm(150)) - 2 * margin;
        double height = map.height();
        if (m_options.titleBlock)
            height += titleHeight(width) + mm(GapMm);
        if (m_options.legend)
            height += legendHeight(width) + mm(GapMm);
        return {width, height};
    }

    // --- one page with the whole map ----------------------------------------------------------

    void paintFitPage(QPainter *painter, const QRectF &content) const
    {
        QRectF area = content;
        if (m_options.titleBlock) {
            const double h = titleHeight(area.width());
            paintTitleBlock(painter, QRectF(area.topLeft(), QSizeF(area.width(), h)));
            area.setTop(area.top() + h + mm(GapMm));
        }
        if (m_options.legend) {
            const double h = legendHeight(area.width());
            paintLegend(painter, QRectF(area.left(), area.bottom() - h, area.width(), h));
            area.setBottom(area.bottom() - h - mm(GapMm));
        }
        // The map in the middle of what is left; never larger than 100%.
        const QSizeF map = mapSize();
        const double scale
            = std::min({area.width() / map.width(), area.height() / map.height(), 1.0});
        const QSizeF size = map * scale;
        const QRectF target(area.left() + (area.width() - size.width()) / 2,
                            area.top() + (area.height() - size.height()) / 2, size.width(),
                            size.height());
        m_painter.paint(painter, target);
    }

    // --- tiles -------------------------------------------------------------------------------

    /// The tiles covering the map at 100% on pages whose content is this large.
    QVector<Tile> tiles(const QSizeF &content, int *rows = nullptr, int *columns = nullptr) const
    {
        const QSizeF area(content.width(), content.height() - mm(TileHeaderMm));
        const double overlap = mm(OverlapMm);
        const QRectF map = m_painter.sceneRect();
        const auto count = [overlap](double length, double tile) {
            if (length <= tile || tile <= overlap)
                return 1;
            return int(std::ceil((length - tile) / (tile - overlap))) + 1;
        };
        const int c = count(map.width(), area.width());
        const int r = count(map.height(), area.height());
        if (rows)
            *rows = r;
        if (columns)
            *columns = c;
        QVector<Tile> result;
        for (int row = 0; row < r; ++row) {
            for (int column = 0; column < c; ++column) {
                const QPointF origin(map.left() + column * (area.width() - overlap),
                                     map.top() + row * (area.height() - overlap));
                result.append({QRectF(origin, area), row, column});
            }
        }
        return result;
    }

    /// The page number of a tile when there is an index page first.
    static int tilePage(int row, int column, int columns) { return 2 + row * columns + column; }

    void paintIndexPage(QPainter *painter, const QRectF &content, const QVector<Tile> &tiles,
                        int columns) const
    {
        QRectF area = content;
        if (m_options.titleBlock) {
            const double h = titleHeight(area.width());
            paintTitleBlock(painter, QRectF(area.topLeft(), QSizeF(area.width(), h)));
            area.setTop(area.top() + h + mm(GapMm));
        }
        if (m_options.legend) {
            const double h = legendHeight(area.width());
            paintLegend(painter, QRectF(area.left(), area.bottom() - h, area.width(), h));
            area.setBottom(area.bottom() - h - mm(GapMm));
        }
        QFont font = MapPainter::font();
        painter->save();
        painter->setFont(font);
        painter->setPen(m_colors.text());
        const QString note = tr("Page index: the map at 100% on %n page(s), overlapping by 1 cm.",
                                nullptr, int(tiles.size()));
        const double noteHeight = QFontMetricsF(font, painter->device()).height() + mm(1);
        painter->drawText(QRectF(area.left(), area.top(), area.width(), noteHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, note);
        painter->restore();
        area.setTop(area.top() + noteHeight + mm(1));

        // The whole map, small, with the pages over it. A long map is cut into bands of whole
        // page columns stacked down the page, as many as make it largest.
        const auto bandSource = [&](int firstColumn, int lastColumn) {
            QRectF r;
            for (const Tile &tile : tiles) {
                if (tile.column >= firstColumn && tile.column <= lastColumn)
                    r |= tile.source;
            }
            return r;
        };
        const double bandGap = mm(2);
        int perBand = columns;
        double scale = 0;
        for (int bands = 1; bands <= columns; ++bands) {
            const int n = (columns + bands - 1) / bands;
            const QRectF band = bandSource(0, n - 1);
            const double s
                = std::min(area.width() / band.width(),
                           (area.height() - (bands - 1) * bandGap) / (bands * band.height()));
            if (s > scale) {
                scale = s;
                perBand = n;
            }
        }
        const QRectF map = m_painter.sceneRect();
        QColor grid = m_colors.highlight();
        const QPen pen(grid, 1.2);
        QFont number = MapPainter::font();
        number.setBold(true);
        const double overlap = mm(OverlapMm);
        double top = area.top();
        for (int first = 0; first < columns; first += perBand) {
            const int last = std::min(first + perBand, columns) - 1;
            const QRectF band = bandSource(first, last);
            const QRectF target(area.left(), top, band.width() * scale, band.height() * scale);
            top += target.height() + bandGap;
            const auto toPage = [&](const QRectF &scene) {
                return QRectF(target.left() + (scene.left() - band.left()) * scale,
                              target.top() + (scene.top() - band.top()) * scale,
                              scene.width() * scale, scene.height() * scale);
            };
            const QRectF shown = band & map;
            if (!shown.isEmpty())
                m_painter.paint(painter, toPage(shown), shown);

            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            for (const Tile &tile : tiles) {
                if (tile.column < first || tile.column > last)
                    continue;
                painter->setPen(pen);
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(toPage(tile.source));
                // The number in the middle of what only this page shows.
                const QRectF own = toPage(tile.source.adjusted(tile.column > 0 ? overlap : 0,
                                                               tile.row > 0 ? overlap : 0, 0, 0));
                number.setPointSizeF(std::clamp(
                    std::min(own.height() / 3, own.width() / 4) * 72.0 / layoutDpi(), 4.0, 28.0));
                painter->setFont(number);
                const QString text = QString::number(tilePage(tile.row, tile.column, columns));
                const QRectF box = QFontMetricsF(number, painter->device())
                                       .boundingRect(own, Qt::AlignCenter, text)
                                       .adjusted(-mm(0.5), 0, mm(0.5), 0);
                QColor backing = m_colors.base();
                backing.setAlpha(200);
                painter->setPen(Qt::NoPen);
                painter->setBrush(backing);
                painter->drawRoundedRect(box, mm(0.8), mm(0.8));
                painter->setPen(grid);
                painter->drawText(own, Qt::AlignCenter, text);
            }
            painter->restore();
        }
    }

    void paintTilePage(QPainter *painter, const QRectF &content, const Tile &tile, int rows,
                       int columns, bool indexed) const
    {
        const int page = indexed ? tilePage(tile.row, tile.column, columns) : 1;
        const int pages = indexed ? rows * columns + 1 : 1;
        const QRectF header(content.left(), content.top(), content.width(), mm(TileHeaderMm));
        const QRectF area(content.left(), header.bottom(), content.width(),
                          content.height() - header.height());

        painter->save();
        QFont font = MapPainter::font();
        painter->setFont(font);
        painter->setPen(m_colors.text());
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        // Clear of the crop marks at the tile's corners.
        const QRectF line = header.adjusted(mm(CropMarkMm + 2), 0, -mm(CropMarkMm + 2), -mm(1.5));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_process.name);
        painter->setFont(font);
        painter->setPen(m_colors.mutedText());
        const QString where = indexed ? tr("Page %1 of %2 · row %3 of %4, column %5 of %6")
                                            .arg(page)
                                            .arg(pages)
                                            .arg(tile.row + 1)
                                            .arg(rows)
                                            .arg(tile.column + 1)
                                            .arg(columns)
                                      : tr("Page 1 of 1");
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, where);
        painter->restore();

        // The map at 100%: one layout unit per scene unit.
        painter->save();
        painter->setClipRect(area);
        m_painter.paint(painter, area, tile.source);
        painter->restore();

        if (indexed)
            paintTileMarks(painter, area, tile, rows, columns);
    }

    /// Crop marks at the corners of the tile, and where the neighbours' overlap begins with the
    /// neighbour's page number.
    void paintTileMarks(QPainter *painter, const QRectF &area, const Tile &tile, int rows,
                        int columns) const
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const double mark = mm(CropMarkMm);
        const double gap = mm(1);
        painter->setPen(QPen(m_colors.text(), 0.8));
        for (const QPointF &corner :
             {area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight()}) {
            const double dx = corner.x() == area.left() ? -1 : 1;
            const double dy = corner.y() == area.top() ? -1 : 1;
            painter->drawLine(QPointF(corner.x() + dx * gap, corner.y()),
                              QPointF(corner.x() + dx * (gap + mark), corner.y()));
            painter->drawLine(QPointF(corner.x(), corner.y() + dy * gap),
                              QPointF(corner.x(), corner.y() + dy * (gap + mark)));
        }

        const double overlap = mm(OverlapMm);
        QPen dashed(m_colors.highlight(), 0.8, Qt::DashLine);
        QFont font = MapPainter::font();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        painter->setFont(font);
        const QFontMetricsF metrics(font, painter->device());
        const auto label = [&](const QPointF &at, int row, int column, Qt::Alignment align) {
            const QString text = tr("p. %1").arg(tilePage(row, column, columns));
            QRectF box(QPointF(),
                       QSizeF(metrics.horizontalAdvance(text) + mm(2), metrics.height() + mm(0.5)));
            box.moveCenter(at);
            if (align & Qt::AlignLeft)
                box.moveRight(at.x());
            if (align & Qt::AlignRight)
                box.moveLeft(at.x());
            if (align & Qt::AlignTop)
                box.moveBottom(at.y());
            if (align & Qt::AlignBottom)
                box.moveTop(at.y());
            painter->setPen(m_colors.highlight());
            painter->drawText(box, Qt::AlignCenter, text);
        };
        // Each shared edge: a dashed line where the neighbour's page begins (or ends), and the
        // neighbour's number in the margin beside the edge.
        if (tile.column + 1 < columns) {
            painter->setPen(dashed);
            const double x = area.right() - overlap;
            painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            label(QPointF(area.right() + gap, area.center().y()), tile.row, tile.column + 1,
                  Qt::AlignRight);
        }
        if (tile.column > 0) {
            painter->setPen(dashed);
            const double x = area.left() + overlap;
            painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            label(QPointF(area.left() - gap, area.center().y()), tile.row, tile.column - 1,
                  Qt::AlignLeft);
        }
        if (tile.row + 1 < rows) {
            painter->setPen(dashed);
            const double y = area.bottom() - overlap;
            painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            label(QPointF(area.center().x(), area.bottom() + gap), tile.row + 1, tile.column,
                  Qt::AlignBottom);
        }
        if (tile.row > 0) {
            painter->setPen(dashed);
            const double y = area.top() + overlap;
            painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            // In the middle of the header line, between the name and the page.
            label(QPointF(area.center().x(), area.top() - gap), tile.row - 1, tile.column,
                  Qt::AlignTop);
        }
        painter->restore();
    }

    // --- title block ---------------------------------------------------------------------------

    struct Field
    {
        QString label;
        QString value;
    };

    QVector<Field> titleFields() const
    {
        const QLocale locale;
        QVector<Field> fields;
        fields.append({tr("Owner"), m_process.owner.isEmpty() ? tr("not set") : m_process.owner});
        fields.append(
            {tr("SLA target"),
             m_process.slaTargetS > 0 ? formatDuration(m_process.slaTargetS) : tr("none")});
        fields.append(
            {tr("Revision"), m_info.revision.isEmpty() ? tr("unsaved draft") : m_info.revision});
        fields.append({tr("Exported"), locale.toString(m_info.exported, QLocale::ShortFormat)});
        return fields;
    }

    static QFont nameFont()
    {
        QFont font = MapPainter::font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        return font;
    }

    static QFont labelFont()
    {
        QFont font = MapPainter::font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        return font;
    }

    /// Lays the fields out in lines across width; returns the height and, with positions, each
    /// field's top-left.
    double layoutFields(double width, const QPaintDevice *device,
                        QVector<QPointF> *positions = nullptr) const
    {
        const QFontMetricsF label(labelFont(), device);
        const QFontMetricsF value(MapPainter::font(), device);
        const double lineHeight = label.height() + value.height() + mm(0.5);
        double x = 0, y = 0;
        for (const Field &field : titleFields()) {
            const double w = std::max(label.horizontalAdvance(field.label),
                                      value.horizontalAdvance(field.value))
                + mm(8);
            if (x > 0 && x + w > width) {
                x = 0;
                y += lineHeight + mm(1);
            }
            if (positions)
                positions->append(QPointF(x, y));
            x += w;
        }
        return y + lineHeight;
    }

    double titleHeight(double width) const
    {
        const double inner = width - 2 * mm(3);
        const QRectF name
            = QFontMetricsF(nameFont(), &m_measure)
                  .boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, m_process.name);
        return mm(2.5) + name.height() + mm(1.5) + layoutFields(inner, &m_measure) + mm(2.5);
    }

    void paintTitleBlock(QPainter *painter, const QRectF &rect) const
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(m_colors.border(), 1));
        painter->setBrush(m_colors.base());
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), mm(1.5), mm(1.5));
        const QRectF inner = rect.adjusted(mm(3), mm(2.5), -mm(3), -mm(2.5));
        painter->setFont(nameFont());
        painter->setPen(m_colors.text());
        const QRectF name = QFontMetricsF(nameFont(), painter->device())
                                .boundingRect(inner, Qt::TextWordWrap, m_process.name);
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_process.name);

        QVector<QPointF> positions;
        layoutFields(inner.width(), painter->device(), &positions);
        const QVector<Field> fields = titleFields();
        const QFontMetricsF label(labelFont(), painter->device());
        const QPointF origin(inner.left(), name.bottom() + mm(1.5));
        for (int i = 0; i < fields.size(); ++i) {
            const QPointF at = origin + positions.at(i);
            painter->setFont(labelFont());
            painter->setPen(m_colors.mutedText());
            painter->drawText(QRectF(at, QSizeF(inner.width(), label.height())),
                              Qt::AlignLeft | Qt::AlignTop, fields.at(i).label);
            painter->setFont(MapPainter::font());
            painter->setPen(m_colors.text());
            painter->drawText(
                QRectF(at + QPointF(0, label.height()), QSizeF(inner.width(), label.height() * 2)),
                Qt::AlignLeft | Qt::AlignTop, fields.at(i).value);
        }
        painter->restore();
    }

    // --- legend --------------------------------------------------------------------------------

    enum class Symbol { Lane, Kind, Automation, OwnerChange };
    struct LegendEntry
    {
        Symbol symbol = Symbol::Lane;
        QString text;
        QColor color;
        Step::Kind kind = Step::Kind::Task;
        Step::Automation automation = Step::Automation::Manual;
        bool heading = false;
    };

    QVector<LegendEntry> legendEntries() const
    {
        QVector<LegendEntry> entries;
        if (!m_process.lanes.isEmpty()) {
            entries.append({Symbol::Lane, tr("Lanes:"), {}, {}, {}, true});
            for (const Lane &lane : m_process.lanes) {
                entries.append({Symbol::Lane, lane.name,
                                lane.color.isValid() ? lane.color : QColor(0x90, 0xa4, 0xae)});
            }
        }
        entries.append({Symbol::Kind, tr("Steps:"), {}, {}, {}, true});
        const std::pair<Step::Kind, QString> kinds[] = {
            {Step::Kind::Start, tr("start")},       {Step::Kind::Task, tr("task")},
            {Step::Kind::Decision, tr("decision")}, {Step::Kind::Event, tr("event")},
            {Step::Kind::End, tr("end")},
        };
        for (const auto &[kind, name] : kinds)
            entries.append({Symbol::Kind, name, {}, kind});
        const std::pair<Step::Automation, QString> automations[] = {
            {Step::Automation::Candidate, tr("automation candidate")},
            {Step::Automation::Planned, tr("automation planned")},
            {Step::Automation::Automated, tr("automated")},
            {Step::Automation::Rejected, tr("automation rejected")},
        };
        for (const auto &[automation, name] : automations) {
            const bool used = std::any_of(
                m_process.steps.cbegin(), m_process.steps.cend(), [a = automation](const Step &s) {
                    return s.kind == Step::Kind::Task && s.automation == a;
                });
            if (used)
                entries.append({Symbol::Automation, name, {}, Step::Kind::Task, automation});
        }
        const bool ownerChange = !m_painter.hasOverlay()
            && std::any_of(m_process.handoffs.cbegin(), m_process.handoffs.cend(),
                           [this](const Handoff &h) {
                               const Step *from = m_process.step(h.fromStepId);
                               const Step *to = m_process.step(h.toStepId);
                               return from && to && from->laneId != to->laneId;
                           });
        if (ownerChange)
            entries.append(
                {Symbol::OwnerChange, tr("handoff to another lane (change of owner)"), {}});
        return entries;
    }

    double symbolWidth(const LegendEntry &entry) const
    {
        if (entry.heading)
            return 0;
        switch (entry.symbol) {
        case Symbol::Lane:
        case Symbol::Automation:
            return mm(4);
        case Symbol::Kind:
            return entry.kind == Step::Kind::Task ? mm(8) : mm(5);
        case Symbol::OwnerChange:
            return mm(10);
        }
        return mm(5);
    }

    /// Lays the entries out in lines, a heading starting a new line; returns the height and,
    /// with positions, each entry's rectangle.
    double layoutLegend(double width, const QPaintDevice *device,
                        QVector<QRectF> *rects = nullptr) const
    {
        const QFontMetricsF metrics(MapPainter::font(), device);
        QFont bold = MapPainter::font();
        bold.setBold(true);
        const QFontMetricsF headings(bold, device);
        const double lineHeight = std::max(metrics.height(), mm(4.5));
        double x = 0, y = 0;
        bool first = true;
        for (const LegendEntry &entry : legendEntries()) {
            const double symbol = symbolWidth(entry);
            const double w = symbol + (symbol > 0 ? mm(1.5) : 0)
                + (entry.heading ? headings : metrics).horizontalAdvance(entry.text) + mm(4);
            if (!first && ((entry.heading && x > 0) || x + w > width)) {
                x = entry.heading || x + w > width ? 0 : x;
                y += lineHeight + mm(1);
            }
            if (rects)
                rects->append(QRectF(x, y, w, lineHeight));
            x += w;
            first = false;
        }
        return y + lineHeight;
    }

    QSizeF overlayBoxSize(const QPaintDevice *device) const
    {
        if (m_overlayRows.isEmpty())
            return {};
        return OverlayLegend::rowsSize(m_overlayRows, MapPainter::font(), device);
    }

    double legendHeight(double width) const
    {
        const QSizeF box = overlayBoxSize(&m_measure);
        const double flowWidth = width - (box.isEmpty() ? 0 : box.width() + mm(GapMm)) - 2 * mm(3);
        const double flow = layoutLegend(flowWidth, &m_measure) + 2 * mm(2.5);
        return std::max(flow, box.height());
    }

    void paintLegend(QPainter *painter, const QRectF &rect) const
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QSizeF box = overlayBoxSize(painter->device());
        QRectF flowRect = rect;
        if (!box.isEmpty()) {
            const QRectF boxRect(rect.right() - box.width(), rect.top(), box.width(), box.height());
            OverlayLegend::paintRows(painter, boxRect, m_overlayRows, m_colors, MapPainter::font());
            flowRect.setRight(boxRect.left() - mm(GapMm));
        }
        painter->setPen(QPen(m_colors.border(), 1));
        painter->setBrush(m_colors.base());
        painter->drawRoundedRect(flowRect.adjusted(0.5, 0.5, -0.5, -0.5), mm(1.5), mm(1.5));
        const QRectF inner = flowRect.adjusted(mm(3), mm(2.5), -mm(3), -mm(2.5));

        QVector<QRectF> rects;
        layoutLegend(inner.width(), painter->device(), &rects);
        const QVector<LegendEntry> entries = legendEntries();
        QFont bold = MapPainter::font();
        bold.setBold(true);
        for (int i = 0; i < entries.size(); ++i) {
            const LegendEntry &entry = entries.at(i);
            const QRectF r = rects.at(i).translated(inner.topLeft());
            const double symbol = symbolWidth(entry);
            if (symbol > 0)
                paintSymbol(painter, entry, QRectF(r.left(), r.top(), symbol, r.height()));
            painter->setFont(entry.heading ? bold : MapPainter::font());
            painter->setPen(m_colors.text());
            painter->drawText(r.adjusted(symbol > 0 ? symbol + mm(1.5) : 0, 0, 0, 0),
                              Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        }
        painter->restore();
    }

    /// A small copy of what the map draws for the entry.
    void paintSymbol(QPainter *painter, const LegendEntry &entry, const QRectF &cell) const
    {
        const double h = std::min(cell.height(), mm(4));
        const QPointF c = cell.center();
        switch (entry.symbol) {
        case Symbol::Lane: {
            const QRectF r(c.x() - h / 2, c.y() - h / 2, h, h);
            painter->setPen(QPen(entry.color.darker(130), 0.8));
            painter->setBrush(entry.color);
            painter->drawRoundedRect(r, h / 5, h / 5);
            break;
        }
        case Symbol::Kind: {
            const QColor stroke = m_colors.stepStroke(entry.kind, QColor());
            const QColor fill = m_colors.stepFill(entry.kind);
            const double w = entry.kind == Step::Kind::Task ? cell.width() : h;
            const QRectF r(c.x() - w / 2, c.y() - h / 2, w, h);
            painter->setBrush(fill);
            switch (entry.kind) {
            case Step::Kind::Task:
                painter->setPen(QPen(stroke, 1));
                painter->drawRoundedRect(r, h / 5, h / 5);
                break;
            case Step::Kind::Decision:
                painter->setPen(QPen(stroke, 1));
                painter->drawPolygon(
                    QPolygonF({QPointF(c.x(), r.top()), QPointF(r.right(), c.y()),
                               QPointF(c.x(), r.bottom()), QPointF(r.left(), c.y())}));
                break;
            case Step::Kind::Start:
                painter->setPen(QPen(stroke, 1.2));
                painter->drawEllipse(r);
                break;
            case Step::Kind::End:
                painter->setPen(QPen(stroke, 2.2));
                painter->drawEllipse(r.adjusted(1, 1, -1, -1));
                break;
            case Step::Kind::Event:
                painter->setPen(QPen(stroke, 1));
                painter->drawEllipse(r);
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(r.adjusted(h / 6, h / 6, -h / 6, -h / 6));
                break;
            }
            break;
        }
        case Symbol::Automation: {
            const double d = h * 0.75;
            const QRectF r(c.x() - d / 2, c.y() - d / 2, d, d);
            const QColor color = m_colors.automationColor(entry.automation);
            painter->setPen(QPen(color, 1.2));
            painter->setBrush(entry.automation == Step::Automation::Automated ? color
                                                                              : m_colors.base());
            painter->drawEllipse(r);
            break;
        }
        case Symbol::OwnerChange: {
            painter->setPen(QPen(m_colors.crossLane(), 1.5));
            painter->drawLine(QPointF(cell.left(), c.y()), QPointF(cell.right() - 2, c.y()));
            painter->setBrush(m_colors.base());
            painter->drawEllipse(c, h / 3, h / 3);
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_colors.crossLane());
            painter->drawEllipse(c, h / 8, h / 8);
            break;
        }
        }
    }

private:
    const Process &m_process;
    const MapExportOptions &m_options;
    const MapExportInfo &m_info;
    MapPainter m_painter;
    CanvasPalette m_colors;
    QImage m_measure; ///< a device at the layout resolution, to measure text before drawing
    QVector<OverlayLegend::Row> m_overlayRows;
};

QString fileError(const QString &fileName, const QString &reason)
{
    return QCoreApplication::translate("Stepwise::MapExport", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(fileName), reason);
}

QString cancelledText()
{
    return QCoreApplication::translate("Stepwise::MapExport", "The export was cancelled.");
}

/// Paints the pages of a paged device (PDF, printer) whose page and content rectangles are in
/// layout units; newPage starts the next page.
bool paintPages(QPainter *painter, const MapComposer &composer, const MapExportOptions &options,
                const QRectF &content, const std::function<bool()> &newPage,
                const MapExportProgress &progress)
{
    if (!options.tiled) {
        composer.paintFitPage(painter, content);
        return !progress || progress(1, 1);
    }
    int rows = 1, columns = 1;
    const QVector<Tile> tiles = composer.tiles(content.size(), &rows, &columns);
    const bool indexed = tiles.size() > 1;
    const int total = int(tiles.size()) + (indexed ? 1 : 0);
    int done = 0;
    if (indexed) {
        composer.paintIndexPage(painter, content, tiles, columns);
        ++done;
        if (progress && !progress(done, total))
            return false;
    }
    for (const Tile &tile : tiles) {
        if (done > 0 && !newPage())
            return false;
        composer.paintTilePage(painter, content, tile, rows, columns, indexed);
        ++done;
        if (progress && !progress(done, total))
            return false;
    }
    return true;
}

void fillBackground(QPainter *painter, const QRectF &rect, const MapExportOptions &options,
                    const MapComposer &composer)
{
    if (options.transparent && options.format == MapExportOptions::Format::Png)
        return;
    // Paper stays white; the dark look has the map's own background.
    if (options.dark)
        painter->fillRect(rect, composer.colors().base());
}

bool exportPdf(const MapComposer &composer, const MapExportOptions &options, QSaveFile *file,
               QString *error, const MapExportProgress &progress)
{
    QPdfWriter writer(file);
    writer.setResolution(layoutDpi());
    writer.setCreator(QStringLiteral("Stepwise"));
    writer.setTitle(QFileInfo(options.fileName).completeBaseName());
    const QPageLayout layout = composer.pageLayout();
    writer.setPageLayout(layout);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = fileError(options.fileName, file->errorString());
        return false;
    }
    const QRectF page(QPointF(), layout.fullRectPixels(layoutDpi()).size());
    const QRectF content
        = page.adjusted(mm(PageMarginMm), mm(PageMarginMm), -mm(PageMarginMm), -mm(PageMarginMm));
    fillBackground(&painter, page, options, composer);
    const bool done = paintPages(
        &painter, composer, options, content,
        [&] {
            if (!writer.newPage())
                return false;
            fillBackground(&painter, page, options, composer);
            return true;
        },
        progress);
    painter.end();
    if (!done && error)
        *error = cancelledText();
    return done;
}

/// The size of a single-page image in layout units, and where its content goes.
QRectF imagePage(const MapComposer &composer, const MapExportOptions &options, QRectF *content)
{
    if (options.page == MapExportOptions::Page::Fit) {
        const double margin = mm(ImageMarginMm);
        const QSizeF size = composer.fitContentSize();
        *content = QRectF(QPointF(margin, margin), size);
        return QRectF(QPointF(), size + QSizeF(2 * margin, 2 * margin));
    }
    const QRectF page(QPointF(), composer.pageLayout().fullRectPixels(layoutDpi()).size());
    *content
        = page.adjusted(mm(PageMarginMm), mm(PageMarginMm), -mm(PageMarginMm), -mm(PageMarginMm));
    return page;
}

bool exportSvg(const MapComposer &composer, const MapExportOptions &options, QSaveFile *file,
               QString *error, const MapExportProgress &progress)
{
    QRectF content;
    const QRectF page = imagePage(composer, options, &content);
    QSvgGenerator generator;
    generator.setOutputDevice(file);
    generator.setResolution(layoutDpi());
    generator.setSize(page.size().toSize());
    generator.setViewBox(page);
    generator.setTitle(QFileInfo(options.fileName).completeBaseName());
    generator.setDescription(QStringLiteral("Stepwise"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = fileError(options.fileName, file->errorString());
        return false;
    }
    fillBackground(&painter, page, options, composer);
    composer.paintFitPage(&painter, content);
    painter.end();
    if (progress && !progress(1, 1)) {
        if (error)
            *error = cancelledText();
        return false;
    }
    return true;
}

bool exportPng(const MapComposer &composer, const MapExportOptions &options, QSaveFile *file,
               QString *error, const MapExportProgress &progress)
{
    QRectF content;
    const QRectF page = imagePage(composer, options, &content);
    const double scale = double(options.dpi) / layoutDpi();
    const QSize pixels(qCeil(page.width() * scale), qCeil(page.height() * scale));
    if (qint64(pixels.width()) * pixels.height() > MaxImagePixels || pixels.width() > 32767
        || pixels.height() > 32767) {
        if (error) {
            *error = QCoreApplication::translate(
                         "Stepwise::MapExport",
                         "%1 would be %2 × %3 pixels, too large: choose a lower resolution or a "
                         "page size to fit the map on.")
                         .arg(QDir::toNativeSeparators(options.fileName))
                         .arg(pixels.width())
                         .arg(pixels.height());
        }
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = fileError(options.fileName,
                               QCoreApplication::translate("Stepwise::MapExport",
                                                           "not enough memory for the image"));
        return false;
    }
    // Drawn at the layout resolution (the fonts measure as on the canvas), scaled to the dpi.
    const int layoutDots = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(layoutDots);
    image.setDotsPerMeterY(layoutDots);
    image.fill(options.transparent ? QColor(Qt::transparent)
                   : options.dark  ? composer.colors().base()
                                   : QColor(Qt::white));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        composer.paintFitPage(&painter, content);
    }
    const int dots = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dots);
    image.setDotsPerMeterY(dots);
    if (progress && !progress(1, 1)) {
        if (error)
            *error = cancelledText();
        return false;
    }
    if (!image.save(file, "PNG")) {
        if (error)
            *error = fileError(options.fileName, file->errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<MapExportOptions::Format> MapExportOptions::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    return std::nullopt;
}

std::optional<MapExportOptions::Page> MapExportOptions::pageFromName(const QString &name)
{
    for (Page page : {Page::A4, Page::A3, Page::Letter, Page::Fit}) {
        if (name.compare(pageName(page), Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

QString MapExportOptions::pageName(Page page)
{
    switch (page) {
    case Page::A4:
        return QStringLiteral("A4");
    case Page::A3:
        return QStringLiteral("A3");
    case Page::Letter:
        return QStringLiteral("Letter");
    case Page::Fit:
        return QStringLiteral("fit");
    }
    return {};
}

std::optional<MapExportOptions::Overlay> MapExportOptions::overlayFromName(const QString &name)
{
    for (Overlay overlay : {Overlay::None, Overlay::Time, Overlay::Frequency}) {
        if (name.compare(overlayName(overlay), Qt::CaseInsensitive) == 0)
            return overlay;
    }
    return std::nullopt;
}

QString MapExportOptions::overlayName(Overlay overlay)
{
    switch (overlay) {
    case Overlay::None:
        return QStringLiteral("none");
    case Overlay::Time:
        return QStringLiteral("time");
    case Overlay::Frequency:
        return QStringLiteral("frequency");
    }
    return {};
}

std::optional<MapExportInfo> mapExportInfo(const Workspace &workspace, const Process &process,
                                           bool withOverlay, QString *error)
{
    MapExportInfo info;
    if (process.id == 0) {
        if (withOverlay)
            info.overlay = computeMapOverlay(process, RunStats());
        return info;
    }
    const QVector<RevisionInfo> revisions = workspace.revisions(process.id);
    if (workspace.errorKind() != Workspace::ErrorKind::None) {
        if (error)
            *error = workspace.errorString();
        return std::nullopt;
    }
    if (!revisions.isEmpty()) {
        info.revision = QCoreApplication::translate("Stepwise::MapExport", "%1, %2")
                            .arg(revisions.size())
                            .arg(QLocale().toString(revisions.first().created.toLocalTime(),
                                                    QLocale::ShortFormat));
    }
    if (withOverlay) {
        const std::optional<RunLog> log = workspace.loadRuns(process.id);
        if (!log) {
            if (error)
                *error = workspace.errorString();
            return std::nullopt;
        }
        info.overlay
            = computeMapOverlay(process, computeRunStats(*log, dashboardStatsOptions(process)));
    }
    return info;
}

bool exportMap(const Process &process, const MapExportOptions &options, const MapExportInfo &info,
               QString *error, const MapExportProgress &progress)
{
    if (options.tiled && options.format != MapExportOptions::Format::Pdf) {
        if (error)
            *error = QCoreApplication::translate("Stepwise::MapExport",
                                                 "Only a PDF can be tiled over pages.");
        return false;
    }
    QSaveFile file(options.fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = fileError(options.fileName, file.errorString());
        return false;
    }
    const MapComposer composer(process, options, info);
    bool done = false;
    switch (options.format) {
    case MapExportOptions::Format::Pdf:
        done = exportPdf(composer, options, &file, error, progress);
        break;
    case MapExportOptions::Format::Svg:
        done = exportSvg(composer, options, &file, error, progress);
        break;
    case MapExportOptions::Format::Png:
        done = exportPng(composer, options, &file, error, progress);
        break;
    }
    if (!done) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = fileError(options.fileName, file.errorString());
        return false;
    }
    return true;
}

int mapExportPageCount(const Process &process, const MapExportOptions &options,
                       const MapExportInfo &info)
{
    if (!options.tiled || options.format != MapExportOptions::Format::Pdf)
        return 1;
    const MapComposer composer(process, options, info);
    const QRectF page(QPointF(), composer.pageLayout().fullRectPixels(layoutDpi()).size());
    const QSizeF content
        = page.adjusted(mm(PageMarginMm), mm(PageMarginMm), -mm(PageMarginMm), -mm(PageMarginMm))
              .size();
    const qsizetype tiles = composer.tiles(content).size();
    return int(tiles > 1 ? tiles + 1 : 1);
}

QImage mapExportPreview(const Process &process, const MapExportOptions &options,
                        const MapExportInfo &info, const QSize &bound)
{
    const MapComposer composer(process, options, info);
    QRectF content;
    QRectF page;
    if (options.format == MapExportOptions::Format::Pdf) {
        page = QRectF(QPointF(), composer.pageLayout().fullRectPixels(layoutDpi()).size());
        content = page.adjusted(mm(PageMarginMm), mm(PageMarginMm), -mm(PageMarginMm),
                                -mm(PageMarginMm));
    } else {
        page = imagePage(composer, options, &content);
    }
    const double scale = std::min(bound.width() / page.width(), bound.height() / page.height());
    QImage image(std::max(1, int(page.width() * scale)), std::max(1, int(page.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    const int layoutDots = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(layoutDots);
    image.setDotsPerMeterY(layoutDots);
    image.fill(options.transparent && options.format == MapExportOptions::Format::Png
                   ? QColor(Qt::transparent)
                   : options.dark ? composer.colors().base()
                                  : QColor(Qt::white));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    // The first page only: the rest are cancelled at once.
    paintPages(&painter, composer, options, content, [] { return false; }, {});
    painter.end();
    return image;
}

bool printMap(QPrinter *printer, const Process &process, const MapExportOptions &options,
              const MapExportInfo &info, QString *error)
{
    // Laid out at the layout resolution like a PDF; paper and margins are the printer's.
    printer->setResolution(layoutDpi());
    printer->setFullPage(true);
    const MapComposer composer(process, options, info);
    QPainter painter;
    if (!painter.begin(printer)) {
        if (error)
            *error = QCoreApplication::translate("Stepwise::MapExport",
                                                 "The printer could not be started.");
        return false;
    }
    const QPageLayout layout = printer->pageLayout();
    QRectF content = layout.paintRectPixels(layoutDpi());
    if (layout.margins().isNull())
        content = QRectF(layout.fullRectPixels(layoutDpi()))
                      .adjusted(mm(PageMarginMm), mm(PageMarginMm), -mm(PageMarginMm),
                                -mm(PageMarginMm));
    const bool done = paintPages(&painter, composer, options, content,
                                 [printer] { return printer->newPage(); }, {});
    painter.end();
    return done;
}

} // namespace Stepwise
