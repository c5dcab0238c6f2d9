#pragma once

#include <QColor>
#include <QPointer>
#include <QVector>
#include <QWidget>

namespace Stepwise {

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

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Mark { None, Title, Note, Swatch, Hatched, Flow, NeverTaken, Undesigned };
    struct Row
    {
        Mark mark = Mark::None;
        QString text;
        double position = 0; ///< on the colour scale, for swatches
    };

    void setRows(const QVector<Row> &rows);
    QFont titleFont() const;
    int rowHeight() const;

    QPointer<ProcessScene> m_scene;
    QVector<Row> m_rows;
};

} // namespace Stepwise
