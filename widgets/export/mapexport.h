#pragma once

#include "analysis/mapoverlay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QImage;
class QPrinter;
class QSize;

namespace Stepwise {

struct Process;
class Workspace;

/// How a map is exported: format, page, scale, and what goes around the map.
struct MapExportOptions
{
    enum class Format { Pdf, Svg, Png };
    enum class Page { A4, A3, Letter, Fit };
    enum class Orientation { Auto, Portrait, Landscape };
    enum class Overlay { None, Time, Frequency };

    QString fileName;
    Format format = Format::Pdf;
    /// The paper (Fit: one page as large as the map at 100%).
    Page page = Page::A4;
    /// Auto: landscape when the map is wider than tall.
    Orientation orientation = Orientation::Auto;
    /// PDF only: the map at 100% over as many pages as it needs, after a page index (none when
    /// one page holds it all); otherwise the map is scaled to fit one page (never above 100%).
    /// Pages have 10 mm margins; a tile is what is left less a 7 mm line above it naming the
    /// page, and neighbouring tiles overlap by 10 mm. 100% is the canvas at 100%: one scene unit
    /// is a pixel of the screen (1/96 inch headless).
    bool tiled = false;
    bool titleBlock = true; ///< process, owner, SLA target, revision, export date
    bool legend = true; ///< lanes, step kinds and (with an overlay) the overlay's scale
    int dpi = 150; ///< PNG only
    bool transparent = false; ///< PNG only: no background
    Overlay overlay = Overlay::None;
    bool dark = false; ///< the dark theme's colours instead of paper ones

    /// The format a file name's extension asks for (pdf, svg, png, any case).
    static std::optional<Format> formatOf(const QString &fileName);
    static std::optional<Page> pageFromName(const QString &name); ///< A4, A3, Letter, fit
    static QString pageName(Page page);
    static std::optional<Overlay> overlayFromName(const QString &name); ///< none, time, frequency
    static QString overlayName(Overlay overlay);
};

/// What the export shows of the workspace around the map, looked up by the caller.
struct MapExportInfo
{
    /// "Revision 3, 2024-05-01"; empty: an unsaved draft.
    QString revision;
    /// The runs overlay (needed when the options ask for one).
    std::optional<MapOverlay> overlay;
    QDateTime exported = QDateTime::currentDateTime();
};

/// The revision text and (withOverlay) the runs overlay of a stored process: its latest revision,
/// and computeMapOverlay() over its runs on the dashboard's options. Nullopt with an error when
/// the workspace cannot be read.
std::optional<MapExportInfo> mapExportInfo(const Workspace &workspace, const Process &process,
                                           bool withOverlay, QString *error = nullptr);

/// Told after each page drawn (done of total); returns false to cancel.
using MapExportProgress = std::function<bool(int done, int total)>;

/// Writes the map to options.fileName: PDF (vector, real text), SVG or PNG, as the options say.
/// All or nothing: a failed or cancelled export leaves no file (and an existing one as it was);
/// the error names the file. Needs no window: runs headless and on a worker thread.
bool exportMap(const Process &process, const MapExportOptions &options, const MapExportInfo &info,
               QString *error = nullptr, const MapExportProgress &progress = {});

/// The number of pages exportMap() writes for these options (1 unless tiled).
int mapExportPageCount(const Process &process, const MapExportOptions &options,
                       const MapExportInfo &info);

/// The first page of what exportMap() writes (the index page of a tiled PDF), as an image no
/// larger than bound, for a preview. Safe on a worker thread.
QImage mapExportPreview(const Process &process, const MapExportOptions &options,
                        const MapExportInfo &info, const QSize &bound);

/// Prints the map on a printer already set up (paper, orientation and margins are the printer's;
/// the options give fit or tiled, overlay, title block and legend). Used by the print preview.
bool printMap(QPrinter *printer, const Process &process, const MapExportOptions &options,
              const MapExportInfo &info, QString *error = nullptr);

} // namespace Stepwise
