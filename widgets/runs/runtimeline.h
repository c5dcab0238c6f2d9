#pragma once

#include "process/process.h"
#include "runs/runlog.h"

#include <QColor>
#include <QRectF>
#include <QWidget>

namespace Stepwise {

/// A Gantt strip of one run: its executions as bars in rows by the map's lanes (a step's lane is
/// found by its name, case and white space folded; activities the map lacks go to an "Other"
/// row), the waits between consecutive executions as thin hatched segments, a time axis in
/// readable units, and a tooltip for every bar and wait. Overlapping executions of one lane
/// stack in sub-rows.
class RunTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit RunTimeline(QWidget *parent = nullptr);

    /// Shows run number runIndex of log against a map; clear() shows nothing.
    void setRun(const RunLog &log, int runIndex, const Process &process);
    /// Matches the bars to the lanes of a changed map.
    void setProcess(const Process &process);
    void clear();
    bool hasRun() const { return m_hasRun; }

    /// One drawn piece, for tooltips and tests.
    struct Bar
    {
        int execution = -1; ///< index into the run's executions
        bool wait = false; ///< the waiting before that execution, not the execution itself
        int row = 0; ///< drawn row (lanes and their sub-rows, then Other)
        QRectF rect; ///< in widget coordinates, after the last layout
    };
    /// The rows' titles, top to bottom (a lane's name once per sub-row).
    QStringList rowTitles() const;
    const QVector<Bar> &bars() const { return m_bars; }
    /// The text a tooltip shows at a point; empty where there is no bar.
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Row
    {
        QString title;
        QColor color;
        bool other = false; ///< activities the map lacks
    };

    void rebuild();
    void layoutBars();
    double xOf(qint64 ms) const;
    const Bar *barAt(const QPoint &pos) const;
    int labelWidth() const;

    bool m_hasRun = false;
    Run m_run;
    QStringList m_activities;
    QStringList m_resources;
    Process m_process;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QVector<Row> m_rows;
    QVector<int> m_executionRow; ///< per execution
    QVector<Bar> m_bars;
    QRectF m_plot; ///< the area of the bars
};

} // namespace Stepwise
