#pragma once

#include <QColor>
#include <QPointer>
#include <QVector>
#include <QWidget>

class QPainter;
class QPaintDevice;

namespace Stepwise {

class CanvasPalette;
struct MapOverlay;
class ProcessScene;

/// The runs overlay's legend, over a corner of the map: how many runs, the colour scale of the
/// steps' mean waiting + processing time, and what wide, grey and dashed red arrows mean. Reads
/// its colours from the scene's palette, so it follows the light or dark theme. Clicks go through
/// to the map.
class OverlayLegend : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayLegend(ProcessScene *scene, QWidget *parent = nullptr);

    /// The runs are being read.
    void setLoading();
    /// The runs could not be read.
    void setFailed();
    void setOverlay(const MapOverlay &overlay);

    /// The legend's lines as plain text, one per line (for tests and accessibility).
    QStringList lines() const;

    QSize sizeHint() const override;

    /// What a line of the legend shows before its text.
    enum class Mark { None, Title, Note, Swatch, Hatched, Flow, NeverTaken, Undesigned };
    struct Row
    {
        Mark mark = Mark::None;
        QString text;
        double position = 0; ///< on the colour scale, for swatches
    };
    /// The legend's lines for an overlay: of the steps' colours (time), of the handoffs' widths
    /// (frequency), or both. The map export draws them too.
    static QVector<Row> overlayRows(const MapOverlay &overlay, bool time = true,
                                    bool frequency = true);
    /// The size of the rows boxed, in a font on a paint device (null: the screen).
    static QSizeF rowsSize(const QVector<Row> &rows, const QFont &font,
                           const QPaintDevice *device = nullptr);
    /// Paints the rows boxed in rect (as large as rowsSize()).
    static void paintRows(QPainter *painter, const QRectF &rect, const QVector<Row> &rows,
                          const CanvasPalette &colors, const QFont &font);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setRows(const QVector<Row> &rows);

    QPointer<ProcessScene> m_scene;
    QVector<Row> m_rows;
};

} // namespace Stepwise
