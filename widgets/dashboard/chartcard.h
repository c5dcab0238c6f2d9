#pragma once

#include <QFrame>

class QCustomPlot;
class QLabel;
class QToolButton;

namespace Stepwise {

/// A chart of the dashboard in its frame: a title, a note, the plot, and a button (and the
/// plot's context menu) to export it as PNG or PDF. The plot tracks the mouse (for tooltips).
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    void setNote(const QString &note);
    /// The file name offered when exporting, without extension.
    void setExportName(const QString &name) { m_exportName = name; }

    /// Writes the chart as it is on screen to a .png or .pdf file (by its extension).
    bool exportTo(const QString &path) const;

private:
    void showExportMenu(const QPoint &globalPos);
    void exportAs(const QString &extension);

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QToolButton *m_exportButton = nullptr;
    QCustomPlot *m_plot = nullptr;
    QString m_exportName;
};

} // namespace Stepwise
